//! The organiser page's form: an event as typed, every field text. It becomes an event file by
//! the same reader that checks hosted event files (`Event::from_json`), so the form and the
//! files can never disagree; the reader's problem comes back on the field it names, worded for
//! a form ("enter the time in UTC, e.g. 15:00") rather than for JSON.
use super::event::Event;
use super::json::Json;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// One session as typed: the heading its list stands under, the date and UTC time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionForm {
    pub heading: String,
    /// `2024-02-14`
    pub date: String,
    /// `15:00`, in UTC.
    pub time: String,
    /// Minutes; empty: the event's calendar length.
    pub duration: String,
    /// Kept from the file it was opened from (calendar entries are known by it); empty: made
    /// from the date.
    pub id: String,
    /// An agenda slot's title, text, and speakers: one a line or comma, `User:Name` for a wiki
    /// user, else a plain name.
    pub title: String,
    pub description: String,
    pub speakers: String,
}

impl SessionForm {
    /// The date and time as typed, or the name of the one that is not right.
    fn date_and_time(&self) -> Result<(NaiveDate, NaiveTime), &'static str> {
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").map_err(|_| "date")?;
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").map_err(|_| "time")?;
        Ok((date, time))
    }

    /// When the session starts, once its date and time are right.
    pub fn start(&self) -> Option<DateTime<Utc>> {
        let (date, time) = self.date_and_time().ok()?;
        Some(date.and_time(time).and_utc())
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventForm {
    /// By the event file's field path (`title`, `facilitator.wiki_user`, `wiki.oauth.client_id`),
    /// plus the page address typed (`source.address`), which is not written to the file.
    pub fields: Vec<(String, String)>,
    pub sessions: Vec<SessionForm>,
}

/// Fields the event file has at its top level, as the form writes them.
const TOP: [&str; 11] = [
    "slug",
    "series",
    "title",
    "description",
    "language",
    "platform",
    "platform_note",
    "contact_email",
    "calendar_default_minutes",
    "reminder_minutes",
    "draft_days",
];

impl EventForm {
    pub fn get(&self, path: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == path)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn set(&mut self, path: &str, value: &str) {
        match self.fields.iter_mut().find(|(k, _)| k == path) {
            Some(field) => field.1 = value.to_string(),
            None => self.fields.push((path.to_string(), value.to_string())),
        }
    }

    /// The members of object `prefix` (`facilitator`), each `(name, value)`, empty ones left out.
    fn object(&self, prefix: &str, names: &[&str]) -> Option<Json> {
        let members: Vec<(String, Json)> = names
            .iter()
            .filter_map(|n| {
                let v = self.get(&format!("{prefix}.{n}")).trim();
                (!v.is_empty()).then(|| (n.to_string(), value_of(n, v)))
            })
            .collect();
        (!members.is_empty()).then_some(Json::Object(members))
    }

    /// The event file the form describes, or the first problem: `(field path, what to do)`.
    pub fn to_event(&self) -> Result<Event, (String, String)> {
        let format = super::event_json::FORMAT.to_string();
        let mut members: Vec<(String, Json)> = vec![("format".into(), Json::Number(format))];
        for key in TOP {
            let v = self.get(key).trim();
            let required = matches!(
                key,
                "slug" | "title" | "description" | "language" | "platform" | "contact_email"
            );
            if required || !v.is_empty() {
                members.push((key.into(), value_of(key, v)));
            }
        }
        for flag in ["sessions_are_alternatives", "agenda"] {
            members.push((flag.into(), Json::Bool(self.get(flag) == "true")));
        }
        let url = self.get("quick_exit_url").trim();
        if !url.is_empty() {
            members.push(("quick_exit_url".into(), Json::String(url.into())));
        }
        let facilitator = self.object("facilitator", &["name", "wiki_user", "role"]);
        if facilitator.is_some() && self.get("facilitator.name").trim().is_empty() {
            return Err((
                "facilitator.name".into(),
                "enter the facilitator's name".into(),
            ));
        }
        // Wiki user names, one per line or separated by commas.
        let organisers: Vec<Json> = self
            .get("organisers")
            .split([',', '\n'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| Json::String(n.into()))
            .collect();
        if !organisers.is_empty() {
            members.push(("organisers".into(), Json::Array(organisers)));
        }
        let affiliate = self.object("affiliate", &["name", "url", "email"]);
        if affiliate.is_some() && self.get("affiliate.name").trim().is_empty() {
            return Err(("affiliate.name".into(), "enter the affiliate's name".into()));
        }
        for (k, v) in [("facilitator", facilitator), ("affiliate", affiliate)] {
            if let Some(v) = v {
                members.push((k.into(), v));
            }
        }
        if let Some(mut wiki) = self.object(
            "wiki",
            &[
                "api",
                "article_path",
                "page",
                "policy_section",
                "signup_heading",
                "signin",
            ],
        ) {
            // An OAuth client is named by its id; its REST address is the wiki's, beside api.php.
            let client_id = self.get("wiki.oauth.client_id").trim();
            if let (Json::Object(m), false) = (&mut wiki, client_id.is_empty()) {
                let rest = match self.get("wiki.oauth.rest").trim() {
                    "" => self.get("wiki.api").trim().replace("api.php", "rest.php"),
                    r => r.to_string(),
                };
                let oauth = vec![
                    ("client_id".into(), Json::String(client_id.into())),
                    ("rest".into(), Json::String(rest)),
                ];
                m.push(("oauth".into(), Json::Object(oauth)));
            }
            members.push(("wiki".into(), wiki));
        }
        members.push(("sessions".into(), Json::Array(self.sessions_json()?)));
        // The policy's rules as read from the wiki section (kept as the file writes them).
        if let Ok(policy @ Json::Array(_)) = Json::parse(self.get("policy")) {
            members.push(("policy".into(), policy));
        }
        // The calendar feed's record, as the file was opened (or last written) with it.
        if let Ok(feed @ Json::Object(_)) = Json::parse(self.get("calendar_feed")) {
            members.push(("calendar_feed".into(), feed));
        }
        let text = Json::Object(members).pretty();
        let event = Event::from_json("form", &text)
            .map_err(|e| (e.field.clone(), for_form(&e.field, &e.problem)))?;
        // A record changed by hand that cannot be read: named, never silently started over
        // (calendars would keep entries whose SEQUENCE then goes down).
        super::feed_write::feed_state(&event).map_err(|(field, problem)| {
            let fix = "remove \"calendar_feed\" from the event file to start the feed again";
            (
                field,
                format!("{problem} (the calendar feed's record; or {fix})"),
            )
        })?;
        Ok(event)
    }

    fn sessions_json(&self) -> Result<Vec<Json>, (String, String)> {
        let mut ids: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for (i, s) in self.sessions.iter().enumerate() {
            let at = |f: &str| format!("sessions[{i}].{f}");
            let (date, time) = s.date_and_time().map_err(|f| (at(f), for_form(f, "")))?;
            // The id names the session in calendar entries: kept, or its date made unique.
            let mut id = match s.id.trim() {
                "" => date.to_string(),
                kept => kept.to_string(),
            };
            let mut n = 2u32;
            while ids.contains(&id) {
                id = format!("{date}-{n}");
                n = n.saturating_add(1);
            }
            ids.push(id.clone());
            let mut m = vec![
                ("id".to_string(), Json::String(id)),
                (
                    "start".into(),
                    Json::String(format!("{date}T{}:00Z", time.format("%H:%M"))),
                ),
            ];
            if !s.duration.trim().is_empty() {
                m.push((
                    "duration_minutes".into(),
                    value_of("duration_minutes", s.duration.trim()),
                ));
            }
            for (key, value) in [
                ("signup_heading", &s.heading),
                ("title", &s.title),
                ("description", &s.description),
            ] {
                if !value.trim().is_empty() {
                    m.push((key.into(), Json::String(value.trim().into())));
                }
            }
            let speakers: Vec<Json> = s
                .speakers
                .split([',', '\n'])
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(|x| match x.strip_prefix("User:") {
                    Some(u) => {
                        Json::Object(vec![("wiki_user".into(), Json::String(u.trim().into()))])
                    }
                    None => Json::Object(vec![("name".into(), Json::String(x.into()))]),
                })
                .collect();
            if !speakers.is_empty() {
                m.push(("speakers".into(), Json::Array(speakers)));
            }
            out.push(Json::Object(m));
        }
        Ok(out)
    }
}

/// Numbers are written as numbers when they are, else as text for the reader to refuse by name.
fn value_of(field: &str, v: &str) -> Json {
    let numeric = matches!(
        field,
        "calendar_default_minutes" | "reminder_minutes" | "draft_days" | "duration_minutes"
    );
    match numeric && !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) {
        true => Json::Number(v.into()),
        false => Json::String(v.into()),
    }
}

/// The event-file reader's problem worded for a form field.
pub fn for_form(field: &str, problem: &str) -> String {
    let name = field.rsplit('.').next().unwrap_or(field);
    match name {
        _ if problem.contains("whole number") => "enter a whole number, e.g. 60".into(),
        _ if problem == "must not be empty" || problem.starts_with("missing field") => {
            "fill this in".into()
        }
        "slug" if problem.starts_with("use only") => {
            "use only lowercase letters a-z, digits and '-', e.g. peer-support-2025".into()
        }
        "contact_email" => "enter an email address, e.g. name@example.org".into(),
        "api" => {
            "read the wiki page first (step 1): its API address is filled in from there".into()
        }
        "oauth" => "enter the client id the wiki gave when it approved the OAuth 2 client".into(),
        "sessions" => {
            "choose at least one heading with a sign-up list in step 1, or add a session".into()
        }
        "date" => "enter the date as year-month-day, e.g. 2024-02-14".into(),
        "time" => "enter the time in UTC as hours:minutes, e.g. 15:00".into(),
        _ => problem.to_string(),
    }
}
