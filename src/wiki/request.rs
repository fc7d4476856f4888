//! The one place that builds MediaWiki Action API requests.
use super::transport::HttpRequest;
use crate::model::url::encode_component;

/// How requests identify the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    /// Reads only: `origin=*`, no cookies.
    Anonymous,
    /// The wiki's own session cookie; the wiki lists the app's origin in $wgCrossSiteAJAXdomains.
    WikiSession { origin: String },
    /// OAuth 2 access token; `crossorigin` marks a CORS request without cookies.
    Bearer { token: String },
}

/// One API call: its parameters, and whether it must be POSTed (writes).
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub post: bool,
    pub params: Vec<(&'static str, String)>,
}

fn get(params: &[(&'static str, &str)]) -> Call {
    Call {
        post: false,
        params: params.iter().map(|(k, v)| (*k, v.to_string())).collect(),
    }
}

fn post(params: &[(&'static str, &str)]) -> Call {
    Call {
        post: true,
        ..get(params)
    }
}

/// The whole page in one read: wikitext, every section with its byte offset, the revision.
pub fn read_page(title: &str) -> Call {
    get(&[
        ("action", "parse"),
        ("page", title),
        ("prop", "wikitext|sections|revid"),
        ("redirects", "1"),
    ])
}

/// One revision of the page, read like `read_page` (to see the line an edit just wrote).
pub fn read_revision(revid: u64) -> Call {
    get(&[
        ("action", "parse"),
        ("oldid", &revid.to_string()),
        ("prop", "wikitext|sections|revid"),
    ])
}

/// The wiki's own names for the user, user talk and special namespaces (signatures use them).
pub fn site_names() -> Call {
    get(&[
        ("action", "query"),
        ("meta", "siteinfo"),
        ("siprop", "namespaces|namespacealiases"),
    ])
}

pub fn csrf_token() -> Call {
    get(&[("action", "query"), ("meta", "tokens"), ("type", "csrf")])
}

/// Who is signed in, whether others can send them wiki mail, and the CSRF token for their
/// writes, in one call.
pub fn user_info() -> Call {
    get(&[
        ("action", "query"),
        ("meta", "userinfo|tokens"),
        ("type", "csrf"),
        ("uiprop", "email|options"),
    ])
}

/// Adds `# ~~~~` at the end of one section. `nocreate` and `assert=user` make sure it never
/// creates a page or edits as an anonymous IP.
pub fn append_signup(title: &str, section: &str, summary: &str, token: &str) -> Call {
    post(&[
        ("action", "edit"),
        ("title", title),
        ("section", section),
        ("appendtext", crate::model::signup::SIGNUP_APPENDTEXT),
        ("summary", summary),
        ("nocreate", "1"),
        ("assert", "user"),
        ("watchlist", "nochange"),
        ("token", token),
    ])
}

/// Replaces one section's text, failing with `editconflict` if that section changed since
/// `baserevid`.
pub fn replace_section(
    title: &str,
    section: &str,
    text: &str,
    baserevid: u64,
    summary: &str,
    token: &str,
) -> Call {
    let rev = baserevid.to_string();
    post(&[
        ("action", "edit"),
        ("title", title),
        ("section", section),
        ("text", text),
        ("baserevid", &rev),
        ("summary", summary),
        ("nocreate", "1"),
        ("assert", "user"),
        ("watchlist", "nochange"),
        ("token", token),
    ])
}

/// Wiki mail to one user (`Special:EmailUser`); `ccme` sends the sender a copy.
pub fn email_user(target: &str, subject: &str, text: &str, token: &str) -> Call {
    post(&[
        ("action", "emailuser"),
        ("target", target),
        ("subject", subject),
        ("text", text),
        ("ccme", "1"),
        ("token", token),
    ])
}

fn form(params: &[(&str, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The HTTP request for `call`. Auth parameters always go in the URL: MediaWiki checks
/// `origin` before it reads a POST body.
pub fn to_http(
    endpoint: &str,
    auth: &Auth,
    user_agent: &str,
    maxlag: Option<i32>,
    call: &Call,
) -> HttpRequest {
    let mut query: Vec<(&str, String)> = vec![
        ("format", "json".into()),
        ("formatversion", "2".into()),
        ("errorformat", "plaintext".into()),
    ];
    match auth {
        Auth::Anonymous => query.push(("origin", "*".into())),
        Auth::WikiSession { origin } => query.push(("origin", origin.clone())),
        Auth::Bearer { .. } => query.push(("crossorigin", String::new())),
    }
    if let Some(lag) = maxlag {
        query.push(("maxlag", lag.to_string()));
    }
    // A plain GET stays a simple CORS request: no preflight round trip before the lists can be
    // read. Requests the browser preflights anyway (writes, OAuth) say who is asking.
    let mut headers = Vec::new();
    if call.post || matches!(auth, Auth::Bearer { .. }) {
        headers.push(("Api-User-Agent".to_string(), user_agent.to_string()));
    }
    if let Auth::Bearer { token } = auth {
        headers.push(("Authorization".into(), format!("Bearer {token}")));
    }
    let body = if call.post {
        headers.push((
            "Content-Type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
        Some(form(&call.params))
    } else {
        query.extend(call.params.iter().cloned());
        None
    };
    HttpRequest {
        url: format!("{endpoint}?{}", form(&query)),
        body,
        headers,
        with_credentials: matches!(auth, Auth::WikiSession { .. }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_is_a_simple_cors_request_and_writes_say_who_asks() {
        let read = get(&[("action", "parse")]);
        let anonymous = to_http(
            "https://w/api.php",
            &Auth::Anonymous,
            "wikimeet",
            None,
            &read,
        );
        assert!(anonymous.headers.is_empty() && anonymous.body.is_none());
        let session = Auth::WikiSession {
            origin: "https://app".into(),
        };
        assert!(
            to_http("https://w/api.php", &session, "wikimeet", None, &read)
                .headers
                .is_empty()
        );
        let write = Call {
            post: true,
            params: vec![("action", "edit".into())],
        };
        let edit = to_http("https://w/api.php", &session, "wikimeet", None, &write);
        assert!(edit
            .headers
            .contains(&("Api-User-Agent".into(), "wikimeet".into())));
        let bearer = Auth::Bearer { token: "t".into() };
        let oauth_read = to_http("https://w/api.php", &bearer, "wikimeet", None, &read);
        assert_eq!(oauth_read.headers.len(), 2, "{:?}", oauth_read.headers);
    }
}
