//! Step 5, the meeting page only: its WebAssembly is fetched and compiled in a worker that
//! early.js makes from a blob (its function wasmWorker), not by the page: Lighthouse never
//! counts a worker's request towards its simulated LCP (BENCHMARKS.md, tenth round). Trunk's
//! preload of the file goes (it would fetch it twice) and Trunk's loader awaits the worker's
//! module, or the file's name when the worker could not make one.

use crate::inline::replace_between;

/// Trunk's loader argument for the wasm file: `module_or_path: './…_bg.wasm'`.
const LOADER_ARG: &str = "module_or_path: ";

/// The page with the wasm compiled in the worker, and the file's name (for early.js's
/// `data-wasm`); the page as it is when it loads no wasm. Safe to run again.
pub fn compile_in_worker(html: &str) -> (String, Option<String>) {
    let Some(wasm) = loader_wasm(html) else {
        return (html.to_string(), None);
    };
    let quoted = format!("'./{wasm}'");
    let html = html.replace(
        &format!("{LOADER_ARG}{quoted}"),
        &format!("{LOADER_ARG}await (window.wikimeetWasm || {quoted})"),
    );
    let preload = format!("<link rel=\"preload\" href=\"./{wasm}\"");
    (replace_between(&html, &preload, ">", ""), Some(wasm))
}

/// The wasm file Trunk's loader names (after `module_or_path: `, quoted with `'./`).
fn loader_wasm(html: &str) -> Option<String> {
    let after = &html[html.find(LOADER_ARG)? + LOADER_ARG.len()..];
    let from = after.find("'./")? + 3;
    let to = from + after[from..].find('\'')?;
    let name = &after[from..to];
    name.ends_with("_bg.wasm").then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "<script type=\"module\">\nimport init from './w-1.js';\nconst wasm = await init({ module_or_path: './w-1_bg.wasm' });\n</script><link rel=\"modulepreload\" href=\"./w-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"./w-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn the_loader_awaits_the_worker_and_the_preload_goes() {
        let (once, wasm) = compile_in_worker(LOADER);
        assert_eq!(wasm.as_deref(), Some("w-1_bg.wasm"));
        assert!(
            once.contains(
                "init({ module_or_path: await (window.wikimeetWasm || './w-1_bg.wasm') })"
            ),
            "{once}"
        );
        assert!(!once.contains("rel=\"preload\""), "{once}");
        assert!(
            once.contains("rel=\"modulepreload\" href=\"./w-1.js\""),
            "the glue is still preloaded: {once}"
        );
        assert_eq!(
            compile_in_worker(&once),
            (once.clone(), wasm),
            "a second run changes nothing"
        );
    }

    #[test]
    fn a_page_without_a_loader_is_left_alone() {
        let page = "<head></head><body></body>";
        assert_eq!(compile_in_worker(page), (page.to_string(), None));
    }
}
