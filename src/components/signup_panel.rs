//! A session's sign-up list from the wiki, one-click register / withdraw for a signed-in user,
//! and the ways that always work: the wiki's own editor and email.
use crate::i18n::{t, tr};
use crate::model::event::{mailto, Event, Session};
use crate::model::signup::{normalize_user, Entry};
use crate::wiki::error::WikiError;
use crate::wiki::signup::{list, register, withdraw};
use crate::wiki_context::{use_wiki, Account, WikiContext};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Intent {
    Register,
    Withdraw,
}

/// The list as the page was read, with this visitor's own confirmed change applied until the
/// next read shows it.
fn shown(mut entries: Vec<Entry>, me: Option<&str>, mine: Option<bool>) -> Vec<Entry> {
    let Some(me) = me.map(normalize_user) else {
        return entries;
    };
    let listed = entries.iter().any(|e| e.user.as_deref() == Some(&me));
    match mine {
        Some(true) if !listed => entries.push(Entry {
            user: Some(me.clone()),
            name: me,
        }),
        Some(false) => entries.retain(|e| e.user.as_deref() != Some(&me)),
        _ => {}
    }
    entries
}

#[component]
pub fn SignupPanel(event: Event, session: Session, past: Signal<bool>) -> impl IntoView {
    let when = crate::model::time::utc_label(session.start);
    let subject = tr("signup-email-subject", &[&event.title, &when]);
    let email = mailto(
        &event.contact_email,
        &subject,
        &tr("signup-email-body", &[&event.title, &when]),
    );
    let email_link = view! { <a class="signup-email" href=email>{t("signup-email")}</a> };
    let (Some(ctx), Some(heading)) = (use_wiki(), session.signup_heading.clone()) else {
        return view! { <div class="signups"><p class="other-ways">{email_link}</p></div> }
            .into_any();
    };
    let heading = StoredValue::new(heading);
    let mine = RwSignal::new(None::<bool>);
    let busy = RwSignal::new(None::<Intent>);
    let failed = RwSignal::new(None::<(Intent, WikiError)>);
    let summary_when = StoredValue::new(when.clone());
    let act = move |intent: Intent| {
        let Some(user) = ctx.user_name() else { return };
        if busy.get_untracked().is_some() {
            return; // a double click: the first one is under way
        }
        busy.set(Some(intent));
        failed.set(None);
        let (title, heading, when) = (
            ctx.wiki.with_value(|w| w.page.clone()),
            heading.get_value(),
            summary_when.get_value(),
        );
        spawn_local(async move {
            let writer = ctx.writer.get_value();
            let result = match intent {
                Intent::Register => register(
                    &writer,
                    &title,
                    &heading,
                    &user,
                    &tr("signup-summary-register", &[&when]),
                )
                .await
                .map(|_| ()),
                Intent::Withdraw => withdraw(
                    &writer,
                    &title,
                    &heading,
                    &user,
                    &tr("signup-summary-withdraw", &[&when]),
                )
                .await
                .map(|_| ()),
            };
            ctx.waiting.set(None);
            match result {
                Ok(()) | Err(WikiError::AlreadySignedUp) if intent == Intent::Register => {
                    mine.set(Some(true))
                }
                Ok(()) | Err(WikiError::NotOnList) if intent == Intent::Withdraw => {
                    mine.set(Some(false))
                }
                Err(e) => {
                    if matches!(e.code(), "badtoken" | "assertuserfailed")
                        || e == WikiError::NotSignedIn
                    {
                        ctx.check_account();
                    }
                    failed.set(Some((intent, e)));
                }
                Ok(()) => {}
            }
            busy.set(None);
        });
    };
    let read = move || -> Option<Result<(Vec<Entry>, String), WikiError>> {
        let page = ctx.page.get()?;
        Some(page.and_then(|p| {
            let entries = list(&p, &heading.get_value())?;
            let index = crate::model::signup::find_section(&p.sections, &heading.get_value())
                .map(|s| s.index.clone())
                .unwrap_or_default();
            Ok((
                shown(entries, ctx.user_name().as_deref(), mine.get()),
                index,
            ))
        }))
    };
    view! {
        <div class="signups">
            {move || match read() {
                None => view! { <p class="signup-loading">{t("signup-loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="signup-problem" role="alert">{e.message()}</p> }.into_any(),
                Some(Ok((entries, index))) => view! {
                    <Attendees ctx entries=entries.clone()/>
                    <Actions ctx entries past busy act/>
                    <p class="other-ways">{t("signup-other-ways")} " "
                        <a class="signup-edit" href=ctx.wiki.with_value(|w| w.edit_url(Some(&index))) target="_blank" rel="noopener">{t("signup-edit-wiki")}</a>
                        " (" {t("signup-edit-hint")} ")"
                    </p>
                }.into_any(),
            }}
            <p class="signup-status" role="status">
                {move || busy.get().map(|i| match i {
                    Intent::Register => t("signup-registering"),
                    Intent::Withdraw => t("signup-withdrawing"),
                })}
                {move || ctx.waiting.get().filter(|_| busy.get().is_some()).map(|s| tr("signup-waiting", &[&s.to_string()]))}
                {move || mine.get().filter(|_| busy.get().is_none() && failed.get().is_none()).map(|on| match on {
                    true => t("signup-registered"),
                    false => t("signup-withdrawn"),
                })}
            </p>
            {move || failed.get().map(|(intent, e)| view! {
                <div class="signup-error" role="alert">
                    <p>{e.message()}</p>
                    <button type="button" class="retry" on:click=move |_| act(intent)>{t("signup-retry")}</button>
                </div>
            })}
            <p class="email-way">{email_link}</p>
        </div>
    }
    .into_any()
}

#[component]
fn Attendees(ctx: WikiContext, entries: Vec<Entry>) -> impl IntoView {
    let count = entries.len().to_string();
    let items = entries
        .into_iter()
        .map(|e| match e.user {
            Some(u) => {
                let href = ctx.wiki.with_value(|w| w.article_url(&format!("User:{u}")));
                view! { <li><a href=href>{e.name}</a></li> }.into_any()
            }
            None => view! { <li>{e.name}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <details class="attendees">
            <summary class="signup-count">{tr("signup-count", &[&count])}</summary>
            <ul>{items}</ul>
        </details>
    }
}

#[component]
fn Actions(
    ctx: WikiContext,
    entries: Vec<Entry>,
    past: Signal<bool>,
    busy: RwSignal<Option<Intent>>,
    act: impl Fn(Intent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        if past.get() {
            return view! { <p class="signup-closed">{t("signup-past")}</p> }.into_any();
        }
        let Account::SignedIn(user) = ctx.account.get() else {
            return ().into_any();
        };
        let me = normalize_user(&user.name);
        let on_list = entries.iter().any(|e| e.user.as_deref() == Some(&me));
        let (intent, label, class) = if on_list {
            (Intent::Withdraw, t("signup-withdraw"), "button withdraw")
        } else {
            (
                Intent::Register,
                t("signup-register"),
                "button primary register",
            )
        };
        view! {
            <button type="button" class=class disabled=move || busy.get().is_some() on:click=move |_| act(intent)>{label}</button>
        }
        .into_any()
    }
}
