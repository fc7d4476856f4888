//! The domain: pure Rust, no web-sys. Compiled and unit-tested natively.
pub mod base64;
pub mod calendar;
pub mod event;
pub mod event_json;
pub mod fields;
pub mod json;
mod json_parser;
pub mod policy;
pub mod report;
pub mod route;
pub mod signature;
pub mod signup;
pub mod text;
pub mod time;
pub mod url;
pub mod wiki_page;
pub mod wikitext;
pub mod zone_names;
