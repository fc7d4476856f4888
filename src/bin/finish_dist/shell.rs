//! Step 1: the meeting page's layout in the page (`#shell`), with no event data in it: the
//! title and sessions come from the event file the host serves now (`early.js` fills them), so
//! a file edited in place is never shown stale.

/// The layout with the app's classes.
pub const SHELL: &str = "<div id=\"shell\"><header class=\"site-header\"><span class=\"brand\">wikimeet</span></header>\
<main><article class=\"event\"><h1 class=\"page-title\" dir=\"auto\"></h1>\
<p class=\"next-when\"></p><p class=\"description\" dir=\"auto\"></p>\
<section class=\"sessions\"><ol class=\"session-list\"></ol></section></article></main></div><!-- /shell -->";

/// Text made safe for HTML text and attribute values.
pub fn escape(s: &str) -> String {
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
        assert_eq!(escape("a\"<b>&"), "a&quot;&lt;b&gt;&amp;");
        assert!(SHELL.contains("<h1 class=\"page-title\" dir=\"auto\"></h1>"));
        assert!(!SHELL.contains("<time") && !SHELL.contains("data-event"));
        let once = replace_between(PAGE, "<div id=\"shell\"", "<!-- /shell -->", SHELL);
        let twice = replace_between(&once, "<div id=\"shell\"", "<!-- /shell -->", SHELL);
        assert_eq!(once, twice);
        assert_eq!(once.matches("id=\"shell\"").count(), 1);
    }
}
