//! (The report model is the safe-space page's: these tests need that feature, on by default.)
#![cfg(feature = "safe-space")]
use wikimeet::model::policy::{all_rules, parse, plain};
use wikimeet::model::report::{report_text, Channel, Draft, Labels};

const PAGE: &str = include_str!("wiki/meeting-page.wikitext");

fn policy_section() -> &'static str {
    let at = PAGE
        .find("== The Volunteer Supporters Network's safe space policy")
        .unwrap();
    &PAGE[at..]
}

#[test]
fn policy_parses_into_groups_of_bold_titled_rules() {
    let groups = parse(policy_section());
    let titles: Vec<_> = groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["Basic rules for all participants", "Enforcement"]);
    let rules: Vec<_> = all_rules(&groups)
        .map(|r| (r.id(), r.title.clone()))
        .collect();
    assert_eq!(
        rules,
        [
            (
                "friendliness-and-mutual-respect".to_string(),
                "Friendliness and mutual respect".to_string()
            ),
            ("privacy".into(), "Privacy".into()),
            ("reporting".into(), "Reporting".into()),
        ]
    );
    assert!(groups[0].rules[1]
        .text
        .starts_with("Respect the self chosen degree of anonymity"));
    assert!(groups[1].rules[0]
        .text
        .contains("(2) inform only the facilitator"));
}

#[test]
fn wiki_markup_becomes_plain_text_and_markup_stays_text() {
    assert_eq!(
        plain("see [[Event ban|the ban list]] and [[Foo]] or [https://x.org the site]"),
        "see the ban list and Foo or the site"
    );
    assert_eq!(
        plain("'''bold''' <script>alert(1)</script>x"),
        "bold alert(1)x"
    );
    let hostile = "=== Rules ===\n* '''<img src=x onerror=alert(1)>''' – <b>text</b>";
    assert!(
        parse(hostile).is_empty(),
        "a rule whose title is only a tag has no title"
    );
    let groups = parse(
        "=== R ===\n* '''Privacy <svg onload=alert(1)>''' – a\n* not a rule\n* '''''' – empty",
    );
    assert_eq!(groups[0].rules.len(), 1);
    assert_eq!(groups[0].rules[0].title, "Privacy");
}

fn labels() -> Labels<'static> {
    Labels {
        heading: "Report",
        meeting: "Meeting",
        session: "Session",
        rules: "Rules",
        what: "What happened",
        when: "When",
        who: "Who",
        ongoing: "Still happening",
        outcome: "Wished outcome",
    }
}

#[test]
fn the_report_text_holds_what_was_typed_and_leaves_out_empty_fields() {
    let draft = Draft {
        channel: Channel::Facilitator,
        what: " Someone took screenshots.\nTwice. ".into(),
        when: "15:20".into(),
        ..Draft::default()
    };
    let text = report_text(
        &labels(),
        "VSN peer support",
        "14 Feb 2024 15:00 UTC",
        &["Privacy".into()],
        &draft,
        "",
    );
    assert_eq!(text, "Report\n\nMeeting: VSN peer support\nSession: 14 Feb 2024 15:00 UTC\nRules: Privacy\nWhen: 15:20\n\nWhat happened:\nSomeone took screenshots.\nTwice.\n");
}

#[test]
fn drafts_need_what_happened_and_expire() {
    let mut d = Draft::default();
    assert!(d.is_empty());
    assert_eq!(d.problems(), [("what", "report-need-what")]);
    d.what = "x".into();
    assert!(d.problems().is_empty());
    d.saved_at = 1_000.0;
    let day = 86_400_000.0;
    assert!(!d.is_expired(1_000.0 + 29.0 * day, 30));
    assert!(d.is_expired(1_000.0 + 31.0 * day, 30));
    assert_eq!(d.expires_at(30), 1_000.0 + 30.0 * day);
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(
        serde_json::from_str::<Draft>(&json).unwrap(),
        d,
        "a draft survives storage"
    );
    assert_eq!(
        serde_json::from_str::<Draft>("{\"what\":\"kept\"}")
            .unwrap()
            .what,
        "kept",
        "older drafts still load"
    );
}

/// The VSN event as shipped, and a stand-in for the page's messages that shows key and values.
fn vsn() -> wikimeet::model::event::Event {
    let text = include_str!("../public/events/vsn-peer-to-peer-support.json");
    wikimeet::model::event::Event::from_json("vsn.json", text).unwrap()
}

fn words(key: &str, params: &[&str]) -> String {
    format!(
        "<{key}{}>",
        params.iter().map(|p| format!("|{p}")).collect::<String>()
    )
}

#[test]
fn the_message_is_assembled_from_the_draft_event_and_words() {
    use wikimeet::model::report_message::{mail_to, message, who_sees};
    let event = vsn();
    let groups = &event.policy;
    let first = all_rules(groups).next().unwrap();
    let mut d = Draft {
        channel: Channel::Openly,
        ..Draft::default()
    };
    assert_eq!(
        message(&event, groups, &d, &words),
        "<report-open-message-general>"
    );
    d.rules = vec![first.id()];
    assert_eq!(
        message(&event, groups, &d, &words),
        format!("<report-open-message|{}>", first.title)
    );
    d.channel = Channel::Facilitator;
    d.session = "2024-02-27".into();
    d.what = "It happened.".into();
    d.ongoing = "yes".into();
    let text = message(&event, groups, &d, &words);
    assert!(
        text.starts_with("<report-text-heading>\n\n<report-text-meeting>: Peer-to-peer"),
        "{text}"
    );
    assert!(
        text.contains("<report-session>: 2024-02-27 17:00 UTC\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("<report-text-rules>: {}\n", first.title)),
        "{text}"
    );
    assert!(
        text.contains("<report-text-ongoing>: <report-yes>\n"),
        "{text}"
    );
    assert!(
        text.contains("<report-text-what>:\nIt happened.\n"),
        "{text}"
    );
    assert!(
        !text.contains("report-text-who"),
        "empty fields are left out: {text}"
    );
    assert_eq!(
        who_sees(&event, Channel::Facilitator, &words),
        "<report-sees-facilitator|Vic Sfriso>"
    );
    assert_eq!(
        who_sees(&event, Channel::Affiliate, &words),
        "<report-sees-affiliate|Wikimedia Argentina>"
    );
    assert_eq!(
        who_sees(&event, Channel::Openly, &words),
        "<report-sees-openly>"
    );
    assert_eq!(
        mail_to(&event, Channel::Facilitator).as_deref(),
        Some("vic@wikimedia.org.ar")
    );
    assert_eq!(
        mail_to(&event, Channel::Affiliate),
        None,
        "the VSN's affiliate names no address"
    );
    assert_eq!(mail_to(&event, Channel::Openly), None);
}
