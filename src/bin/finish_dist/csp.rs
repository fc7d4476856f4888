//! Step 3: the Content-Security-Policy: this site, the events' wikis, the inline texts' hashes.
use wikimeet::model::event::Event;

pub const CSP_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// Only what the app needs: its own files and inline texts, WebAssembly compilation, and the
/// events' wikis.
pub fn csp(events: &[Event], scripts: &[String], styles: &[String]) -> String {
    let mut wikis: Vec<String> = Vec::new();
    for e in events {
        let Some(w) = &e.wiki else { continue };
        let urls = [
            Some(w.api.as_str()),
            w.oauth.as_ref().map(|o| o.rest.as_str()),
        ];
        for origin in urls.into_iter().flatten().filter_map(origin) {
            if !wikis.contains(&origin) {
                wikis.push(origin);
            }
        }
    }
    let with = |first: &str, more: &[String]| {
        std::iter::once(first.to_string())
            .chain(more.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'self' data:; \
         connect-src {}; base-uri 'none'; form-action 'none'",
        with("'self' 'wasm-unsafe-eval'", scripts),
        with("'self'", styles),
        with("'self'", &wikis),
    )
}

/// `https://meta.wikimedia.org/w/api.php` → `https://meta.wikimedia.org`.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty() && !host.contains(['"', '\'', ' ', ';']))
        .then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn csp_of(html: &str) -> &str {
        let start = html.find(CSP_START).unwrap() + CSP_START.len();
        &html[start..start + html[start..].find('"').unwrap()]
    }

    #[test]
    fn csp_names_only_the_wikis_origins() {
        let text = include_str!("../../../public/events/vsn-peer-to-peer-support.json");
        let e = Event::from_json("vsn.json", text).unwrap();
        let policy = csp(&[e.clone(), e], &[], &[]);
        assert!(
            policy.contains("connect-src 'self' https://meta.wikimedia.org;"),
            "{policy}"
        );
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!policy.contains("unsafe-inline"));
        assert_eq!(
            origin("http://127.0.0.1:8181/w/api.php").as_deref(),
            Some("http://127.0.0.1:8181")
        );
        assert_eq!(origin("https://x\"; script-src *"), None);
    }
}
