//! An agenda: slots grouped under the visitor's local days, which slots are on now and which
//! is next, and one calendar file for all of them with one reminder a day.
use super::event::{Event, Session};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The local calendar date of `t` at a UTC offset of `offset_minutes` (+330 for Kolkata,
/// +345 for Kathmandu, -480 for Los Angeles in winter). In the browser the date comes from
/// Intl directly; this is the same rule, for the tests.
pub fn local_date(t: DateTime<Utc>, offset_minutes: i32) -> NaiveDate {
    t.checked_add_signed(Duration::minutes(offset_minutes.into()))
        .unwrap_or(t)
        .date_naive()
}

/// Slots in time order grouped by their local dates: `(date, indices)`, days in order (slots
/// in time order have local dates in order). A slot starting exactly at local midnight belongs
/// to the new day.
pub fn by_day(dates: &[NaiveDate]) -> Vec<(NaiveDate, Vec<usize>)> {
    let mut days: Vec<(NaiveDate, Vec<usize>)> = Vec::new();
    for (i, d) in dates.iter().enumerate() {
        match days.last_mut() {
            Some((day, slots)) if day == d => slots.push(i),
            _ => days.push((*d, vec![i])),
        }
    }
    days
}

/// Where a slot stands for someone at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotStanding {
    Past,
    /// Started and not ended (several may overlap).
    Now,
    /// The earliest slot still to start (every slot starting then).
    Next,
    Later,
}

pub fn standings(event: &Event, now: DateTime<Utc>) -> Vec<SlotStanding> {
    let next = event.next_start(now);
    event
        .sessions
        .iter()
        .map(|s| match (s.start <= now, s.end(event) <= now) {
            (_, true) => SlotStanding::Past,
            (true, false) => SlotStanding::Now,
            _ if Some(s.start) == next => SlotStanding::Next,
            _ => SlotStanding::Later,
        })
        .collect()
}

/// For each slot: whether it is the first of its local day (its calendar entry carries that
/// day's one reminder).
pub fn first_of_day(dates: &[NaiveDate]) -> Vec<bool> {
    by_day(dates)
        .iter()
        .fold(vec![false; dates.len()], |mut firsts, (_, slots)| {
            if let Some(first) = slots.first().and_then(|i| firsts.get_mut(*i)) {
                *first = true;
            }
            firsts
        })
}

/// The slot's title, or the event's when it has none.
pub fn slot_title<'a>(event: &'a Event, slot: &'a Session) -> &'a str {
    slot.title.as_deref().unwrap_or(&event.title)
}
