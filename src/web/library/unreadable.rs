//! Stored entries that could not be read, each offered as a raw download.
//! They stay in storage untouched until the person deals with them.

use leptos::prelude::*;

use super::super::browser;
use super::super::state::use_workspace;
use super::super::storage::Unreadable;

#[component]
pub fn UnreadableList(entries: RwSignal<Vec<Unreadable>>) -> impl IntoView {
    let ws = use_workspace();
    let entries = move || entries.get();
    view! {
        <Show when=move || !entries().is_empty()>
            <div class="unreadable" role="region" aria-label="Unreadable entries">
                <h3>"Kept aside: entries that could not be read"</h3>
                <ul>
                    {move || {
                        entries()
                            .into_iter()
                            .map(|u| {
                                let name = format!(
                                    "{}.json",
                                    u.key.rsplit('/').next().unwrap_or("entry"),
                                );
                                let raw = u.raw.clone();
                                let download = move |_| {
                                    if let Err(e) = browser::download(&name, "application/json", &raw) {
                                        ws.status.error(format!("Download failed: {e}."));
                                    }
                                };
                                view! {
                                    <li>
                                        <code>{u.key.clone()}</code>
                                        " "
                                        <button on:click=download>"Download raw"</button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
