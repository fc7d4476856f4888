//! A wiki page's address as an organiser pastes it, read into the API addresses to try and the
//! page title: `/wiki/Title`, `/w/index.php?title=Title`, `/index.php/Title`, or an `api.php`
//! address with the title given apart. Which API answers is found by asking each for
//! `meta=siteinfo` (the organiser page does), which also gives the wiki's article path.
use super::url::decode_component;

#[derive(Clone, Debug, PartialEq)]
pub struct WikiAddress {
    /// api.php addresses to try, the likeliest first.
    pub apis: Vec<String>,
    /// The page, with spaces rather than underscores; None when the address names none.
    pub title: Option<String>,
}

/// A title as a URL carries it: `%XX` decoded, `_` as space. In a path `+` is a plus sign.
fn title_from(raw: &str, in_query: bool) -> Option<String> {
    let raw = if in_query {
        raw.to_string()
    } else {
        raw.replace('+', "%2B")
    };
    let title = decode_component(&raw).replace('_', " ");
    let title = title.trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// Reads `address` (and `title`, used when the address names no page, e.g. an api.php one).
pub fn read(address: &str, title: &str) -> Result<WikiAddress, String> {
    let address = address.trim();
    if address.is_empty() {
        return Err(
            "enter the address of the wiki page, e.g. https://meta.wikimedia.org/wiki/Page".into(),
        );
    }
    let Some((scheme, rest)) = address.split_once("://") else {
        return Err(format!(
            "\"{address}\" is not a web address: copy it from the browser's address bar, starting with https://"
        ));
    };
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return Err(format!(
            "\"{address}\" is not a web address starting with https://"
        ));
    }
    let rest = rest.split('#').next().unwrap_or_default();
    let (path_part, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = path_part.split_once('/').unwrap_or((path_part, ""));
    if host.is_empty() || host.contains(['"', '\'', ' ', ';', ',']) {
        return Err(format!("\"{address}\" names no web site"));
    }
    let base = format!("{scheme}://{host}");
    let path = format!("/{path}");
    let query_title = query
        .split('&')
        .find_map(|p| p.strip_prefix("title="))
        .and_then(|t| title_from(t, true));
    let given = title_from(title, true).filter(|_| !title.trim().is_empty());
    let (apis, from_address) = if let Some(dir) = path.strip_suffix("api.php") {
        (vec![format!("{base}{dir}api.php")], None)
    } else if let Some((dir, after)) = path.split_once("index.php") {
        let page = after.strip_prefix('/').and_then(|t| title_from(t, false));
        (vec![format!("{base}{dir}api.php")], page.or(query_title))
    } else {
        // An article path such as /wiki/Title: the script path is not in it; try the usual two.
        let page = path
            .strip_prefix("/wiki/")
            .and_then(|t| title_from(t, false));
        let apis = vec![format!("{base}/w/api.php"), format!("{base}/api.php")];
        (apis, page.or(query_title))
    };
    let title = from_address.or(given);
    Ok(WikiAddress { apis, title })
}

/// The wiki's article path (`https://meta.wikimedia.org/wiki/$1`) from siteinfo's `server`
/// (which may be protocol-relative, `//meta.wikimedia.org`) and `articlepath`; `api` gives the
/// scheme.
pub fn article_path(api: &str, server: &str, articlepath: &str) -> String {
    let scheme = api.split_once("://").map_or("https", |(s, _)| s);
    let server = match server.strip_prefix("//") {
        Some(host) => format!("{scheme}://{host}"),
        None => server.to_string(),
    };
    format!("{server}{articlepath}")
}
