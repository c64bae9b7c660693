//! Backup and restore: the whole library as one JSON file, and reading such
//! a file back with a preview of what merging or replacing would change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::library::backup::{self, Article, Mode, Preview};

use super::super::browser;
use super::super::state::{use_workspace, Workspace};

/// Every article, with the open one as the page holds it: after a failed
/// write the page is the only place its latest state lives.
fn current_articles(ws: Workspace) -> Vec<Article> {
    let mut all = ws
        .store
        .try_update_value(|s| s.articles())
        .unwrap_or_default();
    if let Some(doc) = ws.doc.get_untracked() {
        match all
            .iter_mut()
            .find(|a| a.doc.document.id == doc.document.id)
        {
            Some(a) => a.doc = doc,
            None => all.push(Article {
                doc,
                published: None,
            }),
        }
    }
    all
}

pub fn export_library(ws: Workspace) {
    let now = browser::now();
    let all = current_articles(ws);
    let name = format!(
        "marginalia-library-{}.json",
        now.get(..10).unwrap_or("backup")
    );
    match browser::download(&name, "application/json", &backup::export(&all, &now)) {
        Ok(()) => ws.status.info(format!(
            "Exported {} article{} to {name}.",
            all.len(),
            if all.len() == 1 { "" } else { "s" }
        )),
        Err(e) => ws.status.error(format!("Export failed: {e}.")),
    }
}

async fn read_file(input: web_sys::HtmlInputElement) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|f| f.get(0))
        .ok_or("No file was chosen.")?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be read.".to_string())?;
    text.as_string()
        .ok_or_else(|| "The file is not text.".to_string())
}

#[component]
pub fn Backup() -> impl IntoView {
    let ws = use_workspace();
    let pending = RwSignal::new(None::<Vec<Article>>);
    let mode = RwSignal::new(Mode::Merge);
    let preview = move || -> Option<Preview> {
        let incoming = pending.get()?;
        Some(backup::plan(&current_articles(ws), &incoming, mode.get()).1)
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let parsed = read_file(input.clone())
                .await
                .and_then(|t| backup::parse(&t));
            input.set_value("");
            match parsed {
                Ok(articles) => {
                    ws.status.info(format!(
                        "The backup holds {} article{}; check what restoring changes, then confirm.",
                        articles.len(),
                        if articles.len() == 1 { "" } else { "s" }
                    ));
                    pending.set(Some(articles));
                }
                Err(e) => ws.status.error(format!("Nothing was restored. {e}")),
            }
        });
    };
    let apply = move |_| {
        let Some(incoming) = pending.get_untracked() else {
            return;
        };
        let mode = mode.get_untracked();
        let (result, preview) = backup::plan(&current_articles(ws), &incoming, mode);
        match ws
            .store
            .try_update_value(|s| s.write_library(&result, mode == Mode::Replace))
        {
            Some(Ok(())) => {
                ws.status.info(format!(
                    "Restored: {} added, {} changed, {} removed.",
                    preview.added.len(),
                    preview.changed.len(),
                    preview.removed.len()
                ));
                pending.set(None);
            }
            Some(Err(e)) => ws.status.error(format!("Restore stopped: {e}")),
            None => {}
        }
        ws.library_rev.update(|n| *n += 1);
    };
    let list = |label: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <p>
                    <strong>{label}</strong>
                    " "
                    {items.join("; ")}
                </p>
            }
        })
    };
    view! {
        <div class="backup">
            <h3>"Backup"</h3>
            <button on:click=move |_| export_library(ws)>"Export library"</button>
            " "
            <label class="file">
                "Restore a backup "
                <input type="file" id="restore-file" accept=".json,application/json" on:change=choose />
            </label>
            <Show when=move || pending.with(Option::is_some)>
                <div class="restore-preview" role="region" aria-label="Restore preview">
                    <fieldset>
                        <legend>"How to restore"</legend>
                        <label>
                            <input
                                type="radio"
                                name="restore-mode"
                                prop:checked=move || mode.get() == Mode::Merge
                                on:change=move |_| mode.set(Mode::Merge)
                            />
                            "Merge: keep every stored article and annotation, add the backup's"
                        </label>
                        <label>
                            <input
                                type="radio"
                                name="restore-mode"
                                prop:checked=move || mode.get() == Mode::Replace
                                on:change=move |_| mode.set(Mode::Replace)
                            />
                            "Replace: make the library exactly the backup"
                        </label>
                    </fieldset>
                    {move || {
                        preview()
                            .map(|p| {
                                let changed = p
                                    .changed
                                    .iter()
                                    .map(|(t, a, b)| format!("{t} ({a} → {b} annotations)"))
                                    .collect();
                                view! {
                                    <div class="preview-lines">
                                        {list("Adds:", p.added.clone())}
                                        {list("Changes:", changed)}
                                        {list("Removes:", p.removed.clone())}
                                        <p>{format!("Unchanged: {}.", p.unchanged)}</p>
                                        {(p.conflicts > 0)
                                            .then(|| {
                                                view! {
                                                    <p>
                                                        {format!(
                                                            "{} annotation(s) differ on both sides; the later change is kept.",
                                                            p.conflicts,
                                                        )}
                                                    </p>
                                                }
                                            })}
                                        {p.is_empty().then(|| view! { <p>"Restoring changes nothing."</p> })}
                                    </div>
                                }
                            })
                    }}
                    <button class="primary" on:click=apply>"Restore"</button>
                    " "
                    <button on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
            </Show>
        </div>
    }
}
