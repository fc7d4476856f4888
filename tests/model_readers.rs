//! Generated inputs for every reader of outside text (issue 31: no input takes a page down).
//! Each test makes its cases from seeds (`readers/gen.rs`); a failing case prints its seed and
//! its input in full; `READERS_SEED=<seed> cargo test --test model_readers` replays it alone.
//! Over 200,000 cases in all: JSON (against serde_json's verdicts), mutated event files,
//! wikitext with every signature form, withdrawing a planted user, headings, addresses, query
//! strings, what storage kept and the wiki's answers.
#[path = "readers/gen.rs"]
mod gen;
#[path = "readers/json_diff.rs"]
mod json_diff;
#[path = "readers/wikitext_gen.rs"]
mod wikitext_gen;

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use gen::{check, run, text, Rng};
use wikimeet::model::event::Event;
use wikimeet::model::json::Json;

const EVENTS: &[&str] = &[
    include_str!("../public/events/vsn-peer-to-peer-support.json"),
    include_str!("fixtures/agenda-event.json"),
];

/// What people slip into a hand-edited JSON file, and what hostile text holds.
const SLIPS: &[&str] = &[
    "\\",
    "\\é",
    "\\x",
    "\\u",
    "\\u12",
    "\\ud800",
    "\\udc00",
    "\\ud83d\\ude00",
    "\"",
    ",",
    ":",
    "{",
    "}",
    "[",
    "]",
    "\n",
    "\r\n",
    "\0",
    "é",
    "مرحبا",
    "😀",
    "\u{feff}",
    "-",
    "1e999",
    "99999999999999999999",
    "4294967296",
    "-1",
    "0.5",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "\"2024-02-30T25:00:00Z\"",
    "\"+275760-09-13T00:00:00Z\"",
    "\"9999-12-31T23:59:59Z\"",
    "C:\\Users\\Éva\\notes",
    "'",
    "//",
    "/*",
    "\t",
];

/// The text with one to four slips: inserted, cut, doubled, or the rest cut off.
fn mutate(rng: &mut Rng, original: &str) -> String {
    let mut s = original.to_string();
    for _ in 0..=rng.below(4) {
        let at = rng.boundary(&s);
        match rng.below(6) {
            0 | 1 => s.insert_str(at, rng.pick(SLIPS)),
            2 => {
                let to = at + rng.boundary(&s[at..]).min(40);
                let to = (at..=to)
                    .rev()
                    .find(|i| s.is_char_boundary(*i))
                    .unwrap_or(at);
                s.replace_range(at..to, "");
            }
            3 => {
                let to = (at..=(at + 30).min(s.len()))
                    .rev()
                    .find(|i| s.is_char_boundary(*i))
                    .unwrap_or(at);
                let copy = s[at..to].to_string();
                s.insert_str(at, &copy);
            }
            4 => s.truncate(at),
            _ => s.insert_str(at, &text(rng, 6)),
        }
    }
    s
}

#[test]
fn the_json_reader_agrees_with_serde_json_except_where_the_readme_says() {
    run(1, 100_000, |seed| {
        let mut rng = Rng::new(seed);
        check(json_diff::document(&mut rng), json_diff::agree)
    });
}

#[test]
fn a_hundred_thousand_levels_of_nesting_stay_an_error() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let deep = format!("{}1{}", open.repeat(100_000), close.repeat(100_000));
        let e = Json::parse(&deep).unwrap_err();
        assert_eq!(e.message, "nested more than 100 levels deep");
        let fits = format!("{}1{}", open.repeat(100), close.repeat(100));
        assert!(Json::parse(&fits).is_ok(), "100 levels are read");
        let over = format!("{}1{}", open.repeat(101), close.repeat(101));
        assert!(Json::parse(&over).is_err(), "101 are not");
    }
}

/// Everything the pages do with an event once read: times, calendars, and (`form`) the
/// organiser page's form it fills, kept and read back.
fn use_event(e: &Event, form: bool) {
    let now = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
    for s in &e.sessions {
        let _ = s.end(e);
        let _ = wikimeet::model::calendar::ics(e, s, now);
        let _ = wikimeet::model::calendar::google_link(e, s);
        let _ = wikimeet::model::calendar::outlook_link(e, s);
    }
    let _ = (e.next_start(now), e.session_to_show(now), e.last_start());
    let _ = wikimeet::model::agenda::standings(e, now);
    let first = vec![true; e.sessions.len()];
    let _ = wikimeet::model::calendar::agenda_ics(e, &first, |_| true, now);
    if !form {
        return;
    }
    let form = wikimeet::model::event_form::EventForm::from_event(e);
    let kept = wikimeet::model::event_form::EventForm::from_json(&form.to_json());
    let _ = kept.map(|f| f.to_event());
}

