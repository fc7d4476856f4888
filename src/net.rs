//! The one place that talks HTTP in the browser (the Fetch API): static event files and the
//! wiki's API both go through `send`. Failures become plain words.
use crate::i18n::tr;
use crate::wiki::error::WikiError;
use crate::wiki::transport::{HttpAnswer, HttpRequest, Transport};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

/// Sends one request. Err(Network) when there was no answer at all.
pub async fn send(req: &HttpRequest) -> Result<HttpAnswer, WikiError> {
    let window = web_sys::window().ok_or(WikiError::Network)?;
    let init = RequestInit::new();
    if let Some(body) = &req.body {
        init.set_method("POST");
        init.set_body(&JsValue::from_str(body));
    }
    init.set_credentials(if req.with_credentials {
        RequestCredentials::Include
    } else {
        RequestCredentials::SameOrigin
    });
    let request =
        Request::new_with_str_and_init(&req.url, &init).map_err(|_| WikiError::Network)?;
    for (k, v) in &req.headers {
        request
            .headers()
            .set(k, v)
            .map_err(|_| WikiError::Network)?;
    }
    let answer = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| WikiError::Network)?;
    let response: Response = answer.dyn_into().map_err(|_| WikiError::Network)?;
    let retry_after = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|s| s.trim().parse().ok());
    let text = response.text().map_err(|_| WikiError::Network)?;
    let body = JsFuture::from(text)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(WikiError::Network)?;
    Ok(HttpAnswer {
        status: response.status(),
        retry_after,
        body,
    })
}

/// Why a static file could not be had, in words naming it.
pub fn file_problem(what: &str, error: &WikiError) -> String {
    match error {
        WikiError::Http { status: 404, .. } => tr("net-not-found", &[what]),
        WikiError::Http { status, .. } => tr("net-status", &[what, &status.to_string()]),
        _ => tr("net-unreachable", &[what]),
    }
}

/// A static file of the app's own site, as text.
pub async fn get_text(url: &str) -> Result<String, WikiError> {
    let req = HttpRequest {
        url: url.to_string(),
        body: None,
        headers: vec![],
        with_credentials: false,
    };
    let answer = send(&req).await?;
    if answer.status >= 400 {
        return Err(WikiError::Http {
            status: answer.status,
            retry_after: None,
        });
    }
    Ok(answer.body)
}

/// The browser as the wiki client's transport.
#[derive(Clone, Copy, Default)]
pub struct BrowserFetch;

impl Transport for BrowserFetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, WikiError> {
        send(&request).await
    }

    async fn sleep(&self, seconds: u64) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    &resolve,
                    (seconds * 1000) as i32,
                );
            }
        });
        let _ = JsFuture::from(promise).await;
    }
}
