//! Reading an event file's JSON into an [`Event`]: each field by name, with problems that name
//! the field (`sessions[1].start`) in words an organiser can act on. Hand-written rather than
//! serde-derived: it is the largest thing the meeting page reads, and this costs the download
//! ~8 KB less (README "Performance").
use super::event::{Affiliate, Event, Facilitator, OAuthClient, Session, SignIn, WikiPage};
use super::json::Json;
use super::policy::{Rule, RuleGroup};
use chrono::{DateTime, Utc};

/// A field's path and what is wrong with it.
pub type Problem = (String, String);

/// An object's members, read by name; unknown names are refused (a misspelt optional field
/// would otherwise be silently ignored).
pub struct Fields<'a> {
    path: String,
    members: &'a [(String, Json)],
}

fn join(path: &str, key: &str) -> String {
    match path.is_empty() {
        true => key.to_string(),
        false => format!("{path}.{key}"),
    }
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json, path: &str, known: &[&str]) -> Result<Self, Problem> {
        let members = value.entries().ok_or_else(|| {
            (
                path.to_string(),
                "must be an object: { \"name\": value, … }".into(),
            )
        })?;
        if let Some((k, _)) = members.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err((
                join(path, k),
                format!(
                    "unknown field \"{k}\"; the fields here are: {}",
                    known.join(", ")
                ),
            ));
        }
        Ok(Fields {
            path: path.to_string(),
            members,
        })
    }

    fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// A member that is there and not `null`.
    fn get(&self, key: &str) -> Option<&'a Json> {
        self.members
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !v.is_null())
    }

    fn missing(&self, key: &str) -> Problem {
        (self.path.clone(), format!("missing field \"{key}\""))
    }

    pub fn opt_text(&self, key: &str) -> Result<Option<String>, Problem> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| (self.at(key), "must be text in \"quotes\"".into()))
            })
            .transpose()
    }

    pub fn text(&self, key: &str) -> Result<String, Problem> {
        self.opt_text(key)?.ok_or_else(|| self.missing(key))
    }

    fn opt_number(&self, key: &str) -> Result<Option<u32>, Problem> {
        self.get(key)
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| (self.at(key), "must be a whole number, like 60".into()))
            })
            .transpose()
    }

    fn number(&self, key: &str, default: u32) -> Result<u32, Problem> {
        Ok(self.opt_number(key)?.unwrap_or(default))
    }

    fn flag(&self, key: &str) -> Result<bool, Problem> {
        self.get(key).map_or(Ok(false), |v| {
            v.as_bool()
                .ok_or_else(|| (self.at(key), "must be true or false".into()))
        })
    }

    /// A list's items with their paths (`sessions[1]`); absent is an empty list.
    pub fn list(&self, key: &str) -> Result<Vec<(String, &'a Json)>, Problem> {
        let Some(v) = self.get(key) else {
            return Ok(Vec::new());
        };
        let items = v
            .as_array()
            .ok_or_else(|| (self.at(key), "must be a list: [ … ]".into()))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("{}[{i}]", self.at(key)), item))
            .collect())
    }

    /// An optional nested object, read by `read`.
    fn object<T>(
        &self,
        key: &str,
        read: impl Fn(&'a Json, &str) -> Result<T, Problem>,
    ) -> Result<Option<T>, Problem> {
        self.get(key).map(|v| read(v, &self.at(key))).transpose()
    }
}

pub fn event(v: &Json) -> Result<Event, Problem> {
    let f = Fields::of(
        v,
        "",
        &[
            "slug",
            "series",
            "title",
            "description",
            "facilitator",
            "affiliate",
            "language",
            "platform",
            "platform_note",
            "contact_email",
            "sessions_are_alternatives",
            "calendar_default_minutes",
            "reminder_minutes",
            "wiki",
            "sessions",
            "policy",
            "draft_days",
            "quick_exit_url",
        ],
    )?;
    if f.get("sessions").is_none() {
        return Err(f.missing("sessions"));
    }
    let sessions = f.list("sessions")?;
    let policy = f.list("policy")?;
    Ok(Event {
        slug: f.text("slug")?,
        series: f.opt_text("series")?,
        title: f.text("title")?,
        description: f.text("description")?,
        facilitator: f.object("facilitator", facilitator)?,
        affiliate: f.object("affiliate", affiliate)?,
        language: f.text("language")?,
        platform: f.text("platform")?,
        platform_note: f.opt_text("platform_note")?,
        contact_email: f.text("contact_email")?,
        sessions_are_alternatives: f.flag("sessions_are_alternatives")?,
        calendar_default_minutes: f.number("calendar_default_minutes", 60)?,
        reminder_minutes: f.number("reminder_minutes", 30)?,
        wiki: f.object("wiki", wiki)?,
        sessions: sessions
            .iter()
            .map(|(p, s)| session(s, p))
            .collect::<Result<_, _>>()?,
        policy: policy
            .iter()
            .map(|(p, g)| rule_group(g, p))
            .collect::<Result<_, _>>()?,
        draft_days: f.number("draft_days", 30)?,
        quick_exit_url: f
            .opt_text("quick_exit_url")?
            .unwrap_or_else(|| "https://www.wikipedia.org/".into()),
    })
}

