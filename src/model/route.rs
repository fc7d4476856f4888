//! The app's routes, carried in the query string (`?event=<slug>`), so that every link lands on
//! the same index.html: a reload or a shared link works on any static host, under any sub-path,
//! with no server rewrite rules. See ARCHITECTURE.md "Why query routes".
use super::url::decode_component;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of events (or the only event, when there is just one).
    Home,
    Event(String),
    /// The event's safe-space policy.
    Policy(String),
    /// The form to report a breach of the policy.
    Report(String),
    /// The compact widget affiliates put in an iframe.
    Embed(String),
}

/// The page that serves the policy, the report form and the widget for other sites (its own
/// build, see Cargo.toml).
pub const SAFE_SPACE_PAGE: &str = "safe-space.html";

/// The page organisers make event files with (its own build, Cargo feature `organiser`): it
/// serves no route but its own, whatever its query, and links to the others.
pub const ORGANISER_PAGE: &str = "organiser.html";

impl Route {
    /// The policy, the report form and the widget: served by [`SAFE_SPACE_PAGE`], the rest
    /// (what a participant opens first) by index.html.
    pub fn is_safe_space(&self) -> bool {
        matches!(self, Route::Policy(_) | Route::Report(_) | Route::Embed(_))
    }

    /// A relative link to this route on the page that serves it.
    pub fn href(&self) -> String {
        let page = if self.is_safe_space() {
            SAFE_SPACE_PAGE
        } else {
            "./"
        };
        format!("{page}{}", self.to_query())
    }

    /// Reads a route from a query string such as `?event=vsn-peer-to-peer-support`.
    pub fn from_query(query: &str) -> Route {
        let query = query.trim_start_matches('?');
        let value = |key: &str| {
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
                .filter(|v| !v.is_empty())
                .map(decode_component) // as typed: a bad name is shown as the person wrote it
        };
        match (value("event"), value("view").as_deref()) {
            (Some(slug), Some("policy")) => Route::Policy(slug),
            (Some(slug), Some("report")) => Route::Report(slug),
            (Some(slug), Some("embed")) => Route::Embed(slug),
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
            Route::Embed(slug) => {
                format!("?event={}&view=embed", super::url::encode_component(slug))
            }
        }
    }
}

/// How an embedding page asked the widget to look and whom it may tell its height.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The embedding page's origin (`https://example.org`): the only one told the height.
    pub host: Option<String>,
    /// An accent colour as `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// "light" or "dark"; None follows the system.
    pub theme: Option<&'static str>,
}

impl EmbedOptions {
    /// Reads `host`, `accent` and `theme`; anything malformed is ignored, never injected.
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut out = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let value = decode_component(value);
            match key {
                "host" if is_origin(&value) => out.host = Some(value),
                "accent" => {
                    let hex = value.trim_start_matches('#');
                    if matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                        out.accent = Some(format!("#{hex}"));
                    }
                }
                "theme" => out.theme = ["light", "dark"].into_iter().find(|t| *t == value),
                _ => {}
            }
        }
        out
    }
}

/// `scheme://host[:port]` and nothing more.
fn is_origin(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}
