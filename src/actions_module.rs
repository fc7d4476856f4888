//! The meeting page's way to its action module (`actions.rs`, a second wasm): Register and
//! Withdraw, and OAuth sign-in, whose code its first download does not carry. The module is
//! loaded at the first of them; what crosses is text (`wiki/action_text.rs`). The check after
//! a registration runs here (`after_register`). The page's inline loader
//! (`window.wikimeetActions`, see index.html) imports the module's script; a load that failed
//! (offline) is asked again under a new address, as browsers keep a failed import.
use crate::model::wiki_page::OAuthClient;
use crate::net::BrowserFetch;
use crate::storage;
use crate::wiki::action_text::{client_json, outcome, signed_in, Intent, WriteOrder};
use crate::wiki::answer::UserInfo;
use crate::wiki::client::Client;
use crate::wiki::error::WikiError;
use crate::wiki::signup::{after_register, Registered, Signup};
use js_sys::{Function, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static FAILED_LOADS: Cell<u32> = const { Cell::new(0) };
}

fn function(of: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(of, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Calls the module's export `name` with `text` (and `more`, if any); its answer's text.
async fn call(name: &str, text: &str, more: &JsValue) -> Result<String, WikiError> {
    let window = web_sys::window().ok_or(WikiError::Network)?;
    let missing = || WikiError::BadAnswer("no sign-up and sign-in module in this copy".into());
    let load = function(&window, "wikimeetActions").ok_or_else(missing)?;
    let failed = FAILED_LOADS.get();
    let loading = load.call1(&window, &failed.into()).map_err(|_| missing())?;
    let Ok(module) = JsFuture::from(Promise::from(loading)).await else {
        FAILED_LOADS.set(failed + 1);
        // This site itself is out of reach (the module is kept only once used): nothing was
        // sent; Try again loads it again.
        return Err(WikiError::Offline);
    };
    let export = function(&module, name).ok_or_else(missing)?;
    let running = export
        .call2(&JsValue::NULL, &JsValue::from_str(text), more)
        .map_err(|_| missing())?;
    let answer = JsFuture::from(Promise::from(running)).await;
    Ok(answer.ok().and_then(|a| a.as_string()).unwrap_or_default())
}

type Writer = Rc<Client<BrowserFetch>>;

/// `wiki::signup::register`, its edit made by the module.
pub async fn register(
    writer: &Writer,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<Registered, WikiError> {
    let revid = write(Intent::Register, writer, signup, summary).await?;
    Ok(after_register(writer, signup, revid).await)
}

/// `wiki::signup::withdraw`, made by the module.
pub async fn withdraw(
    writer: &Writer,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<u64, WikiError> {
    write(Intent::Withdraw, writer, signup, summary).await
}

/// One edit by the module: the revision made (0: none needed). The writer hears of each wait
/// for a busy wiki (`Client::report_wait`).
async fn write(
    intent: Intent,
    writer: &Writer,
    signup: &Signup<'_>,
    summary: &str,
) -> Result<u64, WikiError> {
    let order = WriteOrder {
        intent,
        api: writer.endpoint.clone(),
        user_agent: writer.user_agent.clone(),
        auth: writer.auth.clone(),
        token: writer.kept_token(),
        names: writer.names(),
        title: signup.title.to_string(),
        heading: signup.heading.to_string(),
        user: signup.user.to_string(),
        own_lines: signup.own_lines.to_vec(),
        summary: summary.to_string(),
    };
    let listener = writer.clone();
    let on_wait = Closure::<dyn Fn(f64)>::new(move |s: f64| listener.report_wait(s as u64));
    outcome(&call("write", &order.to_json(), on_wait.as_ref()).await?)
}

/// `oauth_flow::begin` in the module: Ok(false) when the browser cannot keep the sign-in safe,
/// Err when the module could not run.
pub async fn begin(client: &OAuthClient) -> Result<bool, WikiError> {
    let going = call("sign_in", &client_json(client), &JsValue::UNDEFINED).await?;
    Ok(!going.is_empty())
}

/// `oauth_flow::complete` in the module.
pub async fn complete(query: &str) -> Option<(String, Result<(), WikiError>)> {
    match call("complete", query, &JsValue::UNDEFINED).await {
        Ok(answer) => {
            let (back_to, result) = answer.split_once('\n')?;
            Some((back_to.to_string(), outcome(result).map(|_| ())))
        }
        // The module could not run: the code stays unused, the page as it was asked for.
        Err(e) => Some((String::new(), Err(e))),
    }
}

/// `oauth_flow::who_am_i` in the module; nobody when no tokens are kept (no module then).
pub async fn who_am_i(client: &OAuthClient) -> Result<Option<(UserInfo, String)>, WikiError> {
    if !storage::has_tokens() {
        return Ok(None);
    }
    signed_in(&call("oauth_user", &client_json(client), &JsValue::UNDEFINED).await?)
}
