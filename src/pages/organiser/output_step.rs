//! Step 4: the files to upload (the event file and the index merged with the one the site
//! serves), the participants' link and the widget snippet, the preview, and the check of the
//! hosted site. Downloads are offered only for a form the event-file reader accepts.
use super::address::{own_folder, participants_link};
use super::field::field_id;
use super::preview::Preview;
use super::site_check::SiteCheck;
use super::state::use_organiser;
use crate::components::embed_snippet::snippet;
use crate::i18n::{t, tr};
use crate::model::event_json::{event_file, INDEX_FILE};
use crate::model::event_write::index_with;
use crate::model::feed::{feed_file, ALL_FEED};
use crate::model::feed_write::write_event;
use crate::model::url::encode_component;
use leptos::prelude::*;

/// A link that downloads `text` (a data: address: nothing is uploaded anywhere); JSON, or a
/// calendar for a name ending in `.ics`.
fn download_href(text: &str) -> String {
    let kind = match text.starts_with("BEGIN:VCALENDAR") {
        true => "text/calendar",
        false => "application/json",
    };
    format!("data:{kind};charset=utf-8,{}", encode_component(text))
}

#[component]
pub fn OutputStep() -> impl IntoView {
    let o = use_organiser();
    let hosted_index = o.hosted_index;
    let problem = move || {
        o.checked.with(|c| c.clone().err()).map(|(field, problem)| {
            let href = format!("#{}", field_id(&field));
            view! {
                <p class="field-error" role="status">
                    {t("org-output-not-yet")} " " {problem} " "
                    <a href=href on:click=move |_| o.show_all.set(true)>{t("org-output-go-to-field")}</a>
                </p>
            }
        })
    };
    let files = move || {
        let event = o.checked.get().ok()?;
        let hosted = o.hosted_files.get();
        let written = write_event(&event, &hosted, chrono::Utc::now());
        let index_text = hosted_index.with(|h| index_with(h.as_deref(), &event.slug));
        let file_name = format!("{}.json", event.slug);
        let link = participants_link(&event.slug);
        let code = snippet(&own_folder(), &event.slug, &event.title);
        let merged = hosted_index.with(Option::is_some);
        // The form is now this event's: changing it again is no clash with the site's copy;
        // and its calendar record is the one written, so the next version counts from it.
        let (slug, record) = (event.slug.clone(), written.record.clone());
        let downloaded = move |_| {
            o.set("source.opened", &slug);
            o.set("calendar_feed", &record);
        };
        let left_out = (!written.left_out.is_empty())
            .then(|| tr("org-output-all-left-out", &[&written.left_out.join(", ")]));
        Some(view! {
            <ul class="org-downloads">
                <li><a href=download_href(&written.event_file) download=file_name.clone() on:click=downloaded.clone()>{tr("org-output-download-event", &[&event_file(&event.slug)])}</a></li>
                <li><a href=download_href(&index_text) download="index.json">{tr("org-output-download-index", &[INDEX_FILE])}</a>
                    " " {if merged { t("org-output-index-merged") } else { t("org-output-index-new") }}</li>
                <li><a href=download_href(&written.feed) download=format!("{}.ics", event.slug) on:click=downloaded.clone()>{tr("org-output-download-event", &[&feed_file(&event.slug)])}</a>
                    " " {t("org-output-feed")}</li>
                <li><a href=download_href(&written.all) download="all.ics" on:click=downloaded>{tr("org-output-download-event", &[ALL_FEED])}</a>
                    " " {t("org-output-all")} " " {left_out}</li>
            </ul>
            <p class="hint">{tr("org-output-upload-hint", &[&event.slug])}</p>
            <div class="field">
                <label for="org-link">{t("org-output-link")}</label>
                <input id="org-link" type="text" readonly prop:value=link/>
            </div>
            <div class="field">
                <label for="org-embed">{t("org-output-embed")}</label>
                <textarea id="org-embed" readonly rows="8">{code}</textarea>
            </div>
        })
    };
    view! {
        <section class="org-step" aria-labelledby="org-output">
            <h2 id="org-output">{t("org-output-heading")}</h2>
            {problem}
            {files}
            <Preview/>
            <SiteCheck/>
        </section>
    }
}
