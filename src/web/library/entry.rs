//! One article in the library list: its title (opens it), editable title and
//! publication date, counts per tag, last change, and its actions.

use leptos::prelude::*;

use crate::domain::library::Record;
use crate::domain::tag;

use super::super::browser;
use super::super::state::use_workspace;
use super::super::storage::Deleted;

/// `2026-02-01T09:41:12.345Z` as `2026-02-01 09:41 UTC`: the minute is
/// enough to tell changes apart in a list.
fn short_time(stamp: &str) -> String {
    match (stamp.get(..10), stamp.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => stamp.to_string(),
    }
}

#[component]
pub fn LibraryEntry(record: Record, deleted: RwSignal<Option<Deleted>>) -> impl IntoView {
    let ws = use_workspace();
    let id = StoredValue::new(record.id.clone());
    let title = record.title.clone();
    let label = title.clone();
    let counts = record
        .tag_counts()
        .into_iter()
        .map(|(t, n)| {
            let spec = tag::by_name(t.as_str());
            let label = spec.map_or(t.as_str().to_string(), |s| s.label.to_string());
            let glyph = spec.map_or("", |s| s.glyph);
            view! {
                <span class=format!("count t-{}", t.as_str())>
                    <span class="glyph" aria-hidden="true">{glyph}</span>
                    {format!("{label} {n}")}
                </span>
            }
        })
        .collect_view();
    let open = move |_| {
        let id = id.get_value();
        if let Some((title, _)) = ws.open_stored(&id) {
            ws.status.info(format!("Opened \"{title}\"."));
        }
        ws.library_rev.update(|n| *n += 1);
    };
    let edit = move |change: Box<dyn FnOnce(&mut Record)>| {
        let now = browser::now();
        let result = ws.store.try_update_value(|s| {
            s.update_record(&id.get_value(), |r| {
                change(r);
                r.updated = now;
            })
        });
        if let Some(Err(e)) = result {
            ws.status.error(e);
        }
        ws.library_rev.update(|n| *n += 1);
    };
    let rename = move |ev| {
        let value = event_target_value(&ev).trim().to_string();
        if value.is_empty() {
            ws.status.error("A title cannot be empty.".to_string());
            ws.library_rev.update(|n| *n += 1);
            return;
        }
        ws.status.info(format!("Renamed to \"{value}\"."));
        edit(Box::new(move |r| r.title = value));
    };
    let redate = move |ev| {
        let value = event_target_value(&ev).trim().to_string();
        edit(Box::new(move |r| {
            r.published = (!value.is_empty()).then_some(value)
        }));
    };
    let duplicate = move |_| {
        match ws
            .store
            .try_update_value(|s| s.duplicate(&id.get_value(), &browser::now()))
        {
            Some(Ok(_)) => ws.status.info("Made a copy.".to_string()),
            Some(Err(e)) => ws.status.error(e),
            None => {}
        }
        ws.library_rev.update(|n| *n += 1);
    };
    let delete = move |_| {
        match ws.store.try_update_value(|s| s.delete(&id.get_value())) {
            Some(Ok(d)) => {
                ws.status.info(format!(
                    "Deleted \"{}\". \"Undo delete\" brings it back.",
                    d.record.title
                ));
                deleted.set(Some(d));
            }
            Some(Err(e)) => ws.status.error(e),
            None => {}
        }
        ws.library_rev.update(|n| *n += 1);
    };
    view! {
        <li class="entry" data-id=record.id.clone()>
            <button class="open" on:click=open title="Open this article">
                {title.clone()}
            </button>
            <div class="fields">
                <label>
                    "Title "
                    <input type="text" class="title-field" prop:value=title on:change=rename />
                </label>
                <label>
                    "Published "
                    <input
                        type="text"
                        class="date-field"
                        placeholder="not found"
                        prop:value=record.published.clone().unwrap_or_default()
                        on:change=redate
                    />
                </label>
            </div>
            <p class="facts">
                {counts}
                <span class="changed">{format!("Changed {}", short_time(&record.updated))}</span>
            </p>
            <div class="actions">
                <button on:click=duplicate aria-label=format!("Duplicate {label}")>
                    "Duplicate"
                </button>
                <button on:click=delete aria-label=format!("Delete {label}")>
                    "Delete"
                </button>
            </div>
        </li>
    }
}
