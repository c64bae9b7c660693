//! The page's state: the open document, the sentence selection and one small
//! signal per sentence for how it looks. A tag change or a cursor move sets
//! only the signals of sentences whose look changed, so the article is never
//! re-rendered as a whole.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::annotation::Annotation;
use crate::domain::document::{AnnotatedDocument, Toggled};
use crate::domain::history::History;
use crate::domain::review;
use crate::domain::suggest::{self, Suggestion};
use crate::domain::tag::Tag;
use crate::domain::vocabulary::TagInfo;

use super::article::Chunks;
use super::browser;
use super::keyboard::RESERVED_KEYS;
use super::status::Status;
use super::storage::Store;

/// How one sentence looks: its tags (bit i = tag i of the article's
/// vocabulary, [`AnnotatedDocument::tag_specs`]) and whether it is selected
/// or holds the cursor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    pub tags: TagBits,
    /// Built-in tags suggested for the sentence and still waiting.
    pub suggested: TagBits,
    pub selected: bool,
    pub focused: bool,
    /// Parts of the sentence that annotations (or the span selection) cover
    /// without covering the whole sentence, relative to its start.
    pub pieces: Arc<[PieceMark]>,
}

/// A part of a sentence to draw as its own element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PieceMark {
    /// Code points from the sentence's start, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Its tags (bit i = tag i of the vocabulary).
    pub tags: TagBits,
    /// The annotation a click on this piece selects; `None` for the span
    /// selection itself.
    pub id: Option<String>,
}

/// A set of tags: bit i is tag i of the article's vocabulary (three
/// built-ins and at most twelve custom tags).
pub type TagBits = u16;

#[derive(Clone, Copy)]
pub struct Workspace {
    pub doc: RwSignal<Option<AnnotatedDocument>>,
    /// The open article's tags, built-in then custom; changes only when the
    /// vocabulary does, not with every annotation.
    pub vocabulary: Memo<Arc<Vec<TagInfo>>>,
    /// Changes only when another document is opened: the article view
    /// rebuilds on it and on nothing else.
    pub opened: RwSignal<u64>,
    pub marks: StoredValue<Vec<ArcRwSignal<Marks>>>,
    /// The article as drawn: which parts are plain text, which are sentences.
    pub chunks: StoredValue<Chunks, LocalStorage>,
    /// The sentence holding the cursor and the other end of the selection.
    pub cursor: RwSignal<usize>,
    /// A span chosen inside the text (a drag, or a sub-sentence annotation
    /// selected), in code points; while set it is what tags apply to.
    pub span: RwSignal<Option<(usize, usize)>>,
    pub anchor: RwSignal<usize>,
    pub status: Status,
    pub store: StoredValue<Store>,
    /// Undo and redo for the open document, for this session.
    pub history: StoredValue<History>,
    /// What a screen reader hears when the cursor moves: the sentence reached
    /// and its tags (the page's focus stays on the article).
    pub reading: RwSignal<String>,
    /// The annotation whose note field takes the keyboard as soon as its
    /// panel row exists (`n` on an annotation made this very frame).
    pub focus_note: StoredValue<Option<String>>,
    /// Whether the keyboard help overlay is open.
    pub help_open: RwSignal<bool>,
    /// Every suggestion for the open document, computed once when it opens
    /// (the text never changes); which still wait is derived from the
    /// document.
    pub suggestions: StoredValue<Vec<Suggestion>>,
    /// Their keys, computed once: a key hashes its sentence's text.
    pub suggestion_keys: StoredValue<Vec<String>>,
    /// Changes when `suggestions` is replaced (they are computed just after
    /// an article is first shown).
    pub suggestions_rev: RwSignal<u64>,
    /// Which suggestions still wait, once per change of the document, shared
    /// by the marks, the review and the speaker index.
    pub pending_mask: Memo<Arc<Vec<bool>>>,
    /// Bumped in the task after the frame that follows a change of the
    /// document or the selection. The views that sum the document up (the
    /// panel's list and counts, the suggestion review, the overview strip)
    /// follow it instead, so a keystroke's frame paints the article, the
    /// toolbar and the status line only, and the summaries one frame later.
    pub settled: RwSignal<u64>,
    /// The "Suggest" toggle: whether waiting suggestions are shown.
    pub show_suggestions: RwSignal<bool>,
    /// One signal per annotation for the panel's rows, set only when that
    /// annotation changed: with thousands of rows, rows that each read the
    /// whole document would make every change cost rows².
    pub rows: StoredValue<HashMap<String, ArcRwSignal<Annotation>>>,
    /// The last write failed: the page holds work storage does not.
    pub unsaved: RwSignal<bool>,
    /// Changes whenever the stored library may have changed (a write here
    /// or in another tab), so the list and the meter re-read it.
    pub library_rev: RwSignal<u64>,
}

