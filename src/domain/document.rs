//! The annotated document: the article's text, its sentences and the
//! annotations on it. This is the unit the page edits, storage keeps and the
//! JSON format exchanges.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, Origin};
use super::segment::{self, SegmentKind};
use super::tag::{Tag, TagDef};
use super::text::OffsetMap;

/// The `format` field of every document this version writes.
pub const FORMAT: &str = "marginalia/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub id: String,
    pub title: String,
    pub text: String,
    pub created: String,
    pub updated: String,
}

/// A segment of the text as the format exchanges it, in code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub kind: SegmentKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnotatedDocument {
    pub format: String,
    pub document: DocumentMeta,
    /// The article's custom tags (the built-ins are implicit); edited through
    /// [`AnnotatedDocument::add_tag`] and its siblings in
    /// [`crate::domain::vocabulary`]. Absent from files and records that have
    /// none, so older ones read unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagDef>,
    pub sentences: Vec<Sentence>,
    pub annotations: Vec<Annotation>,
    /// Keys ([`crate::domain::suggest::Suggestion::key`]) of suggestions the
    /// person rejected, so they stay rejected after a reload or an export.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub rejected_suggestions: BTreeSet<String>,
    /// Built on first use: converting offsets of a long text on every toggle
    /// would cost a pass over the whole article.
    #[serde(skip)]
    offsets: CachedOffsets,
}

#[derive(Debug, Clone, Default)]
struct CachedOffsets(std::sync::OnceLock<OffsetMap>);

impl PartialEq for CachedOffsets {
    /// A cache says nothing about the document it belongs to.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for CachedOffsets {}

/// How one sentence looks; see [`AnnotatedDocument::looks`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceLook {
    pub tags: Vec<Tag>,
    pub pieces: Vec<Piece>,
}

/// Part of a sentence that an annotation covers, in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub tags: Vec<Tag>,
    pub id: String,
}

/// What a tag toggle did, so the page can announce it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toggled {
    Added,
    Removed,
}

impl AnnotatedDocument {
    /// A fresh document for `text`, split into sentences, with no annotations.
    pub fn from_text(text: &str, now: &str) -> Self {
        let sentences = sentences_of(text);
        AnnotatedDocument {
            format: FORMAT.to_string(),
            document: DocumentMeta {
                id: document_id(text),
                title: detect_title(&sentences),
                text: text.to_string(),
                created: now.to_string(),
                updated: now.to_string(),
            },
            tags: Vec::new(),
            sentences,
            annotations: Vec::new(),
            rejected_suggestions: BTreeSet::new(),
            offsets: CachedOffsets::default(),
        }
    }

    /// Offset conversions for this document's text.
    pub fn offsets(&self) -> &OffsetMap {
        self.offsets
            .0
            .get_or_init(|| OffsetMap::new(&self.document.text))
    }

    /// The text between code points `start` and `end`, if both lie in it.
    pub fn slice(&self, start: usize, end: usize) -> Option<&str> {
        self.offsets().slice(&self.document.text, start, end)
    }

    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// The code point span covering sentences `first..=last`.
    pub fn span_of_sentences(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        let (a, b) = (first.min(last), first.max(last));
        Some((self.sentences.get(a)?.start, self.sentences.get(b)?.end))
    }

