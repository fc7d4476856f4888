//! Who is signed in to the wiki, whether they can receive wiki mail, and how to sign in.
use crate::i18n::{t, tr};
use crate::model::wiki_page::SignIn;
use crate::wiki_context::{use_wiki, Account};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn WikiAccount() -> impl IntoView {
    let Some(ctx) = use_wiki() else {
        return ().into_any();
    };
    // Coming back from the wiki's login tab: look again.
    let handle = window_event_listener(ev::focus, move |_| {
        if matches!(
            ctx.account.get_untracked(),
            Account::SignedOut | Account::Unknown(_)
        ) {
            ctx.check_account();
        }
    });
    on_cleanup(move || handle.remove());
    let wiki = ctx.wiki.get_value();
    let (login, prefs) = (wiki.login_url(), wiki.email_preferences_url());
    let oauth = wiki.signin == SignIn::Oauth2;
    // Why signing in did not start: the browser cannot keep it safe, or (the meeting page's
    // action module could not be loaded) the network.
    let cannot = RwSignal::new(None::<String>);
    let body = move || match ctx.account.get() {
        Account::NoSignIn => ().into_any(),
        Account::Checking => view! { <p>{t("account-checking")}</p> }.into_any(),
        Account::SignedIn(user) => {
            let mail = if user.wiki_mail {
                view! { <p class="mail-on">{t("account-mail-on")}</p> }.into_any()
            } else {
                view! {
                    <p class="mail-off">{t("account-mail-off")} " "
                        <a href=prefs.clone() target="_blank" rel="noopener">{t("account-preferences")}</a></p>
                }
                .into_any()
            };
            let sign_out = oauth.then(|| {
                view! {
                    <button type="button" class="link-button sign-out" on:click=move |_| ctx.sign_out()>
                        {t("account-sign-out")}
                    </button>
                }
            });
            view! { <p class="signed-in">{tr("account-signed-in", &[&user.name])} " " {sign_out}</p> {mail} }
                .into_any()
        }
        Account::SignedOut | Account::Unknown(_) => {
            let unknown = match ctx.account.get() {
                Account::Unknown(e) => Some(
                    view! { <p class="field-error">{tr("account-unknown", &[&e.message()])}</p> },
                ),
                _ => None,
            };
            let action = if oauth {
                view! {
                    <button type="button" class="primary sign-in" on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            match ctx.sign_in().await {
                                Ok(true) => {}
                                Ok(false) => cannot.set(Some(t("account-cannot-sign-in"))),
                                Err(e) => cannot.set(Some(e.message())),
                            }
                        });
                    }>{t("account-sign-in-oauth")}</button>
                }
                .into_any()
            } else {
                view! {
                    <a class="button primary sign-in" href=login.clone() target="_blank" rel="noopener">{t("account-sign-in")}</a>
                    " "
                    <button type="button" class="check-again" on:click=move |_| ctx.check_account()>{t("account-check-again")}</button>
                }
                .into_any()
            };
            view! {
                {unknown}
                <p class="signed-out">{t("account-signed-out")} " " {t("signup-sign-in-first")}</p>
                <p class="account-actions">{action}</p>
                {move || cannot.get().map(|why| view! { <p class="field-error" role="alert">{why}</p> })}
            }
            .into_any()
        }
    };
    view! { <div class="wiki-account" aria-live="polite">{body}</div> }.into_any()
}
