//! Undo and redo without limit for one session: every edit of a document's
//! annotations is recorded as the state before and after it, so undoing and
//! redoing are exact and never depend on replaying the edit.

use super::annotation::Annotation;

/// One recorded edit: the annotations it changed, before and after. Only the
/// touched annotations are kept, so a long session on a long article stays
/// small.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    before: Vec<Annotation>,
    after: Vec<Annotation>,
    label: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

/// Swaps the annotations of one side of a step for the other's, keeping the
/// list in text order.
fn replace(annotations: &mut Vec<Annotation>, remove: &[Annotation], insert: &[Annotation]) {
    annotations.retain(|a| !remove.iter().any(|r| r.id == a.id));
    for a in insert {
        let at = annotations.partition_point(|b| (b.start, b.end) <= (a.start, a.end));
        annotations.insert(at, a.clone());
    }
}

impl History {
    /// Records an edit: `before` holds the touched annotations as they were
    /// (none for a creation), `after` as they are now (none for a deletion).
    /// A new edit clears what was undone. With `merge`, an edit of the same
    /// kind on the same annotations as the last one extends that step, so
    /// typing a note is undone as one edit, not letter by letter.
    pub fn record(
        &mut self,
        label: &str,
        before: Vec<Annotation>,
        after: Vec<Annotation>,
        merge: bool,
    ) {
        if before == after {
            return;
        }
        self.undone.clear();
        if merge {
            if let Some(last) = self.done.last_mut() {
                let same_ids = last
                    .after
                    .iter()
                    .map(|a| &a.id)
                    .eq(after.iter().map(|a| &a.id));
                if last.label == label && same_ids {
                    last.after = after;
                    return;
                }
            }
        }
        self.done.push(Step {
            before,
            after,
            label: label.to_string(),
        });
    }

    /// Undoes the last edit on `annotations`; returns its label.
    pub fn undo(&mut self, annotations: &mut Vec<Annotation>) -> Option<String> {
        let step = self.done.pop()?;
        replace(annotations, &step.after, &step.before);
        let label = step.label.clone();
        self.undone.push(step);
        Some(label)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self, annotations: &mut Vec<Annotation>) -> Option<String> {
        let step = self.undone.pop()?;
        replace(annotations, &step.before, &step.after);
        let label = step.label.clone();
        self.done.push(step);
        Some(label)
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotation::Origin;
    use crate::domain::tag::Tag;

    fn ann(id: &str, start: usize, note: &str) -> Annotation {
        Annotation {
            id: id.into(),
            start,
            end: start + 1,
            text: "x".into(),
            tags: vec![Tag::new("claim")],
            note: note.into(),
            speaker: None,
            origin: Origin::Manual,
            created: "t".into(),
            updated: "t".into(),
        }
    }

    #[test]
    fn undo_and_redo_restore_exact_states_in_order() {
        let mut h = History::default();
        let mut list = vec![ann("a", 0, "")];
        // create b
        list.push(ann("b", 5, ""));
        h.record("tag", vec![], vec![ann("b", 5, "")], false);
        // note on a, typed in two keystrokes: one step
        list[0].note = "h".into();
        h.record("note", vec![ann("a", 0, "")], vec![ann("a", 0, "h")], true);
        list[0].note = "hi".into();
        h.record(
            "note",
            vec![ann("a", 0, "h")],
            vec![ann("a", 0, "hi")],
            true,
        );

        assert_eq!(h.undo(&mut list).as_deref(), Some("note"));
        assert_eq!(list, vec![ann("a", 0, ""), ann("b", 5, "")]);
        assert_eq!(h.undo(&mut list).as_deref(), Some("tag"));
        assert_eq!(list, vec![ann("a", 0, "")]);
        assert_eq!(h.undo(&mut list), None);
        assert_eq!(h.redo(&mut list).as_deref(), Some("tag"));
        assert_eq!(h.redo(&mut list).as_deref(), Some("note"));
        assert_eq!(list, vec![ann("a", 0, "hi"), ann("b", 5, "")]);
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let mut h = History::default();
        let mut list = vec![];
        h.record("tag", vec![], vec![ann("a", 0, "")], false);
        list.push(ann("a", 0, ""));
        h.undo(&mut list);
        h.record("tag", vec![], vec![ann("b", 3, "")], false);
        assert!(!h.can_redo());
        assert!(h.can_undo());
    }
}
