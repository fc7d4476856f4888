//! Switching the UI language changes a process-wide setting: this file is its own test binary
//! so no other test sees it.
use wikimeet::i18n::tr;

#[test]
fn the_chosen_language_is_used_and_english_fills_its_gaps() {
    use wikimeet::i18n::{is_loaded, load_files, set_language, supported};
    let load = |code, text: &str| load_files(code, &[(String::new(), text.to_string())]);
    for code in ["es", "ar"] {
        assert!(!is_loaded(code), "only English is built in");
        load(
            code,
            &std::fs::read_to_string(format!("i18n/{code}.json")).unwrap(),
        )
        .unwrap();
    }
    assert!(load("xx", "{}").is_err());
    // A language is loaded whole or not at all; the failing file is named.
    let files = [
        (
            "i18n/pt.json".to_string(),
            "{\"loading\": \"A carregar\"}".to_string(),
        ),
        ("i18n/safe-space/pt.json".to_string(), "{".to_string()),
    ];
    let e = wikimeet::i18n::load_files("pt", &files).unwrap_err();
    assert!(e.starts_with("i18n/safe-space/pt.json: "), "{e}");
    assert!(!is_loaded("pt"));
    assert!(
        load("es", "{\"a\": 1}").is_err(),
        "a message that is not text is refused"
    );
    assert_eq!(supported("es-AR"), Some("es"));
    assert_eq!(supported("ar"), Some("ar"));
    assert_eq!(supported("xx-YY"), None);
    set_language("pt");
    assert_eq!(
        tr("rel-in-days", &["1"]),
        "in 1 day",
        "not loaded yet: English"
    );
    set_language("es");
    assert_eq!(tr("rel-in-days", &["1"]), "en 1 día");
    assert_eq!(tr("rel-in-days", &["3"]), "en 3 días");
    assert_eq!(
        tr("net-not-found", &["x.json"]),
        "x.json was not found on this site.",
        "English fallback"
    );
    set_language("ar");
    assert_eq!(tr("rel-ended-years", &["2"]), "انتهى قبل سنتين");
    // A served translation carries the English it lacks (finish_dist; the meeting page has no
    // English built in), read with English plural rules: French would say "0 day".
    load(
        "fr",
        r#"{"loading": "Chargement", "@en": {"only-carried": "{{PLURAL:$1|$1 day|$1 days}}"}}"#,
    )
    .unwrap();
    set_language("fr");
    assert_eq!(tr("loading", &[]), "Chargement");
    assert_eq!(tr("only-carried", &["0"]), "0 days");
    assert!(
        load("fr", r#"{"@en": "text"}"#).is_err(),
        "a carried English that is not an object is refused"
    );
    set_language("en");
}
