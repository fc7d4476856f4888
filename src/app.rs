//! The app shell: provides the shared state (`state.rs`) and switches between the pages.
use crate::i18n::t;
use crate::model::route::Route;
use crate::pages::page_for;
use crate::state::{current_route, leave_for, AppState};
use chrono::Utc;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

/// The language picker, a task after the first render.
#[cfg(not(feature = "organiser"))]
fn language_picker() -> impl IntoView {
    use crate::{components::later::Later, language_picker::LanguagePicker};
    view! { <Later><LanguagePicker/></Later> }
}

/// None on the organiser page: its messages are in English only.
#[cfg(feature = "organiser")]
fn language_picker() -> impl IntoView {}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        route: RwSignal::new(current_route()),
        chosen_zone: RwSignal::new(
            crate::storage::chosen_zone().filter(|z| crate::intl_time::zone_is_known(z)),
        ),
        device_zone: StoredValue::new(crate::intl_time::device_zone()),
        now: RwSignal::new(Utc::now()),
        lang: RwSignal::new(crate::i18n::language()),
    };
    provide_context(state);
    let notice = RwSignal::new(None::<String>);
    let completing = RwSignal::new(false);
    finish_oauth_sign_in(state, notice, completing);
    set_interval(move || state.now.set(Utc::now()), Duration::from_secs(30));

    // Back and Forward change the query: follow them.
    let on_pop = Closure::<dyn Fn()>::new(move || state.route.set(current_route()));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    on_pop.forget();

    // The widget in an affiliate's iframe is decided once: it never navigates in its frame
    // (its links open the full page). Moving between the other pages then rebuilds only what
    // is inside <main>, which keeps its focus.
    let embed = match state.route.get_untracked() {
        Route::Embed(slug) => Some(slug),
        _ => None,
    };
    move || {
        state.lang.track();
        // The widget in an affiliate's iframe: no header, no navigation.
        if let Some(slug) = embed.clone() {
            return view! { <main id="main" class="embed">{page_for(&Route::Embed(slug))}</main> }
                .into_any();
        }
        view! {
        <header class="site-header">
            <a class="brand" href="./" on:click=move |ev| {
                ev.prevent_default();
                state.navigate(Route::Home);
            }>{t("app-name")}</a>
            {language_picker()}
        </header>
        <main id="main" tabindex="-1">
            {move || notice.get().map(|n| view! { <p class="notice field-error" role="alert">{n}</p> })}
            {move || match (completing.get(), state.route.get()) {
                (true, _) => view! { <p class="loading" role="status">{t("account-finishing")}</p> }.into_any(),
                (false, route) => page_for(&route).unwrap_or_else(|| {
                    // Reached by an old link or Back: the other page shows it.
                    leave_for(&route, true);
                    view! { <p class="loading" role="status">{t("loading")}</p> }.into_any()
                }),
            }}
        </main>
        }
        .into_any()
    }
}

/// When this load is the wiki's answer to an OAuth sign-in, completes it, then puts the address
/// back as it was before signing in (the code must not stay in the address bar or history).
fn finish_oauth_sign_in(
    state: AppState,
    notice: RwSignal<Option<String>>,
    completing: RwSignal<bool>,
) {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if crate::wiki::oauth::callback(&query).is_none() {
        return;
    }
    completing.set(true);
    leptos::task::spawn_local(async move {
        if let Some((back_to, result)) = crate::sign_in::complete(&query).await {
            if let Some(w) = web_sys::window() {
                let path = w.location().pathname().unwrap_or_default();
                let _ = w.history().and_then(|h| {
                    h.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("{path}{back_to}")),
                    )
                });
            }
            if let Err(e) = result {
                notice.set(Some(crate::i18n::tr(
                    "account-sign-in-failed",
                    &[&e.message()],
                )));
            }
            state.route.set(Route::from_query(&back_to));
        }
        completing.set(false);
    });
}
