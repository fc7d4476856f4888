//! When a heading first appeared on a page: the organiser page reads a heading without a year
//! around that day when nobody has signed under it yet. The page's newest 500 revisions (ids
//! and times, one read) are searched by halves, each probe one read of a revision's sections:
//! about nine reads, whatever the page's length.
use super::answer::page_read;
use super::client::Client;
use super::error::WikiError;
use super::request::{read_revision, Call};
use super::transport::Transport;
use crate::model::json::Json;
use crate::model::signup::find_section;
use chrono::NaiveDate;
use std::future::Future;

fn revisions_call(title: &str) -> Call {
    Call {
        post: false,
        params: vec![
            ("action", "query".into()),
            ("prop", "revisions".into()),
            ("titles", title.into()),
            ("rvprop", "ids|timestamp".into()),
            ("rvlimit", "500".into()),
        ],
    }
}

/// The first of `0..n` for which `has` holds, when it holds from there on (a heading, once
/// added, stays); None when it holds for none.
pub async fn first_from<F, Fut>(n: usize, mut has: F) -> Result<Option<usize>, WikiError>
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = Result<bool, WikiError>>,
{
    let (mut low, mut high) = (0usize, n);
    while low < high {
        let mid = low.saturating_add(high.saturating_sub(low) / 2);
        match has(mid).await? {
            true => high = mid,
            false => low = mid.saturating_add(1),
        }
    }
    Ok((low < n).then_some(low))
}

/// The day the revision that added `heading` to `title` was saved (among the newest 500); None
/// when the page does not have it now.
pub async fn heading_added<T: Transport>(
    client: &Client<T>,
    title: &str,
    heading: &str,
) -> Result<Option<NaiveDate>, WikiError> {
    let answer = client.call(&revisions_call(title)).await?;
    let mut revisions: Vec<(u64, NaiveDate)> = answer
        .pointer("/query/pages")
        .and_then(Json::as_array)
        .and_then(|pages| pages.first())
        .and_then(|p| p.get("revisions"))
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(|r| {
            let id = r.get("revid").and_then(Json::as_u64)?;
            let day = r.get("timestamp").and_then(Json::as_str)?.get(..10)?;
            Some((id, NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?))
        })
        .collect();
    revisions.reverse(); // oldest first
    let has = |i: usize| {
        let id = revisions.get(i).map(|r| r.0);
        async move {
            let Some(id) = id else { return Ok(false) };
            let page = page_read(&client.call(&read_revision(id)).await?)?;
            Ok(find_section(&page.sections, heading).is_some())
        }
    };
    let first = first_from(revisions.len(), has).await?;
    Ok(first.and_then(|i| revisions.get(i)).map(|r| r.1))
}
