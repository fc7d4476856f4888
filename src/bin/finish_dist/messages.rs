//! Gives each served language file the English of the messages it lacks, under
//! `wikimeet::i18n::FALLBACK_KEY`: the meeting page fetches English like any other language
//! (it is not built into its download), so a message missing in a translation still falls
//! back to English without a second file. Safe to run again.
use std::fs;
use std::path::Path;
use wikimeet::i18n::{parse, ENGLISH, FALLBACK_KEY, LANGUAGES};

pub fn add_english_fallback(dir: &Path) -> Result<(), String> {
    let english = parse(ENGLISH)?;
    for (code, _, _) in LANGUAGES.iter().filter(|l| l.0 != "en") {
        let path = dir.join("i18n").join(format!("{code}.json"));
        let Ok(text) = fs::read_to_string(&path) else {
            continue; // a site without this language
        };
        let mut file: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        file.remove(FALLBACK_KEY);
        let lacking: serde_json::Map<String, serde_json::Value> = english
            .iter()
            .filter(|(key, _)| !file.contains_key(key))
            .map(|(key, text)| (key.clone(), text.clone().into()))
            .collect();
        if !lacking.is_empty() {
            file.insert(FALLBACK_KEY.into(), lacking.into());
        }
        let out = serde_json::to_string(&file).map_err(|e| e.to_string())?;
        fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_served_language_has_every_english_message_once_and_again() {
        let dir = std::env::temp_dir().join(format!("wikimeet-messages-{}", std::process::id()));
        fs::create_dir_all(dir.join("i18n")).unwrap();
        for (code, _, _) in LANGUAGES {
            fs::copy(
                format!("i18n/{code}.json"),
                dir.join(format!("i18n/{code}.json")),
            )
            .unwrap();
        }
        // A translation that lacks a message, as new messages arrive before their translations.
        fs::write(
            dir.join("i18n/pl.json"),
            r#"{"@metadata": {}, "loading": "Ładowanie"}"#,
        )
        .unwrap();
        add_english_fallback(&dir).unwrap();
        let first = fs::read_to_string(dir.join("i18n/pl.json")).unwrap();
        add_english_fallback(&dir).unwrap();
        assert_eq!(
            fs::read_to_string(dir.join("i18n/pl.json")).unwrap(),
            first,
            "safe to run again"
        );
        let english = parse(ENGLISH).unwrap();
        for (code, _, _) in LANGUAGES.iter().filter(|l| l.0 != "en") {
            let text = fs::read_to_string(dir.join(format!("i18n/{code}.json"))).unwrap();
            let own = parse(&text).unwrap();
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            for (key, value) in &english {
                let carried = json[FALLBACK_KEY][key].as_str();
                match own.iter().find(|(k, _)| k == key) {
                    Some(_) => assert_eq!(carried, None, "{code}: {key} is translated"),
                    None => assert_eq!(carried, Some(value.as_str()), "{code}: {key}"),
                }
            }
        }
        let pl = parse(&first).unwrap();
        assert_eq!(pl, vec![("loading".to_string(), "Ładowanie".to_string())]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
