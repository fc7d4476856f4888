//! Why a sending run stopped, in plain words, and the page's own next try after the wiki's
//! limit: a fixed back-off (the wiki does not say when its limit resets), never once the first
//! session has begun.
use crate::i18n::{t, tr};
use crate::wiki::error::WikiError;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Minutes before each try after the wiki's limit stopped a run: the wiki does not say when
/// its limit resets, so the page asks again on a fixed back-off, at most every half hour.
const LIMIT_BACKOFF: [i64; 6] = [1, 2, 5, 10, 20, 30];

/// The time now as the organiser reads it (their zone).
fn local_now() -> String {
    at_local(Utc::now())
}

/// Why a run stopped, in plain words: for the wiki's limit, its own words and when.
pub fn stopped_because(e: &WikiError, left: &str) -> String {
    match e {
        WikiError::Api { code, text, .. } if code == "ratelimited" => {
            tr("org-mail-limit", &[text, &local_now(), left])
        }
        _ => stopped_other(e, left),
    }
}

fn stopped_other(e: &WikiError, left: &str) -> String {
    match e.code() {
        "mailnologin" => t("org-mail-sender-unconfirmed"),
        "blockedemailuser" | "blocked" => t("org-mail-sender-blocked"),
        _ => tr("org-mail-stopped", &[&e.message(), left]),
    }
}

/// The next try after the wiki's limit, on the back-off, unless the first session has begun
/// (the message would come too late): then the page says it will not try by itself.
pub fn schedule_retry(
    attempt: usize,
    first_start: Option<DateTime<Utc>>,
    retry: RwSignal<Option<(DateTime<Utc>, usize)>>,
    wake: RwSignal<u32>,
    stopped: RwSignal<Option<String>>,
) {
    let now = Utc::now();
    if first_start.is_none_or(|start| start <= now) {
        let said = stopped.get_untracked().unwrap_or_default();
        stopped.set(Some(format!("{said} {}", t("org-mail-no-retry-begun"))));
        return;
    }
    let minutes = LIMIT_BACKOFF
        .get(attempt)
        .or(LIMIT_BACKOFF.last())
        .copied()
        .unwrap_or(30);
    let at = now + chrono::Duration::minutes(minutes);
    retry.set(Some((at, attempt.saturating_add(1))));
    set_timeout(
        move || {
            if retry
                .try_get_untracked()
                .flatten()
                .is_some_and(|(when, _)| when == at)
            {
                wake.update(|n| *n = n.wrapping_add(1));
            }
        },
        std::time::Duration::from_secs((minutes as u64).saturating_mul(60)),
    );
}

/// A time as the organiser reads it (their zone), e.g. 14:05.
pub fn at_local(at: DateTime<Utc>) -> String {
    let zone = crate::intl_time::device_zone();
    crate::intl_time::zoned(at, &zone, &crate::intl_time::locale())
        .map(|z| z.time)
        .unwrap_or_default()
}
