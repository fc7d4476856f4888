//! An event in the home list: its title and when its next session is, in the visitor's zone.
use crate::i18n::{t, tr};
use crate::intl_time::{locale, zoned};
use crate::model::event::Event;
use crate::model::route::Route;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn EventLink(event: Event) -> impl IntoView {
    let app = use_app();
    let route = Route::Event(event.slug.clone());
    let href = route.href();
    let when = {
        let event = event.clone();
        move || {
            let zone = app.zone();
            match event.next_start(app.now.get()) {
                Some(t) => zoned(t, &zone, &locale()).map(|z| tr("list-next", &[&z.date, &z.time])),
                None => {
                    zoned(event.last_start(), &zone, &locale()).map(|z| tr("list-past", &[&z.date]))
                }
            }
        }
    };
    view! {
        <a class="event-card" href=href on:click=move |ev| {
            ev.prevent_default();
            app.navigate(route.clone());
        }>
            {event.series.clone().map(|s| view! { <span class="series">{s}</span> })}
            <span class="event-card-title">{event.title.clone()}</span>
            <span class="event-card-when">{when}</span>
            <span class="visually-hidden">{t("list-open")}</span>
        </a>
    }
}
