//! The import order ARCHITECTURE.md "Layers" gives, kept by the code: every module path a file
//! names (`use crate::…`, `use super::…`, a child module's `name::…`, and paths inside `view!`)
//! is an import of the file that module is in. No file may import a file of a higher layer, and
//! no files may import each other round a circle. A `mod` declaration is not an import.
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// ARCHITECTURE.md's layers, lowest first: a module path and its layer (the longest that
/// starts a module's path is its own).
const LAYERS: &[(&str, usize)] = &[
    ("model", 0),
    ("i18n", 1),
    ("wiki::error", 2),
    ("wiki::transport", 2),
    ("wiki::answer", 2),
    ("wiki::request", 2),
    ("wiki::oauth", 2),
    ("net", 3),
    ("storage", 3),
    ("intl_time", 3),
    ("event_source", 3),
    ("web_lock", 3),
    ("first_paint", 3),
    ("plain_script", 3),
    ("wiki", 4),
    ("oauth_flow", 4),
    ("actions_module", 4),
    ("sign_in", 4),
    ("actions", 4),
    ("state", 5),
    ("wiki_context", 5),
    ("loaded", 5),
    ("components", 6),
    ("language_picker", 6),
    ("pages", 7),
    ("app", 8),
    ("", 8), // lib.rs
];

fn layer(module: &[String]) -> usize {
    let path = module.join("::");
    LAYERS
        .iter()
        .filter(|(name, _)| path == *name || path.starts_with(&format!("{name}::")))
        .max_by_key(|(name, _)| name.len())
        .map(|(_, l)| *l)
        .unwrap_or_else(|| {
            panic!("crate::{path} is in no layer: add it to ARCHITECTURE.md and LAYERS")
        })
}

/// Every library file and its module path (`src/pages/organiser/state.rs` → pages, organiser,
/// state; a `mod.rs` is its folder's module).
fn files(dir: &Path, module: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut m = module.to_vec();
        if path.is_dir() {
            if name != "bin" {
                m.push(name);
                files(&path, &m, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "main" {
            if !matches!(name.as_str(), "mod" | "lib") {
                m.push(name);
            }
            out.insert(m, path);
        }
    }
}

/// The code without comments, strings and the tests at the end of a file.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            // A char literal ('"', '\\'), not a lifetime ('a): skipped whole.
            '\'' => {
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('\\'), _) => {
                        chars.next();
                        for c in chars.by_ref() {
                            if c == '\'' {
                                break;
                            }
                        }
                    }
                    (Some(_), Some('\'')) => {
                        chars.next();
                        chars.next();
                    }
                    _ => out.push(c),
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => break,
                        _ => escaped = false,
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == ':'
}

/// The paths that start at `at` in `code` (after `crate::`, `super::` or a child's name),
/// `{…}` groups expanded: `a::{b::C, d}` → `a::b::C`, `a::d`.
fn paths_at(code: &str) -> Vec<String> {
    let head: String = code.chars().take_while(|c| is_path_char(*c)).collect();
    let rest = &code[head.len()..];
    if (head.is_empty() || head.ends_with("::")) && rest.starts_with('{') {
        let mut depth = 0;
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = &rest[1..end];
        let mut items = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&inner[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.push(&inner[start..]);
        return items
            .into_iter()
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .flat_map(|i| paths_at(i).into_iter().map(|p| format!("{head}{p}")))
            .collect();
    }
    vec![head]
}

/// The file a path names: its longest prefix that is a module with a file.
fn target<'a>(
    modules: &'a BTreeMap<Vec<String>, PathBuf>,
    path: &[String],
) -> Option<&'a Vec<String>> {
    (0..=path.len())
        .rev()
        .find_map(|n| modules.get_key_value(&path[..n]).map(|(k, _)| k))
}

type Graph = BTreeMap<Vec<String>, Vec<Vec<String>>>;

