//! Step 1: the meeting's wiki page. One read finds the wiki (`wiki::site::find`) and the page's
//! headings; the organiser ticks the headings that hold sign-up lists and picks the policy
//! section, whose rules are shown as wikimeet reads them. Empty fields are suggested from the
//! page (title, description, slug); nothing typed is overwritten.
use super::field::TextField;
use super::state::{use_organiser, CountedFrom, Organiser, PageSource};
use crate::i18n::{t, tr};
use crate::model::event_form::SessionForm;
use crate::model::event_write::policy_json;
use crate::model::heading_date::suggest;
use crate::model::page_suggest::{
    free_slug, language_and_platform, slug_from, title_and_description,
};
use crate::model::policy::{parse, strip_tags};
use crate::model::signup::section_text;
use crate::net::BrowserFetch;
use crate::wiki::client::Client;
use crate::wiki::error::WikiError;
use crate::wiki::request::Auth;
use leptos::prelude::*;
use leptos::task::spawn_local;

async fn read_source(address: &str, title: &str) -> Result<PageSource, String> {
    let at = crate::model::wiki_address::read(address, title)?;
    let title = at.title.clone().ok_or_else(|| t("org-wiki-no-title"))?;
    let said = |e: WikiError| match e {
        WikiError::NotAllowed(origin) => tr("org-wiki-not-allowed", &[&origin]),
        WikiError::Network | WikiError::BadAnswer(_) | WikiError::Http { .. } => {
            tr("org-wiki-not-a-wiki", &[address])
        }
        e => e.message(),
    };
    let facts = crate::wiki::site::find(&at, &title, BrowserFetch)
        .await
        .map_err(said)?;
    let client = Client::new(&facts.api, Auth::Anonymous, "organiser page", BrowserFetch);
    let page = crate::wiki::signup::read_page(&client, &facts.title)
        .await
        .map_err(said)?;
    if page.sections.is_empty() {
        return Err(tr("org-wiki-no-headings", &[&facts.title]));
    }
    Ok(PageSource { facts, page })
}

/// The wiki's answer into the form: where it is, and suggestions for fields still empty.
fn take(o: Organiser, source: &PageSource) {
    let (title, description) = title_and_description(&source.page.wikitext, &source.facts.title);
    o.form.update(|f| {
        f.set("wiki.api", &source.facts.api);
        f.set("wiki.article_path", &source.facts.article_path);
        f.set("wiki.page", &source.facts.title);
        let mut fill = |path: &str, value: &str| {
            if f.get(path).trim().is_empty() {
                f.set(path, value);
            }
        };
        fill("title", &title);
        fill("description", &description);
        let (language, platform) = language_and_platform(&source.page.wikitext);
        fill("language", &language.unwrap_or_default());
        fill("platform", &platform.unwrap_or_default());
        // A new meeting's short name, free on the site: with the first session's year and
        // month when the plain one is taken (a meeting opened for editing keeps its own).
        let first = headings(source)
            .iter()
            .filter_map(|(_, h)| suggest(h, source.counted_from(h, &[]).day()))
            .map(|s| s.date)
            .min();
        let taken = o.hosted.get_untracked();
        fill("slug", &free_slug(&slug_from(&title), &taken, first));
        fill("wiki.signin", "none");
    });
}

/// The headings of the page, as shown and as sign-up lists name them.
fn headings(source: &PageSource) -> Vec<(u8, String)> {
    let sections = &source.page.sections;
    sections
        .iter()
        .map(|s| (s.level, strip_tags(&s.line)))
        .collect()
}

/// Ticks or unticks `heading` as a sign-up list; a new session gets the date its heading says.
fn toggle_signup(o: Organiser, source: &PageSource, heading: &str, on: bool) {
    let order = headings(source);
    o.form.update(|f| {
        f.sessions.retain(|s| s.heading != heading);
        if on {
            let from = o.added.with_untracked(|a| source.counted_from(heading, a));
            if matches!(from, CountedFrom::LastChange(_)) {
                find_when_added(o, source, heading);
            }
            let s = suggest(heading, from.day());
            f.sessions.push(SessionForm {
                heading: heading.to_string(),
                date: s.as_ref().map(|s| s.date.to_string()).unwrap_or_default(),
                time: s
                    .and_then(|s| s.time)
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
                ..SessionForm::default()
            });
        }
        let at = |h: &str| order.iter().position(|(_, x)| x == h).unwrap_or(usize::MAX);
        crate::model::order::sort_by(&mut f.sessions, |a, b| at(&a.heading).cmp(&at(&b.heading)));
    });
}

/// Nobody has signed under `heading` yet: finds the revision that added it, and reads the
/// heading around that day instead of the page's last change (unless the date was typed since).
fn find_when_added(o: Organiser, source: &PageSource, heading: &str) {
    let (api, title, latest) = (
        source.facts.api.clone(),
        source.facts.title.clone(),
        source.facts.latest,
    );
    let heading = heading.to_string();
    spawn_local(async move {
        let client = Client::new(&api, Auth::Anonymous, "organiser page", BrowserFetch);
        let Ok(Some(day)) = crate::wiki::history::heading_added(&client, &title, &heading).await
        else {
            return; // the last change stands, and the note says so
        };
        let _ = o.added.try_update(|a| a.push((heading.clone(), day)));
        let before = suggest(&heading, latest).map(|s| s.date.to_string());
        let Some(now) = suggest(&heading, day) else {
            return;
        };
        let _ = o.form.try_update(|f| {
            for s in f
                .sessions
                .iter_mut()
                .filter(|s| s.heading == heading && Some(&s.date) == before.as_ref())
            {
                s.date = now.date.to_string();
            }
        });
    });
}