    /// The annotation whose span is exactly `[start, end)`, if any.
    pub fn annotation_on(&self, start: usize, end: usize) -> Option<&Annotation> {
        self.annotations
            .iter()
            .find(|a| a.start == start && a.end == end)
    }

    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// Puts `tag` on the span `[start, end)`, or takes it off if the span
    /// already carries it. An annotation left with no tag and no note is
    /// removed. `new_id` is called only when an annotation is created.
    pub fn toggle_tag(
        &mut self,
        start: usize,
        end: usize,
        tag: &Tag,
        now: &str,
        new_id: impl FnOnce() -> String,
    ) -> Option<Toggled> {
        if start >= end {
            return None;
        }
        let text = self.slice(start, end)?.to_string();
        self.document.updated = now.to_string();
        if let Some(i) = self
            .annotations
            .iter()
            .position(|a| a.start == start && a.end == end)
        {
            let ann = &mut self.annotations[i];
            ann.updated = now.to_string();
            if let Some(t) = ann.tags.iter().position(|t| t == tag) {
                ann.tags.remove(t);
                if ann.is_empty() {
                    self.annotations.remove(i);
                }
                return Some(Toggled::Removed);
            }
            ann.tags.push(tag.clone());
            return Some(Toggled::Added);
        }
        let at = self
            .annotations
            .partition_point(|a| (a.start, a.end) <= (start, end));
        self.annotations.insert(
            at,
            Annotation {
                id: new_id(),
                start,
                end,
                text,
                tags: vec![tag.clone()],
                note: String::new(),
                speaker: None,
                origin: Origin::Manual,
                created: now.to_string(),
                updated: now.to_string(),
            },
        );
        Some(Toggled::Added)
    }

    /// Sets the note of annotation `id`; returns false if there is none.
    pub fn set_note(&mut self, id: &str, note: &str, now: &str) -> bool {
        self.edit(id, now, |a| a.note = note.to_string())
    }

    /// Sets the speaker of annotation `id`; an empty name clears it.
    pub fn set_speaker(&mut self, id: &str, speaker: &str, now: &str) -> bool {
        let speaker = speaker.trim();
        self.edit(id, now, |a| {
            a.speaker = (!speaker.is_empty()).then(|| speaker.to_string())
        })
    }

    /// Removes annotation `id`, returning it.
    pub fn remove(&mut self, id: &str, now: &str) -> Option<Annotation> {
        let i = self.annotations.iter().position(|a| a.id == id)?;
        self.document.updated = now.to_string();
        Some(self.annotations.remove(i))
    }

    fn edit(&mut self, id: &str, now: &str, change: impl FnOnce(&mut Annotation)) -> bool {
        let Some(ann) = self.annotations.iter_mut().find(|a| a.id == id) else {
            return false;
        };
        change(ann);
        ann.updated = now.to_string();
        self.document.updated = now.to_string();
        true
    }

    /// How each sentence looks: the tags of annotations covering it whole,
    /// and the pieces of it that annotations cover only in part (sub-sentence
    /// spans, or the ragged ends of a span across sentences). One sweep over
    /// sorted spans.
    pub fn looks(&self) -> Vec<SentenceLook> {
        self.looks_in(0..self.sentences.len())
    }

    /// [`Self::looks`] for the sentences in `range` only (out of range is
    /// clamped): a cursor move or a tag change alters a few sentences, not
    /// the article's thousands.
    pub fn looks_in(&self, range: std::ops::Range<usize>) -> Vec<SentenceLook> {
        let range = range.start.min(self.sentences.len())..range.end.min(self.sentences.len());
        let mut out = vec![SentenceLook::default(); range.len()];
        let Some((from, to)) = self
            .sentences
            .get(range.start)
            .zip(range.end.checked_sub(1).and_then(|l| self.sentences.get(l)))
            .map(|(a, b)| (a.start, b.end))
        else {
            return out;
        };
        for ann in self
            .annotations
            .iter()
            .filter(|a| a.start < to && a.end > from)
        {
            let first = self.sentences.partition_point(|s| s.end <= ann.start);
            for (i, s) in self
                .sentences
                .iter()
                .enumerate()
                .skip(first.max(range.start))
                .take_while(|(i, _)| *i < range.end)
            {
                if s.start >= ann.end {
                    break;
                }
                let look = &mut out[i - range.start];
                if ann.start <= s.start && ann.end >= s.end {
                    for tag in &ann.tags {
                        if !look.tags.contains(tag) {
                            look.tags.push(tag.clone());
                        }
                    }
                } else {
                    look.pieces.push(Piece {
                        start: ann.start.max(s.start),
                        end: ann.end.min(s.end),
                        tags: ann.tags.clone(),
                        id: ann.id.clone(),
                    });
                }
            }
        }
        for look in &mut out {
            look.tags.sort();
        }
        out
    }

