//! Without sending from here (the event has no sign-in, or nobody is signed in): each person
//! wiki mail reaches, with the wiki's own "Email this user" page for them, the message ready to
//! copy, and a tick kept on this device for each one done.
use super::state::use_organiser;
use crate::i18n::{t, tr};
use crate::model::mailing::{Reach, Recipient, Status};
use crate::storage::{save_send_record, send_record};
use leptos::prelude::*;

/// Puts `text` on the clipboard (the browser may refuse: the text is on the page as well).
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

#[component]
pub fn MailChecklist(people: Vec<Recipient>, key: String) -> impl IntoView {
    let o = use_organiser();
    let key = StoredValue::new(format!("{key}:ticks"));
    let record = RwSignal::new(key.with_value(|k| send_record(k)));
    let wiki = o
        .checked
        .with_untracked(|c| c.as_ref().ok().and_then(|e| e.wiki.clone()));
    let message = move || {
        o.form
            .with(|f| format!("{}\n\n{}", f.get("mail.subject"), f.get("mail.text")))
    };
    let rows = people
        .into_iter()
        .filter(|r| r.reach == Reach::Mailable)
        .filter_map(|r| {
            let user = r.user.clone()?;
            let href = wiki.as_ref()?.article_url(&format!("Special:EmailUser/{user}"));
            let id = format!("org-tick-{}", user.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
            let u = StoredValue::new(user.clone());
            let ticked = move || record.with(|r| u.with_value(|u| r.status(u) == Some(&Status::Sent)));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                record.update(|r| u.with_value(|u| if on { r.end(u, Some(Status::Sent)) } else { r.forget(u) }));
                key.with_value(|k| record.with_untracked(|r| save_send_record(k, r)));
            };
            Some(view! {
                <li>
                    <input type="checkbox" id=id.clone() prop:checked=ticked on:change=toggle/>
                    <label for=id dir="auto">{r.name.clone()}</label>" "
                    <a href=href target="_blank" rel="noopener">{tr("org-mail-open-form", &[&user])}</a>
                </li>
            })
        })
        .collect_view();
    view! {
        <h3>{t("org-mail-checklist")}</h3>
        <p class="hint">{t("org-mail-checklist-hint")}</p>
        <div class="field">
            <label for="org-mail-ready">{t("org-mail-ready")}</label>
            <textarea id="org-mail-ready" readonly rows="8" prop:value=message></textarea>
        </div>
        <p><button type="button" on:click=move |_| copy_text(&message())>{t("org-mail-copy-message")}</button></p>
        <ul class="org-mail-checklist">{rows}</ul>
    }
}
