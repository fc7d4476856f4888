//! A problem with an event file, shown plainly: which file, which field, what is wrong.
use crate::i18n::t;
use crate::model::event::EventError;
use leptos::prelude::*;

#[component]
pub fn Problem(error: EventError) -> impl IntoView {
    let field = (!error.field.is_empty()).then(|| {
        view! { <dt>{t("problem-field")}</dt><dd><code class="problem-field">{error.field.clone()}</code></dd> }
    });
    view! {
        <div class="problem" role="alert">
            <h1 class="page-title">{t("problem-heading")}</h1>
            <p class="problem-text">{error.to_string()}</p>
            <dl class="problem-facts">
                <dt>{t("problem-file")}</dt><dd><code class="problem-file">{error.file.clone()}</code></dd>
                {field}
                <dt>{t("problem-what")}</dt><dd class="problem-what">{error.problem.clone()}</dd>
            </dl>
            <p>{t("problem-help")}</p>
        </div>
    }
}
