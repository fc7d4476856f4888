//! OAuth sign-in as each page does it: the meeting page through its action module
//! (`actions_module.rs`: its first download carries no sign-in code, loaded when someone signs
//! in or has signed in), the other pages directly (`oauth_flow.rs`).
#[cfg(feature = "meeting")]
pub use crate::actions_module::{begin, complete, who_am_i};
pub use crate::oauth_flow::sign_out;
#[cfg(not(feature = "meeting"))]
pub use crate::oauth_flow::{begin, complete, who_am_i};
