//! The state every page and component reads: the route, the zone sessions are shown in, the
//! current time and the UI language; and moving between routes. The shell (`app.rs`) provides
//! it; pages and components use it (`use_app`), never the shell itself.
use crate::model::route::Route;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// State every page reads.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: RwSignal<Route>,
    /// The zone sessions are shown in; None follows the device.
    pub chosen_zone: RwSignal<Option<String>>,
    /// The device's own zone, read once at start.
    pub device_zone: StoredValue<String>,
    /// "Now", refreshed every 30 s so relative times stay true on an open page.
    pub now: RwSignal<DateTime<Utc>>,
    /// The UI language; every view is rebuilt when it changes.
    pub lang: RwSignal<&'static str>,
}

impl AppState {
    pub fn zone(&self) -> String {
        self.chosen_zone
            .get()
            .unwrap_or_else(|| self.device_zone.get_value())
    }

    /// Goes to `route` without reloading: a history entry, so Back works. A route the other
    /// built page serves is a page load.
    pub fn navigate(&self, route: Route) {
        if !serves(&route) {
            leave_for(&route, false);
            return;
        }
        if let Some(w) = web_sys::window() {
            let path = w.location().pathname().unwrap_or_default();
            let url = format!("{path}{}", route.to_query());
            let _ = w
                .history()
                .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
            w.scroll_to_with_x_and_y(0.0, 0.0);
            // Keyboard and screen-reader users land at the start of the new page's content.
            if let Some(main) = w.document().and_then(|d| d.get_element_by_id("main")) {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
        self.route.set(route);
    }
}

/// Whether this build serves `route` (Cargo features `meeting` and `safe-space`).
pub fn serves(route: &Route) -> bool {
    let (safe_space, meeting) = (cfg!(feature = "safe-space"), cfg!(feature = "meeting"));
    (route.is_safe_space() && safe_space) || (!route.is_safe_space() && meeting)
}

/// Loads the page that serves `route`; `replace` keeps this address out of the history.
pub fn leave_for(route: &Route, replace: bool) {
    if let Some(w) = web_sys::window() {
        let l = w.location();
        let _ = if replace {
            l.replace(&route.href())
        } else {
            l.assign(&route.href())
        };
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

pub fn current_route() -> Route {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Route::from_query(&query)
}
