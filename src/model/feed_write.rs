//! Writing calendar feeds (the organiser page's; RFC 5545 with RFC 7986's refresh interval).
//! What a feed remembers between versions is the event file's `calendar_feed`: per entry its
//! `SEQUENCE`, when it last changed, a fingerprint of what it said then, and its time and
//! title (a session removed later still needs them for its cancelled entry). The organiser
//! page writes the next record into the file (`next_state`), and the feed is made from the
//! file alone: writing the same event twice gives the same feed, byte for byte.
use super::calendar::{calendar_with, entry_lines, escape_text};
use super::event::{Event, Session};
use super::feed::{fingerprint, source_line};
use super::fields::{FieldProblem, Fields};
use super::json::Json;
use super::time::{ics_utc, iso_utc};
use chrono::{DateTime, Utc};

/// One calendar entry as the feed last wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedEntry {
    /// The session's id (its UID is `<slug>-<id>@wikimeet`, as the single download's).
    pub id: String,
    pub sequence: u32,
    pub modified: DateTime<Utc>,
    /// Of the entry's lines (`calendar::entry_lines`) when `sequence` was last raised.
    pub fingerprint: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub summary: String,
    /// The session was removed: the entry stays as `STATUS:CANCELLED` until it has ended.
    pub cancelled: bool,
}

/// How often subscribed calendars should look again (RFC 7986 and the older X- form).
const REFRESH: &str = "PT6H";

/// The title in calendars: an alternative session says it is one of several.
pub fn summary(event: &Event, session: &Session) -> String {
    let title = super::agenda::slot_title(event, session);
    match (event.sessions_are_alternatives, event.sessions.len()) {
        (true, n) if n > 1 => format!("{title} (one of {n} times)"),
        _ => title.to_string(),
    }
}

/// What an entry says now, and its fingerprint.
fn current(event: &Event, session: &Session) -> (Vec<String>, String) {
    let lines = entry_lines(event, session, &summary(event, session));
    let print = fingerprint(&lines.join("\n"));
    (lines, print)
}

/// The record an event file carries (empty when it has none, e.g. written by an older release).
pub fn feed_state(event: &Event) -> Result<Vec<FeedEntry>, FieldProblem> {
    let Some(record) = &event.calendar_feed else {
        return Ok(Vec::new());
    };
    let f = Fields::of(record, "calendar_feed", &["entries"])?;
    let entries = f.list("entries")?;
    entries.iter().map(|(path, v)| entry(v, path)).collect()
}

fn entry(v: &Json, path: &str) -> Result<FeedEntry, FieldProblem> {
    let names = [
        "id",
        "sequence",
        "modified",
        "fingerprint",
        "start",
        "end",
        "summary",
        "cancelled",
    ];
    let f = Fields::of(v, path, &names)?;
    let time = |key: &str| {
        let text = f.text(key)?;
        DateTime::parse_from_rfc3339(text.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                (
                    f.at(key),
                    format!("\"{text}\" is not a UTC time like 2024-02-14T15:00:00Z"),
                )
            })
    };
    Ok(FeedEntry {
        id: f.text("id")?,
        sequence: f.number("sequence", 0)?,
        modified: time("modified")?,
        fingerprint: f.text("fingerprint")?,
        start: time("start")?,
        end: time("end")?,
        summary: f.text("summary")?,
        cancelled: f.flag("cancelled")?,
    })
}

/// The record as the event file writes it.
pub fn state_json(entries: &[FeedEntry]) -> Json {
    let text = |s: &str| Json::String(s.to_string());
    let entry = |e: &FeedEntry| {
        let mut m = vec![
            ("id".to_string(), text(&e.id)),
            ("sequence".into(), Json::Number(e.sequence.to_string())),
            ("modified".into(), text(&iso_utc(e.modified))),
            ("fingerprint".into(), text(&e.fingerprint)),
            ("start".into(), text(&iso_utc(e.start))),
            ("end".into(), text(&iso_utc(e.end))),
            ("summary".into(), text(&e.summary)),
        ];
        if e.cancelled {
            m.push(("cancelled".into(), Json::Bool(true)));
        }
        Json::Object(m)
    };
    let entries = Json::Array(entries.iter().map(entry).collect());
    Json::Object(vec![("entries".into(), entries)])
}

/// The record for this version of the event, from the one before (`previous`): an entry whose
/// lines changed (or that comes back) is raised and dated `now`, a new one starts at 0, the
/// others are kept as they were; a removed session is cancelled once, then kept until it ends.
pub fn next_state(event: &Event, previous: &[FeedEntry], now: DateTime<Utc>) -> Vec<FeedEntry> {
    let mut next: Vec<FeedEntry> = event
        .sessions
        .iter()
        .map(|s| {
            let (_, print) = current(event, s);
            let before = previous.iter().find(|p| p.id == s.id);
            match before {
                Some(p) if !p.cancelled && p.fingerprint == print => p.clone(),
                _ => FeedEntry {
                    id: s.id.clone(),
                    sequence: before.map_or(0, |p| p.sequence.saturating_add(1)),
                    modified: now,
                    fingerprint: print,
                    start: s.start,
                    end: s.end(event),
                    summary: summary(event, s),
                    cancelled: false,
                },
            }
        })
        .collect();
    let removed = previous
        .iter()
        .filter(|p| !event.sessions.iter().any(|s| s.id == p.id) && p.end > now);
    next.extend(removed.map(|p| match p.cancelled {
        true => p.clone(),
        false => FeedEntry {
            sequence: p.sequence.saturating_add(1),
            modified: now,
            cancelled: true,
            ..p.clone()
        },
    }));
    next
}

