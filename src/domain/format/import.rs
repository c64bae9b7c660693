//! Placing imported annotations onto a document, whatever format they came
//! in. Every annotation gets an outcome the page can show: where it landed,
//! or why it did not (ambiguous, orphan, skipped). The document passed in is
//! never changed; the merged copy is returned in the report, so a failed or
//! abandoned import leaves what is stored as it was.

use std::collections::HashSet;

use super::anchor::{anchor, Anchor, Method, OrphanReason, Target};
use crate::domain::annotation::{Annotation, Origin};
use crate::domain::document::AnnotatedDocument;
use crate::domain::tag::Tag;
use crate::domain::vocabulary::TagAdoption;

/// An annotation read from a file, not yet placed on the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub id: String,
    pub tags: Vec<Tag>,
    pub note: String,
    pub speaker: Option<String>,
    pub origin: Origin,
    pub created: Option<String>,
    pub updated: Option<String>,
    pub target: Target,
}

/// What happened to one annotation of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// On the text at `[start, end)` under `id`. `merged` when an annotation
    /// already covered exactly that span and took the imported tags, note
    /// and speaker; `id` is then the existing annotation's.
    Anchored {
        id: String,
        start: usize,
        end: usize,
        method: Method,
        merged: bool,
    },
    /// Not placed: the quote occurs in several places and context does not
    /// decide. The page offers `candidates` to the person.
    Ambiguous {
        candidates: Vec<(usize, usize)>,
        total: usize,
    },
    /// Not placed, for the reason given.
    Orphan(OrphanReason),
    /// Not a text annotation (an image region, a whole page, …), or one that
    /// carries nothing; the reason is a sentence for people.
    Skipped(String),
}

/// One line of the report: the annotation's id in the file, its quote (if
/// any) and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationOutcome {
    pub source_id: String,
    pub quote: Option<String>,
    pub outcome: Outcome,
}

/// The result of an import: the document with every anchored annotation
/// merged in, the outcome of each annotation in file order, and the
/// annotations that could not be placed, so the page can let a person place
/// ambiguous ones by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub document: AnnotatedDocument,
    pub outcomes: Vec<AnnotationOutcome>,
    pub unplaced: Vec<Incoming>,
    /// Tag names on placed annotations that were not in the document's
    /// vocabulary: added to it, matched to a known tag, or left unlisted.
    pub tags: TagAdoption,
}

