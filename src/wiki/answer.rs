//! Reading API answers: errors first, then the typed parts each flow needs.
use super::error::WikiError;
use super::transport::HttpAnswer;
use crate::model::signup::Section;
use serde_json::Value;

/// The JSON of a successful answer, or the error it carries.
pub fn check(answer: &HttpAnswer) -> Result<Value, WikiError> {
    let json: Option<Value> = serde_json::from_str(&answer.body).ok();
    if let Some(err) = json.as_ref().and_then(|v| v.get("errors")?.get(0).cloned()) {
        let text = |k| err.get(k).and_then(Value::as_str).unwrap_or("").to_string();
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
fn number(v: &Value) -> Option<u64> {
    v.as_u64().or_else(|| v.as_str()?.parse().ok())
}

/// A page as read by `action=parse`.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRead {
    pub title: String,
    pub revid: u64,
    pub wikitext: String,
    pub sections: Vec<Section>,
}

pub fn page_read(v: &Value) -> Result<PageRead, WikiError> {
    let p = v.get("parse").ok_or_else(|| bad("no parse result"))?;
    let sections = p
        .get("sections")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("no sections"))?
        .iter()
        .map(|s| Section {
            index: s
                .get("index")
                .map(|i| {
                    i.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| i.to_string())
                })
                .unwrap_or_default(),
            level: s.get("level").and_then(number).unwrap_or(2) as u8,
            line: s
                .get("line")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            byteoffset: s.get("byteoffset").and_then(number).map(|n| n as usize),
        })
        .collect();
    Ok(PageRead {
        title: p
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        revid: p
            .get("revid")
            .and_then(number)
            .ok_or_else(|| bad("no revision id"))?,
        wikitext: p
            .get("wikitext")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("no wikitext"))?
            .to_string(),
        sections,
    })
}

pub fn csrf_token(v: &Value) -> Result<String, WikiError> {
    let token = v
        .pointer("/query/tokens/csrftoken")
        .and_then(Value::as_str)
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
pub fn user_info(v: &Value) -> Result<Option<UserInfo>, WikiError> {
    let u = v
        .pointer("/query/userinfo")
        .ok_or_else(|| bad("no user info"))?;
    if u.get("anon").is_some_and(|a| a.as_bool().unwrap_or(true)) {
        return Ok(None);
    }
    let confirmed = u.get("emailauthenticated").is_some_and(|e| !e.is_null());
    let disabled = u
        .pointer("/options/disablemail")
        .is_some_and(|d| number(d).unwrap_or(0) != 0 || d.as_bool() == Some(true));
    Ok(Some(UserInfo {
        name: u
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("no user name"))?
            .to_string(),
        wiki_mail: confirmed && !disabled,
    }))
}

/// The new revision id of a successful edit; a CAPTCHA or other refusal as an error.
pub fn edit_result(v: &Value) -> Result<u64, WikiError> {
    let e = v.get("edit").ok_or_else(|| bad("no edit result"))?;
    if e.get("captcha").is_some() {
        return Err(WikiError::Captcha);
    }
    if e.get("result").and_then(Value::as_str) != Some("Success") {
        return Err(bad("the edit was not saved"));
    }
    // A "nochange" success has no newrevid; the page is as wanted.
    Ok(e.get("newrevid").and_then(number).unwrap_or(0))
}

/// Whether wiki mail went out. A failed SMTP send is a `Failure` inside the result.
pub fn email_result(v: &Value) -> Result<(), WikiError> {
    let r = v.get("emailuser").ok_or_else(|| bad("no email result"))?;
    match r.get("result").and_then(Value::as_str) {
        Some("Success") => Ok(()),
        _ => Err(WikiError::MailFailed),
    }
}
