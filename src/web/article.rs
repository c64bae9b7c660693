//! The annotated article: every sentence its own element, the text between
//! sentences kept as it was. Built once per opened document; afterwards each
//! sentence follows only its own [`Marks`] signal.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::document::AnnotatedDocument;
use crate::domain::segment::SegmentKind;
use crate::domain::span::snap_to_words;
use crate::domain::tag::BUILT_IN;

use super::state::{sentence_dom_id, use_workspace, Marks, PieceMark, Workspace};

#[component]
pub fn ArticleView() -> impl IntoView {
    let ws = use_workspace();
    let body = move || {
        ws.opened.track();
        ws.doc
            .with_untracked(|d| d.as_ref().map(|d| render_sentences(d, ws)))
    };
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
            tabindex="0"
            aria-label="Annotated article"
            aria-describedby="keys-hint"
            on:click=on_click
            on:mouseup=on_mouseup
        >
            {body}
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
    // The article's text content is the document's text exactly, so the
    // length of the text before a point is its UTF-16 offset.
    let utf16_at = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let before = document.create_range().ok()?;
        before.set_start(&article, 0).ok()?;
        before.set_end(node, offset).ok()?;
        Some(before.to_string().length() as usize)
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

/// The sentences grouped into one block per line of the text: the article is
/// no longer one inline formatting context, so a sentence whose look changes
/// size (a tag's glyph) makes the browser lay out its own paragraph, not the
/// whole article. A gap that holds a line break is split after its first
/// break: that part ends the block, the rest opens the next, so the text
/// reads and renders exactly as one pre-wrapped run did.
fn render_sentences(doc: &AnnotatedDocument, ws: Workspace) -> Vec<AnyView> {
    let text = doc.text();
    let offsets = doc.offsets();
    let byte = |c: usize| offsets.char_to_byte(c).unwrap_or(text.len());
    let marks = ws.marks.get_value();
    let mut blocks = Vec::new();
    let mut block: Vec<AnyView> = Vec::new();
    let mut previous_end = 0;
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let gap = &text[byte(previous_end)..byte(sentence.start)];
        previous_end = sentence.end;
        match gap.find('\n') {
            Some(at) if !block.is_empty() => {
                block.push(gap[..=at].to_string().into_any());
                blocks.push(paragraph(std::mem::take(&mut block)));
                if at + 1 < gap.len() {
                    block.push(gap[at + 1..].to_string().into_any());
                }
            }
            _ if !gap.is_empty() => block.push(gap.to_string().into_any()),
            _ => {}
        }
        let Some(signal) = marks.get(i).cloned() else {
            continue;
        };
        let kind = kind_class(sentence.kind);
        let class = {
            let signal = signal.clone();
            move || signal.with(|m| sentence_class(kind, m))
        };
        let glyphs = {
            let signal = signal.clone();
            move || signal.with(|m| glyphs(m.tags))
        };
        let content = {
            let signal = signal.clone();
            let text: Arc<str> = Arc::from(sentence.text.as_str());
            move || signal.with(|m| pieces_view(&text, &m.pieces))
        };
        // Why each waiting suggestion is there, on hover and for assistive
        // technology. The marks say which tags wait here; the reasons come
        // from this sentence's own suggestions (sorted by sentence), so no
        // sentence looks at the others'.
        let reasons = {
            let signal = signal.clone();
            move || {
                let waiting = signal.with(|m| m.suggested);
                (waiting != 0).then(|| ws.suggestion_reasons(i, waiting))
            }
        };
        let current = move || signal.with(|m| m.focused).then_some("true");
        block.push(
            view! {
                <span
                    id=sentence_dom_id(i)
                    class=class
                    data-i=i
                    data-glyphs=glyphs
                    title=reasons
                    aria-current=current
                >
                    {content}
                </span>
            }
            .into_any(),
        );
    }
    let tail = &text[byte(previous_end)..];
    if !tail.is_empty() {
        block.push(tail.to_string().into_any());
    }
    if !block.is_empty() {
        blocks.push(paragraph(block));
    }
    blocks
}

fn paragraph(children: Vec<AnyView>) -> AnyView {
    view! { <div class="para">{children}</div> }.into_any()
}

fn kind_class(kind: SegmentKind) -> &'static str {
    match kind {
        SegmentKind::Sentence => "s",
        SegmentKind::Heading => "s k-heading",
        SegmentKind::ListItem => "s k-list",
        SegmentKind::Meta => "s k-meta",
        SegmentKind::Dateline => "s k-dateline",
    }
}

/// The sentence's text, with the parts that annotations or the span
/// selection cover in part drawn as their own elements. Overlapping and
/// nested parts are cut at every boundary; a click on a cut selects the
/// innermost annotation covering it.
fn pieces_view(text: &str, pieces: &[PieceMark]) -> AnyView {
    if pieces.is_empty() {
        return text.to_string().into_any();
    }
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars = bytes.len() - 1;
    let mut cuts: Vec<usize> = pieces
        .iter()
        .flat_map(|p| [p.start.min(chars), p.end.min(chars)])
        .chain([0, chars])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let part = text[bytes[a]..bytes[b]].to_string();
            let covering: Vec<&PieceMark> = pieces
                .iter()
                .filter(|p| p.start <= a && p.end >= b)
                .collect();
            if covering.is_empty() {
                return part.into_any();
            }
            let tags = covering.iter().fold(0, |bits, p| bits | p.tags);
            let chosen = covering.iter().any(|p| p.id.is_none());
            let innermost = covering
                .iter()
                .filter_map(|p| Some((p.end - p.start, p.id.clone()?)))
                .min()
                .map(|(_, id)| id);
            let mut class = "p".to_string();
            for (i, spec) in BUILT_IN.iter().enumerate() {
                if tags & (1 << i) != 0 {
                    class.push_str(" t-");
                    class.push_str(spec.name);
                }
            }
            if chosen {
                class.push_str(" chosen");
            }
            view! { <mark class=class data-ann=innermost>{part}</mark> }.into_any()
        })
        .collect_view()
        .into_any()
}

fn sentence_class(kind: &str, marks: &Marks) -> String {
    let mut class = kind.to_string();
    for (i, spec) in BUILT_IN.iter().enumerate() {
        if marks.tags & (1 << i) != 0 {
            class.push_str(" t-");
            class.push_str(spec.name);
        }
    }
    for (i, spec) in BUILT_IN.iter().enumerate() {
        if marks.suggested & (1 << i) != 0 {
            class.push_str(" sg-");
            class.push_str(spec.name);
        }
    }
    if marks.selected {
        class.push_str(" selected");
    }
    if marks.focused {
        class.push_str(" focused");
    }
    class
}

/// The tag glyphs shown after a sentence, so colour is never the only cue.
fn glyphs(tags: u8) -> String {
    BUILT_IN
        .iter()
        .enumerate()
        .filter(|(i, _)| tags & (1 << i) != 0)
        .map(|(_, spec)| spec.glyph)
        .collect()
}
