//! Finding a wiki from a page address (the organiser page): which api.php answers, the wiki's
//! article path, and the page's facts (its exact title, whether it exists, when it last
//! changed: the year rule of `heading_date`), in one call per API tried.
use super::client::Client;
use super::error::WikiError;
use super::request::{Auth, Call};
use super::transport::Transport;
use crate::model::json::Json;
use crate::model::wiki_address::{article_path, WikiAddress};
use chrono::NaiveDate;

/// What one `meta=siteinfo` + `prop=revisions` answer says.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteFacts {
    pub api: String,
    /// e.g. `https://meta.wikimedia.org/wiki/$1`
    pub article_path: String,
    pub sitename: String,
    /// The page title as the wiki writes it (normalised, redirects followed).
    pub title: String,
    /// The page's latest revision's day.
    pub latest: NaiveDate,
}

fn facts_call(title: &str) -> Call {
    Call {
        post: false,
        params: vec![
            ("action", "query".into()),
            ("meta", "siteinfo".into()),
            ("siprop", "general".into()),
            ("prop", "revisions".into()),
            ("rvprop", "timestamp".into()),
            ("titles", title.into()),
            ("redirects", "1".into()),
        ],
    }
}

fn read_facts(api: &str, v: &Json) -> Result<SiteFacts, WikiError> {
    let bad = |what: &str| WikiError::BadAnswer(what.into());
    let general = v
        .pointer("/query/general")
        .ok_or_else(|| bad("no siteinfo"))?;
    let text = |v: &Json, k: &str| v.get(k).and_then(Json::as_str).unwrap_or("").to_string();
    let page = v
        .pointer("/query/pages")
        .and_then(Json::as_array)
        .and_then(|p| p.first())
        .ok_or_else(|| bad("no page"))?;
    let title = text(page, "title");
    if page.get("missing").is_some() || page.get("invalid").is_some() {
        return Err(WikiError::MissingPage(title));
    }
    let stamp = page
        .get("revisions")
        .and_then(Json::as_array)
        .and_then(|r| r.first())
        .map(|r| text(r, "timestamp"))
        .unwrap_or_default();
    let latest = NaiveDate::parse_from_str(stamp.get(..10).unwrap_or(""), "%Y-%m-%d")
        .map_err(|_| bad("no revision date"))?;
    Ok(SiteFacts {
        api: api.to_string(),
        article_path: article_path(api, &text(general, "server"), &text(general, "articlepath")),
        sitename: text(general, "sitename"),
        title,
        latest,
    })
}

/// Asks each API the address may have until one answers as a wiki. The error is the first
/// API's, unless a later one got further (e.g. answered, but the page is missing).
pub async fn find<T: Transport + Clone>(
    address: &WikiAddress,
    title: &str,
    transport: T,
) -> Result<SiteFacts, WikiError> {
    let mut first = None;
    for api in &address.apis {
        let client = Client::new(api, Auth::Anonymous, "organiser page", transport.clone());
        let result = client.call(&facts_call(title)).await;
        match result.and_then(|v| read_facts(api, &v)) {
            Ok(facts) => return Ok(facts),
            Err(e @ WikiError::MissingPage(_)) => return Err(e),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or(WikiError::Network))
}
