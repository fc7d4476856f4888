//! Home: the list of events, upcoming first. With a single event, that event's page itself.
use crate::components::subscribe::Subscribe;
use crate::components::{event_link::EventLink, problem::Problem};
use crate::event_source::{load_events, load_index};
use crate::i18n::{t, tr};
use crate::loaded::loaded;
use crate::model::event::{sort_for_listing, Event, EventError};
use crate::model::feed::ALL_FEED;
use crate::pages::meeting::EventView;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let events = loaded(async {
        let (slugs, mut problems) = load_index().await?;
        let mut events = Vec::new();
        for result in load_events(&slugs).await {
            match result {
                Ok(e) => events.push(e),
                Err(e) => problems.push(e),
            }
        }
        Ok::<_, EventError>((events, problems))
    });
    move || match events.get() {
        None => view! { <p class="loading" role="status">{t("loading")}</p> }.into_any(),
        Some(result) => {
            crate::first_paint::remove_shell();
            home_view(result, app.now.get_untracked())
        }
    }
}

type Loaded = Result<(Vec<Event>, Vec<EventError>), EventError>;

fn home_view(result: Loaded, now: chrono::DateTime<chrono::Utc>) -> AnyView {
    match result {
        Err(e) => view! { <Problem error=e/> }.into_any(),
        Ok((events, problems)) if events.len() == 1 && problems.is_empty() => {
            provide_context(crate::wiki_context::WikiContext::start(&events[0]));
            view! { <EventView event=events[0].clone()/> }.into_any()
        }
        Ok((mut events, problems)) => {
            sort_for_listing(&mut events, now);
            let past = events.iter().position(|e| e.next_start(now).is_none());
            let past = past.map(|at| events.split_off(at)).unwrap_or_default();
            view! {
                <h1 class="page-title">{t("events-heading")}</h1>
                {problems.into_iter().map(|e| view! { <Problem error=e/> }).collect_view()}
                <EventList events=events/>
                <Subscribe feed=ALL_FEED.to_string() summary=t("sub-summary-all")/>
                {(!past.is_empty()).then(|| view! {
                    <details class="past-events">
                        <summary>{tr("events-past", &[&past.len().to_string()])}</summary>
                        <EventList events=past/>
                    </details>
                })}
            }
            .into_any()
        }
    }
}

/// Events as links, in the order given.
#[component]
fn EventList(events: Vec<Event>) -> impl IntoView {
    view! {
        <ul class="event-list">
            {events.into_iter().map(|e| view! { <li><EventLink event=e/></li> }).collect_view()}
        </ul>
    }
}
