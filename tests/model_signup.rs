use wikimeet::model::signature::{key, SiteNames, DEFAULT_USER_TEMPLATES};
use wikimeet::model::signup::*;

/// An English wiki's names, as the client has them after reading siteinfo.
fn en() -> SiteNames {
    SiteNames {
        user_namespaces: vec!["user".into(), "user talk".into()],
        special_namespaces: vec!["special".into()],
        user_templates: DEFAULT_USER_TEMPLATES.iter().map(|t| key(t)).collect(),
        host: "meta.wikimedia.org".into(),
    }
}

fn line_owner(line: &str) -> Option<String> {
    en().owner(line).map(|(s, _)| s.user)
}

const PAGE: &str = include_str!("wiki/meeting-page.wikitext");

mod common;
use common::sections_of as sections;

fn session_text(heading: &str) -> String {
    let secs = sections(PAGE);
    let s = find_section(&secs, heading).expect("heading found");
    section_text(PAGE, &secs, s).unwrap().to_string()
}

#[test]
fn finds_a_session_heading_by_its_words_wherever_it_is() {
    let secs = sections(PAGE);
    let s = find_section(&secs, "Wednesday 14th February, time 15 UTC").unwrap();
    assert_eq!(s.index, "4");
    assert!(find_section(&secs, "  wednesday 14th  February, time 15 UTC ").is_some());
    let mut moved = vec![Section {
        index: "1".into(),
        level: 2,
        line: "New section".into(),
        byteoffset: Some(0),
    }];
    moved.extend(secs.clone());
    assert!(find_section(&moved, "Wednesday 14th February, time 15 UTC").is_some());
    let formatted = [Section {
        index: "9".into(),
        level: 3,
        line: "<i>Tuesday</i> 27th&nbsp;February".into(),
        byteoffset: None,
    }];
    assert_eq!(
        find_section(&formatted, "Tuesday 27th February")
            .unwrap()
            .index,
        "9"
    );
    assert!(find_section(&secs, "Friday 1st March").is_none());
}

#[test]
fn reads_every_kind_of_line_on_the_real_page() {
    let list = entries(&session_text("Wednesday 14th February, time 15 UTC"), &en());
    let names: Vec<_> = list.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Vic Sfriso (WMAR)",
            "Raimund Liebert (WMAT)",
            "Ngangaesther",
            "Edward ambele",
            "Małgorzata Gramatnikowska (WMPL)",
            "Luc Hervier WMFr",
            "Christoph Jackel (WMDE)",
            "Maju Planas (WMAR)",
            "Sara Thomas (WMUK)",
        ]
    );
    assert_eq!(list[7].user, None, "a line without a link has no user");
    assert_eq!(
        list[1].user.as_deref(),
        Some("Raimund Liebert (WMAT)"),
        "leading -- is fine"
    );
    assert_eq!(
        entries(&session_text("Tuesday 27th February, time 17 UTC"), &en()).len(),
        5
    );
}

#[test]
fn the_section_ends_at_the_next_heading_of_its_level() {
    let text = session_text("Wednesday 14th February, time 15 UTC");
    assert!(text.starts_with("=== Wednesday 14th February, time 15 UTC ==="));
    assert!(!text.contains("Tuesday 27th"));
    let parent = session_text("I want to take part in the meeting");
    assert!(
        parent.contains("Tuesday 27th"),
        "a level-2 section holds its level-3 children"
    );
}

#[test]
fn owners_come_from_user_links_normalized() {
    assert_eq!(
        line_owner("# [[User:alice_smith|Alice]] ([[User talk:alice smith|talk]])").as_deref(),
        Some("Alice smith")
    );
    assert_eq!(
        line_owner("# [[Special:Contributions/X|x]] [[User talk:Bob|talk]]").as_deref(),
        Some("X"),
        "Special:Contributions names a user too"
    );
    assert_eq!(
        line_owner("# [[user:Carol/sig|Carol]]").as_deref(),
        Some("Carol")
    );
    assert_eq!(line_owner("# Maju Planas (WMAR)"), None);
    assert_eq!(
        line_owner("# [[Special:Diff/123|x]] [[User talk:Bob|talk]]").as_deref(),
        Some("Bob"),
        "other special pages name nobody"
    );
    assert!(is_signed_up(&entries("# [[User:Alice|A]]", &en()), "alice"));
    assert!(!is_signed_up(
        &entries("# [[User:Alice|A]]", &en()),
        "Alicia"
    ));
}

#[test]
fn withdrawing_removes_only_the_users_lines_byte_for_byte() {
    let text = session_text("Tuesday 27th February, time 17 UTC");
    let signed = format!("{text}# [[User:Alice|Alice]] ([[User talk:Alice|talk]]) 11:35, 24 November 2026 (UTC)\n#: [[User:Bob|Bob]] replying\n");
    let after = without_user(&signed, "Alice", &en(), &[]).unwrap();
    assert_eq!(after, format!("{text}#: [[User:Bob|Bob]] replying\n"));
    assert_eq!(
        without_user(&text, "Alice", &en(), &[]),
        None,
        "nothing to remove"
    );
    // Someone else's line that mentions Alice is not hers.
    let mention = "# [[User:Bob|Bob]] with [[User:Alice|Alice]]\n";
    assert_eq!(without_user(mention, "Alice", &en(), &[]), None);
    // CRLF and lines without a final newline survive.
    let crlf =
        "=== S ===\r\n# [[User:Bob|Bob]]\r\n# [[User:Alice|Alice]]\r\n# [[User:Carol|Carol]]";
    assert_eq!(
        without_user(crlf, "Alice", &en(), &[]).unwrap(),
        "=== S ===\r\n# [[User:Bob|Bob]]\r\n# [[User:Carol|Carol]]"
    );
}

#[test]
fn offsets_count_characters_and_a_wrong_offset_cuts_nothing() {
    let text = "== Ł ==\nx\n=== Día ===\n# [[User:A|A]]\n";
    let secs = sections(text);
    assert_eq!(secs[1].byteoffset, Some(10), "counted in characters");
    assert_eq!(
        section_text(text, &secs, &secs[1]),
        Some("=== Día ===\n# [[User:A|A]]\n")
    );
    let mut bytes = secs.clone();
    bytes[1].byteoffset = Some(11); // what a byte count would say
    assert_eq!(section_text(text, &bytes, &bytes[1]), None);
}

#[test]
fn the_visitors_own_change_shows_until_the_next_read() {
    let list = entries("# [[User:Bob|Bob]]\n# <s>[[User:Alice|Alice]]</s>\n", &en());
    let names = |l: &[Entry]| l.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    // Registered: added once, even though a struck line of hers is there.
    let shown = with_own_change(list.clone(), Some("alice"), Some(true));
    assert_eq!(names(&shown), ["Bob", "Alice", "Alice"]);
    assert!(is_signed_up(&shown, "Alice"));
    assert_eq!(count(&shown), 2);
    let again = with_own_change(shown.clone(), Some("Alice"), Some(true));
    assert_eq!(again, shown, "already listed: nothing added");
    // Withdrawn: her live lines go, the struck one stays as the page's history.
    let gone = with_own_change(shown, Some("Alice"), Some(false));
    assert_eq!(names(&gone), ["Bob", "Alice"]);
    assert!(gone[1].struck);
    // Nobody signed in, or nothing done: the list as read.
    assert_eq!(with_own_change(list.clone(), None, Some(true)), list);
    assert_eq!(with_own_change(list.clone(), Some("Bob"), None), list);
}
