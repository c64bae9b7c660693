//! Getting work out of the page and back in: exports in every format the
//! domain writes, and an import that places another file's annotations on
//! the open article and reports what did not land.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::document::AnnotatedDocument;
use crate::domain::format::native::{self, MAX_IMPORT_BYTES};
use crate::domain::format::{csv, markdown, w3c};

use super::browser;
use super::state::use_workspace;

/// One export format: its button label, file suffix, MIME type and writer.
struct Export {
    label: &'static str,
    suffix: &'static str,
    mime: &'static str,
    write: fn(&AnnotatedDocument) -> String,
}

const EXPORTS: [Export; 4] = [
    Export {
        label: "Export JSON",
        suffix: "marginalia.json",
        mime: "application/json",
        write: native::to_json,
    },
    Export {
        label: "Export W3C",
        suffix: "w3c.jsonld",
        mime: "application/ld+json",
        write: w3c::to_w3c,
    },
    Export {
        label: "Export CSV",
        suffix: "csv",
        mime: "text/csv",
        write: csv::to_csv,
    },
    Export {
        label: "Export Markdown",
        suffix: "md",
        mime: "text/markdown",
        write: markdown::to_markdown,
    },
];

/// The export, copy and import buttons.
#[component]
pub fn Transfer() -> impl IntoView {
    let ws = use_workspace();
    let exports = EXPORTS
        .iter()
        .map(|export| {
            let save = move |_| {
                let result = ws.doc.with_untracked(|d| {
                    d.as_ref().map(|d| {
                        let name = format!("{}.{}", d.document.file_stem(), export.suffix);
                        browser::download(&name, export.mime, &(export.write)(d)).map(|_| name)
                    })
                });
                match result {
                    Some(Ok(name)) => ws.status.info(format!("Exported {name}.")),
                    Some(Err(e)) => ws.status.error(format!("Export failed: {e}.")),
                    None => {}
                }
            };
            view! { <button on:click=save>{export.label}</button> }
        })
        .collect_view();
    let copy = move |_| {
        let Some(json) = ws.doc.with_untracked(|d| d.as_ref().map(native::to_json)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match browser::copy_to_clipboard(&json).await {
                Ok(()) => ws.status.info("JSON copied to the clipboard.".to_string()),
                Err(e) => ws.status.error(format!(
                    "Could not copy ({e}). Use \"Export JSON\" instead."
                )),
            }
        });
    };
    let problems = RwSignal::new(Vec::<String>::new());
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be chosen again after a fix.
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            ws.status.error(format!(
                "{} is {:.0} MB; files over {} MB are not read. Nothing was changed.",
                file.name(),
                file.size() / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let name = file.name();
            let text = match browser::read_file(&file).await {
                Ok(text) => text,
                Err(e) => {
                    ws.status
                        .error(format!("Could not read {name}: {e}. Nothing was changed."));
                    return;
                }
            };
            let report = ws
                .doc
                .with_untracked(|d| d.as_ref().map(|d| import_onto(d, &text, &browser::now())));
            match report {
                Some(Ok(report)) => {
                    problems.set(report.problems());
                    let summary = report.summary();
                    ws.replace_annotations(report.document, "import");
                    ws.status.info(format!("Imported {name}: {summary}"));
                }
                Some(Err(e)) => {
                    problems.set(Vec::new());
                    ws.status
                        .error(format!("{name} was not imported: {e} Nothing was changed."));
                }
                None => {}
            }
        });
    };
    view! {
        <div class="group transfer">
            {exports}
            <button on:click=copy>"Copy JSON"</button>
            <label class="button-like">
                "Import annotations…"
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,.jsonld,application/json,application/ld+json"
                    on:change=import
                />
            </label>
        </div>
        <Show when=move || problems.with(|p| !p.is_empty())>
            <section class="import-problems" aria-label="Annotations not imported">
                <h2>"Not imported"</h2>
                <ul>
                    {move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
                <button on:click=move |_| problems.set(Vec::new())>"Dismiss"</button>
            </section>
        </Show>
    }
}

/// Native documents carry `"format": "marginalia/…"`; anything else is read
/// as W3C Web Annotation.
fn import_onto(
    doc: &AnnotatedDocument,
    text: &str,
    now: &str,
) -> Result<crate::domain::format::import::ImportReport, native::ImportError> {
    let native = text.len() <= MAX_IMPORT_BYTES
        && serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| {
                v.get("format")?
                    .as_str()
                    .map(|f| f.starts_with("marginalia/"))
            })
            .unwrap_or(false);
    if native {
        native::import_onto(doc, text, now)
    } else {
        w3c::import_onto(doc, text, now)
    }
}
