//! early.js's first paint (`#shell`, written by `src/bin/finish_dist/shell.rs`): the meeting's
//! title and sessions shown before the app runs, removed once the app shows its own page.
/// Removes the pre-rendered sessions once the app
/// shows its own page: until then the stylesheet keeps the app's first render hidden.
pub fn remove_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("shell"))
    {
        shell.remove();
    }
}
