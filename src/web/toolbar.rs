//! The buttons above the article: tag the selection, move work in and out,
//! start anew.

use leptos::prelude::*;

use crate::domain::tag::{Tag, BUILT_IN};

use super::browser;
use super::state::use_workspace;
use super::transfer::Transfer;

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
            <Transfer />
            <div class="group">
                <button on:click=new_article>"New article"</button>
            </div>
        </div>
    }
}