impl Workspace {
    pub fn new(status: Status) -> Self {
        let doc = RwSignal::new(None::<AnnotatedDocument>);
        let suggestions = StoredValue::new(Vec::<Suggestion>::new());
        let suggestion_keys = StoredValue::new(Vec::<String>::new());
        let suggestions_rev = RwSignal::new(0);
        let pending_mask = Memo::new(move |_| {
            suggestions_rev.track();
            let mask = doc.with(|d| {
                d.as_ref().map_or_else(Vec::new, |d| {
                    suggestions.with_value(|all| {
                        suggestion_keys.with_value(|keys| review::pending_mask_keyed(d, all, keys))
                    })
                })
            });
            Arc::new(mask)
        });
        let settled = RwSignal::new(0u64);
        let cursor = RwSignal::new(0);
        let anchor = RwSignal::new(0);
        let span = RwSignal::new(None);
        settle_after_paint(settled, move || {
            doc.track();
            cursor.track();
            anchor.track();
            span.track();
        });
        let vocabulary = Memo::new(move |_| {
            Arc::new(doc.with(|d| d.as_ref().map(|d| d.tag_specs()).unwrap_or_default()))
        });
        Workspace {
            doc,
            vocabulary,
            suggestion_keys,
            suggestions_rev,
            pending_mask,
            rows: StoredValue::new(HashMap::new()),
            suggestions,
            show_suggestions: RwSignal::new(true),
            opened: RwSignal::new(0),
            marks: StoredValue::new(Vec::new()),
            chunks: StoredValue::new_local(Chunks::default()),
            settled,
            cursor,
            span,
            anchor,
            status,
            store: StoredValue::new(Store::open()),
            history: StoredValue::new(History::default()),
            help_open: RwSignal::new(false),
            reading: RwSignal::new(String::new()),
            focus_note: StoredValue::new(None),
            unsaved: RwSignal::new(false),
            library_rev: RwSignal::new(0),
        }
    }

    /// Shows `doc`; `persist` writes it at once (a new article), while a
    /// document just read from storage needs no write.
    pub fn open(&self, mut doc: AnnotatedDocument, persist: bool) {
        // Tags a file brought that are not in the list (an old import) are
        // listed, and keys the page's own shortcuts use are given back.
        let adopted = doc.adopt_unknown_tags();
        let freed = doc.free_reserved_keys(RESERVED_KEYS);
        let persist = persist || !adopted.is_empty() || !freed.is_empty();
        let count = doc.sentences.len();
        self.marks.set_value(
            (0..count)
                .map(|_| ArcRwSignal::new(Marks::default()))
                .collect(),
        );
        self.cursor.set(0);
        self.anchor.set(0);
        self.history.set_value(History::default());
        self.suggestions.set_value(Vec::new());
        self.suggestion_keys.set_value(Vec::new());
        self.doc.set(Some(doc));
        self.opened.update(|n| *n += 1);
        self.refresh();
        // Suggestions come just after the article is first painted: on a
        // long article they take a noticeable moment, and reading can start.
        let ws = *self;
        let opened = self.opened.get_untracked();
        request_animation_frame(move || {
            browser::when_idle(std::time::Duration::from_millis(300), move || {
                if ws.opened.get_untracked() != opened {
                    return;
                }
                let found = ws
                    .doc
                    .with_untracked(|d| d.as_ref().map(suggest::suggest))
                    .unwrap_or_default();
                ws.suggestion_keys
                    .set_value(found.iter().map(Suggestion::key).collect());
                ws.suggestions.set_value(found);
                ws.suggestions_rev.update(|n| *n += 1);
                ws.refresh_marks();
            })
        });
        if persist {
            self.save();
        }
        let id = self
            .doc
            .with_untracked(|d| d.as_ref().map(|d| d.document.id.clone()));
        self.store.with_value(|s| s.set_current(id.as_deref()));
    }

