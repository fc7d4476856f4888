//! English is built into the wasm (the other languages are fetched). The meeting page's build
//! (without the `safe-space` feature) leaves out the messages only the policy and report form
//! use (`report-`, `policy-`, `exit-`): ~1 KB less to download, compressed.
use std::{env, fs, path::Path};

include!("src/i18n_split.rs");

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    println!("cargo:rerun-if-changed=src/i18n_split.rs");
    let text = fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    let all = env::var_os("CARGO_FEATURE_SAFE_SPACE").is_some();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let key = l.trim_start().trim_start_matches('"');
            all || !SAFE_SPACE_PREFIXES.iter().any(|p| key.starts_with(p))
        })
        .collect();
    // The last message kept may now end in a comma before the closing brace.
    let mut out = kept.join("\n");
    if let Some(end) = out.rfind('}') {
        let before = out[..end].trim_end();
        if let Some(stripped) = before.strip_suffix(',') {
            out = format!("{stripped}\n}}\n");
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("en.json");
    fs::write(dest, out).expect("write en.json");
}
