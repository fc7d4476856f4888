//! Sign-up lines as people really sign them on other wikis (issue: localized namespaces,
//! interwiki links, user templates, struck lines, bullets), read with `model::signup`.
use wikimeet::model::signature::{key, SiteNames, DEFAULT_USER_TEMPLATES};
use wikimeet::model::signup::{count, entries, is_signed_up, without_user, Entry};
use wikimeet::model::wikitext::visible_text;

/// A wiki's names as its siteinfo gives them (local names, canonical names, aliases).
fn wiki(host: &str, user: &[&str], special: &[&str]) -> SiteNames {
    SiteNames {
        user_namespaces: user.iter().map(|n| key(n)).collect(),
        special_namespaces: special.iter().map(|n| key(n)).collect(),
        user_templates: DEFAULT_USER_TEMPLATES.iter().map(|t| key(t)).collect(),
        host: host.into(),
    }
}

fn eswiki() -> SiteNames {
    wiki(
        "es.wikipedia.org",
        &[
            "Usuario",
            "User",
            "Usuario discusión",
            "User talk",
            "Usuaria",
            "Usuaria discusión",
        ],
        &["Especial", "Special"],
    )
}

fn meta() -> SiteNames {
    wiki("meta.wikimedia.org", &["User", "User talk"], &["Special"])
}

fn one(line: &str, names: &SiteNames) -> Entry {
    let list = entries(line, names);
    assert_eq!(list.len(), 1, "one entry for {line:?}");
    list.into_iter().next().unwrap()
}

/// (user, shown name, wiki label, struck)
fn read(line: &str, names: &SiteNames) -> (Option<String>, String, Option<String>, bool) {
    let e = one(line, names);
    (e.user, e.name, e.wiki, e.struck)
}

fn user(name: &str) -> Option<String> {
    Some(name.into())
}

#[test]
fn localized_signatures_name_their_user() {
    let es = "# [[Usuario:Bar|Bar]] ([[Usuario discusión:Bar|discusión]]) 10:00 1 feb 2024 (UTC)";
    assert_eq!(
        read(es, &eswiki()),
        (user("Bar"), "Bar".into(), None, false)
    );
    let alias = "# [[Usuaria:Ana_maría|Ana]] ([[Usuaria discusión:Ana María|disc.]])";
    assert_eq!(read(alias, &eswiki()).0, user("Ana maría"));
    let de =
        "# [[Benutzer:Baz|Baz]] ([[Benutzer Diskussion:Baz|Diskussion]]) 10:00, 1. Feb. 2024 (CET)";
    let dewiki = wiki(
        "de.wikipedia.org",
        &["Benutzer", "Benutzerin", "Benutzer Diskussion", "BD"],
        &["Spezial"],
    );
    assert_eq!(read(de, &dewiki).0, user("Baz"));
    assert_eq!(
        read("# [[BD:Baz|talk]]", &dewiki).0,
        user("Baz"),
        "an alias of this wiki only"
    );
    assert_eq!(read("# [[benutzerin:Baz|Baz]]", &dewiki).0, user("Baz"));
    // The canonical English name works on every wiki.
    assert_eq!(read("# [[User:Bar|Bar]]", &eswiki()).0, user("Bar"));
    assert_eq!(
        read("# [[:Usuario:Bar|Bar]]", &eswiki()).0,
        user("Bar"),
        "leading colon"
    );
}

#[test]
fn interwiki_links_name_the_user_of_the_last_title_and_their_wiki() {
    let line = "# [[:es:Usuario:Qux|Qux]] 10:00 1 feb 2024 (UTC)";
    assert_eq!(
        read(line, &meta()),
        (user("Qux"), "Qux".into(), Some("es".into()), false)
    );
    assert_eq!(one(line, &meta()).link.as_deref(), Some("es:User:Qux"));
    let m = "# [[m:User:Quux|Quux]] ([[m:User talk:Quux|talk]])";
    assert_eq!(read(m, &meta()).2, None, "m: on Meta is Meta itself");
    assert_eq!(one(m, &meta()).link.as_deref(), Some("User:Quux"));
    assert_eq!(
        read(m, &eswiki()).2,
        Some("m".into()),
        "m: from eswiki is another wiki"
    );
    assert_eq!(
        read("# [[w:es:Usuario:Ana|Ana]]", &meta()),
        (user("Ana"), "Ana".into(), Some("w:es".into()), false)
    );
    assert_eq!(
        read("# [[w:es:Usuario:Ana|Ana]]", &eswiki()).2,
        None,
        "w:es: on eswiki is home"
    );
    assert_eq!(
        read("# [[:de:Benutzerin:Lena|Lena]]", &meta()).0,
        user("Lena")
    );
    assert_eq!(
        read("# [[:pl:Wikipedysta:Jan|Jan]]", &meta()).0,
        user("Jan")
    );
    assert_eq!(
        read("# [[:fr:Utilisatrice:Zoé|Zoé]]", &meta()).0,
        user("Zoé")
    );
    assert_eq!(read("# [[:ar:مستخدم:سارة|سارة]]", &meta()).0, user("سارة"));
    // Links that only look like prefixes are not users.
    assert_eq!(read("# [[Wikipedia:Village pump|pump]]", &meta()).0, None);
}

