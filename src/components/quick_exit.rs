//! Leave the report form at once for a neutral page: a button, or Escape pressed twice.
//! `location.replace` also drops the form from the tab's history, so Back does not return.
use crate::i18n::t;
use leptos::ev;
use leptos::prelude::*;

fn leave(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

#[component]
pub fn QuickExit(url: String) -> impl IntoView {
    let url = StoredValue::new(url);
    let last_escape = StoredValue::new(0.0_f64);
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        if now - last_escape.get_value() < 1500.0 {
            leave(&url.get_value());
        }
        last_escape.set_value(now);
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="quick-exit">
            <button type="button" class="quick-exit-button" on:click=move |_| leave(&url.get_value())>{t("exit-button")}</button>
            <span class="hint">{t("exit-note")}</span>
        </div>
    }
}
