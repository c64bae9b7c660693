//! Light or dark: follows the system until the person picks one, and
//! remembers the pick in this browser.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const KEY: &str = "marginalia/v1/theme";

/// Sets `data-theme` on the root element; CSS does the rest. `None` removes
/// it, so the system's preference applies.
fn apply(theme: Option<&str>) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Some(t) => root.set_attribute("data-theme", t),
            None => root.remove_attribute("data-theme"),
        };
    }
}

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[component]
pub fn ThemeToggle(storage_available: bool) -> impl IntoView {
    let stored = storage_available
        .then(|| LocalStorage::get::<String>(KEY).ok())
        .flatten();
    apply(stored.as_deref());
    let dark = RwSignal::new(match stored.as_deref() {
        Some(t) => t == "dark",
        None => system_prefers_dark(),
    });
    let flip = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        let theme = if next { "dark" } else { "light" };
        apply(Some(theme));
        if storage_available {
            let _ = LocalStorage::set(KEY, theme);
        }
    };
    view! {
        <button class="theme-toggle" aria-pressed=move || dark.get().to_string() on:click=flip>
            "Dark mode"
        </button>
    }
}
