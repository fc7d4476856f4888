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
    let (mut i, mut text_start) = (0, 0);
    while i < line.len() {
        let rest = &line[i..];
        match piece_at(rest) {
            Some((piece, len)) => {
                if text_start < i {
                    out.push(Piece::Text(&line[text_start..i]));
                }
                out.push(piece);
                i += len;
                text_start = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if text_start < line.len() {
        out.push(Piece::Text(&line[text_start..]));
    }
    out
}

/// The piece that starts `rest` and its length in bytes, if one does.
fn piece_at(rest: &str) -> Option<(Piece<'_>, usize)> {
    if let Some(inner) = rest.strip_prefix("[[") {
        let end = inner.find("]]")?;
        let (target, label) = match inner[..end].split_once('|') {
            Some((t, l)) => (t, Some(l)),
            None => (&inner[..end], None),
        };
        return Some((Piece::Link { target, label }, end + 4));
    }
    if let Some(inner) = rest.strip_prefix("{{") {
        let end = inner.find("}}")?;
        let mut parts = inner[..end].split('|').map(str::trim);
        let name = parts.next().unwrap_or("");
        let params = parts.collect();
        return Some((Piece::Template { name, params }, end + 4));
    }
    if let Some(inner) = rest.strip_prefix('[') {
        if !(inner.starts_with("http") || inner.starts_with("//")) {
            return None;
        }
        let end = inner.find(']')?;
        let label = inner[..end].split_once(' ').map_or("", |(_, l)| l);
        return Some((Piece::Text(label), end + 2));
    }
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    let (closing, tag) = match inner[..end].strip_prefix('/') {
        Some(t) => (true, t),
        None => (false, &inner[..end]),
    };
    let name_len = tag.bytes().take_while(u8::is_ascii_alphanumeric).count();
    (name_len > 0).then(|| {
        let name = &tag[..name_len];
        (Piece::Tag { name, closing }, end + 2)
    })
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
    for i in 0..b.len() {
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let starts = i == 0 || !b[i - 1].is_ascii_digit();
        if starts && (1..=2).contains(&digits) && b[i + digits..].starts_with(b":") {
            let after = &b[i + digits + 1..];
            if after.len() >= 2 && after[..2].iter().all(u8::is_ascii_digit) {
                return &text[..i];
            }
        }
    }
    text
}

#[cfg(test)]
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
