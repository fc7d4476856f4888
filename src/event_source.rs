//! Where events come from: `events/index.json` lists the slugs, `events/<slug>.json` holds one.
//! Read over the network here; their formats are `model::event_json`'s.
// No reader of outside text may panic: a panic aborts the whole app in the browser (issue 31).
// Each `allow` below says beside its code why that spot cannot panic.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects
)]
use crate::i18n::tr;
use crate::model::event::{Event, EventError};
use crate::model::event_json::{self, event_file, IndexError, INDEX_FILE};
use crate::net::{get_fresh_text, FreshRequest};

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
        IndexError::NotUtf8(problem) => file_error(INDEX_FILE, "", problem.to_string()),
        IndexError::Field((field, problem)) => file_error(INDEX_FILE, &field, problem),
        IndexError::Empty => file_error(INDEX_FILE, "events", tr("index-empty", &[])),
    })
}

/// One event by slug. The slug must be the file's own `slug`.
pub async fn load_event(slug: &str) -> Result<Event, EventError> {
    let request = request_event(slug);
    event_from(slug, request).await
}

/// Events by slug, their files all requested at once (a series lists in the time of one
/// round trip, not of one per file), in the order given.
pub async fn load_events(slugs: &[String]) -> Vec<Result<Event, EventError>> {
    let requests: Vec<_> = slugs.iter().map(|s| (s, request_event(s))).collect();
    let mut events = Vec::new();
    for (slug, request) in requests {
        events.push(event_from(slug, request).await);
    }
    events
}

/// The request for `slug`'s file, started now; None for a slug that names no file.
fn request_event(slug: &str) -> Option<FreshRequest> {
    let plain_slug = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    plain_slug.then(|| FreshRequest::start(&event_file(slug)))
}

async fn event_from(slug: &str, request: Option<FreshRequest>) -> Result<Event, EventError> {
    let file = event_file(slug);
    let Some(request) = request else {
        return Err(file_error(&file, "", tr("event-bad-slug", &[slug])));
    };
    let text = request
        .text()
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
