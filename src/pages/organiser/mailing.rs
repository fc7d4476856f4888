//! Step 5: the meeting link to the people registered, by wiki mail. The lists are read from the
//! wiki once, each person marked by whether wiki mail can reach them; one message (kept on the
//! device with the form) is previewed as each person receives it. Signed in as the facilitator
//! or an organiser the event names, the page sends (`mail_send`); otherwise it gives a checklist
//! of the wiki's own "Email this user" pages (`mail_checklist`).
use super::address::participants_link;
use super::mail_checklist::MailChecklist;
use super::mail_message::LINK_PLACE;
use super::mail_send::MailSend;
use super::state::use_organiser;
use crate::components::wiki_account::WikiAccount;
use crate::i18n::{t, tr};
use crate::model::event::Event;
use crate::model::mailing::{classify, registrants, Reach, Recipient};
use crate::model::signature::normalize_user;
use crate::model::wiki_page::SignIn;
use crate::net::BrowserFetch;
use crate::wiki::client::Client;
use crate::wiki::request::Auth;
use crate::wiki_context::{Account, WikiContext};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The message as first suggested for `scope` (a session id, or empty: the whole meeting).
fn suggested(event: &Event, scope: &str) -> (String, String) {
    let when: Vec<String> = event
        .sessions
        .iter()
        .filter(|s| scope.is_empty() || s.id == scope)
        .map(|s| crate::model::time::utc_label(s.start))
        .collect();
    let link = participants_link(&event.slug);
    let from = event
        .facilitator
        .as_ref()
        .map(|f| f.name.clone())
        .unwrap_or_default();
    let subject = tr("org-mail-subject", &[&event.title]);
    let text = tr(
        "org-mail-text",
        &[&event.title, &when.join("; "), LINK_PLACE, &link, &from],
    );
    (subject, text)
}

/// The people on the lists of `scope`, with how wiki mail reaches them.
async fn recipients(
    ctx: WikiContext,
    event: &Event,
    scope: &str,
) -> Result<Vec<Recipient>, String> {
    let page = ctx
        .page_read
        .get_untracked()
        .ok_or_else(|| t("loading"))?
        .map_err(|e| e.message())?;
    let mut entries = Vec::new();
    for s in event
        .sessions
        .iter()
        .filter(|s| scope.is_empty() || s.id == scope)
    {
        if let Some(h) = &s.signup_heading {
            entries.extend(crate::wiki::signup::list(&page, h).map_err(|e| e.message())?);
        }
    }
    let people = registrants(&entries);
    let names: Vec<&str> = people.iter().filter_map(|(_, u)| u.as_deref()).collect();
    let api = ctx.wiki.with_value(|w| w.api.clone());
    let client = Client::new(&api, Auth::Anonymous, &event.contact_email, BrowserFetch);
    let reached = crate::wiki::mailing::reach(&client, &names)
        .await
        .map_err(|e| e.message())?;
    Ok(classify(&people, &reached.answers, &reached.blocks))
}

#[component]
pub fn Mailing() -> impl IntoView {
    let o = use_organiser();
    // A memo of the event: typing the message (kept in the form, not in the event) does not
    // rebuild this section or read the wiki again.
    let event = Memo::new(move |_| o.checked.get().ok().filter(|e| e.wiki.is_some()));
    move || match event.get() {
        Some(event) => view! { <MailingFor event/> }.into_any(),
        None => view! { <p class="hint">{t("org-mail-not-yet")}</p> }.into_any(),
    }
}

