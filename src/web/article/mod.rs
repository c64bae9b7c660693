//! The annotated article: every sentence its own element, the text between
//! sentences kept as it was, drawn chunk by chunk near the view (see
//! [`chunks`]). Clicks and drags on it select sentences and spans.

mod chunks;
mod sentences;

pub use chunks::Chunks;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::span::snap_to_words;

use super::state::{use_workspace, Workspace};

#[component]
pub fn ArticleView() -> impl IntoView {
    let ws = use_workspace();
    let article = NodeRef::<leptos::html::Article>::new();
    // Drawn again only when another document is opened; tags and the cursor
    // change single sentences through their marks.
    Effect::new(move |_| {
        ws.opened.track();
        if let Some(el) = article.get() {
            Chunks::build(ws, &el);
        }
    });
    // Print shows every highlight, so every chunk is drawn for it.
    let before_print = window_event_listener_untyped("beforeprint", move |_| Chunks::draw_all(ws));
    let after_print = window_event_listener_untyped("afterprint", move |_| Chunks::settle(ws));
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        ws.chunks.update_value(Chunks::clear);
    });
    // A drag that just chose a span must not also count as a click.
    let dragged = StoredValue::new(false);
    // One listener for the whole article rather than one per sentence.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if dragged.get_value() {
            dragged.set_value(false);
            return;
        }
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let piece = target
            .as_ref()
            .and_then(|el| el.closest("mark[data-ann]").ok().flatten())
            .and_then(|el| el.get_attribute("data-ann"));
        if let (Some(id), false) = (piece, ev.shift_key()) {
            ws.select_annotation(&id);
            return;
        }
        let sentence = target
            .and_then(|el| el.closest(".s").ok().flatten())
            .and_then(|el| el.get_attribute("data-i"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = sentence {
            ws.place_cursor(i, ev.shift_key());
        }
    };
    let on_mouseup = move |ev: leptos::ev::MouseEvent| {
        // Shift-click extends the sentence selection; the browser's own
        // shift-click text selection is not a span.
        if ev.shift_key() {
            if let Some(selection) =
                web_sys::window().and_then(|w| w.get_selection().ok().flatten())
            {
                let _ = selection.remove_all_ranges();
            }
            return;
        }
        if let Some((sentence, span)) = dragged_span(ws) {
            dragged.set_value(true);
            ws.select_span(sentence, span);
        }
    };
    view! {
        <article
            id="article"
            class="article"
            node_ref=article
            data-virtual=""
            tabindex="0"
            aria-label="Annotated article"
            aria-describedby="keys-hint"
            on:click=on_click
            on:mouseup=on_mouseup
        >
        </article>
    }
}

/// The span a mouse drag selected in the article, snapped to whole words,
/// with the sentence it starts in; the browser's own selection is cleared so
/// the page's mark of the span is the one shown.
fn dragged_span(ws: Workspace) -> Option<(usize, (usize, usize))> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let selection = window.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let article = document.get_element_by_id("article")?;
    if !article.contains(Some(&range.common_ancestor_container().ok()?)) {
        return None;
    }
    // A chunk's text content is the document's text from the chunk's start
    // exactly, so that start plus the length of the chunk's text before a
    // point is the point's UTF-16 offset.
    let utf16_at = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let element = match node.dyn_ref::<web_sys::Element>() {
            Some(el) => el.clone(),
            None => node.parent_element()?,
        };
        let chunk = element.closest(".chunk").ok()??;
        let chunk_start: usize = chunk.get_attribute("data-u16")?.parse().ok()?;
        let before = document.create_range().ok()?;
        before.set_start(&chunk, 0).ok()?;
        before.set_end(node, offset).ok()?;
        Some(chunk_start + before.to_string().length() as usize)
    };
    let start = utf16_at(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = utf16_at(&range.end_container().ok()?, range.end_offset().ok()?)?;
    let found = ws.doc.with_untracked(|d| {
        let d = d.as_ref()?;
        let map = d.offsets();
        // An offset inside a surrogate pair moves to the pair's start.
        let to_char = |u: usize| (0..=u).rev().find_map(|u| map.utf16_to_char(u));
        let span = snap_to_words(d.text(), map, to_char(start)?, to_char(end)?)?;
        Some((d.sentence_at(span.0)?, span))
    });
    let _ = selection.remove_all_ranges();
    found
}
