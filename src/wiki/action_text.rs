//! What crosses between the meeting page and its action module as text. The page's first
//! download carries no code for editing the wiki or for OAuth sign-in: that runs in a second
//! wasm (`src/actions.rs`, its own build) loaded when first needed (`actions_module.rs`). In:
//! a `WriteOrder` or an OAuth client, as JSON. Out: an outcome, as JSON: a revision (or, for
//! a sign-in, the user and token) or a `WikiError`.
use super::answer::UserInfo;
use super::error::WikiError;
use super::request::Auth;
use crate::model::json::{quote, Json};
use crate::model::signature::SiteNames;
use crate::model::wiki_page::OAuthClient;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Intent {
    Register,
    Withdraw,
}

/// Everything the action module needs: the wiki, the credentials, whose line on which list.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteOrder {
    pub intent: Intent,
    pub api: String,
    /// `Api-User-Agent` (`client::user_agent`).
    pub user_agent: String,
    pub auth: Auth,
    /// The CSRF token the page already has (`who_am_i`): no extra round trip for it.
    pub token: Option<String>,
    /// How the wiki names users, as the page has learnt it: the module then asks no siteinfo
    /// (none learnt yet: it asks, in parallel with its first read).
    pub names: SiteNames,
    pub title: String,
    pub heading: String,
    pub user: String,
    /// This device's own lines for the user (`signup::Signup::own_lines`).
    pub own_lines: Vec<String>,
    pub summary: String,
}

fn strings(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(","))
}

impl WriteOrder {
    pub fn to_json(&self) -> String {
        let (kind, credential) = match &self.auth {
            Auth::Anonymous => ("anonymous", ""),
            Auth::WikiSession { origin } => ("session", origin.as_str()),
            Auth::Bearer { token } => ("bearer", token.as_str()),
        };
        let token = self.token.as_deref().map_or("null".into(), quote);
        format!(
            "{{\"register\":{},\"api\":{},\"user_agent\":{},\"auth\":{},\"credential\":{},\
             \"token\":{token},\"user_ns\":{},\"special_ns\":{},\"templates\":{},\"host\":{},\
             \"title\":{},\"heading\":{},\"user\":{},\"own_lines\":{},\"summary\":{}}}",
            self.intent == Intent::Register,
            quote(&self.api),
            quote(&self.user_agent),
            quote(kind),
            quote(credential),
            strings(&self.names.user_namespaces),
            strings(&self.names.special_namespaces),
            strings(&self.names.user_templates),
            quote(&self.names.host),
            quote(&self.title),
            quote(&self.heading),
            quote(&self.user),
            strings(&self.own_lines),
            quote(&self.summary),
        )
    }

    /// The order `to_json` wrote; None when the text is not one.
    pub fn from_json(text: &str) -> Option<WriteOrder> {
        let json = Json::parse(text).ok()?;
        let text = |key: &str| json.get(key)?.as_str().map(str::to_string);
        let list = |key: &str| -> Option<Vec<String>> {
            let items = json.get(key)?.as_array()?;
            items
                .iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect()
        };
        let credential = text("credential")?;
        Some(WriteOrder {
            intent: match json.get("register")?.as_bool()? {
                true => Intent::Register,
                false => Intent::Withdraw,
            },
            api: text("api")?,
            user_agent: text("user_agent")?,
            auth: match text("auth")?.as_str() {
                "session" => Auth::WikiSession { origin: credential },
                "bearer" => Auth::Bearer { token: credential },
                _ => Auth::Anonymous,
            },
            token: text("token"),
            names: SiteNames {
                user_namespaces: list("user_ns")?,
                special_namespaces: list("special_ns")?,
                user_templates: list("templates")?,
                host: text("host")?,
            },
            title: text("title")?,
            heading: text("heading")?,
            user: text("user")?,
            own_lines: list("own_lines")?,
            summary: text("summary")?,
        })
    }
}

