//! Sending: one wiki mail per person in turn, inside a lock no other tab can hold at the same
//! time, each send recorded on the device before it goes and after its answer
//! (`model::mailing::SendRecord`), with progress, pause and resume. A run stops cleanly when the
//! wiki refuses the sender (its daily limit, signed out …) and continues later with exactly
//! those not yet sent; a send whose answer was lost is listed for the organiser to decide.
use super::mail_message::message_problem;
use super::state::use_organiser;
use crate::i18n::{t, tr};
use crate::model::mailing::{Reach, Recipient, SendRecord, Status};
use crate::storage::{save_send_record, send_record};
use crate::wiki::error::WikiError;
use crate::wiki::mailing::{send_one, Outcome};
use crate::wiki_context::use_wiki;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Why a run stopped, in plain words.
fn stopped_because(e: &WikiError, left: &str) -> String {
    match e.code() {
        "ratelimited" => tr("org-mail-limit", &[left]),
        "mailnologin" => t("org-mail-sender-unconfirmed"),
        "blockedemailuser" | "blocked" => t("org-mail-sender-blocked"),
        _ => tr("org-mail-stopped", &[&e.message(), left]),
    }
}

fn status_label(s: Option<&Status>) -> String {
    match s {
        None => t("org-mail-status-waiting"),
        Some(Status::Sending) => t("org-mail-status-sending"),
        Some(Status::Sent) => t("org-mail-status-sent"),
        Some(Status::Unknown) => t("org-mail-status-unknown"),
        Some(Status::Refused(why)) => tr("org-mail-status-refused", &[why]),
    }
}

#[component]
pub fn MailSend(people: Vec<Recipient>, key: String) -> impl IntoView {
    let o = use_organiser();
    let ctx = use_wiki().expect("the mailing's wiki");
    let people = StoredValue::new(
        people
            .into_iter()
            .filter(|r| r.reach == Reach::Mailable)
            .collect::<Vec<_>>(),
    );
    let key = StoredValue::new(key);
    let record = RwSignal::new(key.with_value(|k| send_record(k)));
    let running = RwSignal::new(false);
    let paused = RwSignal::new(false);
    let stopped = RwSignal::new(None::<String>);
    let keep = move |r: &SendRecord| key.with_value(|k| save_send_record(k, r));
    let run = move || {
        if running.get_untracked() {
            return; // a double click: this tab is already sending
        }
        let (subject, text, want_copy) = o.form.with_untracked(|f| {
            (
                f.get("mail.subject").to_string(),
                f.get("mail.text").to_string(),
                f.get("mail.copy") == "true",
            )
        });
        if let Some(p) = message_problem(&subject, &text) {
            stopped.set(Some(p));
            return;
        }
        running.set(true);
        paused.set(false);
        stopped.set(None);
        let writer = ctx.writer.get_value();
        // Plain values, not the component's: the run may outlive it (a changed scope rebuilds
        // this section), and then stops after its current send, as if paused.
        let (key, people) = (key.get_value(), people.get_value());
        let lock = format!("wikimeet-mailing-{key}");
        let last_read = key.clone();
        spawn_local(async move {
            let work = async move {
                let keep = |r: &SendRecord| save_send_record(&key, r);
                // Read from the device each time: another tab may have sent before this one.
                let mut r = send_record(&key);
                r.settle_lost();
                keep(&r);
                record.set(r);
                while paused.try_get_untracked() == Some(false) {
                    let mut r = send_record(&key);
                    let Some(user) = r.remaining(&people).first().map(|u| u.to_string()) else {
                        break;
                    };
                    let copy = want_copy && !r.copy_sent;
                    r.begin(&user);
                    if !keep(&r) {
                        stopped.set(Some(t("org-mail-not-kept")));
                        break;
                    }
                    record.set(r);
                    let outcome = send_one(&writer, &user, &subject, &text, copy).await;
                    let mut r = send_record(&key);
                    let left = |r: &SendRecord| r.remaining(&people).len().to_string();
                    match outcome {
                        Outcome::Person(status) => {
                            r.copy_sent |= copy && status == Status::Sent;
                            // A lost answer: the connection or the wiki is failing. Stop rather
                            // than turn everyone after into another "unknown".
                            let lost = status == Status::Unknown;
                            r.end(&user, Some(status));
                            if lost {
                                stopped.set(Some(tr("org-mail-lost", &[&user, &left(&r)])));
                                keep(&r);
                                record.set(r);
                                break;
                            }
                        }
                        Outcome::Stop(e) => {
                            r.end(&user, None);
                            stopped.set(Some(stopped_because(&e, &left(&r))));
                            keep(&r);
                            record.set(r);
                            break;
                        }
                    }
                    keep(&r);
                    record.set(r);
                }
            };
            if !crate::web_lock::run_alone(&lock, work).await {
                stopped.set(Some(t("org-mail-other-tab")));
            }
            record.set(send_record(&last_read));
            running.set(false);
        });
    };
    let total = people.with_value(Vec::len);
    let sent = move || record.with(|r| r.people.iter().filter(|(_, s)| *s == Status::Sent).count());
    let left = move || record.with(|r| people.with_value(|p| r.remaining(p).len()));
    let rows = move || {
        people.with_value(|p| p.iter().filter_map(|person| {
            let user = person.user.clone()?;
            let status = record.with(|r| r.status(&user).cloned());
            let again = matches!(status, Some(Status::Unknown | Status::Refused(_))).then(|| {
                let u = user.clone();
                let forget = move |_| {
                    let mut r = key.with_value(|k| send_record(k));
                    r.forget(&u);
                    keep(&r);
                    record.set(r);
                };
                view! { " " <button type="button" on:click=forget>{tr("org-mail-again", &[&user])}</button> }
            });
            Some(view! { <li data-user=user.clone()><span dir="auto">{person.name.clone()}</span>": " {status_label(status.as_ref())}{again}</li> })
        }).collect_view())
    };
    view! {
        <h3>{t("org-mail-send-heading")}</h3>
        <p class="org-actions">
            <button type="button" class="primary" disabled=move || running.get() || left() == 0 on:click=move |_| run()>
                {move || tr("org-mail-send", &[&left().to_string()])}
            </button>
            {move || running.get().then(|| view! { <button type="button" on:click=move |_| paused.set(true)>{t("org-mail-pause")}</button> })}
        </p>
        <p role="status" class="org-mail-progress">{move || tr("org-mail-progress", &[&sent().to_string(), &total.to_string()])}</p>
        <progress max=total value=sent aria-label=t("org-mail-send-heading")></progress>
        {move || stopped.get().map(|s| view! { <p class="field-error" role="alert">{s}</p> })}
        <ul class="org-mail-results">{rows}</ul>
    }
}
