//! An event (a meeting with one or more sessions) as an organiser writes it in a JSON file,
//! and its validation: every problem names the file, the field and what is wrong.
use chrono::{DateTime, Utc};
use std::fmt;

use super::wiki_page::{SignIn, WikiPage};

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub slug: String,
    pub series: Option<String>,
    pub title: String,
    pub description: String,
    pub facilitator: Option<Facilitator>,
    /// Wiki users besides the facilitator who may send the meeting link to the registrants.
    pub organisers: Vec<String>,
    pub affiliate: Option<Affiliate>,
    pub language: String,
    pub platform: String,
    pub platform_note: Option<String>,
    pub contact_email: String,
    /// True when a participant picks one of the sessions ("choose the date that better suits you").
    pub sessions_are_alternatives: bool,
    /// The sessions are an agenda's slots (titled, grouped by the visitor's local day).
    pub agenda: bool,
    /// Length used for calendar entries and "live now" when a session states no duration.
    pub calendar_default_minutes: u32,
    pub reminder_minutes: u32,
    pub wiki: Option<WikiPage>,
    pub sessions: Vec<Session>,
    /// The safe-space policy as the event file states it: shown when the wiki cannot be read.
    pub policy: Vec<super::policy::RuleGroup>,
    /// Days a report draft is kept on the device before it is deleted.
    pub draft_days: u32,
    /// Where the report form's quick exit goes: a neutral page.
    pub quick_exit_url: String,
    /// What the calendar feed remembers between versions, as the file has it; read by the
    /// organiser page only (`feed_write::feed_state`), so the meeting page never fails on it.
    pub calendar_feed: Option<super::json::Json>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facilitator {
    pub name: String,
    pub wiki_user: Option<String>,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Affiliate {
    pub name: String,
    pub url: Option<String>,
    /// Where reports to the affiliate go (the policy's third route).
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Stable id, unique in the event; part of calendar UIDs.
    pub id: String,
    pub start: DateTime<Utc>,
    pub duration_minutes: Option<u32>,
    /// The wiki heading under which this session's sign-up list stands.
    pub signup_heading: Option<String>,
    /// An agenda slot's title, text and speakers.
    pub title: Option<String>,
    pub description: Option<String>,
    pub speakers: Vec<Speaker>,
}

/// Who speaks in an agenda slot: a wiki user (linked to their user page) or a name.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    WikiUser(String),
    Name(String),
}

/// A problem in an event file, in words an organiser can act on.
#[derive(Clone, Debug, PartialEq)]
pub struct EventError {
    pub file: String,
    /// Path of the field, e.g. `sessions[1].start`; empty when the file as a whole is wrong.
    pub field: String,
    pub problem: String,
}

impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(
                f,
                "{}, field \"{}\": {}",
                self.file, self.field, self.problem
            )
        }
    }
}

