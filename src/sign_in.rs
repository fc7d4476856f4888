//! OAuth sign-in as each page does it: the meeting page through its action module
//! (`actions_module.rs`: its first download carries no sign-in code, loaded when someone signs
//! in or has signed in), the other pages directly (`oauth_flow.rs`).
#[cfg(feature = "meeting")]
pub use crate::actions_module::{begin, complete, who_am_i};
pub use crate::oauth_flow::sign_out;
#[cfg(not(feature = "meeting"))]
pub use crate::oauth_flow::{complete, who_am_i};

/// `oauth_flow::begin`, which cannot fail to load here.
#[cfg(not(feature = "meeting"))]
pub async fn begin(
    client: &crate::model::wiki_page::OAuthClient,
) -> Result<bool, crate::wiki::error::WikiError> {
    Ok(crate::oauth_flow::begin(client).await)
}
