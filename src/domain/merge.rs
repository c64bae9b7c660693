//! Merging two versions of the same article, as two tabs or a restored backup
//! produce them. The rule that matters: no annotation disappears unless one
//! side deliberately deleted it and the other left it alone. Additions from
//! both sides survive; when both changed the same annotation, the later
//! `updated` wins and the clash is reported so the page can say so.
//!
//! Custom tag vocabularies are merged by name the same way: both sides'
//! tags survive, a one-sided change is taken, and when both changed a tag
//! the later-updated document's version wins.

use std::collections::{BTreeSet, HashMap};

use super::annotation::Annotation;
use super::document::AnnotatedDocument;
use super::tag::{TagDef, MAX_CUSTOM_TAGS};
use super::vocabulary::check_def;

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

/// Three-way merge of two custom tag vocabularies by name, for documents
/// whose merged annotations are `annotations`. A tag on both sides is kept
/// once: unchanged, as the side that changed it since `base` has it, or
/// else as the later side (`theirs_later`) has it. A tag on one side only is
/// an addition, kept; or a removal on the other side, which wins only over
/// an untouched copy that no annotation still uses. Clashes the union
/// creates are settled in favour of the later side: of two tags with one
/// key the other loses its key; of two whose names or labels differ only in
/// case, or beyond the 12-tag limit, the other is left out (its annotations
/// then find the kept tag by name or label, or are adopted, when the caller
/// runs [`AnnotatedDocument::adopt_unknown_tags`]). Order: ours, then
/// theirs' additions.
pub fn merge_tags(
    base: Option<&[TagDef]>,
    ours: &[TagDef],
    theirs: &[TagDef],
    theirs_later: bool,
    annotations: &[Annotation],
) -> Vec<TagDef> {
    let find = |list: &[TagDef], name: &str| list.iter().find(|d| d.name == name).cloned();
    let used = |name: &str| {
        annotations
            .iter()
            .any(|a| a.tags.iter().any(|t| t.as_str() == name))
    };
    let mut names: Vec<&str> = ours.iter().map(|d| d.name.as_str()).collect();
    for d in theirs {
        if !names.contains(&d.name.as_str()) {
            names.push(&d.name);
        }
    }
    // Each candidate with whether it is the later side's version.
    let mut candidates: Vec<(TagDef, bool)> = Vec::new();
    for name in names {
        let was = base.and_then(|b| find(b, name));
        let chosen = match (find(ours, name), find(theirs, name)) {
            (Some(o), Some(t)) if o == t => Some((o, true)),
            (Some(o), Some(t)) => Some(if was.as_ref() == Some(&o) {
                (t, true)
            } else if was.as_ref() == Some(&t) {
                (o, true)
            } else if theirs_later {
                (t, true)
            } else {
                (o, true)
            }),
            (Some(only), None) | (None, Some(only)) => {
                let from_theirs = theirs.iter().any(|d| d.name == name);
                let deleted = was.as_ref() == Some(&only) && !used(name);
                (!deleted).then_some((only, from_theirs == theirs_later))
            }
            (None, None) => None,
        };
        candidates.extend(chosen);
    }
    // The later side's tags claim their names, labels and keys first.
    let order: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates[i].1)
        .chain((0..candidates.len()).filter(|&i| !candidates[i].1))
        .collect();
    let mut accepted: Vec<Option<TagDef>> = vec![None; candidates.len()];
    let mut kept: Vec<TagDef> = Vec::new();
    for i in order {
        if kept.len() >= MAX_CUSTOM_TAGS {
            break;
        }
        let def = &candidates[i].0;
        let keyless = TagDef {
            key: None,
            ..def.clone()
        };
        if let Some(d) = [def.clone(), keyless]
            .into_iter()
            .find(|d| check_def(d, &kept, &[]).is_ok())
        {
            kept.push(d.clone());
            accepted[i] = Some(d);
        }
    }
    accepted.into_iter().flatten().collect()
}

