//! The one message every registrant gets: subject and text (kept on the device with the form
//! until sent or discarded), the organiser's own copy, and what each person receives.
use super::field::TextField;
use super::state::use_organiser;
use crate::i18n::t;
use leptos::prelude::*;

/// The place in the message where the organiser puts the video link.
pub const LINK_PLACE: &str = "[paste the video link here]";

/// What stops this message from going: nothing, or what to fix.
pub fn message_problem(subject: &str, text: &str) -> Option<String> {
    if subject.trim().is_empty() || text.trim().is_empty() {
        Some(t("org-mail-empty"))
    } else if text.contains(LINK_PLACE) {
        Some(t("org-mail-no-link"))
    } else {
        None
    }
}

#[component]
pub fn MailMessage(
    /// Puts the suggested message back.
    refill: Callback<()>,
) -> impl IntoView {
    let o = use_organiser();
    let (subject, text) = (o.get("mail.subject"), o.get("mail.text"));
    let copy = move || o.form.with(|f| f.get("mail.copy") == "true");
    view! {
        <TextField path="mail.subject" label=t("org-mail-subject-label")/>
        <TextField path="mail.text" label=t("org-mail-text-label") hint=t("org-mail-text-hint") long=true/>
        <p class="org-actions"><button type="button" on:click=move |_| refill.run(())>{t("org-mail-refill")}</button></p>
        <div class="field">
            <input type="checkbox" id="org-mail-copy" prop:checked=copy
                on:change=move |ev| o.set("mail.copy", if event_target_checked(&ev) { "true" } else { "false" })/>
            <label for="org-mail-copy">{t("org-mail-copy")}</label>
        </div>
        <section class="org-mail-preview" aria-labelledby="org-mail-preview-heading">
            <h3 id="org-mail-preview-heading">{t("org-mail-preview")}</h3>
            <p class="hint">{t("org-mail-sender-note")}</p>
            <p><strong>{subject}</strong></p>
            <pre class="report-preview">{text}</pre>
        </section>
    }
}
