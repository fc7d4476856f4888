//! Sending: one wiki mail per person in turn, inside a lock no other tab can hold at the same
//! time, each send recorded on the device before it goes and after its answer
//! (`model::mailing::SendRecord`), with progress, pause and resume. A run stops cleanly when the
//! wiki refuses the sender (its daily limit, signed out …) and continues later with exactly
//! those not yet sent; a send whose answer was lost is listed for the organiser to decide.
use super::mail_message::message_problem;
use super::mail_retry::{at_local, schedule_retry, stopped_because};
use super::state::use_organiser;
use crate::i18n::{t, tr};
use crate::model::mailing::{Block, Reach, Recipient, SendRecord, Status};
use crate::storage::{save_send_record, send_record};
use crate::wiki::mailing::{send_one, Outcome};
use crate::wiki_context::use_wiki;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn status_label(s: Option<&Status>) -> String {
    match s {
        None => t("org-mail-status-waiting"),
        Some(Status::Sending) => t("org-mail-status-sending"),
        Some(Status::Sent) => t("org-mail-status-sent"),
        Some(Status::Unknown) => t("org-mail-status-unknown"),
        Some(Status::Refused(why)) => tr("org-mail-status-refused", &[why]),
        Some(Status::LeftOut) => t("org-mail-status-left-out"),
    }
}

/// "blocked on <wiki> (sitewide, no end date)": for the organisers who send, and nobody else.
fn block_mark(block: &Block, wiki: &str) -> String {
    let kind = match block.partial {
        true => t("org-mail-block-partial"),
        false => t("org-mail-block-sitewide"),
    };
    let until = match &block.expiry {
        Some(e) => tr(
            "org-mail-block-until",
            &[&format!(
                "{} UTC",
                e.replace('T', " ").trim_end_matches('Z')
            )],
        ),
        None => t("org-mail-block-no-end"),
    };
    tr("org-mail-blocked", &[wiki, &kind, &until])
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
    // After the wiki's limit: the next try (its time, and how many came before), while the
    // page stays open; a timer bumps `wake`, which starts it.
    let retry = RwSignal::new(None::<(chrono::DateTime<chrono::Utc>, usize)>);
    let wake = RwSignal::new(0u32);
    let first_start = o.checked.with_untracked(|c| {
        let e = c.as_ref().ok()?;
        e.sessions.iter().map(|s| s.start).min()
    });
    let keep = move |r: &SendRecord| key.with_value(|k| save_send_record(k, r));
    // Another tab's sends show here at once (the `storage` event), so no tab offers to send
    // to someone another has sent to, and the counts agree.
    let storage_key = key.with_value(|k| format!("wikimeet:mailing:{k}"));
    let other_tab = window_event_listener_untyped("storage", move |e| {
        let changed = js_sys::Reflect::get(&e, &"key".into()).ok();
        if changed.and_then(|k| k.as_string()).as_deref() == Some(storage_key.as_str()) {
            record.set(key.with_value(|k| send_record(k)));
        }
    });
    on_cleanup(move || other_tab.remove());
    // After a reload a send still marked as under way was cut off: unknown at once, unless
    // another tab is sending now (it holds the lock).
    spawn_local(async move {
        let k = key.get_value();
        let settled = k.clone();
        let lock = format!("wikimeet-mailing-{k}");
        let settle = async move {
            let mut r = send_record(&settled);
            if r.people.iter().any(|(_, s)| *s == Status::Sending) {
                r.settle_lost();
                save_send_record(&settled, &r);
            }
        };
        crate::web_lock::run_alone(&lock, settle).await;
        let _ = record.try_set(send_record(&k));
    });
    let run = move || {
        if running.get_untracked() {
            return; // a double click: this tab is already sending
        }
        let attempt = retry.get_untracked().map_or(0, |(_, n)| n);
        retry.set(None);
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
        let limited = std::rc::Rc::new(std::cell::Cell::new(false));
        let limited_seen = limited.clone();
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
                            if e.code() == "ratelimited" {
                                limited.set(true);
                            }
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
            if limited_seen.get() && !paused.get_untracked() {
                schedule_retry(attempt, first_start, retry, wake, stopped);
            }
        });
    };
    // The timer's wake-up starts the next try (not on the first run of this effect).
    Effect::new(move |seen: Option<u32>| {
        let now = wake.get();
        if seen.is_some_and(|seen| seen != now) && retry.get_untracked().is_some() {
            run();
        }
        now
    });
    let pause = move |_| {
        paused.set(true);
        retry.set(None);
    };
    let total = people.with_value(Vec::len);
    // The wiki by its host name, as the block mark names it.
    let wiki = ctx.wiki.with_value(|w| {
        let origin = crate::model::url::origin(&w.api).unwrap_or_default();
        origin
            .split_once("://")
            .map_or(origin.clone(), |(_, host)| host.to_string())
    });
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
            // Blocked on the wiki: marked, and one tick leaves them out (kept in the record, so
            // a resume does not send to them either).
            let can_leave_out = matches!(status, None | Some(Status::LeftOut));
            let blocked = person.blocked.as_ref().map(|b| {
                let (u, left_out) = (user.clone(), status == Some(Status::LeftOut));
                let toggle = move |ev| {
                    let mut r = key.with_value(|k| send_record(k));
                    match event_target_checked(&ev) {
                        true => r.end(&u, Some(Status::LeftOut)),
                        false => r.forget(&u),
                    }
                    keep(&r);
                    record.set(r);
                };
                let tick = can_leave_out.then(|| view! {
                    " " <label><input type="checkbox" prop:checked=left_out on:change=toggle/> " " {t("org-mail-leave-out")}</label>
                });
                view! { " " <span class="org-mail-blocked">{block_mark(b, &wiki)}</span> {tick} }
            });
            Some(view! { <li data-user=user.clone()><span dir="auto">{person.name.clone()}</span>": " {status_label(status.as_ref())}{again}{blocked}</li> })
        }).collect_view())
    };
    view! {
        <h3>{t("org-mail-send-heading")}</h3>
        <p class="org-actions">
            <button type="button" class="primary" disabled=move || running.get() || left() == 0 on:click=move |_| run()>
                {move || tr("org-mail-send", &[&left().to_string()])}
            </button>
            {move || (running.get() || retry.get().is_some()).then(|| view! { <button type="button" on:click=pause>{t("org-mail-pause")}</button> })}
        </p>
        <p role="status" class="org-mail-progress">{move || tr("org-mail-progress", &[&sent().to_string(), &total.to_string()])}</p>
        <progress max=total value=sent aria-label=t("org-mail-send-heading")></progress>
        {move || stopped.get().map(|s| view! { <p class="field-error" role="alert">{s}</p> })}
        {move || retry.get().map(|(at, _)| view! { <p class="hint" role="status">{tr("org-mail-next-try", &[&at_local(at)])}</p> })}
        <ul class="org-mail-results">{rows}</ul>
    }
}
