//! UI messages in the MediaWiki / translatewiki.net format: `i18n/<lang>.json` files, `$1`
//! parameters and `{{PLURAL:$1|one|other}}`. Pure Rust: tested natively.
use std::collections::HashMap;
use std::sync::OnceLock;

const EN: &str = include_str!("../i18n/en.json");

fn english() -> &'static HashMap<String, String> {
    static EN_MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    EN_MAP.get_or_init(|| parse(EN).expect("i18n/en.json is valid (checked by tests)"))
}

/// Reads a message file; `@metadata` is skipped.
pub fn parse(text: &str) -> Result<HashMap<String, String>, String> {
    let raw: HashMap<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut out = HashMap::new();
    for (k, v) in raw {
        if k == "@metadata" {
            continue;
        }
        match v {
            serde_json::Value::String(s) => {
                out.insert(k, s);
            }
            _ => return Err(format!("message \"{k}\" is not a string")),
        }
    }
    Ok(out)
}

/// The message `key` with `$1`, `$2`… replaced by `args`. A missing key falls back to English;
/// a key missing there too shows the key (a bug the tests catch).
pub fn tr(key: &str, args: &[&str]) -> String {
    let template = english().get(key).map(String::as_str).unwrap_or(key);
    format_message(template, args)
}

/// A message without parameters.
pub fn t(key: &str) -> String {
    tr(key, &[])
}

/// Applies `{{PLURAL:$n|one|other}}` (English rule: 1 is singular) and then `$n` parameters.
pub fn format_message(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("{{PLURAL:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 9..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        let mut parts = after[..end].split('|');
        let count = substitute(parts.next().unwrap_or(""), args);
        let forms: Vec<&str> = parts.collect();
        let form = match (count.trim() == "1", forms.as_slice()) {
            (_, []) => "",
            (true, [one, ..]) => one,
            (false, [.., other]) => other,
        };
        out.push_str(form);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    substitute(&out, args)
}

fn substitute(text: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '$' {
            let digits: String = text[i + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<usize>() {
                if n >= 1 && n <= args.len() {
                    out.push_str(args[n - 1]);
                    for _ in 0..digits.len() {
                        chars.next();
                    }
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}
