//! A report of a breach of the safe-space policy: the draft as typed, its checks, and the text
//! that goes out by the route the person chose. Nothing here sends or stores anything.
use super::text::message_key;
use serde::{Deserialize, Serialize};

/// The policy's three ways to act on a breach.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// (1) point out the terms openly
    #[default]
    Openly,
    /// (2) inform only the facilitator
    Facilitator,
    /// (3) inform the affiliate that offers the platform
    Affiliate,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub channel: Channel,
    pub session: String,
    /// Rule ids (see `policy::Rule::id`).
    pub rules: Vec<String>,
    pub what: String,
    pub when: String,
    pub who: String,
    /// "yes", "no" or "" (not said).
    pub ongoing: String,
    pub outcome: String,
    /// When it was last changed, ms since the epoch: drafts expire.
    pub saved_at: f64,
}

const DAY_MS: f64 = 86_400_000.0;

impl Draft {
    pub fn is_empty(&self) -> bool {
        [&self.what, &self.when, &self.who, &self.outcome]
            .iter()
            .all(|s| s.trim().is_empty())
            && self.rules.is_empty()
    }

    pub fn is_expired(&self, now_ms: f64, keep_days: u32) -> bool {
        self.saved_at > 0.0 && now_ms - self.saved_at > f64::from(keep_days) * DAY_MS
    }

    /// The date after which the draft is deleted, in ms since the epoch.
    pub fn expires_at(&self, keep_days: u32) -> f64 {
        self.saved_at + f64::from(keep_days) * DAY_MS
    }

    /// The fields still missing, as (field, message key) pairs, in form order.
    pub fn problems(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        if self.what.trim().is_empty() {
            out.push(("what", message_key("report-need-what")));
        }
        if self.what.chars().count() > 5000 {
            out.push(("what", message_key("report-too-long")));
        }
        out
    }
}

/// Labels for the report text, in the reader's language (filled from the message files).
pub struct Labels<'a> {
    pub heading: &'a str,
    pub meeting: &'a str,
    pub session: &'a str,
    pub rules: &'a str,
    pub what: &'a str,
    pub when: &'a str,
    pub who: &'a str,
    pub ongoing: &'a str,
    pub outcome: &'a str,
}

/// The report as plain text: the same words for wiki mail, email, the clipboard and the file.
/// Empty optional fields are left out.
pub fn report_text(
    labels: &Labels,
    meeting: &str,
    session: &str,
    rule_titles: &[String],
    draft: &Draft,
    ongoing: &str,
) -> String {
    let mut out = format!("{}\n\n{}: {meeting}\n", labels.heading, labels.meeting);
    let mut line = |label: &str, value: &str| {
        if !value.trim().is_empty() {
            out.push_str(&format!("{label}: {}\n", value.trim()));
        }
    };
    line(labels.session, session);
    line(labels.rules, &rule_titles.join(", "));
    line(labels.when, &draft.when);
    line(labels.who, &draft.who);
    line(labels.ongoing, ongoing);
    out.push_str(&format!("\n{}:\n{}\n", labels.what, draft.what.trim()));
    if !draft.outcome.trim().is_empty() {
        out.push_str(&format!(
            "\n{}:\n{}\n",
            labels.outcome,
            draft.outcome.trim()
        ));
    }
    out
}

/// A file name for the downloaded report.
pub fn file_name(event_slug: &str) -> String {
    format!("{event_slug}-report.txt")
}
