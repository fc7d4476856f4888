//! One file per route. Each is compiled only into the page that serves it (Cargo features
//! `meeting`, `safe-space` and `organiser`, ARCHITECTURE.md "The pages"): meeting-page code
//! that used a safe-space module would not build. The organiser page's preview is the meeting
//! page's own view (`meeting::EventView`).
use crate::model::route::Route;
use leptos::prelude::*;

pub mod event;
#[cfg(feature = "meeting")]
pub mod home;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod meeting;
#[cfg(feature = "organiser")]
pub mod organiser;

#[cfg(feature = "safe-space")]
pub mod embed;
#[cfg(feature = "safe-space")]
pub mod policy;
#[cfg(feature = "safe-space")]
pub mod report;

/// The view of `route`, when this build serves it (`state::serves` says the same).
pub fn page_for(route: &Route) -> Option<AnyView> {
    #[cfg(feature = "meeting")]
    if let Some(view) = meeting_page(route) {
        return Some(view);
    }
    #[cfg(feature = "safe-space")]
    if let Some(view) = safe_space_page(route) {
        return Some(view);
    }
    // organiser.html shows itself whatever its query (`state::serves` sends links elsewhere).
    let _ = route;
    #[cfg(feature = "organiser")]
    return Some(view! { <organiser::OrganiserPage/> }.into_any());
    #[cfg(not(feature = "organiser"))]
    None
}

#[cfg(any(feature = "meeting", feature = "safe-space"))]
fn event_page(slug: &str, show: event::ShowEvent) -> Option<AnyView> {
    let slug = slug.to_string();
    Some(view! { <event::EventPage slug show/> }.into_any())
}

#[cfg(feature = "meeting")]
fn meeting_page(route: &Route) -> Option<AnyView> {
    match route {
        Route::Home => Some(view! { <home::HomePage/> }.into_any()),
        Route::Event(slug) => {
            event_page(slug, |e| view! { <meeting::EventView event=e/> }.into_any())
        }
        _ => None,
    }
}

#[cfg(feature = "safe-space")]
fn safe_space_page(route: &Route) -> Option<AnyView> {
    match route {
        Route::Policy(slug) => {
            event_page(slug, |e| view! { <policy::PolicyView event=e/> }.into_any())
        }
        Route::Report(slug) => {
            event_page(slug, |e| view! { <report::ReportView event=e/> }.into_any())
        }
        Route::Embed(slug) => {
            event_page(slug, |e| view! { <embed::EmbedView event=e/> }.into_any())
        }
        _ => None,
    }
}
