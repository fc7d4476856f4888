//! OAuth 2.0 with PKCE for a non-confidential client, as Wikimedia wikis offer it
//! (`rest.php/oauth2/…`). Pure: the browser supplies random bytes, storage and the redirect.
use super::error::WikiError;
use super::transport::HttpRequest;
use crate::model::json::{quote, Json};
use crate::model::url::{decode_component, encode_component as enc};

pub use crate::model::base64::base64url;
use crate::model::base64::URL_SAFE as ALPHABET;
use crate::model::wiki_page::OAuthClient;

/// A random string for PKCE verifiers and `state` (RFC 7636 allows 43 to 128 characters).
pub fn random_string(bytes: &[u8]) -> String {
    bytes
        .iter()
        .filter_map(|b| ALPHABET.get(usize::from(*b % 64)).map(|c| *c as char))
        .collect()
}

/// The S256 code challenge for a verifier. The browser computes it with crypto.subtle
/// (`oauth_flow`); this is the same natively, for the tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn challenge(verifier: &str) -> String {
    use sha2::{Digest, Sha256};
    base64url(&Sha256::digest(verifier.as_bytes()))
}

/// What must survive the trip to the wiki and back (sessionStorage only).
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The client, so the answer can be completed before any event file is read.
    pub client: OAuthClient,
    pub state: String,
    pub verifier: String,
    /// The query to return to, e.g. `?event=vsn-peer-to-peer-support`.
    pub back_to: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tokens {
    pub access: String,
    pub refresh: Option<String>,
    /// Milliseconds since the epoch after which the access token is stale.
    pub expires_at: f64,
}

// Written and read by hand (`model::json`), not serde: sign-in state is on the meeting page,
// whose download serde_json would grow (BENCHMARKS.md "How the numbers got here").
impl Pending {
    pub fn to_json(&self) -> String {
        format!(
            "{{\"client_id\":{},\"rest\":{},\"state\":{},\"verifier\":{},\"back_to\":{}}}",
            quote(&self.client.client_id),
            quote(&self.client.rest),
            quote(&self.state),
            quote(&self.verifier),
            quote(&self.back_to)
        )
    }

    pub fn from_json(text: &str) -> Option<Pending> {
        let j = Json::parse(text).ok()?;
        let field = |k| j.get(k)?.as_str().map(str::to_string);
        Some(Pending {
            client: OAuthClient {
                client_id: field("client_id")?,
                rest: field("rest")?,
            },
            state: field("state")?,
            verifier: field("verifier")?,
            back_to: field("back_to")?,
        })
    }
}

impl Tokens {
    pub fn to_json(&self) -> String {
        let refresh = self.refresh.as_deref().map_or("null".into(), quote);
        format!(
            "{{\"access\":{},\"refresh\":{refresh},\"expires_at\":{}}}",
            quote(&self.access),
            self.expires_at.max(0.0) as u64
        )
    }

    pub fn from_json(text: &str) -> Option<Tokens> {
        let j = Json::parse(text).ok()?;
        Some(Tokens {
            access: j.get("access")?.as_str()?.to_string(),
            refresh: j.get("refresh").and_then(Json::as_str).map(str::to_string),
            expires_at: j.get("expires_at")?.as_u64()? as f64,
        })
    }

    /// Stale a little early, so a request never starts with a token about to expire.
    pub fn is_stale(&self, now_ms: f64) -> bool {
        now_ms + 30_000.0 >= self.expires_at
    }
}

impl OAuthClient {
    /// `challenge`: the verifier's S256 challenge.
    pub fn authorize_url(&self, redirect_uri: &str, pending: &Pending, challenge: &str) -> String {
        format!(
            "{}/oauth2/authorize?response_type=code&client_id={}&redirect_uri={}&state={}&code_challenge={}&code_challenge_method=S256",
            self.rest,
            enc(&self.client_id),
            enc(redirect_uri),
            enc(&pending.state),
            challenge
        )
    }

    fn token_request(&self, form: &[(&str, &str)]) -> HttpRequest {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        HttpRequest {
            url: format!("{}/oauth2/access_token", self.rest),
            body: Some(body),
            headers: vec![(
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            with_credentials: false,
        }
    }

    /// Exchanges the code from the redirect for tokens, proving we hold the verifier.
    pub fn code_request(&self, code: &str, redirect_uri: &str, verifier: &str) -> HttpRequest {
        self.token_request(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("client_id", &self.client_id),
            ("code_verifier", verifier),
        ])
    }

    pub fn refresh_request(&self, refresh_token: &str) -> HttpRequest {
        self.token_request(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", &self.client_id),
        ])
    }

    /// The signed-in user's profile (user name, confirmed email), with the access token.
    pub fn profile_request(&self, access_token: &str) -> HttpRequest {
        HttpRequest {
            url: format!("{}/oauth2/resource/profile", self.rest),
            body: None,
            headers: vec![("Authorization".into(), format!("Bearer {access_token}"))],
            with_credentials: false,
        }
    }
}

/// Reads a token endpoint answer; `now_ms` dates its expiry.
pub fn tokens(status: u16, body: &str, now_ms: f64) -> Result<Tokens, WikiError> {
    if status == 400 || status == 401 {
        return Err(WikiError::NotSignedIn);
    }
    if status >= 400 {
        return Err(WikiError::Http {
            status,
            retry_after: None,
        });
    }
    let t = Json::parse(body).map_err(|_| WikiError::BadAnswer("token answer".into()))?;
    let text = |k| t.get(k).and_then(Json::as_str).map(str::to_string);
    let expires_in = t.get("expires_in").and_then(|v| v.as_u64()).unwrap_or(3600);
    Ok(Tokens {
        access: text("access_token").ok_or_else(|| WikiError::BadAnswer("token answer".into()))?,
        refresh: text("refresh_token"),
        expires_at: now_ms + expires_in as f64 * 1000.0,
    })
}

/// The user from a profile answer (401: the token is no longer valid).
pub fn profile(status: u16, body: &str) -> Result<super::answer::UserInfo, WikiError> {
    if status == 401 {
        return Err(WikiError::NotSignedIn);
    }
    if status >= 400 {
        return Err(WikiError::Http {
            status,
            retry_after: None,
        });
    }
    let p = Json::parse(body).map_err(|_| WikiError::BadAnswer("profile".into()))?;
    Ok(super::answer::UserInfo {
        name: p
            .get("username")
            .and_then(Json::as_str)
            .ok_or_else(|| WikiError::BadAnswer("profile".into()))?
            .to_string(),
        wiki_mail: p.get("confirmed_email").and_then(|c| c.as_bool()) == Some(true),
    })
}

/// The `code` and `state` of a redirect back from the wiki, if this query is one.
pub fn callback(query: &str) -> Option<(String, String)> {
    let mut code = None;
    let mut state = None;
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("code", v)) => code = Some(decode_component(v)),
            Some(("state", v)) => state = Some(decode_component(v)),
            _ => {}
        }
    }
    Some((code?, state?))
}
