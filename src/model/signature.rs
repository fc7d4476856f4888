//! Who a sign-up line belongs to, as people really sign on any wiki: user and user-talk links
//! in the wiki's own language and its aliases, through interwiki prefixes (`m:`, `:es:`),
//! `Special:Contributions/Name`, user-link templates (`{{u|Name}}`), and whether the name is
//! struck through (withdrawn by hand).
use super::text::{lowercase, uppercase};
use super::wikitext::{pieces, Piece};

/// User and user-talk namespace names (with gender forms) in the languages wikimeet speaks:
/// links into other wikis (`:es:Usuario:Ann` on Meta) use that wiki's names, which this wiki's
/// siteinfo does not list. The event's own wiki adds its names from siteinfo.
const USER_NAMESPACES: &[&str] = &[
    "user",
    "user talk",
    "usuario",
    "usuaria",
    "usuario discusión",
    "usuaria discusión",
    "benutzer",
    "benutzerin",
    "benutzer diskussion",
    "benutzerin diskussion",
    "utilisateur",
    "utilisatrice",
    "discussion utilisateur",
    "discussion utilisatrice",
    "usuário(a)",
    "usuário(a) discussão",
    "usuário",
    "usuária",
    "utilizador",
    "utilizadora",
    "usuário discussão",
    "utilizador discussão",
    "utente",
    "discussioni utente",
    "wikipedysta",
    "wikipedystka",
    "dyskusja wikipedysty",
    "dyskusja wikipedystki",
    "użytkownik",
    "użytkowniczka",
    "dyskusja użytkownika",
    "dyskusja użytkowniczki",
    "مستخدم",
    "مستخدمة",
    "نقاش المستخدم",
    "نقاش المستخدمة",
];
const SPECIAL_NAMESPACES: &[&str] = &[
    "special",
    "especial",
    "spezial",
    "spécial",
    "speciale",
    "specjalna",
    "خاص",
];
/// `Special:Contributions` in those languages (its name, not a namespace: not in siteinfo's
/// namespace lists).
const CONTRIBUTIONS: &[&str] = &[
    "contributions",
    "contribs",
    "contribuciones",
    "beiträge",
    "contribuições",
    "contributi",
    "wkład",
    "مساهمات",
];
/// Templates whose first parameter is a user name, when the event file names none.
pub const DEFAULT_USER_TEMPLATES: &[&str] =
    &["u", "user", "ping", "reply to", "user link", "noping"];

/// What a wiki calls the things a signature links to. Names are kept as `key` makes them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteNames {
    /// The wiki's names and aliases of the user (2) and user talk (3) namespaces.
    pub user_namespaces: Vec<String>,
    /// The wiki's names of the special namespace (-1).
    pub special_namespaces: Vec<String>,
    /// Templates whose first parameter is a user name.
    pub user_templates: Vec<String>,
    /// The wiki's host name (e.g. `meta.wikimedia.org`): tells links that stay on it.
    pub host: String,
}

