//! The JSON parser behind `Json::parse`: it tracks the line, the column and the field path it
//! is reading, for errors an organiser can act on.
use super::json::{Json, SyntaxError};

impl Json {
    /// Parses a whole document.
    pub fn parse(text: &str) -> Result<Json, SyntaxError> {
        let mut p = Parser {
            text,
            at: 0,
            path: Vec::new(),
        };
        let v = p.value()?;
        p.space();
        match p.at < text.len() {
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
    at: usize,
    path: Vec<Step>,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..self.at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(k) if path.is_empty() => path.push_str(k),
                Step::Key(k) => path.push_str(&format!(".{k}")),
                Step::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        SyntaxError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            path,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Skips `c` after any space, or fails with `message`.
    fn expect(&mut self, c: u8, message: &'static str) -> Result<(), SyntaxError> {
        self.space();
        if self.peek() != Some(c) {
            return Err(self.error(message));
        }
        self.at += 1;
        Ok(())
    }

    fn value(&mut self) -> Result<Json, SyntaxError> {
        // Each level is a call: a hostile document must not exhaust the stack.
        if self.path.len() > 100 {
            return Err(self.error("nested more than 100 levels deep"));
        }
        self.space();
        let rest = &self.text[self.at..];
        for (word, v) in [
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("null", Json::Null),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
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
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
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
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(end) = rest.find(['"', '\\']) else {
                return Err(self.error("the text ends inside \"quotes\""));
            };
            if rest[..end].chars().any(|c| c < ' ') {
                return Err(self.error("a line break inside \"quotes\" (write \\n)"));
            }
            out.push_str(&rest[..end]);
            self.at += end + 1;
            if rest.as_bytes()[end] == b'"' {
                return Ok(out);
            }
            let escaped = self
                .peek()
                .ok_or_else(|| self.error("the text ends inside \"quotes\""))?;
            self.at += 1;
            out.push(match escaped {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode()?,
                _ => return Err(self.error("an unknown \\ escape")),
            });
        }
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for characters beyond U+FFFF.
    fn unicode(&mut self) -> Result<char, SyntaxError> {
        let bad = "a \\u escape needs four hex digits";
        let hex = |p: &mut Self| {
            let digits = p.text.get(p.at..p.at + 4).ok_or_else(|| p.error(bad))?;
            let n = u32::from_str_radix(digits, 16).map_err(|_| p.error(bad))?;
            p.at += 4;
            Ok::<u32, SyntaxError>(n)
        };
        let first = hex(self)?;
        let code = if (0xD800..0xDC00).contains(&first) && self.text[self.at..].starts_with("\\u") {
            self.at += 2;
            let low = hex(self)?;
            0x10000 + ((first - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error(bad))
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        let bytes = self.text.as_bytes();
        while self.at < bytes.len()
            && matches!(
                bytes[self.at],
                b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
            )
        {
            self.at += 1;
        }
        let n = &self.text[start..self.at];
        let digits = n.trim_start_matches('-');
        let valid = digits.starts_with(|c: char| c.is_ascii_digit())
            && !(digits.len() > 1
                && digits.starts_with('0')
                && digits.as_bytes()[1].is_ascii_digit())
            && n[1..]
                .chars()
                .filter(|c| *c == '-' || *c == '+')
                .all(|_| n.contains(['e', 'E']))
            && !n.ends_with(['.', 'e', 'E', '-', '+']);
        match valid {
            true => Ok(Json::Number(n.to_string())),
            false => {
                self.at = start;
                Err(self.error("not a number"))
            }
        }
    }
}
