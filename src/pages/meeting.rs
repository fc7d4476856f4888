//! One event on the meeting page: what it is, who leads it, and its sessions in the visitor's
//! time zone.
use crate::components::agenda::Agenda;
use crate::components::embed_snippet::EmbedSnippet;
use crate::components::event_nav::EventNav;
use crate::components::later::Later;
use crate::components::next_session::NextSession;
use crate::components::signup_panel::SignupPanel;
use crate::components::subscribe::Subscribe;
use crate::components::{
    session_card::SessionCard, wiki_account::WikiAccount, zone_picker::ZonePicker,
};
use crate::i18n::{t, tr};
use crate::model::event::{Event, Session};
use crate::model::feed::feed_file;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn EventView(event: Event) -> impl IntoView {
    view! {
        <article class="event">
            {event.series.clone().map(|s| view! { <p class="series" dir="auto">{s}</p> })}
            <h1 class="page-title" dir="auto">{event.title.clone()}</h1>
            <NextSession event=event.clone()/>
            // The rest builds a task later (BENCHMARKS.md, blocking time): the title and its time
            // first, where early.js's shell showed them; nothing above them moves.
            <Later><EventDetails event=event.clone()/></Later>
        </article>
    }
}

/// Everything under the title and the next session's time.
#[component]
fn EventDetails(event: Event) -> impl IntoView {
    let app = use_app();
    let all_past = {
        let e = event.clone();
        move || e.sessions.iter().all(|s| s.end(&e) <= app.now.get())
    };
    let count = event.sessions.len();
    let cards = {
        let event = event.clone();
        move || {
            let card = |(i, s): (usize, &Session)| {
                let (event, s) = (event.clone(), s.clone());
                view! { <Later><SessionCard event=event.clone() session=s.clone() number=i + 1 count=count/></Later> }
            };
            event.sessions.iter().enumerate().map(card).collect_view()
        }
    };
    let choose = event.sessions_are_alternatives && count > 1;
    let slug = event.slug.clone();
    view! {
        // Below the title and its time, not above: its length varies by language.
        <EventNav slug=event.slug.clone()/>
        <p class="description" dir="auto">{event.description.clone()}</p>
        <EventFacts event=event.clone()/>
        <Later><ZonePicker/></Later><Later><WikiAccount/></Later>
        {move || all_past().then(|| view! { <p class="all-past" role="note">{t("sessions-all-past")}</p> })}
        {if event.agenda {
            view! { <AgendaSection event=event.clone()/> }.into_any()
        } else {
            view! {
                <section class="sessions" aria-labelledby="sessions-heading">
                    <h2 id="sessions-heading">{t("sessions-heading")}</h2>
                    {choose.then(|| view! { <p class="choose-one">{t("sessions-choose-one")}</p> })}
                    <ol class="session-list">{cards()}</ol>
                </section>
            }.into_any()
        }}
        <Subscribe feed=feed_file(&slug) summary=t("sub-summary")/>
        <Later><EmbedSnippet slug=event.slug.clone() title=event.title.clone()/></Later>
    }
}

/// An agenda: its one sign-up list (when the wiki page has one for the whole meeting), then
/// the slots by day.
#[component]
fn AgendaSection(event: Event) -> impl IntoView {
    let heading = event.wiki.as_ref().and_then(|w| w.signup_heading.clone());
    // The whole meeting as one session: from the first start to the last end.
    let whole = heading.and_then(|h| {
        let first = event.sessions.first()?.start;
        let end = event.sessions.iter().map(|s| s.end(&event)).max()?;
        let minutes = u32::try_from((end - first).num_minutes()).ok()?;
        Some(Session {
            id: "agenda".into(),
            start: first,
            duration_minutes: Some(minutes.max(1)),
            signup_heading: Some(h),
            title: None,
            description: None,
            speakers: Vec::new(),
        })
    });
    view! {
        <section class="sessions agenda" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{t("agenda-heading")}</h2>
            {whole.map(|s| {
                let e = event.clone();
                view! { <Later><SignupPanel event=e.clone() session=s.clone()/></Later> }
            })}
            <Later><Agenda event=event.clone()/></Later>
        </section>
    }
}

#[component]
fn EventFacts(event: Event) -> impl IntoView {
    let facilitator = event.facilitator.clone().map(|f| {
        let name = match event.facilitator_url() {
            Some(url) => view! { <a href=url>{f.name.clone()}</a> }.into_any(),
            None => view! { <span>{f.name.clone()}</span> }.into_any(),
        };
        let affiliate = event.affiliate.clone().map(|a| {
            let label = match a.url {
                Some(url) => view! { <a href=url>{a.name}</a> }.into_any(),
                None => view! { <span>{a.name}</span> }.into_any(),
            };
            view! { " " {t("facts-from")} " " {label} }
        });
        view! { <dt>{f.role}</dt><dd dir="auto">{name}{affiliate}</dd> }
    });
    let platform_note = event
        .platform_note
        .clone()
        .map(|n| view! { <span class="note">" — " {n}</span> });
    let mail = format!("mailto:{}", event.contact_email);
    view! {
        <dl class="facts">
            {facilitator}
            <dt>{t("facts-language")}</dt><dd dir="auto">{event.language.clone()}</dd>
            <dt>{t("facts-platform")}</dt><dd dir="auto">{event.platform.clone()}{platform_note}</dd>
            <dt>{t("facts-contact")}</dt><dd><a href=mail>{event.contact_email.clone()}</a></dd>
        </dl>
        {event.page_url().map(|url| view! {
            <p class="wiki-link"><a href=url>{tr("facts-wiki-page", &[])}</a></p>
        })}
    }
}
