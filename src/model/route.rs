//! The app's routes, carried in the query string (`?event=<slug>`), so that every link lands on
//! the same index.html: a reload or a shared link works on any static host, under any sub-path,
//! with no server rewrite rules. See README "Why query routes".

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of events (or the only event, when there is just one).
    Home,
    Event(String),
    /// The event's safe-space policy.
    Policy(String),
    /// The form to report a breach of the policy.
    Report(String),
}

impl Route {
    /// Reads a route from a query string such as `?event=vsn-peer-to-peer-support`.
    pub fn from_query(query: &str) -> Route {
        let query = query.trim_start_matches('?');
        let value = |key: &str| {
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        match (value("event"), value("view").as_deref()) {
            (Some(slug), Some("policy")) => Route::Policy(slug),
            (Some(slug), Some("report")) => Route::Report(slug),
            (Some(slug), _) => Route::Event(slug),
            (None, _) => Route::Home,
        }
    }

    /// The query string for a link to this route (empty for home: the app's own URL).
    pub fn to_query(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Event(slug) => format!("?event={}", super::url::encode_component(slug)),
            Route::Policy(slug) => {
                format!("?event={}&view=policy", super::url::encode_component(slug))
            }
            Route::Report(slug) => {
                format!("?event={}&view=report", super::url::encode_component(slug))
            }
        }
    }
}
