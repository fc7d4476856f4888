//! "Subscribe": a calendar that follows the meeting (`events/<name>.ics`) or every meeting the
//! site lists (`events/all.ics`). Only its place is here; `calendar-choices.js`, a plain script
//! loaded when first used, fills it (and an agenda's "my sessions"): it costs the meeting
//! page's first view nothing (BENCHMARKS.md "Calendar choices"). early.js loads it when the
//! choices are opened on the meeting page (a listener costs less there than a handler here);
//! `load_choices` when an agenda or the widget is shown.
use leptos::prelude::*;

/// Loads `calendar-choices.js` once.
pub fn load_choices() {
    crate::plain_script::load("calendar-choices", "calendar-choices.js");
}

/// `feed`: the feed's path in this folder, offered only when it was written from the event
/// files served now; `summary`: what the choices are.
#[component]
pub fn Subscribe(feed: String, summary: String) -> impl IntoView {
    view! {
        <details class="subscribe" data-feed=feed>
            <summary>{summary}</summary>
        </details>
    }
}
