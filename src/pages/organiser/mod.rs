//! The organiser page (organiser.html): an event file made or changed from the meeting's wiki
//! page, in the browser. Steps, each a file: start (open or copy an event), the wiki page and
//! its headings, the sessions' times, the meeting's details, then the files, the preview and
//! the check of the hosted site, and the meeting link sent to the people registered. The form
//! is one `EventForm` (`state.rs`), kept on the device on every change, and checked by the
//! event-file reader (`EventForm::to_event`).
mod address;
mod details_step;
mod field;
mod mail_checklist;
mod mail_message;
mod mail_retry;
mod mail_send;
mod mailing;
mod output_step;
mod preview;
mod sessions_step;
mod site_check;
mod start_step;
mod state;
mod wiki_step;

use crate::i18n::t;
use leptos::prelude::*;
use state::Organiser;

#[component]
pub fn OrganiserPage() -> impl IntoView {
    crate::first_paint::remove_shell();
    let o = Organiser::provide();
    view! {
        <article class="organiser">
            <h1 class="page-title">{t("org-title")}</h1>
            <p class="description">{t("org-intro")}</p>
            {move || (!o.kept.get()).then(|| view! { <p class="field-error" role="alert">{t("org-not-kept")}</p> })}
            <start_step::StartStep/>
            <wiki_step::WikiStep/>
            <sessions_step::SessionsStep/>
            <details_step::DetailsStep/>
            <output_step::OutputStep/>
            <section class="org-step" aria-labelledby="org-mail">
                <h2 id="org-mail">{t("org-mail-heading")}</h2>
                <p class="hint">{t("org-mail-hint")}</p>
                <mailing::Mailing/>
            </section>
        </article>
    }
}
