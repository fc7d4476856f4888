//! Links between an event's pages: the meeting, its safe-space policy, the report form.
use crate::i18n::t;
use crate::model::route::Route;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn EventNav(slug: String) -> impl IntoView {
    let app = use_app();
    let link = move |route: Route, label: String| {
        let href = route.href();
        let target = route.clone();
        let current = move || (app.route.get() == route).then_some("page");
        view! {
            <a href=href aria-current=current on:click=move |ev| {
                ev.prevent_default();
                app.navigate(target.clone());
            }>{label}</a>
        }
    };
    view! {
        <nav class="event-nav" aria-label=t("nav-label")>
            {link(Route::Event(slug.clone()), t("nav-meeting"))}
            {link(Route::Policy(slug.clone()), t("nav-policy"))}
            {link(Route::Report(slug), t("nav-report"))}
        </nav>
    }
}
