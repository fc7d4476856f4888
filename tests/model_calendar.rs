use chrono::{DateTime, Utc};
use wikimeet::model::calendar::{google_link, ics, outlook_link, uid};
use wikimeet::model::event::Event;

const VSN: &str = include_str!("../public/events/vsn-peer-to-peer-support.json");

fn vsn() -> Event {
    Event::from_json("vsn", VSN).unwrap()
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// Undoes RFC 5545 line folding.
fn unfold(s: &str) -> String {
    s.replace("\r\n ", "")
}

#[test]
fn ics_has_the_required_properties_in_utc() {
    let e = vsn();
    let text = ics(&e, &e.sessions[0], now());
    let flat = unfold(&text);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:vsn-peer-to-peer-support-2024-02-14@wikimeet",
        "DTSTAMP:20261125T120000Z",
        "DTSTART:20240214T150000Z",
        "DTEND:20240214T163000Z",
        "BEGIN:VALARM",
        "TRIGGER:-PT30M",
        "END:VCALENDAR",
    ] {
        assert!(
            flat.split("\r\n").any(|l| l == line),
            "missing {line} in\n{flat}"
        );
    }
    assert!(flat.contains(
        "SUMMARY:Peer-to-peer support: a safe space for sharing thoughts and experiences"
    ));
    assert!(flat.contains(
        "https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network/VSN_peer-to-peer_support"
    ));
}

#[test]
fn ics_lines_are_crlf_and_folded_at_75_octets() {
    let e = vsn();
    let text = ics(&e, &e.sessions[0], now());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF found");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line too long ({}): {line}", line.len());
    }
}

#[test]
fn ics_escapes_text_and_never_splits_a_character() {
    let mut e = vsn();
    e.title = "Réunion; «ñandú», 会议".repeat(6);
    e.description = "line one\nline two, with; specials\\".into();
    let text = ics(&e, &e.sessions[0], now());
    for line in text.split("\r\n") {
        assert!(line.len() <= 75);
    }
    let flat = unfold(&text);
    assert!(flat.contains("SUMMARY:Réunion\\; «ñandú»\\, 会议Réunion"));
    assert!(flat.contains("DESCRIPTION:line one\\nline two\\, with\\; specials\\\\"));
}

#[test]
fn uid_is_stable_and_distinct_per_session() {
    let e = vsn();
    assert_eq!(uid(&e, &e.sessions[0]), uid(&vsn(), &vsn().sessions[0]));
    assert_ne!(uid(&e, &e.sessions[0]), uid(&e, &e.sessions[1]));
}

#[test]
fn a_session_crossing_midnight_ends_the_next_utc_day() {
    let mut e = vsn();
    e.sessions[1].start = DateTime::parse_from_rfc3339("2024-02-27T23:30:00Z")
        .unwrap()
        .with_timezone(&Utc);
    e.sessions[1].duration_minutes = Some(90);
    let flat = unfold(&ics(&e, &e.sessions[1], now()));
    assert!(flat.contains("DTSTART:20240227T233000Z\r\n"));
    assert!(flat.contains("DTEND:20240228T010000Z\r\n"));
}

#[test]
fn a_session_across_a_dst_change_keeps_its_utc_instant() {
    // Europe/London moves to BST at 01:00 UTC on 31 March 2024; calendar times stay UTC.
    let mut e = vsn();
    e.sessions[0].start = DateTime::parse_from_rfc3339("2024-03-31T00:30:00Z")
        .unwrap()
        .with_timezone(&Utc);
    e.sessions[0].duration_minutes = Some(60);
    let flat = unfold(&ics(&e, &e.sessions[0], now()));
    assert!(flat.contains("DTSTART:20240331T003000Z\r\n"));
    assert!(flat.contains("DTEND:20240331T013000Z\r\n"));
}

#[test]
fn calendar_links_carry_title_and_utc_times() {
    let e = vsn();
    let g = google_link(&e, &e.sessions[1]);
    assert!(g.starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Peer-to-peer%20support%3A"));
    assert!(g.contains("&dates=20240227T170000Z/20240227T183000Z&"));
    let o = outlook_link(&e, &e.sessions[1]);
    assert!(o.contains("&startdt=2024-02-27T17%3A00%3A00Z&enddt=2024-02-27T18%3A30%3A00Z"));
}
