//! Renders its children in a task of their own, after the browser has had a turn: the meeting
//! page's start-up is cut into shorter tasks (sessions first, then sign-up panels, pickers,
//! the embed box), so a slow phone answers a tap sooner (BENCHMARKS.md, Total Blocking Time).
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    move || ready.get().then(|| children())
}