/// The outcome as the action module sends it back: `{"revid":…}` or the error's parts.
pub fn outcome_json(result: &Result<u64, WikiError>) -> String {
    use WikiError::*;
    let e = match result {
        Ok(revid) => return format!("{{\"revid\":{revid}}}"),
        Err(e) => e,
    };
    let none = String::new();
    let (kind, code, text, status, retry) = match e {
        Network => ("network", &none, &none, 0, None),
        Offline => ("offline", &none, &none, 0, None),
        NotAllowed(origin) => ("not_allowed", &none, origin, 0, None),
        Http {
            status,
            retry_after,
        } => ("http", &none, &none, *status, *retry_after),
        Api {
            code,
            text,
            retry_after,
        } => ("api", code, text, 0, *retry_after),
        Captcha => ("captcha", &none, &none, 0, None),
        BadAnswer(what) => ("bad_answer", &none, what, 0, None),
        MissingPage(page) => ("missing_page", &none, page, 0, None),
        MissingHeading(h) => ("missing_heading", &none, h, 0, None),
        AlreadySignedUp => ("already", &none, &none, 0, None),
        MailFailed => ("mail_failed", &none, &none, 0, None),
        NotOnList => ("not_on_list", &none, &none, 0, None),
        NotSignedIn => ("not_signed_in", &none, &none, 0, None),
        Unsure => ("unsure", &none, &none, 0, None),
    };
    let retry = retry.map_or("null".into(), |r| r.to_string());
    format!(
        "{{\"error\":{},\"code\":{},\"text\":{},\"status\":{status},\"retry\":{retry}}}",
        quote(kind),
        quote(code),
        quote(text),
    )
}

fn bad() -> WikiError {
    WikiError::BadAnswer("the sign-up and sign-in module".into())
}

/// The revision made (0: no change was needed) or what went wrong, from `outcome_json`'s text.
pub fn outcome(answer: &str) -> Result<u64, WikiError> {
    use WikiError::*;
    let json = Json::parse(answer).map_err(|_| bad())?;
    if let Some(revid) = json.get("revid").and_then(Json::as_u64) {
        return Ok(revid);
    }
    let text = |key: &str| {
        let value = json.get(key).and_then(Json::as_str);
        value.unwrap_or_default().to_string()
    };
    let retry_after = json.get("retry").and_then(Json::as_u64);
    let status = json.get("status").and_then(Json::as_u64).unwrap_or(0) as u16;
    Err(match text("error").as_str() {
        "network" => Network,
        "offline" => Offline,
        "not_allowed" => NotAllowed(text("text")),
        "http" => Http {
            status,
            retry_after,
        },
        "api" => Api {
            code: text("code"),
            text: text("text"),
            retry_after,
        },
        "captcha" => Captcha,
        "bad_answer" => BadAnswer(text("text")),
        "missing_page" => MissingPage(text("text")),
        "missing_heading" => MissingHeading(text("text")),
        "already" => AlreadySignedUp,
        "mail_failed" => MailFailed,
        "not_on_list" => NotOnList,
        "not_signed_in" => NotSignedIn,
        "unsure" => Unsure,
        _ => bad(),
    })
}

/// An OAuth client (the event file's `wiki.oauth`) for the module's sign-in.
pub fn client_json(client: &OAuthClient) -> String {
    format!("[{},{}]", quote(&client.client_id), quote(&client.rest))
}

pub fn client_from_json(text: &str) -> Option<OAuthClient> {
    let json = Json::parse(text).ok()?;
    Some(OAuthClient {
        client_id: json.str_at(0)?.to_string(),
        rest: json.str_at(1)?.to_string(),
    })
}

/// Who signed in with OAuth and their access token; nobody is `NotSignedIn`.
pub fn signed_in_json(found: &Result<Option<(UserInfo, String)>, WikiError>) -> String {
    match found {
        Ok(Some((user, token))) => format!(
            "{{\"revid\":0,\"name\":{},\"mail\":{},\"token\":{}}}",
            quote(&user.name),
            user.wiki_mail,
            quote(token)
        ),
        Ok(None) => outcome_json(&Err(WikiError::NotSignedIn)),
        Err(e) => outcome_json(&Err(e.clone())),
    }
}

/// `signed_in_json`'s text back: None when nobody is signed in.
pub fn signed_in(answer: &str) -> Result<Option<(UserInfo, String)>, WikiError> {
    match outcome(answer) {
        Err(WikiError::NotSignedIn) => return Ok(None),
        other => other?,
    };
    let json = Json::parse(answer).map_err(|_| bad())?;
    let text = |key: &str| json.get(key)?.as_str().map(str::to_string);
    let user = UserInfo {
        name: text("name").ok_or_else(bad)?,
        wiki_mail: json.get("mail").and_then(Json::as_bool).ok_or_else(bad)?,
    };
    Ok(Some((user, text("token").ok_or_else(bad)?)))
}
