//! What the app remembers on this device (localStorage via gloo-storage). Nothing leaves it.
use gloo_storage::{LocalStorage, Storage};

const ZONE_KEY: &str = "wikimeet:zone";
const LANG_KEY: &str = "wikimeet:lang";

/// The UI language the visitor picked, if any.
pub fn chosen_language() -> Option<String> {
    LocalStorage::get(LANG_KEY).ok()
}

pub fn set_chosen_language(code: &str) {
    let _ = LocalStorage::set(LANG_KEY, code);
}

/// The time zone the visitor picked, if any (None: follow the device).
pub fn chosen_zone() -> Option<String> {
    LocalStorage::get(ZONE_KEY).ok()
}

pub fn set_chosen_zone(zone: Option<&str>) {
    match zone {
        Some(z) => {
            // Storage can be full or disabled (private mode): the choice then lasts this visit.
            let _ = LocalStorage::set(ZONE_KEY, z);
        }
        None => LocalStorage::delete(ZONE_KEY),
    }
}

/// Sign-in state lives in sessionStorage only: it ends with the tab and is never sent anywhere
/// but the wiki.
mod session {
    use crate::wiki::oauth::{Pending, Tokens};
    use gloo_storage::{SessionStorage, Storage};

    const PENDING_KEY: &str = "wikimeet:oauth-pending";
    const TOKENS_KEY: &str = "wikimeet:oauth-tokens";

    pub fn pending() -> Option<Pending> {
        SessionStorage::get(PENDING_KEY).ok()
    }
    pub fn set_pending(p: &Pending) -> bool {
        SessionStorage::set(PENDING_KEY, p).is_ok()
    }
    pub fn clear_pending() {
        SessionStorage::delete(PENDING_KEY)
    }
    pub fn tokens() -> Option<Tokens> {
        SessionStorage::get(TOKENS_KEY).ok()
    }
    pub fn set_tokens(t: &Tokens) {
        let _ = SessionStorage::set(TOKENS_KEY, t);
    }
    pub fn clear_tokens() {
        SessionStorage::delete(TOKENS_KEY)
    }
}
pub use session::*;

/// Report drafts: on this device only, one per event, deleted on send, discard or expiry.
mod drafts {
    use crate::model::report::Draft;
    use gloo_storage::{LocalStorage, Storage};

    fn key(event: &str) -> String {
        format!("wikimeet:draft:{event}")
    }
    pub fn draft(event: &str) -> Option<Draft> {
        LocalStorage::get(key(event)).ok()
    }
    /// False when the browser refused (storage full or disabled): the page then says so.
    pub fn save_draft(event: &str, d: &Draft) -> bool {
        LocalStorage::set(key(event), d).is_ok()
    }
    pub fn delete_draft(event: &str) {
        LocalStorage::delete(key(event))
    }
}
pub use drafts::*;
