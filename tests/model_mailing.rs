//! Sending the meeting link: who can receive it, and the record that keeps it to once each.
use wikimeet::model::mailing::{
    classify, registrants, Reach, Recipient, SendRecord, Status, UserAnswer,
};
use wikimeet::model::signup::Entry;

fn line(name: &str, user: Option<&str>, struck: bool) -> Entry {
    Entry {
        user: user.map(str::to_string),
        name: name.into(),
        wiki: None,
        link: None,
        struck,
        line: format!("# {name}"),
    }
}

fn people() -> Vec<Recipient> {
    let entries = [
        line("Alice", Some("Alice"), false),
        line("Bob", Some("Bob"), false),
        line("Maju Planas (WMAR)", None, false),
        line("Ghost", Some("Ghost"), false),
        line("Waldo", Some("Waldo"), true),
        line("Alice", Some("Alice"), false), // on both sessions' lists
        line("Carol", Some("Carol"), false),
    ];
    let answers = [
        ("Alice".to_string(), UserAnswer::Emailable),
        ("Bob".to_string(), UserAnswer::NotEmailable),
        ("Ghost".to_string(), UserAnswer::Missing),
        ("Carol".to_string(), UserAnswer::Emailable),
    ];
    classify(&registrants(&entries), &answers, &[])
}

#[test]
fn each_registrant_once_with_how_they_can_be_reached() {
    let reach: Vec<(String, Reach)> = people().into_iter().map(|r| (r.name, r.reach)).collect();
    assert_eq!(
        reach,
        [
            ("Alice".to_string(), Reach::Mailable),
            ("Bob".into(), Reach::NoMail),
            ("Maju Planas (WMAR)".into(), Reach::NoWikiAccount),
            ("Ghost".into(), Reach::NoAccount),
            ("Carol".into(), Reach::Mailable),
        ],
        "Waldo withdrew (struck); Alice is on two lists"
    );
}

#[test]
fn a_resume_sends_exactly_to_those_not_yet_sent_and_never_to_an_unknown() {
    let people = people();
    let mut record = SendRecord::default();
    assert_eq!(record.remaining(&people), ["Alice", "Carol"]);
    record.begin("Alice");
    // The tab closed before the answer: the next run finds it under way.
    let kept = SendRecord::from_json(&record.to_json()).unwrap();
    assert_eq!(kept, record);
    let mut record = kept;
    record.settle_lost();
    assert_eq!(record.status("Alice"), Some(&Status::Unknown));
    assert_eq!(
        record.remaining(&people),
        ["Carol"],
        "an unknown is never resent by itself"
    );
    // Carol's send was stopped by the rate limit: not sent, so still to do.
    record.begin("Carol");
    record.end("Carol", None);
    assert_eq!(record.remaining(&people), ["Carol"]);
    record.begin("Carol");
    record.end("Carol", Some(Status::Sent));
    assert!(record.remaining(&people).is_empty());
    // The organiser decides Alice did not get it: she is sent to again, once.
    record.forget("Alice");
    assert_eq!(record.remaining(&people), ["Alice"]);
    record.begin("Alice");
    record.end("Alice", Some(Status::Refused("noemail".into())));
    assert!(
        record.remaining(&people).is_empty(),
        "a refusal is kept, not retried"
    );
    record.copy_sent = true;
    assert_eq!(SendRecord::from_json(&record.to_json()).unwrap(), record);
}

#[test]
fn a_kept_record_that_is_not_one_is_none() {
    assert_eq!(SendRecord::from_json("nonsense"), None);
    assert_eq!(SendRecord::from_json("{\"people\": []}"), None);
}
