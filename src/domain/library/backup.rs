//! Backup and restore of the whole library as one JSON file, and the preview
//! of what restoring it would change. Each article inside is a native
//! `marginalia/1` document, checked as strictly as a single import.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::document::AnnotatedDocument;
use crate::domain::format::native;
use crate::domain::merge::merge_documents;

pub const LIBRARY_FORMAT: &str = "marginalia-library/1";

/// One article with what the library keeps beside the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub doc: AnnotatedDocument,
    pub published: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct FileArticle {
    #[serde(default)]
    published: Option<String>,
    article: Value,
}

#[derive(Serialize, Deserialize)]
struct LibraryFile {
    format: String,
    exported: String,
    articles: Vec<FileArticle>,
}

/// The library as one JSON file.
pub fn export(articles: &[Article], now: &str) -> String {
    let file = LibraryFile {
        format: LIBRARY_FORMAT.to_string(),
        exported: now.to_string(),
        articles: articles
            .iter()
            .map(|a| FileArticle {
                published: a.published.clone(),
                article: serde_json::to_value(&a.doc).expect("a document always serialises"),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("a library always serialises")
}

/// Reads a library file; any article that fails the native checks fails the
/// whole file, named by its position, so nothing half-read is restored.
pub fn parse(json: &str) -> Result<Vec<Article>, String> {
    let file: LibraryFile = serde_json::from_str(json)
        .map_err(|e| format!("This is not a Marginalia library file: {e}."))?;
    if file.format != LIBRARY_FORMAT {
        return Err(format!(
            "Unknown library format {:?}: this version reads \"{LIBRARY_FORMAT}\".",
            file.format
        ));
    }
    file.articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let doc = native::from_json(&a.article.to_string())
                .map_err(|e| format!("Article {} in the file: {e}", i + 1))?;
            Ok(Article {
                doc,
                published: a.published,
            })
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keep every stored article; add new ones and merge annotations by id.
    Merge,
    /// Make the library exactly the file's contents.
    Replace,
}

/// What a restore would do, article by article, by title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    pub added: Vec<String>,
    /// Title, annotations before, annotations after.
    pub changed: Vec<(String, usize, usize)>,
    pub removed: Vec<String>,
    pub unchanged: usize,
    /// Annotations both sides changed differently; the later was kept.
    pub conflicts: usize,
}

impl Preview {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// The library after restoring `incoming` onto `current`, and the preview.
/// In merge mode no stored annotation is lost: annotations are merged by id
/// with nothing counted as deleted.
pub fn plan(current: &[Article], incoming: &[Article], mode: Mode) -> (Vec<Article>, Preview) {
    let mut preview = Preview::default();
    let mut result: Vec<Article> = match mode {
        Mode::Merge => current.to_vec(),
        Mode::Replace => Vec::new(),
    };
    for new in incoming {
        let old = current
            .iter()
            .find(|a| a.doc.document.id == new.doc.document.id);
        let next = match (old, mode) {
            (None, _) => {
                preview.added.push(new.doc.document.title.clone());
                new.clone()
            }
            (Some(old), Mode::Replace) => new_or_same(old, new.clone(), &mut preview),
            (Some(old), Mode::Merge) => {
                let (doc, conflicts) = merge_documents(None, &old.doc, &new.doc);
                preview.conflicts += conflicts.len();
                let merged = Article {
                    doc,
                    published: old.published.clone().or(new.published.clone()),
                };
                new_or_same(old, merged, &mut preview)
            }
        };
        match result
            .iter_mut()
            .find(|a| a.doc.document.id == next.doc.document.id)
        {
            Some(slot) => *slot = next,
            None => result.push(next),
        }
    }
    if mode == Mode::Replace {
        preview.removed = current
            .iter()
            .filter(|a| {
                !incoming
                    .iter()
                    .any(|n| n.doc.document.id == a.doc.document.id)
            })
            .map(|a| a.doc.document.title.clone())
            .collect();
    }
    (result, preview)
}

fn new_or_same(old: &Article, next: Article, preview: &mut Preview) -> Article {
    if *old == next {
        preview.unchanged += 1;
    } else {
        preview.changed.push((
            next.doc.document.title.clone(),
            old.doc.annotations.len(),
            next.doc.annotations.len(),
        ));
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tag::Tag;

    const NOW: &str = "2026-02-01T00:00:00.000Z";

    fn article(text: &str, tagged: &[(usize, &str)]) -> Article {
        let mut doc = AnnotatedDocument::from_text(text, NOW);
        for (i, id) in tagged {
            let (s, e) = doc.span_of_sentences(*i, *i).unwrap();
            doc.toggle_tag(s, e, &Tag::new("claim"), NOW, || id.to_string());
        }
        Article {
            doc,
            published: None,
        }
    }

    #[test]
    fn export_then_parse_gives_the_library_back() {
        let mut a = article("One. Two. Three.", &[(0, "a-1"), (2, "a-2")]);
        a.published = Some("1 Feb 2026".into());
        let all = vec![a, article("Other story.", &[])];
        assert_eq!(parse(&export(&all, NOW)).unwrap(), all);
    }

    #[test]
    fn a_bad_article_fails_the_file_by_position() {
        let all = vec![article("One. Two.", &[(0, "a-1")])];
        let json = export(&all, NOW).replace("\"start\": 0", "\"start\": 900");
        let err = parse(&json).unwrap_err();
        assert!(err.starts_with("Article 1 in the file"), "{err}");
        assert!(
            parse("{\"format\": \"other\", \"exported\": \"\", \"articles\": []}")
                .unwrap_err()
                .contains("Unknown library format")
        );
    }

    #[test]
    fn merge_keeps_every_annotation_from_both_sides() {
        let stored = article("One. Two. Three.", &[(0, "a-1")]);
        let other = article("Another.", &[]);
        let backup = article("One. Two. Three.", &[(2, "a-2")]);
        let (result, preview) = plan(&[stored, other], &[backup], Mode::Merge);
        assert_eq!(result.len(), 2);
        let ids: Vec<&str> = result[0]
            .doc
            .annotations
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["a-1", "a-2"]);
        assert_eq!(preview.changed, [("One.".to_string(), 1, 2)]);
        assert!(preview.removed.is_empty());
    }

    #[test]
    fn replace_previews_what_goes() {
        let stored = vec![
            article("One. Two.", &[(0, "a-1")]),
            article("Gone story.", &[]),
        ];
        let backup = vec![
            article("One. Two.", &[(0, "a-1")]),
            article("New story.", &[]),
        ];
        let (result, preview) = plan(&stored, &backup, Mode::Replace);
        assert_eq!(result, backup);
        assert_eq!(preview.added, ["New story."]);
        assert_eq!(preview.removed, ["Gone story."]);
        assert_eq!(preview.unchanged, 1);
    }
}
