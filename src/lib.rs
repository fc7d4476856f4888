//! wikimeet: a page of its own for a Wikimedia community online meeting.
//! Layers and where each feature lives: ARCHITECTURE.md. `model`, `i18n` and the wiki client
//! (`wiki`, over reqwest) are tested natively; the views run in the browser.
#[cfg(feature = "actions")]
pub mod actions;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod actions_module;
pub mod app;
pub mod components;
pub mod event_source;
pub mod first_paint;
pub mod i18n;
pub mod intl_time;
pub mod language_picker;
pub mod loaded;
pub mod model;
pub mod net;
pub mod oauth_flow;
pub mod pages;
pub mod plain_script;
pub mod sign_in;
pub mod state;
pub mod storage;
#[cfg(feature = "organiser")]
pub mod web_lock;
pub mod wiki;
pub mod wiki_context;

/// A panic aborts the whole app (`panic = "abort"`): before it does, the page says so in plain
/// words instead of going blank (`public/failure.js`, which also catches the traps no hook sees).
fn say_when_stopped() {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        /// failure.js's; an error when it is not there (the call is then all there is to lose).
        #[wasm_bindgen(js_namespace = window, js_name = wikimeetFailed, catch)]
        fn wikimeet_failed() -> Result<(), wasm_bindgen::JsValue>;
    }
    std::panic::set_hook(Box::new(|_| {
        let _ = wikimeet_failed();
    }));
}

/// Starts the app in the page's body.
pub fn start() {
    say_when_stopped();
    net::watch_refusals();
    let wanted = language_picker::wanted_language();
    let mount = move || {
        language_picker::start_language(wanted);
        leptos::mount::mount_to_body(app::App);
    };
    wasm_bindgen_futures::spawn_local(async move {
        // Start-up in short tasks, the browser free in between (a slow phone's taps are answered):
        // this one compiled the app; the browser's first use of Intl (the device's zone) is one
        // long step of its own; the first render finds Intl ready.
        net::sleep_ms(0).await;
        intl_time::device_zone();
        net::sleep_ms(0).await;
        // The page in the visitor's language from its first render (early.js has begun the
        // fetch). Failing that, English: the picker says what went wrong when chosen again.
        let mut loaded = language_picker::ensure_loaded(wanted).await;
        if loaded.is_err() && wanted != "en" {
            loaded = language_picker::ensure_loaded("en").await;
        }
        match loaded {
            // The messages read in this task, the page's first render in the next.
            Ok(()) => {
                net::sleep_ms(0).await;
                mount();
                // The service worker (offline.js registers it) once the app runs, well after
                // the first view has loaded: nothing on its critical path (issue 34).
                net::sleep_ms(3000).await;
                plain_script::load("offline", "offline.js");
            }
            // No text to show the page in (the meeting page fetches even English): the
            // pre-rendered sessions stay, with what went wrong.
            Err(_) => no_messages(&i18n::language_files("en")[0]),
        }
    });
}

/// Says, in plain English under the pre-rendered sessions, that the page's text could not be
/// loaded (the one message not in the message files: none could be read).
fn no_messages(file: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Inside the shell: the stylesheet hides what follows it until the app replaces it.
    let place = document
        .get_element_by_id("shell")
        .or_else(|| document.body().map(Into::into));
    let (Ok(note), Some(place)) = (document.create_element("p"), place) else {
        return;
    };
    note.set_class_name("notice field-error");
    let _ = note.set_attribute("role", "alert");
    note.set_text_content(Some(&format!(
        "This page could not load its text ({file}). Reload the page; if this stays, please \
         tell the organisers."
    )));
    let _ = place.append_child(&note);
}
