//! Finishes a built site directory (Trunk's `dist/`, or a copy with more event files):
//! 1. writes the meeting page's layout into the page (`#shell`), which `early.js` fills from
//!    the event file the host serves now, so a slow phone shows the sessions long before the
//!    WebAssembly has loaded, and never an old copy of them;
//! 2. puts `early.js` (which shows them in local time) and the stylesheet into the page itself:
//!    the first paint then needs the page alone, no second round trip on a slow network;
//! 3. sets a Content-Security-Policy allowing only this site, the Wikimedia wikis (and any other
//!    its events name now), and the page's own inline script and style by their SHA-256
//!    (nothing injected can run);
//! 4. gives each translation the English of the messages it lacks (`messages.rs`): the meeting
//!    page fetches English too instead of carrying it in its download;
//! 5. on the meeting page, has its WebAssembly compiled in a worker early.js starts
//!    (`wasm_worker.rs`), off the main thread;
//! 6. puts `failure.js` into every page: a plain message, never a blank page, if the app stops.
//!
//! Nothing it writes depends on an event's content: organisers edit event files in the hosted
//! folder without running it again. Usage: finish_dist DIR. Safe to run again.
mod csp;
mod inline;
mod messages;
mod shell;
mod wasm_worker;

use csp::{csp, CSP_START};
use inline::{inline_hashes, inline_safe, replace_between, stylesheet_link};
use shell::{escape, SHELL};
use std::fs;
use std::path::Path;
use wikimeet::model::event::Event;
use wikimeet::model::event_json::{event_file, parse_index, INDEX_FILE};

const EARLY_START: &str = "<script id=\"early\"";
/// On every page: what shows a plain message when the app stops (`public/failure.js`).
const FAILURE_START: &str = "<script id=\"failure\"";
const ACTIONS_START: &str = "<script id=\"actions\" data-file=\"";

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    if let Err(e) = finish(Path::new(&dir)) {
        eprintln!("finish_dist {dir}: {e}");
        std::process::exit(1);
    }
}

