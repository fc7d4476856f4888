//! Where the form starts: an event the site hosts, an event file from the device, a copy of the
//! current one for the next meeting of a series, or an empty form. Whatever the form held before
//! can be brought back (nothing typed is lost by a wrong click).
use super::state::use_organiser;
use crate::i18n::{t, tr};
use crate::model::event::Event;
use crate::model::event_form::EventForm;
use crate::model::event_json::event_file;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

#[component]
pub fn StartStep() -> impl IntoView {
    let o = use_organiser();
    let hosted = o.hosted;
    let chosen = RwSignal::new(String::new());
    let status = RwSignal::new(None::<(bool, String)>);
    let previous = RwSignal::new(None::<EventForm>);
    // Replaces the form, keeping what it held for "Bring back".
    let replace = move |mut form: EventForm, said: String| {
        let slug = form.get("slug").to_string();
        form.set("source.opened", &slug);
        previous.set(Some(o.form.get_untracked()));
        o.form.set(form);
        o.touched.set(Vec::new());
        o.show_all.set(false);
        status.set(Some((true, said)));
    };
    let open_hosted = move |_| {
        let slug = chosen.get_untracked();
        if slug.is_empty() {
            return;
        }
        spawn_local(async move {
            let file = event_file(&slug);
            match crate::net::get_fresh_text(&file).await {
                Err(e) => status.set(Some((false, crate::net::file_problem(&file, &e)))),
                Ok(text) => match Event::from_json(&file, &text) {
                    Ok(e) => replace(EventForm::from_event(&e), tr("org-start-opened", &[&file])),
                    Err(e) => status.set(Some((false, e.to_string()))),
                },
            }
        });
    };
    let upload = move |ev: web_sys::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
            match Event::from_json(&name, &text) {
                Ok(e) => replace(EventForm::from_event(&e), tr("org-start-opened", &[&name])),
                Err(e) => status.set(Some((false, e.to_string()))),
            }
        });
    };
    let copy = move |_| {
        let mut form = o.form.get_untracked();
        // The next meeting: same people and wiki, its own name and sessions.
        form.set("slug", "");
        form.sessions.clear();
        replace(form, t("org-start-copied"));
    };
    let empty = move |_| replace(EventForm::default(), t("org-start-emptied"));
    let bring_back = move |_| {
        if let Some(form) = previous.get_untracked() {
            previous.set(Some(o.form.get_untracked()));
            o.form.set(form);
            status.set(Some((true, t("org-start-brought-back"))));
        }
    };
    view! {
        <section class="org-step" aria-labelledby="org-start">
            <h2 id="org-start">{t("org-start-heading")}</h2>
            <p class="hint">{t("org-start-hint")}</p>
            {move || (!hosted.get().is_empty()).then(|| view! {
                <div class="field">
                    <label for="org-hosted">{t("org-start-hosted")}</label>
                    <select id="org-hosted" on:focus=move |_| o.read_hosted() on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">{t("org-start-choose")}</option>
                        {hosted.get().into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                    </select>
                    <button type="button" on:click=open_hosted>{t("org-start-open")}</button>
                </div>
            })}
            <div class="field">
                <label for="org-upload">{t("org-start-upload")}</label>
                <input id="org-upload" type="file" accept=".json,application/json" on:change=upload/>
            </div>
            <p class="org-actions">
                <button type="button" on:click=copy>{t("org-start-copy")}</button>
                <button type="button" on:click=empty>{t("org-start-empty")}</button>
                {move || previous.get().is_some().then(|| view! {
                    <button type="button" on:click=bring_back>{t("org-start-bring-back")}</button>
                })}
            </p>
            {move || status.get().map(|(ok, text)| view! {
                <p class=if ok { "notice" } else { "field-error" } role="status">{text}</p>
            })}
        </section>
    }
}
