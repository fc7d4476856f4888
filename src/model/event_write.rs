//! Writing an [`Event`] as its event file (the organiser page's download): the fields in the
//! order the README's table gives them, optional ones left out when empty, so that
//! `Event::from_json` reads back the same event. And the index that lists it.
use super::event::{Event, Speaker};
use super::event_json::{parse_index, FORMAT};
use super::json::Json;
use super::policy::RuleGroup;
use super::wiki_page::SignIn;

fn text(s: &str) -> Json {
    Json::String(s.to_string())
}

fn number(n: u32) -> Json {
    Json::Number(n.to_string())
}

fn speaker(s: &Speaker) -> Json {
    match s {
        Speaker::WikiUser(u) => object(vec![("wiki_user", Some(text(u)))]),
        Speaker::Name(n) => object(vec![("name", Some(text(n)))]),
    }
}

/// An object of the members that are present.
fn object(members: Vec<(&str, Option<Json>)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_string(), v?)))
            .collect(),
    )
}

impl Event {
    /// The event file's text.
    pub fn to_json(&self) -> String {
        let facilitator = self.facilitator.as_ref().map(|f| {
            object(vec![
                ("name", Some(text(&f.name))),
                ("wiki_user", f.wiki_user.as_deref().map(text)),
                ("role", Some(text(&f.role))),
            ])
        });
        let affiliate = self.affiliate.as_ref().map(|a| {
            object(vec![
                ("name", Some(text(&a.name))),
                ("url", a.url.as_deref().map(text)),
                ("email", a.email.as_deref().map(text)),
            ])
        });
        let wiki = self.wiki.as_ref().map(|w| {
            let signin = match w.signin {
                SignIn::None => None,
                SignIn::WikiSession => Some(text("wiki-session")),
                SignIn::Oauth2 => Some(text("oauth2")),
            };
            let oauth = w.oauth.as_ref().map(|o| {
                object(vec![
                    ("client_id", Some(text(&o.client_id))),
                    ("rest", Some(text(&o.rest))),
                ])
            });
            let templates = (!w.user_templates.is_empty())
                .then(|| Json::Array(w.user_templates.iter().map(|t| text(t)).collect()));
            object(vec![
                ("api", Some(text(&w.api))),
                ("article_path", Some(text(&w.article_path))),
                ("page", Some(text(&w.page))),
                ("policy_section", w.policy_section.as_deref().map(text)),
                ("signup_heading", w.signup_heading.as_deref().map(text)),
                ("signin", signin),
                ("oauth", oauth),
                ("user_templates", templates),
            ])
        });
        let sessions = self.sessions.iter().map(|s| {
            object(vec![
                ("id", Some(text(&s.id))),
                (
                    "start",
                    Some(text(&s.start.format("%Y-%m-%dT%H:%M:%SZ").to_string())),
                ),
                ("duration_minutes", s.duration_minutes.map(number)),
                ("signup_heading", s.signup_heading.as_deref().map(text)),
                ("title", s.title.as_deref().map(text)),
                ("description", s.description.as_deref().map(text)),
                (
                    "speakers",
                    (!s.speakers.is_empty())
                        .then(|| Json::Array(s.speakers.iter().map(speaker).collect())),
                ),
            ])
        });
        let file = object(vec![
            ("format", Some(Json::Number(FORMAT.to_string()))),
            ("slug", Some(text(&self.slug))),
            ("series", self.series.as_deref().map(text)),
            ("title", Some(text(&self.title))),
            ("description", Some(text(&self.description))),
            ("facilitator", facilitator),
            (
                "organisers",
                (!self.organisers.is_empty())
                    .then(|| Json::Array(self.organisers.iter().map(|o| text(o)).collect())),
            ),
            ("affiliate", affiliate),
            ("language", Some(text(&self.language))),
            ("platform", Some(text(&self.platform))),
            ("platform_note", self.platform_note.as_deref().map(text)),
            ("contact_email", Some(text(&self.contact_email))),
            (
                "sessions_are_alternatives",
                Some(Json::Bool(self.sessions_are_alternatives)),
            ),
            ("agenda", self.agenda.then_some(Json::Bool(true))),
            (
                "calendar_default_minutes",
                Some(number(self.calendar_default_minutes)),
            ),
            ("reminder_minutes", Some(number(self.reminder_minutes))),
            ("wiki", wiki),
            ("sessions", Some(Json::Array(sessions.collect()))),
            (
                "policy",
                (!self.policy.is_empty()).then(|| policy_json(&self.policy)),
            ),
            ("draft_days", Some(number(self.draft_days))),
            ("quick_exit_url", Some(text(&self.quick_exit_url))),
            ("calendar_feed", self.calendar_feed.clone()),
        ]);
        file.pretty() + "\n"
    }
}

/// The policy's rules as the event file states them (shown when the wiki cannot be read).
pub fn policy_json(groups: &[RuleGroup]) -> Json {
    let group = |g: &RuleGroup| {
        let rules = g.rules.iter().map(|r| {
            object(vec![
                ("title", Some(text(&r.title))),
                ("text", Some(text(&r.text))),
            ])
        });
        object(vec![
            ("title", Some(text(&g.title))),
            ("rules", Some(Json::Array(rules.collect()))),
        ])
    };
    Json::Array(groups.iter().map(group).collect())
}

/// The index a hosted folder should serve once `slug` is added: the hosted index's events
/// (`hosted`, when there is one and it can be read) with `slug` after them, once.
pub fn index_with(hosted: Option<&str>, slug: &str) -> String {
    let mut slugs = hosted.and_then(|t| parse_index(t).ok()).unwrap_or_default();
    if !slugs.iter().any(|s| s == slug) {
        slugs.push(slug.to_string());
    }
    let events = Json::Array(slugs.into_iter().map(Json::String).collect());
    object(vec![("events", Some(events))]).pretty() + "\n"
}
