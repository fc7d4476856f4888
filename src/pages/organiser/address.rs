//! Where this page lives: the folder of the site it is hosted in, and the participants' link.
/// This page's folder: where the site's meeting page and events are, by default.
pub fn own_folder() -> String {
    crate::oauth_flow::redirect_uri()
}

/// The meeting page's address for participants: this folder and the event's route.
pub fn participants_link(slug: &str) -> String {
    let route = crate::model::route::Route::Event(slug.to_string());
    format!("{}{}", own_folder(), route.to_query())
}
