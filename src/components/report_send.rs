//! Who will see a report, its preview, and the ways to send it. Wiki mail goes through the
//! wiki; email opens the person's own mail program; copy and download stay on the device.
use crate::i18n::{t, tr};
use crate::model::event::{mailto, Event};
use crate::model::policy::all_rules;
use crate::model::report::{file_name, report_text, Channel, Draft, Labels};
use crate::model::url::encode_component;
use crate::storage;
use crate::wiki::signup::send_wiki_mail;
use crate::wiki_context::policy;
use crate::wiki_context::{use_wiki, Account};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// What happened to the last attempt to send.
#[derive(Clone, Debug, PartialEq)]
enum Sent {
    Sending,
    /// Sent through the wiki: the draft is deleted.
    Done,
    /// Handed to another program (mail, clipboard, file): ask before deleting the draft.
    HandedOver,
    Failed(String),
}

fn focus(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
pub fn ReportSend(
    event: Event,
    draft: RwSignal<Draft>,
    show_errors: RwSignal<bool>,
) -> impl IntoView {
    let wiki = use_wiki();
    let sent = RwSignal::new(None::<Sent>);
    let event = StoredValue::new(event);
    let text = move || {
        event.with_value(|e| {
            let (groups, _) = policy(e, wiki);
            draft.with(|d| {
                let titles: Vec<String> = all_rules(&groups)
                    .filter(|r| d.rules.contains(&r.id()))
                    .map(|r| r.title.clone())
                    .collect();
                if d.channel == Channel::Openly {
                    return match titles.is_empty() {
                        true => t("report-open-message-general"),
                        false => tr("report-open-message", &[&titles.join(", ")]),
                    };
                }
                let session = e
                    .sessions
                    .iter()
                    .find(|s| s.id == d.session)
                    .map(|s| crate::model::time::utc_label(s.start))
                    .unwrap_or_default();
                let ongoing = match d.ongoing.as_str() {
                    "yes" => t("report-yes"),
                    "no" => t("report-no"),
                    _ => String::new(),
                };
                let (h, m, s, r, w, wn, wo, o, out) = (
                    t("report-text-heading"),
                    t("report-text-meeting"),
                    t("report-session"),
                    t("report-text-rules"),
                    t("report-text-what"),
                    t("report-text-when"),
                    t("report-text-who"),
                    t("report-text-ongoing"),
                    t("report-text-outcome"),
                );
                let labels = Labels {
                    heading: &h,
                    meeting: &m,
                    session: &s,
                    rules: &r,
                    what: &w,
                    when: &wn,
                    who: &wo,
                    ongoing: &o,
                    outcome: &out,
                };
                report_text(&labels, &e.title, &session, &titles, d, &ongoing)
            })
        })
    };
    let subject = move || event.with_value(|e| tr("report-subject", &[&e.title]));
    // Nothing leaves before "what happened" is there: say so beside the field and go to it.
    let ready = move || {
        let ok = draft.with(|d| d.problems().is_empty());
        show_errors.set(!ok);
        if !ok {
            focus("report-what");
        }
        ok
    };
    let who_sees = move || {
        event.with_value(|e| match draft.with(|d| d.channel) {
            Channel::Openly => t("report-sees-openly"),
            Channel::Facilitator => tr(
                "report-sees-facilitator",
                &[&e.facilitator
                    .as_ref()
                    .map(|f| f.name.clone())
                    .unwrap_or_default()],
            ),
            Channel::Affiliate => tr(
                "report-sees-affiliate",
                &[&e.affiliate
                    .as_ref()
                    .map(|a| a.name.clone())
                    .unwrap_or_default()],
            ),
        })
    };
    let send_wiki = move |_| {
        if !ready() {
            return;
        }
        let (Some(ctx), Some(target)) = (
            wiki,
            event.with_value(|e| e.facilitator.as_ref().and_then(|f| f.wiki_user.clone())),
        ) else {
            return;
        };
        sent.set(Some(Sent::Sending));
        let (subject, body) = (subject(), text());
        spawn_local(async move {
            let writer = ctx.writer.get_value();
            match send_wiki_mail(&writer, &target, &subject, &body).await {
                Ok(()) => {
                    storage::delete_draft(&event.with_value(|e| e.slug.clone()));
                    draft.set(Draft::default());
                    sent.set(Some(Sent::Done));
                }
                Err(e) => sent.set(Some(Sent::Failed(e.message()))),
            }
        });
    };
    let copy = move |_| {
        if !ready() {
            return;
        }
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text());
        }
        sent.set(Some(Sent::HandedOver));
    };
    let discard = move |_| {
        storage::delete_draft(&event.with_value(|e| e.slug.clone()));
        draft.set(Draft::default());
        show_errors.set(false);
        sent.set(None);
    };
    let can_wiki_mail = move || {
        let signed_in = wiki.is_some_and(|c| matches!(c.account.get(), Account::SignedIn(_)));
        signed_in
            && event.with_value(|e| {
                e.facilitator
                    .as_ref()
                    .is_some_and(|f| f.wiki_user.is_some())
            })
    };
    let mail_to = move || {
        event.with_value(|e| match draft.with(|d| d.channel) {
            Channel::Facilitator => Some(e.contact_email.clone()),
            Channel::Affiliate => e.affiliate.as_ref().and_then(|a| a.email.clone()),
            Channel::Openly => None,
        })
    };
    let download = move || {
        format!(
            "data:text/plain;charset=utf-8,{}",
            encode_component(&text())
        )
    };
    let on_handover = move |ev: leptos::ev::MouseEvent| {
        if !ready() {
            ev.prevent_default();
        } else {
            sent.set(Some(Sent::HandedOver));
        }
    };
    view! {
        <section class="who-sees" aria-labelledby="who-sees-heading">
            <h2 id="who-sees-heading">{t("report-who-sees")}</h2>
            <p>{who_sees}</p>
        </section>
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("report-preview")}</h2>
            <pre class="report-preview">{text}</pre>
        </section>
        <div class="report-actions">
            <Show when=can_wiki_mail>
                <Show when=move || draft.with(|d| d.channel == Channel::Facilitator)>
                    <button type="button" class="primary send-wiki-mail" disabled=move || sent.get() == Some(Sent::Sending) on:click=send_wiki>{t("report-send-wiki")}</button>
                </Show>
            </Show>
            {move || match (mail_to(), draft.with(|d| d.channel)) {
                (Some(to), _) => view! {
                    <a class="button send-email" href=mailto(&to, &subject(), &text()) on:click=on_handover>{t("report-send-email")}</a>
                }.into_any(),
                (None, Channel::Affiliate) => view! { <p class="no-address">{t("report-no-address")}</p> }.into_any(),
                (None, _) => ().into_any(),
            }}
            <button type="button" class="copy" on:click=copy>{move || if draft.with(|d| d.channel == Channel::Openly) { t("report-copy-message") } else { t("report-copy") }}</button>
            <a class="button download" href=download download=event.with_value(|e| file_name(&e.slug)) on:click=on_handover>{t("report-download")}</a>
            <button type="button" class="link-button discard" on:click=discard>{t("report-discard")}</button>
        </div>
        <div class="send-status" role="status">
            {move || match sent.get() {
                Some(Sent::Sending) => view! { <p>{t("report-sending")}</p> }.into_any(),
                Some(Sent::Done) => view! { <p class="sent">{t("report-sent")}</p> }.into_any(),
                Some(Sent::HandedOver) => view! {
                    <p>{t("report-handed-over")} " "
                        <button type="button" class="delete-draft" on:click=discard>{t("report-delete-now")}</button></p>
                }.into_any(),
                Some(Sent::Failed(why)) => view! { <p class="field-error send-failed" role="alert">{why} " " {t("report-kept")}</p> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}
