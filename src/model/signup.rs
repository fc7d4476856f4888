//! The sign-up list on the wiki page: find a session's section, read its numbered list, and
//! work out the edits that add or remove one person's line without touching anyone else's.
use super::signature::{normalize_user, SiteNames};
use super::wikitext::visible_text;

/// A section of the page as `action=parse&prop=sections` lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The `section=` value for edits, e.g. "4".
    pub index: String,
    pub level: u8,
    /// The heading as rendered (may hold HTML for formatted headings).
    pub line: String,
    /// Where the heading starts in the wikitext, counted in characters (MediaWiki's
    /// `byteoffset` counts code points, despite its name); None for transcluded sections.
    pub byteoffset: Option<usize>,
}

/// One line of a sign-up list.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The wiki user the line names (see `signature`), if any.
    pub user: Option<String>,
    /// What to show: the user name, or the line's visible text when it names nobody.
    pub name: String,
    /// The other wiki the user's link points to (interwiki prefixes), if not the event's.
    pub wiki: Option<String>,
    /// The user's page, as a title on the event's wiki (`User:Ann`, `es:User:Ann`).
    pub link: Option<String>,
    /// The name is struck through: withdrawn by hand. Shown, not counted.
    pub struck: bool,
    /// The line as it stands in the wikitext.
    pub line: String,
}

/// The wikitext appended to a section to sign up: a new numbered line with the signature.
/// It starts with a newline because MediaWiki trims stored text, which would otherwise glue
/// `# ~~~~` to the last line.
pub const SIGNUP_APPENDTEXT: &str = "\n# ~~~~";

/// A heading reduced to its words for matching: tags and markup gone, space folded, lower case.
fn heading_key(text: &str) -> String {
    let plain = super::policy::strip_tags(text)
        .replace(['\'', '[', ']'], "")
        .replace("&amp;", "&")
        .replace("&#039;", "'")
        .replace("&nbsp;", " ");
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    super::text::lowercase(&plain)
}

/// The section whose heading is `heading` (compared by its words, not by position, so sections
/// added or renumbered above it do not matter).
pub fn find_section<'a>(sections: &'a [Section], heading: &str) -> Option<&'a Section> {
    let want = heading_key(heading);
    sections.iter().find(|s| heading_key(&s.line) == want)
}

/// The wikitext of `section` inside the page's `wikitext`: from its heading to the next heading
/// of the same or a higher level. None when the offsets do not point at headings: the text is
/// then not the one the offsets describe, and nothing may be cut from it.
pub fn section_text<'a>(
    wikitext: &'a str,
    sections: &[Section],
    section: &Section,
) -> Option<&'a str> {
    let start = heading_at(wikitext, section.byteoffset?)?;
    let pos = sections.iter().position(|s| s == section)?;
    let next = sections
        .iter()
        .skip(pos.saturating_add(1))
        .filter(|s| s.level <= section.level)
        .find_map(|s| s.byteoffset);
    let end = match next {
        Some(chars) => heading_at(wikitext, chars)?,
        None => wikitext.len(),
    };
    wikitext.get(start..end.max(start))
}

/// The byte index of the `chars`-th character, checked to start a heading line.
fn heading_at(text: &str, chars: usize) -> Option<usize> {
    let byte = text.char_indices().nth(chars).map(|(i, _)| i)?;
    let (before, from) = text.split_at_checked(byte)?;
    let line_start = before.is_empty() || before.ends_with('\n');
    (line_start && from.starts_with('=')).then_some(byte)
}

/// True for a top-level list item (`# …` or `* …`), not replies (`#:`, `*:`) or sub-items.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('#' | '*')) && !matches!(chars.next(), Some('#' | ':' | '*' | ';'))
}

/// The people on a section's list, in page order; struck-through lines included (marked).
pub fn entries(section_wikitext: &str, names: &SiteNames) -> Vec<Entry> {
    section_wikitext
        .lines()
        .filter(|l| is_list_item(l))
        .filter_map(|l| entry(l, names))
        .collect()
}

fn entry(line: &str, names: &SiteNames) -> Option<Entry> {
    let (user, wiki, link, struck) = match names.owner(line) {
        Some((s, struck)) => (Some(s.user), s.wiki, Some(s.link), struck),
        None => (None, None, None, false),
    };
    let name = user.clone().unwrap_or_else(|| visible_text(line));
    (!name.is_empty()).then(|| Entry {
        user,
        name,
        wiki,
        link,
        struck,
        line: line.to_string(),
    })
}

/// The people who count: every line not struck through.
pub fn count(entries: &[Entry]) -> usize {
    entries.iter().filter(|e| !e.struck).count()
}

/// Marks as `user`'s the lines this device knows it wrote for them (a signature that names
/// nobody: see `wiki::signup::register`), so they are found as theirs.
pub fn claim(entries: &mut [Entry], own_lines: &[String], user: &str) {
    for e in entries {
        claim_line(e, own_lines, user);
    }
}

fn claim_line(e: &mut Entry, own_lines: &[String], user: &str) {
    if e.user.is_none() && own_lines.contains(&e.line) {
        e.user = Some(normalize_user(user));
    }
}

/// The list as read, with the visitor's own confirmed change (`Some(true)`: registered) applied
/// until the next read shows it.
pub fn with_own_change(
    mut entries: Vec<Entry>,
    me: Option<&str>,
    mine: Option<bool>,
) -> Vec<Entry> {
    let Some(me) = me.map(normalize_user) else {
        return entries;
    };
    match mine {
        Some(true) if !is_signed_up(&entries, &me) => entries.push(Entry {
            user: Some(me.clone()),
            link: Some(format!("User:{me}")),
            name: me,
            wiki: None,
            struck: false,
            line: String::new(),
        }),
        Some(false) => entries.retain(|e| !is_users(e, &me)),
        _ => {}
    }
    entries
}

fn is_users(e: &Entry, user: &str) -> bool {
    !e.struck && e.user.as_deref() == Some(user)
}

pub fn is_signed_up(entries: &[Entry], user: &str) -> bool {
    let user = normalize_user(user);
    entries.iter().any(|e| is_users(e, &user))
}

/// The section's text with `user`'s own list lines removed (not struck ones: those are the
/// page's history), every other byte unchanged; None when the user has no line there.
pub fn without_user(
    section_wikitext: &str,
    user: &str,
    names: &SiteNames,
    own_lines: &[String],
) -> Option<String> {
    let user = normalize_user(user);
    let mut removed = false;
    let mut out = String::with_capacity(section_wikitext.len());
    for line in section_wikitext.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let mine = is_list_item(content)
            && entry(content, names).is_some_and(|mut e| {
                claim_line(&mut e, own_lines, &user);
                is_users(&e, &user)
            });
        if mine {
            removed = true;
            continue;
        }
        out.push_str(line);
    }
    removed.then_some(out)
}