    /// Opens the stored article `id` and puts the keyboard on it; its title
    /// and annotation count when it opened. When it cannot, the status line
    /// says why.
    pub fn open_stored(&self, id: &str) -> Option<(String, usize)> {
        match self.store.try_update_value(|s| s.load(id)) {
            Some(Ok(Some(doc))) => {
                let opened = (doc.document.title.clone(), doc.annotations.len());
                self.open(doc, false);
                browser::focus("article");
                Some(opened)
            }
            Some(Ok(None)) => {
                self.status
                    .error("That article is no longer stored.".to_string());
                None
            }
            Some(Err(problem)) => {
                self.status.error(problem.message);
                None
            }
            None => None,
        }
    }

    /// Back to the empty editor. The document stays stored.
    pub fn close(&self) {
        self.doc.set(None);
        self.marks.set_value(Vec::new());
        self.opened.update(|n| *n += 1);
        self.store.with_value(|s| s.set_current(None));
        self.library_rev.update(|n| *n += 1);
    }

    pub fn sentence_count(&self) -> usize {
        self.marks.with_value(Vec::len)
    }

    /// The selected sentences, first to last.
    pub fn selection(&self) -> (usize, usize) {
        let (c, a) = (self.cursor.get_untracked(), self.anchor.get_untracked());
        (c.min(a), c.max(a))
    }

    /// The code point span of the selection.
    pub fn selected_span(&self) -> Option<(usize, usize)> {
        if let Some(span) = self.span.get_untracked() {
            return Some(span);
        }
        let (first, last) = self.selection();
        self.doc
            .with_untracked(|d| d.as_ref()?.span_of_sentences(first, last))
    }

    /// Puts the cursor on sentence `index`; `extend` keeps the anchor, so the
    /// selection grows or shrinks.
    pub fn place_cursor(&self, index: usize, extend: bool) {
        let count = self.sentence_count();
        if count == 0 {
            return;
        }
        let index = index.min(count - 1);
        let before = self.marked_sentences();
        self.span.set(None);
        self.cursor.set(index);
        if !extend {
            self.anchor.set(index);
        }
        self.refresh_selection(before);
        Chunks::pin(*self, index);
        browser::reveal(&sentence_dom_id(index));
        self.read_out(index, count);
    }

    /// Says where the cursor is, for the reading live region.
    fn read_out(&self, index: usize, count: usize) {
        let (first, last) = self.selection();
        let tags = self
            .marks
            .with_value(|m| m.get(index).map_or(0, |s| s.with_untracked(|m| m.tags)));
        let labels: Vec<String> = self.vocabulary.with_untracked(|v| {
            v.iter()
                .filter(|t| tags & (1 << t.index) != 0)
                .map(|t| t.label.clone())
                .collect()
        });
        let text = self
            .doc
            .with_untracked(|d| d.as_ref()?.sentences.get(index).map(|s| s.text.clone()))
            .unwrap_or_default();
        let mut line = if first == last {
            format!("Sentence {} of {count}: {text}", index + 1)
        } else {
            format!(
                "Sentences {}–{} of {count} selected. At {}: {text}",
                first + 1,
                last + 1,
                index + 1
            )
        };
        if !labels.is_empty() {
            line.push_str(&format!(" ({})", labels.join(", ")));
        }
        self.reading.set(line);
    }

    pub fn move_cursor(&self, delta: isize, extend: bool) {
        let target = self.cursor.get_untracked().saturating_add_signed(delta);
        self.place_cursor(target, extend);
    }

