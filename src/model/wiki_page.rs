//! The event's wiki: where its API and pages are, the page with the sign-up lists, how people
//! sign in; and the addresses of the wiki's own pages (editor, login, preferences).

#[derive(Clone, Debug, PartialEq)]
pub struct WikiPage {
    /// e.g. `https://meta.wikimedia.org/w/api.php`
    pub api: String,
    /// e.g. `https://meta.wikimedia.org/wiki/$1`
    pub article_path: String,
    /// The page title, e.g. `Volunteer Supporters Network/VSN peer-to-peer support`.
    pub page: String,
    pub policy_section: Option<String>,
    /// An agenda's one sign-up list for the whole meeting (instead of one per session).
    pub signup_heading: Option<String>,
    /// How people sign in to register: `none` (the wiki editor and email only),
    /// `wiki-session` (the wiki lists this site in $wgCrossSiteAJAXdomains) or `oauth2`
    /// (an OAuth 2 client registered on the wiki, named in `oauth`).
    pub signin: SignIn,
    pub oauth: Option<OAuthClient>,
    /// Templates whose first parameter is a user name (`{{u|Ann}}`), for reading sign-up
    /// lines; empty: wikimeet's defaults (`signature::DEFAULT_USER_TEMPLATES`).
    pub user_templates: Vec<String>,
}

/// An OAuth 2 client registered on the wiki (non-confidential, PKCE).
#[derive(Clone, Debug, PartialEq)]
pub struct OAuthClient {
    pub client_id: String,
    /// The wiki's REST base, e.g. `https://meta.wikimedia.org/w/rest.php`.
    pub rest: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SignIn {
    #[default]
    None,
    WikiSession,
    Oauth2,
}

impl WikiPage {
    pub fn article_url(&self, title: &str) -> String {
        self.article_path
            .replace("$1", &super::url::wiki_title_path(title))
    }

    /// index.php beside api.php, for the wiki's own pages (login, editor).
    fn index_php(&self) -> String {
        match self.api.strip_suffix("api.php") {
            Some(base) => format!("{base}index.php"),
            None => self.api.clone(),
        }
    }

    /// The wiki's editor, opened on one section (or the whole page when the index is unknown).
    pub fn edit_url(&self, section: Option<&str>) -> String {
        let title = super::url::encode_component(&self.page);
        match section.filter(|s| !s.is_empty()) {
            Some(s) => format!("{}?title={title}&action=edit&section={s}", self.index_php()),
            None => format!("{}?title={title}&action=edit", self.index_php()),
        }
    }

    /// The wiki's login page, coming back to the meeting page afterwards.
    pub fn login_url(&self) -> String {
        let title = super::url::encode_component(&self.page);
        format!(
            "{}?title=Special:UserLogin&returnto={title}",
            self.index_php()
        )
    }

    /// Where a user turns on "Allow other users to email me".
    pub fn email_preferences_url(&self) -> String {
        format!(
            "{}?title=Special:Preferences#mw-prefsection-personal-email",
            self.index_php()
        )
    }
}
