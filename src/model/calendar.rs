//! Calendar export for one session: an RFC 5545 .ics file and Google / Outlook links.
use super::event::{Event, Session};
use super::time::{ics_utc, iso_utc};
use super::url::encode_component;
use chrono::{DateTime, Utc};

/// The text shown in a calendar entry's description: the event text, where to join and sign up.
fn details(event: &Event) -> String {
    let mut text = event.description.trim().to_string();
    if let Some(note) = &event.platform_note {
        text.push_str(&format!("\n\n{}: {}", event.platform, note));
    }
    if let Some(url) = event.page_url() {
        text.push_str(&format!("\n\n{url}"));
    }
    text
}

/// A stable UID: the same session always gives the same one, so re-importing updates the entry.
pub fn uid(event: &Event, session: &Session) -> String {
    format!("{}-{}@wikimeet", event.slug, session.id)
}

/// The file name offered for download.
pub fn ics_file_name(event: &Event, session: &Session) -> String {
    format!("{}-{}.ics", event.slug, session.id)
}

/// What a session's calendar entry says (the lines a change of which is a change of the entry):
/// its times, `summary`, text, place and page.
pub fn entry_lines(event: &Event, session: &Session, summary: &str) -> Vec<String> {
    let mut text = details(event);
    if let Some(d) = &session.description {
        text = format!("{d}\n\n{text}");
    }
    let mut lines = vec![
        format!("DTSTART:{}", ics_utc(session.start)),
        format!("DTEND:{}", ics_utc(session.end(event))),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("DESCRIPTION:{}", escape_text(&text)),
        format!("LOCATION:{}", escape_text(&event.platform)),
    ];
    if let Some(url) = event.page_url() {
        lines.push(format!("URL:{url}"));
    }
    lines
}

/// One VEVENT; `alarm`: with the event's reminder.
fn vevent(event: &Event, session: &Session, now: DateTime<Utc>, alarm: bool) -> Vec<String> {
    let title = super::agenda::slot_title(event, session);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", uid(event, session)),
        format!("DTSTAMP:{}", ics_utc(now)),
    ];
    lines.extend(entry_lines(event, session, title));
    if alarm && event.reminder_minutes > 0 {
        lines.extend([
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape_text(title)),
            format!("TRIGGER:-PT{}M", event.reminder_minutes),
            "END:VALARM".into(),
        ]);
    }
    lines.push("END:VEVENT".into());
    lines
}

/// A complete VCALENDAR of `events`, CRLF line ends, folded lines.
fn calendar(events: Vec<Vec<String>>) -> String {
    calendar_with(Vec::new(), events)
}

/// A VCALENDAR with properties of its own (`head`, after the standard ones) and `events`.
pub fn calendar_with(head: Vec<String>, events: Vec<Vec<String>>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//wikimeet//wikimeet//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    lines.extend(head);
    lines.extend(events.into_iter().flatten());
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// One session (or agenda slot) with its reminder.
pub fn ics(event: &Event, session: &Session, now: DateTime<Utc>) -> String {
    calendar(vec![vevent(event, session, now, true)])
}

/// The whole agenda: one VEVENT per slot, a reminder only before the first slot of each of
/// the visitor's days (`first_of_day`, from `agenda::first_of_day`).
/// Only the slots `chosen` says (the visitor's starred ones, or all).
pub fn agenda_ics(
    event: &Event,
    first_of_day: &[bool],
    chosen: impl Fn(&Session) -> bool,
    now: DateTime<Utc>,
) -> String {
    let slots = event.sessions.iter().zip(first_of_day);
    let slots = slots.filter(|(s, _)| chosen(s));
    calendar(
        slots
            .map(|(s, first)| vevent(event, s, now, *first))
            .collect(),
    )
}

/// A link that opens Google Calendar's "new event" form filled in.
pub fn google_link(event: &Event, session: &Session) -> String {
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}/{}&details={}&location={}",
        encode_component(super::agenda::slot_title(event, session)),
        ics_utc(session.start),
        ics_utc(session.end(event)),
        encode_component(&details(event)),
        encode_component(&event.platform),
    )
}

/// A link that opens Outlook on the web's "new event" form filled in.
pub fn outlook_link(event: &Event, session: &Session) -> String {
    format!(
        "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject={}&startdt={}&enddt={}&body={}&location={}",
        encode_component(super::agenda::slot_title(event, session)),
        encode_component(&iso_utc(session.start)),
        encode_component(&iso_utc(session.end(event))),
        encode_component(&details(event)),
        encode_component(&event.platform),
    )
}

/// RFC 5545 §3.3.11 TEXT escaping.
pub fn escape_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF + space,
/// never splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len().saturating_add(line.len() / 20));
    let mut width = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        if width.saturating_add(n) > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width = width.saturating_add(n);
    }
    out
}
