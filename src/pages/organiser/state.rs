//! What every step of the organiser page reads and changes: the form, its check, the fields
//! touched, the wiki page read in step 1 and the index the site serves. Its own file, so that
//! the steps (and the page in `mod.rs`) import it and no step imports its parent.
use crate::i18n::tr;
use crate::model::event::Event;
use crate::model::event_form::EventForm;
use crate::model::event_json::{event_file, parse_index, INDEX_FILE};
use crate::model::signature_date::first_signature;
use crate::model::signup::section_text;
use crate::wiki::answer::PageRead;
use crate::wiki::site::SiteFacts;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The wiki page as read in step 1: where it is and its text and headings.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSource {
    pub facts: SiteFacts,
    pub page: PageRead,
}

/// The day a heading without a year is read around, and what it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CountedFrom {
    /// The first signature under it: people sign in the weeks before a session.
    FirstSignature(NaiveDate),
    /// Nobody has signed yet: the revision that added the heading.
    HeadingAdded(NaiveDate),
    /// Not known (yet): the page's last change.
    LastChange(NaiveDate),
}

impl CountedFrom {
    pub fn day(self) -> NaiveDate {
        match self {
            CountedFrom::FirstSignature(d)
            | CountedFrom::HeadingAdded(d)
            | CountedFrom::LastChange(d) => d,
        }
    }
}

impl PageSource {
    /// What a heading without a year is read around; `added`: the days headings were added,
    /// as found so far (`Organiser::added`).
    pub fn counted_from(&self, heading: &str, added: &[(String, NaiveDate)]) -> CountedFrom {
        let page = &self.page;
        let signed = crate::model::signup::find_section(&page.sections, heading)
            .and_then(|s| section_text(&page.wikitext, &page.sections, s))
            .and_then(first_signature);
        let came = added.iter().find(|(h, _)| h == heading).map(|(_, d)| *d);
        match (signed, came) {
            (Some(day), _) => CountedFrom::FirstSignature(day),
            (None, Some(day)) => CountedFrom::HeadingAdded(day),
            (None, None) => CountedFrom::LastChange(self.facts.latest),
        }
    }
}

/// What every step reads and changes.
#[derive(Clone, Copy)]
pub struct Organiser {
    pub form: RwSignal<EventForm>,
    /// The event the form describes, or its first problem `(field path, what to do)`.
    pub checked: Memo<Result<Event, (String, String)>>,
    /// Fields the organiser has left: a problem is shown there (before, it would nag).
    pub touched: RwSignal<Vec<String>>,
    /// After a try to download: every field's problem shows.
    pub show_all: RwSignal<bool>,
    pub source: RwSignal<Option<PageSource>>,
    /// The day each heading nobody has signed under was added to the page, as found.
    pub added: RwSignal<Vec<(String, NaiveDate)>>,
    /// False when the browser would not keep the form: the page says so.
    pub kept: RwSignal<bool>,
    /// The index the site serves now, as text (None: none yet, or unreadable): the list to
    /// open from, the slugs another meeting has, and what the downloaded index is merged with.
    pub hosted_index: RwSignal<Option<String>>,
    /// The slugs it lists.
    pub hosted: Memo<Vec<String>>,
    /// Each listed meeting's served file (None: not readable): the site's calendar feed is
    /// written from them.
    pub hosted_files: RwSignal<Vec<(String, Option<String>)>>,
}

impl Organiser {
    /// Reads the site's index (again: files may have been uploaded since).
    pub fn read_hosted(self) {
        spawn_local(async move {
            let text = crate::net::get_fresh_text(INDEX_FILE).await.ok();
            self.hosted_index.set(text);
            let slugs = self.hosted.get_untracked();
            let mut files = Vec::new();
            for slug in slugs {
                let text = crate::net::get_fresh_text(&event_file(&slug)).await.ok();
                files.push((slug, text));
            }
            self.hosted_files.set(files);
        });
    }

    pub fn set(self, path: &str, value: &str) {
        self.form.update(|f| f.set(path, value));
    }

    pub fn get(self, path: &'static str) -> impl Fn() -> String + Copy {
        move || self.form.with(|f| f.get(path).to_string())
    }

    pub fn touch(self, path: &str) {
        if !self.touched.with_untracked(|t| t.iter().any(|p| p == path)) {
            self.touched.update(|t| t.push(path.to_string()));
        }
    }

    /// The problem to show at the field `path`: the form's first, when it is this field's (or
    /// the object's it belongs to, e.g. `wiki.oauth` for `wiki.oauth.client_id`).
    pub fn problem_at(self, path: &str) -> Option<String> {
        let (field, problem) = self.checked.with(|c| c.clone().err())?;
        let here = path == field || path.starts_with(&format!("{field}."));
        let seen = self.show_all.get() || self.touched.with(|t| t.iter().any(|p| p == path));
        (here && seen).then_some(problem)
    }
}

/// The form's event, or its first problem: the event file's reader's, then a slug another
/// meeting on the site already has (`source.opened` is the slug of the event opened or
/// downloaded: changing that one is no clash).
fn checked(
    form: RwSignal<EventForm>,
    hosted: Memo<Vec<String>>,
) -> Result<Event, (String, String)> {
    let (slug, opened) = form.with(|f| {
        (
            f.get("slug").trim().to_string(),
            f.get("source.opened") == f.get("slug").trim(),
        )
    });
    if !opened && hosted.with(|h| h.contains(&slug)) {
        return Err(("slug".into(), tr("org-slug-taken", &[&slug])));
    }
    form.with(EventForm::to_event)
}

pub fn use_organiser() -> Organiser {
    expect_context::<Organiser>()
}

impl Organiser {
    /// The page's state, from the form kept on the device, provided to every step; the site's
    /// index is read, and the form kept again on every change (a reload loses nothing).
    pub fn provide() -> Organiser {
        let form = RwSignal::new(crate::storage::event_form().unwrap_or_default());
        let hosted_index = RwSignal::new(None::<String>);
        let hosted = Memo::new(move |_| {
            hosted_index.with(|t| {
                t.as_deref()
                    .and_then(|t| parse_index(t).ok())
                    .unwrap_or_default()
            })
        });
        let o = Organiser {
            form,
            checked: Memo::new(move |_| checked(form, hosted)),
            touched: RwSignal::new(Vec::new()),
            show_all: RwSignal::new(false),
            source: RwSignal::new(None),
            added: RwSignal::new(Vec::new()),
            kept: RwSignal::new(true),
            hosted_index,
            hosted,
            hosted_files: RwSignal::new(Vec::new()),
        };
        // Kept on every change: a reload or a closed tab loses nothing.
        Effect::new(move |_| {
            let ok = form.with(crate::storage::save_event_form);
            o.kept.set(ok);
        });
        provide_context(o);
        o.read_hosted();
        o
    }
}
