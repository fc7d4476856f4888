//! Registering and withdrawing on the wiki list, and reading who has registered.
use super::answer::{csrf_token, edit_result, page_read, user_info, PageRead, UserInfo};
use super::client::Client;
use super::error::WikiError;
use super::request;
use super::transport::Transport;
use crate::model::signature::normalize_user;
use crate::model::signup::{
    claim, entries, find_section, is_signed_up, section_text, without_user, Entry, Section,
};
use futures::future::join;

/// How often a sign-up or withdrawal re-reads and tries again after an edit conflict (many
/// people signing up at the same moment conflict with each other).
const CONFLICT_RETRIES: u32 = 6;

/// One read of the page: every session's list comes from it.
pub async fn read_page<T: Transport>(
    client: &Client<T>,
    title: &str,
) -> Result<PageRead, WikiError> {
    read(client, &request::read_page(title), title).await
}

/// A page read (`read_page` or `read_revision`) with the wiki's names for reading signatures.
/// The first read also asks the wiki how it names users (its language's namespaces), in
/// parallel: no extra round trip. Without that answer the names wikimeet knows itself serve.
async fn read<T: Transport>(
    client: &Client<T>,
    call: &request::Call,
    title: &str,
) -> Result<PageRead, WikiError> {
    let answer = if client.names_known() {
        client.call(call).await
    } else {
        let ask = request::site_names();
        let (page, names) = join(client.call(call), client.call(&ask)).await;
        if let Ok(names) = names {
            let _ = client.learn_names(&names);
        }
        page
    };
    let mut page = match answer {
        Err(e) if e.code() == "missingtitle" => Err(WikiError::MissingPage(title.to_string())),
        other => page_read(&other?),
    }?;
    page.names = client.names();
    Ok(page)
}

/// Who is signed in (None: nobody). Keeps their token, so registering then takes two calls:
/// a fresh read and the edit.
pub async fn who_am_i<T: Transport>(client: &Client<T>) -> Result<Option<UserInfo>, WikiError> {
    let answer = client.call(&request::user_info()).await?;
    let user = user_info(&answer)?;
    client.keep_token(user.as_ref().and_then(|_| csrf_token(&answer).ok()));
    Ok(user)
}

fn section<'a>(page: &'a PageRead, heading: &str) -> Result<&'a Section, WikiError> {
    find_section(&page.sections, heading)
        .ok_or_else(|| WikiError::MissingHeading(heading.to_string()))
}

/// The section under `heading` and its wikitext.
fn section_with_text<'a>(
    page: &'a PageRead,
    heading: &str,
) -> Result<(&'a Section, &'a str), WikiError> {
    let s = section(page, heading)?;
    let text = section_text(&page.wikitext, &page.sections, s)
        .ok_or_else(|| WikiError::MissingHeading(heading.to_string()))?;
    Ok((s, text))
}

/// The people registered under `heading`.
pub fn list(page: &PageRead, heading: &str) -> Result<Vec<Entry>, WikiError> {
    Ok(entries(section_with_text(page, heading)?.1, &page.names))
}

/// Whose line, on which list.
pub struct Signup<'a> {
    pub title: &'a str,
    pub heading: &'a str,
    pub user: &'a str,
    /// Lines this device wrote for the user that name nobody (see `Registered`).
    pub own_lines: &'a [String],
}

impl Signup<'_> {
    /// The list under the heading, with this device's own lines marked as the user's.
    pub fn list(&self, page: &PageRead) -> Result<Vec<Entry>, WikiError> {
        let mut list = list(page, self.heading)?;
        claim(&mut list, self.own_lines, self.user);
        Ok(list)
    }
}

/// What a registration left on the wiki.
#[derive(Clone, Debug, PartialEq)]
pub struct Registered {
    /// The revision the edit made (when it could not be read, the page read afresh; None when
    /// that failed too).
    pub page: Option<PageRead>,
    /// The line the wiki wrote, when it does not name the user (a custom signature without a
    /// link to their user page): the caller keeps it, or Register would be offered again.
    pub unrecognised_line: Option<String>,
}

/// Runs `attempt` again, from a fresh read, while the wiki answers `editconflict` (many people
/// signing up at the same moment conflict with each other), at most CONFLICT_RETRIES times.
async fn retrying_conflicts<R, F: std::future::Future<Output = Result<R, WikiError>>>(
    mut attempt: impl FnMut() -> F,
) -> Result<R, WikiError> {
    let mut retries = 0;
    loop {
        match attempt().await {
            Err(e) if e.code() == "editconflict" && retries < CONFLICT_RETRIES => {
                retries = retries.saturating_add(1)
            }
            other => return other,
        }
    }
}

