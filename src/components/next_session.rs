//! The next session's local date and time right under the title (the last session's when all
//! are past), so a phone's first screen says when without scrolling. `early.js` shows the same
//! line in the shell before the app runs; the full session cards stay further down.
use crate::components::session_card::time_text;
use crate::i18n::t;
use crate::intl_time::{locale, zoned};
use crate::model::event::Event;
use crate::model::time::iso_utc;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NextSession(event: Event) -> impl IntoView {
    let app = use_app();
    let locale = StoredValue::new(locale());
    let line = move || {
        let now = app.now.get();
        let session = event.session_to_show(now)?;
        let label = match session.end(&event) > now {
            true => "next-session",
            false => "last-session",
        };
        let zone = app.zone();
        let from = zoned(session.start, &zone, &locale.get_value())?;
        let to = zoned(session.end(&event), &zone, &locale.get_value())?;
        let when = format!(
            "{}, {}",
            from.date,
            time_text(&from, &to, session.duration_minutes.is_some())
        );
        Some(view! {
            <span class="next-label">{t(label)}</span>
            " "
            <time datetime=iso_utc(session.start)>{when}</time>
            " "
            <span class="next-zone">{from.offset}</span>
        })
    };
    view! { <p class="next-when">{line}</p> }
}
