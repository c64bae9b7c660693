//! The native JSON document (`"format": "marginalia/1"`): what the page
//! exports and stores and what the CLI prints. Import checks everything a
//! hand-edited or foreign file could get wrong before anything is replaced.

use std::collections::HashSet;
use std::fmt;

use crate::domain::document::{sentences_of, AnnotatedDocument, FORMAT};

/// Files larger than this are refused before parsing: an article with
/// thousands of annotations stays far below it.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be read as a document. Each message names what is
/// wrong in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson(String),
    UnknownFormat(String),
    Invalid(String),
    OutOfRange {
        id: String,
        start: usize,
        end: usize,
        len: usize,
    },
    TextMismatch {
        id: String,
        expected: String,
        found: String,
    },
    DuplicateId(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {} MB; files over {} MB are not read.",
                bytes / (1024 * 1024),
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::NotJson(e) => write!(f, "The file is not valid JSON: {e}."),
            ImportError::UnknownFormat(found) => write!(
                f,
                "Unknown format {found:?}: this version reads \"{FORMAT}\" documents."
            ),
            ImportError::Invalid(e) => write!(f, "The document is malformed: {e}."),
            ImportError::OutOfRange {
                id,
                start,
                end,
                len,
            } => write!(
                f,
                "Annotation {id:?} spans {start}..{end}, outside the text's {len} characters."
            ),
            ImportError::TextMismatch {
                id,
                expected,
                found,
            } => write!(
                f,
                "Annotation {id:?} says it covers {expected:?} but the text there is {found:?}."
            ),
            ImportError::DuplicateId(id) => write!(f, "Two annotations share the id {id:?}."),
        }
    }
}

impl std::error::Error for ImportError {}

/// The document as pretty-printed JSON.
pub fn to_json(doc: &AnnotatedDocument) -> String {
    serde_json::to_string_pretty(doc).expect("a document always serialises")
}

/// Reads a native JSON document and checks it: format, offsets, quoted text
/// and ids. Sentences are recomputed from the text, so a file cannot smuggle
/// in spans the splitter would not produce.
pub fn from_json(json: &str) -> Result<AnnotatedDocument, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ImportError::NotJson(e.to_string()))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => return Err(ImportError::UnknownFormat(other.to_string())),
        None => return Err(ImportError::UnknownFormat("(missing)".to_string())),
    }
    let mut doc: AnnotatedDocument =
        serde_json::from_value(value).map_err(|e| ImportError::Invalid(e.to_string()))?;
    let len = doc.offsets().char_len();
    let mut ids = HashSet::new();
    for ann in &doc.annotations {
        if !ids.insert(ann.id.as_str()) {
            return Err(ImportError::DuplicateId(ann.id.clone()));
        }
        let found = match doc.slice(ann.start, ann.end) {
            Some(found) if ann.start < ann.end => found,
            _ => {
                return Err(ImportError::OutOfRange {
                    id: ann.id.clone(),
                    start: ann.start,
                    end: ann.end,
                    len,
                })
            }
        };
        if found != ann.text {
            return Err(ImportError::TextMismatch {
                id: ann.id.clone(),
                expected: ann.text.clone(),
                found: found.to_string(),
            });
        }
    }
    doc.sentences = sentences_of(doc.text());
    doc.annotations.sort_by_key(|a| (a.start, a.end));
    Ok(doc)
}