    /// Toggles `tag` on the selection and says what happened.
    pub fn toggle(&self, tag: &Tag) {
        let Some((start, end)) = self.selected_span() else {
            return;
        };
        let now = browser::now();
        let mut outcome = None;
        self.doc.update(|d| {
            if let Some(d) = d {
                let before = d.annotation_on(start, end).cloned();
                outcome = d.toggle_tag(start, end, tag, &now, browser::new_id);
                let after = d.annotation_on(start, end).cloned();
                self.history.update_value(|h| {
                    h.record(
                        "tag change",
                        before.into_iter().collect(),
                        after.into_iter().collect(),
                        false,
                    )
                });
            }
        });
        let label = self.tag_label(tag.as_str());
        let (first, last) = self.selection();
        let which = if self.span.get_untracked().is_some() {
            "the selected words".to_string()
        } else if first == last {
            format!("sentence {}", first + 1)
        } else {
            format!("sentences {}–{}", first + 1, last + 1)
        };
        match outcome {
            Some(Toggled::Added) => self.status.info(format!("{label} added to {which}.")),
            Some(Toggled::Removed) => self.status.info(format!("{label} removed from {which}.")),
            None => return,
        }
        // A tag change alters the selected sentences only.
        self.refresh_rows();
        self.refresh_marks_in(self.marked_sentences());
        self.save();
    }

    /// Puts the keyboard in the note field of annotation `id`. Its panel row
    /// may not be drawn yet (the panel follows a frame after the article):
    /// then the row takes the focus as it is drawn, in this same task, so no
    /// keystroke can land elsewhere in between.
    pub fn focus_note(&self, id: &str) {
        let field = format!("note-{id}");
        if browser::exists(&field) {
            browser::focus(&field);
        } else {
            self.focus_note.set_value(Some(id.to_string()));
            self.settled.update(|n| *n += 1);
        }
    }

    /// What people see for tag `name` in the open article.
    pub fn tag_label(&self, name: &str) -> String {
        self.doc
            .with_untracked(|d| d.as_ref().map(|d| d.tag_label(name)))
            .unwrap_or_else(|| name.to_string())
    }

    /// The signal holding annotation `id` for its panel row.
    pub fn row(&self, id: &str) -> Option<ArcRwSignal<Annotation>> {
        if let Some(row) = self.rows.with_value(|rows| rows.get(id).cloned()) {
            return Some(row);
        }
        // A row can be built before the next refresh (another tab's change).
        let annotation = self
            .doc
            .with_untracked(|d| d.as_ref()?.annotation(id).cloned())?;
        let row = ArcRwSignal::new(annotation);
        self.rows
            .update_value(|rows| drop(rows.insert(id.to_string(), row.clone())));
        Some(row)
    }

    /// Sets the row signals of annotations that changed, drops those of
    /// annotations that are gone. One pass over the annotations.
    fn refresh_rows(&self) {
        self.doc.with_untracked(|d| {
            let annotations = d.as_ref().map_or(&[][..], |d| &d.annotations[..]);
            self.rows.update_value(|rows| {
                let present: std::collections::HashSet<&str> =
                    annotations.iter().map(|a| a.id.as_str()).collect();
                rows.retain(|id, _| present.contains(id.as_str()));
                for a in annotations {
                    match rows.get(&a.id) {
                        Some(row) if row.with_untracked(|r| r != a) => row.set(a.clone()),
                        Some(_) => {}
                        None => drop(rows.insert(a.id.clone(), ArcRwSignal::new(a.clone()))),
                    }
                }
            });
        });
    }

    /// The id of the annotation exactly on the selection, if any.
    pub fn selected_annotation(&self) -> Option<String> {
        let (start, end) = self.selected_span()?;
        self.doc
            .with_untracked(|d| d.as_ref()?.annotation_on(start, end).map(|a| a.id.clone()))
    }

