//! Percent-encoding for URLs we build (calendar links, wiki links, mailto).

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
