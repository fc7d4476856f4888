//! Agendas: slots in time order, grouped by the visitor's local day, now and next, one
//! calendar file with one reminder a day.
use chrono::{DateTime, NaiveDate, Utc};
use wikimeet::model::agenda::{by_day, first_of_day, local_date, standings, SlotStanding};
use wikimeet::model::calendar::agenda_ics;
use wikimeet::model::event::{Event, Speaker};

const AGENDA: &str = include_str!("fixtures/agenda-event.json");

fn agenda() -> Event {
    Event::from_json("agenda.json", AGENDA).unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The slot ids under each local day at a fixed UTC offset.
fn days(offset: i32) -> Vec<(String, Vec<String>)> {
    let e = agenda();
    let dates: Vec<NaiveDate> = e
        .sessions
        .iter()
        .map(|s| local_date(s.start, offset))
        .collect();
    by_day(&dates)
        .into_iter()
        .map(|(d, slots)| {
            (
                d.to_string(),
                slots
                    .into_iter()
                    .map(|i| e.sessions[i].id.clone())
                    .collect(),
            )
        })
        .collect()
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn slots_are_read_in_time_order_with_titles_and_speakers() {
    let e = agenda();
    assert!(e.agenda);
    let order: Vec<&str> = e.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "welcome",
            "newcomers",
            "breakout-a",
            "breakout-b",
            "panel",
            "evening",
            "late",
            "morning",
            "workshop",
            "closing"
        ],
        "the closing was written first"
    );
    assert_eq!(e.sessions[0].title.as_deref(), Some("Welcome"));
    assert_eq!(
        e.sessions[0].speakers,
        [
            Speaker::WikiUser("Vic Sfriso (WMAR)".into()),
            Speaker::Name("Ana Pérez".into())
        ]
    );
    assert_eq!(
        e.wiki.as_ref().unwrap().signup_heading.as_deref(),
        Some("Wednesday 14th February, time 15 UTC")
    );
    // Written and read back: the same agenda.
    assert_eq!(Event::from_json("again.json", &e.to_json()).unwrap(), e);
}

#[test]
fn a_speaker_of_unknown_form_and_a_slot_without_start_are_named() {
    let bad = AGENDA.replacen(
        "{\n          \"name\": \"Ana Pérez\"\n        }",
        "{\"email\": \"ana@example.org\"}",
        1,
    );
    let e = Event::from_json("agenda.json", &bad).unwrap_err();
    assert_eq!(e.field, "sessions[1].speakers[1]");
    assert!(
        e.problem
            .contains("{\"wiki_user\": \"User name\"} or {\"name\": \"Their name\"}"),
        "{}",
        e.problem
    );
    let bad = AGENDA.replacen("\"start\": \"2026-12-06T12:00:00Z\",", "", 1);
    let e = Event::from_json("agenda.json", &bad).unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.problem.as_str()),
        ("sessions[0]", "missing field \"start\"")
    );
}

#[test]
fn grouped_by_local_day_in_kolkata_los_angeles_and_auckland() {
    // Kolkata +5:30: 18:30 UTC is 00:00 on Sunday, the new day's first slot.
    assert_eq!(
        days(330),
        [
            (
                "2026-12-05".into(),
                ids(&[
                    "welcome",
                    "newcomers",
                    "breakout-a",
                    "breakout-b",
                    "panel",
                    "evening"
                ])
            ),
            (
                "2026-12-06".into(),
                ids(&["late", "morning", "workshop", "closing"])
            ),
        ]
    );
    // Los Angeles -8:00 in December.
    assert_eq!(
        days(-480),
        [
            (
                "2026-12-05".into(),
                ids(&[
                    "welcome",
                    "newcomers",
                    "breakout-a",
                    "breakout-b",
                    "panel",
                    "evening",
                    "late"
                ])
            ),
            (
                "2026-12-06".into(),
                ids(&["morning", "workshop", "closing"])
            ),
        ]
    );
    // Auckland +13:00 (summer): Saturday's UTC slots are its Sunday; the closing its Monday.
    assert_eq!(
        days(780),
        [
            (
                "2026-12-06".into(),
                ids(&[
                    "welcome",
                    "newcomers",
                    "breakout-a",
                    "breakout-b",
                    "panel",
                    "evening",
                    "late",
                    "morning",
                    "workshop"
                ])
            ),
            ("2026-12-07".into(), ids(&["closing"])),
        ]
    );
}

#[test]
fn quarter_hour_offsets_and_midnight() {
    // Kathmandu +5:45: 18:15 UTC is exactly midnight: Sunday.
    assert_eq!(
        local_date(at("2026-12-05T18:15:00Z"), 345).to_string(),
        "2026-12-06"
    );
    assert_eq!(
        local_date(at("2026-12-05T18:14:00Z"), 345).to_string(),
        "2026-12-05"
    );
    // Chatham +13:45: 10:15 UTC is midnight of the next day.
    assert_eq!(
        local_date(at("2026-12-05T10:15:00Z"), 825).to_string(),
        "2026-12-06"
    );
    assert_eq!(
        local_date(at("2026-12-05T10:14:00Z"), 825).to_string(),
        "2026-12-05"
    );
    // Negative :30 (Newfoundland -3:30).
    assert_eq!(
        local_date(at("2026-12-06T03:29:00Z"), -210).to_string(),
        "2026-12-05"
    );
}

#[test]
fn now_and_next_with_overlapping_slots() {
    let e = agenda();
    let s = standings(&e, at("2026-12-05T13:45:00Z"));
    use SlotStanding::*;
    assert_eq!(
        s,
        [Past, Past, Now, Now, Next, Later, Later, Later, Later, Later]
    );
    // Between slots: nothing now; the next one.
    let s = standings(&e, at("2026-12-05T14:40:00Z"));
    assert_eq!(&s[..6], [Past, Past, Past, Past, Next, Later]);
    // Before all: the first is next; after all: all past.
    assert_eq!(standings(&e, at("2026-12-01T00:00:00Z"))[0], Next);
    assert!(standings(&e, at("2027-01-01T00:00:00Z"))
        .iter()
        .all(|x| *x == Past));
    // A slot ends when the next begins: at 12:30 the welcome is past, the talk is on.
    assert_eq!(&standings(&e, at("2026-12-05T12:30:00Z"))[..2], [Past, Now]);
}

#[test]
fn one_calendar_file_for_the_agenda_with_one_reminder_a_day() {
    let e = agenda();
    let dates: Vec<NaiveDate> = e
        .sessions
        .iter()
        .map(|s| local_date(s.start, 330))
        .collect();
    let ics = agenda_ics(
        &e,
        &first_of_day(&dates),
        |_| true,
        at("2026-11-27T00:00:00Z"),
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 10);
    assert_eq!(
        ics.matches("BEGIN:VALARM").count(),
        2,
        "one a day in Kolkata"
    );
    assert!(ics.contains("UID:network-meeting-2026-late@wikimeet"));
    assert!(ics.contains("SUMMARY:Late-night stories"));
    assert!(ics.contains("DTSTART:20261205T183000Z"));
    // The late slot is Kolkata's Sunday: its entry carries Sunday's reminder.
    let late = ics
        .split("BEGIN:VEVENT")
        .find(|v| v.contains("-late@"))
        .unwrap();
    assert!(
        late.contains("BEGIN:VALARM") && late.contains("TRIGGER:-PT15M"),
        "{late}"
    );
    assert!(ics.lines().all(|l| l.len() <= 75));
}
