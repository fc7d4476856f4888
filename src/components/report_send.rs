//! The ways to send a report and what became of the last try. Wiki mail goes through the wiki;
//! email opens the person's own mail program; copy and download stay on the device. The words
//! are `model::report_message`'s; who sees it and the preview are `report_preview`'s.
use super::report_preview::{Preview, WhoSees};
use crate::i18n::{t, tr};
use crate::model::event::{mailto, Event};
use crate::model::report::{file_name, Channel, Draft};
use crate::model::report_message::{mail_to, message, who_sees};
use crate::model::url::encode_component;
use crate::storage;
use crate::wiki::signup::send_wiki_mail;
use crate::wiki_context::{policy, use_wiki, Account};
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

fn words(key: &str, params: &[&str]) -> String {
    tr(key, params)
}

/// Who sees the report, its preview, the ways to send it and their outcome.
#[component]
pub fn ReportSend(
    event: Event,
    draft: RwSignal<Draft>,
    show_errors: RwSignal<bool>,
) -> impl IntoView {
    let wiki = use_wiki();
    let sent = RwSignal::new(None::<Sent>);
    let event = StoredValue::new(event);
    let text = Signal::derive(move || {
        event.with_value(|e| draft.with(|d| message(e, &policy(e, wiki).0, d, &words)))
    });
    let who = Signal::derive(move || {
        event.with_value(|e| who_sees(e, draft.with(|d| d.channel), &words))
    });
    let discard = Callback::new(move |()| {
        storage::delete_draft(&event.with_value(|e| e.slug.clone()));
        draft.set(Draft::default());
        show_errors.set(false);
        sent.set(None);
    });
    view! {
        <WhoSees text=who/>
        <Preview text/>
        <SendActions event draft show_errors text sent discard/>
        <SendStatus sent discard/>
    }
}

/// The send buttons: wiki mail (signed in, to a facilitator with a wiki account), email, copy,
/// download; and discarding the draft.
#[component]
fn SendActions(
    event: StoredValue<Event>,
    draft: RwSignal<Draft>,
    show_errors: RwSignal<bool>,
    text: Signal<String>,
    sent: RwSignal<Option<Sent>>,
    discard: Callback<()>,
) -> impl IntoView {
    let wiki = use_wiki();
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
    let facilitator_user =
        move || event.with_value(|e| e.facilitator.as_ref().and_then(|f| f.wiki_user.clone()));
    let send_wiki = move |_| {
        if !ready() {
            return;
        }
        let (Some(ctx), Some(target)) = (wiki, facilitator_user()) else {
            return;
        };
        sent.set(Some(Sent::Sending));
        let (subject, body) = (subject(), text.get_untracked());
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
            let _ = w.navigator().clipboard().write_text(&text.get_untracked());
        }
        sent.set(Some(Sent::HandedOver));
    };
    let can_wiki_mail = move || {
        let signed_in = wiki.is_some_and(|c| matches!(c.account.get(), Account::SignedIn(_)));
        signed_in && facilitator_user().is_some()
    };
    let channel = move || draft.with(|d| d.channel);
    let download = move || {
        format!(
            "data:text/plain;charset=utf-8,{}",
            encode_component(&text.get())
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
        <div class="report-actions">
            <Show when=can_wiki_mail>
                <Show when=move || channel() == Channel::Facilitator>
                    <button type="button" class="primary send-wiki-mail" disabled=move || sent.get() == Some(Sent::Sending) on:click=send_wiki>{t("report-send-wiki")}</button>
                </Show>
            </Show>
            {move || match (event.with_value(|e| mail_to(e, channel())), channel()) {
                (Some(to), _) => view! {
                    <a class="button send-email" href=mailto(&to, &subject(), &text.get()) on:click=on_handover>{t("report-send-email")}</a>
                }.into_any(),
                (None, Channel::Affiliate) => view! { <p class="no-address">{t("report-no-address")}</p> }.into_any(),
                (None, _) => ().into_any(),
            }}
            <button type="button" class="copy" on:click=copy>{move || if channel() == Channel::Openly { t("report-copy-message") } else { t("report-copy") }}</button>
            <a class="button download" href=download download=event.with_value(|e| file_name(&e.slug)) on:click=on_handover>{t("report-download")}</a>
            <button type="button" class="link-button discard" on:click=move |_| discard.run(())>{t("report-discard")}</button>
        </div>
    }
}

/// What became of the last try, announced to screen readers.
#[component]
fn SendStatus(sent: RwSignal<Option<Sent>>, discard: Callback<()>) -> impl IntoView {
    view! {
        <div class="send-status" role="status">
            {move || match sent.get() {
                Some(Sent::Sending) => view! { <p>{t("report-sending")}</p> }.into_any(),
                Some(Sent::Done) => view! { <p class="sent">{t("report-sent")}</p> }.into_any(),
                Some(Sent::HandedOver) => view! {
                    <p>{t("report-handed-over")} " "
                        <button type="button" class="delete-draft" on:click=move |_| discard.run(())>{t("report-delete-now")}</button></p>
                }.into_any(),
                Some(Sent::Failed(why)) => view! { <p class="field-error send-failed" role="alert">{why} " " {t("report-kept")}</p> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}
