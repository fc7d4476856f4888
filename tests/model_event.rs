use wikimeet::model::event::{sort_for_listing, Event};

const VSN: &str = include_str!("../public/events/vsn-peer-to-peer-support.json");

fn with(edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(VSN).unwrap();
    edit(&mut v);
    v.to_string()
}

fn error_of(text: &str) -> (String, String, String) {
    let e = Event::from_json("events/x.json", text).unwrap_err();
    (e.file, e.field, e.problem)
}

#[test]
fn the_shipped_vsn_event_is_valid_and_complete() {
    let e = Event::from_json("events/vsn-peer-to-peer-support.json", VSN).unwrap();
    assert_eq!(e.sessions.len(), 2);
    assert_eq!(
        e.sessions[0].start.to_rfc3339(),
        "2024-02-14T15:00:00+00:00"
    );
    assert_eq!(
        e.sessions[1].start.to_rfc3339(),
        "2024-02-27T17:00:00+00:00"
    );
    assert!(
        e.sessions.iter().all(|s| s.duration_minutes.is_none()),
        "the wiki page states no duration"
    );
    assert_eq!(
        e.page_url().unwrap(),
        "https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network/VSN_peer-to-peer_support"
    );
    assert_eq!(
        e.facilitator_url().unwrap(),
        "https://meta.wikimedia.org/wiki/User:Vic_Sfriso_(WMAR)"
    );
    assert_eq!(e.sessions[0].minutes(&e), e.calendar_default_minutes);
}

#[test]
fn a_bad_start_time_names_the_session_and_field() {
    let text = with(|v| v["sessions"][1]["start"] = "27 February 17 UTC".into());
    let (file, field, problem) = error_of(&text);
    assert_eq!(file, "events/x.json");
    assert_eq!(field, "sessions[1].start");
    assert!(
        problem.contains("\"27 February 17 UTC\" is not a date and time"),
        "{problem}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let text = with(|v| {
        v.as_object_mut().unwrap().remove("title");
    });
    let (_, field, problem) = error_of(&text);
    assert_eq!(problem, "missing field \"title\"");
    assert_eq!(field, "", "the file as a whole lacks it");
    let text = with(|v| {
        v["sessions"][1].as_object_mut().unwrap().remove("id");
    });
    let (_, field, problem) = error_of(&text);
    assert_eq!(
        (field.as_str(), problem.as_str()),
        ("sessions[1]", "missing field \"id\"")
    );
}

#[test]
fn a_misspelt_field_is_named() {
    let text = with(|v| v["sessions"][0]["duration_minute"] = 60.into());
    let (_, field, problem) = error_of(&text);
    assert_eq!(field, "sessions[0].duration_minute");
    assert!(
        problem.starts_with("unknown field \"duration_minute\""),
        "{problem}"
    );
}

#[test]
fn a_wrong_type_is_named() {
    let text = with(|v| v["sessions"][0]["duration_minutes"] = "an hour".into());
    let (_, field, problem) = error_of(&text);
    assert_eq!(field, "sessions[0].duration_minutes");
    assert_eq!(problem, "must be a whole number, like 60");
}

#[test]
fn each_kind_of_wrong_value_is_named_plainly() {
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            Box::new(|v| v["title"] = 5.into()),
            "title",
            "must be text in \"quotes\"",
        ),
        (
            Box::new(|v| v["wiki"]["signin"] = "password".into()),
            "wiki.signin",
            "\"password\" is not a way to sign in; write none, wiki-session or oauth2",
        ),
        (
            Box::new(|v| v["sessions_are_alternatives"] = "yes".into()),
            "sessions_are_alternatives",
            "must be true or false",
        ),
        (
            Box::new(|v| v["sessions"] = "tomorrow".into()),
            "sessions",
            "must be a list: [ … ]",
        ),
        (
            Box::new(|v| v["facilitator"] = "Vic".into()),
            "facilitator",
            "must be an object: { \"name\": value, … }",
        ),
        (
            Box::new(|v| v["policy"][0]["rules"][1]["txt"] = "x".into()),
            "policy[0].rules[1].txt",
            "unknown field \"txt\"; the fields here are: title, text",
        ),
    ];
    for (edit, field, problem) in cases {
        assert_eq!(
            error_of(&with(edit)),
            ("events/x.json".into(), field.into(), problem.into())
        );
    }
}

#[test]
fn broken_json_says_where() {
    let (_, field, problem) = error_of("{\"slug\": \"x\",\n  \"title\": }");
    assert_eq!(field, "title", "the path reached before the error");
    assert!(
        problem.starts_with("the file is not valid JSON"),
        "{problem}"
    );
    assert!(problem.contains("line 2"), "{problem}");
}

