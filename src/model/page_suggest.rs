//! What the organiser page suggests from a wiki page before the organiser types anything: the
//! meeting's title and description from the page's opening, a slug from the title.
use super::policy::plain;

/// A prose line: not a heading, template, list, definition, table or comment.
fn is_prose(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && !line.starts_with(['=', '{', '}', '|', '*', '#', ':', ';', '<', '!', '['])
}

/// The title and description the page's opening suggests: its first heading when nothing but
/// templates stands before it (else the page title's last part), and the first prose paragraph.
pub fn title_and_description(wikitext: &str, page_title: &str) -> (String, String) {
    let lines: Vec<&str> = wikitext.lines().collect();
    let first_heading = lines.iter().position(|l| l.trim_start().starts_with("=="));
    let prose_before = lines
        .iter()
        .take(first_heading.unwrap_or(lines.len()))
        .any(|l| is_prose(l));
    let heading = first_heading.and_then(|i| lines.get(i));
    let title = match heading {
        Some(h) if !prose_before => plain(h.trim().trim_matches('=')),
        _ => page_title
            .rsplit('/')
            .next()
            .unwrap_or(page_title)
            .to_string(),
    };
    let description = lines
        .iter()
        .find(|l| is_prose(l))
        .map(|l| plain(l))
        .unwrap_or_default();
    (title.trim().to_string(), description.trim().to_string())
}

/// A slug for `title`: lowercase letters a-z and digits joined by '-', accents dropped, at most
/// 60 characters (event file names and links use it).
pub fn slug_from(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}