/// `_` as space, runs of space as one, no space at the ends: how MediaWiki reads a title.
fn spaced(name: &str) -> String {
    name.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name as compared: lower case, `_` as space, spaces collapsed.
pub fn key(name: &str) -> String {
    lowercase(&spaced(name))
}

/// A user name as MediaWiki stores it: `_` as space, spaces collapsed, first letter upper case.
pub fn normalize_user(name: &str) -> String {
    let collapsed = spaced(name);
    let mut chars = collapsed.chars();
    match chars.next() {
        Some(first) => uppercase(first.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

/// The person a line names.
#[derive(Clone, Debug, PartialEq)]
pub struct Signer {
    /// The user name as MediaWiki stores it.
    pub user: String,
    /// The interwiki prefixes of another wiki (e.g. `es` or `m`); None on the event's wiki.
    pub wiki: Option<String>,
    /// The page to link to from the event's wiki, e.g. `User:Ann` or `es:User:Ann`.
    pub link: String,
}

impl SiteNames {
    fn is_user_namespace(&self, k: &str) -> bool {
        USER_NAMESPACES.contains(&k) || self.user_namespaces.iter().any(|n| n == k)
    }
    fn is_special_namespace(&self, k: &str) -> bool {
        SPECIAL_NAMESPACES.contains(&k) || self.special_namespaces.iter().any(|n| n == k)
    }

    /// The user a link target names: `User:Ann`, `:es:Usuario:Ann`, `m:User talk:Ann/Archive`,
    /// `Special:Contributions/192.0.2.1`.
    pub fn user_of_target(&self, target: &str) -> Option<Signer> {
        let target = target.split('#').next()?.trim().trim_start_matches(':');
        let mut prefixes = Vec::new();
        let mut rest = target;
        loop {
            let (head, tail) = rest.split_once(':')?;
            let k = key(head);
            let name = if self.is_user_namespace(&k) {
                tail.split('/').next()?
            } else if self.is_special_namespace(&k) {
                let (page, name) = tail.split_once('/')?;
                if !CONTRIBUTIONS.contains(&key(page).as_str()) {
                    return None;
                }
                name
            } else if is_interwiki_prefix(&k) {
                prefixes.push(k);
                rest = tail;
                continue;
            } else {
                return None;
            };
            return self.signer(normalize_user(name), &prefixes);
        }
    }

    fn signer(&self, user: String, prefixes: &[String]) -> Option<Signer> {
        if user.is_empty() {
            return None;
        }
        let home = prefixes.is_empty() || leads_home(prefixes, &self.host);
        let wiki = (!home).then(|| prefixes.join(":"));
        let link = match &wiki {
            Some(w) => format!("{w}:User:{user}"),
            None => format!("User:{user}"),
        };
        Some(Signer { user, wiki, link })
    }

    /// The user a template names (`{{u|Ann}}`), when it is one of the user templates.
    fn user_of_template(&self, name: &str, params: &[&str]) -> Option<Signer> {
        let k = key(name);
        self.user_templates.iter().find(|t| **t == k)?;
        let first = params.iter().find(|p| !p.contains('='))?;
        self.signer(normalize_user(first), &[])
    }

    /// Who signed `line` (the first user it names) and whether that name is struck through
    /// (`<s>`, `<del>` or `<strike>` around it).
    pub fn owner(&self, line: &str) -> Option<(Signer, bool)> {
        let mut struck = 0i32;
        for piece in pieces(line) {
            let found = match piece {
                Piece::Tag { name, closing } if is_strike(name) => {
                    struck = struck.saturating_add(if closing { -1 } else { 1 });
                    None
                }
                Piece::Link { target, .. } => self.user_of_target(target),
                Piece::Template { name, params } => self.user_of_template(name, &params),
                _ => None,
            };
            if let Some(signer) = found {
                return Some((signer, struck > 0));
            }
        }
        None
    }
}

fn is_strike(tag: &str) -> bool {
    matches!(key(tag).as_str(), "s" | "del" | "strike")
}

/// Interwiki and language prefixes are short ASCII words (`w`, `es`, `zh-yue`, `metawiki`).
fn is_interwiki_prefix(k: &str) -> bool {
    (1..=24).contains(&k.len())
        && k.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Wikimedia projects as interwiki prefixes name them; `true` for projects with languages.
const PROJECTS: &[(&str, &str, bool)] = &[
    ("w", "wikipedia", true),
    ("wikipedia", "wikipedia", true),
    ("wikt", "wiktionary", true),
    ("wiktionary", "wiktionary", true),
    ("b", "wikibooks", true),
    ("n", "wikinews", true),
    ("q", "wikiquote", true),
    ("s", "wikisource", true),
    ("v", "wikiversity", true),
    ("voy", "wikivoyage", true),
    ("m", "meta", false),
    ("meta", "meta", false),
    ("metawiki", "meta", false),
    ("c", "commons", false),
    ("commons", "commons", false),
    ("d", "wikidata", false),
    ("wikidata", "wikidata", false),
    ("mw", "mediawiki", false),
    ("species", "species", false),
    ("f", "wikifunctions", false),
];

/// The (language, project) a Wikimedia host serves, e.g. `es.wikipedia.org` → (es, wikipedia).
fn site_of(host: &str) -> Option<(String, String)> {
    let host = host.strip_prefix("www.").unwrap_or(host);
    let parts: Vec<&str> = host.split('.').collect();
    match parts[..] {
        [sub, "wikimedia", "org"] => Some((String::new(), sub.to_string())),
        [project, "org"] => Some((String::new(), project.to_string())),
        [lang, project, "org"] => Some((lang.to_string(), project.to_string())),
        _ => None,
    }
}

/// Whether following `prefixes` from the wiki at `host` comes back to it (`m:` on Meta).
fn leads_home(prefixes: &[String], host: &str) -> bool {
    let Some(home) = site_of(host) else {
        return false;
    };
    let (mut lang, mut project) = home.clone();
    for p in prefixes {
        match PROJECTS.iter().find(|(prefix, ..)| prefix == p) {
            Some((_, name, has_languages)) => {
                project = name.to_string();
                if *has_languages && lang.is_empty() {
                    lang = "en".into();
                } else if !has_languages {
                    lang.clear();
                }
            }
            None if p.len() <= 3 || p.contains('-') => lang = p.clone(),
            None => return false,
        }
    }
    (lang, project) == home
}
