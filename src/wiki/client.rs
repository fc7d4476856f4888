//! The one request function, with the waits and retries the API asks for.
use super::answer::{check, csrf_token};
use super::error::WikiError;
use super::request::{self, to_http, Auth, Call};
use super::transport::Transport;
use crate::model::json::Json;
use crate::model::signature::{key, SiteNames, DEFAULT_USER_TEMPLATES};
use std::cell::RefCell;
use std::rc::Rc;

/// How many times a request waits for a busy wiki (maxlag, 429, 503) before giving up.
const MAX_WAITS: u32 = 2;

pub struct Client<T: Transport> {
    pub endpoint: String,
    pub auth: Auth,
    /// `Api-User-Agent`: wikimeet, its version and the event's contact.
    pub user_agent: String,
    /// Sent with every request when set (Wikimedia asks bots for 5; tests force -2).
    pub maxlag: Option<i32>,
    transport: T,
    token: RefCell<Option<String>>,
    /// Told the seconds before each wait, so the page can say it is waiting.
    on_wait: Box<dyn Fn(u64)>,
    /// How the wiki names users: the event's templates, then the wiki's namespace names once
    /// read (see `signup::read_page`). Shared with the clients made by `with_auth`.
    names: Rc<RefCell<SiteNames>>,
}

/// `meta.wikimedia.org` from `https://meta.wikimedia.org/w/api.php`.
fn host_of(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?']).next().unwrap_or("");
    host.split(':').next().unwrap_or(host)
}

pub fn user_agent(contact: &str) -> String {
    format!("wikimeet/{} ({contact})", env!("CARGO_PKG_VERSION"))
}

impl<T: Transport> Client<T> {
    pub fn new(endpoint: &str, auth: Auth, contact: &str, transport: T) -> Self {
        Client {
            endpoint: endpoint.to_string(),
            auth,
            user_agent: user_agent(contact),
            maxlag: None,
            transport,
            token: RefCell::new(None),
            on_wait: Box::new(|_| {}),
            names: Rc::new(RefCell::new(SiteNames {
                host: host_of(endpoint).to_string(),
                ..SiteNames::default()
            })),
        }
        .user_templates(&[])
    }

    /// Templates whose first parameter is a user name (the event file's `wiki.user_templates`;
    /// none given: `DEFAULT_USER_TEMPLATES`).
    pub fn user_templates(self, templates: &[String]) -> Self {
        let keys = match templates.is_empty() {
            true => DEFAULT_USER_TEMPLATES.iter().map(|t| key(t)).collect(),
            false => templates.iter().map(|t| key(t)).collect(),
        };
        self.names.borrow_mut().user_templates = keys;
        self
    }

    /// A client of the same wiki acting with other credentials: the same user agent, and the
    /// wiki's names shared (read once for both); its own token, no wait reporting until
    /// `on_wait`.
    pub fn with_auth(&self, auth: Auth) -> Self
    where
        T: Clone,
    {
        Client {
            endpoint: self.endpoint.clone(),
            auth,
            user_agent: self.user_agent.clone(),
            maxlag: self.maxlag,
            transport: self.transport.clone(),
            token: RefCell::new(None),
            on_wait: Box::new(|_| {}),
            names: self.names.clone(),
        }
    }

    /// How the wiki names users, as far as known.
    pub fn names(&self) -> SiteNames {
        self.names.borrow().clone()
    }

    /// Whether the wiki's own names have been read (siteinfo always names the user namespace).
    pub fn names_known(&self) -> bool {
        !self.names.borrow().user_namespaces.is_empty()
    }

    /// Takes names another client learnt (the page's, in the action module: `action_text`).
    pub fn set_names(&self, names: SiteNames) {
        *self.names.borrow_mut() = names;
    }

    /// Adds the wiki's own names from a `meta=siteinfo` answer.
    pub fn learn_names(&self, answer: &Json) -> Result<(), WikiError> {
        super::answer::site_names(answer, &mut self.names.borrow_mut())
    }

    pub fn on_wait(mut self, f: impl Fn(u64) + 'static) -> Self {
        self.on_wait = Box::new(f);
        self
    }

    /// Tells whoever listens (`on_wait`) that a request waits `secs` seconds for a busy wiki
    /// (the action module's waits, reported back to the page: `action_text`).
    pub fn report_wait(&self, secs: u64) {
        (self.on_wait)(secs);
    }

    /// Sends one call; waits and repeats when the wiki says it is busy, at most MAX_WAITS times.
    pub async fn call(&self, call: &Call) -> Result<Json, WikiError> {
        let mut waits = 0;
        loop {
            let http = to_http(
                &self.endpoint,
                &self.auth,
                &self.user_agent,
                self.maxlag,
                call,
            );
            let result = self.transport.send(http).await.and_then(|a| check(&a));
            // A read that met a passing server error (500, 502, 504) is asked again once, after a
            // second: reading twice changes nothing. A write is never repeated here.
            let passing = !call.post
                && waits == 0
                && matches!(
                    result,
                    Err(WikiError::Http {
                        status: 500 | 502 | 504,
                        ..
                    })
                );
            let wait = result.as_ref().err().and_then(WikiError::retry_after);
            match wait.or(passing.then_some(1)) {
                Some(secs) if waits < MAX_WAITS => {
                    waits = waits.saturating_add(1);
                    (self.on_wait)(secs);
                    self.transport.sleep(secs.min(30)).await;
                }
                _ => return result,
            }
        }
    }

    /// The CSRF token, fetched once and kept.
    pub async fn token(&self) -> Result<String, WikiError> {
        if let Some(t) = self.token.borrow().clone() {
            return Ok(t);
        }
        let token = csrf_token(&self.call(&request::csrf_token()).await?)?;
        *self.token.borrow_mut() = Some(token.clone());
        Ok(token)
    }

    /// A write that needs the token; a stale token (`badtoken`) is refreshed and tried once more.
    pub async fn write(&self, make: impl Fn(&str) -> Call) -> Result<Json, WikiError> {
        let token = self.token().await?;
        match self.call(&make(&token)).await {
            Err(e) if e.code() == "badtoken" => {
                self.token.borrow_mut().take();
                let token = self.token().await?;
                self.call(&make(&token)).await
            }
            other => other,
        }
    }

    /// The token kept, if any (handed to the action module: `action_text`).
    pub fn kept_token(&self) -> Option<String> {
        self.token.borrow().clone()
    }

    /// Keeps a token that came with another answer (see `signup::who_am_i`).
    pub fn keep_token(&self, token: Option<String>) {
        *self.token.borrow_mut() = token;
    }

    /// Forgets the cached token (after signing out or in as someone else).
    pub fn forget_token(&self) {
        self.token.borrow_mut().take();
    }
}
