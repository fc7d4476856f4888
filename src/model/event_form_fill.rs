//! An [`EventForm`] from an existing event (to change it, or to copy it for the next meeting
//! of a series), and the form as it is kept on the device between visits.
use super::event::{Event, Speaker};
use super::event_form::{EventForm, SessionForm};
use super::json::{quote, Json};
use super::wiki_page::SignIn;

impl EventForm {
    /// The form for an existing event (to change it, or to copy it for the next meeting).
    pub fn from_event(e: &Event) -> EventForm {
        let mut f = EventForm::default();
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        for (k, v) in [
            ("slug", e.slug.clone()),
            ("series", opt(&e.series)),
            ("title", e.title.clone()),
            ("description", e.description.clone()),
            ("language", e.language.clone()),
            ("platform", e.platform.clone()),
            ("platform_note", opt(&e.platform_note)),
            ("contact_email", e.contact_email.clone()),
            (
                "calendar_default_minutes",
                e.calendar_default_minutes.to_string(),
            ),
            ("reminder_minutes", e.reminder_minutes.to_string()),
            ("draft_days", e.draft_days.to_string()),
            ("quick_exit_url", e.quick_exit_url.clone()),
            (
                "sessions_are_alternatives",
                e.sessions_are_alternatives.to_string(),
            ),
            ("agenda", e.agenda.to_string()),
        ] {
            f.set(k, &v);
        }
        if !e.policy.is_empty() {
            f.set(
                "policy",
                &super::event_write::policy_json(&e.policy).pretty(),
            );
        }
        if let Some(feed) = &e.calendar_feed {
            f.set("calendar_feed", &feed.pretty());
        }
        f.set("organisers", &e.organisers.join(", "));
        if let Some(x) = &e.facilitator {
            f.set("facilitator.name", &x.name);
            f.set("facilitator.wiki_user", &opt(&x.wiki_user));
            f.set("facilitator.role", &x.role);
        }
        if let Some(x) = &e.affiliate {
            f.set("affiliate.name", &x.name);
            f.set("affiliate.url", &opt(&x.url));
            f.set("affiliate.email", &opt(&x.email));
        }
        if let Some(w) = &e.wiki {
            f.set("wiki.api", &w.api);
            f.set("wiki.article_path", &w.article_path);
            f.set("wiki.page", &w.page);
            f.set("wiki.policy_section", &opt(&w.policy_section));
            f.set("wiki.signup_heading", &opt(&w.signup_heading));
            let signin = match w.signin {
                SignIn::None => "none",
                SignIn::WikiSession => "wiki-session",
                SignIn::Oauth2 => "oauth2",
            };
            f.set("wiki.signin", signin);
            if let Some(o) = &w.oauth {
                f.set("wiki.oauth.client_id", &o.client_id);
                f.set("wiki.oauth.rest", &o.rest);
            }
            f.set("source.address", &w.article_url(&w.page));
        }
        f.sessions = e
            .sessions
            .iter()
            .map(|s| SessionForm {
                id: s.id.clone(),
                title: opt(&s.title),
                description: opt(&s.description),
                speakers: s
                    .speakers
                    .iter()
                    .map(|x| match x {
                        Speaker::WikiUser(u) => format!("User:{u}"),
                        Speaker::Name(n) => n.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                heading: opt(&s.signup_heading),
                date: s.start.format("%Y-%m-%d").to_string(),
                time: s.start.format("%H:%M").to_string(),
                duration: s
                    .duration_minutes
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            })
            .collect();
        f
    }

    /// The form as kept on the device between visits.
    pub fn to_json(&self) -> String {
        let fields: Vec<String> = self
            .fields
            .iter()
            .map(|(k, v)| format!("{}:{}", quote(k), quote(v)))
            .collect();
        let sessions: Vec<String> = self
            .sessions
            .iter()
            .map(|s| {
                let parts = [
                    &s.heading,
                    &s.date,
                    &s.time,
                    &s.duration,
                    &s.id,
                    &s.title,
                    &s.description,
                    &s.speakers,
                ];
                let parts: Vec<String> = parts.iter().map(|p| quote(p)).collect();
                format!("[{}]", parts.join(","))
            })
            .collect();
        format!(
            "{{\"fields\":{{{}}},\"sessions\":[{}]}}",
            fields.join(","),
            sessions.join(",")
        )
    }

    pub fn from_json(text: &str) -> Option<EventForm> {
        let json = Json::parse(text).ok()?;
        let fields = json
            .get("fields")?
            .entries()?
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect();
        let sessions = json
            .get("sessions")?
            .as_array()?
            .iter()
            .filter_map(|s| {
                let t = |i: usize| s.str_at(i).map(str::to_string);
                // Forms kept by an earlier release have the first four only.
                let more = |i: usize| t(i).unwrap_or_default();
                Some(SessionForm {
                    heading: t(0)?,
                    date: t(1)?,
                    time: t(2)?,
                    duration: t(3)?,
                    id: more(4),
                    title: more(5),
                    description: more(6),
                    speakers: more(7),
                })
            })
            .collect();
        Some(EventForm { fields, sessions })
    }
}
