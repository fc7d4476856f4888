//! Step 1: the meeting page's layout in the page (`#shell`), with no event data in it: the
//! title and sessions come from the event file the host serves now (`early.js` fills them), so
//! a file edited in place is never shown stale.

/// The layout with the app's classes. `guess` is the event the index listed alone when the
/// site was built: `early.js` fetches it beside the index to save a round trip, and shows it
/// only if the index served now still lists it alone.
pub fn shell_html(guess: Option<&str>) -> String {
    let guess = guess
        .map(|slug| format!(" data-event=\"{}\"", escape(slug)))
        .unwrap_or_default();
    format!(
        "<div id=\"shell\"{guess}><header class=\"site-header\"><span class=\"brand\">wikimeet</span></header>\
         <main><article class=\"event\"><h1 class=\"page-title\" dir=\"auto\"></h1>\
         <p class=\"description\" dir=\"auto\"></p>\
         <section class=\"sessions\"><ol class=\"session-list\"></ol></section></article></main></div><!-- /shell -->"
    )
}

/// Text made safe for HTML text and attribute values.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inline::replace_between;
    use crate::tests::PAGE;

    #[test]
    fn shell_carries_no_event_data_and_is_replaced_again() {
        let shell = shell_html(Some("a\"<b>"));
        assert!(shell.contains("data-event=\"a&quot;&lt;b&gt;\""), "{shell}");
        assert!(shell.contains("<h1 class=\"page-title\" dir=\"auto\"></h1>"));
        assert!(!shell.contains("<time"), "{shell}");
        let once = replace_between(PAGE, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        let twice = replace_between(&once, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        assert_eq!(once, twice);
        assert_eq!(once.matches("id=\"shell\"").count(), 1);
        assert!(!shell_html(None).contains("data-event"));
    }
}
