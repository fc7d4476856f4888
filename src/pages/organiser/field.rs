//! One labelled text field of the organiser's form, bound to a path of the event file, with
//! its hint and, once left, its problem (announced, and tied to the field for screen readers).
use super::state::use_organiser;
use leptos::prelude::*;

/// The element id of the field for `path` (`sessions[1].time` → `f-sessions-1-time`).
pub fn field_id(path: &str) -> String {
    let id: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("f-{}", id.trim_end_matches('-').replace("--", "-"))
}

/// A text field. `value`/`set` read and write it (the form's field `path` by default, see
/// [`TextField`]); `problem_path` is where the checker's problem for it is named.
#[component]
pub fn Input(
    /// Where the event-file reader names this field (`title`, `sessions[0].time`).
    path: String,
    label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    /// A multi-line field (the description).
    #[prop(optional)]
    long: bool,
    #[prop(optional_no_strip)] placeholder: Option<&'static str>,
    value: Signal<String>,
    set: Callback<String>,
) -> impl IntoView {
    let o = use_organiser();
    let id = field_id(&path);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let path = StoredValue::new(path);
    let problem = move || path.with_value(|p| o.problem_at(p));
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if problem().is_some() {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || problem().is_some().then_some("true");
    let on_input = move |ev| set.run(event_target_value(&ev));
    let on_blur = move |_| path.with_value(|p| o.touch(p));
    let input = if long {
        view! {
            <textarea id=id.clone() rows="5" dir="auto" aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input=on_input on:blur=on_blur></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" dir="auto" placeholder=placeholder aria-describedby=described
                aria-invalid=invalid prop:value=move || value.get() on:input=on_input on:blur=on_blur/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {input}
            {move || problem().map(|p| view! { <p class="field-error" id=error_id.clone() role="alert">{p}</p> })}
        </div>
    }
}

/// A field of the event file itself (its path in the form is where problems are named).
#[component]
pub fn TextField(
    path: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] long: bool,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let o = use_organiser();
    let value = Signal::derive(o.get(path));
    let set = Callback::new(move |v: String| o.set(path, &v));
    view! { <Input path=path.to_string() label hint long placeholder value set/> }
}
