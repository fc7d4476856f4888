//! Step 1: the default event's sessions as plain HTML in the page (`#shell`).
use wikimeet::model::event::Event;
use wikimeet::model::time::{iso_utc, utc_label};

pub const EMPTY_SHELL: &str = "<div id=\"shell\"></div><!-- /shell -->";

/// The default event as plain HTML with the app's classes; times in UTC until `early.js`
/// rewrites them in the visitor's zone and language.
pub fn shell_html(event: &Event) -> String {
    let mut sessions = String::new();
    for s in &event.sessions {
        let end = s
            .duration_minutes
            .map(|_| iso_utc(s.end(event)))
            .unwrap_or_default();
        sessions.push_str(&format!(
            "<li class=\"session\"><p class=\"local\"><time datetime=\"{}\" data-end=\"{}\">{}</time></p></li>",
            iso_utc(s.start),
            end,
            escape(&utc_label(s.start))
        ));
    }
    format!(
        "<div id=\"shell\" data-event=\"{slug}\">\
         <link rel=\"preload\" href=\"events/{slug}.json\" as=\"fetch\" crossorigin=\"anonymous\"><header class=\"site-header\"><span class=\"brand\">wikimeet</span></header>\
         <main><article class=\"event\"><h1 class=\"page-title\" dir=\"auto\">{title}</h1>\
         <p class=\"description\" dir=\"auto\">{description}</p>\
         <section class=\"sessions\"><ol class=\"session-list\">{sessions}</ol></section></article></main></div><!-- /shell -->",
        slug = escape(&event.slug),
        title = escape(&event.title),
        description = escape(&event.description),
    )
}

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
    use wikimeet::model::event::Event;

    #[test]
    fn shell_is_escaped_and_replaced_again() {
        let text = include_str!("../../../public/events/vsn-peer-to-peer-support.json")
            .replace("\"title\": \"", "\"title\": \"<b>&");
        let e = Event::from_json("vsn.json", &text).unwrap();
        let shell = shell_html(&e);
        assert!(
            shell.contains("&lt;b&gt;&amp;") && !shell.contains("<b>"),
            "{shell}"
        );
        assert!(
            shell.contains("<time datetime=\"2024-02-14T15:00:00Z\""),
            "{shell}"
        );
        let once = replace_between(PAGE, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        let twice = replace_between(&once, "<div id=\"shell\"", "<!-- /shell -->", &shell);
        assert_eq!(once, twice);
        assert_eq!(once.matches("id=\"shell\"").count(), 1);
    }
}
