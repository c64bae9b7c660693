//! How one article is stored (schema v2): its metadata and compact
//! annotations, without the text. The text lives once under its fingerprint,
//! shared by copies, and each annotation's covered text is recomputed from it
//! on load rather than repeated in storage.

use std::collections::HashSet;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::domain::annotation::{Annotation, Origin};
use crate::domain::document::{document_id, AnnotatedDocument};
use crate::domain::tag::{Tag, TagDef, BUILT_IN};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    /// The fingerprint of the text ([`document_id`]), naming where it is
    /// stored.
    pub text: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    pub created: String,
    pub updated: String,
    /// The article's custom tags; absent in records without any (all records
    /// written before custom tags existed), which read with none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagDef>,
    pub annotations: Vec<StoredAnnotation>,
    /// Keys of suggestions the person rejected, kept so they stay rejected.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub rejected_suggestions: BTreeSet<String>,
}

/// An annotation without its covered text, and without fields that hold
/// their defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAnnotation {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub tags: Vec<Tag>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "is_manual")]
    pub origin: Origin,
    pub created: String,
    pub updated: String,
}

fn is_manual(origin: &Origin) -> bool {
    *origin == Origin::Manual
}

impl Record {
    /// The record for `doc`, with the publication date kept alongside.
    pub fn of(doc: &AnnotatedDocument, published: Option<String>) -> Self {
        Record::of_text(doc, published, document_id(doc.text()))
    }

    /// The same, with the fingerprint of `doc`'s text (`text`) already
    /// known: hashing a long article on every save costs a pass over it.
    pub fn of_text(doc: &AnnotatedDocument, published: Option<String>, text: String) -> Self {
        Record {
            id: doc.document.id.clone(),
            text,
            title: doc.document.title.clone(),
            published,
            created: doc.document.created.clone(),
            updated: doc.document.updated.clone(),
            tags: doc.tags.clone(),
            annotations: doc
                .annotations
                .iter()
                .map(|a| StoredAnnotation {
                    id: a.id.clone(),
                    start: a.start,
                    end: a.end,
                    tags: a.tags.clone(),
                    note: a.note.clone(),
                    speaker: a.speaker.clone(),
                    origin: a.origin,
                    created: a.created.clone(),
                    updated: a.updated.clone(),
                })
                .collect(),
            rejected_suggestions: doc.rejected_suggestions.clone(),
        }
    }

    /// Reads a stored record, naming what is wrong when it cannot.
    pub fn parse(json: &str) -> Result<Self, String> {
        let record: Record = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut ids = HashSet::new();
        if let Some(dup) = record.annotations.iter().find(|a| !ids.insert(&a.id)) {
            return Err(format!("two annotations share the id {:?}", dup.id));
        }
        Ok(record)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record always serialises")
    }

    /// The full document, given the stored text. Fails if the text is not the
    /// one the record was made for or a span falls outside it.
    pub fn document(&self, text: &str) -> Result<AnnotatedDocument, String> {
        if document_id(text) != self.text {
            return Err("its stored text does not match the text it was annotated on".into());
        }
        let mut doc = AnnotatedDocument::from_text(text, &self.created);
        doc.document.id = self.id.clone();
        doc.document.title = self.title.clone();
        doc.document.updated = self.updated.clone();
        let mut annotations = Vec::with_capacity(self.annotations.len());
        for a in &self.annotations {
            let covered = doc
                .slice(a.start, a.end)
                .filter(|_| a.start < a.end)
                .ok_or_else(|| {
                    format!(
                        "annotation {:?} spans {}..{}, outside the text",
                        a.id, a.start, a.end
                    )
                })?;
            annotations.push(Annotation {
                id: a.id.clone(),
                start: a.start,
                end: a.end,
                text: covered.to_string(),
                tags: a.tags.clone(),
                note: a.note.clone(),
                speaker: a.speaker.clone(),
                origin: a.origin,
                created: a.created.clone(),
                updated: a.updated.clone(),
            });
        }
        doc.annotations = annotations;
        doc.tags = self.tags.clone();
        doc.rejected_suggestions = self.rejected_suggestions.clone();
        Ok(doc)
    }