    /// Changes annotation `id` in a way that alters no sentence's look
    /// (note, speaker), records it for undo and saves. Successive edits of the
    /// same field merge into one undo step.
    pub fn edit_annotation(
        &self,
        id: &str,
        label: &str,
        change: impl FnOnce(&mut AnnotatedDocument, &str),
    ) {
        let now = browser::now();
        self.doc.update(|d| {
            if let Some(d) = d {
                let before: Vec<Annotation> = d.annotation(id).cloned().into_iter().collect();
                change(d, &now);
                let after: Vec<Annotation> = d.annotation(id).cloned().into_iter().collect();
                self.history
                    .update_value(|h| h.record(label, before, after, true));
            }
        });
        self.save();
    }

    pub fn remove(&self, id: &str) {
        self.doc.update(|d| {
            if let Some(d) = d {
                if let Some(gone) = d.remove(id, &browser::now()) {
                    self.history
                        .update_value(|h| h.record("deletion", vec![gone], vec![], false));
                }
            }
        });
        self.refresh();
        self.save();
        self.status
            .info("Annotation deleted. Press u or Ctrl+Z to undo.".to_string());
    }

    /// Replaces the open document's annotations with `merged`'s (an import
    /// onto the same text), as one undoable step.
    pub fn replace_annotations(&self, merged: AnnotatedDocument, label: &str) {
        self.doc.update(|d| {
            if let Some(d) = d {
                let before = std::mem::take(&mut d.annotations);
                d.annotations = merged.annotations;
                d.tags = merged.tags;
                d.document.updated = merged.document.updated;
                self.history
                    .update_value(|h| h.record(label, before, d.annotations.clone(), false));
            }
        });
        self.refresh();
        self.save();
    }

    /// Undoes (`redo` false) or redoes the last edit.
    pub fn undo(&self, redo: bool) {
        let now = browser::now();
        let mut label = None;
        self.doc.update(|d| {
            if let Some(d) = d {
                label = self
                    .history
                    .try_update_value(|h| {
                        if redo {
                            h.redo(&mut d.annotations)
                        } else {
                            h.undo(&mut d.annotations)
                        }
                    })
                    .flatten();
                if label.is_some() {
                    d.document.updated = now.clone();
                }
            }
        });
        match label {
            Some(label) => {
                self.refresh();
                self.save();
                let verb = if redo { "Redid" } else { "Undid" };
                self.status.info(format!("{verb} the {label}."));
            }
            None => self.status.info(
                if redo {
                    "Nothing to redo."
                } else {
                    "Nothing to undo."
                }
                .to_string(),
            ),
        }
    }

    /// Selects an annotation: its sentences when it covers whole sentences,
    /// else its exact span.
    pub fn select_annotation(&self, id: &str) {
        let found = self.doc.with_untracked(|d| {
            let d = d.as_ref()?;
            let a = d.annotation(id)?;
            let first = d.sentence_at(a.start)?;
            let last = d.sentence_at(a.end.saturating_sub(1))?;
            let whole = d.sentences[first].start == a.start && d.sentences[last].end == a.end;
            Some((first, last, (!whole).then_some((a.start, a.end))))
        });
        match found {
            Some((first, last, None)) => {
                self.anchor.set(first);
                self.place_cursor(last, true);
            }
            Some((first, _, Some(span))) => self.select_span(first, span),
            None => {}
        }
    }

    /// Selects the span `[start, end)` inside the text, which lies in or
    /// starts in sentence `sentence`.
    pub fn select_span(&self, sentence: usize, span: (usize, usize)) {
        self.place_cursor(sentence, false);
        let before = self.marked_sentences();
        self.span.set(Some(span));
        self.refresh_selection(before);
        let text = self
            .doc
            .with_untracked(|d| {
                d.as_ref()
                    .and_then(|d| d.slice(span.0, span.1).map(str::to_string))
            })
            .unwrap_or_default();
        self.status.info(format!(
            "Selected \"{}\": c, q or w tags it.",
            excerpt_of(&text, 60)
        ));
    }

