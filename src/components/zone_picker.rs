//! The time-zone picker: any IANA zone the browser knows, searchable by typing; the choice is
//! remembered on this device and can be reset to the device's own zone.
use crate::i18n::{t, tr};
use crate::intl_time::{all_zones, zone_is_known};
use crate::state::use_app;
use crate::storage::set_chosen_zone;
use leptos::prelude::*;

#[component]
pub fn ZonePicker() -> impl IntoView {
    let app = use_app();
    let typed = RwSignal::new(app.zone());
    let problem = RwSignal::new(None::<String>);
    let apply = move || {
        let zone = typed.get_untracked().trim().to_string();
        if zone_is_known(&zone) {
            problem.set(None);
            let follows_device = zone == app.device_zone.get_value();
            set_chosen_zone((!follows_device).then_some(zone.as_str()));
            app.chosen_zone.set((!follows_device).then_some(zone));
        } else {
            // Keep what was typed so it can be corrected.
            problem.set(Some(tr("zone-unknown", &[&zone])));
        }
    };
    let reset = move |_| {
        set_chosen_zone(None);
        app.chosen_zone.set(None);
        typed.set(app.device_zone.get_value());
        problem.set(None);
    };
    // ~420 suggestions cost a slow phone real time at start: they are made when the field is
    // first used.
    let wanted = RwSignal::new(false);
    view! {
        <form class="zone-picker" on:submit=move |ev| { ev.prevent_default(); apply(); }>
            <label for="zone-input">{t("zone-label")}</label>
            <div class="zone-row">
                <input id="zone-input" list="zone-list" autocomplete="off" spellcheck="false"
                    aria-describedby="zone-status zone-problem"
                    aria-invalid=move || problem.get().is_some().to_string()
                    prop:value=move || typed.get()
                    on:focus=move |_| wanted.set(true)
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:change=move |_| apply() />
                <button type="submit">{t("zone-apply")}</button>
            </div>
            <datalist id="zone-list">
                {move || wanted.get().then(|| all_zones().into_iter().map(|z| view! { <option value=z></option> }).collect_view())}
            </datalist>
            <p id="zone-problem" class="field-error" role="alert">{move || problem.get()}</p>
            <p id="zone-status" class="zone-status" aria-live="polite">
                {move || match app.chosen_zone.get() {
                    Some(z) => tr("zone-showing-chosen", &[&z]),
                    None => tr("zone-showing-device", &[&app.device_zone.get_value()]),
                }}
            </p>
            {move || app.chosen_zone.get().is_some().then(|| view! {
                <button type="button" class="link-button zone-reset" on:click=reset>
                    {tr("zone-reset", &[&app.device_zone.get_value()])}
                </button>
            })}
        </form>
    }
}
