//! What a request and its answer are, independent of the HTTP library that carries them.
use super::error::WikiError;

#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    pub url: String,
    /// Form-encoded body: Some for POST, None for GET.
    pub body: Option<String>,
    pub headers: Vec<(String, String)>,
    /// Send the wiki's cookies (wiki-session sign-in).
    pub with_credentials: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HttpAnswer {
    pub status: u16,
    /// Seconds from a `Retry-After` header, when present.
    pub retry_after: Option<u64>,
    pub body: String,
}

/// Carries one HTTP request. Failing to get any answer is `WikiError::Network`.
#[allow(async_fn_in_trait)]
pub trait Transport {
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, WikiError>;
    /// Waits (for Retry-After); the browser uses a timer, native tests tokio.
    async fn sleep(&self, seconds: u64);
}
