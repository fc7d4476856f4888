//! An agenda on the meeting page: its slots (session cards with their titles, speakers and
//! texts) under the visitor's local days, and one calendar file for all of them with a
//! reminder before each day's first slot.
use crate::components::session_card::SessionCard;
use crate::i18n::t;
use crate::intl_time::{locale, zoned};
use crate::model::agenda::{by_day, first_of_day};
use crate::model::calendar::agenda_ics;
use crate::model::event::Event;
use crate::model::url::encode_component;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Agenda(event: Event) -> impl IntoView {
    let app = use_app();
    // "My sessions": stars on the slots, a filter and their own .ics (calendar-choices.js).
    crate::components::subscribe::load_choices();
    let event = StoredValue::new(event);
    // Rebuilt when the zone changes (the days do); the cards follow "now" themselves.
    move || {
        let (zone, locale) = (app.zone(), locale());
        event.with_value(|e| {
            let local: Vec<_> = e.sessions.iter().map(|s| zoned(s.start, &zone, &locale)).collect();
            let dates: Vec<_> = local
                .iter()
                .zip(&e.sessions)
                .map(|(z, s)| z.as_ref().map_or(s.start.date_naive(), |z| z.ymd))
                .collect();
            let ics = agenda_ics(e, &first_of_day(&dates), |_| true, app.now.get_untracked());
            let href = format!("data:text/calendar;charset=utf-8,{}", encode_component(&ics));
            let count = e.sessions.len();
            let days = by_day(&dates).into_iter().map(|(_, slots)| {
                let day = local[slots[0]].as_ref().map(|z| z.day.clone());
                let cards = slots.into_iter().map(|i| {
                    view! { <SessionCard event=e.clone() session=e.sessions[i].clone() number=i + 1 count/> }
                });
                view! {
                    <section class="agenda-day">
                        <h3>{day}</h3>
                        <ol class="session-list">{cards.collect_view()}</ol>
                    </section>
                }
            });
            view! {
                <p><a class="button cal-agenda" href=href download=format!("{}.ics", e.slug)>{t("agenda-ics")}</a></p>
                {days.collect_view()}
            }
        })
    }
}
