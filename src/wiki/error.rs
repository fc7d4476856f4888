//! Everything that can go wrong talking to the wiki, and what to tell the person.
use crate::i18n::{t, tr};

#[derive(Clone, Debug, PartialEq)]
pub enum WikiError {
    /// No answer at all: offline, the wiki is down, or the browser blocked the request.
    Network,
    /// The device is offline (or this site is out of reach): nothing was sent.
    Offline,
    /// The page's Content-Security-Policy does not let this copy reach the origin named.
    NotAllowed(String),
    /// An HTTP error status without an API error (5xx, 429 …).
    Http {
        status: u16,
        retry_after: Option<u64>,
    },
    /// The API answered with an error code (`badtoken`, `editconflict`, `blocked` …).
    Api {
        code: String,
        text: String,
        retry_after: Option<u64>,
    },
    /// The edit needs a CAPTCHA, which only the wiki itself can show.
    Captcha,
    /// The answer was not what the API documents.
    BadAnswer(String),
    /// The page, or the session's heading on it, is not there.
    MissingPage(String),
    MissingHeading(String),
    /// The user is already on the list / not on it.
    AlreadySignedUp,
    /// The wiki accepted the mail but could not send it (its mail server is down).
    MailFailed,
    NotOnList,
    NotSignedIn,
    /// A write failed and the page could not be read again: whether the wiki saved it is not
    /// known (`signup::settle_failed_write`).
    Unsure,
}

impl WikiError {
    pub fn code(&self) -> &str {
        match self {
            WikiError::Api { code, .. } => code,
            _ => "",
        }
    }

    /// Worth trying again after a pause (the wiki asked us to wait, or was briefly down).
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            WikiError::Api {
                code, retry_after, ..
            } if code == "maxlag" || code == "ratelimited" => Some(retry_after.unwrap_or(5)),
            WikiError::Http {
                status: 429 | 503,
                retry_after,
            } => Some(retry_after.unwrap_or(5)),
            _ => None,
        }
    }

    /// A plain sentence: what happened and what to do.
    pub fn message(&self) -> String {
        match self {
            WikiError::Network => t("wiki-err-network"),
            WikiError::Offline => t("wiki-err-offline"),
            WikiError::NotAllowed(origin) => tr("wiki-err-not-allowed", &[origin]),
            WikiError::Http { status: 429, .. } => t("wiki-err-busy"),
            WikiError::Http { status, .. } => tr("wiki-err-http", &[&status.to_string()]),
            WikiError::Captcha => t("wiki-err-captcha"),
            WikiError::BadAnswer(what) => tr("wiki-err-bad-answer", &[what]),
            WikiError::MissingPage(page) => tr("wiki-err-missing-page", &[page]),
            WikiError::MissingHeading(h) => tr("wiki-err-missing-heading", &[h]),
            WikiError::AlreadySignedUp => t("wiki-err-already"),
            WikiError::MailFailed => t("wiki-err-mail-failed"),
            WikiError::NotOnList => t("wiki-err-not-on-list"),
            WikiError::NotSignedIn => t("wiki-err-signed-out"),
            WikiError::Unsure => t("wiki-err-unsure"),
            WikiError::Api { code, text, .. } => match code.as_str() {
                "badtoken" | "assertuserfailed" | "assertnameduserfailed" | "notloggedin" => {
                    t("wiki-err-signed-out")
                }
                "editconflict" => t("wiki-err-conflict"),
                "maxlag" | "ratelimited" | "readonly" => t("wiki-err-busy"),
                "blocked" | "autoblocked" | "blockedfrommail" => t("wiki-err-blocked"),
                "protectedpage" | "cascadeprotected" | "permissiondenied" => {
                    t("wiki-err-protected")
                }
                "missingtitle" | "pagedeleted" => t("wiki-err-page-gone"),
                "nosuchsection" => t("wiki-err-section-gone"),
                "noemail" | "nowikiemail" => t("wiki-err-no-email"),
                "cantsend" | "mailerror" => t("wiki-err-mail-failed"),
                c if c.starts_with("abusefilter") || c == "spamblacklist" => {
                    tr("wiki-err-filter", &[text])
                }
                _ => tr("wiki-err-other", &[text, code]),
            },
        }
    }
}
