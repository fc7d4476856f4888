//! The organiser page's date suggestions from wiki headings.
use chrono::{NaiveDate, NaiveTime};
use wikimeet::model::heading_date::{suggest, Suggestion};

fn near() -> NaiveDate {
    // The VSN page's latest revision was in early 2024.
    NaiveDate::from_ymd_opt(2024, 1, 20).unwrap()
}

fn at(y: i32, m: u32, d: u32, time: Option<(u32, u32)>, guessed: bool) -> Option<Suggestion> {
    Some(Suggestion {
        date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        time: time.map(|(h, min)| NaiveTime::from_hms_opt(h, min, 0).unwrap()),
        year_guessed: guessed,
    })
}

#[test]
fn the_vsn_headings() {
    assert_eq!(
        suggest("Wednesday 14th February, time 15 UTC", near()),
        at(2024, 2, 14, Some((15, 0)), true)
    );
    assert_eq!(
        suggest("Tuesday 27th February, time 17 UTC", near()),
        at(2024, 2, 27, Some((17, 0)), true)
    );
}

#[test]
fn the_year_is_the_nearest_whose_date_is_that_weekday() {
    // 14 February is a Wednesday in 2024 and 2018 and 2029: 2024 is nearest to early 2024.
    assert_eq!(
        suggest("Wednesday 14 February", near())
            .unwrap()
            .date
            .to_string(),
        "2024-02-14"
    );
    // Read in 2026, "Wednesday 14 February" still means 2024 (2029 is farther than 2024).
    let later = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    assert_eq!(
        suggest("Wednesday 14 February", later)
            .unwrap()
            .date
            .to_string(),
        "2024-02-14"
    );
    // 14 February 2026 is a Saturday.
    assert_eq!(
        suggest("Saturday 14 February", later)
            .unwrap()
            .date
            .to_string(),
        "2026-02-14"
    );
    // Without a weekday: the nearest 14 February.
    assert_eq!(
        suggest("14 February, 15 UTC", later)
            .unwrap()
            .date
            .to_string(),
        "2026-02-14"
    );
    let december = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    assert_eq!(
        suggest("5 January", december).unwrap().date.to_string(),
        "2026-01-05"
    );
}

#[test]
fn a_written_year_is_kept_and_not_guessed() {
    assert_eq!(
        suggest("February 14, 2024 (15:00 UTC)", near()),
        at(2024, 2, 14, Some((15, 0)), false)
    );
    assert_eq!(
        suggest("2025-03-09 18:30 UTC", near()),
        at(2025, 3, 9, Some((18, 30)), false)
    );
    // A weekday the written date does not fall on: nothing rather than a wrong date.
    assert_eq!(suggest("Friday 14 February 2024, 15 UTC", near()), None);
}

#[test]
fn spanish_german_and_french_headings() {
    assert_eq!(
        suggest("Miércoles 14 de febrero, 15 UTC", near()),
        at(2024, 2, 14, Some((15, 0)), true)
    );
    assert_eq!(
        suggest("Martes 27 de febrero, 17:00 UTC", near()),
        at(2024, 2, 27, Some((17, 0)), true)
    );
    assert_eq!(
        suggest("Mittwoch, 14. Februar, 15.00 Uhr UTC", near()).map(|s| s.date),
        Some(NaiveDate::from_ymd_opt(2024, 2, 14).unwrap())
    );
    assert_eq!(
        suggest("Mittwoch, 14. Februar 2024, 15:00 UTC", near()),
        at(2024, 2, 14, Some((15, 0)), false)
    );
    assert_eq!(
        suggest("Mercredi 14 février à 15h UTC", near()),
        at(2024, 2, 14, Some((15, 0)), true)
    );
    assert_eq!(
        suggest("Jeudi 1er août 2024, 15h30 UTC", near()),
        at(2024, 8, 1, Some((15, 30)), false)
    );
}

#[test]
fn times_in_common_forms() {
    let time = |h: &str| suggest(h, near()).and_then(|s| s.time);
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    assert_eq!(time("14 February, 3 pm UTC"), hm(15, 0));
    assert_eq!(time("14 February, 9 a.m. UTC"), hm(9, 0));
    assert_eq!(time("14 February, 12 am GMT"), hm(0, 0));
    assert_eq!(time("14 February, 15-16 UTC"), hm(15, 0));
    assert_eq!(time("14 February, 15:30–17:00 UTC"), hm(15, 30));
    assert_eq!(time("14th of February (15 UTC)"), hm(15, 0));
}

#[test]
fn a_time_in_another_zone_or_none_is_not_suggested() {
    let s = suggest("14 February, 15:00 CET", near()).unwrap();
    assert_eq!((s.date.to_string(), s.time), ("2024-02-14".into(), None));
    assert_eq!(suggest("14 February", near()).unwrap().time, None);
}

#[test]
fn headings_without_a_date_suggest_nothing() {
    for h in [
        "Register for the meeting!",
        "I want to take part in the meeting",
        "Other info",
        "Session 2",
        "The Volunteer Supporters Network's safe space policy for video conferences",
        "14 UTC",
        "February",
        "31 February 2024",
        "Group 3 (May)",
    ] {
        assert_eq!(suggest(h, near()), None, "{h}");
    }
}

#[test]
fn signatures_say_when_people_signed_in_the_wikis_language() {
    use wikimeet::model::signature_date::{first_signature, signed_on};
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(
        signed_on("# [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 12:00, 5 February 2024 (UTC)"),
        d(2024, 2, 5)
    );
    assert_eq!(
        signed_on("# [[Usuario:Ana|Ana]] 09:41 14 feb 2024 (UTC)"),
        d(2024, 2, 14)
    );
    assert_eq!(
        signed_on("# [[Benutzerin:Lena|Lena]] 18:05, 3. Jan. 2024 (CET)"),
        d(2024, 1, 3)
    );
    assert_eq!(
        signed_on("# [[User:Bo|Bo]] at 15:00 on the day"),
        None,
        "no date after the time"
    );
    assert_eq!(signed_on("# no time at all 2024"), None);
    let section = "=== Wednesday 14th February ===\n# [[User:A|A]] 10:00, 20 January 2024 (UTC)\n# [[User:B|B]] 11:00, 2 February 2024 (UTC)\n#: a reply\n";
    assert_eq!(first_signature(section), d(2024, 1, 20));
    let s = wikimeet::model::heading_date::suggest(
        "Wednesday 14th February",
        first_signature(section).unwrap(),
    )
    .unwrap();
    assert_eq!(s.date, d(2024, 2, 14).unwrap());
    assert_eq!(first_signature("=== x ===\n"), None);
}
