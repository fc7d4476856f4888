//! One tab at a time (the Web Locks API, `navigator.locks`): the organiser page's sending runs
//! inside a lock, so a second tab (or a double click) cannot send the same person a second copy.
use js_sys::{Function, Object, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// Runs `work` holding the lock `name`, if no other tab of this site holds it; false when one
/// does (or the browser has no Web Locks: then nothing runs, rather than risk two senders).
pub async fn run_alone(name: &str, work: impl Future<Output = ()> + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let locks = Reflect::get(&window.navigator(), &"locks".into()).unwrap_or(JsValue::UNDEFINED);
    let Some(request) = Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|r| r.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let mut work = Some(work);
    let held = Closure::once(move |lock: JsValue| -> Promise {
        match (lock.is_null(), work.take()) {
            (false, Some(work)) => future_to_promise(async move {
                work.await;
                Ok(JsValue::TRUE)
            }),
            _ => Promise::resolve(&JsValue::FALSE),
        }
    });
    let asked = request.call3(
        &locks,
        &name.into(),
        &options,
        held.as_ref().unchecked_ref(),
    );
    let Ok(promise) = asked.and_then(|p| p.dyn_into::<Promise>()) else {
        return false;
    };
    let done = JsFuture::from(promise).await;
    drop(held);
    done.is_ok_and(|v| v.is_truthy())
}
