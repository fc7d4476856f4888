//! "Check my site": reads the hosted index and event file as participants' browsers will
//! (fresh, past any cache) and says whether they are the ones this form makes: a file not
//! uploaded, uploaded under another name (`index (1).json`), or an old copy still served; and
//! whether the calendar feeds were written from the event files the site serves.
use super::address::own_folder;
use super::state::use_organiser;
use crate::i18n::{t, tr};
use crate::model::event::Event;
use crate::model::event_json::{event_file, parse_index, INDEX_FILE};
use crate::model::feed::{feed_file, fingerprint, written_from, ALL_FEED};
use crate::net::{file_problem, get_fresh_text};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the site serves, compared with the form's event: one sentence per file.
async fn check(site: &str, event: &Event) -> Vec<(bool, String)> {
    let site = if site.ends_with('/') {
        site.to_string()
    } else {
        format!("{site}/")
    };
    let index = format!("{site}{INDEX_FILE}");
    let file = format!("{site}{}", event_file(&event.slug));
    let index_text = get_fresh_text(&index).await;
    let index_said = match &index_text {
        Err(e) => (false, file_problem(&index, e)),
        Ok(text) => match parse_index(text) {
            Ok(slugs) if slugs.contains(&event.slug) => {
                (true, tr("org-check-index-lists", &[&index, &event.slug]))
            }
            Ok(_) => (false, tr("org-check-index-lacks", &[&index, &event.slug])),
            Err(_) => (false, tr("org-check-index-broken", &[&index])),
        },
    };
    let file_text = get_fresh_text(&file).await;
    let file_said = match &file_text {
        Err(e) => (false, file_problem(&file, e)),
        Ok(text) => match Event::from_json(&file, text) {
            Ok(served) if served == *event => (true, tr("org-check-file-matches", &[&file])),
            Ok(_) => (false, tr("org-check-file-differs", &[&file])),
            Err(e) => (false, e.to_string()),
        },
    };
    let mut said = vec![index_said, file_said];
    // Each feed against the event files served now: this meeting's, then every listed one's.
    let served = file_text.ok().map(|text| (event.slug.clone(), text));
    if let Some(own) = &served {
        said.push(feed_said(&site, &feed_file(&event.slug), std::slice::from_ref(own)).await);
    }
    if let Some(slugs) = index_text.ok().and_then(|t| parse_index(&t).ok()) {
        let mut files = Vec::new();
        for slug in slugs {
            // This meeting's file was read above: not asked for again.
            let known = served
                .as_ref()
                .filter(|(s, _)| *s == slug)
                .map(|(_, t)| t.clone());
            let text = match known {
                Some(text) => Some(text),
                None => get_fresh_text(&format!("{site}{}", event_file(&slug)))
                    .await
                    .ok(),
            };
            files.extend(text.map(|text| (slug, text)));
        }
        said.push(feed_said(&site, ALL_FEED, &files).await);
    }
    said
}

/// Whether the feed `feed` (a path in the site) was written from each of `files` as served.
async fn feed_said(site: &str, feed: &str, files: &[(String, String)]) -> (bool, String) {
    let address = format!("{site}{feed}");
    let Ok(text) = get_fresh_text(&address).await else {
        return (false, tr("org-check-feed-missing", &[&address]));
    };
    let stale = files
        .iter()
        .find(|(slug, served)| written_from(&text, slug) != Some(fingerprint(served)));
    match stale {
        None => (true, tr("org-check-feed-matches", &[&address])),
        Some((slug, _)) => {
            let file = format!("{site}{}", event_file(slug));
            (false, tr("org-check-feed-stale", &[&address, &file]))
        }
    }
}

#[component]
pub fn SiteCheck() -> impl IntoView {
    let o = use_organiser();
    let site = RwSignal::new(own_folder());
    let said = RwSignal::new(Vec::<(bool, String)>::new());
    let busy = RwSignal::new(false);
    let run = move || {
        let Ok(event) = o.checked.get_untracked() else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            said.set(check(&site.get_untracked(), &event).await);
            busy.set(false);
        });
    };
    view! {
        <form class="org-check" on:submit=move |ev| { ev.prevent_default(); run(); }>
            <h3>{t("org-check-heading")}</h3>
            <div class="field">
                <label for="org-site">{t("org-check-site")}</label>
                <p class="hint" id="org-site-hint">{t("org-check-site-hint")}</p>
                <input id="org-site" type="text" aria-describedby="org-site-hint" prop:value=move || site.get()
                    on:input=move |ev| site.set(event_target_value(&ev))/>
            </div>
            <button type="submit" disabled=move || busy.get() || o.checked.with(Result::is_err)>{t("org-check-run")}</button>
            <div role="status">
                <ul class="org-check-result">
                    {move || said.get().into_iter().map(|(ok, text)| view! {
                        <li class=if ok { "org-ok" } else { "field-error" }>{if ok { "✓ " } else { "✗ " }}{text}</li>
                    }).collect_view()}
                </ul>
            </div>
        </form>
    }
}