fn graph() -> (Graph, BTreeMap<Vec<String>, PathBuf>) {
    let mut modules = BTreeMap::new();
    files(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &[],
        &mut modules,
    );
    let mut graph = Graph::new();
    for (module, path) in &modules {
        let text = fs::read_to_string(path).unwrap();
        let code = code(&text);
        // `super` is the module above (a `mod.rs` is its folder's module); a child's bare name
        // is relative to this module.
        let here = module.clone();
        let parent = module[..module.len().saturating_sub(1)].to_vec();
        let children: Vec<String> = code
            .lines()
            .filter_map(|l| {
                let l = l
                    .trim()
                    .trim_start_matches("pub ")
                    .trim_start_matches("pub(crate) ");
                let name = l.strip_prefix("mod ")?.strip_suffix(';')?;
                Some(name.to_string())
            })
            .collect();
        let mut found = Vec::new();
        let bytes = code.as_bytes();
        for (i, _) in code.char_indices() {
            let before_ok = i == 0 || !is_path_char(bytes[i - 1] as char);
            if !before_ok {
                continue;
            }
            let rest = &code[i..];
            let (base, after) = if let Some(r) = rest.strip_prefix("crate::") {
                (Vec::new(), r)
            } else if let Some(r) = rest.strip_prefix("super::") {
                (parent.clone(), r)
            } else if let Some(child) = children
                .iter()
                .find(|c| rest.starts_with(&format!("{c}::")))
            {
                let mut base = here.clone();
                base.push(child.clone());
                (base, &rest[child.len() + 2..])
            } else {
                continue;
            };
            for p in paths_at(after) {
                let mut full = base.clone();
                full.extend(
                    p.split("::")
                        .filter(|s| !s.is_empty() && *s != "self")
                        .map(String::from),
                );
                if let Some(t) = target(&modules, &full) {
                    if t != module {
                        found.push(t.clone());
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        graph.insert(module.clone(), found);
    }
    (graph, modules)
}

fn name(m: &[String]) -> String {
    match m.is_empty() {
        true => "crate (lib.rs)".into(),
        false => format!("crate::{}", m.join("::")),
    }
}

#[test]
fn no_file_imports_a_higher_layer() {
    let (graph, modules) = graph();
    let mut wrong = Vec::new();
    for (from, tos) in &graph {
        for to in tos {
            if layer(to) > layer(from) {
                wrong.push(format!(
                    "{} ({}) imports {}",
                    name(from),
                    modules[from].display(),
                    name(to)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against ARCHITECTURE.md's layer order:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_files_import_each_other_round_a_circle() {
    let (graph, _) = graph();
    // Depth-first, colouring files: a file met again while still on the path closes a circle.
    fn visit<'a>(
        m: &'a Vec<String>,
        graph: &'a Graph,
        state: &mut BTreeMap<&'a Vec<String>, u8>,
        path: &mut Vec<&'a Vec<String>>,
        circles: &mut Vec<String>,
    ) {
        state.insert(m, 1);
        path.push(m);
        for to in graph.get(m).into_iter().flatten() {
            match state.get(to) {
                Some(1) => {
                    let at = path.iter().position(|p| *p == to).unwrap();
                    let mut circle: Vec<String> = path[at..].iter().map(|p| name(p)).collect();
                    circle.push(name(to));
                    circles.push(circle.join(" → "));
                }
                Some(_) => {}
                None => visit(to, graph, state, path, circles),
            }
        }
        path.pop();
        state.insert(m, 2);
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for m in graph.keys() {
        if !state.contains_key(m) {
            visit(m, &graph, &mut state, &mut Vec::new(), &mut circles);
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_check_sees_imports_of_every_kind() {
    let (graph, _) = graph();
    let of = |m: &str| graph[&m.split("::").map(String::from).collect::<Vec<_>>()].clone();
    let names = |v: Vec<Vec<String>>| v.iter().map(|m| m.join("::")).collect::<Vec<_>>();
    let organiser = names(of("pages::organiser"));
    assert!(
        organiser.contains(&"pages::organiser::start_step".to_string()),
        "a child in view!: {organiser:?}"
    );
    assert!(
        organiser.contains(&"pages::organiser::state".to_string()),
        "use of a child: {organiser:?}"
    );
    let mailing = names(of("pages::organiser::mailing"));
    assert!(
        mailing.contains(&"pages::organiser::mail_message".to_string()),
        "super:: in view!: {mailing:?}"
    );
    assert!(
        mailing.contains(&"model::mailing".to_string()),
        "use crate::…: {mailing:?}"
    );
    assert!(
        names(of("model::signup")).contains(&"model::signature".to_string()),
        "use super::…"
    );
}
