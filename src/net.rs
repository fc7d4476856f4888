//! The one place that talks HTTP in the browser (the Fetch API): static event files and the
//! wiki's API both go through here. Failures become plain words.
// No reader of outside text may panic: a panic aborts the whole app in the browser (issue 31).
// Each `allow` below says beside its code why that spot cannot panic.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects
)]
use crate::i18n::tr;
use crate::model::url::origin;
use crate::wiki::error::WikiError;
use crate::wiki::transport::{HttpAnswer, HttpRequest, Transport};
use js_sys::Promise;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCache, RequestCredentials, RequestInit, Response};

/// Sends one request. Err(Network) when there was no answer at all, Err(NotAllowed) when the
/// page's Content-Security-Policy refused it, Err(Offline) for a write while offline.
pub async fn send(req: &HttpRequest) -> Result<HttpAnswer, WikiError> {
    let window = web_sys::window().ok_or(WikiError::Network)?;
    // A write (an edit, a mail) offline: nothing is sent, nothing kept to send later.
    if req.body.is_some() && !window.navigator().on_line() {
        return Err(WikiError::Offline);
    }
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
    match answer(window.fetch_with_request(&request)).await {
        Err(WikiError::Network) if !window.navigator().on_line() => Err(WikiError::Offline),
        Err(WikiError::Network) => Err(refused(&req.url).await.unwrap_or(WikiError::Network)),
        other => other,
    }
}

/// The answer to a fetch, read whole.
async fn answer(fetch: Promise) -> Result<HttpAnswer, WikiError> {
    let answer = JsFuture::from(fetch)
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

thread_local! {
    /// Addresses the Content-Security-Policy refused, as `securitypolicyviolation` told them.
    static REFUSED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Starts noting what the page's Content-Security-Policy refuses, so that a wiki this copy is
/// not allowed to reach is told apart from a wiki that is down.
pub fn watch_refusals() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let note = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let uri = js_sys::Reflect::get(&e, &JsValue::from_str("blockedURI"));
        if let Some(uri) = uri.ok().and_then(|v| v.as_string()) {
            REFUSED.with(|r| r.borrow_mut().push(uri));
        }
    });
    let _ = document
        .add_event_listener_with_callback("securitypolicyviolation", note.as_ref().unchecked_ref());
    note.forget();
}

/// NotAllowed when the policy refused a request to `url`'s origin.
async fn refused(url: &str) -> Option<WikiError> {
    let wanted = origin(url)?;
    // The violation event is its own task, queued beside the failed fetch: let it run.
    sleep_ms(50).await;
    let seen = REFUSED.with(|r| {
        r.borrow()
            .iter()
            .any(|u| origin(u).as_ref() == Some(&wanted))
    });
    seen.then_some(WikiError::NotAllowed(wanted))
}

/// Why a static file could not be had, in words naming it.
pub fn file_problem(what: &str, error: &WikiError) -> String {
    match error {
        WikiError::Http { status: 404, .. } => tr("net-not-found", &[what]),
        WikiError::Http { status, .. } => tr("net-status", &[what, &status.to_string()]),
        _ => tr("net-unreachable", &[what]),
    }
}

/// A static file of the app's own site, as text (from the HTTP cache if the host allows).
pub async fn get_text(url: &str) -> Result<String, WikiError> {
    let window = web_sys::window().ok_or(WikiError::Network)?;
    text_of(answer(window.fetch_with_str(url)).await?)
}

/// A file an organiser may edit in place (the event files): always checked with the host
/// (`cache: no-cache`, a conditional request), so a host's max-age never shows an old time.
pub async fn get_fresh_text(url: &str) -> Result<String, WikiError> {
    FreshRequest::start(url).text().await
}

/// A request for a file an organiser may edit in place, started when made: several go out at
/// once however they are awaited. `early.js` may already have asked for the file
/// (`window.wikimeetFiles`): that request is taken instead.
pub struct FreshRequest(Option<Promise>);

impl FreshRequest {
    pub fn start(url: &str) -> Self {
        FreshRequest(web_sys::window().map(|window| {
            early_request(&window, url).unwrap_or_else(|| {
                let init = RequestInit::new();
                init.set_cache(RequestCache::NoCache);
                window.fetch_with_str_and_init(url, &init)
            })
        }))
    }

    pub async fn text(self) -> Result<String, WikiError> {
        text_of(answer(self.0.ok_or(WikiError::Network)?).await?)
    }
}

fn text_of(answer: HttpAnswer) -> Result<String, WikiError> {
    if answer.status >= 400 {
        return Err(WikiError::Http {
            status: answer.status,
            retry_after: None,
        });
    }
    Ok(answer.body)
}

/// `early.js`'s request for `url`, taken once (a later read asks the host again).
fn early_request(window: &web_sys::Window, url: &str) -> Option<Promise> {
    let files = js_sys::Reflect::get(window, &JsValue::from_str("wikimeetFiles")).ok()?;
    let key = JsValue::from_str(url);
    let fetch = js_sys::Reflect::get(&files, &key).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(files.unchecked_ref::<js_sys::Object>(), &key);
    Some(fetch)
}

/// Waits `ms` milliseconds without holding up the page (0: until the browser has had a turn).
pub async fn sleep_ms(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The browser as the wiki client's transport.
#[derive(Clone, Copy, Default)]
pub struct BrowserFetch;

impl Transport for BrowserFetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, WikiError> {
        send(&request).await
    }

    async fn sleep(&self, seconds: u64) {
        sleep_ms(i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX)).await;
    }
}
