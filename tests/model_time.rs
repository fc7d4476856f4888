use chrono::{DateTime, NaiveDate, Utc};
use wikimeet::model::time::{day_shift, ics_utc, standing, Ago, Standing};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[test]
fn upcoming_within_a_day_counts_hours_and_minutes() {
    let start = at("2024-02-14T15:00:00Z");
    let end = at("2024-02-14T16:30:00Z");
    assert_eq!(
        standing(at("2024-02-14T12:50:00Z"), start, end),
        Standing::StartsIn {
            hours: 2,
            minutes: 10
        }
    );
    // 30 s before the start is "starts in 1 min", never "0 min".
    assert_eq!(
        standing(at("2024-02-14T14:59:30Z"), start, end),
        Standing::StartsIn {
            hours: 0,
            minutes: 1
        }
    );
}

#[test]
fn more_than_a_day_away_counts_days() {
    let start = at("2024-02-14T15:00:00Z");
    let end = at("2024-02-14T16:00:00Z");
    assert_eq!(
        standing(at("2024-02-11T14:00:00Z"), start, end),
        Standing::InDays(3)
    );
    assert_eq!(
        standing(at("2024-02-13T14:59:00Z"), start, end),
        Standing::InDays(1)
    );
}

#[test]
fn live_from_start_until_end() {
    let start = at("2024-02-14T15:00:00Z");
    let end = at("2024-02-14T16:00:00Z");
    assert_eq!(standing(start, start, end), Standing::Live);
    assert_eq!(
        standing(at("2024-02-14T15:59:59Z"), start, end),
        Standing::Live
    );
    assert_eq!(standing(end, start, end), Standing::Ended(Ago::Minutes(0)));
}

#[test]
fn ended_in_the_largest_sensible_unit() {
    let start = at("2024-02-14T15:00:00Z");
    let end = at("2024-02-14T16:00:00Z");
    let s = |now| standing(at(now), start, end);
    assert_eq!(s("2024-02-14T18:00:00Z"), Standing::Ended(Ago::Hours(2)));
    assert_eq!(s("2024-02-20T16:00:00Z"), Standing::Ended(Ago::Days(6)));
    assert_eq!(s("2024-05-20T16:00:00Z"), Standing::Ended(Ago::Months(3)));
    assert_eq!(s("2026-11-25T12:00:00Z"), Standing::Ended(Ago::Years(2)));
    assert!(s("2026-11-25T12:00:00Z").is_past());
}

#[test]
fn day_shift_compares_calendar_dates() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(day_shift(d(2024, 2, 15), d(2024, 2, 14)), 1);
    assert_eq!(day_shift(d(2024, 2, 13), d(2024, 2, 14)), -1);
    assert_eq!(
        day_shift(d(2024, 3, 1), d(2024, 2, 29)),
        1,
        "leap day to March"
    );
    assert_eq!(
        day_shift(d(2025, 1, 1), d(2024, 12, 31)),
        1,
        "year boundary"
    );
}

#[test]
fn ics_times_are_utc_basic_format() {
    assert_eq!(ics_utc(at("2024-02-14T15:00:00Z")), "20240214T150000Z");
    assert_eq!(ics_utc(at("2024-03-31T01:30:00+01:00")), "20240331T003000Z");
}

#[test]
fn each_standing_names_its_message_and_numbers() {
    assert_eq!(Standing::InDays(3).message(), ("rel-in-days", vec![3]));
    let soon = Standing::StartsIn {
        hours: 0,
        minutes: 5,
    };
    assert_eq!(soon.message(), ("rel-starts-in-min", vec![5]));
    let later = Standing::StartsIn {
        hours: 2,
        minutes: 10,
    };
    assert_eq!(later.message(), ("rel-starts-in-h-min", vec![2, 10]));
    assert_eq!(Standing::Live.message(), ("rel-live", vec![]));
    assert_eq!(
        Standing::Ended(Ago::Years(2)).message(),
        ("rel-ended-years", vec![2])
    );
    assert_eq!(
        Standing::Ended(Ago::Minutes(1)).message(),
        ("rel-ended-minutes", vec![1])
    );
}
