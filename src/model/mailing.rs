//! Sending the meeting link to the people registered (the organiser page): who can receive wiki
//! mail, and the record on this device of what was sent to whom, so that a message reaches each
//! person once: never twice (a send whose answer was lost is "unknown" and never resent by
//! itself), never silently not (every refusal is kept with its reason).
use super::json::{quote, Json};
use super::signup::Entry;

/// Whether a registrant can get the message by wiki mail.
#[derive(Clone, Debug, PartialEq)]
pub enum Reach {
    Mailable,
    /// The account has no confirmed address, or turned wiki mail off.
    NoMail,
    /// The line names a user the wiki has no account for.
    NoAccount,
    /// The line names no wiki user (e.g. `# Maju Planas (WMAR)`).
    NoWikiAccount,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recipient {
    /// As the list shows them.
    pub name: String,
    pub user: Option<String>,
    pub reach: Reach,
    /// Blocked on the event's wiki: shown to the organisers who send, and to nobody else.
    pub blocked: Option<Block>,
}

/// A block on the wiki, as `list=users&usprop=blockinfo` tells it. Global locks are not in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// From some pages or actions only; else sitewide.
    pub partial: bool,
    /// When it ends (the wiki's timestamp); None: it does not.
    pub expiry: Option<String>,
}

/// What the wiki said of one user name (`list=users&usprop=emailable`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UserAnswer {
    Emailable,
    NotEmailable,
    Missing,
}

/// The people on these lines, each once (first line wins), withdrawn (struck) lines left out.
pub fn registrants(entries: &[Entry]) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for e in entries.iter().filter(|e| !e.struck) {
        let seen = out.iter().any(|(name, user)| match (&e.user, user) {
            (Some(a), Some(b)) => a == b,
            _ => *name == e.name && e.user.is_none() && user.is_none(),
        });
        if !seen {
            out.push((e.name.clone(), e.user.clone()));
        }
    }
    out
}

/// Each registrant with what the wiki said of their user name (no answer: no account).
pub fn classify(
    people: &[(String, Option<String>)],
    answers: &[(String, UserAnswer)],
    blocks: &[(String, Block)],
) -> Vec<Recipient> {
    people
        .iter()
        .map(|(name, user)| {
            let answer = user
                .as_ref()
                .map(|u| answers.iter().find(|(n, _)| n == u).map(|(_, a)| *a));
            let reach = match answer {
                None => Reach::NoWikiAccount,
                Some(Some(UserAnswer::Emailable)) => Reach::Mailable,
                Some(Some(UserAnswer::NotEmailable)) => Reach::NoMail,
                Some(Some(UserAnswer::Missing) | None) => Reach::NoAccount,
            };
            let blocked = user
                .as_ref()
                .and_then(|u| blocks.iter().find(|(n, _)| n == u))
                .map(|(_, b)| b.clone());
            Recipient {
                name: name.clone(),
                user: user.clone(),
                reach,
                blocked,
            }
        })
        .collect()
}

/// Where one person's message stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Asked for; no answer yet. Found so at the start of a run, the answer was lost: Unknown.
    Sending,
    Sent,
    /// The wiki refused this person (its error code, e.g. `noemail`): not sent.
    Refused(String),
    /// The answer was lost (connection dropped, tab closed): maybe sent. Never resent by itself.
    Unknown,
    /// The organiser left this person out of this mailing (blocked on the wiki): not sent.
    LeftOut,
}

/// What this device sent for one event's mailing (whichever scope), kept in localStorage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SendRecord {
    pub people: Vec<(String, Status)>,
    /// The organiser's own copy was sent (it is asked for with one message only).
    pub copy_sent: bool,
}

impl SendRecord {
    pub fn status(&self, user: &str) -> Option<&Status> {
        self.people.iter().find(|(u, _)| u == user).map(|(_, s)| s)
    }

    fn set(&mut self, user: &str, status: Option<Status>) {
        self.people.retain(|(u, _)| u != user);
        if let Some(s) = status {
            self.people.push((user.to_string(), s));
        }
    }

    /// Before each send: recorded first, so a lost answer is known to be lost.
    pub fn begin(&mut self, user: &str) {
        self.set(user, Some(Status::Sending));
    }

    /// The answer: Sent, Refused or Unknown; None when the send did not happen and may be
    /// made later (the sender was stopped: rate limit, signed out).
    pub fn end(&mut self, user: &str, status: Option<Status>) {
        self.set(user, status);
    }

    /// At the start of a run (no other tab is sending: it holds the lock): a send still
    /// marked as under way lost its answer.
    pub fn settle_lost(&mut self) {
        for (_, s) in &mut self.people {
            if *s == Status::Sending {
                *s = Status::Unknown;
            }
        }
    }

    /// The organiser decided to send to this person again (an unknown or refused one).
    pub fn forget(&mut self, user: &str) {
        self.set(user, None);
    }

    /// Those who can receive wiki mail and have nothing recorded yet, in list order.
    pub fn remaining<'a>(&self, recipients: &'a [Recipient]) -> Vec<&'a str> {
        recipients
            .iter()
            .filter(|r| r.reach == Reach::Mailable)
            .filter_map(|r| r.user.as_deref())
            .filter(|u| self.status(u).is_none())
            .collect()
    }

    pub fn to_json(&self) -> String {
        let people: Vec<String> = self
            .people
            .iter()
            .map(|(u, s)| {
                let (state, why) = match s {
                    Status::Sending => ("sending", ""),
                    Status::Sent => ("sent", ""),
                    Status::Refused(why) => ("refused", why.as_str()),
                    Status::Unknown => ("unknown", ""),
                    Status::LeftOut => ("left-out", ""),
                };
                format!("[{},{},{}]", quote(u), quote(state), quote(why))
            })
            .collect();
        format!(
            "{{\"people\":[{}],\"copy_sent\":{}}}",
            people.join(","),
            self.copy_sent
        )
    }

    pub fn from_json(text: &str) -> Option<SendRecord> {
        let json = Json::parse(text).ok()?;
        let people = json
            .get("people")?
            .as_array()?
            .iter()
            .filter_map(|p| {
                let t = |i: usize| p.str_at(i).map(str::to_string);
                let status = match t(1)?.as_str() {
                    "sending" => Status::Sending,
                    "sent" => Status::Sent,
                    "refused" => Status::Refused(t(2)?),
                    "left-out" => Status::LeftOut,
                    _ => Status::Unknown,
                };
                Some((t(0)?, status))
            })
            .collect();
        let copy_sent = json.get("copy_sent")?.as_bool()?;
        Some(SendRecord { people, copy_sent })
    }
}
