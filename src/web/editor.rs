//! Where an article is pasted: a labelled text area and the "Annotate" button.
//! Text already in the library is not annotated twice by accident: the page
//! offers to open the stored article or to make a separate copy.

use leptos::prelude::*;

use crate::domain::document::{document_id, AnnotatedDocument};
use crate::domain::library::{self, Record};

use super::browser;
use super::state::use_workspace;

/// Pasted text larger than this is refused: 10 MB is several books.
const MAX_ARTICLE_BYTES: usize = 10 * 1024 * 1024;

#[component]
pub fn Editor() -> impl IntoView {
    let ws = use_workspace();
    let (draft, set_draft) = signal(String::new());
    // Stored articles with the pasted text, while the choice is offered.
    let offer = RwSignal::new(None::<Vec<Record>>);
    let start = move |text: String, id: String| {
        let mut doc = AnnotatedDocument::from_text(&text, &browser::now());
        doc.document.id = id;
        let count = doc.sentences.len();
        offer.set(None);
        ws.open(doc, true);
        ws.status.info(format!(
            "{count} sentences. Move with the arrow keys or j/k; tag with c, q, w."
        ));
        browser::focus("article");
    };
    let open_existing = move |_| {
        let Some(id) = offer.with_untracked(|o| o.as_ref()?.first().map(|r| r.id.clone())) else {
            return;
        };
        // The offer belongs to this editor, which opening an article removes.
        offer.set(None);
        if let Some((_, count)) = ws.open_stored(&id) {
            ws.status.info(format!(
                "Reopened the stored article with its {count} annotations."
            ));
        }
    };
    let make_copy = move |_| {
        let text = draft.get_untracked();
        let (records, _) = ws
            .store
            .try_update_value(|s| s.records())
            .unwrap_or_default();
        let taken: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
        let id = library::copy_id(&document_id(&text), &taken);
        start(text, id);
    };
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
        // The same text pasted again is offered back rather than started
        // over beside its stored annotations.
        let (records, _) = ws
            .store
            .try_update_value(|s| s.records())
            .unwrap_or_default();
        let mut existing: Vec<Record> = library::same_text(&records, &text)
            .into_iter()
            .cloned()
            .collect();
        // The original before its copies: copies are named as such.
        existing.sort_by_key(|r| r.id != r.text);
        if let Some(first) = existing.first() {
            ws.status.info(format!(
                "\"{}\" is already in your library with {} annotations: open it, or make a copy.",
                first.title,
                first.annotations.len()
            ));
            offer.set(Some(existing));
            return;
        }
        let id = document_id(&text);
        start(text, id);
    };
    view! {
        <section class="editor">
            <label for="article-text">"Article text"</label>
            <textarea
                id="article-text"
                rows="16"
                placeholder="Paste a news article here…"
                on:input=move |ev| {
                    offer.set(None);
                    set_draft.set(event_target_value(&ev));
                }
                prop:value=draft
            ></textarea>
            <button class="primary" on:click=annotate>
                "Annotate"
            </button>
            <Show when=move || offer.with(Option::is_some)>
                <div class="offer" role="group" aria-label="Already in the library">
                    <p>
                        {move || {
                            offer
                                .with(|o| {
                                    o.as_ref()
                                        .and_then(|o| o.first())
                                        .map(|r| format!("This text is already in your library as \"{}\".", r.title))
                                })
                        }}
                    </p>
                    <button class="primary" on:click=open_existing>"Open existing"</button>
                    " "
                    <button on:click=make_copy>"Make a copy"</button>
                </div>
            </Show>
        </section>
    }
}
