//! Calendar feeds followed through versions of a meeting, as the organiser page writes them:
//! UIDs stay, SEQUENCE rises only for what changed, a removed session is cancelled until it
//! has ended, an unchanged event gives the same feed byte for byte.
use chrono::{DateTime, Duration, Utc};
use wikimeet::model::event::Event;
use wikimeet::model::feed::{fingerprint, written_from};
use wikimeet::model::feed_write::{all_feed, feed_state, write_event};

const VSN: &str = include_str!("../public/events/vsn-peer-to-peer-support.json");
const AGENDA: &str = include_str!("fixtures/agenda-event.json");

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// What the organiser page does on download: the next record into the file, the feed from it.
fn write(event: &Event, now: DateTime<Utc>) -> (String, String) {
    let w = write_event(event, &[], now);
    (w.event_file, w.feed)
}

fn read(file: &str) -> Event {
    Event::from_json("f", file).unwrap()
}

/// Each VEVENT's properties as `(UID, SEQUENCE, LAST-MODIFIED, STATUS, SUMMARY, DTSTART)`.
fn entries(feed: &str) -> Vec<[String; 6]> {
    let flat = feed.replace("\r\n ", "");
    flat.split("BEGIN:VEVENT")
        .skip(1)
        .map(|v| {
            let get = |name: &str| {
                v.split("\r\n")
                    .find_map(|l| l.strip_prefix(&format!("{name}:")))
                    .unwrap_or("")
                    .to_string()
            };
            [
                "UID",
                "SEQUENCE",
                "LAST-MODIFIED",
                "STATUS",
                "SUMMARY",
                "DTSTART",
            ]
            .map(get)
        })
        .collect()
}

#[test]
fn a_meeting_through_its_versions() {
    let t1 = at("2024-01-20T10:00:00Z");
    let (file1, feed1) = write(&read(VSN), t1);
    let e1 = entries(&feed1);
    assert_eq!(e1.len(), 2);
    assert_eq!(
        e1[0][0], "vsn-peer-to-peer-support-2024-02-14@wikimeet",
        "the download's UID"
    );
    assert_eq!(e1[0][1], "0");
    assert_eq!(e1[0][2], "20240120T100000Z");
    assert!(e1[0][4].ends_with("(one of 2 times)"), "{}", e1[0][4]);
    assert_eq!(
        written_from(&feed1, "vsn-peer-to-peer-support"),
        Some(fingerprint(&file1))
    );

    // Written again later, unchanged: the same file and feed, byte for byte.
    let (again, feed_again) = write(&read(&file1), at("2024-01-25T10:00:00Z"));
    assert_eq!((&again, &feed_again), (&file1, &feed1));

    // The second session moved: it alone is raised and dated.
    let t3 = at("2024-02-01T09:00:00Z");
    let mut moved = read(&file1);
    moved.sessions[1].start += Duration::hours(1);
    let (file3, feed3) = write(&moved, t3);
    let e3 = entries(&feed3);
    assert_eq!(
        (e3[0][1].as_str(), e3[0][2].as_str()),
        ("0", "20240120T100000Z")
    );
    assert_eq!(
        (e3[1][1].as_str(), e3[1][2].as_str()),
        ("1", "20240201T090000Z")
    );
    assert_eq!(e3[1][5], "20240227T180000Z");
    assert_eq!(
        e3.iter().map(|e| &e[0]).collect::<Vec<_>>(),
        e1.iter().map(|e| &e[0]).collect::<Vec<_>>()
    );

    // A hand edit between two versions (the platform, in the file's text): the next feed
    // raises both entries, whose text changed, though the file's record did not say so.
    let hand = file3.replace("\"platform\": \"Zoom\"", "\"platform\": \"Jitsi\"");
    assert_ne!(hand, file3);
    assert_ne!(
        fingerprint(&hand),
        fingerprint(&file3),
        "the feed no longer matches"
    );
    let (file4, feed4) = write(&read(&hand), at("2024-02-02T09:00:00Z"));
    let e4 = entries(&feed4);
    assert_eq!((e4[0][1].as_str(), e4[1][1].as_str()), ("1", "2"));

    // A session removed: cancelled, raised once; kept until it has ended, then gone.
    let mut fewer = read(&file4);
    fewer.sessions.remove(0);
    let t5 = at("2024-02-03T09:00:00Z");
    let (file5, feed5) = write(&fewer, t5);
    let e5 = entries(&feed5);
    assert_eq!(e5.len(), 2);
    let cancelled = e5.iter().find(|e| e[3] == "CANCELLED").unwrap();
    assert_eq!(cancelled[0], "vsn-peer-to-peer-support-2024-02-14@wikimeet");
    assert_eq!(
        (cancelled[1].as_str(), cancelled[5].as_str()),
        ("2", "20240214T150000Z")
    );
    let kept = e5.iter().find(|e| e[3] == "CONFIRMED").unwrap();
    assert!(
        !kept[4].contains("one of"),
        "one session left: no longer an alternative"
    );
    let (again5, _) = write(&read(&file5), at("2024-02-10T09:00:00Z"));
    assert_eq!(again5, file5, "cancelled once, not again");
    let (_, feed6) = write(&read(&file5), at("2024-02-15T09:00:00Z"));
    assert_eq!(entries(&feed6).len(), 1, "ended: no longer in the feed");
}

