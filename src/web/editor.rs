//! Where an article is pasted: a labelled text area and the "Annotate" button.

use leptos::prelude::*;

use crate::domain::document::{document_id, AnnotatedDocument};

use super::browser;
use super::state::use_workspace;

/// Pasted text larger than this is refused: 10 MB is several books.
const MAX_ARTICLE_BYTES: usize = 10 * 1024 * 1024;

#[component]
pub fn Editor() -> impl IntoView {
    let ws = use_workspace();
    let (draft, set_draft) = signal(String::new());
    let annotate = move |_| {
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            ws.status
                .error("Paste an article into \"Article text\" first.".to_string());
            return;
        }
        if text.len() > MAX_ARTICLE_BYTES {
            ws.status.error(format!(
                "The text is {} MB; articles up to {} MB can be annotated.",
                text.len() / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ));
            return;
        }
        // The same text pasted again reopens its stored annotations rather
        // than starting over on top of them.
        let id = document_id(&text);
        match ws.store.try_update_value(|s| s.load(&id)) {
            Some(Ok(Some(stored))) => {
                let count = stored.annotations.len();
                ws.open(stored, true);
                ws.status.info(format!(
                    "This article was annotated before: reopened it with its {count} annotations."
                ));
            }
            Some(Err(problem)) => {
                ws.status.error(problem.message);
                return;
            }
            _ => {
                let doc = AnnotatedDocument::from_text(&text, &browser::now());
                let count = doc.sentences.len();
                ws.open(doc, true);
                ws.status.info(format!(
                    "{count} sentences. Move with the arrow keys or j/k; tag with c, q, w."
                ));
            }
        }
        browser::focus("article");
    };
    view! {
        <section class="editor">
            <label for="article-text">"Article text"</label>
            <textarea
                id="article-text"
                rows="16"
                placeholder="Paste a news article here…"
                on:input=move |ev| set_draft.set(event_target_value(&ev))
                prop:value=draft
            ></textarea>
            <button class="primary" on:click=annotate>
                "Annotate"
            </button>
        </section>
    }
}
