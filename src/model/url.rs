//! Percent-encoding for URLs we build (calendar links, wiki links, mailto), and the one decoder
//! for values we read from a query string (routes, OAuth answers).

/// Encodes everything but RFC 3986 unreserved characters, for a query value.
pub fn encode_component(s: &str) -> String {
    encode(s, b"-_.~")
}

/// Encodes a wiki page title for a path: spaces become `_`, `/` and `:` stay readable.
pub fn wiki_title_path(title: &str) -> String {
    encode(&title.trim().replace(' ', "_"), b"-_.~/:(),")
}

fn encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A query value as a browser form encodes it: `%XX` escapes and `+` for space. A `%` not
/// followed by two hex digits stays as it is; bytes that are not UTF-8 become U+FFFD.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0usize;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes
            .get(i.saturating_add(1)..i.saturating_add(3))
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (byte, hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i = i.saturating_add(3);
                continue;
            }
            (b'+', _) => out.push(b' '),
            (b, _) => out.push(b),
        }
        i = i.saturating_add(1);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The origin of an absolute URL: `https://meta.wikimedia.org/w/api.php` →
/// `https://meta.wikimedia.org`. None for a relative URL or one that could smuggle text into
/// a policy (quotes, spaces, semicolons, commas).
pub fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let plain = |s: &str| !s.is_empty() && !s.contains(['"', '\'', ' ', ';', ',']);
    (plain(scheme) && plain(host)).then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_encode_component_writes_and_forms_send() {
        for s in ["a b&c=d/é", "100%", "x+y", ""] {
            assert_eq!(decode_component(&encode_component(s)), s);
        }
        assert_eq!(decode_component("a+b%20c"), "a b c");
        assert_eq!(decode_component("%4"), "%4", "a cut escape stays");
        assert_eq!(decode_component("%41"), "A", "an escape at the very end");
        assert_eq!(decode_component("%zz%C3%A9"), "%zzé");
    }
}
