//! Time arithmetic for sessions: where a session stands relative to now, and calendar dates.
//! Zone conversion itself is the browser's (Intl); this module only compares what it returns.
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// Where a session stands relative to now, in the units a person would say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// More than a day away: "in 3 days".
    InDays(i64),
    /// Within a day: "starts in 2 h 10 min".
    StartsIn {
        hours: i64,
        minutes: i64,
    },
    Live,
    /// "ended 5 minutes ago" … "ended 2 years ago".
    Ended(Ago),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ago {
    Minutes(i64),
    Hours(i64),
    Days(i64),
    Months(i64),
    Years(i64),
}

impl Standing {
    pub fn is_past(&self) -> bool {
        matches!(self, Standing::Ended(_))
    }

    /// The message that says it ("in 3 days", "starts in 2 h 10 min", "live now", "ended 2
    /// years ago") and its numbers.
    pub fn message(&self) -> (&'static str, Vec<i64>) {
        use super::text::message_key as key;
        match *self {
            Standing::InDays(d) => (key("rel-in-days"), vec![d]),
            Standing::StartsIn { hours: 0, minutes } => (key("rel-starts-in-min"), vec![minutes]),
            Standing::StartsIn { hours, minutes } => {
                (key("rel-starts-in-h-min"), vec![hours, minutes])
            }
            Standing::Live => (key("rel-live"), vec![]),
            Standing::Ended(Ago::Minutes(v)) => (key("rel-ended-minutes"), vec![v]),
            Standing::Ended(Ago::Hours(v)) => (key("rel-ended-hours"), vec![v]),
            Standing::Ended(Ago::Days(v)) => (key("rel-ended-days"), vec![v]),
            Standing::Ended(Ago::Months(v)) => (key("rel-ended-months"), vec![v]),
            Standing::Ended(Ago::Years(v)) => (key("rel-ended-years"), vec![v]),
        }
    }
}

/// Where a session from `start` to `end` stands at `now`.
pub fn standing(now: DateTime<Utc>, start: DateTime<Utc>, end: DateTime<Utc>) -> Standing {
    if now >= end {
        return Standing::Ended(ago(now.signed_duration_since(end).num_minutes()));
    }
    if now >= start {
        return Standing::Live;
    }
    // Round up to the next whole minute so "starts in 0 min" never shows before the start.
    let secs = start.signed_duration_since(now).num_seconds();
    let minutes = secs.saturating_add(59) / 60;
    if minutes < 24 * 60 {
        Standing::StartsIn {
            hours: minutes / 60,
            minutes: minutes % 60,
        }
    } else {
        Standing::InDays(minutes / (24 * 60))
    }
}

fn ago(minutes: i64) -> Ago {
    let days = minutes / (24 * 60);
    match () {
        _ if minutes < 60 => Ago::Minutes(minutes),
        _ if minutes < 24 * 60 => Ago::Hours(minutes / 60),
        _ if days < 31 => Ago::Days(days),
        _ if days < 365 => Ago::Months(days / 30),
        _ => Ago::Years(days / 365),
    }
}

/// How many calendar days the zone's date is ahead of (positive) or behind (negative) the
/// UTC date of the same instant: 1 when 15:00 UTC on Wednesday is Thursday in Auckland.
pub fn day_shift(local: NaiveDate, utc: NaiveDate) -> i64 {
    local.signed_duration_since(utc).num_days()
}

fn parts(t: DateTime<Utc>) -> (i32, u32, u32, u32, u32, u32) {
    let (d, h) = (t.date_naive(), t.time());
    (
        d.year(),
        d.month(),
        d.day(),
        h.hour(),
        h.minute(),
        h.second(),
    )
}

/// RFC 5545 UTC form, e.g. `20240214T150000Z`. Written by hand: chrono's `format` brings
/// its whole strftime machinery into the wasm.
pub fn ics_utc(t: DateTime<Utc>) -> String {
    let (y, mo, d, h, mi, s) = parts(t);
    format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}Z")
}

/// ISO 8601 UTC with seconds, e.g. `2024-02-14T15:00:00Z`.
pub fn iso_utc(t: DateTime<Utc>) -> String {
    let (y, mo, d, h, mi, s) = parts(t);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// A session time in words any language reads, for mail subjects and lists:
/// `2024-02-27 17:00 UTC`.
pub fn utc_label(t: DateTime<Utc>) -> String {
    let (y, mo, d, h, mi, _) = parts(t);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
}

/// Milliseconds since the epoch, as JavaScript's Date wants them.
pub fn epoch_ms(t: DateTime<Utc>) -> f64 {
    t.timestamp_millis() as f64
}
