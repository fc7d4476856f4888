//! The event's safe-space policy: each rule its own linkable section (`#privacy`).
use crate::components::event_nav::EventNav;
use crate::i18n::t;
use crate::model::event::Event;
use crate::model::policy::{parse, RuleGroup};
use crate::model::signup::{find_section, section_text};
use crate::wiki_context::{use_wiki, WikiContext};
use leptos::prelude::*;

/// The policy from the wiki page's policy section when it can be read and parsed, else the
/// event file's copy. The bool says whether it came from the wiki.
pub fn policy(event: &Event, wiki: Option<WikiContext>) -> (Vec<RuleGroup>, bool) {
    let from_wiki = wiki.and_then(|ctx| {
        let heading = ctx.wiki.with_value(|w| w.policy_section.clone())?;
        let page = ctx.page.get()?.ok()?;
        let section = find_section(&page.sections, &heading)?;
        let groups = parse(section_text(&page.wikitext, &page.sections, section)?);
        (!groups.is_empty()).then_some(groups)
    });
    match from_wiki {
        Some(groups) => (groups, true),
        None => (event.policy.clone(), false),
    }
}

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
