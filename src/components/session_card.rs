//! One session (or an agenda slot, with its title, speakers, text and "next"): its time in the
//! chosen zone and in UTC, where it stands relative to now, and calendar export.
use crate::components::calendar_links::CalendarLinks;
use crate::components::later::Later;
use crate::components::signup_panel::SignupPanel;
use crate::i18n::{t, tr};
use crate::intl_time::{locale, zoned, Zoned};
use crate::model::event::{Event, Session, Speaker};
use crate::model::time::{day_shift, iso_utc, standing, Standing};
use crate::state::use_app;
use leptos::prelude::*;

/// "in 3 days", "starts in 2 h 10 min", "live now", "ended 2 years ago".
pub fn standing_text(s: Standing) -> String {
    let (key, numbers) = s.message();
    let numbers: Vec<String> = numbers.iter().map(i64::to_string).collect();
    tr(key, &numbers.iter().map(String::as_str).collect::<Vec<_>>())
}

/// "16:00", "16:00 – 17:30" or "23:00 – 00:30 (next day)" in the reader's zone.
pub fn time_text(from: &Zoned, to: &Zoned, has_duration: bool) -> String {
    match (has_duration, to.ymd != from.ymd) {
        (false, _) => from.time.clone(),
        (true, false) => tr("time-range", &[&from.time, &to.time]),
        (true, true) => tr("time-range-next-day", &[&from.time, &to.time]),
    }
}

#[component]
pub fn SessionCard(event: Event, session: Session, number: usize, count: usize) -> impl IntoView {
    let app = use_app();
    let locale = StoredValue::new(locale());
    let start = session.start;
    let end = session.end(&event);
    let has_duration = session.duration_minutes.is_some();
    let now_standing = move || standing(app.now.get(), start, end);
    let utc = zoned(start, "UTC", &locale.get_value());
    let local = move || {
        let zone = app.zone();
        let from = zoned(start, &zone, &locale.get_value())?;
        let to = zoned(end, &zone, &locale.get_value())?;
        Some((zone, from, to))
    };
    let title = if let Some(title) = &session.title {
        title.clone()
    } else if count > 1 {
        tr("session-n-of-m", &[&number.to_string(), &count.to_string()])
    } else {
        t("session-one")
    };
    let heading_id = format!("session-{}", session.id);
    // An agenda marks the slot that comes next; its slots may name speakers.
    let next_start = {
        let e = event.clone();
        move |now| e.next_start(now)
    };
    let event_next = move |now| event.agenda && next_start(now) == Some(start) && start > now;
    let speakers = (!session.speakers.is_empty()).then(|| {
        let names = session.speakers.iter().enumerate().map(|(i, s)| {
            // A wiki user links to their user page; a name is text (an <a> without href).
            let (name, href) = match s {
                Speaker::WikiUser(u) => (
                    u.clone(),
                    event
                        .wiki
                        .as_ref()
                        .map(|w| w.article_url(&format!("User:{u}"))),
                ),
                Speaker::Name(n) => (n.clone(), None),
            };
            view! { {(i > 0).then_some(", ")}<a href=href>{name}</a> }
        });
        view! { <p class="speakers" dir="auto">{t("agenda-with")} " " {names.collect_view()}</p> }
    });
    let utc_date = start.date_naive();

    let local_view = move || {
        local().map(|(zone, from, to)| {
            let time = time_text(&from, &to, has_duration);
            let shift = day_shift(from.ymd, utc_date);
            let shift_note = (shift != 0).then(|| {
                let key = if shift > 0 {
                    "date-later-than-utc"
                } else {
                    "date-earlier-than-utc"
                };
                view! { <p class="day-shift" role="note">{tr(key, &[&from.day])}</p> }
            });
            view! {
                <p class="local">
                    <span class="local-date">{from.date.clone()}</span>
                    <span class="sep">", "</span>
                    <time class="local-time" datetime=iso_utc(start)>{time}</time>
                </p>
                <p class="zone">{tr("zone-line", &[&from.zone_name, &zone, &from.offset])}</p>
                {shift_note}
            }
        })
    };

    let (cal_event, cal_session) = (event.clone(), session.clone());
    view! {
        <li class="session" class:past=move || now_standing().is_past() aria-labelledby=heading_id>
            <div class="session-head">
                <h3 id=heading_id.clone()>{title}</h3>
                <span class="standing" class:live=move || now_standing() == Standing::Live>
                    {move || standing_text(now_standing())}
                </span>
            </div>
            {move || (event_next(app.now.get())).then(|| view! { <strong class="slot-badge">{t("agenda-next")}</strong> })}
            {speakers}
            {session.description.clone().map(|d| view! { <p class="slot-text" dir="auto">{d}</p> })}
            {local_view}
            {utc.map(|u| view! {
                <p class="utc">{tr("utc-line", &[&u.date, &u.time])}</p>
            })}
            {(!has_duration).then(|| view! {
                <p class="duration-note">{tr("duration-unstated", &[&event.calendar_default_minutes.to_string()])}</p>
            })}
            <Later>
                // An agenda with one list for the whole meeting shows it once, not per slot.
                {(!event.agenda || session.signup_heading.is_some()).then(|| view! {
                    <SignupPanel event=event.clone() session=session.clone()/>
                })}
            </Later>
            <Later><CalendarLinks event=cal_event.clone() session=cal_session.clone()/></Later>
        </li>
    }
}
