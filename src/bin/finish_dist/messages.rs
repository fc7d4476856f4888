//! Step 4: each language's meeting-page messages (`i18n/<code>.meeting.json`).
use super::read;
use std::fs;
use std::path::Path;
use wikimeet::model::json::quote;

/// `i18n/<code>.json` → `i18n/<code>.meeting.json`: the messages the meeting page shows, so a
/// participant's first visit fetches only those (the safe-space page reads the whole file).
pub fn meeting_messages(i18n: &Path) -> Result<(), String> {
    let Ok(files) = fs::read_dir(i18n) else {
        return Ok(()); // a site without language files: nothing to split
    };
    for path in files.filter_map(|f| f.ok().map(|f| f.path())) {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // Not English (built in), not qqq (notes for translators), not a written file.
        let Some(code) = name
            .strip_suffix(".json")
            .filter(|c| !c.contains('.') && !["en", "qqq"].contains(c))
        else {
            continue;
        };
        let messages = wikimeet::i18n::parse(&read(&path)?).map_err(|e| format!("{name}: {e}"))?;
        let mut kept: Vec<String> = messages
            .iter()
            .filter(|(k, _)| wikimeet::i18n::on_meeting_page(k))
            .map(|(k, v)| format!("{}:{}", quote(k), quote(v)))
            .collect();
        kept.sort(); // the same file from the same messages, build after build
        let out = i18n.join(format!("{code}.meeting.json"));
        fs::write(&out, format!("{{{}}}", kept.join(","))).map_err(|e| e.to_string())?;
    }
    Ok(())
}
