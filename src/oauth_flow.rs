//! OAuth 2 sign-in in the browser: send the visitor to the wiki, take the answer back, keep the
//! tokens fresh. The protocol pieces are in `wiki::oauth`; this is the glue.
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
use crate::model::wiki_page::OAuthClient;
use crate::net::send;
use crate::storage;
use crate::wiki::answer::UserInfo;
use crate::wiki::error::WikiError;
use crate::wiki::oauth::{self, callback, random_string, Pending, Tokens};

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The app's own address (its folder, without page name or query): the redirect URI
/// registered with the wiki, the same from every page (early.js sends an answer to a sign-in
/// started on organiser.html back there).
pub fn redirect_uri() -> String {
    web_sys::window()
        .and_then(|w| {
            let path = w.location().pathname().ok()?;
            // Up to and including the last `/`: the folder the page is in.
            let folder = match path.rsplit_once('/') {
                Some((folder, _)) => format!("{folder}/"),
                None => path,
            };
            Some(format!("{}{folder}", w.location().origin().ok()?))
        })
        .unwrap_or_default()
}

fn random(n: usize) -> Option<String> {
    let mut bytes = vec![0u8; n];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    Some(random_string(&bytes))
}

/// The S256 challenge of a verifier, by the browser's SHA-256 (None without crypto.subtle,
/// which browsers offer on https and localhost only).
async fn challenge(verifier: &str) -> Option<String> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let promise = subtle
        .digest_with_str_and_u8_array("SHA-256", verifier.as_bytes())
        .ok()?;
    let digest = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(oauth::base64url(&js_sys::Uint8Array::new(&digest).to_vec()))
}

/// Goes to the wiki's authorization page. Returns false when the browser cannot keep the
/// verifier (no crypto or no sessionStorage): then nothing happens and the page says so.
pub async fn begin(client: &OAuthClient) -> bool {
    let (Some(state), Some(verifier), Some(w)) = (random(32), random(64), web_sys::window()) else {
        return false;
    };
    let back_to = w.location().search().unwrap_or_default();
    let pending = Pending {
        client: client.clone(),
        state,
        verifier,
        back_to,
    };
    let Some(challenge) = challenge(&pending.verifier).await else {
        return false;
    };
    if !storage::set_pending(&pending) {
        return false;
    }
    #[cfg(feature = "organiser")]
    storage::set_organiser_sign_in(Some(&pending.state));
    w.location()
        .assign(&client.authorize_url(&redirect_uri(), &pending, &challenge))
        .is_ok()
}

/// When this page load is the wiki's answer, completes the sign-in. Returns the query to go
/// back to and the outcome; None when the page is not an answer.
pub async fn complete(query: &str) -> Option<(String, Result<(), WikiError>)> {
    let (code, state) = callback(query)?;
    let pending = storage::pending();
    storage::clear_pending();
    #[cfg(feature = "organiser")]
    storage::set_organiser_sign_in(None);
    let Some(pending) = pending.filter(|p| p.state == state) else {
        return Some((String::new(), Err(WikiError::BadAnswer("state".into()))));
    };
    let request = pending
        .client
        .code_request(&code, &redirect_uri(), &pending.verifier);
    let result = match send(&request).await {
        Ok(a) => oauth::tokens(a.status, &a.body, now_ms()).map(|t| storage::set_tokens(&t)),
        Err(e) => Err(e),
    };
    Some((pending.back_to, result))
}

/// The current tokens, refreshed first when stale. Err(NotSignedIn) when there are none or the
/// wiki refuses the refresh.
pub async fn fresh_tokens(client: &OAuthClient) -> Result<Tokens, WikiError> {
    let tokens = storage::tokens().ok_or(WikiError::NotSignedIn)?;
    if !tokens.is_stale(now_ms()) {
        return Ok(tokens);
    }
    refresh(client, &tokens).await
}

async fn refresh(client: &OAuthClient, tokens: &Tokens) -> Result<Tokens, WikiError> {
    let refresh_token = tokens.refresh.as_deref().ok_or(WikiError::NotSignedIn)?;
    let answer = send(&client.refresh_request(refresh_token)).await?;
    match oauth::tokens(answer.status, &answer.body, now_ms()) {
        Ok(mut t) => {
            t.refresh = t.refresh.or_else(|| tokens.refresh.clone());
            storage::set_tokens(&t);
            Ok(t)
        }
        Err(e) => {
            storage::clear_tokens();
            Err(e)
        }
    }
}

/// Who the tokens belong to and the access token (None: not signed in). A refused token is
/// refreshed once.
pub async fn who_am_i(client: &OAuthClient) -> Result<Option<(UserInfo, String)>, WikiError> {
    let mut tokens = match fresh_tokens(client).await {
        Ok(t) => t,
        Err(WikiError::NotSignedIn) => return Ok(None),
        Err(e) => return Err(e),
    };
    for attempt in 0..2 {
        let answer = send(&client.profile_request(&tokens.access)).await?;
        match oauth::profile(answer.status, &answer.body) {
            Ok(user) => return Ok(Some((user, tokens.access))),
            Err(WikiError::NotSignedIn) if attempt == 0 => match refresh(client, &tokens).await {
                Ok(t) => tokens = t,
                Err(_) => return Ok(None),
            },
            Err(WikiError::NotSignedIn) => return Ok(None),
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

pub fn sign_out() {
    storage::clear_tokens();
}
