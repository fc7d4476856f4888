//! The UI language: from the visitor's choice, else the browser, else English; a picker in the
//! header; `lang` and `dir` on the page so screen readers and right-to-left layout follow.
use crate::app::use_app;
use crate::i18n::{is_rtl, language, set_language, supported, t, LANGUAGES};
use leptos::prelude::*;

fn apply(code: &str) {
    set_language(code);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language());
        let _ = root.set_attribute("dir", if is_rtl() { "rtl" } else { "ltr" });
    }
}

/// Decides and applies the language at start.
pub fn start_language() -> &'static str {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let code = crate::storage::chosen_language()
        .and_then(|c| supported(&c))
        .or_else(|| supported(&browser))
        .unwrap_or("en");
    apply(code);
    language()
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let app = use_app();
    let options = LANGUAGES
        .iter()
        .map(|(code, name, _, _)| view! { <option value=*code selected=*code == language() lang=*code>{*name}</option> })
        .collect_view();
    view! {
        <label class="language">
            <span class="visually-hidden">{t("language-label")}</span>
            <select on:change=move |ev| {
                let code = event_target_value(&ev);
                if let Some(code) = supported(&code) {
                    crate::storage::set_chosen_language(code);
                    apply(code);
                    app.lang.set(code);
                }
            }>{options}</select>
        </label>
    }
}