#[test]
fn contributions_pages_name_users_and_addresses() {
    let line = "# [[Special:Contributions/192.0.2.7|192.0.2.7]] 10:00, 1 February 2024 (UTC)";
    assert_eq!(read(line, &meta()).0, user("192.0.2.7"));
    let es = "# [[Especial:Contribuciones/Bar|Bar]]";
    assert_eq!(read(es, &eswiki()).0, user("Bar"));
    assert_eq!(read("# [[Special:Diff/5|5]]", &meta()).0, None);
}

#[test]
fn user_templates_name_their_first_parameter() {
    assert_eq!(
        read("# {{u|Corge}}", &meta()),
        (user("Corge"), "Corge".into(), None, false)
    );
    assert_eq!(read("# {{User|corge_x}} hi", &meta()).0, user("Corge x"));
    assert_eq!(
        read("# {{ping|1=x|Corge}}", &meta()).0,
        user("Corge"),
        "named parameters skipped"
    );
    // A template the event does not list shows its text, never braces.
    let (who, shown, ..) = read("# {{Benutzer|Corge}}", &meta());
    assert_eq!((who, shown.as_str()), (None, "Corge"));
    let mut own = meta();
    own.user_templates = vec![key("Benutzer")];
    assert_eq!(read("# {{Benutzer|Corge}}", &own).0, user("Corge"));
}

#[test]
fn struck_lines_are_shown_not_counted_and_never_the_users() {
    for tag in ["s", "del", "strike", "S"] {
        let line = format!("# <{tag}>[[User:Waldo|Waldo]]</{tag}> can't come");
        assert_eq!(
            read(&line, &meta()),
            (user("Waldo"), "Waldo".into(), None, true)
        );
        let list = entries(&line, &meta());
        assert_eq!(count(&list), 0);
        assert!(!is_signed_up(&list, "Waldo"));
    }
    let after = "# <s>busy</s> [[User:Waldo|Waldo]]";
    assert!(
        !read(after, &meta()).3,
        "a struck word before the name is not a struck name"
    );
    // Withdrawing through wikimeet removes the live line, never the struck one.
    let text = "=== S ===\n# <s>[[User:Waldo|Waldo]]</s>\n# [[User:Waldo|Waldo]] again\n";
    assert_eq!(
        without_user(text, "Waldo", &meta(), &[]).as_deref(),
        Some("=== S ===\n# <s>[[User:Waldo|Waldo]]</s>\n")
    );
    assert_eq!(
        without_user("# <s>[[User:Waldo|W]]</s>\n", "Waldo", &meta(), &[]),
        None
    );
}

#[test]
fn bullets_count_like_numbers_and_replies_never_count() {
    let text = "* [[User:Garply|Garply]]\n# [[User:Bob|Bob]]\n*: [[User:Eve|Eve]] reply\n#: note\n** sub\n#* sub\n";
    let list = entries(text, &meta());
    let names: Vec<_> = list.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Garply", "Bob"]);
    assert!(is_signed_up(&list, "Garply"));
    assert_eq!(
        without_user(text, "Garply", &meta(), &[]).as_deref(),
        Some("# [[User:Bob|Bob]]\n*: [[User:Eve|Eve]] reply\n#: note\n** sub\n#* sub\n")
    );
}

#[test]
fn lines_that_name_nobody_show_plain_text() {
    let cases = [
        ("# Maju Planas (WMAR)", "Maju Planas (WMAR)"),
        (
            "# --'''[[Wikipedia:About|Maju]]''' 10:00, 1 February 2024 (UTC)",
            "Maju",
        ),
        (
            "# Lu <span style=\"color:red\">Ma</span> 17:18, 29 ene 2024 (UTC)",
            "Lu Ma",
        ),
        (
            "# [[Foo]] and [https://example.org site] 10:00, 1. Feb. 2024 (CET)",
            "Foo and site",
        ),
        ("# {{flag|AR}} Ana | B", "AR Ana B"),
        ("# [[Foo|<b>Bold</b> name]]", "Bold name"),
        ("# Meeting at 10:00 is fine", "Meeting at 10:00 is fine"),
    ];
    for (line, want) in cases {
        let (who, shown, ..) = read(line, &meta());
        assert_eq!((who, shown.as_str()), (None, want), "{line}");
        for markup in ["[[", "{{", "|", "]]", "<", "(UTC)"] {
            assert!(!shown.contains(markup), "{shown:?} has {markup}");
        }
    }
    assert_eq!(
        visible_text(&format!("# {}", "a".repeat(200)))
            .chars()
            .count(),
        80
    );
    assert!(entries("# \n# ~~~~ \n", &meta())
        .iter()
        .all(|e| !e.name.is_empty()));
}

#[test]
fn a_line_this_device_wrote_is_the_users_by_its_text() {
    let mine = "# Plain Sig 10:00, 1 February 2024 (UTC)".to_string();
    let text = format!("=== S ===\n# [[User:Bob|Bob]]\n{mine}\n");
    let mut list = entries(&text, &meta());
    assert!(!is_signed_up(&list, "Alice"));
    wikimeet::model::signup::claim(&mut list, std::slice::from_ref(&mine), "alice");
    assert!(is_signed_up(&list, "Alice"));
    assert_eq!(
        without_user(&text, "Alice", &meta(), std::slice::from_ref(&mine)).as_deref(),
        Some("=== S ===\n# [[User:Bob|Bob]]\n")
    );
    assert_eq!(without_user(&text, "Alice", &meta(), &[]), None);
}