/// An event's entries in a feed, from `entries` (its record for this version).
fn vevents(event: &Event, entries: &[FeedEntry]) -> Vec<Vec<String>> {
    entries
        .iter()
        .map(|e| {
            let mut lines = vec![
                "BEGIN:VEVENT".to_string(),
                format!("UID:{}-{}@wikimeet", event.slug, e.id),
                format!("DTSTAMP:{}", ics_utc(e.modified)),
                format!("LAST-MODIFIED:{}", ics_utc(e.modified)),
                format!("SEQUENCE:{}", e.sequence),
            ];
            let session = event.sessions.iter().find(|s| s.id == e.id);
            match (session, e.cancelled) {
                (Some(s), false) => {
                    lines.push("STATUS:CONFIRMED".into());
                    lines.extend(current(event, s).0);
                }
                _ => lines.extend([
                    "STATUS:CANCELLED".to_string(),
                    format!("DTSTART:{}", ics_utc(e.start)),
                    format!("DTEND:{}", ics_utc(e.end)),
                    format!("SUMMARY:{}", escape_text(&e.summary)),
                ]),
            }
            lines.push("END:VEVENT".into());
            lines
        })
        .collect()
}

/// The calendar's own lines: its name, how often to look again.
fn head(name: &str) -> Vec<String> {
    vec![
        format!("NAME:{}", escape_text(name)),
        format!("X-WR-CALNAME:{}", escape_text(name)),
        format!("REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}"),
        format!("X-PUBLISHED-TTL:{REFRESH}"),
    ]
}

/// The events with their records for this version (`next_state` from the record each file
/// carries: the file's own record when it is up to date) and their files' fingerprints.
fn with_entries(
    events: &[(Event, String)],
    now: DateTime<Utc>,
) -> Vec<(&Event, &str, Vec<FeedEntry>)> {
    events
        .iter()
        .map(|(e, print)| {
            let state = feed_state(e).unwrap_or_default();
            (e, print.as_str(), next_state(e, &state, now))
        })
        .collect()
}

/// `events/<slug>.ics`: the meeting's feed, written from its event file (`file_text`, whose
/// record `next_state` has already brought up to date: then `now` changes nothing).
pub fn event_feed(event: &Event, file_text: &str, now: DateTime<Utc>) -> String {
    all_feed(&[(event.clone(), file_text.to_string())], &event.title, now)
}

/// `events/all.ics`: every meeting the index lists (each with its event file's text), in one.
pub fn all_feed(events: &[(Event, String)], name: &str, now: DateTime<Utc>) -> String {
    let printed: Vec<(Event, String)> = events
        .iter()
        .map(|(e, text)| (e.clone(), fingerprint(text)))
        .collect();
    let events = with_entries(&printed, now);
    let mut lines = head(name);
    lines.extend(
        events
            .iter()
            .map(|(e, print, _)| source_line(&e.slug, print)),
    );
    let entries = events
        .iter()
        .flat_map(|(e, _, entries)| vevents(e, entries));
    calendar_with(lines, entries.collect())
}

/// What the organiser page offers for one version of an event: its file with the next record,
/// its feed, and the site's feed (`all.ics`).
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub event_file: String,
    pub feed: String,
    pub all: String,
    /// The record written into the file (the form keeps it: the next version counts from it).
    pub record: String,
    /// Meetings the index lists whose files could not be read: not in `all`.
    pub left_out: Vec<String>,
}

/// One version of `event`, at `now`. `hosted`: the meetings the site's index lists, each with
/// its served file's text (None when it could not be read); the event is one of them, or added.
pub fn write_event(
    event: &Event,
    hosted: &[(String, Option<String>)],
    now: DateTime<Utc>,
) -> Written {
    let mut event = event.clone();
    let previous = feed_state(&event).unwrap_or_default();
    let record = state_json(&next_state(&event, &previous, now));
    event.calendar_feed = Some(record.clone());
    let file = event.to_json();
    let mut site: Vec<(Event, String)> = Vec::new();
    let mut left_out = Vec::new();
    for (slug, text) in hosted {
        if *slug == event.slug {
            site.push((event.clone(), file.clone()));
            continue;
        }
        let read = text.as_deref().map(|t| (Event::from_json(slug, t), t));
        match read {
            Some((Ok(e), t)) if e.slug == *slug => site.push((e, t.to_string())),
            _ => left_out.push(slug.clone()),
        }
    }
    if !site.iter().any(|(e, _)| e.slug == event.slug) {
        site.push((event.clone(), file.clone()));
    }
    // One series on the site names the calendar; else it is every meeting's.
    let series = site
        .iter()
        .map(|(e, _)| e.series.as_deref())
        .collect::<Vec<_>>();
    let name = match series.first() {
        Some(Some(s)) if series.iter().all(|x| *x == Some(*s)) => s.to_string(),
        _ => "All meetings".to_string(),
    };
    Written {
        feed: event_feed(&event, &file, now),
        all: all_feed(&site, &name, now),
        event_file: file,
        record: record.pretty(),
        left_out,
    }
}
