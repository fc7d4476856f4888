//! UI messages in the MediaWiki / translatewiki.net format: `i18n/<lang>.json` files, `$1`
//! parameters and `{{PLURAL:$1|…}}` with each language's plural forms. A message missing in
//! the chosen language falls back to English. Pure Rust: tested natively.
// No reader of outside text may panic: a panic aborts the whole app in the browser (issue 31).
// Each `allow` below says beside its code why that spot cannot panic.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects
)]
use std::sync::RwLock;

mod plural;
use plural::format_in;
pub use plural::{format_message, plural_form};

/// The shipped languages: code, name in that language, right-to-left. Each is fetched only
/// when chosen, so it costs nothing to visitors who do not use it (`language_files`); English
/// is built in where `ENGLISH_BUILT_IN` says.
pub const LANGUAGES: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("es", "Español", false),
    ("pt", "Português", false),
    ("fr", "Français", false),
    ("de", "Deutsch", false),
    ("it", "Italiano", false),
    ("pl", "Polski", false),
    ("ar", "العربية", true),
];

/// English: the meeting page's messages (`i18n/en.json`; in the tables from the start where
/// `ENGLISH_BUILT_IN`) and, in the safe-space page's build only, that page's own
/// (`i18n/safe-space/en.json`). Where a message lives decides which page carries it.
pub const ENGLISH: &str = include_str!("../i18n/en.json");
/// Whether `ENGLISH` is in the tables from the start: natively (tests, finish_dist) and in the
/// safe-space and organiser pages, not in the meeting page's own build, whose first view is the
/// size budget's: there English is fetched like the others (1.8 KB less in every other
/// language's first view), and each other language's served file carries the English it lacks
/// (`FALLBACK_KEY`).
const ENGLISH_BUILT_IN: bool = !cfg!(all(
    target_arch = "wasm32",
    feature = "meeting",
    not(feature = "safe-space"),
    not(feature = "organiser")
));
/// Where finish_dist puts, in a served language file, the English of the messages that
/// language lacks: a missing message then still falls back to English, with English plurals.
pub const FALLBACK_KEY: &str = "@en";
/// The organiser page's messages: English only (ARCHITECTURE.md "Translation policy").
#[cfg(feature = "organiser")]
pub const ENGLISH_ORGANISER: &str = include_str!("../i18n/organiser/en.json");
#[cfg(feature = "safe-space")]
pub const ENGLISH_SAFE_SPACE: &str = include_str!("../i18n/safe-space/en.json");

/// A language's messages in file order (a later one with the same key wins). A list, not a
/// HashMap: a few hundred lookups per page cost nothing, and std's HashMap (here and in
/// `intl_time`'s cache) cost the meeting page's download 2.4 KB (BENCHMARKS.md).
pub type Messages = Vec<(String, String)>;

fn lookup<'a>(messages: &'a Messages, key: &str) -> Option<&'a String> {
    messages
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// The loaded message tables, by language index; English, where built in, on first use.
static TABLES: RwLock<Vec<Option<Messages>>> = RwLock::new(Vec::new());
/// English messages the loaded languages' files carry for what they lack (`FALLBACK_KEY`).
static FALLBACK: RwLock<Messages> = RwLock::new(Vec::new());
static CURRENT: RwLock<usize> = RwLock::new(0);

fn with_tables<R>(f: impl FnOnce(&[Option<Messages>]) -> R) -> R {
    {
        let tables = TABLES.read().unwrap_or_else(|e| e.into_inner());
        if !tables.is_empty() {
            return f(&tables);
        }
    }
    let mut tables = TABLES.write().unwrap_or_else(|e| e.into_inner());
    if tables.is_empty() {
        tables.resize(LANGUAGES.len(), None);
        if ENGLISH_BUILT_IN {
            // Checked by tests (`tests/i18n_messages.rs`): a file that did not parse would
            // show the keys, not stop the page.
            let english = |text| parse(text).unwrap_or_default();
            #[allow(unused_mut)] // extended in the safe-space and organiser pages' builds only
            let mut messages = english(ENGLISH);
            #[cfg(feature = "safe-space")]
            messages.extend(english(ENGLISH_SAFE_SPACE));
            #[cfg(feature = "organiser")]
            messages.extend(english(ENGLISH_ORGANISER));
            if let Some(first) = tables.first_mut() {
                *first = Some(messages);
            }
        }
    }
    f(&tables)
}

/// Whether the meeting page carries this message: it lives in `i18n/en.json` (the others are
/// in `i18n/safe-space/`).
pub fn on_meeting_page(key: &str) -> bool {
    parse(ENGLISH).is_ok_and(|m| lookup(&m, key).is_some())
}

