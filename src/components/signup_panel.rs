//! A session's sign-up list from the wiki, one-click register / withdraw for a signed-in user,
//! and the ways that always work: the wiki's own editor and email.
use crate::actions_module::{register, withdraw};
use crate::i18n::{t, tr};
use crate::model::event::{mailto, Event, Session};
use crate::model::signup::{claim, count, is_signed_up, with_own_change, Entry};
use crate::model::time::standing;
use crate::state::use_app;
use crate::storage::{add_own_line, own_lines};
use crate::wiki::action_text::Intent;
use crate::wiki::error::WikiError;
use crate::wiki::signup::Signup;
use crate::wiki_context::{use_wiki, Account, WikiContext};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SignupPanel(event: Event, session: Session) -> impl IntoView {
    // Ended: no more sign-ups.
    let (now, start, end) = (use_app().now, session.start, session.end(&event));
    let past = move || standing(now.get(), start, end).is_past();
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
    // The wiki wrote a signature that names nobody (see `Registered`).
    let unrecognised = RwSignal::new(false);
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
            let own = own_lines();
            let signup = Signup {
                title: &title,
                heading: &heading,
                user: &user,
                own_lines: &own,
            };
            let result = match intent {
                Intent::Register => {
                    let summary = tr("signup-summary-register", &[&when]);
                    register(&writer, &signup, &summary).await.map(|done| {
                        if let Some(line) = &done.unrecognised_line {
                            add_own_line(line);
                            unrecognised.set(true);
                        }
                        if let Some(page) = done.page {
                            ctx.page_read.set(Some(Ok(page)));
                        }
                    })
                }
                Intent::Withdraw => {
                    let summary = tr("signup-summary-withdraw", &[&when]);
                    withdraw(&writer, &signup, &summary).await.map(|_| ())
                }
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
        let page = ctx.page_read.get()?;
        Some(page.and_then(|p| {
            let mut entries = crate::wiki::signup::list(&p, &heading.get_value())?;
            if let Some(me) = ctx.user_name() {
                claim(&mut entries, &own_lines(), &me);
            }
            let index = crate::model::signup::find_section(&p.sections, &heading.get_value())
                .map(|s| s.index.clone())
                .unwrap_or_default();
            Ok((
                with_own_change(entries, ctx.user_name().as_deref(), mine.get()),
                index,
            ))
        }))
    };
    // The wiki's own way, at the session's section when the read found it, else the whole page:
    // offered even when the wiki could not be read (the browser may still open it).
    let wiki_way = move |section: Option<String>| {
        view! {
            <p class="other-ways">{t("signup-other-ways")} " "
                <a class="signup-edit" href=ctx.wiki.with_value(|w| w.edit_url(section.as_deref())) target="_blank" rel="noopener">{t("signup-edit-wiki")}</a>
                " (" {t("signup-edit-hint")} ")"
            </p>
        }
    };
    view! {
        <div class="signups">
            {move || match read() {
                None => view! { <p class="signup-loading">{t("signup-loading")}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="signup-problem" role="alert">{e.message()}</p>
                    {wiki_way(None)}
                }.into_any(),
                Some(Ok((entries, index))) => view! {
                    <Attendees ctx entries=entries.clone()/>
                    <Actions ctx entries past busy act/>
                    {wiki_way(Some(index))}
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
            {move || unrecognised.get().then(|| view! { <p class="signup-unrecognised" role="status">{t("signup-unrecognised")}</p> })}
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
    let count = count(&entries).to_string();
    let items = entries
        .into_iter()
        .map(|e| {
            let wiki = e.wiki.map(|w| format!(" ({w})"));
            // A line that names nobody is plain text, not a link.
            let name = match e.link.map(|l| ctx.wiki.with_value(|w| w.article_url(&l))) {
                Some(href) => view! { <a href=href>{e.name}</a>{wiki} }.into_any(),
                None => e.name.into_any(),
            };
            match e.struck {
                true => view! { <li class="struck"><s>{name}</s></li> }.into_any(),
                false => view! { <li>{name}</li> }.into_any(),
            }
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
    past: impl Fn() -> bool + Copy + Send + Sync + 'static,
    busy: RwSignal<Option<Intent>>,
    act: impl Fn(Intent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        if past() {
            return view! { <p class="signup-closed">{t("signup-past")}</p> }.into_any();
        }
        let Account::SignedIn(user) = ctx.account.get() else {
            return ().into_any();
        };
        let on_list = is_signed_up(&entries, &user.name);
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
