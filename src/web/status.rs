//! The one-line status the page shows and screen readers hear: what an
//! action did, or what went wrong and what to do about it.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Status {
    pub info: RwSignal<String>,
    pub error: RwSignal<String>,
}

impl Status {
    pub fn new() -> Self {
        Status {
            info: RwSignal::new(String::new()),
            error: RwSignal::new(String::new()),
        }
    }
    pub fn info(&self, text: String) {
        self.error.set(String::new());
        self.info.set(text);
    }
    pub fn error(&self, text: String) {
        self.info.set(String::new());
        self.error.set(text);
    }
}

/// The status lines: news goes to a polite live region, errors to an alert.
/// Both regions stay in the page so screen readers keep listening to them.
#[component]
pub fn StatusLine(status: Status) -> impl IntoView {
    view! {
        <div class="status-lines">
            <p class="status" role="status" aria-live="polite">
                {move || status.info.get()}
            </p>
            <p class="status error" role="alert" class:empty=move || status.error.with(String::is_empty)>
                {move || status.error.get()}
            </p>
        </div>
    }
}
