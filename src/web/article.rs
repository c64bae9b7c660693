//! The annotated article: every sentence its own element, the text between
//! sentences kept as it was. Built once per opened document; afterwards each
//! sentence follows only its own [`Marks`] signal.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::document::AnnotatedDocument;
use crate::domain::segment::SegmentKind;
use crate::domain::tag::BUILT_IN;

use super::state::{sentence_dom_id, use_workspace, Marks, Workspace};

#[component]
pub fn ArticleView() -> impl IntoView {
    let ws = use_workspace();
    let body = move || {
        ws.opened.track();
        ws.doc
            .with_untracked(|d| d.as_ref().map(|d| render_sentences(d, ws)))
    };
    // One listener for the whole article rather than one per sentence.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let sentence = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".s").ok().flatten())
            .and_then(|el| el.get_attribute("data-i"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = sentence {
            ws.place_cursor(i, ev.shift_key());
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
        >
            {body}
        </article>
    }
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
            move || sentence_class(kind, signal.get())
        };
        let glyphs = {
            let signal = signal.clone();
            move || glyphs(signal.get())
        };
        let current = move || signal.get().focused.then_some("true");
        block.push(
            view! {
                <span
                    id=sentence_dom_id(i)
                    class=class
                    data-i=i
                    data-glyphs=glyphs
                    aria-current=current
                >
                    {sentence.text.clone()}
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

fn sentence_class(kind: &str, marks: Marks) -> String {
    let mut class = kind.to_string();
    for (i, spec) in BUILT_IN.iter().enumerate() {
        if marks.tags & (1 << i) != 0 {
            class.push_str(" t-");
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
fn glyphs(marks: Marks) -> String {
    BUILT_IN
        .iter()
        .enumerate()
        .filter(|(i, _)| marks.tags & (1 << i) != 0)
        .map(|(_, spec)| spec.glyph)
        .collect()
}
