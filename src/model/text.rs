//! Unicode case mapping. In the browser it is the engine's own (JavaScript's toLowerCase and
//! toUpperCase, the same Unicode rules): Rust's copy of the case tables would add ~11 KB
//! compressed to every visitor's download. Natively (tests, tools) it is std's.

/// Marks a message key chosen as data (the model names messages it cannot look up): the
/// message test finds keys in `t(…)`, `tr(…)` and `message_key(…)`.
pub const fn message_key(key: &'static str) -> &'static str {
    key
}

pub fn lowercase(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(s).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    return s.to_lowercase();
}

pub fn uppercase(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(s).to_upper_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    return s.to_uppercase();
}

/// Part of a word for anchors: ASCII letters and digits, and any other character but spaces
/// and common punctuation (so "Übersicht" and "Confidencialidad" keep their letters) — decided
/// without Unicode property tables, the same in the browser and in tests.
pub fn is_word_char(c: char) -> bool {
    const PUNCTUATION: &str = "«»“”„‘’‚‹›–—―…·•、。，：；！？「」『』（）【】¿¡";
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !c.is_whitespace() && !PUNCTUATION.contains(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_words() {
        assert_eq!(lowercase("Łódź ÉTÉ"), "łódź été");
        assert_eq!(uppercase("élodie"), "ÉLODIE");
        assert!(is_word_char('ñ') && is_word_char('a') && is_word_char('7'));
        assert!(
            !is_word_char('«')
                && !is_word_char(' ')
                && !is_word_char('-')
                && !is_word_char('\u{a0}')
        );
    }
}