#[test]
fn an_agenda_slot_renamed_raises_that_slot_only() {
    let (file1, feed1) = write(&read(AGENDA), at("2026-11-01T00:00:00Z"));
    let mut renamed = read(&file1);
    renamed.sessions[1].title = Some("Renamed slot".into());
    let (_, feed2) = write(&renamed, at("2026-11-02T00:00:00Z"));
    let (a, b) = (entries(&feed1), entries(&feed2));
    assert!(a.len() > 2);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x[0], y[0]);
        let raised = if i == 1 { "1" } else { "0" };
        assert_eq!(y[1], raised, "slot {i}");
    }
    assert_eq!(b[1][4], "Renamed slot");
}

#[test]
fn feeds_are_crlf_folded_escaped_without_reminders() {
    let mut e = read(VSN);
    e.description =
        "Commas, semicolons; back\\slashes and a very long line ".repeat(4) + "\nnew line ünïcödé";
    let (file, feed) = write(&e, at("2024-01-20T10:00:00Z"));
    assert!(feed.ends_with("END:VCALENDAR\r\n"));
    assert!(!feed.replace("\r\n", "").contains('\n'), "bare LF");
    assert!(feed.split("\r\n").all(|l| l.len() <= 75));
    for line in [
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
        "X-PUBLISHED-TTL:PT6H",
    ] {
        assert!(feed.split("\r\n").any(|l| l == line), "{line}");
    }
    assert!(!feed.contains("VALARM"), "no reminders in a feed");
    let flat = feed.replace("\r\n ", "");
    assert!(flat.contains("Commas\\, semicolons\\; back\\\\slashes"));
    assert!(flat.contains("\\nnew line ünïcödé"));
    for v in flat.split("BEGIN:VEVENT").skip(1) {
        assert_eq!(v.matches("\r\nUID:").count(), 1);
        assert_eq!(v.matches("\r\nDTSTAMP:").count(), 1);
    }
    let _ = file;
}

#[test]
fn the_site_feed_names_each_file_it_was_written_from() {
    let (vsn, _) = write(&read(VSN), at("2024-01-20T10:00:00Z"));
    let (agenda, _) = write(&read(AGENDA), at("2024-01-20T10:00:00Z"));
    let files = vec![(read(&vsn), vsn.clone()), (read(&agenda), agenda.clone())];
    let all = all_feed(&files, "All meetings", at("2024-01-21T00:00:00Z"));
    assert_eq!(
        written_from(&all, "vsn-peer-to-peer-support"),
        Some(fingerprint(&vsn))
    );
    assert_eq!(
        written_from(&all, &read(&agenda).slug),
        Some(fingerprint(&agenda))
    );
    assert_eq!(written_from(&all, "other"), None);
    assert_eq!(entries(&all).len(), 2 + read(&agenda).sessions.len());
    assert_eq!(
        fingerprint("a\r\nb\n"),
        fingerprint("a\nb"),
        "line ends are the host's"
    );
}

#[test]
fn reserved_names_and_a_record_that_cannot_be_read() {
    for slug in ["all", "index"] {
        let text = VSN.replace("\"vsn-peer-to-peer-support\"", &format!("\"{slug}\""));
        let err = Event::from_json("f", &text).unwrap_err();
        assert_eq!(err.field, "slug", "{slug}");
    }
    let mut e = read(VSN);
    e.calendar_feed =
        Some(wikimeet::model::json::Json::parse(r#"{"entries": [{"id": "x"}]}"#).unwrap());
    let (field, problem) = feed_state(&e).unwrap_err();
    assert_eq!(field, "calendar_feed.entries[0]");
    assert!(
        problem.contains("sequence") || problem.contains("modified"),
        "{problem}"
    );
    // The meeting page reads such a file all the same.
    assert!(Event::from_json("f", &e.to_json()).is_ok());
}

#[test]
fn the_site_feed_written_with_a_version_holds_every_listed_meeting() {
    let (agenda, _) = write(&read(AGENDA), at("2024-01-20T10:00:00Z"));
    let slug = read(&agenda).slug;
    let hosted = vec![
        (
            "vsn-peer-to-peer-support".to_string(),
            Some(VSN.to_string()),
        ),
        (slug.clone(), Some(agenda.clone())),
        ("gone".to_string(), None),
    ];
    let w = write_event(&read(VSN), &hosted, at("2024-01-21T00:00:00Z"));
    assert_eq!(w.left_out, ["gone"]);
    assert_eq!(
        written_from(&w.all, "vsn-peer-to-peer-support"),
        Some(fingerprint(&w.event_file))
    );
    assert_eq!(written_from(&w.all, &slug), Some(fingerprint(&agenda)));
    assert!(w.record.contains("\"entries\""));
}
