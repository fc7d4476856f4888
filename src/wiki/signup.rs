//! Registering and withdrawing on the wiki list, and reading who has registered.
use super::answer::{csrf_token, edit_result, page_read, user_info, PageRead, UserInfo};
use super::client::Client;
use super::error::WikiError;
use super::request;
use super::transport::Transport;
use crate::model::signup::{
    entries, find_section, is_signed_up, section_text, without_user, Entry, Section,
};

/// How often a sign-up or withdrawal re-reads and tries again after an edit conflict (many
/// people signing up at the same moment conflict with each other).
const CONFLICT_RETRIES: u32 = 6;

/// One read of the page: every session's list comes from it.
pub async fn read_page<T: Transport>(
    client: &Client<T>,
    title: &str,
) -> Result<PageRead, WikiError> {
    match client.call(&request::read_page(title)).await {
        Err(e) if e.code() == "missingtitle" => Err(WikiError::MissingPage(title.to_string())),
        other => page_read(&other?),
    }
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

/// The people registered under `heading`.
pub fn list(page: &PageRead, heading: &str) -> Result<Vec<Entry>, WikiError> {
    let s = section(page, heading)?;
    let text = section_text(&page.wikitext, &page.sections, s)
        .ok_or_else(|| WikiError::MissingHeading(heading.to_string()))?;
    Ok(entries(text))
}

/// Appends `# ~~~~` under `heading` unless `user` is already on that list. It reads the page
/// first, so the section index is seconds old, not minutes (sections added above would shift
/// it), and a retry after a lost answer sees the line that did land. With the token kept from
/// `who_am_i` that is two calls: the read and the edit. Returns the page as read.
pub async fn register<T: Transport>(
    client: &Client<T>,
    title: &str,
    heading: &str,
    user: &str,
    summary: &str,
) -> Result<PageRead, WikiError> {
    let mut attempt = 0;
    loop {
        let page = read_page(client, title).await?;
        if is_signed_up(&list(&page, heading)?, user) {
            return Err(WikiError::AlreadySignedUp);
        }
        let index = section(&page, heading)?.index.clone();
        let answer = client
            .write(|token| request::append_signup(&page.title, &index, summary, token))
            .await;
        match answer {
            Err(e) if e.code() == "editconflict" && attempt < CONFLICT_RETRIES => attempt += 1,
            other => {
                edit_result(&other.map_err(|e| not_found_is_missing(e, title))?)?;
                return Ok(page);
            }
        }
    }
}

/// Removes `user`'s own lines under `heading`: a section edit based on the revision just read,
/// so a conflicting change to that section is never overwritten; on a conflict it reads again.
pub async fn withdraw<T: Transport>(
    client: &Client<T>,
    title: &str,
    heading: &str,
    user: &str,
    summary: &str,
) -> Result<u64, WikiError> {
    let mut attempt = 0;
    loop {
        let page = read_page(client, title).await?;
        let s = section(&page, heading)?;
        let text = section_text(&page.wikitext, &page.sections, s)
            .ok_or_else(|| WikiError::MissingHeading(heading.to_string()))?;
        let new_text = without_user(text, user).ok_or(WikiError::NotOnList)?;
        let index = s.index.clone();
        let answer = client
            .write(|token| {
                request::replace_section(&page.title, &index, &new_text, page.revid, summary, token)
            })
            .await;
        match answer {
            Err(e) if e.code() == "editconflict" && attempt < CONFLICT_RETRIES => attempt += 1,
            other => return edit_result(&other.map_err(|e| not_found_is_missing(e, title))?),
        }
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
