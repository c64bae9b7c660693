//! The article rendered lazily, chunk by chunk (see [`Layout`]). A chunk near
//! the viewport, or holding the cursor, shows one element per sentence; any
//! other chunk is its plain text, which wraps, reads aloud and is found by
//! find-in-page exactly the same, at a few DOM nodes instead of thousands.
//! So opening, restoring and tagging cost what the visible part costs, not
//! what the whole article does.

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use std::sync::Arc;

use crate::domain::layout::{Layout, CHUNK_BYTES};
use crate::domain::vocabulary::TagInfo;

use super::super::state::Workspace;
use super::sentences::render_blocks;

/// How much text is drawn with its sentences at once when an article opens,
/// before the viewport is known: a few screens.
const FIRST_BYTES: usize = 16 * 1024;

#[derive(Default)]
pub struct Chunks {
    layout: Layout,
    elements: Vec<web_sys::HtmlElement>,
    rich: Vec<Option<UnmountHandle<AnyViewState>>>,
    /// Whether the chunk is within three screens of the viewport, as last
    /// told: drawn chunks that are not go back to plain text.
    kept: Vec<bool>,
    /// The chunk holding the cursor: it stays drawn wherever the view is.
    pinned: Option<usize>,
    observers: Vec<Observer>,
    /// The tags the drawn sentences were drawn with (their classes, colours
    /// and glyphs come from it).
    vocabulary: Arc<Vec<TagInfo>>,
}

type OnIntersect = Closure<dyn FnMut(js_sys::Array)>;

struct Observer {
    observer: web_sys::IntersectionObserver,
    _callback: OnIntersect,
}

impl Chunks {
    /// Draws the open document into `article`, replacing what was there.
    pub fn build(ws: Workspace, article: &web_sys::HtmlElement) {
        ws.chunks.update_value(Chunks::clear);
        article.set_text_content(None);
        let Some(layout) = ws
            .doc
            .with_untracked(|d| d.as_ref().map(|d| Layout::of(d, CHUNK_BYTES)))
        else {
            return;
        };
        let Some(document) = article.owner_document() else {
            return;
        };
        // How many sentences there are, drawn or not (for tools and tests).
        let total = layout.chunks.last().map_or(0, |c| c.sentences.end);
        let _ = article.set_attribute("data-sentences", &total.to_string());
        let mut elements = Vec::with_capacity(layout.chunks.len());
        ws.doc.with_untracked(|d| {
            let Some(d) = d.as_ref() else { return };
            for (k, chunk) in layout.chunks.iter().enumerate() {
                let Some(el) = document
                    .create_element("div")
                    .ok()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    return;
                };
                el.set_class_name("chunk");
                let _ = el.set_attribute("data-chunk", &k.to_string());
                let _ = el.set_attribute("data-u16", &chunk.utf16_start.to_string());
                let _ = el.set_attribute("data-first", &chunk.sentences.start.to_string());
                el.set_text_content(Some(&d.text()[chunk.bytes.clone()]));
                let _ = article.append_child(&el);
                elements.push(el);
            }
        });
        let count = elements.len();
        let observers = observe(ws, &elements);
        ws.chunks.update_value(|c| {
            c.layout = layout;
            c.elements = elements;
            c.rich = (0..count).map(|_| None).collect();
            c.kept = vec![true; count];
            c.vocabulary = ws.vocabulary.get_untracked();
            c.observers = observers;
        });
        // The opening screens are drawn at once, so what is seen first is
        // never the plain text.
        let first: Vec<usize> = ws.chunks.with_value(|c| {
            let mut bytes = 0;
            c.layout
                .chunks
                .iter()
                .take_while(|chunk| {
                    let take = bytes < FIRST_BYTES;
                    bytes += chunk.bytes.len();
                    take
                })
                .enumerate()
                .map(|(k, _)| k)
                .collect()
        });
        for k in first {
            draw(ws, k);
        }
        Chunks::pin(ws, ws.cursor.get_untracked());
    }

    /// Makes sure sentence `i` is drawn, and keeps it drawn while it holds
    /// the cursor.
    pub fn pin(ws: Workspace, sentence: usize) {
        let Some((k, previous)) = ws
            .chunks
            .try_update_value(|c| {
                let k = c.layout.chunk_of(sentence)?;
                Some((k, c.pinned.replace(k)))
            })
            .flatten()
        else {
            return;
        };
        draw(ws, k);
        if let Some(previous) = previous.filter(|&p| p != k) {
            if !ws
                .chunks
                .with_value(|c| c.kept.get(previous).copied().unwrap_or(true))
            {
                undraw(ws, previous);
            }
        }
    }

    /// Draws the drawn chunks again if the article's tags changed since
    /// (one was added, renamed, recoloured or removed).
    pub fn redraw_if_stale(ws: Workspace) {
        let vocabulary = ws.vocabulary.get_untracked();
        let Some(drawn) = ws.chunks.try_update_value(|c| {
            if c.vocabulary == vocabulary {
                return Vec::new();
            }
            c.vocabulary = vocabulary;
            (0..c.rich.len()).filter(|&k| c.rich[k].is_some()).collect()
        }) else {
            return;
        };
        for k in drawn {
            undraw(ws, k);
            draw(ws, k);
        }
    }

    /// Draws every chunk (for printing, which must show every highlight).
    pub fn draw_all(ws: Workspace) {
        let count = ws.chunks.with_value(|c| c.elements.len());
        for k in 0..count {
            draw(ws, k);
        }
    }

    /// Back to plain text for the chunks far from the view.
    pub fn settle(ws: Workspace) {
        let far: Vec<usize> = ws.chunks.with_value(|c| {
            (0..c.elements.len())
                .filter(|&k| !c.kept[k] && c.pinned != Some(k) && c.rich[k].is_some())
                .collect()
        });
        for k in far {
            undraw(ws, k);
        }
    }

    /// Forgets the drawn article (another is opened, or none).
    pub fn clear(&mut self) {
        for o in self.observers.drain(..) {
            o.observer.disconnect();
        }
        // Dropping the drawn chunks' handles unmounts them.
        *self = Chunks::default();
    }
}

