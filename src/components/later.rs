//! Renders its children in a task of their own, after the browser has had a turn: start-up is
//! cut into shorter tasks (the meeting's title and next session first, then the rest of the
//! meeting, each session card, each card's sign-up panel and calendar links, the zone picker,
//! the account box, the embed box, the language picker), so a slow phone answers a tap sooner
//! (BENCHMARKS.md, Total Blocking Time). What it wraps must not move what is above it when it
//! appears.
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    move || ready.get().then(|| children())
}
