//! What the app remembers on this device (localStorage, sessionStorage). Nothing leaves it.
//! Storage can be missing or refuse (an iframe on another site, private modes, a full disk):
//! then choices last for the visit and the report form says its draft cannot be kept.
//! Values are JSON text: the zone and language as JSON strings (early.js reads them too),
//! sign-in state by `wiki::oauth`'s own writers, report drafts by serde (on the safe-space page
//! only, so serde_json stays out of the meeting page's download).
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
use crate::model::json::{quote, Json};
#[cfg(feature = "safe-space")]
use crate::model::report::Draft;
use crate::wiki::oauth::{Pending, Tokens};

#[derive(Clone, Copy)]
enum Kind {
    /// Kept on the device.
    Local,
    /// Gone with the tab.
    Session,
}

fn store(kind: Kind) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    match kind {
        Kind::Local => w.local_storage(),
        Kind::Session => w.session_storage(),
    }
    .ok()
    .flatten()
}

fn get(kind: Kind, key: &str) -> Option<String> {
    store(kind)?.get_item(key).ok().flatten()
}

/// False when there is no storage or it refused.
fn set(kind: Kind, key: &str, value: &str) -> bool {
    store(kind).is_some_and(|s| s.set_item(key, value).is_ok())
}

fn delete(kind: Kind, key: &str) {
    if let Some(s) = store(kind) {
        let _ = s.remove_item(key);
    }
}

fn get_string(key: &str) -> Option<String> {
    Json::parse(&get(Kind::Local, key)?)
        .ok()?
        .as_str()
        .map(str::to_string)
}

const ZONE_KEY: &str = "wikimeet:zone";
const LANG_KEY: &str = "wikimeet:lang";
const PENDING_KEY: &str = "wikimeet:oauth-pending";
const TOKENS_KEY: &str = "wikimeet:oauth-tokens";
const OWN_LINES_KEY: &str = "wikimeet:own-lines";
/// Set in this tab by the report form's quick exit.
const EXITED_KEY: &str = "wikimeet:exited";
/// How many own lines are kept (the oldest go first).
const OWN_LINES_KEPT: usize = 50;

/// The UI language the visitor picked, if any.
pub fn chosen_language() -> Option<String> {
    get_string(LANG_KEY)
}

pub fn set_chosen_language(code: &str) {
    set(Kind::Local, LANG_KEY, &quote(code));
}

/// The time zone the visitor picked, if any (None: follow the device).
pub fn chosen_zone() -> Option<String> {
    get_string(ZONE_KEY)
}

pub fn set_chosen_zone(zone: Option<&str>) {
    match zone {
        Some(z) => {
            set(Kind::Local, ZONE_KEY, &quote(z));
        }
        None => delete(Kind::Local, ZONE_KEY),
    }
}

/// Sign-up lines this device wrote whose signature names nobody (a custom signature without a
/// user link, see `wiki::signup::Registered`): known as the visitor's by their exact text.
pub fn own_lines() -> Vec<String> {
    get_string(OWN_LINES_KEY)
        .map(|v| v.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

pub fn add_own_line(line: &str) {
    let mut lines = own_lines();
    lines.push(line.to_string());
    let from = lines.len().saturating_sub(OWN_LINES_KEPT);
    set(
        Kind::Local,
        OWN_LINES_KEY,
        &quote(&lines.get(from..).unwrap_or_default().join("\n")),
    );
}

// Sign-in state lives in sessionStorage only: it ends with the tab and is never sent anywhere
// but the wiki.
pub fn pending() -> Option<Pending> {
    Pending::from_json(&get(Kind::Session, PENDING_KEY)?)
}
pub fn set_pending(p: &Pending) -> bool {
    set(Kind::Session, PENDING_KEY, &p.to_json())
}
pub fn clear_pending() {
    delete(Kind::Session, PENDING_KEY)
}

/// The state of a sign-in the organiser page started: the wiki answers at the folder (the one
/// registered address), whose early.js sends that answer on to organiser.html.
#[cfg(feature = "organiser")]
const ORGANISER_SIGN_IN_KEY: &str = "wikimeet:oauth-organiser";
#[cfg(feature = "organiser")]
pub fn set_organiser_sign_in(state: Option<&str>) {
    match state {
        Some(s) => {
            set(Kind::Session, ORGANISER_SIGN_IN_KEY, s);
        }
        None => delete(Kind::Session, ORGANISER_SIGN_IN_KEY),
    }
}

/// Whether OAuth tokens are kept, without reading them (the meeting page asks its action
/// module only then).
pub fn has_tokens() -> bool {
    get(Kind::Session, TOKENS_KEY).is_some()
}
pub fn tokens() -> Option<Tokens> {
    Tokens::from_json(&get(Kind::Session, TOKENS_KEY)?)
}
pub fn set_tokens(t: &Tokens) {
    set(Kind::Session, TOKENS_KEY, &t.to_json());
}
pub fn clear_tokens() {
    delete(Kind::Session, TOKENS_KEY)
}

// Report drafts: on this device only, one per event, deleted on send, discard or expiry.
#[cfg(feature = "safe-space")]
fn draft_key(event: &str) -> String {
    format!("wikimeet:draft:{event}")
}
#[cfg(feature = "safe-space")]
pub fn draft(event: &str) -> Option<Draft> {
    serde_json::from_str(&get(Kind::Local, &draft_key(event))?).ok()
}
/// False when the browser refused (storage full, turned off or missing): the page says so.
#[cfg(feature = "safe-space")]
pub fn save_draft(event: &str, d: &Draft) -> bool {
    serde_json::to_string(d).is_ok_and(|text| set(Kind::Local, &draft_key(event), &text))
}
#[cfg(feature = "safe-space")]
pub fn delete_draft(event: &str) {
    delete(Kind::Local, &draft_key(event))
}

/// Whether the quick exit was used in this tab (sessionStorage: gone with the tab).
pub fn exited() -> bool {
    get(Kind::Session, EXITED_KEY).is_some()
}

pub fn set_exited(on: bool) {
    if on {
        set(Kind::Session, EXITED_KEY, "true");
    } else {
        delete(Kind::Session, EXITED_KEY);
    }
}

/// The organiser page's form, kept until the organiser downloads it or starts again.
#[cfg(feature = "organiser")]
const EVENT_FORM_KEY: &str = "wikimeet:organiser-form";
#[cfg(feature = "organiser")]
pub fn event_form() -> Option<crate::model::event_form::EventForm> {
    crate::model::event_form::EventForm::from_json(&get(Kind::Local, EVENT_FORM_KEY)?)
}
/// False when the browser refused: the page says the form lasts only while it is open.
#[cfg(feature = "organiser")]
pub fn save_event_form(form: &crate::model::event_form::EventForm) -> bool {
    set(Kind::Local, EVENT_FORM_KEY, &form.to_json())
}

/// What this device sent for one mailing (`key`: the event and the scope).
#[cfg(feature = "organiser")]
pub fn send_record(key: &str) -> crate::model::mailing::SendRecord {
    get(Kind::Local, &format!("wikimeet:mailing:{key}"))
        .and_then(|t| crate::model::mailing::SendRecord::from_json(&t))
        .unwrap_or_default()
}
/// False when the browser refused: the page then does not send (the record is the guard).
#[cfg(feature = "organiser")]
pub fn save_send_record(key: &str, record: &crate::model::mailing::SendRecord) -> bool {
    set(
        Kind::Local,
        &format!("wikimeet:mailing:{key}"),
        &record.to_json(),
    )
}
