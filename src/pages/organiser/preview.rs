//! The meeting page as participants will see it: the meeting page's own view of the event the
//! form describes, with the sign-up lists read from the wiki. Read-only: sign-in is left out,
//! so no Register or Withdraw here can edit the real wiki page. The zone picker inside shows
//! the sessions in any second zone.
use super::state::use_organiser;
use crate::i18n::t;
use crate::model::event::Event;
use crate::model::wiki_page::SignIn;
use crate::pages::meeting::EventView;
use crate::wiki_context::WikiContext;
use leptos::prelude::*;

#[component]
pub fn Preview() -> impl IntoView {
    let o = use_organiser();
    // The event shown: taken when asked, so typing does not re-read the wiki at every key.
    let shown = RwSignal::new(None::<Event>);
    let show = move |_| shown.set(o.checked.get_untracked().ok());
    let ready = move || o.checked.with(Result::is_ok);
    view! {
        <div class="org-preview-controls">
            <button type="button" disabled=move || !ready() on:click=show>
                {move || if shown.with(Option::is_some) { t("org-preview-update") } else { t("org-preview-show") }}
            </button>
        </div>
        {move || shown.get().map(|event| view! { <PreviewOf event/> })}
    }
}

#[component]
fn PreviewOf(mut event: Event) -> impl IntoView {
    if let Some(w) = event.wiki.as_mut() {
        w.signin = SignIn::None;
        w.oauth = None;
    }
    provide_context(WikiContext::start(&event));
    view! {
        <section class="org-preview" aria-labelledby="org-preview-heading">
            <h3 id="org-preview-heading">{t("org-preview-heading")}</h3>
            <p class="hint">{t("org-preview-hint")}</p>
            <div class="org-preview-page"><EventView event/></div>
        </section>
    }
}
