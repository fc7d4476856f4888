//! The MediaWiki client: one place that builds requests (`request`), one request function
//! (`Client::call`, over a `Transport`), typed errors with plain messages (`error`), and the
//! sign-up flows (`signup`; the meeting page runs their edits in a second wasm:
//! `action_text`). The transport is the browser's fetch in the app and reqwest in native
//! tests, so the same flows are tested against a real wiki.
// No reader of outside text may panic: a panic aborts the whole app in the browser (issue 31).
// Each `allow` below says beside its code why that spot cannot panic.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects
)]
pub mod action_text;
pub mod answer;
pub mod client;
pub mod error;
pub mod history;
pub mod mailing;
pub mod oauth;
pub mod request;
pub mod signup;
pub mod site;
pub mod transport;
