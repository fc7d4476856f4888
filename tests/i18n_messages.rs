//! Every message the code uses exists in en.json and is documented in qqq.json.
use std::collections::BTreeSet;
use wikimeet::i18n::{format_message, parse, tr};

/// The message folders: the meeting page's (shared by every page), the safe-space page's, the
/// calendar choices' (`public/calendar-choices.js`, fetched when first used) and the organiser
/// page's own. Where a message lives decides which page carries it.
const FOLDERS: [&str; 4] = ["i18n", "i18n/safe-space", "i18n/calendar", "i18n/organiser"];
/// The folders participants read, translated; the organiser page ships in English only.
const PARTICIPANT_FOLDERS: [&str; 3] = ["i18n", "i18n/safe-space", "i18n/calendar"];

/// Every English key, both folders.
fn english() -> BTreeSet<String> {
    FOLDERS
        .iter()
        .flat_map(|f| keys(&format!("{f}/en.json")))
        .collect()
}

fn keys(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(file).unwrap();
    parse(&text)
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .into_iter()
        .map(|(key, _)| key)
        .collect()
}

/// The Rust files under src/, with their text.
fn sources() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if p.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&p).unwrap();
            out.push((p, text));
        }
    }
    out
}

/// Keys used in src/: the first string argument of t(…) / tr(…) and keys chosen as data
/// (`message_key(…)`, `{ "key"` tables, `date-`/`rel-` names).
fn used_keys() -> BTreeSet<String> {
    sources()
        .iter()
        .flat_map(|(_, text)| keys_in(text))
        .collect()
}

fn keys_in(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    {
        // One block per file's text (kept for a small diff of the scan itself).
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let word = &rest[..end];
            let before = text[..i].trim_end();
            let callee = before.strip_suffix('(').map(|b| {
                let start = b
                    .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .map_or(0, |i| i + 1);
                &b[start..]
            });
            let is_call = matches!(callee, Some("t" | "tr" | "message_key"));
            let is_key =
                before.ends_with("{ \"") || word.starts_with("date-") || word.starts_with("rel-");
            if (is_call || is_key)
                && !word.is_empty()
                && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                found.insert(word.to_string());
            }
        }
    }
    found
}

#[test]
fn english_has_every_key_the_code_uses() {
    let en = english();
    let used = used_keys();
    assert!(used.len() > 30, "the scan found too few keys: {used:?}");
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "missing from en.json: {missing:?}");
}

