//! Where events come from: `events/index.json` lists the slugs, `events/<slug>.json` holds one.
//! Paths are relative, so the app works under any sub-path.
use crate::i18n::tr;
use crate::model::event::{Event, EventError};
use crate::model::event_json::Fields;
use crate::model::json::Json;
use crate::net::get_text;

pub const INDEX_FILE: &str = "events/index.json";

fn file_error(file: &str, field: &str, problem: String) -> EventError {
    EventError {
        file: file.into(),
        field: field.into(),
        problem,
    }
}

pub fn event_file(slug: &str) -> String {
    format!("events/{slug}.json")
}

/// The slugs listed in the index, in file order.
pub async fn load_index() -> Result<Vec<String>, EventError> {
    let text = get_text(INDEX_FILE)
        .await
        .map_err(|e| file_error(INDEX_FILE, "", crate::net::file_problem(INDEX_FILE, &e)))?;
    parse_index(&text)
}

/// The slugs an index file's text lists (also read at build time by finish_dist).
pub fn parse_index(text: &str) -> Result<Vec<String>, EventError> {
    let json = Json::parse(text)
        .map_err(|e| file_error(INDEX_FILE, &e.path, tr("index-invalid", &[&e.to_string()])))?;
    let listed = Fields::of(&json, "", &["events"])
        .and_then(|f| f.list("events"))
        .map_err(|(f, p)| file_error(INDEX_FILE, &f, p))?;
    let mut slugs = Vec::new();
    for (path, v) in listed {
        let slug = v.as_str().ok_or_else(|| {
            file_error(INDEX_FILE, &path, "must be text in \"quotes\"".to_string())
        })?;
        slugs.push(slug.to_string());
    }
    if slugs.is_empty() {
        return Err(file_error(INDEX_FILE, "events", tr("index-empty", &[])));
    }
    Ok(slugs)
}

/// One event by slug. The slug must be the file's own `slug`.
pub async fn load_event(slug: &str) -> Result<Event, EventError> {
    let file = event_file(slug);
    let plain_slug = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !plain_slug {
        return Err(file_error(&file, "", tr("event-bad-slug", &[slug])));
    }
    let text = get_text(&file)
        .await
        .map_err(|e| file_error(&file, "", crate::net::file_problem(&file, &e)))?;
    let event = Event::from_json(&file, &text)?;
    if event.slug != slug {
        return Err(file_error(
            &file,
            "slug",
            tr("event-slug-mismatch", &[&event.slug, slug]),
        ));
    }
    Ok(event)
}
