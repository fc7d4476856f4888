//! The date and UTC time a wiki heading states, as the organiser page suggests them
//! ("Wednesday 14th February, time 15 UTC" → 14 February, 15:00 UTC). English, Spanish, German
//! and French month and weekday names. A heading with no recognisable date suggests nothing:
//! no suggestion is better than a wrong one. A time is suggested only when the heading says it
//! is in UTC (or GMT).
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

/// What a heading says about when its session is.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// The heading gave no year: it was chosen by the weekday (or nearness) around the page's
    /// latest revision, for the organiser to confirm.
    pub year_guessed: bool,
}

const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "enero", "januar", "jänner", "janvier", "janv",
    ],
    &[
        "february", "feb", "febrero", "februar", "février", "fevrier", "févr", "fevr",
    ],
    &["march", "mar", "marzo", "märz", "maerz", "mars"],
    &["april", "apr", "abril", "avril", "avr"],
    &["may", "mayo", "mai"],
    &["june", "jun", "junio", "juni", "juin"],
    &["july", "jul", "julio", "juli", "juillet", "juil"],
    &["august", "aug", "agosto", "août", "aout"],
    &[
        "september",
        "sep",
        "sept",
        "septiembre",
        "setiembre",
        "septembre",
    ],
    &["october", "oct", "octubre", "oktober", "okt", "octobre"],
    &["november", "nov", "noviembre", "novembre"],
    &[
        "december",
        "dec",
        "diciembre",
        "dic",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
    ],
];

const WEEKDAYS: [(Weekday, &[&str]); 7] = [
    (Weekday::Mon, &["monday", "mon", "lunes", "montag", "lundi"]),
    (
        Weekday::Tue,
        &["tuesday", "tue", "tues", "martes", "dienstag", "mardi"],
    ),
    (
        Weekday::Wed,
        &[
            "wednesday",
            "wed",
            "miércoles",
            "miercoles",
            "mittwoch",
            "mercredi",
        ],
    ),
    (
        Weekday::Thu,
        &["thursday", "thu", "thurs", "jueves", "donnerstag", "jeudi"],
    ),
    (
        Weekday::Fri,
        &["friday", "fri", "viernes", "freitag", "vendredi"],
    ),
    (
        Weekday::Sat,
        &[
            "saturday",
            "sat",
            "sábado",
            "sabado",
            "samstag",
            "sonnabend",
            "samedi",
        ],
    ),
    (
        Weekday::Sun,
        &["sunday", "sun", "domingo", "sonntag", "dimanche"],
    ),
];

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Token {
    /// A number and how many digits it was written with.
    Num(u32, usize),
    Word(String),
    /// `:`, `.`, `-`, `–`, `/`: what joins the parts of a time, a range or a date; brackets
    /// (which part a day and a month).
    Sep(char),
}

pub(super) fn tokens(text: &str) -> Vec<Token> {
    let text = text
        .to_lowercase()
        .replace("a.m.", "am")
        .replace("p.m.", "pm");
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(*d);
                chars.next();
            }
            out.push(Token::Num(digits.parse().unwrap_or(u32::MAX), digits.len()));
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(l) = chars.peek().filter(|l| l.is_alphabetic()) {
                word.push(*l);
                chars.next();
            }
            out.push(Token::Word(word));
        } else {
            if matches!(c, ':' | '.' | '-' | '–' | '—' | '/' | '(' | ')') {
                out.push(Token::Sep(c));
            }
            chars.next();
        }
    }
    out
}

fn word(t: Option<&Token>) -> Option<&str> {
    match t {
        Some(Token::Word(w)) => Some(w),
        _ => None,
    }
}

fn month_of(w: &str) -> Option<u32> {
    (1u32..)
        .zip(MONTHS)
        .find_map(|(n, names)| names.contains(&w).then_some(n))
}

/// A time starting at token `i`: `15`, `15:00`, `15.30`, `15h`, `15h30`, `3 pm`; its end index.
fn time_at(t: &[Token], i: usize) -> Option<(NaiveTime, usize)> {
    let Some(Token::Num(h, hd)) = t.get(i) else {
        return None;
    };
    if *hd > 2 {
        return None;
    }
    let (mut minute, mut end) = (0, i.saturating_add(1));
    let joined = matches!(t.get(end), Some(Token::Sep(':' | '.'))) || word(t.get(end)) == Some("h");
    if joined {
        if let Some(Token::Num(m, 2)) = t.get(end.saturating_add(1)) {
            (minute, end) = (*m, end.saturating_add(2));
        } else if word(t.get(end)) == Some("h") {
            end = end.saturating_add(1);
        }
    }
    let mut hour = *h;
    match word(t.get(end)) {
        // 12 am is midnight, 12 pm noon.
        Some("am") if (1..=12).contains(&hour) => {
            (hour, end) = (if hour == 12 { 0 } else { hour }, end.saturating_add(1))
        }
        Some("pm") if (1..=12).contains(&hour) => {
            (hour, end) = (
                if hour == 12 {
                    12
                } else {
                    hour.saturating_add(12)
                },
                end.saturating_add(1),
            )
        }
        _ => {}
    }
    Some((NaiveTime::from_hms_opt(hour, minute, 0)?, end))
}

