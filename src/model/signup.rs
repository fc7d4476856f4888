//! The sign-up list on the wiki page: find a session's section, read its numbered list, and
//! work out the edits that add or remove one person's line without touching anyone else's.

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
    /// The wiki user who signed, from the first `[[User:…]]` / `[[User talk:…]]` link.
    pub user: Option<String>,
    /// What to show: the user name, or the line's plain text when it has no user link.
    pub name: String,
}

/// The wikitext appended to a section to sign up: a new numbered line with the signature.
/// It starts with a newline because MediaWiki trims stored text, which would otherwise glue
/// `# ~~~~` to the last line.
pub const SIGNUP_APPENDTEXT: &str = "\n# ~~~~";

/// A user name as MediaWiki stores it: `_` as space, spaces collapsed, first letter upper case.
pub fn normalize_user(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let collapsed = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = collapsed.chars();
    match chars.next() {
        Some(first) => super::text::uppercase(first.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

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
    let next = sections[pos + 1..]
        .iter()
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
    let line_start = byte == 0 || text[..byte].ends_with('\n');
    (line_start && text[byte..].starts_with('=')).then_some(byte)
}

/// True for a top-level numbered item (`# …`), not `#:` replies or `##` sub-items.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next() == Some('#') && !matches!(chars.next(), Some('#' | ':' | '*' | ';'))
}

/// The user a line belongs to: the first user page or user talk link in it.
pub fn line_owner(line: &str) -> Option<String> {
    let mut rest = line;
    while let Some(at) = rest.find("[[") {
        rest = &rest[at + 2..];
        let target = rest.split(['|', ']']).next().unwrap_or("");
        let Some((ns, name)) = target.split_once(':') else {
            continue;
        };
        let ns = normalize_user(ns.trim());
        if ns == "User" || ns == "User talk" {
            let name = normalize_user(name.split('/').next().unwrap_or(""));
            if !name.is_empty() {
                return Some(name);
            }
        }
    }
    None
}

/// The line's own text without list marks, leading `--`, or wiki link brackets.
fn plain_name(line: &str) -> String {
    let body = line
        .trim_start_matches('#')
        .trim()
        .trim_start_matches('-')
        .trim();
    let text: String = body
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | '\''))
        .collect();
    text.chars().take(80).collect::<String>().trim().to_string()
}

/// The people on a section's list, in page order.
pub fn entries(section_wikitext: &str) -> Vec<Entry> {
    section_wikitext
        .lines()
        .filter(|l| is_list_item(l))
        .filter_map(|l| {
            let user = line_owner(l);
            let name = user.clone().unwrap_or_else(|| plain_name(l));
            (!name.is_empty()).then_some(Entry { user, name })
        })
        .collect()
}

pub fn is_signed_up(entries: &[Entry], user: &str) -> bool {
    let user = normalize_user(user);
    entries
        .iter()
        .any(|e| e.user.as_deref() == Some(user.as_str()))
}

/// The section's text with `user`'s own list lines removed, every other byte unchanged;
/// None when the user has no line there.
pub fn without_user(section_wikitext: &str, user: &str) -> Option<String> {
    let user = normalize_user(user);
    let mut removed = false;
    let mut out = String::with_capacity(section_wikitext.len());
    for line in section_wikitext.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_list_item(content) && line_owner(content).as_deref() == Some(user.as_str()) {
            removed = true;
            continue;
        }
        out.push_str(line);
    }
    removed.then_some(out)
}