    /// Why the suggestions of sentence `i` whose tags are in `waiting` (bit
    /// i = built-in tag i) were made, as one line.
    pub fn suggestion_reasons(&self, i: usize, waiting: TagBits) -> String {
        let vocabulary = self.vocabulary.get_untracked();
        self.suggestions.with_value(|all| {
            let from = all.partition_point(|s| s.sentence < i);
            all[from..]
                .iter()
                .take_while(|s| s.sentence == i)
                .filter(|s| waiting & tag_bits(&vocabulary, std::slice::from_ref(&s.tag)) != 0)
                .map(|s| format!("Suggested {}: {}", s.tag, s.reason))
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    /// Waiting suggestions on the selected sentences.
    pub fn pending_on_selection(&self) -> Vec<Suggestion> {
        let (first, last) = self.selection();
        self.pending(|s| (first..=last).contains(&s.sentence))
    }

    /// How many waiting suggestions pass `keep`, without copying them.
    pub fn pending_count(&self, keep: impl Fn(&Suggestion) -> bool) -> usize {
        self.with_pending(|waiting| waiting.filter(|s| keep(s)).count())
    }

    /// Waiting suggestions that pass `keep`.
    pub fn pending(&self, keep: impl Fn(&Suggestion) -> bool) -> Vec<Suggestion> {
        self.with_pending(|waiting| waiting.filter(|s| keep(s)).cloned().collect())
    }

    /// Runs `f` over the suggestions still waiting, in sentence order.
    fn with_pending<R>(&self, f: impl FnOnce(&mut dyn Iterator<Item = &Suggestion>) -> R) -> R {
        let pending = self.pending_mask.get_untracked();
        self.suggestions.with_value(|all| {
            f(&mut all
                .iter()
                .zip(pending.iter())
                .filter(|(_, p)| **p)
                .map(|(s, _)| s))
        })
    }

    /// Accepts `chosen` suggestions as annotations (origin "suggested"), as
    /// one undoable step.
    pub fn accept(&self, chosen: &[Suggestion]) {
        self.decide(chosen, "Accepted", |d, now, history| {
            let before = d.annotations.clone();
            for s in chosen {
                suggest::accept(d, s, now, browser::new_id);
            }
            history.record("acceptance", before, d.annotations.clone(), false);
        });
    }

    /// Rejects `chosen` suggestions: they stay hidden after reloads.
    pub fn reject(&self, chosen: &[Suggestion]) {
        self.decide(chosen, "Rejected", |d, now, _| {
            d.rejected_suggestions
                .extend(chosen.iter().map(Suggestion::key));
            d.document.updated = now.to_string();
        });
    }

    /// Applies a decision on `chosen` suggestions, then redraws, saves and
    /// says what was done.
    fn decide(
        &self,
        chosen: &[Suggestion],
        verb: &str,
        apply: impl FnOnce(&mut AnnotatedDocument, &str, &mut History),
    ) {
        if chosen.is_empty() {
            self.status.info("No suggestion waiting here.".to_string());
            return;
        }
        let now = browser::now();
        self.doc.update(|d| {
            if let Some(d) = d {
                self.history.update_value(|h| apply(d, &now, h));
            }
        });
        self.refresh();
        self.save();
        let n = chosen.len();
        self.status.info(format!(
            "{verb} {n} suggestion{}.",
            if n == 1 { "" } else { "s" }
        ));
    }

    /// Shows or hides waiting suggestions.
    pub fn set_show_suggestions(&self, show: bool) {
        self.show_suggestions.set(show);
        self.refresh_marks();
    }

    /// Selects the next (or previous) annotation after the selection's start,
    /// of `tag` if given, and says so when there is none.
    pub fn jump_to_annotation(&self, tag: Option<Tag>, back: bool) {
        let from = self.selected_span().map_or(0, |(start, _)| start);
        let found = self.doc.with_untracked(|d| {
            d.as_ref()?
                .next_annotation(from, tag.as_ref(), back)
                .map(|a| a.id.clone())
        });
        match found {
            Some(id) => {
                self.select_annotation(&id);
                browser::flash(&sentence_dom_id(self.cursor.get_untracked()));
            }
            None => {
                let what = tag.as_ref().map_or("annotation".to_string(), |t| {
                    self.tag_label(t.as_str()).to_lowercase()
                });
                let side = if back { "before" } else { "after" };
                self.status.info(format!("No {what} {side} the selection."));
            }
        }
    }

    /// After the document changed: the panel's rows, then every sentence's
    /// look. A cursor move needs only the looks (`refresh_marks`).
    fn refresh(&self) {
        self.refresh_rows();
        self.refresh_marks();
        Chunks::redraw_if_stale(*self);
    }

    /// After the article's own tags changed: every look and the drawn
    /// sentences follow, and the list is stored with the article.
    pub fn after_vocabulary_change(&self) {
        self.refresh();
        self.save();
    }

    /// Recomputes every sentence's look and sets only those that changed.
    fn refresh_marks(&self) {
        self.refresh_marks_in(0..self.sentence_count());
    }

    /// The sentences whose look shows the selection: the selected ones, or
    /// those the chosen span touches, and the cursor's.
    fn marked_sentences(&self) -> Range<usize> {
        let (first, last) = self.selection();
        let span = self.span.get_untracked().and_then(|(a, b)| {
            self.doc.with_untracked(|d| {
                let d = d.as_ref()?;
                Some((d.sentence_at(a)?, d.sentence_at(b.saturating_sub(1))?))
            })
        });
        match span {
            Some((a, b)) => a.min(first)..b.max(last) + 1,
            None => first..last + 1,
        }
    }

    /// Redraws the selection after it moved from the sentences `before`:
    /// only those and the ones now selected can look different.
    fn refresh_selection(&self, before: Range<usize>) {
        let after = self.marked_sentences();
        if before.start <= after.end && after.start <= before.end {
            self.refresh_marks_in(before.start.min(after.start)..before.end.max(after.end));
        } else {
            self.refresh_marks_in(before);
            self.refresh_marks_in(after);
        }
    }

    /// Recomputes the looks of the sentences in `range` and sets only those
    /// that changed.
    fn refresh_marks_in(&self, range: Range<usize>) {
        let range = range.start..range.end.min(self.sentence_count());
        if range.is_empty() {
            return;
        }
        let (first, last) = self.selection();
        let cursor = self.cursor.get_untracked();
        let span = self.span.get_untracked();
        // Read once: each read of a memo asks the reactive graph whether it
        // is current, which is no cost once and real cost per sentence.
        let vocabulary = self.vocabulary.get_untracked();
        let bits = |tags: &[Tag]| tag_bits(&vocabulary, tags);
        let (looks, suggested, starts) = self.doc.with_untracked(|d| {
            let Some(d) = d.as_ref() else {
                return (Vec::new(), Vec::new(), Vec::new());
            };
            let mut suggested = vec![0 as TagBits; range.len()];
            if self.show_suggestions.get_untracked() {
                let pending = self.pending_mask.get_untracked();
                self.suggestions.with_value(|all| {
                    // Suggestions are in sentence order.
                    let from = all.partition_point(|s| s.sentence < range.start);
                    for (s, _) in all[from..]
                        .iter()
                        .zip(pending[from.min(pending.len())..].iter())
                        .take_while(|(s, _)| s.sentence < range.end)
                        .filter(|(_, p)| **p)
                    {
                        if let Some(bits_of) = suggested.get_mut(s.sentence - range.start) {
                            *bits_of |= bits(std::slice::from_ref(&s.tag));
                        }
                    }
                });
            }
            let starts: Vec<(usize, usize)> = d.sentences[range.clone()]
                .iter()
                .map(|s| (s.start, s.end))
                .collect();
            (d.looks_in(range.clone()), suggested, starts)
        });
        let no_pieces: Arc<[PieceMark]> = Arc::from([]);
        self.marks.with_value(|marks| {
            for (k, signal) in marks[range.clone()].iter().enumerate() {
                let i = range.start + k;
                let look = looks.get(k);
                let (s_start, s_end) = starts.get(k).copied().unwrap_or((0, 0));
                let mut pieces: Vec<PieceMark> = look
                    .map(|l| {
                        l.pieces
                            .iter()
                            .map(|p| PieceMark {
                                start: p.start - s_start,
                                end: p.end - s_start,
                                tags: bits(&p.tags),
                                id: Some(p.id.clone()),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some((a, b)) = span.filter(|&(a, b)| a < s_end && b > s_start) {
                    pieces.push(PieceMark {
                        start: a.max(s_start) - s_start,
                        end: b.min(s_end) - s_start,
                        tags: 0,
                        id: None,
                    });
                }
                let next = Marks {
                    tags: look.map_or(0, |l| bits(&l.tags)),
                    suggested: suggested.get(k).copied().unwrap_or(0),
                    selected: span.is_none() && (first..=last).contains(&i),
                    focused: i == cursor,
                    pieces: if pieces.is_empty() {
                        no_pieces.clone()
                    } else {
                        pieces.into()
                    },
                };
                if signal.with_untracked(|m| *m != next) {
                    signal.set(next);
                }
            }
        });
    }

    /// Writes the open document, merging first if another tab changed it
    /// meanwhile. A failed write leaves the work in the page and says so.
    pub fn save(&self) {
        let result = self.doc.with_untracked(|d| {
            let d = d.as_ref()?;
            self.store.try_update_value(|s| s.save(d))
        });
        match result {
            Some(Ok(None)) => self.unsaved.set(false),
            Some(Ok(Some((merged, conflicts)))) => {
                self.unsaved.set(false);
                let changed = self.doc.with_untracked(|d| d.as_ref() != Some(&merged));
                if changed {
                    self.doc.set(Some(merged));
                    self.refresh();
                    self.status.info(merge_message(conflicts.len()));
                }
            }
            Some(Err(message)) => {
                self.unsaved.set(true);
                self.status.error(message);
            }
            None => {}
        }
        self.library_rev.update(|n| *n += 1);
    }
}

/// A counter bumped `quiet` after the last change of what `track` reads:
/// for summaries that need not follow every keystroke of a burst.
pub fn after_quiet(quiet: std::time::Duration, track: impl Fn() + 'static) -> ReadSignal<u64> {
    let (calm, set_calm) = signal(0u64);
    let latest = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        track();
        latest.update_value(|n| *n += 1);
        if first.is_none() {
            return;
        }
        let mine = latest.get_value();
        // The view that asked may be gone by then (another article, none).
        set_timeout(
            move || {
                if latest.try_get_value() == Some(mine) {
                    set_calm.try_update(|n| *n += 1);
                }
            },
            quiet,
        );
    });
    calm
}

/// Bumps `settled` after the next frame whenever what `track` reads
/// changes; several changes before that frame make one bump.
fn settle_after_paint(settled: RwSignal<u64>, track: impl Fn() + 'static) {
    let waiting = StoredValue::new(false);
    Effect::new(move |_| {
        track();
        if waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    waiting.try_set_value(false);
                    settled.try_update(|n| *n += 1);
                },
                std::time::Duration::ZERO,
            )
        });
    });
}

fn merge_message(conflicts: usize) -> String {
    match conflicts {
        0 => "Merged changes made to this article in another tab.".to_string(),
        n => format!(
            "Merged changes from another tab; {n} annotation{} changed in both, and the later \
             change was kept.",
            if n == 1 { " was" } else { "s were" }
        ),
    }
}

/// Bit i set for each tag i of `vocabulary` among `tags`; a name outside the
/// vocabulary has no bit. Callers read the vocabulary memo once and pass it:
/// asking the memo per annotation or per sentence costs more than the bits.
pub fn tag_bits(vocabulary: &[TagInfo], tags: &[Tag]) -> TagBits {
    vocabulary
        .iter()
        .filter(|info| tags.iter().any(|t| t.as_str() == info.name))
        .fold(0, |bits, info| bits | 1 << info.index)
}

/// The DOM id of sentence `index`'s element.
pub fn sentence_dom_id(index: usize) -> String {
    format!("s{index}")
}

pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

/// The first `max` characters of `text`, with an ellipsis if cut.
fn excerpt_of(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}