    /// For each sentence, the tags of the annotations covering it whole.
    pub fn tags_by_sentence(&self) -> Vec<Vec<Tag>> {
        self.looks().into_iter().map(|l| l.tags).collect()
    }

    /// Whether sentence `i` opens a paragraph or a line of its own: the text
    /// between it and the sentence before holds a line break.
    pub fn starts_paragraph(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.sentences.get(p)),
            self.sentences.get(i),
        ) {
            (None, _) => true,
            (Some(prev), Some(this)) => self
                .slice(prev.end, this.start)
                .is_some_and(|gap| gap.contains('\n')),
            (Some(_), None) => false,
        }
    }

    /// The first sentence of the next paragraph after sentence `i`, or the
    /// last sentence when `i` is in the last paragraph.
    pub fn next_paragraph(&self, i: usize) -> usize {
        let last = self.sentences.len().saturating_sub(1);
        (i + 1..self.sentences.len())
            .find(|&j| self.starts_paragraph(j))
            .unwrap_or(last)
    }

    /// The first sentence of sentence `i`'s paragraph, or of the paragraph
    /// before when `i` already opens one.
    pub fn previous_paragraph(&self, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&j| self.starts_paragraph(j))
            .unwrap_or(0)
    }

    /// The next annotation starting after code point `offset` (or the one
    /// before it, `backwards`), optionally only those carrying `tag`.
    pub fn next_annotation(
        &self,
        offset: usize,
        tag: Option<&Tag>,
        backwards: bool,
    ) -> Option<&Annotation> {
        let wanted = |a: &&Annotation| tag.is_none_or(|t| a.has_tag(t));
        if backwards {
            self.annotations
                .iter()
                .rev()
                .filter(|a| a.start < offset)
                .find(wanted)
        } else {
            self.annotations
                .iter()
                .filter(|a| a.start > offset)
                .find(wanted)
        }
    }

    /// Index of the sentence containing code point `offset`, or the nearest
    /// one after it.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len()).then_some(i)
    }
}

impl DocumentMeta {
    /// A file name stem made from the title: lowercase words joined by dashes.
    pub fn file_stem(&self) -> String {
        let words: Vec<String> = self
            .title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(8)
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            "article".to_string()
        } else {
            words.join("-")
        }
    }
}

/// The sentences of `text` in code points, with their text.
pub fn sentences_of(text: &str) -> Vec<Sentence> {
    let map = OffsetMap::new(text);
    segment::split(text)
        .into_iter()
        .filter_map(|seg| {
            Some(Sentence {
                start: map.byte_to_char(seg.start)?,
                end: map.byte_to_char(seg.end)?,
                text: text[seg.start..seg.end].to_string(),
                kind: seg.kind,
            })
        })
        .collect()
}

/// A stable id for a text: the same article pasted twice gets the same id.
/// FNV-1a, 64 bits: no cryptographic claim, only a short fingerprint.
pub fn document_id(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("doc-{hash:016x}")
}

/// The first heading, else the first sentence cut to a sensible length.
fn detect_title(sentences: &[Sentence]) -> String {
    let first = sentences
        .iter()
        .find(|s| s.kind == SegmentKind::Heading)
        .filter(|s| s.start == sentences[0].start)
        .or(sentences.first());
    match first {
        Some(s) if s.text.chars().count() <= 120 => s.text.clone(),
        Some(s) => {
            let cut: String = s.text.chars().take(117).collect();
            format!("{}…", cut.trim_end())
        }
        None => "Untitled".to_string(),
    }
}
