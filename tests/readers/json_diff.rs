//! JSON documents, mostly well formed with slips in them, and the verdict to compare: this
//! project's reader against serde_json's, value for value where both accept.
use super::gen::{text, Rng};
use serde_json::Value;
use wikimeet::model::json::Json;

const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "12",
    "01",
    "-01",
    "1.",
    ".5",
    "1.5",
    "1.e5",
    "1e",
    "1e+",
    "1E-7",
    "1e5",
    "-",
    "--1",
    "+1",
    "1.2.3",
    "0x10",
    "1e400",
    "-1e400",
    "1e-400",
    "18446744073709551616",
    "123456789012345678901234567890",
    "4294967295",
    "2.5e-3",
    "1ee5",
    "1e5.5",
    "0.0000001",
];

const ESCAPES: &[&str] = &[
    "\\\"",
    "\\\\",
    "\\/",
    "\\b",
    "\\f",
    "\\n",
    "\\r",
    "\\t",
    "\\u00e9",
    "\\u00E9",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\udc00",
    "\\ud800\\u0041",
    "\\ud800\\ud800",
    "\\u12",
    "\\uZZZZ",
    "\\u+123",
    "\\u-12",
    "\\é",
    "\\x",
    "\\",
    "\\U0041",
    "\u{1}",
    "\n",
    "\u{7f}",
    "\u{2028}",
];

const SPACE: &[&str] = &[
    "", "", " ", "\n", "\t", "\r\n", "  ", "\u{a0}", "\u{feff}", "\u{b}",
];

fn string(rng: &mut Rng) -> String {
    let mut s = String::from("\"");
    for _ in 0..rng.below(6) {
        match rng.below(3) {
            0 => s.push_str(rng.pick(ESCAPES)),
            _ => s.push_str(&text(rng, 3)),
        }
    }
    if !rng.chance(40) {
        s.push('"');
    }
    s
}

fn value(rng: &mut Rng, depth: usize, out: &mut String) {
    let space = |rng: &mut Rng, out: &mut String| out.push_str(rng.pick(SPACE));
    space(rng, out);
    let container = depth < 6 && rng.chance(3);
    match (container, rng.below(8)) {
        (true, n) if n % 2 == 0 => {
            out.push('[');
            for i in 0..rng.below(4) {
                if i > 0 || rng.chance(50) {
                    out.push(',');
                }
                value(rng, depth + 1, out);
            }
            if rng.chance(60) {
                out.push(',');
            }
            space(rng, out);
            out.push(if rng.chance(60) { '}' } else { ']' });
        }
        (true, _) => {
            out.push('{');
            for i in 0..rng.below(4) {
                if i > 0 {
                    out.push(',');
                }
                space(rng, out);
                match rng.below(30) {
                    0 => out.push_str("key"),
                    1 => out.push_str("'key'"),
                    _ => out.push_str(&string(rng)),
                }
                space(rng, out);
                if !rng.chance(40) {
                    out.push(':');
                }
                value(rng, depth + 1, out);
            }
            space(rng, out);
            out.push(if rng.chance(60) { ']' } else { '}' });
        }
        (false, 0..=2) => out.push_str(&string(rng)),
        (false, 3 | 4) => out.push_str(rng.pick(NUMBERS)),
        (false, 5) => {
            out.push_str(rng.pick(&["true", "false", "null", "tru", "nul", "True", "NaN"]))
        }
        _ => out.push_str(&string(rng)),
    }
    space(rng, out);
}

/// A document: a value with spaces, sometimes a byte-order mark before it or text after it,
/// sometimes nested deeper than either reader allows.
pub fn document(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.chance(50) {
        out.push('\u{feff}');
    }
    if rng.chance(200) {
        let depth = 95 + rng.below(40);
        out.push_str(&"[".repeat(depth));
        out.push('1');
        out.push_str(&"]".repeat(depth));
        return out;
    }
    value(rng, 0, &mut out);
    if rng.chance(30) {
        out.push_str(rng.pick(&["x", ",", "1", "{}", "\"\""]));
    }
    out
}

