//! Finishes a built site directory (Trunk's `dist/`, or a copy with more event files):
//! 1. moves Trunk's inline start-up script into a file, so the page runs no inline script;
//! 2. writes the default event's sessions into the page as plain HTML (`#shell`), so a slow
//!    phone shows them (in local time, by `early.js`) long before the WebAssembly has loaded;
//! 3. sets a Content-Security-Policy allowing only this site and the wikis its events name.
//!
//! Usage: finish_dist DIR. Safe to run again on the same directory (after adding events).
use std::fs;
use std::path::Path;
use wikimeet::event_source::{event_file, parse_index, INDEX_FILE};
use wikimeet::model::event::Event;
use wikimeet::model::time::{iso_utc, utc_label};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    if let Err(e) = finish(Path::new(&dir)) {
        eprintln!("finish_dist {dir}: {e}");
        std::process::exit(1);
    }
}

fn finish(dir: &Path) -> Result<(), String> {
    let read = |p: &Path| fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let index = dir.join("index.html");
    let mut html = read(&index)?;
    if let Some((loader, rest)) = take_inline_loader(&html) {
        let name = format!("start-{:016x}.js", fnv1a(loader.as_bytes()));
        fs::write(dir.join(&name), loader).map_err(|e| e.to_string())?;
        html = rest.replace(
            LOADER_MARK,
            &format!("<script type=\"module\" src=\"./{name}\"></script>"),
        );
    }
    let slugs = parse_index(&read(&dir.join(INDEX_FILE)).unwrap_or_default()).unwrap_or_default();
    let mut events = Vec::new();
    for slug in &slugs {
        let file = event_file(slug);
        // A broken event file is the app's to explain (it names the field); skip it here.
        if let Ok(e) = read(&dir.join(&file))
            .and_then(|t| Event::from_json(&file, &t).map_err(|e| e.to_string()))
        {
            events.push(e);
        }
    }
    let (shell, title) = match events.as_slice() {
        [only] if slugs.len() == 1 => (
            shell_html(only),
            format!("{} – wikimeet", escape(&only.title)),
        ),
        _ => (String::new(), "wikimeet".to_string()),
    };
    html = replace_between(
        &html,
        "<title>",
        "</title>",
        &format!("<title>{title}</title>"),
    );
    html = replace_between(&html, "<div id=\"shell\"", "<!-- /shell -->", &shell);
    let languages: Vec<&str> = wikimeet::i18n::LANGUAGES.iter().map(|l| l.0).collect();
    let early_tag = "<script async fetchpriority=\"high\" src=\"early.js\"";
    let early = format!(
        "{early_tag} data-languages=\"{}\"></script>",
        languages.join(" ")
    );
    html = replace_between(&html, early_tag, "</script>", &early);
    // The WebAssembly is needed second: the stylesheet and early.js get the slow link first.
    html = html.replace(
        "<link rel=\"preload\" href=\"./",
        "<link rel=\"preload\" fetchpriority=\"low\" href=\"./",
    );
    html = replace_between(
        &html,
        CSP_START,
        "\">",
        &format!("{CSP_START}{}\">", csp(&events)),
    );
    fs::write(&index, html).map_err(|e| e.to_string())
}

const LOADER_MARK: &str = "<!-- loader -->";
const CSP_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// Trunk's `<script type="module">…</script>`: its text, and the page with a mark in its place.
fn take_inline_loader(html: &str) -> Option<(String, String)> {
    let open = "<script type=\"module\">";
    let start = html.find(open)?;
    let end = start + html[start..].find("</script>")?;
    let loader = html[start + open.len()..end].trim().to_string();
    let rest = format!(
        "{}{LOADER_MARK}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    Some((loader, rest))
}

/// Replaces from `start` up to and including `end` (the first after `start`) with `with`.
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(a) = html.find(start) else {
        return html.to_string();
    };
    let Some(b) = html[a..].find(end).map(|i| a + i + end.len()) else {
        return html.to_string();
    };
    format!("{}{with}{}", &html[..a], &html[b..])
}

/// The default event as plain HTML with the app's classes; times in UTC until `early.js`
/// rewrites them in the visitor's zone and language.
fn shell_html(event: &Event) -> String {
    let mut sessions = String::new();
    for s in &event.sessions {
        let end = s
            .duration_minutes
            .map(|_| iso_utc(s.end(event)))
            .unwrap_or_default();
        sessions.push_str(&format!(
            "<li class=\"session\"><p class=\"local\"><time datetime=\"{}\" data-end=\"{}\">{}</time></p></li>",
            iso_utc(s.start),
            end,
            escape(&utc_label(s.start))
        ));
    }
    format!(
        "<div id=\"shell\" data-event=\"{slug}\">\
         <link rel=\"preload\" href=\"events/{slug}.json\" as=\"fetch\" crossorigin=\"anonymous\"><header class=\"site-header\"><span class=\"brand\">wikimeet</span></header>\
         <main><article class=\"event\"><h1 class=\"page-title\" dir=\"auto\">{title}</h1>\
         <p class=\"description\" dir=\"auto\">{description}</p>\
         <section class=\"sessions\"><ol class=\"session-list\">{sessions}</ol></section></article></main></div><!-- /shell -->",
        slug = escape(&event.slug),
        title = escape(&event.title),
        description = escape(&event.description),
    )
}

/// Only what the app needs: its own files, WebAssembly compilation, and the events' wikis.
fn csp(events: &[Event]) -> String {
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
    let connect = std::iter::once("'self'".to_string())
        .chain(wikis)
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src {connect}; base-uri 'none'; form-action 'none'"
    )
}

/// `https://meta.wikimedia.org/w/api.php` → `https://meta.wikimedia.org`.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty() && !host.contains(['"', '\'', ' ', ';']))
        .then(|| format!("{scheme}://{host}"))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"x\">\n<script type=\"module\">\nimport init from './a.js';\n</script></head><body><div id=\"shell\"></div><!-- /shell --></body>";

    #[test]
    fn loader_leaves_the_page_for_a_file() {
        let (loader, rest) = take_inline_loader(PAGE).unwrap();
        assert_eq!(loader, "import init from './a.js';");
        assert!(rest.contains(LOADER_MARK) && !rest.contains("import init"));
        assert!(take_inline_loader(&rest).is_none());
    }

    #[test]
    fn csp_names_only_the_wikis_origins() {
        let text = include_str!("../../public/events/vsn-peer-to-peer-support.json");
        let e = Event::from_json("vsn.json", text).unwrap();
        let policy = csp(&[e.clone(), e]);
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

    #[test]
    fn shell_is_escaped_and_replaced_again() {
        let text = include_str!("../../public/events/vsn-peer-to-peer-support.json")
            .replace("\"title\": \"", "\"title\": \"<b>&");
        let e = Event::from_json("vsn.json", &text).unwrap();
        let shell = shell_html(&e);
        assert!(
            shell.contains("&lt;b&gt;&amp;") && !shell.contains("<b>"),
            "{shell}"
        );
        assert!(
            shell.contains("<time datetime=\"2024-02-14T15:00:00Z\""),
            "{shell}"
        );
        let once = replace_between(PAGE, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        let twice = replace_between(&once, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        assert_eq!(once, twice);
        assert_eq!(once.matches("id=\"shell\"").count(), 1);
    }
}
