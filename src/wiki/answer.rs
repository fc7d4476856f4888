//! Reading API answers: errors first, then the typed parts each flow needs.
use super::error::WikiError;
use super::transport::HttpAnswer;
use crate::model::json::Json;
use crate::model::signature::{key, SiteNames};
use crate::model::signup::Section;

/// The JSON of a successful answer, or the error it carries.
pub fn check(answer: &HttpAnswer) -> Result<Json, WikiError> {
    let json = Json::parse(&answer.body).ok();
    let first_error = |v: &Json| v.get("errors")?.as_array()?.first().cloned();
    if let Some(err) = json.as_ref().and_then(first_error) {
        let text = |k| err.get(k).and_then(Json::as_str).unwrap_or("").to_string();
        return Err(WikiError::Api {
            code: text("code"),
            text: text("text"),
            retry_after: answer.retry_after,
        });
    }
    if answer.status >= 400 {
        return Err(WikiError::Http {
            status: answer.status,
            retry_after: answer.retry_after,
        });
    }
    json.ok_or_else(|| WikiError::BadAnswer("the answer was not JSON".into()))
}

fn bad(what: &str) -> WikiError {
    WikiError::BadAnswer(what.into())
}

/// Numbers come as numbers or strings depending on the field and version.
fn number(v: &Json) -> Option<u64> {
    v.as_u64().or_else(|| v.as_str()?.parse().ok())
}

/// A page as read by `action=parse`.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRead {
    pub title: String,
    pub revid: u64,
    pub wikitext: String,
    pub sections: Vec<Section>,
    /// How this wiki names users, for reading its signatures.
    pub names: SiteNames,
}

pub fn page_read(v: &Json) -> Result<PageRead, WikiError> {
    let p = v.get("parse").ok_or_else(|| bad("no parse result"))?;
    let text = |v: &Json, k| v.get(k).and_then(Json::as_str).map(str::to_string);
    let sections = p
        .get("sections")
        .and_then(Json::as_array)
        .ok_or_else(|| bad("no sections"))?
        .iter()
        .map(|s| Section {
            // A number, or text such as "T-1" for a transcluded section.
            index: s
                .get("index")
                .and_then(|i| {
                    i.as_u64()
                        .map(|n| n.to_string())
                        .or_else(|| text(s, "index"))
                })
                .unwrap_or_default(),
            level: s.get("level").and_then(number).unwrap_or(2) as u8,
            line: text(s, "line").unwrap_or_default(),
            byteoffset: s.get("byteoffset").and_then(number).map(|n| n as usize),
        })
        .collect();
    Ok(PageRead {
        title: text(p, "title").unwrap_or_default(),
        revid: p
            .get("revid")
            .and_then(number)
            .ok_or_else(|| bad("no revision id"))?,
        wikitext: text(p, "wikitext").ok_or_else(|| bad("no wikitext"))?,
        sections,
        names: SiteNames::default(),
    })
}

/// Adds the names `meta=siteinfo` gives the user, user talk and special namespaces (ids 2, 3,
/// -1): each one's local name, canonical name and aliases (gender forms among them).
pub fn site_names(v: &Json, names: &mut SiteNames) -> Result<(), WikiError> {
    let q = v.get("query").ok_or_else(|| bad("no site information"))?;
    let namespaces = q.get("namespaces").ok_or_else(|| bad("no namespaces"))?;
    let mut add = |id: i64, name: Option<&str>| {
        let list = match id {
            2 | 3 => &mut names.user_namespaces,
            -1 => &mut names.special_namespaces,
            _ => return,
        };
        if let Some(n) = name.map(key).filter(|n| !n.is_empty() && !list.contains(n)) {
            list.push(n);
        }
    };
    for id in [2, 3, -1] {
        if let Some(ns) = namespaces.get(&id.to_string()) {
            add(id, ns.get("name").and_then(Json::as_str));
            add(id, ns.get("canonical").and_then(Json::as_str));
        }
    }
    for alias in q
        .get("namespacealiases")
        .and_then(Json::as_array)
        .unwrap_or(&[])
    {
        let id = match alias.get("id") {
            Some(Json::Number(n)) => n.parse().unwrap_or(0),
            _ => 0,
        };
        add(id, alias.get("alias").and_then(Json::as_str));
    }
    Ok(())
}

pub fn csrf_token(v: &Json) -> Result<String, WikiError> {
    let token = v
        .pointer("/query/tokens/csrftoken")
        .and_then(Json::as_str)
        .ok_or_else(|| bad("no token"))?;
    // "+\" is the anonymous token: the session is gone.
    if token == "+\\" {
        return Err(WikiError::NotSignedIn);
    }
    Ok(token.to_string())
}

/// The signed-in user, as far as the meeting needs to know.
#[derive(Clone, Debug, PartialEq)]
pub struct UserInfo {
    pub name: String,
    /// A confirmed email address and "allow other users to email me" on.
    pub wiki_mail: bool,
}

/// None when nobody is signed in.
pub fn user_info(v: &Json) -> Result<Option<UserInfo>, WikiError> {
    let u = v
        .pointer("/query/userinfo")
        .ok_or_else(|| bad("no user info"))?;
    if u.get("anon").is_some_and(|a| a.as_bool().unwrap_or(true)) {
        return Ok(None);
    }
    let confirmed = u.get("emailauthenticated").is_some_and(|e| !e.is_null());
    let disabled = u
        .pointer("/options/disablemail")
        .is_some_and(|d| d.as_bool() == Some(true) || number(d).unwrap_or(0) != 0);
    Ok(Some(UserInfo {
        name: u
            .get("name")
            .and_then(Json::as_str)
            .ok_or_else(|| bad("no user name"))?
            .to_string(),
        wiki_mail: confirmed && !disabled,
    }))
}

/// The new revision id of a successful edit; a CAPTCHA or other refusal as an error.
pub fn edit_result(v: &Json) -> Result<u64, WikiError> {
    let e = v.get("edit").ok_or_else(|| bad("no edit result"))?;
    if e.get("captcha").is_some() {
        return Err(WikiError::Captcha);
    }
    if e.get("result").and_then(Json::as_str) != Some("Success") {
        return Err(bad("the edit was not saved"));
    }
    // A "nochange" success has no newrevid; the page is as wanted.
    Ok(e.get("newrevid").and_then(number).unwrap_or(0))
}

/// Whether wiki mail went out. A failed SMTP send is a `Failure` inside the result.
pub fn email_result(v: &Json) -> Result<(), WikiError> {
    let r = v.get("emailuser").ok_or_else(|| bad("no email result"))?;
    match r.get("result").and_then(Json::as_str) {
        Some("Success") => Ok(()),
        _ => Err(WikiError::MailFailed),
    }
}
