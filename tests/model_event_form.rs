//! The organiser page's form: checked by the event-file reader, problems worded for a form.
use wikimeet::model::event::Event;
use wikimeet::model::event_form::{EventForm, SessionForm};

const VSN: &str = include_str!("../public/events/vsn-peer-to-peer-support.json");

fn vsn() -> Event {
    Event::from_json("vsn.json", VSN).unwrap()
}

#[test]
fn an_event_survives_the_form_and_the_device() {
    let event = vsn();
    let form = EventForm::from_event(&event);
    assert_eq!(form.to_event().unwrap(), event);
    let mut with_organisers = event.clone();
    with_organisers.organisers = vec!["Alice".into(), "Bob (WMAR)".into()];
    let mut typed = EventForm::from_event(&with_organisers);
    typed.set("organisers", "Alice,\n Bob (WMAR) ,");
    assert_eq!(typed.to_event().unwrap(), with_organisers);
    let kept = EventForm::from_json(&form.to_json()).unwrap();
    assert_eq!(kept, form);
    assert_eq!(kept.to_event().unwrap(), event);
}

fn problem_of(edit: impl Fn(&mut EventForm)) -> (String, String) {
    let mut form = EventForm::from_event(&vsn());
    edit(&mut form);
    form.to_event().unwrap_err()
}

#[test]
fn each_problem_is_on_its_field_in_a_forms_words() {
    assert_eq!(
        problem_of(|f| f.sessions[1].time = "5pm".into()),
        (
            "sessions[1].time".into(),
            "enter the time in UTC as hours:minutes, e.g. 15:00".into()
        )
    );
    assert_eq!(
        problem_of(|f| f.sessions[0].date = "14/02/2024".into()),
        (
            "sessions[0].date".into(),
            "enter the date as year-month-day, e.g. 2024-02-14".into()
        )
    );
    assert_eq!(
        problem_of(|f| f.set("slug", "VSN peer support")).1,
        "use only lowercase letters a-z, digits and '-', e.g. peer-support-2025"
    );
    assert_eq!(
        problem_of(|f| f.set("contact_email", "vic at example")),
        (
            "contact_email".into(),
            "enter an email address, e.g. name@example.org".into()
        )
    );
    assert_eq!(
        problem_of(|f| f.set("reminder_minutes", "half an hour")),
        (
            "reminder_minutes".into(),
            "enter a whole number, e.g. 60".into()
        )
    );
    assert_eq!(
        problem_of(|f| f.sessions[0].duration = "90 min".into()),
        (
            "sessions[0].duration_minutes".into(),
            "enter a whole number, e.g. 60".into()
        )
    );
    assert_eq!(
        problem_of(|f| f.set("title", "  ")),
        ("title".into(), "fill this in".into())
    );
    assert_eq!(problem_of(|f| f.sessions.clear()).0, "sessions");
    assert_eq!(
        problem_of(|f| f.set("facilitator.name", "")).0,
        "facilitator.name",
        "a facilitator with a wiki user but no name"
    );
    assert_eq!(
        problem_of(|f| f.set("wiki.signin", "oauth2")).0,
        "wiki.oauth"
    );
}

#[test]
fn two_sessions_on_one_day_get_their_own_ids() {
    let mut form = EventForm::from_event(&vsn());
    form.sessions = vec![
        SessionForm {
            heading: "Morning".into(),
            date: "2025-03-01".into(),
            time: "09:00".into(),
            ..SessionForm::default()
        },
        SessionForm {
            heading: "Evening".into(),
            date: "2025-03-01".into(),
            time: "19:30".into(),
            duration: "45".into(),
            ..SessionForm::default()
        },
    ];
    let event = form.to_event().unwrap();
    let ids: Vec<_> = event.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["2025-03-01", "2025-03-01-2"]);
    assert_eq!(
        event.sessions[1].start.to_rfc3339(),
        "2025-03-01T19:30:00+00:00"
    );
    assert_eq!(event.sessions[1].duration_minutes, Some(45));
}

#[test]
fn a_kept_form_that_is_not_one_is_ignored() {
    assert_eq!(EventForm::from_json("not json"), None);
    assert_eq!(EventForm::from_json("{\"fields\": 3}"), None);
}