impl Session {
    /// Minutes the session lasts: its own duration, else the event's calendar default.
    pub fn minutes(&self, event: &Event) -> u32 {
        self.duration_minutes
            .unwrap_or(event.calendar_default_minutes)
    }
    pub fn end(&self, event: &Event) -> DateTime<Utc> {
        // A time near the end of chrono's range plus a length from the file: never a panic.
        let length = chrono::Duration::minutes(self.minutes(event).into());
        self.start
            .checked_add_signed(length)
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
}

impl Event {
    /// The rules across fields (a file's single fields are read by `event_json`).
    pub(super) fn check(&self) -> Result<(), (String, String)> {
        let must = |ok: bool, field: &str, problem: &str| {
            if ok {
                Ok(())
            } else {
                Err((field.to_string(), problem.to_string()))
            }
        };
        let slug_ok = !self.slug.is_empty()
            && self
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        must(
            slug_ok,
            "slug",
            "use only lowercase letters a-z, digits and '-'",
        )?;
        must(
            !super::feed::RESERVED_SLUGS.contains(&self.slug.as_str()),
            "slug",
            "is the name of one of the site's own files (events/all.ics, events/index.json): \
             choose another short name",
        )?;
        // Shown on the meeting page (the platform also as the calendar's location): never blank.
        for (field, text) in [
            ("title", &self.title),
            ("language", &self.language),
            ("platform", &self.platform),
        ] {
            must(!text.trim().is_empty(), field, "must not be empty")?;
        }
        must(
            valid_email(&self.contact_email),
            "contact_email",
            "is not an email address like name@example.org",
        )?;
        must(
            self.calendar_default_minutes > 0 && self.calendar_default_minutes <= 1440,
            "calendar_default_minutes",
            "must be between 1 and 1440",
        )?;
        must(
            self.reminder_minutes <= 10080,
            "reminder_minutes",
            "must be at most 10080 (one week)",
        )?;
        must(
            !self.sessions.is_empty(),
            "sessions",
            "list at least one session",
        )?;
        if let Some(w) = &self.wiki {
            must(
                w.api.starts_with("https://") || w.api.starts_with("http://"),
                "wiki.api",
                "must be a web address starting with https://",
            )?;
            must(
                w.article_path.contains("$1"),
                "wiki.article_path",
                "must contain $1 where the page title goes",
            )?;
            must(!w.page.trim().is_empty(), "wiki.page", "must not be empty")?;
            must(
                w.signin != SignIn::Oauth2 || w.oauth.is_some(),
                "wiki.oauth",
                "signin is \"oauth2\": name the client here, {\"client_id\": …, \"rest\": …}",
            )?;
        }
        for (i, s) in self.sessions.iter().enumerate() {
            let field = |name: &str| format!("sessions[{i}].{name}");
            must(!s.id.trim().is_empty(), &field("id"), "must not be empty")?;
            if self.sessions.iter().take(i).any(|o| o.id == s.id) {
                return Err((
                    field("id"),
                    format!("\"{}\" is used by another session", s.id),
                ));
            }
            if let Some(m) = s.duration_minutes {
                must(
                    m > 0 && m <= 1440,
                    &field("duration_minutes"),
                    "must be between 1 and 1440",
                )?;
            }
        }
        Ok(())
    }

    /// The event's wiki page on the web, when it has one.
    pub fn page_url(&self) -> Option<String> {
        self.wiki.as_ref().map(|w| w.article_url(&w.page))
    }

    /// The facilitator's wiki user page, when both are known.
    pub fn facilitator_url(&self) -> Option<String> {
        let user = self.facilitator.as_ref()?.wiki_user.as_ref()?;
        Some(self.wiki.as_ref()?.article_url(&format!("User:{user}")))
    }

    /// When the next session starts, or None when all have begun.
    pub fn next_start(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.sessions
            .iter()
            .map(|s| s.start)
            .filter(|t| *t > now)
            .min()
    }

    /// The session a visitor most needs to know of: the first one not yet ended (a live one
    /// included), or the last one when all have ended.
    pub fn session_to_show(&self, now: DateTime<Utc>) -> Option<&Session> {
        let not_ended = self.sessions.iter().filter(|s| s.end(self) > now);
        not_ended
            .min_by_key(|s| s.start)
            .or_else(|| self.sessions.iter().max_by_key(|s| s.start))
    }

    pub fn last_start(&self) -> DateTime<Utc> {
        self.sessions
            .iter()
            .map(|s| s.start)
            .max()
            .unwrap_or_default()
    }
}

/// A mailto link with subject and body filled in.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    use super::url::encode_component as enc;
    format!("mailto:{to}?subject={}&body={}", enc(subject), enc(body))
}

/// Orders events for the home list: upcoming ones first (soonest first), then past ones
/// (most recent first).
pub fn sort_for_listing(events: &mut [Event], now: DateTime<Utc>) {
    super::order::sort_by(events, |a, b| {
        match (a.next_start(now), b.next_start(now)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => b.last_start().cmp(&a.last_start()),
        }
    });
}

fn valid_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && host.contains('.')
                && !s.contains(char::is_whitespace)
                && !host.contains('@')
        }
        None => false,
    }
}