/// The start time of the time (or time range) that ends right before "UTC"/"GMT", and the
/// tokens it took.
fn utc_time(t: &[Token]) -> Option<(NaiveTime, std::ops::Range<usize>)> {
    let zone = t
        .iter()
        .position(|x| matches!(word(Some(x)), Some("utc" | "gmt")))?;
    (0..zone).find_map(|i| {
        let (start, end) = time_at(t, i)?;
        if end == zone {
            return Some((start, i..end));
        }
        // A range: "15-16 UTC", "15:00–16:30 UTC".
        let (_, end2) = match t.get(end) {
            Some(Token::Sep('-' | '–' | '—')) => time_at(t, end.saturating_add(1))?,
            _ => return None,
        };
        (end2 == zone).then_some((start, i..end2))
    })
}

/// Day, month and a year if written: `14 February`, `14th of February`, `14. Februar`,
/// `14 de febrero`, `February 14, 2024`, `2024-02-14`.
pub(super) fn day_month_year(t: &[Token]) -> Option<(u32, u32, Option<i32>)> {
    let year_of = |x: &Token| match x {
        Token::Num(y, 4) if (1990..=2200).contains(y) => Some(*y as i32),
        _ => None,
    };
    for w in t.windows(5) {
        if let [y, Token::Sep('-'), Token::Num(m, 2), Token::Sep('-'), Token::Num(d, 2)] = w {
            if let Some(y) = year_of(y) {
                return Some((*d, *m, Some(y)));
            }
        }
    }
    let year = t.iter().find_map(year_of);
    let day = |x: Option<&Token>| match x {
        Some(Token::Num(d, 1 | 2)) if (1..=31).contains(d) => Some(*d),
        _ => None,
    };
    let filler = |x: Option<&Token>| {
        matches!(x, Some(Token::Sep('.')))
            || matches!(
                word(x),
                Some("st" | "nd" | "rd" | "th" | "er" | "º" | "o" | "of" | "de")
            )
    };
    for (i, x) in t.iter().enumerate() {
        let Some(month) = word(Some(x)).and_then(month_of) else {
            continue;
        };
        // Before the month, skipping "th", "of", "de", ".".
        let mut j = i;
        while let Some(k) = j.checked_sub(1).filter(|k| filler(t.get(*k))) {
            j = k;
        }
        if let Some(d) = j.checked_sub(1).and_then(|k| day(t.get(k))) {
            return Some((d, month, year));
        }
        if let Some(d) = day(t.get(i.saturating_add(1))) {
            return Some((d, month, year));
        }
    }
    None
}

/// The suggestion for `heading`, the year (when not written) chosen around `near` (the page's
/// latest revision): the nearest year whose date falls on the weekday the heading names, or
/// without a weekday the nearest such date.
pub fn suggest(heading: &str, near: NaiveDate) -> Option<Suggestion> {
    let mut t = tokens(heading);
    let time = utc_time(&t).map(|(time, range)| {
        t.drain(range);
        time
    });
    let (day, month, year) = day_month_year(&t)?;
    let weekday = t.iter().find_map(|x| {
        let w = word(Some(x))?;
        WEEKDAYS
            .iter()
            .find(|(_, names)| names.contains(&w))
            .map(|(d, _)| *d)
    });
    let date = match year {
        // A weekday that contradicts the written year: the heading is wrong somewhere.
        Some(y) => NaiveDate::from_ymd_opt(y, month, day)
            .filter(|d| weekday.is_none_or(|w| d.weekday() == w))?,
        None => {
            let span = if weekday.is_some() { 6 } else { 1 };
            (near.year().saturating_sub(span)..=near.year().saturating_add(span))
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
                .min_by_key(|d| d.signed_duration_since(near).num_days().unsigned_abs())?
        }
    };
    Some(Suggestion {
        date,
        time,
        year_guessed: year.is_none(),
    })
}
