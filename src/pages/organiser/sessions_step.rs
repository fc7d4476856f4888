//! Step 2: each session's date and UTC time (suggested from its heading, to confirm), and its
//! length when it differs from the meeting's.
use super::field::{Input, TextField};
use super::state::{use_organiser, CountedFrom};
use crate::i18n::{t, tr};
use crate::model::event_form::SessionForm;
use crate::model::heading_date::suggest;
use leptos::prelude::*;

#[component]
pub fn SessionsStep() -> impl IntoView {
    let o = use_organiser();
    // Memos: the rows (and the one-list field) are rebuilt when their number (the flag)
    // changes, not at every key typed in them, so focus stays where the organiser types.
    let count = Memo::new(move |_| o.form.with(|f| f.sessions.len()));
    let agenda = Memo::new(move |_| o.form.with(|f| f.get("agenda") == "true"));
    let add = move |_| o.form.update(|f| f.sessions.push(SessionForm::default()));
    let alternatives = move || {
        o.form
            .with(|f| f.get("sessions_are_alternatives") == "true")
    };
    view! {
        <section class="org-step" aria-labelledby="org-sessions">
            <h2 id="org-sessions">{t("org-sessions-heading")}</h2>
            <p class="hint">{t("org-sessions-hint")}</p>
            {move || o.problem_at("sessions").map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            // Participants see sessions in time order whatever the file's order: say so here.
            {move || {
                let starts: Vec<_> = o.form.with(|f| f.sessions.iter().filter_map(SessionForm::start).collect());
                starts.windows(2).any(|w| w[1] < w[0]).then(|| view! { <p class="hint" role="note">{t("org-sessions-order")}</p> })
            }}
            <TextField path="source.zone2" label=t("org-sessions-zone2") hint=t("org-sessions-zone2-hint") placeholder="America/Los_Angeles"/>
            {move || {
                let zone = o.form.with(|f| f.get("source.zone2").trim().to_string());
                (!zone.is_empty() && !crate::intl_time::zone_is_known(&zone))
                    .then(|| view! { <p class="field-error" role="alert">{tr("org-sessions-zone2-unknown", &[&zone])}</p> })
            }}
            <ol class="org-sessions">
                {move || (0..count.get()).map(|i| view! { <SessionRow i/> }).collect_view()}
            </ol>
            <p class="org-actions"><button type="button" on:click=add>{t("org-sessions-add")}</button></p>
            <div class="field">
                <input type="checkbox" id="f-agenda" prop:checked=move || o.form.with(|f| f.get("agenda") == "true")
                    on:change=move |ev| o.set("agenda", if event_target_checked(&ev) { "true" } else { "false" })/>
                <label for="f-agenda">{t("org-sessions-agenda")}</label>
            </div>
            {move || agenda.get().then(|| view! {
                <TextField path="wiki.signup_heading" label=t("org-sessions-one-list") hint=t("org-sessions-one-list-hint")/>
            })}
            <div class="field">
                <input type="checkbox" id="f-sessions_are_alternatives" prop:checked=alternatives
                    on:change=move |ev| o.set("sessions_are_alternatives", if event_target_checked(&ev) { "true" } else { "false" })/>
                <label for="f-sessions_are_alternatives">{t("org-sessions-alternatives")}</label>
            </div>
        </section>
    }
}

#[component]
fn SessionRow(i: usize) -> impl IntoView {
    let o = use_organiser();
    let read = move |pick: fn(&SessionForm) -> &String| {
        Signal::derive(move || {
            o.form
                .with(|f| f.sessions.get(i).map(pick).cloned().unwrap_or_default())
        })
    };
    let write = move |put: fn(&mut SessionForm, String)| {
        Callback::new(move |v: String| {
            o.form.update(|f| {
                if let Some(s) = f.sessions.get_mut(i) {
                    put(s, v);
                }
            })
        })
    };
    let heading = read(|s| &s.heading);
    // A memo: the slot's agenda fields are rebuilt when the flag changes, not at every key.
    let agenda = Memo::new(move |_| o.form.with(|f| f.get("agenda") == "true"));
    let remove = move |_| {
        o.form.update(|f| {
            if i < f.sessions.len() {
                f.sessions.remove(i);
            }
        })
    };
    // What the heading says, and how sure that is.
    let note = move || {
        let h = heading.get();
        let from = o
            .source
            .with(|s| s.as_ref().map(|s| o.added.with(|a| s.counted_from(&h, a))))?;
        let near = from.day();
        if h.trim().is_empty() {
            return None;
        }
        let s = suggest(&h, near);
        let day = s
            .as_ref()
            .map(|s| s.date.format("%A %-d %B %Y").to_string());
        let said = match (&s, day) {
            (None, _) | (_, None) => t("org-sessions-no-date"),
            (Some(s), Some(day)) if s.year_guessed => {
                let key = match from {
                    CountedFrom::FirstSignature(_) => "org-sessions-from-signatures",
                    CountedFrom::HeadingAdded(_) => "org-sessions-from-added",
                    CountedFrom::LastChange(_) => "org-sessions-from-last-change",
                };
                tr(
                    "org-sessions-year-guessed",
                    &[&day, &tr(key, &[&near.to_string()])],
                )
            }
            (Some(_), Some(day)) => tr("org-sessions-suggested", &[&day]),
        };
        // A new meeting whose date has passed is most likely a year read wrong.
        let past = s.is_some_and(|s| s.date < chrono::Utc::now().date_naive())
            && o.form.with(|f| f.get("source.opened").is_empty());
        Some(match past {
            true => format!("{said} {}", t("org-sessions-past")),
            false => said,
        })
    };
    // The start as the organiser and a second zone read it, once the date and time are right.
    let local = move || {
        let start = o.form.with(|f| f.sessions.get(i)?.start())?;
        let zone2 = o.form.with(|f| f.get("source.zone2").trim().to_string());
        let locale = crate::intl_time::locale();
        let at = |zone: &str| {
            let z = crate::intl_time::zoned(start, zone, &locale)?;
            Some(format!("{}: {}, {}", zone, z.date, z.time))
        };
        let mut lines = vec![at(&crate::intl_time::device_zone())?];
        lines.extend(at(&zone2));
        Some(lines.join(" · "))
    };
    let legend = move || match heading.get() {
        h if h.trim().is_empty() => tr("org-sessions-number", &[&(i + 1).to_string()]),
        h => h,
    };
    view! {
        <li>
            <fieldset class="org-session">
                <legend dir="auto">{legend}</legend>
                {move || note().map(|n| view! { <p class="hint">{n}</p> })}
                {move || local().map(|l| view! { <p class="org-local-time">{l}</p> })}
                <Input path=format!("sessions[{i}].heading") label=t("org-sessions-list-heading")
                    hint=Some(t("org-sessions-list-heading-hint")) value=heading set=write(|s, v| s.heading = v)/>
                <Input path=format!("sessions[{i}].date") label=t("org-sessions-date") placeholder=Some("2024-02-14")
                    hint=None value=read(|s| &s.date) set=write(|s, v| s.date = v)/>
                <Input path=format!("sessions[{i}].time") label=t("org-sessions-time") placeholder=Some("15:00")
                    hint=None value=read(|s| &s.time) set=write(|s, v| s.time = v)/>
                <Input path=format!("sessions[{i}].duration_minutes") label=t("org-sessions-duration")
                    hint=Some(t("org-sessions-duration-hint")) placeholder=None value=read(|s| &s.duration) set=write(|s, v| s.duration = v)/>
                {move || agenda.get().then(|| view! {
                    <Input path=format!("sessions[{i}].title") label=t("org-sessions-title") hint=None placeholder=None
                        value=read(|s| &s.title) set=write(|s, v| s.title = v)/>
                    <Input path=format!("sessions[{i}].speakers") label=t("org-sessions-speakers") hint=Some(t("org-sessions-speakers-hint"))
                        placeholder=None value=read(|s| &s.speakers) set=write(|s, v| s.speakers = v)/>
                    <Input path=format!("sessions[{i}].description") label=t("org-sessions-text") hint=None placeholder=None long=true
                        value=read(|s| &s.description) set=write(|s, v| s.description = v)/>
                })}
                <button type="button" on:click=remove>{tr("org-sessions-remove", &[&(i + 1).to_string()])}</button>
            </fieldset>
        </li>
    }
}