#[test]
fn no_mutated_event_file_takes_the_reader_down() {
    run(2, 25_000, |seed| {
        let mut rng = Rng::new(seed);
        let original = rng.pick(EVENTS);
        let mut file = mutate(&mut rng, original);
        if rng.chance(20) {
            // Saved as UTF-16 and read as UTF-8: NUL bytes between the letters.
            file = file.chars().flat_map(|c| [c, '\0']).collect();
        }
        check(file, |file| {
            match Event::from_json("events/x.json", file) {
                Ok(e) => use_event(&e, seed % 8 == 0),
                Err(e) => {
                    let said = e.to_string();
                    if said.is_empty() || !said.starts_with("events/x.json") {
                        return Err(format!("the message names no file: {said:?}"));
                    }
                }
            }
            if seed % 8 == 1 {
                // The other readers of files and kept texts (each also read in their own test).
                let _ = wikimeet::model::event_json::parse_index(file);
                let _ = wikimeet::model::event_form::EventForm::from_json(file);
                let _ = wikimeet::model::mailing::SendRecord::from_json(file);
                let _ = wikimeet::i18n::parse(file);
            }
            Ok(())
        })
    });
}

#[test]
fn no_wikitext_takes_the_readers_down() {
    run(3, 30_000, |seed| {
        let mut rng = Rng::new(seed);
        let page = wikitext_gen::page(&mut rng);
        check(page, |page| {
            wikitext_gen::read_everything(page, &mut Rng::new(seed ^ 0xA5A5));
            Ok(())
        })
    });
}

#[test]
fn withdrawing_removes_exactly_the_planted_lines_and_nothing_else() {
    run(4, 20_000, |seed| {
        let mut rng = Rng::new(seed);
        let section = wikitext_gen::planted_section(&mut rng);
        let input = format!(
            "user: {:?}, own lines: {:?}\n{}",
            section.user, section.own_lines, section.text
        );
        check(input, |_| wikitext_gen::withdraw_holds(&section))
    });
}

const HEADING_WORDS: &[&str] = &[
    "Wednesday",
    "Tuesday",
    "lunes",
    "Montag",
    "jeudi",
    "14th",
    "27",
    "1st",
    "31",
    "29",
    "0",
    "February",
    "feb",
    "marzo",
    "März",
    "août",
    "décembre",
    "2024",
    "1999",
    "99999",
    "-5",
    "time",
    "15",
    "UTC",
    "GMT",
    "15:00",
    "25:61",
    "9:30",
    "am",
    "pm",
    ",",
    "–",
    "/",
    ".",
    "de",
    "session",
    "٢٠٢٤",
    "١٤",
    "فبراير",
    "中文",
    "😀",
    "\u{200f}",
    "'''",
    "[[",
    "]]",
];

#[test]
fn no_heading_takes_the_date_reader_down() {
    run(5, 40_000, |seed| {
        let mut rng = Rng::new(seed);
        let heading: String = (0..rng.below(9))
            .map(|_| {
                format!(
                    "{}{}",
                    rng.pick(HEADING_WORDS),
                    rng.pick(&[" ", "", "  ", ", "])
                )
            })
            .collect();
        let near = match rng.below(5) {
            0 => NaiveDate::MIN,
            1 => NaiveDate::MAX,
            _ => NaiveDate::from_num_days_from_ce_opt(rng.below(800_000) as i32).unwrap(),
        };
        check(heading, |heading| {
            if let Some(s) = wikimeet::model::heading_date::suggest(heading, near) {
                if s.year_guessed && (s.date.year() - near.year()).abs() > 7 {
                    return Err(format!("{s:?} is far from {near}"));
                }
            }
            Ok(())
        })
    });
}

const ADDRESS_PARTS: &[&str] = &[
    "https://",
    "http://",
    "ftp://",
    "//",
    "meta.wikimedia.org",
    "es.wikipedia.org",
    "ñ.org",
    "127.0.0.1:8181",
    ":",
    "/wiki/",
    "/w/index.php",
    "/w/api.php",
    "?title=",
    "&action=edit",
    "#",
    "%",
    "%2",
    "%E9",
    "%C3%A9",
    "%ZZ",
    "%F0%9F%98%80",
    "%FF",
    "%00",
    "Page_name",
    "Ü",
    "مرحبا",
    "+",
    "=",
    "&",
    "?",
    "event=",
    "view=",
    "policy",
    "report",
    "embed",
    "session=",
    "vsn-peer-to-peer-support",
    "state=",
    "code=",
    "error=",
    "lang=",
    "zone=",
    " ",
    "\n",
];

