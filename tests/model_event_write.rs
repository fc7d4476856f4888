//! The organiser page's downloads: the event file it writes reads back as the same event, and
//! the index keeps what the hosted one lists.
use wikimeet::model::event::Event;
use wikimeet::model::event_write::index_with;
use wikimeet::model::wiki_page::{OAuthClient, SignIn};

const VSN: &str = include_str!("../public/events/vsn-peer-to-peer-support.json");

fn vsn() -> Event {
    Event::from_json("vsn.json", VSN).unwrap()
}

#[test]
fn the_written_file_reads_back_as_the_same_event() {
    let event = vsn();
    let written = event.to_json();
    assert_eq!(Event::from_json("written.json", &written).unwrap(), event);
    // Written as an organiser would: indented, "format" first, times in UTC with a Z.
    assert!(
        written.starts_with("{\n  \"format\": 2,\n  \"slug\": \"vsn-peer-to-peer-support\","),
        "{written}"
    );
    assert!(
        written.contains("\"start\": \"2024-02-14T15:00:00Z\""),
        "{written}"
    );
    assert!(
        !written.contains("null"),
        "absent fields are left out: {written}"
    );
}

#[test]
fn every_optional_field_survives_the_round_trip() {
    let mut event = vsn();
    let wiki = event.wiki.as_mut().unwrap();
    wiki.signin = SignIn::Oauth2;
    wiki.oauth = Some(OAuthClient {
        client_id: "abc123".into(),
        rest: "https://meta.wikimedia.org/w/rest.php".into(),
    });
    wiki.user_templates = vec!["u".into(), "ping".into()];
    event.affiliate.as_mut().unwrap().email = Some("safe@example.org".into());
    event.sessions[0].duration_minutes = Some(75);
    event.sessions[1].signup_heading = None;
    event.platform_note = None;
    event.series = None;
    event.description = "Quotes \" and \\ and\nlines, ünïcode, <tags> & emoji 🙂".into();
    event.draft_days = 7;
    event.organisers = vec!["Alice".into(), "Bob (WMAR)".into()];
    event.quick_exit_url = "https://example.org/".into();
    let back = Event::from_json("written.json", &event.to_json()).unwrap();
    assert_eq!(back, event);
    event.wiki = None;
    event.facilitator = None;
    event.affiliate = None;
    event.policy = Vec::new();
    let back = Event::from_json("written.json", &event.to_json()).unwrap();
    assert_eq!(back, event);
}

#[test]
fn the_index_keeps_the_hosted_events_and_adds_this_one_once() {
    let hosted = r#"{"events": ["one", "two"]}"#;
    assert_eq!(
        index_with(Some(hosted), "three"),
        "{\n  \"events\": [\"one\", \"two\", \"three\"]\n}\n"
    );
    assert_eq!(
        index_with(Some(hosted), "two"),
        "{\n  \"events\": [\"one\", \"two\"]\n}\n"
    );
    // No hosted index yet, or one that cannot be read: this event alone.
    assert_eq!(index_with(None, "one"), "{\n  \"events\": [\"one\"]\n}\n");
    assert_eq!(
        index_with(Some("<html>404</html>"), "one"),
        "{\n  \"events\": [\"one\"]\n}\n"
    );
}