/// The files a language's messages are fetched from: the meeting page's, and on the safe-space
/// page that page's own as well.
pub fn language_files(code: &str) -> Vec<String> {
    let mut files = vec![format!("i18n/{code}.json")];
    if cfg!(feature = "safe-space") {
        files.push(format!("i18n/safe-space/{code}.json"));
    }
    files
}

/// Reads a message file; `@metadata` and the English fallback (`FALLBACK_KEY`) are skipped.
pub fn parse(text: &str) -> Result<Messages, String> {
    Ok(parse_with_fallback(text)?.0)
}

/// A message file's messages and the English it carries for what it lacks (`FALLBACK_KEY`).
fn parse_with_fallback(text: &str) -> Result<(Messages, Messages), String> {
    let json = crate::model::json::Json::parse(text).map_err(|e| e.to_string())?;
    let entries = json.entries().ok_or("the file is not a JSON object")?;
    let (mut out, mut fallback) = (Messages::new(), Messages::new());
    for (k, v) in entries {
        match k.as_str() {
            "@metadata" => {}
            FALLBACK_KEY => {
                let english = v
                    .entries()
                    .ok_or_else(|| format!("\"{FALLBACK_KEY}\" is not a JSON object"))?;
                for (k, v) in english {
                    fallback.push(message(k, v)?);
                }
            }
            _ => out.push(message(k, v)?),
        }
    }
    Ok((out, fallback))
}

fn message(key: &str, value: &crate::model::json::Json) -> Result<(String, String), String> {
    match value.as_str() {
        Some(s) => Ok((key.to_string(), s.to_string())),
        None => Err(format!("message \"{key}\" is not a string")),
    }
}

/// Stores a language's message file (fetched by the app, read from disk by tests).
/// Loads a language from its files' texts (`language_files`), whole or not at all: a file
/// that does not parse is named in the error and nothing is kept.
pub fn load_files(code: &str, files: &[(String, String)]) -> Result<(), String> {
    let index = LANGUAGES
        .iter()
        .position(|l| l.0 == code)
        .ok_or_else(|| format!("\"{code}\" is not a shipped language"))?;
    let (mut messages, mut english) = (Messages::new(), Messages::new());
    for (file, text) in files {
        let sep = if file.is_empty() { "" } else { ": " };
        let (own, fallback) = parse_with_fallback(text).map_err(|e| format!("{file}{sep}{e}"))?;
        messages.extend(own);
        english.extend(fallback);
    }
    with_tables(|_| ());
    if let Some(table) = TABLES
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .get_mut(index)
    {
        *table = Some(messages);
    }
    FALLBACK
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .extend(english);
    Ok(())
}

pub fn is_loaded(code: &str) -> bool {
    let index = LANGUAGES.iter().position(|l| l.0 == code);
    with_tables(|t| index.is_some_and(|i| t.get(i).is_some_and(Option::is_some)))
}

/// The shipped language for a browser language tag (`es-AR` → `es`), or None.
pub fn supported(tag: &str) -> Option<&'static str> {
    let base = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.iter().find(|l| l.0 == base).map(|l| l.0)
}

/// Chooses the language for every message from now on; unknown codes mean English. Until its
/// file is loaded, English serves (built in, or loaded at start).
pub fn set_language(code: &str) {
    let index = LANGUAGES.iter().position(|l| l.0 == code).unwrap_or(0);
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = index;
}

pub fn language() -> &'static str {
    LANGUAGES.get(current()).map_or("en", |l| l.0)
}

pub fn is_rtl() -> bool {
    LANGUAGES.get(current()).is_some_and(|l| l.2)
}

fn current() -> usize {
    *CURRENT.read().unwrap_or_else(|e| e.into_inner())
}

/// The message `key` in the current language, with `$1`, `$2`… replaced by `args`.
/// Missing there: English (built in, loaded, or carried by the language's file). Missing in
/// English too: the key (a bug the tests catch).
pub fn tr(key: &str, args: &[&str]) -> String {
    let lang = current();
    let (code, template) = with_tables(|tables| {
        let table = |i: usize| tables.get(i).and_then(Option::as_ref);
        let own = table(lang).and_then(|m| lookup(m, key));
        match own {
            Some(t) => (LANGUAGES.get(lang).map_or("en", |l| l.0), t.clone()),
            // English's plural rules for an English message.
            None => (
                "en",
                table(0)
                    .and_then(|m| lookup(m, key))
                    .cloned()
                    .or_else(|| {
                        let fallback = FALLBACK.read().unwrap_or_else(|e| e.into_inner());
                        lookup(&fallback, key).cloned()
                    })
                    .unwrap_or_else(|| key.to_string()),
            ),
        }
    });
    format_in(code, &template, args)
}

/// A message without parameters.
pub fn t(key: &str) -> String {
    tr(key, &[])
}