fn facilitator(v: &Json, path: &str) -> Result<Facilitator, Problem> {
    let f = Fields::of(v, path, &["name", "wiki_user", "role"])?;
    Ok(Facilitator {
        name: f.text("name")?,
        wiki_user: f.opt_text("wiki_user")?,
        role: f.opt_text("role")?.unwrap_or_else(|| "Facilitator".into()),
    })
}

fn affiliate(v: &Json, path: &str) -> Result<Affiliate, Problem> {
    let f = Fields::of(v, path, &["name", "url", "email"])?;
    Ok(Affiliate {
        name: f.text("name")?,
        url: f.opt_text("url")?,
        email: f.opt_text("email")?,
    })
}

fn wiki(v: &Json, path: &str) -> Result<WikiPage, Problem> {
    let f = Fields::of(
        v,
        path,
        &[
            "api",
            "article_path",
            "page",
            "policy_section",
            "signin",
            "oauth",
            "user_templates",
        ],
    )?;
    let signin = match f.opt_text("signin")?.as_deref() {
        None | Some("none") => SignIn::None,
        Some("wiki-session") => SignIn::WikiSession,
        Some("oauth2") => SignIn::Oauth2,
        Some(other) => {
            return Err((
                f.at("signin"),
                format!("\"{other}\" is not a way to sign in; write none, wiki-session or oauth2"),
            ))
        }
    };
    Ok(WikiPage {
        api: f.text("api")?,
        article_path: f.text("article_path")?,
        page: f.text("page")?,
        policy_section: f.opt_text("policy_section")?,
        signin,
        user_templates: f
            .list("user_templates")?
            .into_iter()
            .map(|(p, v)| {
                let name = v.as_str().map(str::trim).filter(|n| !n.is_empty());
                name.map(str::to_string).ok_or((
                    p,
                    "must be a template name in \"quotes\", like \"u\"".into(),
                ))
            })
            .collect::<Result<_, Problem>>()?,
        oauth: f.object("oauth", |v, p| {
            let o = Fields::of(v, p, &["client_id", "rest"])?;
            Ok(OAuthClient {
                client_id: o.text("client_id")?,
                rest: o.text("rest")?,
            })
        })?,
    })
}

fn session(v: &Json, path: &str) -> Result<Session, Problem> {
    let f = Fields::of(
        v,
        path,
        &["id", "start", "duration_minutes", "signup_heading"],
    )?;
    let start = f.text("start")?;
    Ok(Session {
        id: f.text("id")?,
        start: DateTime::parse_from_rfc3339(start.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                (
                    f.at("start"),
                    format!(
                        "\"{start}\" is not a date and time; write it in UTC like 2024-02-14T15:00:00Z"
                    ),
                )
            })?,
        duration_minutes: f.opt_number("duration_minutes")?,
        signup_heading: f.opt_text("signup_heading")?,
    })
}

fn rule_group(v: &Json, path: &str) -> Result<RuleGroup, Problem> {
    let f = Fields::of(v, path, &["title", "rules"])?;
    Ok(RuleGroup {
        title: f.text("title")?,
        rules: f
            .list("rules")?
            .iter()
            .map(|(p, r)| {
                let r = Fields::of(r, p, &["title", "text"])?;
                Ok(Rule {
                    title: r.text("title")?,
                    text: r.text("text")?,
                })
            })
            .collect::<Result<_, Problem>>()?,
    })
}
