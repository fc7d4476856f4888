//! The domain: pure Rust, no web-sys. Compiled and unit-tested natively. `report` (drafts of a
//! report) is the safe-space page's only: the meeting page's build does not compile it.
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
pub mod agenda;
pub mod base64;
pub mod calendar;
pub mod event;
pub mod event_form;
pub mod event_form_fill;
pub mod event_json;
pub mod event_write;
pub mod feed;
pub mod feed_write;
pub mod fields;
pub mod heading_date;
pub mod json;
mod json_parser;
pub mod mailing;
pub mod order;
pub mod page_suggest;
pub mod policy;
#[cfg(feature = "safe-space")]
pub mod report;
#[cfg(feature = "safe-space")]
pub mod report_message;
pub mod route;
pub mod session_json;
pub mod signature;
pub mod signature_date;
pub mod signup;
pub mod text;
pub mod time;
pub mod url;
pub mod wiki_address;
pub mod wiki_page;
pub mod wikitext;
pub mod zone_names;