/// Merges two versions of one document: annotations by id, the title from
/// whichever side changed later, custom tags by name ([`merge_tags`]).
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
    doc.tags = merge_tags(
        base.map(|b| b.tags.as_slice()),
        &ours.tags,
        &theirs.tags,
        theirs.document.updated > ours.document.updated,
        &merged.annotations,
    );
    if theirs.document.updated > ours.document.updated {
        doc.document.title = theirs.document.title.clone();
        doc.document.updated = theirs.document.updated.clone();
    }
    doc.annotations = merged.annotations;
    // Tags on annotations whose definition was left out find a kept tag or
    // are adopted, so every tag in use has a place in the vocabulary.
    doc.adopt_unknown_tags();
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

    fn def(name: &str, colour: &str, key: Option<char>) -> TagDef {
        TagDef {
            name: name.into(),
            label: name.to_uppercase(),
            colour: colour.into(),
            key,
            glyph: "X".into(),
        }
    }
    fn names(tags: &[TagDef]) -> Vec<&str> {
        tags.iter().map(|d| d.name.as_str()).collect()
    }

    #[test]
    fn vocabularies_are_unioned_by_name() {
        let a = def("a", "#000001", Some('a'));
        let b = def("b", "#000002", Some('b'));
        let merged = merge_tags(
            None,
            std::slice::from_ref(&a),
            &[b.clone(), a.clone()],
            true,
            &[],
        );
        assert_eq!(merged, [a, b]);
    }

    #[test]
    fn a_tag_both_sides_changed_is_taken_from_the_later_document() {
        let ours = [def("a", "#000001", None)];
        let theirs = [def("a", "#000002", None)];
        let m = merge_tags(None, &ours, &theirs, true, &[]);
        assert_eq!(m[0].colour, "#000002");
        let m = merge_tags(None, &ours, &theirs, false, &[]);
        assert_eq!(m[0].colour, "#000001");
        // With a base, the side that changed it wins whichever is later.
        let m = merge_tags(Some(&ours), &ours, &theirs, false, &[]);
        assert_eq!(m[0].colour, "#000002");
    }

    #[test]
    fn a_removed_tag_stays_removed_unless_still_in_use() {
        let base = [def("a", "#000001", None), def("b", "#000002", None)];
        let theirs = [def("b", "#000002", None)];
        assert_eq!(
            names(&merge_tags(Some(&base), &base, &theirs, true, &[])),
            ["b"]
        );
        let using_a = [Annotation {
            tags: vec![Tag::new("a")],
            ..ann("x", 0, "", "t1")
        }];
        assert_eq!(
            names(&merge_tags(Some(&base), &base, &theirs, true, &using_a)),
            ["a", "b"]
        );
        // Without a base nothing counts as removed.
        assert_eq!(
            names(&merge_tags(None, &base, &theirs, true, &[])),
            ["a", "b"]
        );
    }

    #[test]
    fn the_later_side_keeps_a_key_both_sides_gave_out() {
        let ours = [def("x", "#000001", Some('k'))];
        let theirs = [def("y", "#000002", Some('k'))];
        let m = merge_tags(None, &ours, &theirs, true, &[]);
        assert_eq!(names(&m), ["x", "y"]);
        assert_eq!((m[0].key, m[1].key), (None, Some('k')));
        let m = merge_tags(None, &ours, &theirs, false, &[]);
        assert_eq!((m[0].key, m[1].key), (Some('k'), None));
    }

    #[test]
    fn documents_merge_their_vocabularies_and_every_used_tag_has_a_place() {
        let t0 = "2026-01-01T00:00:00.000Z";
        let base = AnnotatedDocument::from_text("One. Two.", t0);
        let mut ours = base.clone();
        ours.tags.push(def("mine", "#000001", Some('m')));
        ours.annotations.push(Annotation {
            tags: vec![Tag::new("mine")],
            ..ann("a", 0, "", t0)
        });
        let mut theirs = base.clone();
        theirs.tags.push(def("yours", "#000002", Some('m')));
        theirs.annotations.push(Annotation {
            tags: vec![Tag::new("yours"), Tag::new("Claim")],
            ..ann("b", 5, "", t0)
        });
        theirs.document.updated = "2026-01-02T00:00:00.000Z".into();
        let (doc, conflicts) = merge_documents(Some(&base), &ours, &theirs);
        assert!(conflicts.is_empty());
        assert_eq!(names(&doc.tags), ["mine", "yours"]);
        assert_eq!(doc.tags[0].key, None, "the later side keeps the key");
        assert_eq!(doc.tags[1].key, Some('m'));
        let b = doc.annotation("b").unwrap();
        assert_eq!(b.tags, [Tag::new("yours"), Tag::new("claim")]);
        assert_eq!(
            crate::domain::vocabulary::check_vocabulary(&doc.tags),
            Ok(())
        );
    }
}
