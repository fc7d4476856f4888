//! The widget affiliates embed: the next session (an agenda's next slot, with its title) in the
//! visitor's time, how many registered, and a way to register (the full page, in a new tab: an
//! iframe on another site gets no wiki session). It tells the embedding page its height, and
//! only that page (`host`).
use crate::components::subscribe::Subscribe;
use crate::i18n::{t, tr};
use crate::intl_time::{locale, zoned};
use crate::model::event::Event;
use crate::model::feed::feed_file;
use crate::model::route::{EmbedOptions, Route};
use crate::model::signup::count;
use crate::state::use_app;
use crate::wiki::signup::list;
use crate::wiki_context::use_wiki;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Posts the document's height to the host page whenever it changes.
fn report_height(host: String) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let post = move || {
        // The content's own height (the document's is never less than the iframe's).
        let height = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .map(|e| e.unchecked_into::<web_sys::HtmlElement>().offset_height())
            .unwrap_or(0);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"wikimeet:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&message, &host);
    };
    post();
    let on_resize = Closure::<dyn Fn()>::new(post);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        w.document().and_then(|d| d.get_element_by_id("main")),
    ) {
        observer.observe(&body);
    }
    on_resize.forget();
}

#[component]
pub fn EmbedView(event: Event) -> impl IntoView {
    let app = use_app();
    let wiki = use_wiki();
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let options = EmbedOptions::from_query(&query);
    if let Some(host) = options.host.clone() {
        // After the first render, so the height is the widget's.
        request_animation_frame(move || report_height(host));
    }
    // Set through the CSSOM, not a style attribute, which the Content-Security-Policy refuses.
    let widget = NodeRef::<leptos::html::Div>::new();
    if let Some(accent) = options.accent.clone() {
        Effect::new(move || {
            if let Some(el) = widget.get() {
                let _ = web_sys::HtmlElement::style(&el).set_property("--accent", &accent);
            }
        });
    }
    let theme = options.theme.unwrap_or("auto");
    let full_page = Route::Event(event.slug.clone()).href();
    let slug = event.slug.clone();
    crate::components::subscribe::load_choices();
    let event = StoredValue::new(event);
    let next = move || {
        event.with_value(|e| {
            let now = app.now.get();
            let session = e
                .sessions
                .iter()
                .filter(|s| s.end(e) > now)
                .min_by_key(|s| s.start)?
                .clone();
            let z = zoned(session.start, &app.zone(), &locale())?;
            // An agenda may keep one list for the whole meeting.
            let heading = session
                .signup_heading
                .as_ref()
                .or(e.wiki.as_ref().and_then(|w| w.signup_heading.as_ref()));
            let count = match (wiki.and_then(|c| c.page_read.get()), heading) {
                (Some(Ok(page)), Some(h)) => list(&page, h).ok().map(|l| count(&l)),
                _ => None,
            };
            Some((z, session.title, count))
        })
    };
    view! {
        <div class="widget" data-theme=theme node_ref=widget>
            <h1 class="widget-title" dir="auto">{event.with_value(|e| e.title.clone())}</h1>
            {move || match next() {
                Some((z, title, count)) => view! {
                    {title.map(|t| view! { <p class="widget-slot" dir="auto"><strong>{t}</strong></p> })}
                    <p class="widget-next">{tr("list-next", &[&z.date, &z.time])}</p>
                    <p class="widget-zone">{tr("zone-line", &[&z.zone_name, &app.zone(), &z.offset])}</p>
                    {count.map(|n| view! { <p class="widget-count">{tr("signup-count", &[&n.to_string()])}</p> })}
                    <a class="button primary widget-register" href=full_page.clone() target="_blank" rel="noopener">{t("embed-register")}</a>
                }.into_any(),
                None => view! {
                    <p class="widget-past">{t("sessions-all-past")}</p>
                    <a class="widget-open" href=full_page.clone() target="_blank" rel="noopener">{t("embed-open")}</a>
                }.into_any(),
            }}
            <Subscribe feed=feed_file(&slug) summary=t("sub-summary")/>
        </div>
    }
}
