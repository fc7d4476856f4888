//! One function to fetch a text file with the browser's Fetch API; failures become plain words.
use crate::i18n::tr;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a fetch failed, for people.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchError {
    /// No answer at all: offline, the host is down, or the browser blocked it.
    Unreachable,
    /// The server answered with this HTTP status.
    Status(u16),
}

impl FetchError {
    pub fn message(&self, what: &str) -> String {
        match self {
            FetchError::Unreachable => tr("net-unreachable", &[what]),
            FetchError::Status(404) => tr("net-not-found", &[what]),
            FetchError::Status(code) => tr("net-status", &[what, &code.to_string()]),
        }
    }
}

pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let answer = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: Response = answer.dyn_into().map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Unreachable)?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(FetchError::Unreachable)
}
