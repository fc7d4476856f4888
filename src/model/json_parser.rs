//! The JSON parser behind `Json::parse`: it tracks the line, the column and the field path it
//! is reading, for errors an organiser can act on. It reads bytes and never slices the text
//! inside a character: whatever the input, it returns a value or an error (the generated-input
//! tests in `tests/model_readers.rs` hold it to serde_json's verdicts). Where it differs from
//! serde_json on purpose: README "Event files", "Where the reader differs from strict JSON".
use super::json::{Json, SyntaxError};

/// Arrays and objects nest at most this deep (serde_json: 128): each level is a call, and a
/// hostile document must not exhaust the stack.
pub const MAX_DEPTH: usize = 100;

impl Json {
    /// Parses a whole document. A leading byte-order mark (Windows Notepad's UTF-8) is skipped.
    pub fn parse(text: &str) -> Result<Json, SyntaxError> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut p = Parser {
            text: body,
            bytes: body.as_bytes(),
            at: 0,
            path: Vec::new(),
        };
        let v = p.value()?;
        p.space();
        match p.at < body.len() {
            true => Err(p.error("unexpected text after the end")),
            false => Ok(v),
        }
    }
}

enum Step {
    Key(String),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// A byte offset; every step moves it past a whole character or ASCII byte.
    at: usize,
    path: Vec<Step>,
}

impl Parser<'_> {
    /// The error at `at`, counted in characters (a column never falls inside one).
    fn error(&self, message: &'static str) -> SyntaxError {
        let mut end = self.at.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        let before = self.text.get(..end).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(k) if path.is_empty() => path.push_str(k),
                Step::Key(k) => path.push_str(&format!(".{k}")),
                Step::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        SyntaxError {
            line: before.matches('\n').count().saturating_add(1),
            column: before
                .get(line_start..)
                .unwrap_or_default()
                .chars()
                .count()
                .saturating_add(1),
            path,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Moves past `n` bytes the caller has just read as ASCII.
    fn skip(&mut self, n: usize) {
        self.at = self.at.saturating_add(n);
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.skip(1);
        }
    }

    /// Skips `c` after any space, or fails with `message`.
    fn expect(&mut self, c: u8, message: &'static str) -> Result<(), SyntaxError> {
        self.space();
        if self.peek() != Some(c) {
            return Err(self.error(message));
        }
        self.skip(1);
        Ok(())
    }

    fn value(&mut self) -> Result<Json, SyntaxError> {
        if self.path.len() > MAX_DEPTH {
            return Err(self.error("nested more than 100 levels deep"));
        }
        self.space();
        let rest = self.bytes.get(self.at..).unwrap_or_default();
        for (word, v) in [
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("null", Json::Null),
        ] {
            if rest.starts_with(word.as_bytes()) {
                self.skip(word.len());
                return Ok(v);
            }
        }
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            None => Err(self.error("the text ends where a value should be")),
            _ => Err(self.error(
                "expected a value (text in \"quotes\", a number, true, false, null, [ or {)",
            )),
        }
    }

    /// After `{` or `[`: items up to `close`, separated by commas, each read by `item`.
    fn items(
        &mut self,
        close: u8,
        message: &'static str,
        mut item: impl FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.skip(1);
        self.space();
        if self.peek() == Some(close) {
            self.skip(1);
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.skip(1),
                Some(c) if c == close => {
                    self.skip(1);
                    return Ok(());
                }
                _ => return Err(self.error(message)),
            }
        }
    }

    fn object(&mut self) -> Result<Json, SyntaxError> {
        let mut members = Vec::new();
        self.items(b'}', "expected , or } after a field", |p| {
            p.space();
            if p.peek() != Some(b'"') {
                return Err(p.error("expected a field name in \"quotes\""));
            }
            let key = p.string()?;
            p.expect(b':', "expected : after the field name")?;
            p.path.push(Step::Key(key.clone()));
            let v = p.value()?;
            p.path.pop();
            members.push((key, v));
            Ok(())
        })?;
        Ok(Json::Object(members))
    }

    fn array(&mut self) -> Result<Json, SyntaxError> {
        let mut items = Vec::new();
        self.items(b']', "expected , or ] after a list item", |p| {
            p.path.push(Step::Index(items.len()));
            items.push(p.value()?);
            p.path.pop();
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.skip(1);
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..).unwrap_or_default();
            let Some(end) = rest.find(['"', '\\']) else {
                return Err(self.error("the text ends inside \"quotes\""));
            };
            let plain = rest.get(..end).unwrap_or_default();
            if let Some(c) = plain.bytes().position(|b| b < b' ') {
                self.skip(c);
                return Err(self.error("a line break inside \"quotes\" (write \\n)"));
            }
            out.push_str(plain);
            let backslash = self.at.saturating_add(end);
            self.at = backslash.saturating_add(1);
            if rest.as_bytes().get(end) == Some(&b'"') {
                return Ok(out);
            }
            let escaped = match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    self.skip(1);
                    out.push(self.unicode()?);
                    continue;
                }
                None => return Err(self.error("the text ends inside \"quotes\"")),
                Some(_) => {
                    self.at = backslash;
                    return Err(
                        self.error("not a valid escape (a \\ in \"quotes\" is written \\\\)")
                    );
                }
            };
            self.skip(1);
            out.push(escaped);
        }
    }

    /// Four hex digits after `\u`.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.at..self.at.saturating_add(4))
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        let n = digits.ok_or_else(|| self.error("a \\u escape needs four hex digits"))?;
        self.skip(4);
        Ok(n)
    }

    /// After `\u`: a character, a surrogate pair for characters beyond U+FFFF, or U+FFFD for an
    /// unpaired surrogate (as the browser's `JSON.parse` keeps it and its text encoder writes it).
    fn unicode(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return Ok(char::from_u32(first).unwrap_or('\u{fffd}'));
        }
        let pair_follows = self
            .bytes
            .get(self.at..)
            .is_some_and(|r| r.starts_with(b"\\u"));
        if !pair_follows {
            return Ok('\u{fffd}');
        }
        let mark = self.at;
        self.skip(2);
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            // Not a pair: the second escape is a character of its own, read next time round.
            self.at = mark;
            return Ok('\u{fffd}');
        }
        let code = first
            .wrapping_sub(0xD800)
            .wrapping_shl(10)
            .wrapping_add(low.wrapping_sub(0xDC00))
            .wrapping_add(0x10000);
        Ok(char::from_u32(code).unwrap_or('\u{fffd}'))
    }

    /// `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.skip(1);
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.skip(1);
        }
        let int_start = self.at;
        let mut valid = digits(self);
        if valid
            && self.bytes.get(int_start) == Some(&b'0')
            && self.at > int_start.saturating_add(1)
        {
            valid = false;
        }
        if valid && self.peek() == Some(b'.') {
            self.skip(1);
            valid = digits(self);
        }
        if valid && matches!(self.peek(), Some(b'e' | b'E')) {
            self.skip(1);
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.skip(1);
            }
            valid = digits(self);
        }
        match (valid, self.text.get(start..self.at)) {
            (true, Some(n)) => Ok(Json::Number(n.to_string())),
            _ => {
                self.at = start;
                Err(self.error("not a number"))
            }
        }
    }
}