#[test]
fn semantic_checks_name_their_field() {
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|v| v["sessions"] = serde_json::json!([])),
            "sessions",
        ),
        (
            Box::new(|v| v["contact_email"] = "vic at wikimedia".into()),
            "contact_email",
        ),
        (Box::new(|v| v["slug"] = "VSN Meeting".into()), "slug"),
        (
            Box::new(|v| v["sessions"][1]["id"] = "2024-02-14".into()),
            "sessions[1].id",
        ),
        (
            Box::new(|v| v["sessions"][0]["duration_minutes"] = 0.into()),
            "sessions[0].duration_minutes",
        ),
        (
            Box::new(|v| v["wiki"]["article_path"] = "https://meta.wikimedia.org/wiki/".into()),
            "wiki.article_path",
        ),
        (
            Box::new(|v| v["calendar_default_minutes"] = 0.into()),
            "calendar_default_minutes",
        ),
    ];
    for (edit, expected) in cases {
        let (_, field, problem) = error_of(&with(edit));
        assert_eq!(field, expected, "{problem}");
        assert!(!problem.is_empty());
    }
}

#[test]
fn a_session_with_duration_ends_after_it() {
    let e = Event::from_json(
        "x",
        &with(|v| v["sessions"][0]["duration_minutes"] = 75.into()),
    )
    .unwrap();
    assert_eq!(
        e.sessions[0].end(&e).to_rfc3339(),
        "2024-02-14T16:15:00+00:00"
    );
}

#[test]
fn listing_puts_upcoming_first_soonest_first_then_past_latest_first() {
    let make = |slug: &str, start: &str| {
        Event::from_json(
            "x",
            &with(|v| {
                v["slug"] = slug.into();
                v["sessions"] = serde_json::json!([{ "id": "a", "start": start }]);
            }),
        )
        .unwrap()
    };
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T12:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let mut events = vec![
        make("old", "2024-02-14T15:00:00Z"),
        make("later", "2027-03-01T15:00:00Z"),
        make("recent", "2026-10-01T15:00:00Z"),
        make("soon", "2026-12-01T15:00:00Z"),
    ];
    sort_for_listing(&mut events, now);
    let order: Vec<_> = events.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(order, ["soon", "later", "recent", "old"]);
}

#[test]
fn a_file_for_a_newer_format_says_so_instead_of_naming_its_new_fields() {
    let newer = with(|v| {
        v["format"] = 3.into();
        v["speakers"] = serde_json::json!(["Ana"]);
    });
    let (_, field, problem) = error_of(&newer);
    assert_eq!(field, "format");
    assert!(
        problem.contains("written for a newer wikimeet") && problem.contains("update the folder"),
        "{problem}"
    );
    // A file of this release's own format still refuses a misspelt field.
    let misspelt = with(|v| v["speakerz"] = serde_json::json!(["Ana"]));
    let (_, field, problem) = error_of(&misspelt);
    assert_eq!(
        (field.as_str(), problem.starts_with("unknown field")),
        ("speakerz", true)
    );
    // No format at all is the first format (files written before it was added).
    assert!(Event::from_json(
        "a.json",
        &with(|v| {
            v.as_object_mut().unwrap().remove("format");
        })
    )
    .is_ok());
    let (_, field, _) = error_of(&with(|v| v["format"] = "one".into()));
    assert_eq!(field, "format");
}

#[test]
fn a_slug_listed_twice_is_kept_once_and_reported() {
    use wikimeet::model::event_json::listed_once;
    let slugs = ["a", "b", "a", "c", "a", "b"].map(String::from).to_vec();
    let (once, repeated) = listed_once(slugs);
    assert_eq!(once, ["a", "b", "c"]);
    assert_eq!(repeated, ["a", "b"]);
}

#[test]
fn the_session_to_show_is_the_first_not_ended_else_the_last() {
    let event = Event::from_json("x", VSN).unwrap();
    let at = |t: &str| {
        chrono::DateTime::parse_from_rfc3339(t)
            .unwrap()
            .with_timezone(&chrono::Utc)
    };
    let id = |t: &str| event.session_to_show(at(t)).map(|s| s.id.clone());
    let (first, second) = (event.sessions[0].id.clone(), event.sessions[1].id.clone());
    assert_eq!(id("2024-02-14T12:00:00Z"), Some(first.clone()));
    assert_eq!(id("2024-02-14T15:30:00Z"), Some(first), "live");
    assert_eq!(id("2024-02-20T12:00:00Z"), Some(second.clone()));
    assert_eq!(id("2026-11-25T12:00:00Z"), Some(second), "all ended");
}

#[test]
fn an_empty_language_or_platform_is_named_not_shown_blank() {
    for field in ["language", "platform"] {
        for empty in ["", "  "] {
            let (_, f, problem) = error_of(&with(|v| v[field] = empty.into()));
            assert_eq!(f, field);
            assert!(problem.starts_with("must not be empty"), "{problem}");
        }
    }
}