pub(crate) fn read(p: &Path) -> Result<String, String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// Finishes every page of the site: index.html and safe-space.html (see Cargo.toml features).
fn finish(dir: &Path) -> Result<(), String> {
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
    let guess = match slugs.as_slice() {
        [only] => Some(only.as_str()),
        _ => None,
    };
    let mut pages: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|f| f.ok().map(|f| f.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    for page in pages {
        let html = finish_page(dir, &read(&page)?, guess, &events)?;
        fs::write(&page, html).map_err(|e| e.to_string())?;
    }
    messages::add_english_fallback(dir)
}

fn finish_page(
    dir: &Path,
    html: &str,
    guess: Option<&str>,
    events: &[Event],
) -> Result<String, String> {
    // The title too comes from the event file served now (early.js, then the app).
    let mut html = replace_between(html, "<title>", "</title>", "<title>wikimeet</title>");
    if html.contains(EARLY_START) {
        html = replace_between(&html, "<div id=\"shell\"", "<!-- /shell -->", SHELL);
        let (loader, wasm) = wasm_worker::compile_in_worker(&html);
        html = loader;
        let wasm = wasm
            .map(|file| format!(" data-wasm=\"{}\"", escape(&file)))
            .unwrap_or_default();
        let languages: Vec<&str> = wikimeet::i18n::LANGUAGES.iter().map(|l| l.0).collect();
        // The slug the index listed alone at build time: only a guess, fetched beside the
        // index to save a round trip and shown only if the index served now still lists it alone.
        let guess = guess
            .map(|slug| format!(" data-event=\"{}\"", escape(slug)))
            .unwrap_or_default();
        let attributes = format!(" data-languages=\"{}\"{guess}{wasm}", languages.join(" "));
        html = inline_script(dir, &html, EARLY_START, "early.js", &attributes)?;
    }
    if html.contains(FAILURE_START) {
        html = inline_script(dir, &html, FAILURE_START, "failure.js", "")?;
    }
    // The action module's script, built apart (scripts/build names it): see index.html.
    let actions = html.find(ACTIONS_START).map(|a| a + ACTIONS_START.len());
    if let (Ok(file), Some(from)) = (std::env::var("WIKIMEET_ACTIONS"), actions) {
        let to = from + html[from..].find('"').unwrap_or(0);
        html.replace_range(from..to, &escape(&file));
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

/// The script that starts with `start` (`<script id="…" src="…">`, or an earlier run's inline
/// copy: safe to run again), made inline from `file` with `attributes`.
fn inline_script(
    dir: &Path,
    html: &str,
    start: &str,
    file: &str,
    attributes: &str,
) -> Result<String, String> {
    let text = read(&dir.join(file))?;
    let inline = format!(
        "{start}{attributes}>{}</script>",
        inline_safe(&text, "</script")?
    );
    Ok(replace_between(html, start, "</script>", &inline))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csp::tests::csp_of;

    /// A page as Trunk writes it, before finishing.
    pub const PAGE: &str = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"x\">\n<script id=\"failure\" src=\"failure.js\"></script><script type=\"module\">\nimport init from './a.js';\n</script><link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"sha384-x\"/></head><body><div id=\"shell\"></div><!-- /shell --><script id=\"early\" src=\"early.js\"></script><script src=\"b.js\"></script></body>";

    #[test]
    fn a_site_is_finished_once_however_often_it_runs() {
        let dir = std::env::temp_dir().join(format!("finish-dist-{}", std::process::id()));
        fs::create_dir_all(dir.join("events")).unwrap();
        fs::write(dir.join("index.html"), PAGE).unwrap();
        let other = PAGE.replace("<div id=\"shell\"></div><!-- /shell --><script id=\"early\" src=\"early.js\"></script>", "");
        fs::write(dir.join("safe-space.html"), &other).unwrap();
        fs::write(dir.join("early.js"), "run();").unwrap();
        fs::write(dir.join("failure.js"), "failed();").unwrap();
        fs::write(dir.join("main-1.css"), "p{color:red}").unwrap();
        fs::write(
            dir.join(INDEX_FILE),
            r#"{"events":["vsn-peer-to-peer-support"]}"#,
        )
        .unwrap();
        fs::write(
            dir.join(event_file("vsn-peer-to-peer-support")),
            include_str!("../../../public/events/vsn-peer-to-peer-support.json"),
        )
        .unwrap();
        finish(&dir).unwrap();
        let once = fs::read_to_string(dir.join("index.html")).unwrap();
        finish(&dir).unwrap();
        let twice = fs::read_to_string(dir.join("index.html")).unwrap();
        let other = fs::read_to_string(dir.join("safe-space.html")).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(once, twice);
        assert!(once.contains("<style>p{color:red}</style>") && !once.contains("main-1.css"));
        assert!(
            once.contains("<script id=\"early\" data-languages=\"en "),
            "{once}"
        );
        assert!(
            once.contains(" data-event=\"vsn-peer-to-peer-support\">run();"),
            "the guess rides on early.js: {once}"
        );
        assert!(
            once.contains("\">run();</script><script src=\"b.js\">"),
            "{once}"
        );
        let policy = csp_of(&once);
        // Three inline scripts (failure.js, Trunk's loader and early.js), one inline style.
        assert_eq!(policy.matches("'sha256-").count(), 4, "{policy}");
        for page in [&once, &other] {
            assert!(
                page.contains("<script id=\"failure\">failed();</script>"),
                "on every page: {page}"
            );
        }
        assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
        // The other page: its own hashes (failure.js, the loader and the style), no shell, no
        // early.js.
        assert!(
            !other.contains("id=\"shell\"") && !other.contains("run();"),
            "{other}"
        );
        assert_eq!(csp_of(&other).matches("'sha256-").count(), 3, "{other}");
        assert!(other.contains("<style>p{color:red}</style>"), "{other}");
    }
}
