//! Wiki mail to the people registered: who can receive it (`list=users&usprop=emailable`, 50
//! names a call) and one `action=emailuser` per person, its answer sorted into what happened
//! to that person and whether the run must stop (the sender, not the recipient, was refused).
use super::client::Client;
use super::error::WikiError;
use super::request::Call;
use super::transport::Transport;
use crate::model::json::Json;
use crate::model::mailing::{Block, Status, UserAnswer};

/// How many names one `list=users` read may ask about.
const NAMES_PER_READ: usize = 50;

fn users_call(names: &[&str]) -> Call {
    Call {
        post: false,
        params: vec![
            ("action", "query".into()),
            ("list", "users".into()),
            ("ususers", names.join("|")),
            ("usprop", "emailable|blockinfo".into()),
        ],
    }
}

/// What the wiki says of the names, in one read per 50.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reached {
    /// Each name: can receive wiki mail, cannot, or no such account.
    pub answers: Vec<(String, UserAnswer)>,
    /// The names blocked on this wiki (sitewide or partially).
    pub blocks: Vec<(String, Block)>,
}

/// What the wiki says of each name: whether wiki mail reaches them, and any block.
pub async fn reach<T: Transport>(client: &Client<T>, names: &[&str]) -> Result<Reached, WikiError> {
    let mut out = Reached::default();
    for chunk in names.chunks(NAMES_PER_READ) {
        let answer = client.call(&users_call(chunk)).await?;
        let users = answer
            .pointer("/query/users")
            .and_then(Json::as_array)
            .ok_or_else(|| WikiError::BadAnswer("no users".into()))?;
        for u in users {
            let name = u
                .get("name")
                .and_then(Json::as_str)
                .unwrap_or("")
                .to_string();
            let said = if u.get("missing").is_some() || u.get("invalid").is_some() {
                UserAnswer::Missing
            } else if u.get("emailable").and_then(Json::as_bool) == Some(true) {
                UserAnswer::Emailable
            } else {
                UserAnswer::NotEmailable
            };
            if u.get("blockid").is_some() {
                let expiry = u.get("blockexpiry").and_then(Json::as_str);
                let block = Block {
                    partial: u.get("blockpartial").and_then(Json::as_bool) == Some(true),
                    expiry: expiry
                        .filter(|e| *e != "infinite" && *e != "infinity")
                        .map(str::to_string),
                };
                out.blocks.push((name.clone(), block));
            }
            out.answers.push((name, said));
        }
    }
    Ok(out)
}

/// What one send did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// For this person: sent, refused (why) or unknown.
    Person(Status),
    /// Not sent, and no more can be now: the sender was refused (rate limit, signed out,
    /// unconfirmed address, blocked, the wiki read-only). Nothing is recorded for the person.
    Stop(WikiError),
}

fn email_call(target: &str, subject: &str, text: &str, copy: bool, token: &str) -> Call {
    let mut params = vec![
        ("action", "emailuser".to_string()),
        ("target", target.to_string()),
        ("subject", subject.to_string()),
        ("text", text.to_string()),
        ("token", token.to_string()),
    ];
    if copy {
        params.push(("ccme", "1".into()));
    }
    Call { post: true, params }
}

/// Sends `text` to `target`; `copy`: the sender gets a copy of this one.
pub async fn send_one<T: Transport>(
    client: &Client<T>,
    target: &str,
    subject: &str,
    text: &str,
    copy: bool,
) -> Outcome {
    let answer = client
        .write(|token| email_call(target, subject, text, copy, token))
        .await;
    match answer {
        Ok(v) => match v.pointer("/emailuser/result").and_then(Json::as_str) {
            Some("Success") => Outcome::Person(Status::Sent),
            // Accepted, but the wiki's mail server failed: not sent.
            Some(_) => Outcome::Person(Status::Refused("mailerror".into())),
            None => Outcome::Person(Status::Unknown),
        },
        Err(e) => outcome_of(e),
    }
}

/// An error's meaning for the person and the run.
pub fn outcome_of(e: WikiError) -> Outcome {
    match &e {
        // Busy: the wiki did not take it.
        WikiError::Http {
            status: 429 | 503, ..
        } => Outcome::Stop(e),
        // No answer, or one that says nothing: the mail may have gone.
        WikiError::Network | WikiError::BadAnswer(_) | WikiError::Http { .. } => {
            Outcome::Person(Status::Unknown)
        }
        WikiError::MailFailed => Outcome::Person(Status::Refused("mailerror".into())),
        WikiError::Api { code, .. } => match code.as_str() {
            "noemail"
            | "nowikiemail"
            | "notarget"
            | "notargettitle"
            | "blockedemailuser-recipient" => Outcome::Person(Status::Refused(code.clone())),
            _ => Outcome::Stop(e),
        },
        _ => Outcome::Stop(e),
    }
}
