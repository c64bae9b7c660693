//! A chunk's lines drawn one element per sentence. Each sentence follows
//! only its own [`Marks`] signal, so a tag change redraws one sentence.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::document::AnnotatedDocument;
use crate::domain::layout::Item;
use crate::domain::segment::SegmentKind;
use crate::domain::vocabulary::TagInfo;

use super::super::state::{sentence_dom_id, Marks, PieceMark, TagBits, Workspace};

/// The article's tags as drawn now; a change of vocabulary redraws the
/// drawn chunks.
type Vocabulary = Arc<Vec<TagInfo>>;

/// The blocks (lines) `blocks` of `doc`, each a `.para` element.
pub fn render_blocks(doc: &AnnotatedDocument, blocks: &[Vec<Item>], ws: Workspace) -> AnyView {
    let marks = ws.marks.get_value();
    let vocabulary = ws.vocabulary.get_untracked();
    blocks
        .iter()
        .map(|block| {
            let items = block
                .iter()
                .map(|item| match *item {
                    Item::Gap(a, b) => doc.text()[a..b].to_string().into_any(),
                    Item::Sentence(i) => match marks.get(i) {
                        Some(signal) => sentence(doc, i, signal.clone(), &vocabulary, ws),
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
    vocabulary: &Vocabulary,
    ws: Workspace,
) -> AnyView {
    let kind = kind_class(doc.sentences[i].kind);
    let class = {
        let (signal, vocabulary) = (signal.clone(), vocabulary.clone());
        move || signal.with(|m| sentence_class(kind, m, &vocabulary))
    };
    let glyphs = {
        let (signal, vocabulary) = (signal.clone(), vocabulary.clone());
        move || signal.with(|m| glyphs(m.tags, &vocabulary))
    };
    // A custom tag's colour, for the stylesheet's `t-custom` look.
    let colour = {
        let (signal, vocabulary) = (signal.clone(), vocabulary.clone());
        move || signal.with(|m| custom_colour(m.tags, &vocabulary))
    };
    let content = {
        let (signal, vocabulary) = (signal.clone(), vocabulary.clone());
        let text: Arc<str> = Arc::from(doc.sentences[i].text.as_str());
        move || signal.with(|m| pieces_view(&text, &m.pieces, &vocabulary))
    };
    // Why each waiting suggestion is there, on hover.
    let reasons = {
        let signal = signal.clone();
        move || {
            let waiting = signal.with(|m| m.suggested);
            (waiting != 0).then(|| ws.suggestion_reasons(i, waiting))
        }
    };
    // For assistive technology, which cannot see tints, glyphs or dashes:
    // the tags and waiting suggestions in words.
    let description = {
        let (signal, vocabulary) = (signal.clone(), vocabulary.clone());
        move || {
            let (tags, waiting) = signal.with(|m| (m.tags, m.suggested));
            describe(
                tags,
                &vocabulary,
                (waiting != 0).then(|| ws.suggestion_reasons(i, waiting)),
            )
        }
    };
    let current = move || signal.with(|m| m.focused).then_some("true");
    view! {
        <span
            id=sentence_dom_id(i)
            class=class
            data-i=i
            data-glyphs=glyphs
            style:--tag=colour
            title=reasons
            aria-description=description
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
fn pieces_view(text: &str, pieces: &[PieceMark], vocabulary: &Vocabulary) -> AnyView {
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
            push_tag_classes(&mut class, "t-", tags, vocabulary);
            if chosen {
                class.push_str(" chosen");
            }
            let colour = custom_colour(tags, vocabulary);
            view! { <mark class=class data-ann=innermost style:--tag=colour>{part}</mark> }
                .into_any()
        })
        .collect_view()
        .into_any()
}

fn sentence_class(kind: &str, marks: &Marks, vocabulary: &[TagInfo]) -> String {
    let mut class = kind.to_string();
    push_tag_classes(&mut class, "t-", marks.tags, vocabulary);
    push_tag_classes(&mut class, "sg-", marks.suggested, vocabulary);
    if marks.selected {
        class.push_str(" selected");
    }
    if marks.focused {
        class.push_str(" focused");
    }
    class
}

/// A class per built-in tag in `bits` (`t-claim`…), and `t-custom` once for
/// any custom ones: their colours are not in the stylesheet.
fn push_tag_classes(class: &mut String, prefix: &str, bits: TagBits, vocabulary: &[TagInfo]) {
    let mut custom = false;
    for info in vocabulary.iter().filter(|t| bits & (1 << t.index) != 0) {
        if info.built_in {
            class.push(' ');
            class.push_str(prefix);
            class.push_str(&info.name);
        } else {
            custom = true;
        }
    }
    if custom {
        class.push(' ');
        class.push_str(prefix);
        class.push_str("custom");
    }
}

/// The colour of the first custom tag in `bits`, if any.
fn custom_colour(bits: TagBits, vocabulary: &[TagInfo]) -> Option<String> {
    vocabulary
        .iter()
        .find(|t| !t.built_in && bits & (1 << t.index) != 0)
        .map(|t| t.colour.clone())
}

/// "Claim, Quote. Suggested warning: …", or nothing for a plain sentence.
fn describe(tags: TagBits, vocabulary: &[TagInfo], reasons: Option<String>) -> Option<String> {
    let labels: Vec<&str> = vocabulary
        .iter()
        .filter(|t| tags & (1 << t.index) != 0)
        .map(|t| t.label.as_str())
        .collect();
    let mut out = labels.join(", ");
    if let Some(reasons) = reasons {
        if !out.is_empty() {
            out.push_str(". ");
        }
        out.push_str(&reasons);
    }
    (!out.is_empty()).then_some(out)
}

/// The tag glyphs shown after a sentence, so colour is never the only cue.
fn glyphs(tags: TagBits, vocabulary: &[TagInfo]) -> String {
    vocabulary
        .iter()
        .filter(|t| tags & (1 << t.index) != 0)
        .map(|t| t.glyph.as_str())
        .collect()
}
