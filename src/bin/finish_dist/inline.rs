//! Step 2: early.js and the stylesheet put into the page, and the hashes that allow them.
use sha2::{Digest, Sha256};
use wikimeet::model::base64::{base64, BASE64_STANDARD};

/// Text that cannot end the element it is put in.
pub fn inline_safe<'a>(text: &'a str, end_tag: &str) -> Result<&'a str, String> {
    match text.to_ascii_lowercase().contains(end_tag) {
        true => Err(format!("cannot inline a text containing {end_tag}")),
        false => Ok(text),
    }
}

/// Trunk's `<link rel="stylesheet" href="./main-….css" …/>` and the file it names.
pub fn stylesheet_link(html: &str) -> Option<(String, String)> {
    let start = html.find("<link rel=\"stylesheet\" href=\"./")?;
    let end = start + html[start..].find('>')? + 1;
    let link = &html[start..end];
    let file = link.split('"').nth(3)?.trim_start_matches("./").to_string();
    Some((link.to_string(), file))
}

/// `'sha256-…'` of the text of every inline `<tag>` (scripts with `src` are not inline).
pub fn inline_hashes(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let (Some(gt), Some(end)) = (after.find('>'), after.find(&close)) else {
            break;
        };
        if !after[..gt].contains(" src=") && gt < end {
            let digest = Sha256::digest(&after.as_bytes()[gt + 1..end]);
            hashes.push(format!(
                "'sha256-{}'",
                base64(&digest, BASE64_STANDARD, true)
            ));
        }
        rest = &after[end + close.len()..];
    }
    hashes
}

/// Replaces from `start` up to and including `end` (the first after `start`) with `with`.
pub fn replace_between(html: &str, start: &str, end: &str, with: &str) -> String {
    let Some(a) = html.find(start) else {
        return html.to_string();
    };
    let Some(b) = html[a..].find(end).map(|i| a + i + end.len()) else {
        return html.to_string();
    };
    format!("{}{with}{}", &html[..a], &html[b..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::PAGE;

    #[test]
    fn inline_texts_are_hashed_and_external_ones_not() {
        // Reference: printf "\nimport init from './a.js';\n" | openssl dgst -sha256 -binary | base64
        assert_eq!(
            inline_hashes(PAGE, "script"),
            ["'sha256-b8dPs/81WrgdLiiXFdRIvTN+J/lNbYF2vbwDBORDYHw='"]
        );
        assert!(inline_hashes(PAGE, "style").is_empty());
        assert_eq!(
            stylesheet_link(PAGE).map(|l| l.1).as_deref(),
            Some("main-1.css")
        );
        assert!(inline_safe("a</SCRIPT>", "</script").is_err());
    }
}
