//! What the app remembers on this device (gloo-storage). Nothing leaves it.
//! Storage can be missing (an iframe on another site, private modes, a full disk): gloo-storage
//! then panics, so every access goes through `local`/`session`, which check first. Without
//! storage, choices last for the visit and the report form says its draft cannot be kept.
use crate::model::report::Draft;
use crate::wiki::oauth::{Pending, Tokens};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

fn has_local() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

fn has_session() -> bool {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .is_some()
}

mod local {
    use super::*;
    pub fn get<T: DeserializeOwned>(key: &str) -> Option<T> {
        has_local().then(|| LocalStorage::get(key).ok()).flatten()
    }
    pub fn set<T: Serialize>(key: &str, value: &T) -> bool {
        has_local() && LocalStorage::set(key, value).is_ok()
    }
    pub fn delete(key: &str) {
        if has_local() {
            LocalStorage::delete(key);
        }
    }
}

mod session {
    use super::*;
    pub fn get<T: DeserializeOwned>(key: &str) -> Option<T> {
        has_session()
            .then(|| SessionStorage::get(key).ok())
            .flatten()
    }
    pub fn set<T: Serialize>(key: &str, value: &T) -> bool {
        has_session() && SessionStorage::set(key, value).is_ok()
    }
    pub fn delete(key: &str) {
        if has_session() {
            SessionStorage::delete(key);
        }
    }
}

const ZONE_KEY: &str = "wikimeet:zone";
const LANG_KEY: &str = "wikimeet:lang";
const PENDING_KEY: &str = "wikimeet:oauth-pending";
const TOKENS_KEY: &str = "wikimeet:oauth-tokens";

/// The UI language the visitor picked, if any.
pub fn chosen_language() -> Option<String> {
    local::get(LANG_KEY)
}

pub fn set_chosen_language(code: &str) {
    local::set(LANG_KEY, &code);
}

/// The time zone the visitor picked, if any (None: follow the device).
pub fn chosen_zone() -> Option<String> {
    local::get(ZONE_KEY)
}

pub fn set_chosen_zone(zone: Option<&str>) {
    match zone {
        Some(z) => {
            local::set(ZONE_KEY, &z);
        }
        None => local::delete(ZONE_KEY),
    }
}

// Sign-in state lives in sessionStorage only: it ends with the tab and is never sent anywhere
// but the wiki.
pub fn pending() -> Option<Pending> {
    session::get(PENDING_KEY)
}
pub fn set_pending(p: &Pending) -> bool {
    session::set(PENDING_KEY, p)
}
pub fn clear_pending() {
    session::delete(PENDING_KEY)
}
pub fn tokens() -> Option<Tokens> {
    session::get(TOKENS_KEY)
}
pub fn set_tokens(t: &Tokens) {
    session::set(TOKENS_KEY, t);
}
pub fn clear_tokens() {
    session::delete(TOKENS_KEY)
}

// Report drafts: on this device only, one per event, deleted on send, discard or expiry.
fn draft_key(event: &str) -> String {
    format!("wikimeet:draft:{event}")
}
pub fn draft(event: &str) -> Option<Draft> {
    local::get(&draft_key(event))
}
/// False when the browser refused (storage full, turned off or missing): the page says so.
pub fn save_draft(event: &str, d: &Draft) -> bool {
    local::set(&draft_key(event), d)
}
pub fn delete_draft(event: &str) {
    local::delete(&draft_key(event))
}
