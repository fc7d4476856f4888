//! Loads one event by slug, connects its wiki (one read serves lists and policy) and shows the
//! view a page asks for (`pages::page_for`); a file that cannot be used shows its problem.
use crate::components::problem::Problem;
use crate::event_source::load_event;
use crate::i18n::t;
use crate::loaded::loaded;
use crate::model::event::Event;
use crate::wiki_context::WikiContext;
use leptos::prelude::*;

/// The view of a loaded event: the meeting, its policy, the report form or the widget.
pub type ShowEvent = fn(Event) -> AnyView;

#[component]
pub fn EventPage(slug: String, show: ShowEvent) -> impl IntoView {
    let event = loaded(async move { load_event(&slug).await });
    move || match event.get() {
        None => view! { <p class="loading" role="status">{t("loading")}</p> }.into_any(),
        Some(result) => {
            crate::first_paint::remove_shell();
            match result {
                Ok(e) => {
                    provide_context(WikiContext::start(&e));
                    show(e)
                }
                Err(e) => view! { <Problem error=e/> }.into_any(),
            }
        }
    }
}
