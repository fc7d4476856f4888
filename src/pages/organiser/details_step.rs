//! Step 3: the meeting itself: its name and link, who leads it, where it happens, who to
//! contact, the calendar and report-form settings, and how participants sign in (explained:
//! what each choice needs from the wiki).
use super::field::TextField;
use super::state::use_organiser;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn DetailsStep() -> impl IntoView {
    let o = use_organiser();
    let signin = o.get("wiki.signin");
    // A memo: the client id field is rebuilt when the choice changes, not at every key.
    let oauth = Memo::new(move |_| signin() == "oauth2");
    view! {
        <section class="org-step" aria-labelledby="org-details">
            <h2 id="org-details">{t("org-details-heading")}</h2>
            <TextField path="title" label=t("org-field-title")/>
            <TextField path="slug" label=t("org-field-slug") hint=t("org-field-slug-hint") placeholder="peer-support-2025"/>
            <TextField path="series" label=t("org-field-series") hint=t("org-field-series-hint")/>
            <TextField path="description" label=t("org-field-description") long=true/>
            <h3>{t("org-details-people")}</h3>
            <TextField path="facilitator.name" label=t("org-field-facilitator")/>
            <TextField path="facilitator.wiki_user" label=t("org-field-facilitator-user") hint=t("org-field-facilitator-user-hint")/>
            <TextField path="facilitator.role" label=t("org-field-facilitator-role") placeholder="Facilitator"/>
            <TextField path="organisers" label=t("org-field-organisers") hint=t("org-field-organisers-hint")/>
            <TextField path="affiliate.name" label=t("org-field-affiliate")/>
            <TextField path="affiliate.url" label=t("org-field-affiliate-url") placeholder="https://"/>
            <TextField path="affiliate.email" label=t("org-field-affiliate-email") hint=t("org-field-affiliate-email-hint")/>
            <TextField path="contact_email" label=t("org-field-contact") hint=t("org-field-contact-hint") placeholder="name@example.org"/>
            <h3>{t("org-details-where")}</h3>
            // Required, and hinted outside the field: a grey placeholder looks filled in.
            <TextField path="language" label=t("org-field-language") hint=t("org-field-language-hint")/>
            <TextField path="platform" label=t("org-field-platform") hint=t("org-field-platform-hint")/>
            <TextField path="platform_note" label=t("org-field-platform-note") hint=t("org-field-platform-note-hint")/>
            <TextField path="calendar_default_minutes" label=t("org-field-minutes") placeholder="60"/>
            <TextField path="reminder_minutes" label=t("org-field-reminder") placeholder="30"/>
            <TextField path="draft_days" label=t("org-field-draft-days") hint=t("org-field-draft-days-hint") placeholder="30"/>
            <TextField path="quick_exit_url" label=t("org-field-quick-exit") hint=t("org-field-quick-exit-hint") placeholder="https://www.wikipedia.org/"/>
            <h3>{t("org-details-signin")}</h3>
            <div class="field">
                <label for="f-wiki-signin">{t("org-field-signin")}</label>
                <select id="f-wiki-signin" aria-describedby="org-signin-explained"
                    on:change=move |ev| o.set("wiki.signin", &event_target_value(&ev))>
                    {[("none", t("org-signin-none")), ("oauth2", t("org-signin-oauth")), ("wiki-session", t("org-signin-session"))]
                        .into_iter()
                        .map(|(value, label)| {
                            view! { <option value=value selected=move || signin() == value>{label}</option> }
                        })
                        .collect_view()}
                </select>
                <div id="org-signin-explained" class="hint">
                    <p>{t("org-signin-none-explained")}</p>
                    <p>{t("org-signin-oauth-explained")}</p>
                    <p>{t("org-signin-session-explained")}</p>
                </div>
            </div>
            {move || oauth.get().then(|| view! {
                <TextField path="wiki.oauth.client_id" label=t("org-field-client-id") hint=t("org-field-client-id-hint")/>
            })}
        </section>
    }
}
