//! How much of the browser's localStorage quota the library uses.

use leptos::prelude::*;

use super::super::state::{after_quiet, use_workspace};
use super::super::storage::QUOTA_UNITS;

/// Code units as megabytes (kilobytes while small): the browser's limit is
/// quoted as "5 MB" though it counts UTF-16 units, not bytes.
fn megabytes(units: usize) -> String {
    if units < 1024 * 1024 {
        format!("{:.1} KB", units as f64 / 1024.0)
    } else {
        format!("{:.2} MB", units as f64 / (1024.0 * 1024.0))
    }
}

#[component]
pub fn StorageMeter() -> impl IntoView {
    let ws = use_workspace();
    // Measured a moment after the last write, not in the frame of every
    // keystroke: the figure is for the eye, and a burst of edits needs one.
    let calm = after_quiet(std::time::Duration::from_millis(250), move || {
        ws.library_rev.track();
    });
    let used = Memo::new(move |_| {
        calm.track();
        ws.store.try_with_value(|s| s.usage()).unwrap_or(0)
    });
    view! {
        <p class="storage-meter" id="storage-meter">
            <label for="storage-meter-bar">"Storage "</label>
            <meter id="storage-meter-bar" min="0" max=QUOTA_UNITS value=move || used.get() high=QUOTA_UNITS * 9 / 10></meter>
            " "
            <span class="meter-text">
                {move || format!("{} of about {} used", megabytes(used.get()), megabytes(QUOTA_UNITS))}
            </span>
        </p>
    }
}
