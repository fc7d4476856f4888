//! Report a concern under the safe-space policy, by the policy's three routes. Every keystroke
//! is saved on this device; nothing leaves it except where the person sends it.
use crate::components::{
    event_nav::EventNav, quick_exit::QuickExit, report_send::ReportSend, wiki_account::WikiAccount,
};
use crate::i18n::{t, tr};
use crate::model::event::Event;
use crate::model::policy::all_rules;
use crate::model::report::{Channel, Draft};
use crate::storage;
use crate::wiki_context::policy;
use crate::wiki_context::use_wiki;
use leptos::prelude::*;

/// One text field of the draft, bound both ways.
fn text_field(
    draft: RwSignal<Draft>,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> (Signal<String>, impl Fn(leptos::ev::Event) + Copy) {
    (
        Signal::derive(move || draft.with(|d| get(d).clone())),
        move |ev| draft.update(|d| set(d, event_target_value(&ev))),
    )
}

#[component]
pub fn ReportView(event: Event) -> impl IntoView {
    let slug = event.slug.clone();
    let now = js_sys::Date::now();
    let stored = storage::draft(&slug);
    let expired = stored
        .as_ref()
        .is_some_and(|d| d.is_expired(now, event.draft_days));
    if expired {
        storage::delete_draft(&slug);
    }
    let restored = stored.as_ref().is_some_and(|d| !expired && !d.is_empty());
    let draft = RwSignal::new(stored.filter(|_| !expired).unwrap_or_default());
    // After a quick exit in this tab, a Back press (or a copy of the page kept by the browser's
    // back-forward cache) shows the form without the draft until the person asks for it.
    let hidden = RwSignal::new(restored && storage::exited());
    let shown_again = window_event_listener(leptos::ev::pageshow, move |e| {
        if e.persisted() && storage::exited() {
            hidden.set(true);
        }
    });
    on_cleanup(move || shown_again.remove());
    let save_failed = RwSignal::new(false);
    let key = StoredValue::new(slug.clone());
    // Save on every change, at once: a reload or a crash loses nothing.
    Effect::new(move |first: Option<()>| {
        let mut d = draft.get();
        if first.is_none() || d.is_empty() {
            return;
        }
        d.saved_at = js_sys::Date::now();
        save_failed.set(!storage::save_draft(&key.get_value(), &d));
    });
    let show_errors = RwSignal::new(false);
    let error_for = move |field: &'static str| {
        move || {
            show_errors
                .get()
                .then(|| {
                    draft.with(|d| {
                        d.problems()
                            .into_iter()
                            .find(|(f, _)| *f == field)
                            .map(|(_, k)| t(k))
                    })
                })
                .flatten()
        }
    };
    let wiki = use_wiki();
    // The rules come from the wiki's read when it arrives, so this list follows it.
    let rules = {
        let event = event.clone();
        move || {
            let (groups, _) = policy(&event, wiki);
            all_rules(&groups)
                .map(|r| (r.id(), r.title.clone()))
                .collect::<Vec<_>>()
        }
    };
    let (what, set_what) = text_field(draft, |d| &d.what, |d, v| d.what = v);
    let (when, set_when) = text_field(draft, |d| &d.when, |d, v| d.when = v);
    let (who, set_who) = text_field(draft, |d| &d.who, |d, v| d.who = v);
    let (outcome, set_outcome) = text_field(draft, |d| &d.outcome, |d, v| d.outcome = v);
    let channel_option = move |c: Channel, label: String, note: String| {
        view! {
            <label class="choice">
                <input type="radio" name="channel" prop:checked=move || draft.with(|d| d.channel == c)
                    on:change=move |_| draft.update(|d| d.channel = c)/>
                <span><strong>{label}</strong><br/><span class="hint">{note}</span></span>
            </label>
        }
    };
    let keep_days = event.draft_days.to_string();
    let sessions = event
        .sessions
        .iter()
        .map(|s| {
            let label = crate::model::time::utc_label(s.start);
            view! { <option value=s.id.clone()>{label}</option> }
        })
        .collect_view();
    let rule_boxes = move || {
        rules().into_iter().map(|(id, title)| {
        let id2 = id.clone();
        view! {
            <label class="choice">
                <input type="checkbox" value=id.clone() prop:checked=move || draft.with(|d| d.rules.contains(&id))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|d| {
                            d.rules.retain(|r| r != &id2);
                            if on { d.rules.push(id2.clone()); }
                        })
                    }/>
                {title}
            </label>
        }
    }).collect_view()
    };
    view! {
        <EventNav slug=slug.clone()/>
        <article class="report">
            <h1 class="page-title">{t("report-heading")}</h1>
            <QuickExit url=event.quick_exit_url.clone() hide=hidden/>
            <p class="report-privacy">{tr("report-stays-here", &[&keep_days])}</p>
            <Show when=move || hidden.get()>
                <div class="draft-hidden">
                    <p role="status">{t("report-draft-hidden")}</p>
                    <button type="button" on:click=move |_| {
                        storage::set_exited(false);
                        hidden.set(false);
                    }>{t("report-show-draft")}</button>
                </div>
            </Show>
            <div class="report-body" hidden=move || hidden.get()>
            {restored.then(|| view! { <p class="draft-restored" role="status">{t("report-restored")}</p> })}
            {expired.then(|| view! { <p class="draft-expired" role="status">{tr("report-expired", &[&keep_days])}</p> })}
            <Show when=move || save_failed.get()><p class="field-error" role="alert">{t("report-save-failed")}</p></Show>
            <form class="report-form" on:submit=|ev| ev.prevent_default() novalidate>
                <fieldset>
                    <legend>{t("report-channel")}</legend>
                    {channel_option(Channel::Openly, t("report-openly"), t("report-openly-note"))}
                    {channel_option(Channel::Facilitator, t("report-facilitator"), t("report-facilitator-note"))}
                    {channel_option(Channel::Affiliate, t("report-affiliate"), t("report-affiliate-note"))}
                </fieldset>
                <label for="report-session">{t("report-session")}</label>
                <select id="report-session" prop:value=move || draft.with(|d| d.session.clone())
                    on:change=move |ev| draft.update(|d| d.session = event_target_value(&ev))>
                    <option value="">{t("report-session-none")}</option>
                    {sessions}
                </select>
                <fieldset>
                    <legend>{t("report-rules")}</legend>
                    {rule_boxes}
                </fieldset>
                <label for="report-what">{t("report-what")} " " <span class="required">{t("report-required")}</span></label>
                <textarea id="report-what" rows="6" aria-required="true" aria-describedby="report-what-error"
                    aria-invalid=move || error_for("what")().is_some().to_string()
                    prop:value=what on:input=set_what></textarea>
                <p id="report-what-error" class="field-error">{error_for("what")}</p>
                <label for="report-when">{t("report-when")}</label>
                <input id="report-when" prop:value=when on:input=set_when/>
                <label for="report-who">{t("report-who")}</label>
                <input id="report-who" prop:value=who on:input=set_who/>
                <fieldset>
                    <legend>{t("report-ongoing")}</legend>
                    <label class="choice"><input type="radio" name="ongoing" prop:checked=move || draft.with(|d| d.ongoing == "yes")
                        on:change=move |_| draft.update(|d| d.ongoing = "yes".into())/>{t("report-yes")}</label>
                    <label class="choice"><input type="radio" name="ongoing" prop:checked=move || draft.with(|d| d.ongoing == "no")
                        on:change=move |_| draft.update(|d| d.ongoing = "no".into())/>{t("report-no")}</label>
                </fieldset>
                <label for="report-outcome">{t("report-outcome")}</label>
                <textarea id="report-outcome" rows="3" prop:value=outcome on:input=set_outcome></textarea>
            </form>
            <Show when=move || draft.with(|d| d.channel == Channel::Facilitator)><WikiAccount/></Show>
            <ReportSend event=event.clone() draft show_errors/>
            </div>
        </article>
    }
}
