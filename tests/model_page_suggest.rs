//! The organiser page's suggestions from a wiki page's opening.
use wikimeet::model::page_suggest::{
    free_slug, language_and_platform, slug_from, title_and_description,
};

#[test]
fn the_test_meeting_pages_opening() {
    let text = include_str!("wiki/meeting-page.wikitext");
    let (title, description) = title_and_description(
        text,
        "Volunteer Supporters Network/VSN peer-to-peer support",
    );
    assert_eq!(
        title,
        "Peer-to-peer support: a safe space for sharing thoughts and experiences"
    );
    assert!(
        description.starts_with("This meeting is meant to be a safe space"),
        "{description}"
    );
}

#[test]
fn prose_before_the_first_heading_leaves_the_page_title() {
    let (title, description) = title_and_description(
        "Welcome to the '''meetup'''.\n== Sign up ==\n# x",
        "Meetups/Café 2025",
    );
    assert_eq!(
        (title.as_str(), description.as_str()),
        ("Café 2025", "Welcome to the meetup.")
    );
    assert_eq!(
        title_and_description("", "Page"),
        ("Page".into(), String::new())
    );
}

#[test]
fn slugs() {
    assert_eq!(
        slug_from("Peer-to-peer support: a safe space"),
        "peer-to-peer-support-a-safe-space"
    );
    assert_eq!(
        slug_from("  Café Wikimedia España 2025!  "),
        "cafe-wikimedia-espana-2025"
    );
    assert_eq!(slug_from("ウィキ"), "");
    assert!(slug_from(&"long ".repeat(40)).len() <= 60);
}

#[test]
fn language_and_platform_as_the_page_states_them() {
    let text = include_str!("wiki/meeting-page.wikitext");
    assert_eq!(
        language_and_platform(text),
        (Some("English".into()), Some("Zoom".into()))
    );
    assert_eq!(
        language_and_platform(";Idioma: [[Español]]\nNos vemos en Jitsi o en Zoom."),
        (Some("Español".into()), Some("Jitsi Meet".into()))
    );
    assert_eq!(
        language_and_platform("== A ==\n;Date\n:today"),
        (None, None)
    );
    assert_eq!(
        language_and_platform(";Language\n"),
        (None, None),
        "nothing after it"
    );
}

#[test]
fn a_bold_opening_line_is_the_title_and_the_paragraph_after_it_the_description() {
    // As the VSN page opens on Meta-Wiki.
    let text = "{{Volunteer Supporters Network/Header}}\n'''Peer-to-peer support: a safe space for sharing thoughts and experiences'''\n\nThis meeting is meant to be a safe space for volunteer supporters.\n;Trainer\n:Vic\n== Register ==\n";
    let (title, description) = title_and_description(
        text,
        "Volunteer Supporters Network/VSN peer-to-peer support",
    );
    assert_eq!(
        title,
        "Peer-to-peer support: a safe space for sharing thoughts and experiences"
    );
    assert_eq!(
        description,
        "This meeting is meant to be a safe space for volunteer supporters."
    );
    // Bold words inside a sentence are prose, not a title line.
    let (title, description) = title_and_description("A '''warm''' welcome.\n== x ==", "M/Page");
    assert_eq!(
        (title.as_str(), description.as_str()),
        ("Page", "A warm welcome.")
    );
}

#[test]
fn a_new_meetings_short_name_is_one_the_site_does_not_use() {
    let taken = vec![
        "peer-support".to_string(),
        "peer-support-2024-02".to_string(),
    ];
    let feb = chrono::NaiveDate::from_ymd_opt(2024, 2, 14);
    assert_eq!(free_slug("vsn-meetup", &taken, feb), "vsn-meetup");
    assert_eq!(
        free_slug("peer-support", &taken[..1], feb),
        "peer-support-2024-02"
    );
    assert_eq!(free_slug("peer-support", &taken, feb), "peer-support-2");
    assert_eq!(free_slug("peer-support", &taken, None), "peer-support-2");
}
