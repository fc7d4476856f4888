//! Reusable UI pieces.
pub mod calendar_links;
pub mod embed_snippet;
pub mod event_link;
pub mod event_nav;
pub mod problem;
pub mod quick_exit;
pub mod report_send;
pub mod session_card;
pub mod signup_panel;
pub mod wiki_account;
pub mod zone_picker;
