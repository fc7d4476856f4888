use wikimeet::model::json::{quote, Json};

#[test]
fn members_missing_null_and_nested() {
    let j =
        Json::parse(r#"{"a": {"b": [1, "2", null]}, "n": null, "t": true, "x": 12, "f": 1.5e3}"#)
            .unwrap();
    assert!(j.get("missing").is_none());
    assert!(j.get("n").is_some_and(Json::is_null));
    assert_eq!(j.get("t").and_then(Json::as_bool), Some(true));
    assert_eq!(j.get("x").and_then(Json::as_u64), Some(12));
    assert_eq!(
        j.get("f").and_then(Json::as_u64),
        None,
        "not a whole number"
    );
    let list = j.pointer("/a/b").and_then(Json::as_array).unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[1].as_str(), Some("2"));
    assert_eq!(list[1].as_u64(), None, "a string is not a number");
    assert!(j.pointer("/a/c/d").is_none());
    assert!(list[0].get("a").is_none(), "a number has no members");
    let keys: Vec<&str> = j.entries().unwrap().iter().map(|e| e.0.as_str()).collect();
    assert_eq!(keys, ["a", "n", "t", "x", "f"], "document order");
}

#[test]
fn strings_and_escapes_round_trip() {
    let text = "quote \" backslash \\ line\nbreak tab\t é 😀 \u{1}";
    let j = Json::parse(&quote(text)).unwrap();
    assert_eq!(j.as_str(), Some(text));
    assert_eq!(
        Json::parse(r#""\u00e9\ud83d\ude00\/""#).unwrap().as_str(),
        Some("é😀/")
    );
}

#[test]
fn a_syntax_error_says_where_and_in_which_field() {
    let e = Json::parse("{\"slug\": \"x\",\n  \"sessions\": [{\"id\": \"a\"}, {\"start\": }]}")
        .unwrap_err();
    assert_eq!((e.line, e.column), (2, 39), "at the }}");
    assert_eq!(e.path, "sessions[1].start");
    assert!(e.message.starts_with("expected a value"), "{}", e.message);
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "\"open",
        "01",
        "1.",
        "-",
        "tru",
        "{} x",
        "\"a\nb\"",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad:?} is not JSON");
    }
    for good in ["0", "-1", "1.5", "2e10", "1E-3", "[]", "{}", " [ null ] "] {
        assert!(Json::parse(good).is_ok(), "{good:?} is JSON");
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = Json::parse(&deep).unwrap_err();
    assert_eq!(e.message, "nested more than 100 levels deep");
    assert!(Json::parse(&format!("{}{}", "[".repeat(50), "]".repeat(50))).is_ok());
}

#[test]
fn a_backslash_before_any_letter_is_an_error_at_that_backslash_never_a_panic() {
    let file = "{\n  \"format\": 1,\n  \"slug\": \"x\",\n  \"title\": \"Treffen \\é…\"\n}";
    let e = Json::parse(file).unwrap_err();
    assert_eq!(
        e.message,
        "not a valid escape (a \\ in \"quotes\" is written \\\\)"
    );
    assert_eq!(
        (e.line, e.column, e.path.as_str()),
        (4, 21, "title"),
        "at the \\"
    );
    for bad in [
        "\"\\😀\"",
        "\"\\ب\"",
        "\"C:\\Users\\Éva\"",
        "\"\\u+123\"",
        "\"\\u-12a\"",
        "\"\\",
        "\"\\u12",
    ] {
        let e = Json::parse(bad).unwrap_err();
        assert!(e.column >= 1, "{bad:?}: {e:?}");
    }
}

#[test]
fn where_this_reader_differs_from_strict_json_on_purpose() {
    // A leading byte-order mark (Windows Notepad's UTF-8) is skipped.
    assert_eq!(
        Json::parse("\u{feff}{\"a\": 1}")
            .unwrap()
            .get("a")
            .and_then(Json::as_u64),
        Some(1)
    );
    // An unpaired surrogate escape is U+FFFD, as the browser's JSON.parse and encoder keep it.
    assert_eq!(
        Json::parse(r#""\ud800x""#).unwrap().as_str(),
        Some("\u{fffd}x")
    );
    assert_eq!(
        Json::parse(r#""\udc00""#).unwrap().as_str(),
        Some("\u{fffd}")
    );
    assert_eq!(
        Json::parse(r#""\ud800\u0041""#).unwrap().as_str(),
        Some("\u{fffd}A")
    );
    // A number out of a float's range is kept as written.
    assert_eq!(Json::parse("1e400").unwrap(), Json::Number("1e400".into()));
    // Numbers as JSON writes them, and nothing else.
    for bad in [
        "1.e5", "1e5.5", "1.2.3", "-", "1e+", "+1", "0x10", "--1", "01",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad}");
    }
    for good in [
        "-0",
        "0.5",
        "1E-7",
        "2.5e+3",
        "123456789012345678901234567890",
    ] {
        assert!(Json::parse(good).is_ok(), "{good}");
    }
}

#[test]
fn a_file_not_saved_as_utf8_says_so() {
    use wikimeet::model::event::Event;
    let utf16: String = "{\"slug\": \"x\"}"
        .chars()
        .flat_map(|c| [c, '\0'])
        .collect();
    let e = Event::from_json("events/x.json", &format!("\u{fffd}\u{fffd}{utf16}")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("events/x.json: the file is not saved as UTF-8 (perhaps as UTF-16"),
        "{e}"
    );
    assert!(
        e.problem.contains("save it again with the encoding UTF-8"),
        "{e}"
    );
    let ansi = Event::from_json("events/x.json", "{\"title\": \"Caf\u{fffd}\"}").unwrap_err();
    assert!(ansi.problem.contains("not saved as UTF-8"), "{ansi}");
}
