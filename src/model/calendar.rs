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

/// A complete VCALENDAR with one VEVENT (and a VALARM reminder), CRLF line ends, folded lines.
pub fn ics(event: &Event, session: &Session, now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//wikimeet//wikimeet//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", uid(event, session)),
        format!("DTSTAMP:{}", ics_utc(now)),
        format!("DTSTART:{}", ics_utc(session.start)),
        format!("DTEND:{}", ics_utc(session.end(event))),
        format!("SUMMARY:{}", escape_text(&event.title)),
        format!("DESCRIPTION:{}", escape_text(&details(event))),
        format!("LOCATION:{}", escape_text(&event.platform)),
    ];
    if let Some(url) = event.page_url() {
        lines.push(format!("URL:{url}"));
    }
    if event.reminder_minutes > 0 {
        lines.extend([
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape_text(&event.title)),
            format!("TRIGGER:-PT{}M", event.reminder_minutes),
            "END:VALARM".into(),
        ]);
    }
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".into()]);
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// A link that opens Google Calendar's "new event" form filled in.
pub fn google_link(event: &Event, session: &Session) -> String {
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}/{}&details={}&location={}",
        encode_component(&event.title),
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
        encode_component(&event.title),
        encode_component(&iso_utc(session.start)),
        encode_component(&iso_utc(session.end(event))),
        encode_component(&details(event)),
        encode_component(&event.platform),
    )
}

/// RFC 5545 §3.3.11 TEXT escaping.
fn escape_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF + space,
/// never splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out
}