#[component]
fn MailingFor(event: Event) -> impl IntoView {
    let o = use_organiser();
    let ctx = WikiContext::start(&event).expect("an event with a wiki");
    provide_context(Some(ctx));
    let event = StoredValue::new(event);
    let scope = RwSignal::new(String::new());
    let people = RwSignal::new(None::<Result<Vec<Recipient>, String>>);
    let read = move || {
        people.set(None);
        let asked = scope.get_untracked();
        spawn_local(async move {
            let found = recipients(ctx, &event.get_value(), &asked).await;
            // A read for a scope since changed answers too late: the newer read is the list.
            // (None: the section was rebuilt meanwhile, for a changed event.)
            if scope.try_get_untracked() == Some(asked) {
                people.set(Some(found));
            }
        });
    };
    // The list is read once the page is; again when the scope changes.
    Effect::new(move |_| {
        scope.track();
        if ctx.page_read.with(Option::is_some) {
            read();
        }
    });
    // The message: suggested once, then as typed (kept with the form).
    let fill = move || {
        let (s, x) = suggested(&event.get_value(), &scope.get_untracked());
        o.set("mail.subject", &s);
        o.set("mail.text", &x);
    };
    if o.form.with_untracked(|f| f.get("mail.text").is_empty()) {
        fill();
    }
    let sessions = event.with_value(|e| {
        e.sessions
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.signup_heading.clone().unwrap_or_else(|| s.id.clone()),
                )
            })
            .collect::<Vec<_>>()
    });
    let signin = event
        .with_value(|e| e.wiki.as_ref().map(|w| w.signin))
        .unwrap_or_default();
    let allowed = move |name: &str| {
        event.with_value(|e| {
            let named = e
                .facilitator
                .iter()
                .filter_map(|f| f.wiki_user.clone())
                .chain(e.organisers.clone());
            named
                .map(|n| normalize_user(&n))
                .any(|n| n == normalize_user(name))
        })
    };
    // One record per event whatever the scope: a person sent to for one session is not sent
    // to again when the organiser then sends to everyone.
    let key = event.with_value(|e| e.slug.clone());
    let mode = move || match (signin, ctx.account.get()) {
        (SignIn::None, _) => None,
        (_, Account::SignedIn(user)) => Some((allowed(&user.name), user.name)),
        _ => None,
    };
    view! {
        <div class="field">
            <label for="org-mail-scope">{t("org-mail-scope")}</label>
            <select id="org-mail-scope" on:change=move |ev| scope.set(event_target_value(&ev))>
                <option value="">{t("org-mail-everyone")}</option>
                {sessions.into_iter().map(|(id, h)| view! { <option value=id>{h}</option> }).collect_view()}
            </select>
        </div>
        <PeopleList people/>
        <super::mail_message::MailMessage refill=Callback::new(move |_| fill())/>
        {(signin != SignIn::None).then(|| view! { <WikiAccount/> })}
        <p class="hint">{t("org-mail-device-note")}</p>
        {move || {
            let list = people.get().and_then(Result::ok);
            match (mode(), list) {
                (_, None) => ().into_any(),
                (Some((true, _)), Some(list)) => view! { <MailSend people=list key=key.clone()/> }.into_any(),
                (Some((false, name)), Some(_)) => view! { <p class="field-error">{tr("org-mail-not-organiser", &[&name])}</p> }.into_any(),
                (None, Some(list)) => view! { <MailChecklist people=list key=key.clone()/> }.into_any(),
            }
        }}
    }
}

/// Who is registered and whether wiki mail reaches them; those it cannot, with their names to
/// copy for another way.
#[component]
fn PeopleList(people: RwSignal<Option<Result<Vec<Recipient>, String>>>) -> impl IntoView {
    move || match people.get() {
        None => view! { <p class="loading" role="status">{t("loading")}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
        Some(Ok(list)) => {
            let unreachable: Vec<String> = list
                .iter()
                .filter(|r| r.reach != Reach::Mailable)
                .map(|r| r.name.clone())
                .collect();
            let mailable = list.len() - unreachable.len();
            let names = unreachable.join(", ");
            let copy = move |_| super::mail_checklist::copy_text(&names);
            let rows = list
                .into_iter()
                .map(|r| {
                    let how = match r.reach {
                        Reach::Mailable => t("org-mail-reach-yes"),
                        Reach::NoMail => t("org-mail-reach-nomail"),
                        Reach::NoAccount => t("org-mail-reach-noaccount"),
                        Reach::NoWikiAccount => t("org-mail-reach-noline"),
                    };
                    view! { <li><span dir="auto">{r.name}</span>": " {how}</li> }
                })
                .collect_view();
            view! {
                <p>{tr("org-mail-count", &[&mailable.to_string(), &unreachable.len().to_string()])}</p>
                <ul class="org-mail-people">{rows}</ul>
                {(!unreachable.is_empty()).then(|| view! {
                    <p><button type="button" on:click=copy>{t("org-mail-copy-names")}</button></p>
                })}
            }.into_any()
        }
    }
}
