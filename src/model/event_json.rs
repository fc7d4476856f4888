//! Reading an event file's JSON into an [`Event`]: each field by name, with problems that name
//! the field (`sessions[1].start`) in words an organiser can act on. Hand-written rather than
//! serde-derived: it is the largest thing the meeting page reads, and this costs the download
//! ~8 KB less (BENCHMARKS.md "How the numbers got here").
use super::event::EventError;
use super::event::{Affiliate, Event, Facilitator};
use super::fields::{FieldProblem, Fields};
use super::json::Json;
use super::policy::{Rule, RuleGroup};
use super::wiki_page::{OAuthClient, SignIn, WikiPage};

/// The list of events a hosted folder serves.
pub const INDEX_FILE: &str = "events/index.json";

/// The file of the event `slug`. Paths are relative, so the app works under any sub-path.
pub fn event_file(slug: &str) -> String {
    format!("events/{slug}.json")
}

/// What is wrong with the index file (`EventSource` words it for the visitor).
#[derive(Clone, Debug, PartialEq)]
pub enum IndexError {
    NotJson(super::json::SyntaxError),
    /// Not saved as UTF-8 (`json::not_utf8`'s words).
    NotUtf8(&'static str),
    Field(FieldProblem),
    Empty,
}

/// The event file format this release reads and writes. A file may say `"format": 1`; a file
/// of a higher format was written for a newer wikimeet and is refused as such, not as a file
/// with misspelt fields.
/// Format 2 added `calendar_feed`: a release that reads format 1 says to update the folder
/// rather than refusing the field as misspelt.
pub const FORMAT: u64 = 2;

/// The slugs an index file's text lists, in file order (the app and finish_dist read it).
pub fn parse_index(text: &str) -> Result<Vec<String>, IndexError> {
    if let Some(problem) = super::json::not_utf8(text) {
        return Err(IndexError::NotUtf8(problem));
    }
    let json = Json::parse(text).map_err(IndexError::NotJson)?;
    let listed = Fields::of(&json, "", &["events"])
        .and_then(|f| f.list("events"))
        .map_err(IndexError::Field)?;
    let slugs = listed
        .into_iter()
        .map(|(path, v)| {
            let slug = v.as_str().map(str::to_string);
            slug.ok_or_else(|| IndexError::Field((path, "must be text in \"quotes\"".into())))
        })
        .collect::<Result<Vec<_>, _>>()?;
    match slugs.is_empty() {
        true => Err(IndexError::Empty),
        false => Ok(slugs),
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
        if let Some(problem) = super::json::not_utf8(text) {
            return Err(err(String::new(), problem.to_string()));
        }
        let json = Json::parse(text).map_err(|e| {
            let problem = format!(
                "the file is not valid JSON: {} at line {}, column {}",
                e.message, e.line, e.column
            );
            err(e.path, problem)
        })?;
        let event = event(&json).map_err(|(f, p)| err(f, p))?;
        event.check().map_err(|(f, p)| err(f, p))?;
        Ok(event)
    }
}

/// A slug listed more than once is kept once, where it first appears; the repeats are returned
/// so the page can say so.
pub fn listed_once(slugs: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut once: Vec<String> = Vec::new();
    let mut repeated = Vec::new();
    for slug in slugs {
        if once.contains(&slug) {
            if !repeated.contains(&slug) {
                repeated.push(slug);
            }
        } else {
            once.push(slug);
        }
    }
    (once, repeated)
}

/// Refuses a file written for a newer format before its fields are read (they may be new).
fn format(v: &Json) -> Result<(), FieldProblem> {
    let Some(found) = v.get("format") else {
        return Ok(());
    };
    match found.as_u64() {
        Some(n) if n <= FORMAT => Ok(()),
        Some(n) => Err((
            "format".into(),
            format!(
                "this meeting was written for a newer wikimeet (format {n}; this copy reads \
                 format {FORMAT}): update the folder to the latest wikimeet release"
            ),
        )),
        None => Err((
            "format".into(),
            format!("must be a whole number such as {FORMAT}"),
        )),
    }
}

fn event(v: &Json) -> Result<Event, FieldProblem> {
    format(v)?;
    let f = Fields::of(
        v,
        "",
        &[
            "format",
            "slug",
            "series",
            "title",
            "description",
            "facilitator",
            "organisers",
            "affiliate",
            "language",
            "platform",
            "platform_note",
            "contact_email",
            "sessions_are_alternatives",
            "agenda",
            "calendar_default_minutes",
            "reminder_minutes",
            "wiki",
            "sessions",
            "policy",
            "draft_days",
            "quick_exit_url",
            "calendar_feed",
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
        organisers: f
            .list("organisers")?
            .into_iter()
            .map(|(p, v)| {
                let name = v.as_str().map(str::trim).filter(|n| !n.is_empty());
                name.map(str::to_string)
                    .ok_or((p, "must be a wiki user name in \"quotes\"".into()))
            })
            .collect::<Result<_, FieldProblem>>()?,
        affiliate: f.object("affiliate", affiliate)?,
        language: f.text("language")?,
        platform: f.text("platform")?,
        platform_note: f.opt_text("platform_note")?,
        contact_email: f.text("contact_email")?,
        sessions_are_alternatives: f.flag("sessions_are_alternatives")?,
        agenda: f.flag("agenda")?,
        calendar_default_minutes: f.number("calendar_default_minutes", 60)?,
        reminder_minutes: f.number("reminder_minutes", 30)?,
        wiki: f.object("wiki", wiki)?,
        sessions: super::session_json::sessions(&sessions)?,
        policy: policy
            .iter()
            .map(|(p, g)| rule_group(g, p))
            .collect::<Result<_, _>>()?,
        draft_days: f.number("draft_days", 30)?,
        quick_exit_url: f
            .opt_text("quick_exit_url")?
            .unwrap_or_else(|| "https://www.wikipedia.org/".into()),
        calendar_feed: f.get("calendar_feed").cloned(),
    })
}

fn facilitator(v: &Json, path: &str) -> Result<Facilitator, FieldProblem> {
    let f = Fields::of(v, path, &["name", "wiki_user", "role"])?;
    Ok(Facilitator {
        name: f.text("name")?,
        wiki_user: f.opt_text("wiki_user")?,
        role: f.opt_text("role")?.unwrap_or_else(|| "Facilitator".into()),
    })
}

fn affiliate(v: &Json, path: &str) -> Result<Affiliate, FieldProblem> {
    let f = Fields::of(v, path, &["name", "url", "email"])?;
    Ok(Affiliate {
        name: f.text("name")?,
        url: f.opt_text("url")?,
        email: f.opt_text("email")?,
    })
}

fn wiki(v: &Json, path: &str) -> Result<WikiPage, FieldProblem> {
    let f = Fields::of(
        v,
        path,
        &[
            "api",
            "article_path",
            "page",
            "policy_section",
            "signup_heading",
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
        signup_heading: f.opt_text("signup_heading")?,
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
            .collect::<Result<_, FieldProblem>>()?,
        oauth: f.object("oauth", |v, p| {
            let o = Fields::of(v, p, &["client_id", "rest"])?;
            Ok(OAuthClient {
                client_id: o.text("client_id")?,
                rest: o.text("rest")?,
            })
        })?,
    })
}

fn rule_group(v: &Json, path: &str) -> Result<RuleGroup, FieldProblem> {
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
            .collect::<Result<_, FieldProblem>>()?,
    })
}
