//! The event's safe-space policy: each rule its own linkable section (`#privacy`).
use crate::components::event_nav::EventNav;
use crate::i18n::t;
use crate::model::event::Event;
use crate::wiki_context::{policy, use_wiki};
use leptos::prelude::*;

#[component]
pub fn PolicyView(event: Event) -> impl IntoView {
    let slug = event.slug.clone();
    let wiki = use_wiki();
    let body = move || {
        let (groups, from_wiki) = policy(&event, wiki);
        let source = if from_wiki {
            t("policy-from-wiki")
        } else {
            t("policy-from-file")
        };
        let groups = groups
            .into_iter()
            .map(|g| {
                let rules = g
                    .rules
                    .into_iter()
                    .map(|r| {
                        let id = r.id();
                        view! { <section class="rule" id=id dir="auto"><h3>{r.title}</h3><p>{r.text}</p></section> }
                    })
                    .collect_view();
                view! { <h2>{g.title}</h2> {rules} }
            })
            .collect_view();
        view! { <p class="policy-source">{source}</p> {groups} }
    };
    view! {
        <EventNav slug=slug/>
        <article class="policy">
            <h1 class="page-title">{t("policy-heading")}</h1>
            {body}
        </article>
    }
}