/// Picks the policy section: its name in the file, and its rules as the fallback text.
fn choose_policy(o: Organiser, source: &PageSource, heading: &str) {
    let p = &source.page;
    let rules = crate::model::signup::find_section(&p.sections, heading)
        .and_then(|s| section_text(&p.wikitext, &p.sections, s))
        .map(parse)
        .unwrap_or_default();
    o.form.update(|f| {
        f.set("wiki.policy_section", heading);
        f.set(
            "policy",
            &if rules.is_empty() {
                String::new()
            } else {
                policy_json(&rules).pretty()
            },
        );
    });
}

#[component]
pub fn WikiStep() -> impl IntoView {
    let o = use_organiser();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let read = move || {
        let (address, title) = o.form.with_untracked(|f| {
            (
                f.get("source.address").to_string(),
                f.get("source.title").to_string(),
            )
        });
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let result = read_source(&address, &title).await;
            busy.set(false);
            match result {
                Ok(source) => {
                    take(o, &source);
                    o.source.set(Some(source));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    // A form kept from an earlier visit reads its page again: the headings are not kept.
    if !o
        .form
        .with_untracked(|f| f.get("source.address").is_empty())
    {
        read();
    }
    view! {
        <section class="org-step" aria-labelledby="org-wiki">
            <h2 id="org-wiki">{t("org-wiki-heading")}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); read(); }>
                <TextField path="source.address" label=t("org-wiki-address") hint=t("org-wiki-address-hint")/>
                <TextField path="source.title" label=t("org-wiki-title") hint=t("org-wiki-title-hint")/>
                <button type="submit" disabled=move || busy.get()>{t("org-wiki-read")}</button>
            </form>
            {move || busy.get().then(|| view! { <p class="loading" role="status">{t("loading")}</p> })}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            {move || o.problem_at("wiki.api").map(|e| view! { <p class="field-error">{e}</p> })}
            {move || o.source.get().map(|s| view! { <Headings source=s/> })}
        </section>
    }
}

#[component]
fn Headings(source: PageSource) -> impl IntoView {
    let o = use_organiser();
    let source = StoredValue::new(source);
    let rows = source.with_value(headings).into_iter().enumerate().map(|(i, (level, heading))| {
        let h = StoredValue::new(heading.clone());
        let is_list = move || o.form.with(|f| f.sessions.iter().any(|s| h.with_value(|h| &s.heading == h)));
        let is_policy = move || o.form.with(|f| h.with_value(|h| f.get("wiki.policy_section") == h));
        let (list_id, policy_id) = (format!("org-h-list-{i}"), format!("org-h-policy-{i}"));
        view! {
            <li class=format!("org-heading level-{level}")>
                <span class="org-heading-text" dir="auto">{heading.clone()}</span>
                <span class="org-heading-choice">
                    <input type="checkbox" id=list_id.clone() prop:checked=is_list
                        on:change=move |ev| h.with_value(|h| source.with_value(|s| toggle_signup(o, s, h, event_target_checked(&ev))))/>
                    <label for=list_id>{t("org-wiki-is-list")}</label>
                    <input type="radio" name="org-policy" id=policy_id.clone() prop:checked=is_policy
                        on:change=move |_| h.with_value(|h| source.with_value(|s| choose_policy(o, s, h)))/>
                    <label for=policy_id>{t("org-wiki-is-policy")}</label>
                </span>
            </li>
        }
    }).collect_view();
    let policy = move || {
        let text = o.form.with(|f| f.get("policy").to_string());
        let chosen = o.form.with(|f| !f.get("wiki.policy_section").is_empty());
        let groups = crate::model::json::Json::parse(&text).ok();
        let groups = groups
            .as_ref()
            .and_then(|g| g.as_array())
            .map(|g| g.len())
            .unwrap_or(0);
        chosen.then(|| match groups {
            0 => view! { <p class="field-error">{t("org-wiki-policy-unread")}</p> }.into_any(),
            _ => view! { <PolicyRules text/> }.into_any(),
        })
    };
    view! {
        <p>{tr("org-wiki-found", &[&source.with_value(|s| s.facts.sitename.clone()), &source.with_value(|s| s.facts.title.clone())])}</p>
        <p class="hint">{t("org-wiki-pick")}</p>
        <ul class="org-headings">{rows}</ul>
        {policy}
    }
}

/// The policy's rules as the event file will state them.
#[component]
fn PolicyRules(text: String) -> impl IntoView {
    let json = crate::model::json::Json::parse(&text).unwrap_or(crate::model::json::Json::Null);
    let title = |v: &crate::model::json::Json| {
        v.get("title")
            .and_then(|t| t.as_str())
            .unwrap_or("")
            .to_string()
    };
    let groups = json
        .as_array()
        .unwrap_or_default()
        .iter()
        .map(|g| {
            let rules = g
                .get("rules")
                .and_then(|r| r.as_array())
                .unwrap_or_default();
            let rules = rules
                .iter()
                .map(|r| view! { <li>{title(r)}</li> })
                .collect_view();
            view! { <li>{title(g)}<ul>{rules}</ul></li> }
        })
        .collect_view();
    view! {
        <div class="org-policy">
            <p>{t("org-wiki-policy-read")}</p>
            <ul>{groups}</ul>
        </div>
    }
}
