//! "Add to calendar": an .ics download (made on the device) and Google / Outlook links.
use crate::i18n::t;
use crate::model::calendar::{google_link, ics, ics_file_name, outlook_link};
use crate::model::event::{Event, Session};
use crate::model::url::encode_component;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn CalendarLinks(event: Event, session: Session) -> impl IntoView {
    let app = use_app();
    // A data: URL needs no script at click time and no server: the file is made here.
    let ics_href = {
        let (e, s) = (event.clone(), session.clone());
        move || {
            format!(
                "data:text/calendar;charset=utf-8,{}",
                encode_component(&ics(&e, &s, app.now.get()))
            )
        }
    };
    view! {
        <div class="calendar" role="group" aria-label=t("cal-heading")>
            <span class="calendar-label">{t("cal-heading")}</span>
            <a class="button cal-ics" href=ics_href download=ics_file_name(&event, &session)>{t("cal-ics")}</a>
            <a class="button cal-google" href=google_link(&event, &session) target="_blank" rel="noopener">{t("cal-google")}</a>
            <a class="button cal-outlook" href=outlook_link(&event, &session) target="_blank" rel="noopener">{t("cal-outlook")}</a>
        </div>
    }
}
