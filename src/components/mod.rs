//! Reusable UI pieces.
pub mod calendar_links;
pub mod event_link;
pub mod problem;
pub mod session_card;
pub mod signup_panel;
pub mod wiki_account;
pub mod zone_picker;
