//! Where events come from: `events/index.json` lists the slugs, `events/<slug>.json` holds one.
//! Read over the network here; their formats are `model::event_json`'s.
use crate::i18n::tr;
use crate::model::event::{Event, EventError};
use crate::model::event_json::{self, event_file, IndexError, INDEX_FILE};
use crate::net::get_fresh_text;

fn file_error(file: &str, field: &str, problem: String) -> EventError {
    EventError {
        file: file.into(),
        field: field.into(),
        problem,
    }
}

/// The slugs listed in the index, in file order, each once; a slug listed again is reported.
pub async fn load_index() -> Result<(Vec<String>, Vec<EventError>), EventError> {
    let text = get_fresh_text(INDEX_FILE)
        .await
        .map_err(|e| file_error(INDEX_FILE, "", crate::net::file_problem(INDEX_FILE, &e)))?;
    let (slugs, repeated) = event_json::listed_once(parse_index(&text)?);
    let repeated = repeated
        .iter()
        .map(|slug| file_error(INDEX_FILE, "events", tr("index-repeated", &[slug])))
        .collect();
    Ok((slugs, repeated))
}

/// The slugs an index file's text lists, its problems in the visitor's language.
fn parse_index(text: &str) -> Result<Vec<String>, EventError> {
    event_json::parse_index(text).map_err(|e| match e {
        IndexError::NotJson(e) => {
            file_error(INDEX_FILE, &e.path, tr("index-invalid", &[&e.to_string()]))
        }
        IndexError::Field((field, problem)) => file_error(INDEX_FILE, &field, problem),
        IndexError::Empty => file_error(INDEX_FILE, "events", tr("index-empty", &[])),
    })
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
    let text = get_fresh_text(&file)
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