/// The document as serde_json is asked it, for what this reader does on purpose (README):
/// a leading byte-order mark skipped (Windows Notepad writes one), an unpaired surrogate escape
/// read as U+FFFD (as the browser's JSON.parse keeps it and its encoder writes it).
fn as_serde_reads_it(doc: &str) -> String {
    let doc = doc.strip_prefix('\u{feff}').unwrap_or(doc);
    let hex = |at: usize| {
        doc.get(at..at + 6)
            .filter(|e| e.starts_with("\\u"))
            .and_then(|e| {
                u32::from_str_radix(&e[2..], 16)
                    .ok()
                    .filter(|_| e[2..].bytes().all(|b| b.is_ascii_hexdigit()))
            })
    };
    let mut out = String::new();
    let mut at = 0;
    while let Some(c) = doc[at..].chars().next() {
        if c != '\\' {
            out.push(c);
            at += c.len_utf8();
            continue;
        }
        match hex(at) {
            Some(0xD800..=0xDBFF) if matches!(hex(at + 6), Some(0xDC00..=0xDFFF)) => {
                out.push_str(&doc[at..at + 12]);
                at += 12;
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str("\\ufffd");
                at += 6;
            }
            _ => {
                // Any other escape: copied with the character after it, so `\\\\u…` stays text.
                let next = doc[at + 1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&doc[at..at + 1 + next]);
                at += 1 + next;
            }
        }
    }
    out
}

pub fn agree(doc: &str) -> Result<(), String> {
    let ours = Json::parse(doc);
    let theirs = serde_json::from_str::<Value>(&as_serde_reads_it(doc));
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => same(a, b).map_err(|why| format!("both read it, differently: {why}")),
        (Err(a), Err(_)) => (a.line >= 1 && a.column >= 1)
            .then_some(())
            .ok_or_else(|| format!("no position: {a:?}")),
        // A number out of a float's range is kept as written (README).
        (Ok(_), Err(e)) if e.to_string().contains("out of range") => Ok(()),
        (Err(e), Ok(_)) if e.message == "nested more than 100 levels deep" => Ok(()),
        (Ok(v), Err(e)) => Err(format!("serde_json refuses ({e}), this reader read {v:?}")),
        (Err(e), Ok(v)) => Err(format!("this reader refuses ({e}), serde_json read {v}")),
    }
}

/// The same value: numbers by value, objects as serde_json keeps them (a repeated key's last
/// value, order aside).
fn same(a: &Json, b: &Value) -> Result<(), String> {
    match (a, b) {
        (Json::Null, Value::Null) => Ok(()),
        (Json::Bool(x), Value::Bool(y)) if x == y => Ok(()),
        (Json::String(x), Value::String(y)) if x == y => Ok(()),
        (Json::Number(x), Value::Number(y)) => {
            let ours: f64 = x.parse().map_err(|_| format!("{x} is no number"))?;
            // serde_json's own float parsing may be off by the last bit (no float_roundtrip).
            let theirs = y.as_f64().unwrap_or(f64::NAN);
            let close = ours == theirs || (ours - theirs).abs() <= ours.abs() * 1e-15;
            close.then_some(()).ok_or(format!("{x} ≠ {y}"))
        }
        (Json::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).try_for_each(|(a, b)| same(a, b))
        }
        (Json::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.iter().map(|m| &m.0).collect();
            keys.sort();
            keys.dedup();
            if keys.len() != y.len() {
                return Err(format!(
                    "keys {keys:?} ≠ {:?}",
                    y.keys().collect::<Vec<_>>()
                ));
            }
            keys.iter().try_for_each(|k| {
                let last = x.iter().rev().find(|m| &&m.0 == k).map(|m| &m.1);
                match (last, y.get(k.as_str())) {
                    (Some(a), Some(b)) => same(a, b),
                    _ => Err(format!("key {k:?}")),
                }
            })
        }
        _ => Err(format!("{a:?} ≠ {b}")),
    }
}
