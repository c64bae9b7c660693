//! One annotation: a span of the article with its tags, note and speaker.

use serde::{Deserialize, Serialize};

use super::tag::Tag;

/// Who made an annotation: the person, or a suggestion the person accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    #[default]
    Manual,
    Suggested,
}

/// A tagged span. Offsets are Unicode code points into the document text, end
/// exclusive; `text` repeats the covered substring so a reader can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub origin: Origin,
    pub created: String,
    pub updated: String,
}

impl Annotation {
    pub fn has_tag(&self, tag: &Tag) -> bool {
        self.tags.contains(tag)
    }

    /// Whether the span `[start, end)` overlaps this annotation's span.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// An annotation with no tag and no note carries nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.note.trim().is_empty()
    }
}
