//! The wiki client against the real test wiki (Debian MediaWiki on 127.0.0.1).
//! Run by scripts/test, which starts the wiki and sets WIKI_API; alone:
//!   tests/wiki/wiki.sh start /tmp/wikimeet-wiki 8181
//!   WIKI_API=http://127.0.0.1:8181/api.php cargo test --test wiki_api -- --ignored
mod common;
use common::sections_of;
use std::cell::RefCell;
use std::rc::Rc;
use wikimeet::model::signup::{entries, find_section, section_text};
use wikimeet::wiki::client::Client;
use wikimeet::wiki::error::WikiError;
use wikimeet::wiki::request::{Auth, Call};
use wikimeet::wiki::signup::{
    list, read_page, register, register_line, settle_failed_write, who_am_i, withdraw, Registered,
    Signup,
};
use wikimeet::wiki::transport::{HttpAnswer, HttpRequest, Transport};

const PASS: &str = "wikimeet-demo-pass";
const PAGE: &str = "Volunteer Supporters Network/VSN peer-to-peer support";
const WED: &str = "Wednesday 14th February, time 15 UTC";
const TUE: &str = "Tuesday 27th February, time 17 UTC";
const ORIGIN: &str = "http://127.0.0.1:8080";

fn api() -> String {
    std::env::var("WIKI_API")
        .expect("WIKI_API is not set: run scripts/test, which starts the test wiki")
}

/// reqwest with a cookie jar, sending the Origin header a browser would send.
#[derive(Clone)]
struct Reqwest {
    http: reqwest::Client,
    waits: Rc<RefCell<Vec<u64>>>,
}

thread_local! {
    /// Requests whose URL contains this get no answer, as over a dropped connection.
    static UNANSWERED: RefCell<Option<&'static str>> = const { RefCell::new(None) };
    /// Requests whose body contains this reach the wiki, but their answer is lost on the way
    /// back: the wiki saved the edit, the client hears nothing.
    static ANSWER_LOST: RefCell<Option<&'static str>> = const { RefCell::new(None) };
}

fn sent_with(
    cell: &'static std::thread::LocalKey<RefCell<Option<&'static str>>>,
    r: &HttpRequest,
) -> bool {
    let text = format!("{} {}", r.url, r.body.as_deref().unwrap_or_default());
    cell.with_borrow(|u| u.is_some_and(|part| text.contains(part)))
}

impl Transport for Reqwest {
    async fn send(&self, r: HttpRequest) -> Result<HttpAnswer, WikiError> {
        if sent_with(&UNANSWERED, &r) {
            return Err(WikiError::Network);
        }
        let lost = sent_with(&ANSWER_LOST, &r);
        let mut req = match &r.body {
            Some(b) => self.http.post(&r.url).body(b.clone()),
            None => self.http.get(&r.url),
        };
        for (k, v) in &r.headers {
            req = req.header(k, v);
        }
        let resp = req
            .header("Origin", ORIGIN)
            .send()
            .await
            .map_err(|_| WikiError::Network)?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()?.parse().ok());
        let body = resp.text().await.map_err(|_| WikiError::Network)?;
        if lost {
            return Err(WikiError::Network);
        }
        Ok(HttpAnswer {
            status,
            retry_after,
            body,
        })
    }
    async fn sleep(&self, seconds: u64) {
        // Recorded, not slept: the waits' count and length are what is tested.
        self.waits.borrow_mut().push(seconds);
    }
}

fn client_at(endpoint: &str) -> Client<Reqwest> {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let transport = Reqwest {
        http,
        waits: Rc::default(),
    };
    Client::new(
        endpoint,
        Auth::WikiSession {
            origin: ORIGIN.into(),
        },
        "test@example.test",
        transport,
    )
}

