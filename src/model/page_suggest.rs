//! What the organiser page suggests from a wiki page before the organiser types anything: the
//! meeting's title and description from the page's opening, a slug from the title.
use super::policy::plain;

/// A prose line: not a heading, template, list, definition, table or comment.
fn is_prose(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && !line.starts_with(['=', '{', '}', '|', '*', '#', ':', ';', '<', '!', '['])
}

/// A line wholly in bold (`'''Title'''`): how many pages open, with the meeting's name.
fn is_bold_line(line: &str) -> bool {
    let line = line.trim();
    line.len() > 6 && line.starts_with("'''") && line.ends_with("'''")
}

/// The title and description the page's opening suggests: its bold first line, else its first
/// heading when nothing but templates stands before it, else the page title's last part; and
/// the first paragraph of prose that is not that title.
pub fn title_and_description(wikitext: &str, page_title: &str) -> (String, String) {
    let lines: Vec<&str> = wikitext.lines().collect();
    let first_heading = lines.iter().position(|l| l.trim_start().starts_with("=="));
    let opening = || lines.iter().take(first_heading.unwrap_or(lines.len()));
    let bold = opening().find(|l| is_prose(l)).filter(|l| is_bold_line(l));
    let prose_before = opening().any(|l| is_prose(l));
    let heading = first_heading.and_then(|i| lines.get(i));
    let title = match (bold, heading) {
        (Some(b), _) => plain(b),
        (None, Some(h)) if !prose_before => plain(h.trim().trim_matches('=')),
        _ => page_title
            .rsplit('/')
            .next()
            .unwrap_or(page_title)
            .to_string(),
    };
    let description = lines
        .iter()
        .find(|l| is_prose(l) && !is_bold_line(l))
        .map(|l| plain(l))
        .unwrap_or_default();
    (title.trim().to_string(), description.trim().to_string())
}

/// `slug` if the site does not use it yet, else with the first session's year and month
/// (`peer-support-2024-02`), else with a number: a new meeting never starts with a clash
/// (nor with the site's own `all` or `index`).
pub fn free_slug(slug: &str, taken: &[String], first: Option<chrono::NaiveDate>) -> String {
    let reserved = |s: &String| super::feed::RESERVED_SLUGS.contains(&s.as_str());
    let free = |s: &String| !taken.contains(s) && !reserved(s);
    let dated = first.map(|d| format!("{slug}-{}", d.format("%Y-%m")));
    std::iter::once(slug.to_string())
        .chain(dated)
        .chain((2u32..).map(|n| format!("{slug}-{n}")))
        .find(free)
        .unwrap_or_default()
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

/// Names of a meeting's language in a definition list (`;Language` then `:English`, or
/// `;Language: English`), in the languages wikimeet speaks.
const LANGUAGE_TERMS: &[&str] = &[
    "language",
    "languages",
    "idioma",
    "idiomas",
    "sprache",
    "langue",
    "lingua",
    "język",
    "língua",
    "اللغة",
];

/// Video platforms as pages name them, and how the event file writes them.
const PLATFORMS: &[(&str, &str)] = &[
    ("zoom", "Zoom"),
    ("jitsi", "Jitsi Meet"),
    ("google meet", "Google Meet"),
    ("microsoft teams", "Microsoft Teams"),
    ("bigbluebutton", "BigBlueButton"),
    ("webex", "Webex"),
    ("whereby", "Whereby"),
    ("discord", "Discord"),
];

/// The meeting's language and platform as the page states them: the language from its
/// definition list, the platform the first one the page names. None where it says nothing.
pub fn language_and_platform(wikitext: &str) -> (Option<String>, Option<String>) {
    let lines: Vec<&str> = wikitext.lines().map(str::trim).collect();
    let language = lines.iter().enumerate().find_map(|(i, line)| {
        let term = line.strip_prefix(';')?;
        let (name, same_line) = term.split_once(':').unwrap_or((term, ""));
        let name = super::text::lowercase(&plain(name));
        if !LANGUAGE_TERMS.contains(&name.trim()) {
            return None;
        }
        let next = lines
            .get(i.saturating_add(1))
            .and_then(|l| l.strip_prefix(':'));
        let value = plain(if same_line.trim().is_empty() {
            next?
        } else {
            same_line
        });
        (!value.is_empty()).then_some(value)
    });
    let text = super::text::lowercase(wikitext);
    let platform = PLATFORMS
        .iter()
        .filter_map(|(name, written)| Some((text.find(name)?, *written)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, written)| written.to_string());
    (language, platform)
}
