//! Merging two versions of the same article, as two tabs or a restored backup
//! produce them. The rule that matters: no annotation disappears unless one
//! side deliberately deleted it and the other left it alone. Additions from
//! both sides survive; when both changed the same annotation, the later
//! `updated` wins and the clash is reported so the page can say so.

use std::collections::{BTreeSet, HashMap};

use super::annotation::Annotation;
use super::document::AnnotatedDocument;

/// An annotation both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: String,
    /// Whether the kept version is ours (the one in memory) or theirs.
    pub kept_ours: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub annotations: Vec<Annotation>,
    pub conflicts: Vec<Conflict>,
}

/// Three-way merge by annotation id. `base` is the version both sides started
/// from (the last one this tab read or wrote); without it nothing counts as
/// deleted, so every annotation on either side is kept.
pub fn merge_annotations(
    base: Option<&[Annotation]>,
    ours: &[Annotation],
    theirs: &[Annotation],
) -> Merged {
    let index = |list: &[Annotation]| -> HashMap<String, Annotation> {
        list.iter().map(|a| (a.id.clone(), a.clone())).collect()
    };
    let (b, o, t) = (index(base.unwrap_or(&[])), index(ours), index(theirs));
    let ids: BTreeSet<&String> = o.keys().chain(t.keys()).collect();
    let mut annotations = Vec::new();
    let mut conflicts = Vec::new();
    for id in ids {
        let was = b.get(id);
        match (o.get(id), t.get(id)) {
            (Some(mine), Some(other)) if mine == other => annotations.push(mine.clone()),
            (Some(mine), Some(other)) => {
                if was == Some(mine) {
                    annotations.push(other.clone());
                } else if was == Some(other) {
                    annotations.push(mine.clone());
                } else {
                    let kept_ours = mine.updated > other.updated;
                    annotations.push(if kept_ours { mine } else { other }.clone());
                    conflicts.push(Conflict {
                        id: id.clone(),
                        kept_ours,
                    });
                }
            }
            // Present on one side only: an addition there, or a deletion on
            // the other side. A deletion wins only over an untouched copy; an
            // edit made meanwhile keeps the annotation alive.
            (Some(only), None) | (None, Some(only)) => match was {
                Some(old) if old == only => {}
                Some(_) => {
                    annotations.push(only.clone());
                    conflicts.push(Conflict {
                        id: id.clone(),
                        kept_ours: o.contains_key(id),
                    });
                }
                None => annotations.push(only.clone()),
            },
            (None, None) => {}
        }
    }
    annotations.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
    Merged {
        annotations,
        conflicts,
    }
}

/// Merges two versions of one document: annotations by id, the title from
/// whichever side changed later.
pub fn merge_documents(
    base: Option<&AnnotatedDocument>,
    ours: &AnnotatedDocument,
    theirs: &AnnotatedDocument,
) -> (AnnotatedDocument, Vec<Conflict>) {
    let merged = merge_annotations(
        base.map(|b| b.annotations.as_slice()),
        &ours.annotations,
        &theirs.annotations,
    );
    let mut doc = ours.clone();
    if theirs.document.updated > ours.document.updated {
        doc.document.title = theirs.document.title.clone();
        doc.document.updated = theirs.document.updated.clone();
    }
    doc.annotations = merged.annotations;
    // A rejection in either tab stands: nothing is lost by keeping both.
    doc.rejected_suggestions
        .extend(theirs.rejected_suggestions.iter().cloned());
    (doc, merged.conflicts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotation::Origin;
    use crate::domain::tag::Tag;

    fn ann(id: &str, start: usize, note: &str, updated: &str) -> Annotation {
        Annotation {
            id: id.into(),
            start,
            end: start + 1,
            text: "x".into(),
            tags: vec![Tag::new("claim")],
            note: note.into(),
            speaker: None,
            origin: Origin::Manual,
            created: "t0".into(),
            updated: updated.into(),
        }
    }
    fn ids(m: &Merged) -> Vec<&str> {
        m.annotations.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn additions_on_both_sides_survive() {
        let base = vec![ann("a", 0, "", "t1")];
        let ours = vec![ann("a", 0, "", "t1"), ann("b", 2, "", "t2")];
        let theirs = vec![ann("a", 0, "", "t1"), ann("c", 4, "", "t3")];
        let m = merge_annotations(Some(&base), &ours, &theirs);
        assert_eq!(ids(&m), ["a", "b", "c"]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn without_a_base_nothing_counts_as_deleted() {
        let ours = vec![ann("a", 0, "", "t1")];
        let theirs = vec![ann("b", 2, "", "t1")];
        assert_eq!(ids(&merge_annotations(None, &ours, &theirs)), ["a", "b"]);
    }

    #[test]
    fn a_deletion_wins_over_an_untouched_copy() {
        let base = vec![ann("a", 0, "", "t1"), ann("b", 2, "", "t1")];
        let theirs = vec![ann("b", 2, "", "t1")];
        let m = merge_annotations(Some(&base), &base, &theirs);
        assert_eq!(ids(&m), ["b"]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn an_edit_beats_a_deletion_and_is_reported() {
        let base = vec![ann("a", 0, "", "t1")];
        let ours = vec![ann("a", 0, "edited", "t2")];
        let m = merge_annotations(Some(&base), &ours, &[]);
        assert_eq!(m.annotations, ours);
        assert_eq!(
            m.conflicts,
            [Conflict {
                id: "a".into(),
                kept_ours: true
            }]
        );
    }

    #[test]
    fn one_sided_change_is_taken_without_conflict() {
        let base = vec![ann("a", 0, "", "t1")];
        let theirs = vec![ann("a", 0, "theirs", "t2")];
        let m = merge_annotations(Some(&base), &base, &theirs);
        assert_eq!(m.annotations, theirs);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn both_changed_keeps_the_later_and_reports_it() {
        let base = vec![ann("a", 0, "", "t1")];
        let ours = vec![ann("a", 0, "mine", "t3")];
        let theirs = vec![ann("a", 0, "theirs", "t2")];
        let m = merge_annotations(Some(&base), &ours, &theirs);
        assert_eq!(m.annotations[0].note, "mine");
        assert_eq!(m.conflicts.len(), 1);
        let m = merge_annotations(Some(&base), &theirs, &ours);
        assert_eq!(m.annotations[0].note, "mine");
        assert!(!m.conflicts[0].kept_ours);
    }

    #[test]
    fn documents_take_the_later_title() {
        let now = "2026-01-01T00:00:00.000Z";
        let mut ours = AnnotatedDocument::from_text("One. Two.", now);
        let mut theirs = ours.clone();
        theirs.document.title = "Renamed".into();
        theirs.document.updated = "2026-01-02T00:00:00.000Z".into();
        ours.annotations.push(ann("a", 0, "", now));
        let (doc, conflicts) = merge_documents(None, &ours, &theirs);
        assert_eq!(doc.document.title, "Renamed");
        assert_eq!(doc.annotations.len(), 1);
        assert!(conflicts.is_empty());
    }
}
