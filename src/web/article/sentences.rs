//! A chunk's lines drawn one element per sentence. Each sentence follows
//! only its own [`Marks`] signal, so a tag change redraws one sentence.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::document::AnnotatedDocument;
use crate::domain::layout::Item;
use crate::domain::segment::SegmentKind;
use crate::domain::tag::BUILT_IN;

use super::super::state::{sentence_dom_id, Marks, PieceMark, Workspace};

/// The blocks (lines) `blocks` of `doc`, each a `.para` element.
pub fn render_blocks(doc: &AnnotatedDocument, blocks: &[Vec<Item>], ws: Workspace) -> AnyView {
    let marks = ws.marks.get_value();
    blocks
        .iter()
        .map(|block| {
            let items = block
                .iter()
                .map(|item| match *item {
                    Item::Gap(a, b) => doc.text()[a..b].to_string().into_any(),
                    Item::Sentence(i) => match marks.get(i) {
                        Some(signal) => sentence(doc, i, signal.clone(), ws),
                        None => doc.sentences[i].text.clone().into_any(),
                    },
                })
                .collect::<Vec<_>>();
            view! { <div class="para">{items}</div> }.into_any()
        })
        .collect::<Vec<_>>()
        .into_any()
}

fn sentence(
    doc: &AnnotatedDocument,
    i: usize,
    signal: ArcRwSignal<Marks>,
    ws: Workspace,
) -> AnyView {
    let kind = kind_class(doc.sentences[i].kind);
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
        let text: Arc<str> = Arc::from(doc.sentences[i].text.as_str());
        move || signal.with(|m| pieces_view(&text, &m.pieces))
    };
    // Why each waiting suggestion is there, on hover and for assistive
    // technology. The marks say which tags wait here; the reasons come from
    // this sentence's own suggestions, so no sentence looks at the others'.
    let reasons = {
        let signal = signal.clone();
        move || {
            let waiting = signal.with(|m| m.suggested);
            (waiting != 0).then(|| ws.suggestion_reasons(i, waiting))
        }
    };
    let current = move || signal.with(|m| m.focused).then_some("true");
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
    .into_any()
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
