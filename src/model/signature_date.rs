//! When a signature was made: its timestamp at the end of a sign-up line, read as headings are
//! (`heading_date`'s words and numbers, in the wiki's language). The organiser page reads a
//! heading without a year around the first signature under it.
use super::heading_date::{day_month_year, tokens};
use chrono::NaiveDate;

/// The day a signature was made, from its timestamp at the end of a sign-up line
/// (`12:00, 5 February 2024 (UTC)`, `12:00 5 feb 2024 (UTC)`, `12:00, 5. Feb. 2024 (CET)`): the
/// date written after the line's last time. None when it has none, or no year.
pub fn signed_on(line: &str) -> Option<NaiveDate> {
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // The last `h:mm` or `hh:mm`: a colon with one or two digits before it and two after.
    let colon = (0..b.len()).rev().find(|&i| {
        b.get(i) == Some(&b':')
            && digit(i.saturating_add(1))
            && digit(i.saturating_add(2))
            && i.checked_sub(1).is_some_and(digit)
    })?;
    let rest = line.get(colon.saturating_add(3)..)?;
    match day_month_year(&tokens(rest))? {
        (day, month, Some(year)) => NaiveDate::from_ymd_opt(year, month, day),
        _ => None,
    }
}

/// The first day anyone signed in `section` (its wikitext), if anyone did: sign-ups open in
/// the weeks before a session, so a heading without a year is read around it (a late line,
/// or one added years on, does not move it).
pub fn first_signature(section: &str) -> Option<NaiveDate> {
    section.lines().filter_map(signed_on).min()
}