    /// How many annotations carry each tag: the built-ins first, in their
    /// order, then the custom tags in theirs, then any other tag by name.
    pub fn tag_counts(&self) -> Vec<(Tag, usize)> {
        let mut counts: Vec<(Tag, usize)> = BUILT_IN
            .iter()
            .map(|t| (Tag::new(t.name), 0))
            .chain(self.tags.iter().map(|d| (Tag::new(&d.name), 0)))
            .collect();
        for tag in self.annotations.iter().flat_map(|a| &a.tags) {
            match counts.iter_mut().find(|(t, _)| t == tag) {
                Some((_, n)) => *n += 1,
                None => counts.push((tag.clone(), 1)),
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> AnnotatedDocument {
        let mut doc = AnnotatedDocument::from_text(
            "Ports Reopen\n\n\"We lost 12 ships,\" Mayor Ruiz said. Émile doubts it.",
            "2026-02-01T09:30:00.000Z",
        );
        let (s, e) = doc.span_of_sentences(1, 1).unwrap();
        doc.toggle_tag(s, e, &Tag::new("quote"), "2026-02-01T09:31:00.000Z", || {
            "a-1".into()
        });
        doc.set_note("a-1", "check", "2026-02-01T09:32:00.000Z");
        doc.set_speaker("a-1", "Ana Ruiz", "2026-02-01T09:32:00.000Z");
        let (s, e) = doc.span_of_sentences(2, 2).unwrap();
        doc.toggle_tag(s, e, &Tag::new("claim"), "2026-02-01T09:33:00.000Z", || {
            "a-2".into()
        });
        doc
    }

    #[test]
    fn round_trips_a_document_through_its_text() {
        let doc = sample();
        let record = Record::of(&doc, Some("1 Feb".into()));
        let back = Record::parse(&record.to_json()).unwrap();
        assert_eq!(back.document(doc.text()).unwrap(), doc);
        assert_eq!(back.published.as_deref(), Some("1 Feb"));
    }

    #[test]
    fn stores_neither_the_text_nor_the_covered_text() {
        let doc = sample();
        let json = Record::of(&doc, None).to_json();
        assert!(!json.contains("We lost"), "{json}");
        assert!(
            !json.contains("\"origin\""),
            "defaults are left out: {json}"
        );
    }

    #[test]
    fn refuses_a_text_that_is_not_its_own() {
        let record = Record::of(&sample(), None);
        let err = record.document("Some other text.").unwrap_err();
        assert!(err.contains("does not match"), "{err}");
    }

    #[test]
    fn refuses_duplicate_ids() {
        let mut record = Record::of(&sample(), None);
        record.annotations[1].id = "a-1".into();
        assert!(Record::parse(&record.to_json())
            .unwrap_err()
            .contains("a-1"));
    }

    #[test]
    fn counts_tags() {
        let counts = Record::of(&sample(), None).tag_counts();
        let names: Vec<(&str, usize)> = counts.iter().map(|(t, n)| (t.as_str(), *n)).collect();
        assert_eq!(names, [("claim", 1), ("quote", 1), ("warning", 0)]);
    }

    #[test]
    fn keeps_the_custom_tags() {
        use crate::domain::vocabulary::TagFields;
        let mut doc = sample();
        let t = doc
            .add_tag(
                None,
                &TagFields {
                    label: "Source".into(),
                    colour: "#be185d".into(),
                    key: Some('s'),
                    glyph: None,
                },
                &[],
                "2026-02-01T09:34:00.000Z",
            )
            .unwrap();
        doc.toggle_tag(0, 5, &t, "2026-02-01T09:35:00.000Z", || "a-3".into());
        doc.add_tag(
            None,
            &TagFields {
                label: "Spare".into(),
                colour: "#15803d".into(),
                key: None,
                glyph: None,
            },
            &[],
            "2026-02-01T09:36:00.000Z",
        )
        .unwrap();
        let record = Record::parse(&Record::of(&doc, None).to_json()).unwrap();
        assert_eq!(record.tags, doc.tags);
        assert_eq!(record.document(doc.text()).unwrap(), doc);
        let counts = record.tag_counts();
        let names: Vec<(&str, usize)> = counts.iter().map(|(t, n)| (t.as_str(), *n)).collect();
        assert_eq!(
            names,
            [
                ("claim", 1),
                ("quote", 1),
                ("warning", 0),
                ("source", 1),
                ("spare", 0)
            ]
        );
    }

    #[test]
    fn a_record_written_before_custom_tags_reads_with_none() {
        // As schema v2 wrote records before custom tags existed.
        let old = r#"{"id":"doc-1","text":"TEXT","title":"Ports","created":"2026-02-01T09:30:00.000Z","updated":"2026-02-01T09:33:00.000Z","annotations":[{"id":"a-1","start":0,"end":5,"tags":["quote"],"created":"2026-02-01T09:31:00.000Z","updated":"2026-02-01T09:31:00.000Z"}]}"#;
        let text = "Ports reopen.";
        let old = old.replace("TEXT", &document_id(text));
        let record = Record::parse(&old).unwrap();
        assert!(record.tags.is_empty());
        let doc = record.document(text).unwrap();
        assert!(doc.tags.is_empty());
        assert_eq!(doc.annotations[0].text, "Ports");
        // And it is written back without a `tags` member.
        assert!(!Record::of(&doc, None).to_json().contains("\"tags\":[{"));
    }
}
