//! Helpers shared by the native tests.
use wikimeet::model::signup::Section;

/// The sections of `text` as MediaWiki's API lists them: headings in order, offsets counted in
/// characters.
pub fn sections_of(text: &str) -> Vec<Section> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim_end();
        let level = l.chars().take_while(|c| *c == '=').count();
        if level >= 2 && l.ends_with(&"=".repeat(level)) {
            out.push(Section {
                index: (out.len() + 1).to_string(),
                level: level as u8,
                line: l.trim_matches('=').trim().to_string(),
                byteoffset: Some(offset),
            });
        }
        offset += line.chars().count();
    }
    out
}
