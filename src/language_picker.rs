//! The UI language: from the visitor's choice, else the browser, else English; a picker in the
//! header; `lang` and `dir` on the page so screen readers and right-to-left layout follow.
use crate::i18n::{is_loaded, is_rtl, language, set_language, supported, t, LANGUAGES};
use crate::state::use_app;
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

/// The language the visitor wants: their choice, else the browser's, else English.
pub fn wanted_language() -> &'static str {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    crate::storage::chosen_language()
        .and_then(|c| supported(&c))
        .or_else(|| supported(&browser))
        .unwrap_or("en")
}

/// Fetches a language's message files (`i18n::language_files`) unless it is already loaded.
pub async fn ensure_loaded(code: &'static str) -> Result<(), String> {
    if is_loaded(code) {
        return Ok(());
    }
    // Every file first: a language is loaded whole or not at all.
    let mut texts = Vec::new();
    for file in crate::i18n::language_files(code) {
        let text = crate::net::get_text(&file)
            .await
            .map_err(|e| crate::net::file_problem(&file, &e))?;
        texts.push((file, text));
    }
    crate::i18n::load_files(code, &texts)
}

/// Applies the wanted language at start (English when its file could not be loaded).
pub fn start_language(code: &'static str) {
    apply(if is_loaded(code) { code } else { "en" });
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let app = use_app();
    let problem = RwSignal::new(None::<String>);
    let options = LANGUAGES
        .iter()
        .map(|(code, name, _)| view! { <option value=*code selected=*code == language() lang=*code>{*name}</option> })
        .collect_view();
    view! {
        <label class="language">
            <span class="visually-hidden">{t("language-label")}</span>
            <select aria-describedby="language-problem" on:change=move |ev| {
                let Some(code) = supported(&event_target_value(&ev)) else { return };
                let select = event_target::<web_sys::HtmlSelectElement>(&ev);
                leptos::task::spawn_local(async move {
                    match ensure_loaded(code).await {
                        Ok(()) => {
                            crate::storage::set_chosen_language(code);
                            apply(code);
                            app.lang.set(code);
                        }
                        Err(e) => {
                            // The page stays in its language; so does the picker.
                            select.set_value(language());
                            problem.set(Some(e));
                        }
                    }
                });
            }>{options}</select>
        </label>
        <span id="language-problem" class="field-error" role="alert">{move || problem.get()}</span>
    }
}
