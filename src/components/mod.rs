//! Reusable UI pieces, each compiled only into the pages that use it (see `pages`): the
//! organiser page's preview shows the meeting page's own.
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod agenda;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod calendar_links;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod embed_snippet;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod event_link;
pub mod event_nav;
pub mod later;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod next_session;
pub mod problem;
#[cfg(feature = "safe-space")]
pub mod quick_exit;
#[cfg(feature = "safe-space")]
pub mod report_preview;
#[cfg(feature = "safe-space")]
pub mod report_send;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod session_card;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod signup_panel;
pub mod subscribe;
pub mod wiki_account;
#[cfg(any(feature = "meeting", feature = "organiser"))]
pub mod zone_picker;
