//! The buttons above the article: tag the selection, export, start anew.

use leptos::prelude::*;

use crate::domain::format::native;
use crate::domain::tag::{Tag, BUILT_IN};

use super::browser;
use super::state::use_workspace;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ws = use_workspace();
    let tag_buttons = BUILT_IN
        .iter()
        .map(|spec| {
            let tag = Tag::new(spec.name);
            // Pressed when the selection's annotation carries the tag; reads
            // the cursor and the document so it follows both.
            let pressed = {
                let tag = tag.clone();
                move || {
                    ws.cursor.track();
                    ws.anchor.track();
                    ws.doc.track();
                    let on = ws.selected_span().is_some_and(|(s, e)| {
                        ws.doc.with_untracked(|d| {
                            d.as_ref()
                                .and_then(|d| d.annotation_on(s, e))
                                .is_some_and(|a| a.has_tag(&tag))
                        })
                    });
                    on.to_string()
                }
            };
            view! {
                <button
                    class=format!("tag-button t-{}", spec.name)
                    aria-pressed=pressed
                    aria-keyshortcuts=spec.key.to_string()
                    title=format!("{} the selected sentences (key {})", spec.label, spec.key)
                    on:click=move |_| ws.toggle(&tag)
                >
                    <span class="glyph" aria-hidden="true">{spec.glyph}</span>
                    {spec.label}
                    <kbd aria-hidden="true">{spec.key.to_string()}</kbd>
                </button>
            }
        })
        .collect_view();
    let export = move |_| {
        let result = ws.doc.with_untracked(|d| {
            d.as_ref().map(|d| {
                let name = format!("{}.marginalia.json", d.document.file_stem());
                browser::download(&name, "application/json", &native::to_json(d)).map(|_| name)
            })
        });
        match result {
            Some(Ok(name)) => ws.status.info(format!("Exported {name}.")),
            Some(Err(e)) => ws.status.error(format!("Export failed: {e}.")),
            None => {}
        }
    };
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
    let new_article = move |_| {
        ws.close();
        ws.status.info(
            "Paste another article. The previous one stays stored in this browser.".to_string(),
        );
        browser::focus("article-text");
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label="Annotation tools">
            <div class="group">{tag_buttons}</div>
            <div class="group">
                <button on:click=export>"Export JSON"</button>
                <button on:click=copy>"Copy JSON"</button>
                <button on:click=new_article>"New article"</button>
            </div>
        </div>
    }
}
