//! Finishes a built site directory (Trunk's `dist/`, or a copy with more event files):
//! 1. writes the default event's sessions into the page as plain HTML (`#shell`), so a slow
//!    phone shows them long before the WebAssembly has loaded;
//! 2. puts `early.js` (which shows them in local time) and the stylesheet into the page itself:
//!    the first paint then needs the page alone, no second round trip on a slow network;
//! 3. sets a Content-Security-Policy allowing only this site, the wikis its events name, and
//!    the page's own inline script and style by their SHA-256 (nothing injected can run);
//! 4. writes each language's meeting-page messages (`i18n/<code>.meeting.json`).
//!
//! Usage: finish_dist DIR. Safe to run again on the same directory (after adding events).
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;
use wikimeet::model::base64::{base64, BASE64_STANDARD};
use wikimeet::model::event::Event;
use wikimeet::model::event_json::{event_file, parse_index, INDEX_FILE};
use wikimeet::model::json::quote;
use wikimeet::model::time::{iso_utc, utc_label};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    if let Err(e) = finish(Path::new(&dir)) {
        eprintln!("finish_dist {dir}: {e}");
        std::process::exit(1);
    }
}

fn read(p: &Path) -> Result<String, String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// Finishes every page of the site: index.html and safe-space.html (see Cargo.toml features).
fn finish(dir: &Path) -> Result<(), String> {
    meeting_messages(&dir.join("i18n"))?;
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
    let only = match events.as_slice() {
        [only] if slugs.len() == 1 => Some(only),
        _ => None,
    };
    let mut pages: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|f| f.ok().map(|f| f.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    for page in pages {
        let html = finish_page(dir, &read(&page)?, only, &events)?;
        fs::write(&page, html).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `i18n/<code>.json` → `i18n/<code>.meeting.json`: the messages the meeting page shows, so a
/// participant's first visit fetches only those (the safe-space page reads the whole file).
fn meeting_messages(i18n: &Path) -> Result<(), String> {
    let Ok(files) = fs::read_dir(i18n) else {
        return Ok(()); // a site without language files: nothing to split
    };
    for path in files.filter_map(|f| f.ok().map(|f| f.path())) {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // Not English (built in), not qqq (notes for translators), not a written file.
        let Some(code) = name
            .strip_suffix(".json")
            .filter(|c| !c.contains('.') && !["en", "qqq"].contains(c))
        else {
            continue;
        };
        let messages = wikimeet::i18n::parse(&read(&path)?).map_err(|e| format!("{name}: {e}"))?;
        let mut kept: Vec<String> = messages
            .iter()
            .filter(|(k, _)| wikimeet::i18n::on_meeting_page(k))
            .map(|(k, v)| format!("{}:{}", quote(k), quote(v)))
            .collect();
        kept.sort(); // the same file from the same messages, build after build
        let out = i18n.join(format!("{code}.meeting.json"));
        fs::write(&out, format!("{{{}}}", kept.join(","))).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn finish_page(
    dir: &Path,
    html: &str,
    only: Option<&Event>,
    events: &[Event],
) -> Result<String, String> {
    let title = match only {
        Some(e) => format!("{} – wikimeet", escape(&e.title)),
        None => "wikimeet".to_string(),
    };
    let mut html = replace_between(
        html,
        "<title>",
        "</title>",
        &format!("<title>{title}</title>"),
    );
    // An empty shell keeps its place for a later run with one event.
    let shell = only.map_or(EMPTY_SHELL.to_string(), shell_html);
    html = replace_between(&html, "<div id=\"shell\"", "<!-- /shell -->", &shell);
    if html.contains(EARLY_START) {
        let languages: Vec<&str> = wikimeet::i18n::LANGUAGES.iter().map(|l| l.0).collect();
        // Right after the shell: it runs as soon as the shell is parsed, before the first paint.
        let early = read(&dir.join("early.js"))?;
        html = replace_between(
            &html,
            EARLY_START,
            "</script>",
            &format!(
                "{EARLY_START} data-languages=\"{}\">{}</script>",
                languages.join(" "),
                inline_safe(&early, "</script")?
            ),
        );
    }
    if let Some((link, file)) = stylesheet_link(&html) {
        let css = read(&dir.join(&file))?;
        html = html.replace(
            &link,
            &format!("<style>{}</style>", inline_safe(&css, "</style")?),
        );
    }
    // The WebAssembly is needed second: the event files get the slow link first.
    html = html.replace(
        "<link rel=\"preload\" href=\"./",
        "<link rel=\"preload\" fetchpriority=\"low\" href=\"./",
    );
    let policy = csp(
        events,
        &inline_hashes(&html, "script"),
        &inline_hashes(&html, "style"),
    );
    Ok(replace_between(
        &html,
        CSP_START,
        "\">",
        &format!("{CSP_START}{policy}\">"),
    ))
}

const EMPTY_SHELL: &str = "<div id=\"shell\"></div><!-- /shell -->";
const CSP_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
const EARLY_START: &str = "<script id=\"early\"";

/// Text that cannot end the element it is put in.
fn inline_safe<'a>(text: &'a str, end_tag: &str) -> Result<&'a str, String> {
    match text.to_ascii_lowercase().contains(end_tag) {
        true => Err(format!("cannot inline a text containing {end_tag}")),
        false => Ok(text),
    }
}

/// Trunk's `<link rel="stylesheet" href="./main-….css" …/>` and the file it names.
fn stylesheet_link(html: &str) -> Option<(String, String)> {
    let start = html.find("<link rel=\"stylesheet\" href=\"./")?;
    let end = start + html[start..].find('>')? + 1;
    let link = &html[start..end];
    let file = link.split('"').nth(3)?.trim_start_matches("./").to_string();
    Some((link.to_string(), file))
}

/// `'sha256-…'` of the text of every inline `<tag>` (scripts with `src` are not inline).
fn inline_hashes(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let (Some(gt), Some(end)) = (after.find('>'), after.find(&close)) else {
            break;
        };
        if !after[..gt].contains(" src=") && gt < end {
            let digest = Sha256::digest(&after.as_bytes()[gt + 1..end]);
            hashes.push(format!(
                "'sha256-{}'",
                base64(&digest, BASE64_STANDARD, true)
            ));
        }
        rest = &after[end + close.len()..];
    }
    hashes
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

/// Only what the app needs: its own files and inline texts, WebAssembly compilation, and the
/// events' wikis.
fn csp(events: &[Event], scripts: &[String], styles: &[String]) -> String {
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

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"x\">\n<script type=\"module\">\nimport init from './a.js';\n</script><link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"sha384-x\"/></head><body><div id=\"shell\"></div><!-- /shell --><script id=\"early\" src=\"early.js\"></script><script src=\"b.js\"></script></body>";

    #[test]
    fn inline_texts_are_hashed_and_external_ones_not() {
        // Reference: printf "\nimport init from './a.js';\n" | openssl dgst -sha256 -binary | base64
        assert_eq!(
            inline_hashes(PAGE, "script"),
            ["'sha256-b8dPs/81WrgdLiiXFdRIvTN+J/lNbYF2vbwDBORDYHw='"]
        );
        assert!(inline_hashes(PAGE, "style").is_empty());
        assert_eq!(
            stylesheet_link(PAGE).map(|l| l.1).as_deref(),
            Some("main-1.css")
        );
        assert!(inline_safe("a</SCRIPT>", "</script").is_err());
    }

    #[test]
    fn a_site_is_finished_once_however_often_it_runs() {
        let dir = std::env::temp_dir().join(format!("finish-dist-{}", std::process::id()));
        fs::create_dir_all(dir.join("events")).unwrap();
        fs::write(dir.join("index.html"), PAGE).unwrap();
        let other = PAGE.replace("<div id=\"shell\"></div><!-- /shell --><script id=\"early\" src=\"early.js\"></script>", "");
        fs::write(dir.join("safe-space.html"), &other).unwrap();
        fs::write(dir.join("early.js"), "run();").unwrap();
        fs::write(dir.join("main-1.css"), "p{color:red}").unwrap();
        fs::create_dir_all(dir.join("i18n")).unwrap();
        let messages = "{\"@metadata\": {}, \"a-b\": \"A \\\"b\\\"\", \"report-x\": \"R\"}";
        fs::write(dir.join("i18n/xx.json"), messages).unwrap();
        fs::write(
            dir.join(INDEX_FILE),
            r#"{"events":["vsn-peer-to-peer-support"]}"#,
        )
        .unwrap();
        fs::write(
            dir.join(event_file("vsn-peer-to-peer-support")),
            include_str!("../../public/events/vsn-peer-to-peer-support.json"),
        )
        .unwrap();
        finish(&dir).unwrap();
        let once = fs::read_to_string(dir.join("index.html")).unwrap();
        finish(&dir).unwrap();
        let twice = fs::read_to_string(dir.join("index.html")).unwrap();
        let other = fs::read_to_string(dir.join("safe-space.html")).unwrap();
        let meeting = fs::read_to_string(dir.join("i18n/xx.meeting.json")).unwrap();
        assert_eq!(
            meeting, "{\"a-b\":\"A \\\"b\\\"\"}",
            "the report message is left out"
        );
        assert!(!dir.join("i18n/xx.meeting.meeting.json").exists());
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(once, twice);
        assert!(once.contains("<style>p{color:red}</style>") && !once.contains("main-1.css"));
        assert!(
            once.contains("<script id=\"early\" data-languages=\"en "),
            "{once}"
        );
        assert!(
            once.contains("\">run();</script><script src=\"b.js\">"),
            "{once}"
        );
        let policy = csp_of(&once);
        // Two inline scripts (Trunk's loader and early.js), one inline style.
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
        // The other page: its own hashes (the loader and the style), no shell, no early.js.
        assert!(
            !other.contains("id=\"shell\"") && !other.contains("run();"),
            "{other}"
        );
        assert_eq!(csp_of(&other).matches("'sha256-").count(), 2, "{other}");
        assert!(other.contains("<style>p{color:red}</style>"), "{other}");
    }

    fn csp_of(html: &str) -> &str {
        let start = html.find(CSP_START).unwrap() + CSP_START.len();
        &html[start..start + html[start..].find('"').unwrap()]
    }

    #[test]
    fn csp_names_only_the_wikis_origins() {
        let text = include_str!("../../public/events/vsn-peer-to-peer-support.json");
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
