//! The organiser page reads a wiki page's address in the forms people copy.
use wikimeet::model::wiki_address::{article_path, read, WikiAddress};

fn page(apis: &[&str], title: &str) -> Result<WikiAddress, String> {
    Ok(WikiAddress {
        apis: apis.iter().map(|a| a.to_string()).collect(),
        title: Some(title.into()),
    })
}

const VSN: &str = "Volunteer Supporters Network/VSN peer-to-peer support";

#[test]
fn an_article_address() {
    assert_eq!(
        read("https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network/VSN_peer-to-peer_support#Register", ""),
        page(&["https://meta.wikimedia.org/w/api.php", "https://meta.wikimedia.org/api.php"], VSN)
    );
    assert_eq!(
        read(
            " https://de.wikipedia.org/wiki/Wikipedia:Caf%C3%A9_C++ ",
            ""
        )
        .unwrap()
        .title
        .as_deref(),
        Some("Wikipedia:Café C++")
    );
}

#[test]
fn index_php_addresses() {
    assert_eq!(
        read("https://meta.wikimedia.org/w/index.php?title=Volunteer_Supporters_Network/VSN_peer-to-peer_support&action=edit&section=3", ""),
        page(&["https://meta.wikimedia.org/w/api.php"], VSN)
    );
    assert_eq!(
        read(
            "http://127.0.0.1:8181/index.php/Volunteer_Supporters_Network/VSN_peer-to-peer_support",
            ""
        ),
        page(&["http://127.0.0.1:8181/api.php"], VSN)
    );
    assert_eq!(
        read(
            "https://wiki.example.org/mediawiki/index.php?title=Meet+up",
            ""
        ),
        page(&["https://wiki.example.org/mediawiki/api.php"], "Meet up")
    );
}

#[test]
fn an_api_address_with_the_title_apart() {
    assert_eq!(
        read(
            "https://meta.wikimedia.org/w/api.php",
            "Volunteer Supporters Network/VSN peer-to-peer support"
        ),
        page(&["https://meta.wikimedia.org/w/api.php"], VSN)
    );
    let no_title = read("https://meta.wikimedia.org/w/api.php", "").unwrap();
    assert_eq!(no_title.title, None);
}

#[test]
fn addresses_that_are_not_web_addresses() {
    for bad in [
        "",
        "meta.wikimedia.org/wiki/X",
        "ftp://example.org/wiki/X",
        "https:///wiki/X",
        "Volunteer Supporters Network",
    ] {
        let problem = read(bad, "").unwrap_err();
        assert!(!problem.is_empty(), "{bad}");
    }
}

#[test]
fn the_article_path_from_siteinfo() {
    assert_eq!(
        article_path(
            "https://meta.wikimedia.org/w/api.php",
            "//meta.wikimedia.org",
            "/wiki/$1"
        ),
        "https://meta.wikimedia.org/wiki/$1"
    );
    assert_eq!(
        article_path(
            "http://127.0.0.1:8181/api.php",
            "http://127.0.0.1:8181",
            "/index.php/$1"
        ),
        "http://127.0.0.1:8181/index.php/$1"
    );
}
