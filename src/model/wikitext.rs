//! One line of wikitext cut into the pieces a sign-up line is made of: plain text, wiki links,
//! templates and HTML tags, and what such a line says as plain text. Just enough of the syntax
//! to read signatures; nothing is rendered as HTML.

#[derive(Clone, Debug, PartialEq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// `[[target|label]]`.
    Link {
        target: &'a str,
        label: Option<&'a str>,
    },
    /// `{{name|param|…}}`, parameters trimmed.
    Template {
        name: &'a str,
        params: Vec<&'a str>,
    },
    /// `<name …>` or `</name>`.
    Tag {
        name: &'a str,
        closing: bool,
    },
}

/// The pieces of `line`, in order. An external link `[https://… label]` becomes its label.
pub fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let at = line.len().saturating_sub(rest.len());
        match piece_at(rest) {
            Some((piece, len)) => {
                if let Some(text) = line.get(text_start..at).filter(|t| !t.is_empty()) {
                    out.push(Piece::Text(text));
                }
                out.push(piece);
                rest = rest.get(len..).unwrap_or_default();
                text_start = line.len().saturating_sub(rest.len());
            }
            None => rest = rest.get(c.len_utf8()..).unwrap_or_default(),
        }
    }
    if let Some(text) = line.get(text_start..).filter(|t| !t.is_empty()) {
        out.push(Piece::Text(text));
    }
    out
}

/// `rest` split at the first `end` after it: what stands before, and the length of both.
fn closed_by<'a>(rest: &'a str, end: &str) -> Option<(&'a str, usize)> {
    let (inner, _) = rest.split_once(end)?;
    Some((inner, inner.len().saturating_add(end.len())))
}

/// The piece that starts `rest` and its length in bytes, if one does.
fn piece_at(rest: &str) -> Option<(Piece<'_>, usize)> {
    if let Some(after) = rest.strip_prefix("[[") {
        let (inner, len) = closed_by(after, "]]")?;
        let (target, label) = match inner.split_once('|') {
            Some((t, l)) => (t, Some(l)),
            None => (inner, None),
        };
        return Some((Piece::Link { target, label }, len.saturating_add(2)));
    }
    if let Some(after) = rest.strip_prefix("{{") {
        let (inner, len) = closed_by(after, "}}")?;
        let mut parts = inner.split('|').map(str::trim);
        let name = parts.next().unwrap_or("");
        let params = parts.collect();
        return Some((Piece::Template { name, params }, len.saturating_add(2)));
    }
    if let Some(after) = rest.strip_prefix('[') {
        if !(after.starts_with("http") || after.starts_with("//")) {
            return None;
        }
        let (inner, len) = closed_by(after, "]")?;
        let label = inner.split_once(' ').map_or("", |(_, l)| l);
        return Some((Piece::Text(label), len.saturating_add(1)));
    }
    let (inner, len) = closed_by(rest.strip_prefix('<')?, ">")?;
    let (closing, tag) = match inner.strip_prefix('/') {
        Some(t) => (true, t),
        None => (false, inner),
    };
    let name_end = tag
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(tag.len());
    let name = tag.get(..name_end).filter(|n| !n.is_empty())?;
    Some((Piece::Tag { name, closing }, len.saturating_add(1)))
}

/// What `line` says, for a reader: link labels, a template's first parameter, no tags, no
/// bold or italics, no signature timestamp, no markup characters; at most 80 characters.
pub fn visible_text(line: &str) -> String {
    let mut out = String::new();
    for piece in pieces(line) {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Link { target, label } => out.push_str(&super::policy::strip_tags(
                label.unwrap_or(target.trim_start_matches(':')),
            )),
            Piece::Template { params, .. } => {
                out.push_str(params.iter().find(|p| !p.contains('=')).unwrap_or(&""))
            }
            Piece::Tag { .. } => {}
        }
    }
    let unquoted = out.replace("'''", "").replace("''", "");
    let text = without_timestamp(&unquoted);
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | '{' | '}' | '|'))
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_matches(|c: char| c == '-' || c == '#' || c == '*' || c == ' ');
    text.chars()
        .take(80)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// The text before a signature's timestamp (`10:00, 1 February 2024 (UTC)` in any language:
/// a time, then anything, then a closing parenthesis at the end).
fn without_timestamp(text: &str) -> &str {
    let trimmed = text.trim_end();
    if !trimmed.ends_with(')') {
        return text;
    }
    let b = trimmed.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    for i in 0..b.len() {
        let digits = (i..b.len()).take_while(|j| digit_at(*j)).count();
        let starts = i == 0 || !digit_at(i.saturating_sub(1));
        let colon = i.saturating_add(digits);
        if starts
            && (1..=2).contains(&digits)
            && b.get(colon) == Some(&b':')
            && digit_at(colon.saturating_add(1))
            && digit_at(colon.saturating_add(2))
        {
            // Byte i is an ASCII digit: a character starts there.
            return text.get(..i).unwrap_or(text);
        }
    }
    text
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes past the end fails, as it should
mod tests {
    use super::*;

    #[test]
    fn cuts_a_signature_into_pieces() {
        let p = pieces("# <s>[[User:A|A]]</s> {{u|B|x=1}} [https://e.org site] ok");
        assert_eq!(p[0], Piece::Text("# "));
        assert_eq!(
            p[1],
            Piece::Tag {
                name: "s",
                closing: false
            }
        );
        assert_eq!(
            p[2],
            Piece::Link {
                target: "User:A",
                label: Some("A")
            }
        );
        assert_eq!(
            p[3],
            Piece::Tag {
                name: "s",
                closing: true
            }
        );
        assert_eq!(
            p[5],
            Piece::Template {
                name: "u",
                params: vec!["B", "x=1"]
            }
        );
        assert_eq!(p[7], Piece::Text("site"));
        assert_eq!(p.last(), Some(&Piece::Text(" ok")));
        assert_eq!(
            pieces("a [[b"),
            vec![Piece::Text("a [[b")],
            "unclosed stays text"
        );
        assert_eq!(pieces("1 < 2"), vec![Piece::Text("1 < 2")]);
    }
}
