//! The library: every stored article, listed, searched and checked for
//! duplicates. Storage keeps [`Record`]s and texts; this module answers
//! questions about them without touching any storage.

pub mod backup;
pub mod published;
pub mod record;

pub use published::detect_published;
pub use record::{Record, StoredAnnotation};

use crate::domain::document::document_id;

/// Whether the article matches a search: every word of `query` appears in
/// the title or the text, ignoring case.
pub fn matches(record: &Record, text: &str, query: &str) -> bool {
    let title = record.title.to_lowercase();
    let text = text.to_lowercase();
    query
        .split_whitespace()
        .map(str::to_lowercase)
        .all(|w| title.contains(&w) || text.contains(&w))
}

/// The stored articles with exactly this text (ignoring surrounding white
/// space, as the fingerprint does).
pub fn same_text<'a>(records: &'a [Record], text: &str) -> Vec<&'a Record> {
    let fingerprint = document_id(text);
    records.iter().filter(|r| r.text == fingerprint).collect()
}

/// A fresh id for a copy of the article with text fingerprint `text_id`.
pub fn copy_id(text_id: &str, taken: &[&str]) -> String {
    (2..)
        .map(|n| format!("{text_id}-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .expect("some number is free")
}

/// A copy of `record` under `new_id`, titled as a copy, stamped `now`.
pub fn duplicate(record: &Record, new_id: &str, now: &str) -> Record {
    Record {
        id: new_id.to_string(),
        title: format!("{} (copy)", record.title),
        created: now.to_string(),
        updated: now.to_string(),
        ..record.clone()
    }
}

/// Most recently changed first; the order a person looks for work in.
pub fn sort_recent_first(records: &mut [Record]) {
    records.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::AnnotatedDocument;

    fn record(text: &str, updated: &str) -> Record {
        let mut doc = AnnotatedDocument::from_text(text, "2026-01-01T00:00:00.000Z");
        doc.document.updated = updated.into();
        Record::of(&doc, None)
    }

    #[test]
    fn search_finds_words_in_title_or_text_in_any_case() {
        let r = record("Harbour Storm\n\nShips were lost near the pier.", "t");
        let text = "Harbour Storm\n\nShips were lost near the pier.";
        assert!(matches(&r, text, "harbour PIER"));
        assert!(matches(&r, text, ""));
        assert!(!matches(&r, text, "harbour airport"));
    }

    #[test]
    fn same_text_finds_the_original_and_its_copies() {
        let a = record("One story. Two.", "t");
        let b = duplicate(&a, &copy_id(&a.text, &[&a.id]), "t2");
        let c = record("Another story.", "t");
        let all = [a.clone(), b.clone(), c];
        let found: Vec<&str> = same_text(&all, "  One story. Two.\n")
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(found, [a.id.as_str(), b.id.as_str()]);
        assert_eq!(b.title, format!("{} (copy)", a.title));
        assert_eq!(b.annotations, a.annotations);
    }

    #[test]
    fn copy_ids_never_collide() {
        let taken = ["doc-1", "doc-1-2"];
        assert_eq!(copy_id("doc-1", &taken), "doc-1-3");
    }

    #[test]
    fn recent_first() {
        let mut all = [record("A.", "2026-01-01"), record("B.", "2026-03-01")];
        sort_recent_first(&mut all);
        assert_eq!(all[0].title, "B.");
    }
}