#[test]
fn no_address_or_query_string_takes_a_reader_down() {
    run(6, 40_000, |seed| {
        let mut rng = Rng::new(seed);
        let address: String = (0..rng.below(10))
            .map(|_| rng.pick(ADDRESS_PARTS))
            .collect();
        check(address, |a| {
            use wikimeet::model::{route, url, wiki_address};
            let _ = wiki_address::read(a, a);
            let _ = wiki_address::article_path(a, a, a);
            let _ = url::decode_component(a);
            let _ = url::origin(a);
            let _ = url::wiki_title_path(a);
            let r = route::Route::from_query(a);
            let _ = route::Route::from_query(&r.to_query());
            let _ = route::EmbedOptions::from_query(a);
            let _ = wikimeet::wiki::oauth::callback(a);
            let _ = wikimeet::model::page_suggest::slug_from(a);
            Ok(())
        })
    });
}

/// Answers and kept texts as they are when all goes well: mutated below.
const KEPT: &[&str] = &[
    r#"{"parse":{"title":"P","pageid":1,"revid":7,"wikitext":"== A ==\n# [[User:Ann|Ann]]","sections":[{"toclevel":1,"level":"2","line":"A","number":"1","index":"1","fromtitle":"P","byteoffset":0,"anchor":"A"}]}}"#,
    r#"{"batchcomplete":true,"query":{"userinfo":{"id":3,"name":"Ann","options":{"disablemail":0}},"tokens":{"csrftoken":"abc+\\"}}}"#,
    r#"{"query":{"namespaces":{"2":{"id":2,"name":"User","canonical":"User"},"-1":{"id":-1,"name":"Special"}},"namespacealiases":[{"id":2,"alias":"U"}]}}"#,
    r#"{"edit":{"result":"Success","newrevid":42}}"#,
    r#"{"errors":[{"code":"editconflict","text":"Edit conflict."}],"servedby":"x"}"#,
    r#"{"emailuser":{"result":"Success"}}"#,
    r#"{"access_token":"t","refresh_token":"r","expires_in":14400}"#,
    r#"{"username":"Ann","sub":"1"}"#,
    r#"{"revid":7}"#,
    r#"{"error":"api","code":"blocked","text":"You are blocked.","status":0,"retry":null}"#,
    r#"{"intent":"register","api":"https://x/w/api.php","user_agent":"u","auth":"session","origin":"o","token":null,"user_ns":["user"],"special_ns":["special"],"templates":["u"],"host":"x","title":"P","heading":"A","user":"Ann","own_lines":[],"summary":"s"}"#,
];

#[test]
fn no_kept_text_or_wiki_answer_takes_a_reader_down() {
    run(7, 20_000, |seed| {
        let mut rng = Rng::new(seed);
        let original = match rng.chance(10) {
            true => rng.pick(EVENTS),
            false => rng.pick(KEPT),
        };
        let answer = mutate(&mut rng, original);
        check(answer, |a| {
            use wikimeet::wiki::{action_text, answer, oauth, transport::HttpAnswer};
            let http = HttpAnswer {
                status: 200,
                retry_after: None,
                body: a.to_string(),
            };
            if let Ok(v) = answer::check(&http) {
                let _ = answer::page_read(&v);
                let mut names = Default::default();
                let _ = answer::site_names(&v, &mut names);
                let _ = (answer::csrf_token(&v), answer::user_info(&v));
                let _ = (answer::edit_result(&v), answer::email_result(&v));
            }
            let _ = (oauth::tokens(200, a, 0.0), oauth::profile(200, a));
            let _ = (oauth::Pending::from_json(a), oauth::Tokens::from_json(a));
            let _ = (action_text::outcome(a), action_text::signed_in(a));
            let _ = action_text::WriteOrder::from_json(a);
            let _ = action_text::client_from_json(a);
            let _ = wikimeet::model::event_json::parse_index(a);
            let _ = wikimeet::model::event_form::EventForm::from_json(a);
            let _ = wikimeet::model::mailing::SendRecord::from_json(a);
            let _ = wikimeet::i18n::parse(a);
            Ok(())
        })
    });
}
