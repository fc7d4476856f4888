//! wikimeet: a page of its own for a Wikimedia community online meeting.
//! `model` and `i18n` are pure Rust and tested natively; the rest runs in the browser.
pub mod app;
pub mod components;
pub mod event_source;
pub mod i18n;
pub mod intl_time;
pub mod language_picker;
pub mod model;
pub mod net;
pub mod oauth_flow;
pub mod pages;
pub mod storage;
pub mod wiki;
pub mod wiki_context;

/// Starts the app in the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
