//! Step 3: the Content-Security-Policy: this site, every Wikimedia wiki (and any other wiki the
//! event files name at build time), the inline texts' hashes.
use wikimeet::model::event::Event;
use wikimeet::model::url::origin;

pub const CSP_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// The Wikimedia projects' domains. Each is allowed with its subdomains (languages, `www.`,
/// `meta.`, `commons.`) and bare (`*.x.org` does not match `x.org`), so an organiser can point
/// an event file at any Wikimedia wiki without touching the pages.
pub const WIKIMEDIA: [&str; 12] = [
    "wikipedia.org",
    "wikimedia.org",
    "wikidata.org",
    "wiktionary.org",
    "wikibooks.org",
    "wikinews.org",
    "wikiquote.org",
    "wikisource.org",
    "wikiversity.org",
    "wikivoyage.org",
    "mediawiki.org",
    "wikifunctions.org",
];

fn wikimedia_sources() -> Vec<String> {
    WIKIMEDIA
        .iter()
        .flat_map(|d| [format!("https://{d}"), format!("https://*.{d}")])
        .collect()
}

fn is_wikimedia(origin: &str) -> bool {
    let Some(host) = origin.strip_prefix("https://") else {
        return false;
    };
    WIKIMEDIA
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// Only what the app needs: its own files and inline texts, WebAssembly compilation, a worker
/// from a blob (early.js's, which fetches and compiles the wasm), and the
/// wikis: every Wikimedia one, and any other an event file names when the site is built (a wiki
/// added later is added by hand: HOSTING.txt).
pub fn csp(events: &[Event], scripts: &[String], styles: &[String]) -> String {
    let mut wikis = wikimedia_sources();
    for e in events {
        let Some(w) = &e.wiki else { continue };
        let urls = [
            Some(w.api.as_str()),
            w.oauth.as_ref().map(|o| o.rest.as_str()),
        ];
        for origin in urls.into_iter().flatten().filter_map(origin) {
            if !is_wikimedia(&origin) && !wikis.contains(&origin) {
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
        "default-src 'none'; script-src {}; worker-src 'self' blob:; manifest-src 'self'; style-src {}; \
         img-src 'self' data:; connect-src {}; base-uri 'none'; form-action 'none'",
        with("'self' 'wasm-unsafe-eval'", scripts),
        with("'self'", styles),
        with("'self'", &wikis),
    )
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
        let mut local = e.clone();
        local.wiki.as_mut().unwrap().api = "http://127.0.0.1:8181/w/api.php".into();
        let policy = csp(&[e.clone(), e, local], &[], &[]);
        let connect = policy.split("connect-src ").nth(1).unwrap();
        let connect: Vec<&str> = connect.split(';').next().unwrap().split(' ').collect();
        // Every Wikimedia project bare and with its subdomains, once; then the other wiki.
        assert_eq!(connect.len(), 1 + 2 * WIKIMEDIA.len() + 1, "{policy}");
        for source in ["'self'", "https://wikipedia.org", "https://*.wikipedia.org"] {
            assert!(connect.contains(&source), "{source} in {policy}");
        }
        assert!(connect.contains(&"https://*.wikifunctions.org"), "{policy}");
        assert_eq!(connect.last(), Some(&"http://127.0.0.1:8181"));
        assert!(
            !policy.contains("meta.wikimedia.org"),
            "covered by *.wikimedia.org"
        );
        assert!(
            is_wikimedia("https://es.m.wikipedia.org") && is_wikimedia("https://mediawiki.org")
        );
        assert!(
            !is_wikimedia("https://wikipedia.org.example") && !is_wikimedia("http://wikipedia.org")
        );
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!policy.contains("unsafe-inline"));
        assert_eq!(
            origin("http://127.0.0.1:8181/w/api.php").as_deref(),
            Some("http://127.0.0.1:8181")
        );
        assert_eq!(origin("https://x\"; script-src *"), None);
        assert_eq!(origin("events/index.json"), None);
    }
}
