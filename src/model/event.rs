//! An event (a meeting with one or more sessions) as an organiser writes it in a JSON file,
//! and its validation: every problem names the file, the field and what is wrong.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: String,
    #[serde(default)]
    pub series: Option<String>,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub facilitator: Option<Facilitator>,
    #[serde(default)]
    pub affiliate: Option<Affiliate>,
    pub language: String,
    pub platform: String,
    #[serde(default)]
    pub platform_note: Option<String>,
    pub contact_email: String,
    /// True when a participant picks one of the sessions ("choose the date that better suits you").
    #[serde(default)]
    pub sessions_are_alternatives: bool,
    /// Length used for calendar entries and "live now" when a session states no duration.
    #[serde(default = "default_calendar_minutes")]
    pub calendar_default_minutes: u32,
    #[serde(default = "default_reminder_minutes")]
    pub reminder_minutes: u32,
    #[serde(default)]
    pub wiki: Option<WikiPage>,
    pub sessions: Vec<Session>,
    /// The safe-space policy as the event file states it: shown when the wiki cannot be read.
    #[serde(default)]
    pub policy: Vec<super::policy::RuleGroup>,
    /// Days a report draft is kept on the device before it is deleted.
    #[serde(default = "default_draft_days")]
    pub draft_days: u32,
    /// Where the report form's quick exit goes: a neutral page.
    #[serde(default = "default_quick_exit")]
    pub quick_exit_url: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilitator {
    pub name: String,
    #[serde(default)]
    pub wiki_user: Option<String>,
    #[serde(default = "default_role")]
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Affiliate {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    /// Where reports to the affiliate go (the policy's third route).
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WikiPage {
    /// e.g. `https://meta.wikimedia.org/w/api.php`
    pub api: String,
    /// e.g. `https://meta.wikimedia.org/wiki/$1`
    pub article_path: String,
    /// The page title, e.g. `Volunteer Supporters Network/VSN peer-to-peer support`.
    pub page: String,
    #[serde(default)]
    pub policy_section: Option<String>,
    /// How people sign in to register: `none` (the wiki editor and email only),
    /// `wiki-session` (the wiki lists this site in $wgCrossSiteAJAXdomains) or `oauth2`
    /// (an OAuth 2 client registered on the wiki, named in `oauth`).
    #[serde(default)]
    pub signin: SignIn,
    #[serde(default)]
    pub oauth: Option<OAuthClient>,
}

/// An OAuth 2 client registered on the wiki (non-confidential, PKCE).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthClient {
    pub client_id: String,
    /// The wiki's REST base, e.g. `https://meta.wikimedia.org/w/rest.php`.
    pub rest: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignIn {
    #[default]
    None,
    WikiSession,
    Oauth2,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Stable id, unique in the event; part of calendar UIDs.
    pub id: String,
    #[serde(deserialize_with = "utc_time")]
    pub start: DateTime<Utc>,
    #[serde(default)]
    pub duration_minutes: Option<u32>,
    /// The wiki heading under which this session's sign-up list stands.
    #[serde(default)]
    pub signup_heading: Option<String>,
}

fn default_calendar_minutes() -> u32 {
    60
}
fn default_reminder_minutes() -> u32 {
    30
}
fn default_draft_days() -> u32 {
    30
}
fn default_quick_exit() -> String {
    "https://www.wikipedia.org/".into()
}
fn default_role() -> String {
    "Facilitator".into()
}

fn utc_time<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(d)?;
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a date and time; write it in UTC like 2024-02-14T15:00:00Z"
            ))
        })
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
        self.start + chrono::Duration::minutes(self.minutes(event).into())
    }
}

impl Event {
    /// Parses and validates an event file's text.
    pub fn from_json(file: &str, text: &str) -> Result<Event, EventError> {
        let err = |field: String, problem: String| EventError {
            file: file.to_string(),
            field,
            problem,
        };
        let event: Event = serde_json::from_str(text).map_err(|e| {
            let path = super::json_path::path_at(text, e.line(), e.column());
            let problem = plain_serde_problem(&e);
            let field = if problem.starts_with("missing field") {
                super::json_path::object_path(&path)
            } else {
                path
            };
            err(field, problem)
        })?;
        event.check().map_err(|(f, p)| err(f, p))?;
        Ok(event)
    }

    fn check(&self) -> Result<(), (String, String)> {
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
        must(!self.title.trim().is_empty(), "title", "must not be empty")?;
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
            if self.sessions[..i].iter().any(|o| o.id == s.id) {
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

    pub fn last_start(&self) -> DateTime<Utc> {
        self.sessions
            .iter()
            .map(|s| s.start)
            .max()
            .unwrap_or_default()
    }
}

impl WikiPage {
    pub fn article_url(&self, title: &str) -> String {
        self.article_path
            .replace("$1", &super::url::wiki_title_path(title))
    }

    /// index.php beside api.php, for the wiki's own pages (login, editor).
    fn index_php(&self) -> String {
        match self.api.strip_suffix("api.php") {
            Some(base) => format!("{base}index.php"),
            None => self.api.clone(),
        }
    }

    /// The wiki's editor, opened on one section (or the whole page when the index is unknown).
    pub fn edit_url(&self, section: Option<&str>) -> String {
        let title = super::url::encode_component(&self.page);
        match section.filter(|s| !s.is_empty()) {
            Some(s) => format!("{}?title={title}&action=edit&section={s}", self.index_php()),
            None => format!("{}?title={title}&action=edit", self.index_php()),
        }
    }

    /// The wiki's login page, coming back to the meeting page afterwards.
    pub fn login_url(&self) -> String {
        let title = super::url::encode_component(&self.page);
        format!(
            "{}?title=Special:UserLogin&returnto={title}",
            self.index_php()
        )
    }

    /// Where a user turns on "Allow other users to email me".
    pub fn email_preferences_url(&self) -> String {
        format!(
            "{}?title=Special:Preferences#mw-prefsection-personal-email",
            self.index_php()
        )
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
    events.sort_by(|a, b| match (a.next_start(now), b.next_start(now)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => b.last_start().cmp(&a.last_start()),
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

/// serde_json's messages, minus the position (we name the field instead) and the backticks.
fn plain_serde_problem(e: &serde_json::Error) -> String {
    let mut text = e.to_string();
    if let Some(at) = text.rfind(" at line ") {
        text.truncate(at);
    }
    let text = text.replace('`', "\"");
    match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            format!(
                "the file is not valid JSON ({text} at line {}, column {})",
                e.line(),
                e.column()
            )
        }
        _ => text,
    }
}
