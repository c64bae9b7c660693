//! The "?" overlay: every keyboard shortcut, from the same table the
//! keyboard listener documents.

use leptos::prelude::*;

use super::browser;
use super::keyboard::SHORTCUTS;
use super::state::use_workspace;

#[component]
pub fn HelpOverlay() -> impl IntoView {
    let ws = use_workspace();
    let close = move |_| {
        ws.help_open.set(false);
        browser::focus("article");
    };
    // Focus the dialog when it opens so screen readers announce it.
    Effect::new(move |_| {
        if ws.help_open.get() {
            browser::focus("help-close");
        }
    });
    let rows = SHORTCUTS
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row"><kbd>{s.keys}</kbd></th>
                    <td>{s.does}</td>
                </tr>
            }
        })
        .collect_view();
    // The article's own tags and their keys, after the fixed shortcuts.
    let custom_rows = move || {
        ws.vocabulary
            .get()
            .iter()
            .filter(|t| !t.built_in)
            .filter_map(|t| {
                let key = t.key?;
                Some(view! {
                    <tr>
                        <th scope="row"><kbd>{key.to_string()}</kbd></th>
                        <td>{format!("tag {} (this article's own; again removes)", t.label)}</td>
                    </tr>
                })
            })
            .collect_view()
    };
    view! {
        <div class="overlay" class:open=move || ws.help_open.get() hidden=move || !ws.help_open.get()>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">"Keyboard shortcuts"</h2>
                <table class="shortcuts">
                    <tbody>{rows}{custom_rows}</tbody>
                </table>
                <button id="help-close" on:click=close>"Close (Escape)"</button>
            </div>
        </div>
    }
}
