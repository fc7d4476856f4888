//! Leave the report form at once for a neutral page: a button, or Escape pressed twice.
//! `location.replace` also drops the form from the tab's history, so Back does not return to
//! it; an earlier copy of the form in the same tab's history hides its draft (`storage::exited`).
use crate::i18n::t;
use crate::storage;
use leptos::ev;
use leptos::prelude::*;

fn leave(url: &str, hide: RwSignal<bool>) {
    // Noted for the tab first, and the draft hidden: whatever the browser keeps of this page
    // for Back shows no draft.
    storage::set_exited(true);
    hide.set(true);
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// The quick exit. `url`: the neutral page it goes to; `hide`: set when leaving, to hide the
/// form's draft at once.
#[component]
pub fn QuickExit(url: String, hide: RwSignal<bool>) -> impl IntoView {
    let url = StoredValue::new(url);
    let last_escape = StoredValue::new(0.0_f64);
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        if now - last_escape.get_value() < 1500.0 {
            leave(&url.get_value(), hide);
        }
        last_escape.set_value(now);
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="quick-exit">
            <button type="button" class="quick-exit-button" on:click=move |_| leave(&url.get_value(), hide)>{t("exit-button")}</button>
            <span class="hint">{t("exit-note")}</span>
        </div>
    }
}
