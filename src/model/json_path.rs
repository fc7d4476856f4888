//! Where in a JSON text an error happened, as a field path like `sessions[1].start`: the text
//! is scanned up to serde_json's line and column. (A tracking deserializer would do the same
//! at every field, at several KB of wasm; an error is rare, so it pays only then.)

enum Frame {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The path of the value being read at `line`/`column` (1-based, in bytes, as serde_json
/// counts them).
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    // Up to, not including, the character serde_json stopped at: that may be the `}` after
    // the value in question, which must not close its object here.
    let end = (line_start + column.saturating_sub(1)).min(text.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..end].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                if let Some(Frame::Object {
                    key,
                    want_key: want @ true,
                }) = stack.last_mut()
                {
                    *key = Some(s);
                    *want = false;
                }
            }
            '{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The path of the object an error is about: for "missing field" the object itself, not the
/// last field read before its end.
pub fn object_path(path: &str) -> String {
    match path.rfind(['.', '[']) {
        Some(at) if path[at..].starts_with('.') => path[..at].to_string(),
        Some(_) => path.to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_at_positions() {
        let text = "{\"a\": 1,\n \"s\": [{\"x\": \"a,b\"}, {\"y\": \"q\\\"}\", \"z\": 2}]}";
        // At the `,` after "y"'s value (a string with an escaped quote and a brace in it).
        let col = text.lines().nth(1).unwrap().find("\", \"z").unwrap() + 2;
        assert_eq!(path_at(text, 2, col), "s[1].y");
        assert_eq!(path_at(text, 1, 5), "a");
        // At the last `}`: still inside the outer object, after "s".
        assert_eq!(path_at(text, 2, text.lines().nth(1).unwrap().len()), "s");
        assert_eq!(object_path("s[1].y"), "s[1]");
        assert_eq!(object_path("title"), "");
        assert_eq!(object_path("s[1]"), "s[1]");
    }
}