/// Appends `# ~~~~` under the heading unless the user is already on that list, then reads the
/// revision it made to check that the line names the user (`register_line`, `after_register`).
pub async fn register<T: Transport>(
    client: &Client<T>,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<Registered, WikiError> {
    let revid = register_line(client, signup, summary).await?;
    Ok(after_register(client, signup, revid).await)
}

/// The edit of `register`, returning the revision it made (0: none was needed). It reads the
/// page first, so the section index is seconds old, not minutes (sections added above would
/// shift it), and a retry after a lost answer sees the line that did land. With the token kept
/// from `who_am_i` that is two calls: the read and the edit. The meeting page runs it in the
/// action module (`action_text.rs`).
pub async fn register_line<T: Transport>(
    client: &Client<T>,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<u64, WikiError> {
    retrying_conflicts(|| async {
        let page = read_page(client, signup.title).await?;
        if is_signed_up(&signup.list(&page)?, signup.user) {
            return Err(WikiError::AlreadySignedUp);
        }
        let index = section(&page, signup.heading)?.index.clone();
        let answer = client
            .write(|token| request::append_signup(&page.title, &index, summary, token))
            .await;
        edit_result(&answer.map_err(|e| not_found_is_missing(e, signup.title))?)
    })
    .await
}

/// After the edit landed: the revision it made (`revid`, 0 for none), read to check that its
/// last line names the user, or the page read afresh. Nothing here is an error (a "Try again"
/// could add a second line): a page that cannot be read is None.
pub async fn after_register<T: Transport>(
    client: &Client<T>,
    signup: &Signup<'_>,
    revid: u64,
) -> Registered {
    let made = match revid {
        0 => None, // no change: nothing new to check
        _ => read(client, &request::read_revision(revid), signup.title)
            .await
            .ok(),
    };
    let Some(page) = made else {
        return Registered {
            page: read_page(client, signup.title).await.ok(),
            unrecognised_line: None,
        };
    };
    let me = normalize_user(signup.user);
    let last = signup.list(&page).ok().and_then(|mut list| list.pop());
    let unrecognised_line = last
        .filter(|e| e.user.as_deref() != Some(me.as_str()))
        .map(|e| e.line);
    Registered {
        page: Some(page),
        unrecognised_line,
    }
}

/// Removes the user's own lines under the heading: a section edit based on the revision just
/// read, so a conflicting change to that section is never overwritten; on a conflict it reads
/// again.
pub async fn withdraw<T: Transport>(
    client: &Client<T>,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<u64, WikiError> {
    retrying_conflicts(|| async {
        let page = read_page(client, signup.title).await?;
        let (s, text) = section_with_text(&page, signup.heading)?;
        let new_text = without_user(text, signup.user, &page.names, signup.own_lines)
            .ok_or(WikiError::NotOnList)?;
        let answer = client
            .write(|token| {
                request::replace_section(
                    &page.title,
                    &s.index,
                    &new_text,
                    page.revid,
                    summary,
                    token,
                )
            })
            .await;
        edit_result(&answer.map_err(|e| not_found_is_missing(e, signup.title))?)
    })
    .await
}

/// After a write that failed: it may still have landed (the wiki saved the edit and its answer
/// was lost on the way back), so the page is read again and the list says what is true. Ok with
/// the page read when the user's line is now as `register` wanted it (on the list, or off it);
/// else the write's own error (nothing was changed); `WikiError::Unsure` when the page cannot
/// be read either. Errors that say nothing was sent (already on the list, not on it, signed
/// out, a wiki this copy may not reach) stay as they are.
pub async fn settle_failed_write<T: Transport>(
    client: &Client<T>,
    signup: &Signup<'_>,
    register: bool,
    error: WikiError,
) -> Result<PageRead, WikiError> {
    if matches!(
        error,
        WikiError::AlreadySignedUp
            | WikiError::NotOnList
            | WikiError::NotSignedIn
            | WikiError::NotAllowed(_)
            | WikiError::Offline // nothing was sent
    ) {
        return Err(error);
    }
    let Ok(page) = read_page(client, signup.title).await else {
        return Err(WikiError::Unsure);
    };
    match signup.list(&page) {
        Ok(list) if is_signed_up(&list, signup.user) == register => Ok(page),
        _ => Err(error),
    }
}

fn not_found_is_missing(e: WikiError, title: &str) -> WikiError {
    if e.code() == "missingtitle" {
        WikiError::MissingPage(title.to_string())
    } else {
        e
    }
}

/// Sends wiki mail to `target` as the signed-in user (who gets a copy).
pub async fn send_wiki_mail<T: Transport>(
    client: &Client<T>,
    target: &str,
    subject: &str,
    text: &str,
) -> Result<(), WikiError> {
    let answer = client
        .write(|token| request::email_user(target, subject, text, token))
        .await?;
    super::answer::email_result(&answer)
}
