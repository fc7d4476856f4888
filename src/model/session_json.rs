//! An event file's sessions (an agenda's slots): each read by name, problems naming the field
//! (`sessions[2].speakers[0]`); slots kept in time order.
use super::event::{Session, Speaker};
use super::fields::{FieldProblem, Fields};
use super::json::Json;
use chrono::{DateTime, Utc};

/// The sessions, sorted by start (an agenda written out of order reads in order; equal starts
/// keep their file order).
pub fn sessions(items: &[(String, &Json)]) -> Result<Vec<Session>, FieldProblem> {
    let mut out = items
        .iter()
        .map(|(p, s)| session(s, p))
        .collect::<Result<Vec<_>, _>>()?;
    super::order::sort_by(&mut out, |a, b| a.start.cmp(&b.start));
    Ok(out)
}

fn speaker(v: &Json, path: &str) -> Result<Speaker, FieldProblem> {
    let f = Fields::of(v, path, &["wiki_user", "name"]).map_err(|_| {
        (
            path.to_string(),
            "a speaker is {\"wiki_user\": \"User name\"} or {\"name\": \"Their name\"}".into(),
        )
    })?;
    match (f.opt_text("wiki_user")?, f.opt_text("name")?) {
        (Some(u), None) if !u.trim().is_empty() => Ok(Speaker::WikiUser(u.trim().into())),
        (None, Some(n)) if !n.trim().is_empty() => Ok(Speaker::Name(n.trim().into())),
        _ => Err((
            path.to_string(),
            "a speaker is {\"wiki_user\": \"User name\"} or {\"name\": \"Their name\"}".into(),
        )),
    }
}

fn session(v: &Json, path: &str) -> Result<Session, FieldProblem> {
    let f = Fields::of(
        v,
        path,
        &[
            "id",
            "start",
            "duration_minutes",
            "signup_heading",
            "title",
            "description",
            "speakers",
        ],
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
        title: f.opt_text("title")?,
        description: f.opt_text("description")?,
        speakers: f
            .list("speakers")?
            .into_iter()
            .map(|(p, v)| speaker(v, &p))
            .collect::<Result<_, _>>()?,
    })
}
