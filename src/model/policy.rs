//! The meeting's safe-space policy: rules grouped under headings, each a bold title and its text.
//! Read from the wiki page's policy section, or from the event file's copy.

#[derive(Clone, Debug, PartialEq)]
pub struct RuleGroup {
    pub title: String,
    pub rules: Vec<Rule>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub title: String,
    pub text: String,
}

impl Rule {
    /// The rule's anchor, e.g. `privacy` or `friendliness-and-mutual-respect`.
    pub fn id(&self) -> String {
        slug(&self.title)
    }
}

pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in super::text::lowercase(text).chars() {
        if super::text::is_word_char(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Wiki markup reduced to plain text: links to their label, bold/italic marks and tags gone.
/// The result is only ever shown as text, never as HTML.
pub fn plain(wikitext: &str) -> String {
    let s = wikitext.replace("'''", "").replace("''", "");
    // [[target|label]] and [[target]]
    let s = replace_spans(&s, "[[", "]]", |inner| {
        inner.rsplit('|').next().unwrap_or(inner).to_string()
    });
    // [https://… label]
    let s = replace_spans(&s, "[http", "]", |inner| match inner.split_once(' ') {
        Some((_, label)) => label.to_string(),
        None => format!("http{inner}"),
    });
    strip_tags(&s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with each `open … close` span replaced by what `label` makes of its inside; from an
/// `open` with no `close` after it, the rest stays as it is.
fn replace_spans(text: &str, open: &str, close: &str, label: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once(open) {
        let Some((inner, tail)) = after.split_once(close) else {
            break;
        };
        out.push_str(before);
        out.push_str(&label(inner));
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// Text without `<…>` tags.
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Parses the policy section's wikitext: each sub-heading starts a group, each bullet line
/// `* '''Title''' – text` is a rule. Lines that are neither are skipped.
pub fn parse(section_wikitext: &str) -> Vec<RuleGroup> {
    let mut groups: Vec<RuleGroup> = Vec::new();
    for line in section_wikitext.lines().map(str::trim) {
        let level = line.chars().take_while(|c| *c == '=').count();
        if level >= 3 && line.ends_with(&"=".repeat(level)) {
            let title = plain(line.trim_matches('='));
            groups.push(RuleGroup {
                title,
                rules: Vec::new(),
            });
            continue;
        }
        let Some(item) = line.strip_prefix('*') else {
            continue;
        };
        let item = item.trim();
        let Some(rest) = item.strip_prefix("'''") else {
            continue;
        };
        let Some((title, text)) = rest.split_once("'''") else {
            continue;
        };
        let title = plain(title);
        let text = plain(text.trim_start_matches([' ', '–', '-', '—', ':']));
        if title.is_empty() {
            continue;
        }
        let rule = Rule { title, text };
        match groups.last_mut() {
            Some(group) => group.rules.push(rule),
            None => groups.push(RuleGroup {
                title: String::new(),
                rules: vec![rule],
            }),
        }
    }
    groups.retain(|g| !g.rules.is_empty());
    groups
}

/// Every rule, in order.
pub fn all_rules(groups: &[RuleGroup]) -> impl Iterator<Item = &Rule> {
    groups.iter().flat_map(|g| g.rules.iter())
}
