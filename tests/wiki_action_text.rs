//! What crosses between the meeting page and its action module (`wiki/action_text.rs`): an
//! order and every outcome arrive as they left, and a garbled answer is a plain error.
use wikimeet::model::signature::SiteNames;
use wikimeet::wiki::action_text::{outcome, outcome_json, Intent, WriteOrder};
use wikimeet::wiki::error::WikiError;
use wikimeet::wiki::request::Auth;

fn order(intent: Intent, auth: Auth, token: Option<&str>) -> WriteOrder {
    WriteOrder {
        intent,
        api: "https://meta.wikimedia.org/w/api.php".into(),
        user_agent: "wikimeet/0.1.0 (vsn@example.org)".into(),
        auth,
        token: token.map(str::to_string),
        names: SiteNames {
            user_namespaces: vec!["user".into(), "usuario discusión".into()],
            special_namespaces: vec!["especial".into()],
            user_templates: vec!["u".into(), "ping \"me\"".into()],
            host: "meta.wikimedia.org".into(),
        },
        title: "Volunteer Supporters Network/VSN peer-to-peer support".into(),
        heading: "Tuesday, 2 December 2025 – 15:00 UTC".into(),
        user: "Zoë \\ O'Brien".into(),
        own_lines: vec!["# ~~ [[Benutzer:Zoë|Z]]\n".into()],
        summary: "Registering for 2 December (wikimeet)".into(),
    }
}

#[test]
fn an_order_arrives_as_it_left() {
    let orders = [
        order(
            Intent::Register,
            Auth::WikiSession {
                origin: "https://a.example".into(),
            },
            Some("abc+\\"),
        ),
        order(
            Intent::Withdraw,
            Auth::Bearer {
                token: "t0k\"en".into(),
            },
            None,
        ),
        order(Intent::Register, Auth::Anonymous, None),
    ];
    for o in orders {
        assert_eq!(WriteOrder::from_json(&o.to_json()), Some(o));
    }
    let mut empty = order(Intent::Withdraw, Auth::Anonymous, None);
    empty.names = SiteNames::default();
    empty.own_lines.clear();
    assert_eq!(WriteOrder::from_json(&empty.to_json()), Some(empty));
}

#[test]
fn a_garbled_order_is_refused() {
    let text = order(Intent::Register, Auth::Anonymous, None).to_json();
    assert_eq!(
        WriteOrder::from_json(&text[..text.len() - 1]),
        None,
        "cut short"
    );
    assert_eq!(
        WriteOrder::from_json(&text.replace("\"user\"", "\"who\"")),
        None,
        "no user"
    );
    assert_eq!(WriteOrder::from_json("{}"), None);
}

#[test]
fn every_outcome_arrives_as_it_left() {
    let text = |s: &str| s.to_string();
    let outcomes: Vec<Result<u64, WikiError>> = vec![
        Ok(0),
        Ok(18446744073709551615),
        Err(WikiError::Network),
        Err(WikiError::Offline),
        Err(WikiError::NotAllowed(text("https://wiki.example"))),
        Err(WikiError::Http {
            status: 503,
            retry_after: Some(7),
        }),
        Err(WikiError::Http {
            status: 500,
            retry_after: None,
        }),
        Err(WikiError::Api {
            code: text("editconflict"),
            text: text("Edit \"conflict\"\n"),
            retry_after: None,
        }),
        Err(WikiError::Api {
            code: text("maxlag"),
            text: text("lag"),
            retry_after: Some(5),
        }),
        Err(WikiError::Captcha),
        Err(WikiError::BadAnswer(text("no edit result"))),
        Err(WikiError::MissingPage(text("Some/Page"))),
        Err(WikiError::MissingHeading(text("Tuesday"))),
        Err(WikiError::AlreadySignedUp),
        Err(WikiError::MailFailed),
        Err(WikiError::NotOnList),
        Err(WikiError::NotSignedIn),
    ];
    for o in outcomes {
        assert_eq!(outcome(&outcome_json(&o)), o);
    }
}

#[test]
fn a_garbled_outcome_is_a_plain_error_not_a_success() {
    for answer in [
        "",
        "undefined",
        "{}",
        "{\"error\":\"what\"}",
        "{\"revid\":-1}",
    ] {
        let result = outcome(answer);
        assert!(
            matches!(&result, Err(WikiError::BadAnswer(what)) if what == "the sign-up and sign-in module"),
            "{answer}: {result:?}"
        );
    }
}
