//! `{{PLURAL:$n|…}}` with each language's plural forms, and `$n` parameters, as MediaWiki and
//! translatewiki.net write them.

/// Which of a language's plural forms a count takes (CLDR cardinal rules, in MediaWiki's
/// order of forms), for whole numbers.
pub fn plural_form(lang: &str, n: u64) -> usize {
    match lang {
        // zero, one, two, few, many, other
        "ar" => match (n, n % 100) {
            (0, _) => 0,
            (1, _) => 1,
            (2, _) => 2,
            (_, 3..=10) => 3,
            (_, 11..=99) => 4,
            _ => 5,
        },
        // one, few, many
        "pl" => match (n, n % 10, n % 100) {
            (1, _, _) => 0,
            (_, 2..=4, r) if !(12..=14).contains(&r) => 1,
            _ => 2,
        },
        "fr" | "pt" => usize::from(n > 1),
        _ => usize::from(n != 1),
    }
}

/// Applies `{{PLURAL:$n|…}}` with English rules and then `$n` parameters.
pub fn format_message(template: &str, args: &[&str]) -> String {
    format_in("en", template, args)
}

pub(super) fn format_in(lang: &str, template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once("{{PLURAL:") {
        let Some((inside, tail)) = after.split_once("}}") else {
            break; // not closed: left as written
        };
        out.push_str(before);
        let mut parts = inside.split('|');
        let count = substitute(parts.next().unwrap_or(""), args);
        let forms: Vec<&str> = parts.collect();
        let n = count.trim().parse::<u64>().unwrap_or(u64::MAX);
        // Fewer forms than the language has: the last one serves the rest, as in MediaWiki.
        let form = forms
            .get(plural_form(lang, n))
            .or(forms.last())
            .copied()
            .unwrap_or("");
        out.push_str(form);
        rest = tail;
    }
    out.push_str(rest);
    substitute(&out, args)
}

/// `$1`, `$2`… replaced by `args` (1-based); a `$` with no such argument stays as written.
fn substitute(text: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('$') {
        out.push_str(before);
        let digits = after
            .bytes()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(after.len());
        let arg = after
            .get(..digits)
            .and_then(|d| d.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| args.get(i));
        match arg {
            Some(arg) => {
                out.push_str(arg);
                rest = after.get(digits..).unwrap_or_default();
            }
            None => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
