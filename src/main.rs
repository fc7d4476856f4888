fn main() {
    // The action module (feature `actions` alone) starts no page: it only answers its exports.
    #[cfg(any(feature = "meeting", feature = "safe-space", feature = "organiser"))]
    wikimeet::start();
}

/// The action module's exports (src/actions.rs).
#[cfg(feature = "actions")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;
    use wikimeet::actions;

    #[wasm_bindgen]
    pub async fn write(order: String, on_wait: js_sys::Function) -> String {
        actions::write(order, on_wait).await
    }

    #[wasm_bindgen]
    pub async fn sign_in(client: String) -> String {
        actions::sign_in(client).await
    }

    #[wasm_bindgen]
    pub async fn complete(query: String) -> String {
        actions::complete(query).await
    }

    #[wasm_bindgen]
    pub async fn oauth_user(client: String) -> String {
        actions::oauth_user(client).await
    }
}
