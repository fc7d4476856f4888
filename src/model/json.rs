//! JSON documents read without serde: event files, the wiki's answers, message files. A small
//! parser of our own, the same in the browser and in the tests: when a text is not JSON it knows
//! the line, the column and the field it was reading, so an organiser reads "field
//! `sessions[1].start`" rather than a byte offset; numbers stay text until read as whole numbers,
//! so no float-parsing code or tables reach the wasm (serde_json's cost ~14 KB compressed).
//! `Json::parse` is in `json_parser.rs`.

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// 1-based, counted in characters.
    pub line: usize,
    pub column: usize,
    /// The field being read, e.g. `sessions[1].start`; empty at the top.
    pub path: String,
    pub message: &'static str,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// Why a file's text, as the browser decoded it, was not saved as UTF-8: a NUL character
/// (UTF-16, which Windows Notepad calls "Unicode") or a character the decoder could not read
/// (U+FFFD, e.g. a file saved as "ANSI").
pub fn not_utf8(text: &str) -> Option<&'static str> {
    (text.contains('\0') || text.contains('\u{fffd}')).then_some(
        "the file is not saved as UTF-8 (perhaps as UTF-16 or ANSI): save it again with the \
         encoding UTF-8",
    )
}

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// As written; read with `as_u64`.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in document order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object's member.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.entries()?.iter().find(|m| m.0 == key).map(|m| &m.1)
    }

    /// `/a/b/c`: members by name.
    pub fn pointer(&self, path: &str) -> Option<&Json> {
        path.split('/').skip(1).try_fold(self, |v, key| v.get(key))
    }

    pub fn entries(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// An array's item `i` as text (the rows the organiser page keeps on the device).
    pub fn str_at(&self, i: usize) -> Option<&str> {
        self.as_array()?.get(i)?.as_str()
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole, non-negative number (`12`, not `12.5` or `-1`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        *self == Json::Null
    }
}

/// `"text"` with JSON escapes, for writing JSON by hand.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len().saturating_add(2));
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Json {
    /// The value as JSON text, indented by two spaces as organisers' event files are.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let pad = |out: &mut String, depth: usize| out.push_str(&"  ".repeat(depth));
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => out.push_str(&quote(s)),
            Json::Array(items) if items.iter().all(|i| matches!(i, Json::String(_))) => {
                let items: Vec<String> = items.iter().map(Json::pretty).collect();
                out.push_str(&format!("[{}]", items.join(", ")));
            }
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, depth.saturating_add(1));
                    item.write(out, depth.saturating_add(1));
                }
                out.push('\n');
                pad(out, depth);
                out.push(']');
            }
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    pad(out, depth.saturating_add(1));
                    out.push_str(&quote(k));
                    out.push_str(": ");
                    v.write(out, depth.saturating_add(1));
                }
                out.push('\n');
                pad(out, depth);
                out.push('}');
            }
        }
    }
}