/// A client signed in as `user` through the wiki's own login (action=clientlogin).
async fn signed_in(user: &str) -> Client<Reqwest> {
    let c = client_at(&api());
    let q = |p: &[(&'static str, &str)], post| Call {
        post,
        params: p.iter().map(|(k, v)| (*k, v.to_string())).collect(),
    };
    let t = c
        .call(&q(
            &[("action", "query"), ("meta", "tokens"), ("type", "login")],
            false,
        ))
        .await
        .unwrap();
    let token = t
        .pointer("/query/tokens/logintoken")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    let login = q(
        &[
            ("action", "clientlogin"),
            ("username", user),
            ("password", PASS),
            ("logintoken", &token),
            ("loginreturnurl", ORIGIN),
        ],
        true,
    );
    // The test wiki's SQLite can answer 500 to a sign-in when twenty sign in at once: sign in
    // again, as a person would (the wiki, not the client under test).
    let mut r = c.call(&login).await;
    for _ in 0..2 {
        if matches!(r, Err(WikiError::Http { status: 500.., .. })) {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            r = c.call(&login).await;
        }
    }
    let r = r.unwrap();
    assert_eq!(
        r.pointer("/clientlogin/status").and_then(|s| s.as_str()),
        Some("PASS"),
        "{r:?}"
    );
    assert_eq!(who_am_i(&c).await.unwrap().unwrap().name, user);
    c
}

/// Registers `user` under `heading` (no lines remembered on this device).
async fn reg<T: Transport>(
    c: &Client<T>,
    title: &str,
    heading: &str,
    user: &str,
    summary: &str,
) -> Result<Registered, WikiError> {
    let signup = Signup {
        title,
        heading,
        user,
        own_lines: &[],
    };
    register(c, &signup, summary).await
}

async fn wd<T: Transport>(
    c: &Client<T>,
    title: &str,
    heading: &str,
    user: &str,
    summary: &str,
) -> Result<u64, WikiError> {
    let signup = Signup {
        title,
        heading,
        user,
        own_lines: &[],
    };
    withdraw(c, &signup, summary).await
}

async fn wikitext() -> String {
    read_page(&client_at(&api()), PAGE).await.unwrap().wikitext
}

/// The page's lines that are not under `heading`, and that section's lines.
fn split(text: &str, heading: &str) -> (Vec<String>, Vec<String>) {
    let page = wikimeet::wiki::answer::PageRead {
        title: PAGE.into(),
        revid: 0,
        wikitext: text.into(),
        sections: sections_of(text),
        names: Default::default(),
    };
    let s = find_section(&page.sections, heading).unwrap();
    let sec = section_text(text, &page.sections, s).unwrap();
    let rest = text
        .replacen(sec, "", 1)
        .lines()
        .map(String::from)
        .collect();
    // Blank lines at the section's end are MediaWiki's separator before the next heading.
    (
        rest,
        sec.lines()
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect(),
    )
}

fn mine(lines: &[String], user: &str) -> usize {
    lines
        .iter()
        .filter(|l| l.starts_with("# [[User:") && l.contains(&format!("[[User:{user}|")))
        .count()
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn register_then_withdraw_leaves_the_page_byte_for_byte_as_it_was() {
    let before = wikitext().await;
    let alice = signed_in("Alice").await;
    let page = reg(&alice, PAGE, TUE, "Alice", "Registering (wikimeet)")
        .await
        .unwrap();
    let after = wikitext().await;
    assert_eq!(
        page.page.unwrap().wikitext,
        after,
        "register reads the revision it made"
    );
    assert_eq!(
        page.unrecognised_line, None,
        "a default signature names its user"
    );
    let (rest_before, sec_before) = split(&before, TUE);
    let (rest_after, sec_after) = split(&after, TUE);
    assert_eq!(
        rest_after, rest_before,
        "nothing outside the session's section changed"
    );
    assert_eq!(
        &sec_after[..sec_before.len()],
        &sec_before[..],
        "every earlier line intact"
    );
    assert_eq!(sec_after.len(), sec_before.len() + 1);
    assert!(
        sec_after
            .last()
            .unwrap()
            .starts_with("# [[User:Alice|Alice]] ([[User talk:Alice|talk]]) "),
        "{:?}",
        sec_after.last()
    );
    let names: Vec<_> = list(&read_page(&alice, PAGE).await.unwrap(), TUE)
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names.last().map(String::as_str), Some("Alice"));

    assert_eq!(
        reg(&alice, PAGE, TUE, "Alice", "again").await.unwrap_err(),
        WikiError::AlreadySignedUp
    );
    assert_eq!(
        mine(&split(&wikitext().await, TUE).1, "Alice"),
        1,
        "never twice"
    );

    wd(&alice, PAGE, TUE, "Alice", "Withdrawing (wikimeet)")
        .await
        .unwrap();
    assert_eq!(
        wikitext().await,
        before,
        "withdrawing restores the page exactly"
    );
    assert_eq!(
        wd(&alice, PAGE, TUE, "Alice", "again").await.unwrap_err(),
        WikiError::NotOnList
    );
}

fn in_thread<F: std::future::Future<Output = ()> + 'static>(
    f: impl FnOnce() -> F + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f())
    })
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn twenty_people_registering_at_once_all_land_once_and_a_racing_withdrawal_removes_only_its_own_line(
) {
    let bob = signed_in("Bob").await;
    reg(&bob, PAGE, WED, "Bob", "Registering (wikimeet)")
        .await
        .unwrap();
    let before = wikitext().await;
    let mut threads: Vec<_> = (1..=20)
        .map(|i| {
            in_thread(move || async move {
                let user = format!("User{i:02}");
                let c = signed_in(&user).await;
                let first = reg(&c, PAGE, WED, &user, "Registering (wikimeet)").await;
                // The test wiki's SQLite can answer 500 under 21 writers at once. The person
                // then presses "Try again": it must land their line exactly once (checked below).
                if let Err(WikiError::Http { status: 500.., .. }) = first {
                    match reg(&c, PAGE, WED, &user, "Registering (wikimeet)").await {
                        Ok(_) | Err(WikiError::AlreadySignedUp) => {}
                        Err(e) => panic!("{user}: {e:?} after {first:?}"),
                    }
                } else {
                    first.unwrap();
                }
                // A retry of the same click is refused, not a second line.
                assert_eq!(
                    reg(&c, PAGE, WED, &user, "retry").await.unwrap_err(),
                    WikiError::AlreadySignedUp
                );
            })
        })
        .collect();
    threads.push(in_thread(|| async {
        let bob = signed_in("Bob").await;
        wd(&bob, PAGE, WED, "Bob", "Withdrawing (wikimeet)")
            .await
            .unwrap();
    }));
    for t in threads {
        t.join().expect("a registration failed");
    }
    let after = wikitext().await;
    let (rest_before, sec_before) = split(&before, WED);
    let (rest_after, sec_after) = split(&after, WED);
    assert_eq!(rest_after, rest_before);
    for i in 1..=20 {
        assert_eq!(
            mine(&sec_after, &format!("User{i:02}")),
            1,
            "User{i:02} should have exactly one line"
        );
    }
    assert_eq!(mine(&sec_after, "Bob"), 0);
    let kept: Vec<_> = sec_before
        .iter()
        .filter(|l| !l.contains("[[User:Bob|"))
        .collect();
    let still: Vec<_> = sec_after.iter().filter(|l| kept.contains(l)).collect();
    assert_eq!(still, kept, "every other earlier line intact and in order");
    assert_eq!(
        entries(&sec_after.join("\n"), &Default::default()).len(),
        kept.iter().filter(|l| l.starts_with('#')).count() + 20
    );
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn faults_give_their_error_and_change_nothing() {
    let before = wikitext().await;
    // A blocked user.
    let blocked = signed_in("Blocked").await;
    let e = reg(&blocked, PAGE, WED, "Blocked", "x").await.unwrap_err();
    assert_eq!(e.code(), "blocked", "{e:?}");
    assert!(e.message().contains("blocked"), "{}", e.message());
    // A protected page.
    let alice = signed_in("Alice").await;
    let e = reg(&alice, "Protected meeting", WED, "Alice", "x")
        .await
        .unwrap_err();
    assert_eq!(e.code(), "protectedpage", "{e:?}");
    // A missing section and a missing page.
    assert_eq!(
        reg(&alice, PAGE, "Friday 1st March", "Alice", "x")
            .await
            .unwrap_err(),
        WikiError::MissingHeading("Friday 1st March".into())
    );
    assert_eq!(
        read_page(&alice, "No such meeting").await.unwrap_err(),
        WikiError::MissingPage("No such meeting".into())
    );
    // A session that expired: the edit is refused (assert=user), not saved as an IP.
    let anonymous = client_at(&api());
    anonymous.keep_token(Some("+\\".into()));
    let e = reg(&anonymous, PAGE, WED, "Alice", "x").await.unwrap_err();
    assert!(
        matches!(e.code(), "assertuserfailed" | "badtoken" | "notloggedin"),
        "{e:?}"
    );
    assert!(e.message().contains("sign in"), "{}", e.message());
    // A forced maxlag: the client waits as told (Retry-After), twice, then says the wiki is busy.
    let mut lagged = signed_in("Alice").await;
    read_page(&lagged, PAGE).await.unwrap(); // the wiki's names read: one request waits below
    lagged.maxlag = Some(-2);
    let waited = Rc::new(RefCell::new(Vec::new()));
    let w = waited.clone();
    let lagged = lagged.on_wait(move |s| w.borrow_mut().push(s));
    let e = read_page(&lagged, PAGE).await.unwrap_err();
    assert_eq!(e.code(), "maxlag");
    assert_eq!(*waited.borrow(), vec![5, 5]);
    assert!(e.message().contains("busy"), "{}", e.message());
    // The wiki unreachable.
    let gone = client_at("http://127.0.0.1:9/api.php");
    assert_eq!(
        read_page(&gone, PAGE).await.unwrap_err(),
        WikiError::Network
    );
    assert_eq!(wikitext().await, before, "no fault changed the page");
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn a_stale_token_is_refreshed_once_and_the_edit_lands() {
    let alice = signed_in("Alice").await;
    alice.keep_token(Some("0123456789abcdef+\\".into()));
    reg(&alice, PAGE, TUE, "Alice", "Registering (wikimeet)")
        .await
        .unwrap();
    wd(&alice, PAGE, TUE, "Alice", "Withdrawing (wikimeet)")
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn who_am_i_tells_signed_in_users_and_their_wiki_mail() {
    assert_eq!(who_am_i(&client_at(&api())).await.unwrap(), None);
    assert!(
        who_am_i(&signed_in("Alice").await)
            .await
            .unwrap()
            .unwrap()
            .wiki_mail
    );
    assert!(
        !who_am_i(&signed_in("User01").await)
            .await
            .unwrap()
            .unwrap()
            .wiki_mail,
        "no confirmed address"
    );
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn the_first_read_learns_the_wikis_names_for_users() {
    let c = client_at(&api());
    let writer = c.with_auth(Auth::Anonymous);
    assert!(!c.names_known());
    let page = read_page(&c, PAGE).await.unwrap();
    assert!(c.names_known(), "siteinfo read with the first page read");
    assert!(
        writer.names_known(),
        "a client of the same wiki shares them: read once"
    );
    // WIKI_LANG is the test wiki's language (scripts/test runs this file in English and Spanish).
    let want: &[&str] = match std::env::var("WIKI_LANG").as_deref() {
        Ok("es") => &["usuario", "usuario discusión", "usuaria", "user"],
        _ => &["user", "user talk"],
    };
    for name in want {
        assert!(
            page.names.user_namespaces.iter().any(|n| n == name),
            "{name} in {:?}",
            page.names.user_namespaces
        );
    }
    assert_eq!(page.names.host, "127.0.0.1");
}

/// Sets a preference of the signed-in user through the API.
async fn set_option<T: Transport>(c: &Client<T>, name: &'static str, value: &str) {
    let answer = c
        .write(|token| Call {
            post: true,
            params: vec![
                ("action", "options".into()),
                ("change", format!("{name}={value}")),
                ("token", token.into()),
            ],
        })
        .await
        .unwrap();
    assert!(answer.get("options").is_some(), "{answer:?}");
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn a_signature_that_names_nobody_is_noticed_never_doubled_and_withdrawn_by_its_text() {
    let before = wikitext().await;
    let user = signed_in("User19").await;
    set_option(&user, "nickname", "Plain Nineteen").await;
    set_option(&user, "fancysig", "1").await;
    let done = reg(&user, PAGE, TUE, "User19", "Registering (wikimeet)")
        .await
        .unwrap();
    let line = done.unrecognised_line.expect("the new line names nobody");
    assert!(line.starts_with("# Plain Nineteen "), "{line}");
    let own = [line.clone()];
    let signup = Signup {
        title: PAGE,
        heading: TUE,
        user: "User19",
        own_lines: &own,
    };
    assert_eq!(
        register(&user, &signup, "again").await.unwrap_err(),
        WikiError::AlreadySignedUp,
        "the remembered line is the user's: no second line"
    );
    withdraw(&user, &signup, "Withdrawing (wikimeet)")
        .await
        .unwrap();
    assert_eq!(wikitext().await, before, "only that line went");
    set_option(&user, "fancysig", "0").await;
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn the_wikis_own_signature_is_found_as_the_users_on_any_wiki() {
    let before = wikitext().await;
    let bob = signed_in("Bob").await;
    let done = reg(&bob, PAGE, WED, "Bob", "Registering (wikimeet)")
        .await
        .unwrap();
    assert_eq!(
        done.unrecognised_line, None,
        "the wiki's default signature names Bob"
    );
    let entries = list(&read_page(&bob, PAGE).await.unwrap(), WED).unwrap();
    let last = entries.last().unwrap();
    assert_eq!(last.user.as_deref(), Some("Bob"), "{last:?}");
    assert_eq!(
        reg(&bob, PAGE, WED, "Bob", "again").await.unwrap_err(),
        WikiError::AlreadySignedUp
    );
    wd(&bob, PAGE, WED, "Bob", "Withdrawing (wikimeet)")
        .await
        .unwrap();
    assert_eq!(wikitext().await, before);
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn a_lost_check_after_the_edit_still_reports_the_registration() {
    let before = wikitext().await;
    let bob = signed_in("Bob").await;
    UNANSWERED.with_borrow_mut(|u| *u = Some("oldid="));
    let done = reg(&bob, PAGE, TUE, "Bob", "Registering (wikimeet)").await;
    UNANSWERED.with_borrow_mut(|u| *u = None);
    let done = done.expect("the edit landed: not an error, or Try again could add a line");
    let after = wikitext().await;
    assert_eq!(
        done.page.unwrap().wikitext,
        after,
        "the page read afresh when the revision could not be"
    );
    assert_eq!(done.unrecognised_line, None);
    assert_eq!(mine(&split(&after, TUE).1, "Bob"), 1);
    wd(&bob, PAGE, TUE, "Bob", "Withdrawing (wikimeet)")
        .await
        .unwrap();
    assert_eq!(wikitext().await, before);
}

#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn a_write_whose_answer_was_lost_is_told_by_reading_the_page_again() {
    let before = wikitext().await;
    let bob = signed_in("Bob").await;
    let signup = Signup {
        title: PAGE,
        heading: TUE,
        user: "Bob",
        own_lines: &[],
    };
    let lose = |part| ANSWER_LOST.with_borrow_mut(|u| *u = part);
    // Register: the wiki saves the line, its answer is lost. Reading again says so.
    lose(Some("action=edit"));
    let e = register_line(&bob, &signup, "Registering (wikimeet)").await;
    lose(None);
    assert_eq!(e, Err(WikiError::Network), "the write itself heard nothing");
    assert_eq!(
        mine(&split(&wikitext().await, TUE).1, "Bob"),
        1,
        "yet it landed"
    );
    let page = settle_failed_write(&bob, &signup, true, WikiError::Network).await;
    assert_eq!(
        page.map(|p| p.wikitext),
        Ok(wikitext().await),
        "on the list"
    );
    // Try again reads first: no second line.
    assert_eq!(
        register_line(&bob, &signup, "x").await,
        Err(WikiError::AlreadySignedUp)
    );
    // Withdraw: the same.
    lose(Some("action=edit"));
    let e = withdraw(&bob, &signup, "Withdrawing (wikimeet)").await;
    lose(None);
    assert_eq!(e, Err(WikiError::Network));
    assert_eq!(wikitext().await, before, "the line went");
    let page = settle_failed_write(&bob, &signup, false, WikiError::Network).await;
    assert_eq!(page.map(|p| p.wikitext), Ok(before.clone()), "off the list");
    // A request that never reached the wiki: nothing was changed, and the error says so.
    UNANSWERED.with_borrow_mut(|u| *u = Some("action=edit"));
    let e = register_line(&bob, &signup, "x").await.unwrap_err();
    UNANSWERED.with_borrow_mut(|u| *u = None);
    let told = settle_failed_write(&bob, &signup, true, e)
        .await
        .unwrap_err();
    assert_eq!(told, WikiError::Network);
    assert!(
        told.message().contains("nothing was changed"),
        "{}",
        told.message()
    );
    // Neither the write's answer nor a read: not known.
    UNANSWERED.with_borrow_mut(|u| *u = Some("api.php"));
    let told = settle_failed_write(&bob, &signup, true, WikiError::Network).await;
    UNANSWERED.with_borrow_mut(|u| *u = None);
    assert_eq!(told.unwrap_err(), WikiError::Unsure);
    assert_eq!(wikitext().await, before);
}

/// The organiser page finds the wiki from the page address as copied from a browser.
#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn the_organiser_page_finds_the_wiki_from_a_page_address() {
    use wikimeet::model::wiki_address::read;
    use wikimeet::wiki::site::find;
    let transport = Reqwest {
        http: reqwest::Client::new(),
        waits: Rc::default(),
    };
    let base = api().trim_end_matches("/api.php").to_string();
    // /wiki/… is not this wiki's article path, but its API is still found (the second tried).
    for address in [
        format!("{base}/index.php/Volunteer_Supporters_Network/VSN_peer-to-peer_support"),
        format!("{base}/index.php?title=Volunteer_Supporters_Network/VSN_peer-to-peer_support&action=edit"),
        format!("{base}/wiki/Volunteer_Supporters_Network/VSN_peer-to-peer_support"),
    ] {
        let at = read(&address, "").unwrap();
        let title = at.title.clone().unwrap();
        let facts = find(&at, &title, transport.clone()).await.unwrap();
        assert_eq!(facts.api, api(), "{address}");
        assert_eq!(facts.article_path, format!("{base}/index.php/$1"));
        assert_eq!(facts.title, PAGE);
        assert!(facts.latest.to_string().as_str() >= "2024-01-01", "{facts:?}");
    }
    let missing = read(&format!("{base}/index.php/No_such_meeting"), "").unwrap();
    assert_eq!(
        find(&missing, "No such meeting", transport.clone()).await,
        Err(WikiError::MissingPage("No such meeting".into()))
    );
    // A web site that is not a wiki: its error, not a page.
    let elsewhere = read("http://127.0.0.1:9/wiki/X", "").unwrap();
    assert_eq!(
        find(&elsewhere, "X", transport).await,
        Err(WikiError::Network)
    );
}

/// Mailing the registrants: who can receive wiki mail, and a refusal kept for that person.
#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn who_can_receive_wiki_mail_and_a_refused_send() {
    use wikimeet::model::mailing::{Status, UserAnswer};
    use wikimeet::wiki::mailing::{outcome_of, reach, send_one, Outcome};
    let anyone = client_at(&api());
    let said = reach(&anyone, &["Alice", "User01", "Nobody here at all"])
        .await
        .unwrap();
    assert_eq!(
        said.answers,
        [
            ("Alice".to_string(), UserAnswer::Emailable),
            ("User01".to_string(), UserAnswer::NotEmailable),
            ("Nobody here at all".to_string(), UserAnswer::Missing),
        ]
    );
    assert_eq!(said.blocks, [], "nobody of them is blocked");
    // The same read tells a block (the test wiki's Blocked is blocked sitewide, for good).
    let blocked = reach(&anyone, &["Alice", "Blocked"]).await.unwrap();
    assert_eq!(
        blocked.blocks,
        [(
            "Blocked".to_string(),
            wikimeet::model::mailing::Block {
                partial: false,
                expiry: None
            }
        )]
    );
    // 120 names: three reads of at most 50.
    let many: Vec<String> = (0..120).map(|i| format!("Nobody {i}")).collect();
    let names: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(reach(&anyone, &names).await.unwrap().answers.len(), 120);
    let bob = signed_in("Bob").await;
    // User01 has no confirmed address: refused for that person; the run goes on.
    assert_eq!(
        send_one(&bob, "User01", "Link", "The link", false).await,
        Outcome::Person(Status::Refused("noemail".into()))
    );
    // Not signed in: the run stops, nothing is recorded for the person.
    assert!(matches!(
        send_one(&anyone, "Alice", "Link", "The link", false).await,
        Outcome::Stop(_)
    ));
    assert_eq!(
        outcome_of(WikiError::Network),
        Outcome::Person(Status::Unknown)
    );
    let limited = WikiError::Api {
        code: "ratelimited".into(),
        text: String::new(),
        retry_after: None,
    };
    assert!(matches!(outcome_of(limited), Outcome::Stop(_)));
}

/// Searching by halves: the first of a run of answers that hold from there on.
#[tokio::test]
async fn first_from_finds_where_a_lasting_answer_starts() {
    use wikimeet::wiki::history::first_from;
    for n in 0..40usize {
        for start in 0..=n {
            let asked = RefCell::new(0);
            let found = first_from(n, |i| {
                *asked.borrow_mut() += 1;
                async move { Ok(i >= start) }
            })
            .await
            .unwrap();
            assert_eq!(found, (start < n).then_some(start), "n {n}, from {start}");
            assert!(
                *asked.borrow() <= 6,
                "about log2(n) reads: {}",
                asked.borrow()
            );
        }
    }
}

/// When a heading came: the revision that added it, among the page's revisions.
#[tokio::test]
#[ignore = "needs the test wiki: run scripts/test"]
async fn the_revision_that_added_a_heading_is_found() {
    use wikimeet::wiki::history::heading_added;
    let alice = signed_in("Alice").await;
    let edit = |text: &'static str| Call {
        post: true,
        params: vec![
            ("action", "edit".to_string()),
            ("title", "History of a meeting".to_string()),
            ("appendtext", text.to_string()),
        ],
    };
    for text in [
        "== One ==\nfirst\n",
        "\n== Two ==\nsecond\n",
        "\nmore text\n",
    ] {
        alice
            .write(|token| {
                let mut call = edit(text);
                call.params.push(("token", token.to_string()));
                call
            })
            .await
            .unwrap();
    }
    let today = chrono::Utc::now().date_naive();
    let anyone = client_at(&api());
    assert_eq!(
        heading_added(&anyone, "History of a meeting", "Two").await,
        Ok(Some(today))
    );
    assert_eq!(
        heading_added(&anyone, "History of a meeting", "One").await,
        Ok(Some(today))
    );
    assert_eq!(
        heading_added(&anyone, "History of a meeting", "Three").await,
        Ok(None),
        "never there"
    );
    assert_eq!(
        heading_added(&anyone, "No such page at all", "One").await,
        Ok(None)
    );
}