/// Draws chunk `k` one element per sentence, if it is plain text.
fn draw(ws: Workspace, k: usize) {
    let Some((el, blocks)) = ws.chunks.with_value(|c| {
        (c.rich.get(k)?.is_none()).then(|| {
            let chunk = &c.layout.chunks[k];
            (
                c.elements[k].clone(),
                c.layout.blocks[chunk.blocks.clone()].to_vec(),
            )
        })
    }) else {
        return;
    };
    el.set_text_content(None);
    let handle = mount_to(el, move || {
        ws.doc
            .with_untracked(|d| d.as_ref().map(|d| render_blocks(d, &blocks, ws)))
            .into_any()
    });
    ws.chunks.update_value(|c| {
        if let Some(slot) = c.rich.get_mut(k) {
            *slot = Some(handle);
        }
    });
}

/// Turns chunk `k` back into its plain text.
fn undraw(ws: Workspace, k: usize) {
    let Some(handle) = ws
        .chunks
        .try_update_value(|c| c.rich.get_mut(k)?.take())
        .flatten()
    else {
        return;
    };
    // Unmounting disposes of the sentences' effects with their elements.
    drop(handle);
    let (el, bytes) = ws
        .chunks
        .with_value(|c| (c.elements[k].clone(), c.layout.chunks[k].bytes.clone()));
    ws.doc.with_untracked(|d| {
        if let Some(d) = d.as_ref() {
            el.set_text_content(Some(&d.text()[bytes]));
        }
    });
}

/// Watches which chunks come within a screen of the viewport, to draw them,
/// and which go further than three screens away, to let them go back to
/// plain text. The gap between the two keeps a chunk from being drawn and
/// dropped over and over as the view moves back and forth.
fn observe(ws: Workspace, elements: &[web_sys::HtmlElement]) -> Vec<Observer> {
    let draw_near = watch(elements, "100% 0px 100% 0px", move |k, inside| {
        if inside {
            draw(ws, k);
        }
    });
    let drop_far = watch(elements, "300% 0px 300% 0px", move |k, inside| {
        let pinned = ws.chunks.try_update_value(|c| {
            if let Some(slot) = c.kept.get_mut(k) {
                *slot = inside;
            }
            c.pinned == Some(k)
        });
        if !inside && pinned == Some(false) {
            undraw(ws, k);
        }
    });
    draw_near.into_iter().chain(drop_far).collect()
}

/// Calls `on_change(chunk, inside)` whenever a chunk enters or leaves the
/// viewport grown by `margin`.
fn watch(
    elements: &[web_sys::HtmlElement],
    margin: &str,
    on_change: impl Fn(usize, bool) + 'static,
) -> Option<Observer> {
    let callback = OnIntersect::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                continue;
            };
            if let Some(k) = entry
                .target()
                .get_attribute("data-chunk")
                .and_then(|k| k.parse::<usize>().ok())
            {
                on_change(k, entry.is_intersecting());
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    for el in elements {
        observer.observe(el);
    }
    Some(Observer {
        observer,
        _callback: callback,
    })
}
