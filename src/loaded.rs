//! A value that arrives once, such as an event file: `None` until its future is done.
//! Leptos's `LocalResource` does this and more (refetching, Suspense, async locks) that the
//! meeting page never uses, and that more cost its download several KB (BENCHMARKS.md).
use leptos::prelude::*;
use std::future::Future;

/// Starts `future` now; the signal holds its output once it is done.
pub fn loaded<T: Send + Sync + 'static>(
    future: impl Future<Output = T> + 'static,
) -> ReadSignal<Option<T>> {
    let (value, set) = signal(None);
    leptos::task::spawn_local(async move {
        let output = future.await;
        // Read in one task, rendered in the next: shorter tasks for a slow phone.
        crate::net::sleep_ms(0).await;
        set.set(Some(output))
    });
    value
}
