//! The event page's link to its wiki: one read of the page for every session's list, who is
//! signed in, and the clients that talk to the wiki (shared by all sessions on the page).
use crate::model::event::Event;
use crate::model::policy::{parse, RuleGroup};
use crate::model::signup::{find_section, section_text};
use crate::model::wiki_page::{SignIn, WikiPage};
use crate::net::BrowserFetch;
use crate::sign_in;
use crate::wiki::answer::{PageRead, UserInfo};
use crate::wiki::client::Client;
use crate::wiki::error::WikiError;
use crate::wiki::request::Auth;
use crate::wiki::signup::{read_page, who_am_i};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Account {
    /// The event configures no sign-in: the wiki's editor and email are the ways to register.
    NoSignIn,
    Checking,
    SignedOut,
    SignedIn(UserInfo),
    /// The wiki could not tell (unreachable, or it does not allow this site).
    Unknown(WikiError),
}

type WikiClient = Rc<Client<BrowserFetch>>;

#[derive(Clone, Copy)]
pub struct WikiContext {
    pub wiki: StoredValue<WikiPage>,
    /// Reads anonymously (`origin=*`): works with any Wikimedia wiki, signed in or not.
    reader: StoredValue<WikiClient, LocalStorage>,
    /// Acts as the signed-in user (wiki session cookie).
    pub writer: StoredValue<WikiClient, LocalStorage>,
    /// The latest read of the wiki page (every list and the policy come from it).
    pub page_read: RwSignal<Option<Result<PageRead, WikiError>>>,
    pub account: RwSignal<Account>,
    /// Seconds the wiki asked us to wait, while we wait.
    pub waiting: RwSignal<Option<u64>>,
}

fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

impl WikiContext {
    /// Starts reading the page and (when sign-in is configured) who is signed in.
    pub fn start(event: &Event) -> Option<WikiContext> {
        let wiki = event.wiki.clone()?;
        let waiting = RwSignal::new(None);
        let report_wait = move |s| waiting.set(Some(s));
        let reader = Client::new(
            &wiki.api,
            Auth::Anonymous,
            &event.contact_email,
            BrowserFetch,
        )
        .user_templates(&wiki.user_templates)
        .on_wait(report_wait);
        // The writer shares the wiki's names the reader learns: registering reads no siteinfo.
        let writer = reader
            .with_auth(Auth::WikiSession { origin: origin() })
            .on_wait(report_wait);
        let ctx = WikiContext {
            reader: StoredValue::new_local(Rc::new(reader)),
            writer: StoredValue::new_local(Rc::new(writer)),
            wiki: StoredValue::new(wiki.clone()),
            page_read: RwSignal::new(None),
            account: RwSignal::new(match wiki.signin {
                SignIn::None => Account::NoSignIn,
                SignIn::WikiSession | SignIn::Oauth2 => Account::Checking,
            }),
            waiting,
        };
        // A task later: the page's first render is not held up by building the requests.
        set_timeout(
            move || {
                ctx.reload();
                if wiki.signin != SignIn::None {
                    ctx.check_account();
                }
            },
            std::time::Duration::ZERO,
        );
        Some(ctx)
    }

    /// Reads the page again (all sessions' lists in one request).
    pub fn reload(self) {
        let reader = self.reader.get_value();
        let title = self.wiki.with_value(|w| w.page.clone());
        spawn_local(async move {
            let result = read_page(&reader, &title).await;
            self.waiting.set(None);
            self.page_read.set(Some(result));
        });
    }

    /// Asks the wiki who is signed in (after coming back from its login page, for example).
    pub fn check_account(self) {
        let wiki = self.wiki.get_value();
        if wiki.signin == SignIn::None {
            return;
        }
        let writer = self.writer.get_value();
        spawn_local(async move {
            let answer = match (&wiki.signin, &wiki.oauth) {
                (SignIn::Oauth2, Some(client)) => sign_in::who_am_i(client).await.map(|found| {
                    found.map(|(user, token)| {
                        // Writes now go with this user's access token.
                        let auth = Auth::Bearer { token };
                        let c = writer
                            .with_auth(auth)
                            .on_wait(move |s| self.waiting.set(Some(s)));
                        self.writer.set_value(Rc::new(c));
                        user
                    })
                }),
                _ => who_am_i(&writer).await,
            };
            self.account.set(match answer {
                Ok(Some(user)) => Account::SignedIn(user),
                Ok(None) | Err(WikiError::NotSignedIn) => Account::SignedOut,
                Err(e) => Account::Unknown(e),
            });
        });
    }

    /// Starts signing in: OAuth goes to the wiki's authorization page; a wiki session is made
    /// on the wiki's login page, which the sign-in link opens.
    /// Ok(false) when the browser cannot keep the sign-in safe (no crypto or sessionStorage).
    pub async fn sign_in(self) -> Result<bool, WikiError> {
        match self.wiki.with_value(|w| w.oauth.clone()) {
            Some(client) => sign_in::begin(&client).await,
            None => Ok(false),
        }
    }

    pub fn sign_out(self) {
        sign_in::sign_out();
        self.account.set(Account::SignedOut);
    }

    pub fn user_name(self) -> Option<String> {
        match self.account.get() {
            Account::SignedIn(u) => Some(u.name),
            _ => None,
        }
    }
}

pub fn use_wiki() -> Option<WikiContext> {
    use_context::<Option<WikiContext>>().flatten()
}

/// The policy from the wiki page's policy section when it can be read and parsed, else the
/// event file's copy. The bool says whether it came from the wiki.
pub fn policy(event: &Event, wiki: Option<WikiContext>) -> (Vec<RuleGroup>, bool) {
    let from_wiki = wiki.and_then(|ctx| {
        let heading = ctx.wiki.with_value(|w| w.policy_section.clone())?;
        let page = ctx.page_read.get()?.ok()?;
        let section = find_section(&page.sections, &heading)?;
        let groups = parse(section_text(&page.wikitext, &page.sections, section)?);
        (!groups.is_empty()).then_some(groups)
    });
    match from_wiki {
        Some(groups) => (groups, true),
        None => (event.policy.clone(), false),
    }
}