impl ImportReport {
    pub fn anchored(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Anchored { .. }))
    }
    pub fn ambiguous(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Ambiguous { .. }))
    }
    pub fn orphans(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Orphan(_)))
    }
    pub fn skipped(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Skipped(_)))
    }

    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.outcomes.iter().filter(|o| f(&o.outcome)).count()
    }

    /// One sentence for a status line, e.g. "3 annotations placed, 1 ambiguous, 2 skipped."
    pub fn summary(&self) -> String {
        let mut parts = vec![format!(
            "{} annotation{} placed",
            self.anchored(),
            if self.anchored() == 1 { "" } else { "s" }
        )];
        for (n, what) in [
            (self.ambiguous(), "ambiguous"),
            (self.orphans(), "orphaned"),
            (self.skipped(), "skipped"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let mut out = format!("{}.", parts.join(", "));
        if let Some(tags) = self.tags.summary() {
            out.push(' ');
            out.push_str(&tags);
        }
        out
    }

    /// A line per annotation that did not land, for people: which one and why.
    pub fn problems(&self) -> Vec<String> {
        self.outcomes
            .iter()
            .filter_map(|o| {
                let what = match &o.quote {
                    Some(q) => format!("{:?} ({})", shorten(q, 60), o.source_id),
                    None => o.source_id.clone(),
                };
                match &o.outcome {
                    Outcome::Anchored { .. } => None,
                    Outcome::Ambiguous { total, .. } => Some(format!(
                        "{what}: the quote occurs {total} times and its context does not say which; choose one."
                    )),
                    Outcome::Orphan(reason) => {
                        Some(format!("{what}: not placed, {}.", reason.describe()))
                    }
                    Outcome::Skipped(reason) => Some(format!("{what}: skipped, {reason}.")),
                }
            })
            .collect()
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// Anchors each incoming annotation on a copy of `onto` and merges the ones
/// that land. `items` are in file order; an `Err` is an annotation the
/// reader already set aside, whose outcome is kept in its place.
pub fn place(
    onto: &AnnotatedDocument,
    items: Vec<Result<Incoming, AnnotationOutcome>>,
    now: &str,
) -> ImportReport {
    let mut doc = onto.clone();
    let mut outcomes = Vec::with_capacity(items.len());
    let mut unplaced = Vec::new();
    let mut ids: HashSet<String> = doc.annotations.iter().map(|a| a.id.clone()).collect();
    let mut changed = false;
    let mut tags = TagAdoption::default();
    for item in items {
        let mut inc = match item {
            Ok(inc) => inc,
            Err(skipped) => {
                outcomes.push(skipped);
                continue;
            }
        };
        let quote = inc.target.quote.as_ref().map(|q| q.exact.clone());
        let source_id = inc.id.clone();
        let result = anchor(doc.text(), doc.offsets(), &inc.target);
        let outcome = match result {
            Anchor::Anchored { start, end, method } => {
                let mut kept: Vec<Tag> = Vec::with_capacity(inc.tags.len());
                for t in &inc.tags {
                    let t = doc.admit_tag(t, &mut tags);
                    if !kept.contains(&t) {
                        kept.push(t);
                    }
                }
                inc.tags = kept;
                let (id, merged, did_change) = merge(&mut doc, &mut ids, inc, start, end, now);
                changed |= did_change;
                Outcome::Anchored {
                    id,
                    start,
                    end,
                    method,
                    merged,
                }
            }
            Anchor::Ambiguous { candidates, total } => {
                unplaced.push(inc);
                Outcome::Ambiguous { candidates, total }
            }
            Anchor::Orphan(reason) => {
                unplaced.push(inc);
                Outcome::Orphan(reason)
            }
        };
        outcomes.push(AnnotationOutcome {
            source_id,
            quote,
            outcome,
        });
    }
    if changed {
        doc.document.updated = now.to_string();
    }
    ImportReport {
        document: doc,
        outcomes,
        unplaced,
        tags,
    }
}

/// Adds `inc` at `[start, end)`, or folds it into the annotation already on
/// exactly that span (the page keeps one annotation per span). Returns the
/// id it ended under, whether it was merged and whether anything changed.
fn merge(
    doc: &mut AnnotatedDocument,
    ids: &mut HashSet<String>,
    inc: Incoming,
    start: usize,
    end: usize,
    now: &str,
) -> (String, bool, bool) {
    if let Some(existing) = doc
        .annotations
        .iter_mut()
        .find(|a| a.start == start && a.end == end)
    {
        let mut changed = false;
        for tag in inc.tags {
            if !existing.tags.contains(&tag) {
                existing.tags.push(tag);
                changed = true;
            }
        }
        // An existing note or speaker is the person's own work: fill gaps,
        // never overwrite.
        if existing.note.trim().is_empty() && !inc.note.trim().is_empty() {
            existing.note = inc.note;
            changed = true;
        }
        if existing.speaker.is_none() && inc.speaker.is_some() {
            existing.speaker = inc.speaker;
            changed = true;
        }
        if changed {
            existing.updated = now.to_string();
        }
        return (existing.id.clone(), true, changed);
    }
    let id = unique_id(ids, &inc.id);
    let text = doc.slice(start, end).unwrap_or_default().to_string();
    let created = inc.created.unwrap_or_else(|| now.to_string());
    let updated = inc.updated.unwrap_or_else(|| created.clone());
    let at = doc
        .annotations
        .partition_point(|a| (a.start, a.end) <= (start, end));
    doc.annotations.insert(
        at,
        Annotation {
            id: id.clone(),
            start,
            end,
            text,
            tags: inc.tags,
            note: inc.note,
            speaker: inc.speaker,
            origin: inc.origin,
            created,
            updated,
        },
    );
    (id, false, true)
}

/// `wanted` if free, else `wanted-2`, `wanted-3`, …: an imported annotation
/// never replaces a different one that happens to share its id.
fn unique_id(ids: &mut HashSet<String>, wanted: &str) -> String {
    let wanted = if wanted.is_empty() {
        "imported"
    } else {
        wanted
    };
    let mut id = wanted.to_string();
    let mut n = 2;
    while ids.contains(&id) {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    ids.insert(id.clone());
    id
}