/// The modules `mod.rs` declares under `#[cfg(feature = "safe-space")]` or `"organiser"`: not
/// in the meeting page. A module is `dir/m.rs` or the folder `dir/m/`.
fn safe_space_modules(dir: &str) -> Vec<String> {
    let text = std::fs::read_to_string(format!("{dir}/mod.rs")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let other_page = [
        "#[cfg(feature = \"safe-space\")]",
        "#[cfg(feature = \"organiser\")]",
    ];
    lines
        .windows(2)
        .filter(|w| other_page.contains(&w[0].trim()))
        .filter_map(|w| w[1].trim().strip_prefix("pub mod ")?.strip_suffix(';'))
        .flat_map(|m| [format!("{dir}/{m}.rs"), format!("{dir}/{m}/")])
        .collect()
}

#[test]
fn meeting_page_code_uses_no_safe_space_message() {
    // The meeting build carries only `i18n/` (not `i18n/safe-space/`): a meeting-page
    // view using one would show a bare key.
    let mut excluded = safe_space_modules("src/pages");
    excluded.extend(safe_space_modules("src/components"));
    excluded.extend(safe_space_modules("src/model"));
    assert!(
        excluded.len() >= 4,
        "the scan found too few safe-space modules: {excluded:?}"
    );
    let mut wrong = Vec::new();
    for (path, text) in sources() {
        let path = path.to_string_lossy().replace('\\', "/");
        let in_excluded = excluded
            .iter()
            .any(|e| path == *e || (e.ends_with('/') && path.starts_with(e.as_str())));
        if in_excluded || path.starts_with("src/bin/") {
            continue;
        }
        for key in keys_in(&text) {
            if !wikimeet::i18n::on_meeting_page(&key) {
                wrong.push(format!("{path}: {key}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "meeting-page code uses messages the meeting page does not carry: {wrong:?}"
    );
}

#[test]
fn every_message_is_documented_and_nothing_extra() {
    for folder in FOLDERS {
        let en = keys(&format!("{folder}/en.json"));
        let qqq = keys(&format!("{folder}/qqq.json"));
        assert_eq!(en, qqq, "{folder}: en.json and qqq.json differ");
    }
    let sets: Vec<_> = FOLDERS
        .iter()
        .map(|f| keys(&format!("{f}/en.json")))
        .collect();
    for (i, a) in sets.iter().enumerate() {
        for b in sets.iter().skip(i + 1) {
            let twice: Vec<_> = a.intersection(b).collect();
            assert!(twice.is_empty(), "a message lives in one folder: {twice:?}");
        }
    }
}

/// The calendar choices' script uses exactly its folder's messages: `msg('key'` in
/// `public/calendar-choices.js`, and the keys of its link table (`'sub-…']`).
#[test]
fn the_calendar_choices_use_their_own_messages() {
    let script = std::fs::read_to_string("public/calendar-choices.js").unwrap();
    let mut used = BTreeSet::new();
    for (i, _) in script.match_indices('\'') {
        let rest = &script[i + 1..];
        let Some(end) = rest.find('\'') else { continue };
        let word = &rest[..end];
        let called = script[..i].ends_with("msg(") || rest[end + 1..].starts_with(']');
        if called && word.contains('-') && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            used.insert(word.to_string());
        }
    }
    assert_eq!(
        used,
        keys("i18n/calendar/en.json"),
        "public/calendar-choices.js"
    );
}

#[test]
fn plural_and_parameters() {
    assert_eq!(
        format_message("in {{PLURAL:$1|$1 day|$1 days}}", &["1"]),
        "in 1 day"
    );
    assert_eq!(
        format_message("in {{PLURAL:$1|$1 day|$1 days}}", &["3"]),
        "in 3 days"
    );
    assert_eq!(format_message("$2 then $1", &["a", "b"]), "b then a");
    assert_eq!(format_message("costs $5", &["a"]), "costs $5");
    assert_eq!(tr("rel-ended-years", &["2"]), "ended 2 years ago");
    assert_eq!(tr("no-such-key", &[]), "no-such-key");
}

#[test]
fn every_shipped_language_parses_and_knows_only_english_keys() {
    for (code, _, _) in wikimeet::i18n::LANGUAGES {
        let mut files = Vec::new();
        for folder in PARTICIPANT_FOLDERS {
            let en = keys(&format!("{folder}/en.json"));
            let file = format!("{folder}/{code}.json");
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|_| panic!("every shipped language has {file}"));
            let lang = keys(&file);
            let unknown: Vec<_> = lang.difference(&en).collect();
            assert!(
                unknown.is_empty(),
                "{file} has keys its folder's English lacks: {unknown:?}"
            );
            // Both pages are participants': at least three quarters translated (ARCHITECTURE.md).
            assert!(
                lang.len() * 4 >= en.len() * 3,
                "{file} translates under three quarters"
            );
            files.push((file, text));
        }
        // Loaded whole, as the safe-space page loads a language.
        wikimeet::i18n::load_files(code, &files).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn plural_forms_follow_each_language() {
    use wikimeet::i18n::plural_form;
    let forms = |lang, ns: &[u64]| ns.iter().map(|n| plural_form(lang, *n)).collect::<Vec<_>>();
    assert_eq!(forms("en", &[0, 1, 2, 5]), [1, 0, 1, 1]);
    assert_eq!(forms("fr", &[0, 1, 2]), [0, 0, 1]);
    assert_eq!(
        forms("pl", &[1, 2, 4, 5, 12, 22, 25]),
        [0, 1, 1, 2, 2, 1, 2]
    );
    assert_eq!(
        forms("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 103]),
        [0, 1, 2, 3, 3, 4, 4, 5, 3]
    );
}

/// `$1`, `$2`… in a message, as a sorted set.
fn parameters(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let digits: String = rest[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if !digits.is_empty() {
            out.insert(digits);
        }
        rest = &rest[at + 1..];
    }
    out
}

#[test]
fn translations_use_the_same_parameters_as_english() {
    let read = |code: &str| -> std::collections::HashMap<String, String> {
        let text = std::fs::read_to_string(format!("i18n/{code}.json")).unwrap();
        wikimeet::i18n::parse(&text).unwrap().into_iter().collect()
    };
    let en = read("en");
    for (code, _, _) in &wikimeet::i18n::LANGUAGES[1..] {
        for (key, text) in read(code) {
            assert_eq!(
                parameters(&text),
                parameters(&en[&key]),
                "i18n/{code}.json \"{key}\": {text}"
            );
        }
    }
}

#[test]
fn a_broken_message_file_is_named_plainly() {
    use wikimeet::i18n::parse;
    assert!(parse("{\"a\": \"b\", \"@metadata\": {\"authors\": []}}").is_ok());
    assert_eq!(
        parse("{\"a\": 1}").unwrap_err(),
        "message \"a\" is not a string"
    );
    assert_eq!(
        parse("[\"a\"]").unwrap_err(),
        "the file is not a JSON object"
    );
    assert!(parse("{\"a\": ").is_err());
}
