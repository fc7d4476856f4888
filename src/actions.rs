//! The action module: editing the wiki list and OAuth sign-in as a second wasm of their own
//! (feature `actions`, built from `actions.html`), which the meeting page loads when first
//! needed (`actions_module.rs`), so its first download carries none of this code. Each export
//! (made in `main.rs`: a library's exports do not reach a binary's wasm) takes and gives text
//! (`wiki/action_text.rs`).
use crate::net::BrowserFetch;
use crate::oauth_flow;
use crate::wiki::action_text::{
    client_from_json, outcome_json, signed_in_json, Intent, WriteOrder,
};
use crate::wiki::client::Client;
use crate::wiki::error::WikiError;
use crate::wiki::signup::{register_line, settle_failed_write, withdraw, Signup};
use wasm_bindgen::JsValue;

/// Runs one write order; `on_wait` is told the seconds before each wait for a busy wiki.
pub async fn write(order: String, on_wait: js_sys::Function) -> String {
    let result = match WriteOrder::from_json(&order) {
        Some(order) => run(&order, on_wait).await,
        None => Err(WikiError::BadAnswer("the sign-up order".into())),
    };
    outcome_json(&result)
}

async fn run(order: &WriteOrder, on_wait: js_sys::Function) -> Result<u64, WikiError> {
    let mut client =
        Client::new(&order.api, order.auth.clone(), "", BrowserFetch).on_wait(move |s| {
            let _ = on_wait.call1(&JsValue::NULL, &JsValue::from_f64(s as f64));
        });
    client.user_agent = order.user_agent.clone();
    client.keep_token(order.token.clone());
    client.set_names(order.names.clone());
    let signup = Signup {
        title: &order.title,
        heading: &order.heading,
        user: &order.user,
        own_lines: &order.own_lines,
    };
    let register = order.intent == Intent::Register;
    let written = match register {
        true => register_line(&client, &signup, &order.summary).await,
        false => withdraw(&client, &signup, &order.summary).await,
    };
    // A failed write may have landed with its answer lost: the page is read again and says
    // what is true (0: it landed, its revision unknown; the page then reads the list afresh).
    match written {
        Err(e) => settle_failed_write(&client, &signup, register, e)
            .await
            .map(|_| 0),
        done => done,
    }
}

/// `oauth_flow::begin`: "1" when the browser is on its way to the wiki.
pub async fn sign_in(client: String) -> String {
    let going = match client_from_json(&client) {
        Some(client) => oauth_flow::begin(&client).await,
        None => false,
    };
    if going { "1" } else { "" }.into()
}

/// `oauth_flow::complete`: empty when the page is not the wiki's answer, else the query to go
/// back to, a line break and the outcome.
pub async fn complete(query: String) -> String {
    match oauth_flow::complete(&query).await {
        Some((back_to, result)) => format!("{back_to}\n{}", outcome_json(&result.map(|_| 0))),
        None => String::new(),
    }
}

/// `oauth_flow::who_am_i`, as `signed_in_json`.
pub async fn oauth_user(client: String) -> String {
    let found = match client_from_json(&client) {
        Some(client) => oauth_flow::who_am_i(&client).await,
        None => Err(WikiError::BadAnswer("the sign-in client".into())),
    };
    signed_in_json(&found)
}
