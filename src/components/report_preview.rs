//! Before sending a report: who will read it, and exactly what it says.
use crate::i18n::t;
use leptos::prelude::*;

/// Who will read the report (`model::report_message::who_sees`).
#[component]
pub fn WhoSees(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! {
        <section class="who-sees" aria-labelledby="who-sees-heading">
            <h2 id="who-sees-heading">{t("report-who-sees")}</h2>
            <p>{text}</p>
        </section>
    }
}

/// The report as it will be sent (`model::report_message::message`).
#[component]
pub fn Preview(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("report-preview")}</h2>
            <pre class="report-preview">{text}</pre>
        </section>
    }
}
