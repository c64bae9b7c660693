//! Shown while the page holds work storage does not (a write failed): says
//! so plainly and offers the exports that save it.

use leptos::prelude::*;

use super::super::state::use_workspace;
use super::restore::export_library;

#[component]
pub fn SaveTrouble() -> impl IntoView {
    let ws = use_workspace();
    view! {
        <Show when=move || ws.unsaved.get()>
            <div class="save-trouble" role="region" aria-label="Unsaved work">
                <p>
                    "Your latest changes are kept only in this page: the browser did not store them. "
                    "Nothing stored before was changed. Export now to keep them."
                </p>
                <button class="primary" on:click=move |_| export_library(ws)>
                    "Export library"
                </button>
            </div>
        </Show>
    }
}
