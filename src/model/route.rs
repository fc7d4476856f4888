//! The app's routes, carried in the query string (`?event=<slug>`), so that every link lands on
//! the same index.html: a reload or a shared link works on any static host, under any sub-path,
//! with no server rewrite rules. See README "Why query routes".

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of events (or the only event, when there is just one).
    Home,
    Event(String),
}

impl Route {
    /// Reads a route from a query string such as `?event=vsn-peer-to-peer-support`.
    pub fn from_query(query: &str) -> Route {
        let query = query.trim_start_matches('?');
        for pair in query.split('&') {
            if let Some(slug) = pair.strip_prefix("event=") {
                if !slug.is_empty() {
                    return Route::Event(slug.to_string());
                }
            }
        }
        Route::Home
    }

    /// The query string for a link to this route (empty for home: the app's own URL).
    pub fn to_query(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Event(slug) => format!("?event={}", super::url::encode_component(slug)),
        }
    }
}
