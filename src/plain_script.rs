//! The site's plain scripts that come after the app, each loaded once when first needed:
//! `calendar-choices.js` (subscribe, an agenda's stars) and `offline.js` (the service worker).
//! A script element with an id: loaded again, it is found and left.
pub fn load(id: &str, src: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(id).is_some() {
        return;
    }
    if let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) {
        let _ = script.set_attribute("id", id);
        let _ = script.set_attribute("src", src);
        let _ = head.append_child(&script);
    }
}
