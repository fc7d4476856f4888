//! The domain: pure Rust, no web-sys. Compiled and unit-tested natively.
pub mod calendar;
pub mod event;
pub mod event_json;
pub mod json;
pub mod policy;
pub mod report;
pub mod route;
pub mod signature;
pub mod signup;
pub mod text;
pub mod time;
pub mod url;
pub mod wikitext;
pub mod zone_names;
