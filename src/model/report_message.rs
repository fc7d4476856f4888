//! What a report sends, assembled from the draft, the event and the page's messages (passed in
//! as `words`, so this stays pure and is tested natively): the text for every way of sending,
//! who will read it, and where its email goes.
use super::event::Event;
use super::policy::{all_rules, RuleGroup};
use super::report::{report_text, Channel, Draft, Labels};
use super::text::message_key;
use super::time::utc_label;

/// A message in the reader's language, with its parameters (the page's `tr`).
pub type Words<'a> = &'a dyn Fn(&str, &[&str]) -> String;

/// What the report says: for "openly" the short message to post in the meeting, otherwise the
/// whole report. The same text goes by wiki mail, email, the clipboard and the file.
pub fn message(event: &Event, groups: &[RuleGroup], d: &Draft, words: Words) -> String {
    let titles: Vec<String> = all_rules(groups)
        .filter(|r| d.rules.contains(&r.id()))
        .map(|r| r.title.clone())
        .collect();
    let w = |key: &str| words(key, &[]);
    if d.channel == Channel::Openly {
        return match titles.is_empty() {
            true => w(message_key("report-open-message-general")),
            false => words(message_key("report-open-message"), &[&titles.join(", ")]),
        };
    }
    let session = event
        .sessions
        .iter()
        .find(|s| s.id == d.session)
        .map(|s| utc_label(s.start))
        .unwrap_or_default();
    let ongoing = match d.ongoing.as_str() {
        "yes" => w(message_key("report-yes")),
        "no" => w(message_key("report-no")),
        _ => String::new(),
    };
    let (heading, meeting, session_label, rules) = (
        w(message_key("report-text-heading")),
        w(message_key("report-text-meeting")),
        w(message_key("report-session")),
        w(message_key("report-text-rules")),
    );
    let (what, when, who, ongoing_label, outcome) = (
        w(message_key("report-text-what")),
        w(message_key("report-text-when")),
        w(message_key("report-text-who")),
        w(message_key("report-text-ongoing")),
        w(message_key("report-text-outcome")),
    );
    let labels = Labels {
        heading: &heading,
        meeting: &meeting,
        session: &session_label,
        rules: &rules,
        what: &what,
        when: &when,
        who: &who,
        ongoing: &ongoing_label,
        outcome: &outcome,
    };
    report_text(&labels, &event.title, &session, &titles, d, &ongoing)
}

/// Who will read the report, by its route.
pub fn who_sees(event: &Event, channel: Channel, words: Words) -> String {
    match channel {
        Channel::Openly => words(message_key("report-sees-openly"), &[]),
        Channel::Facilitator => {
            let name = event.facilitator.as_ref().map(|f| f.name.as_str());
            words(
                message_key("report-sees-facilitator"),
                &[name.unwrap_or("")],
            )
        }
        Channel::Affiliate => {
            let name = event.affiliate.as_ref().map(|a| a.name.as_str());
            words(message_key("report-sees-affiliate"), &[name.unwrap_or("")])
        }
    }
}

/// Where the email route goes: the event's contact for the facilitator, the affiliate's own
/// address for the affiliate; None for "openly" or an affiliate without an address.
pub fn mail_to(event: &Event, channel: Channel) -> Option<String> {
    match channel {
        Channel::Facilitator => Some(event.contact_email.clone()),
        Channel::Affiliate => event.affiliate.as_ref().and_then(|a| a.email.clone()),
        Channel::Openly => None,
    }
}
