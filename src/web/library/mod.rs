//! The start page's library: every stored article with its title, date,
//! counts per tag and last change; open, rename, date, duplicate, delete with
//! undo, and search by title and text. Also the storage meter, the offer to
//! export when a write fails, backup and restore, and the two-tab sync.

mod entry;
mod meter;
mod restore;
pub mod sync;
mod trouble;
mod unreadable;

pub use meter::StorageMeter;
pub use trouble::SaveTrouble;

use leptos::prelude::*;

use crate::domain::library::{self, Record};

use super::state::use_workspace;
use super::storage::{Deleted, Unreadable};
use entry::LibraryEntry;
use restore::Backup;
use unreadable::UnreadableList;

#[component]
pub fn LibraryView() -> impl IntoView {
    let ws = use_workspace();
    let records = RwSignal::new(Vec::<Record>::new());
    let query = RwSignal::new(String::new());
    let deleted = RwSignal::new(None::<Deleted>);
    let unreadable = RwSignal::new(Vec::<Unreadable>::new());
    Effect::new(move |_| {
        ws.library_rev.track();
        let (list, problems) = ws
            .store
            .try_update_value(|s| s.records())
            .unwrap_or_default();
        if let Some(p) = problems.first() {
            ws.status.error(p.message.clone());
        }
        records.set(list);
        // Read after the records: reading them sets aside what fails to parse.
        unreadable.set(ws.store.with_value(|s| s.unreadable()));
    });
    let shown = move || {
        let q = query.get();
        let all = records.get();
        if q.trim().is_empty() {
            return all;
        }
        all.into_iter()
            .filter(|r| {
                let text = ws.store.with_value(|s| s.text(&r.text)).unwrap_or_default();
                library::matches(r, &text, &q)
            })
            .collect()
    };
    let count = move || records.with(Vec::len);
    let undo = move |_| {
        let Some(d) = deleted.get_untracked() else {
            return;
        };
        match ws.store.try_update_value(|s| s.restore(&d)) {
            Some(Ok(())) => {
                ws.status.info(format!("Restored \"{}\".", d.record.title));
                deleted.set(None);
            }
            Some(Err(e)) => ws.status.error(e),
            None => {}
        }
        ws.library_rev.update(|n| *n += 1);
    };
    view! {
        <section class="library" aria-labelledby="library-heading">
            <h2 id="library-heading">"Library"</h2>
            <Show when=move || deleted.with(Option::is_some)>
                <p class="undo-bar">
                    {move || deleted.with(|d| d.as_ref().map(|d| format!("Deleted \"{}\". ", d.record.title)))}
                    <button on:click=undo>"Undo delete"</button>
                </p>
            </Show>
            <Show
                when=move || { count() > 0 }
                fallback=|| view! { <p class="hint">"Articles you annotate are kept here, in this browser."</p> }
            >
                <label class="search">
                    "Search titles and text "
                    <input
                        type="search"
                        prop:value=query
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </label>
                <ul class="entries">
                    <For
                        each=shown
                        key=|r| (r.id.clone(), r.updated.clone(), r.title.clone(), r.published.clone(), r.annotations.len())
                        let:record
                    >
                        <LibraryEntry record=record deleted=deleted />
                    </For>
                </ul>
                <Show when=move || !query.with(|q| q.trim().is_empty()) && shown().is_empty()>
                    <p class="hint">"No article matches the search."</p>
                </Show>
            </Show>
            <UnreadableList entries=unreadable />
            <Backup />
        </section>
    }
}
