//! The native JSON document (`"format": "marginalia/1"`): what the page
//! exports and stores and what the CLI prints. Import checks everything a
//! hand-edited or foreign file could get wrong before anything is replaced,
//! and names the field at fault so a person can fix the file.

use std::collections::HashSet;
use std::fmt;

use serde_json::Value;

use super::anchor::{Quote, Target};
use super::import::{place, ImportReport, Incoming};
use crate::domain::document::{sentences_of, AnnotatedDocument, FORMAT};
use crate::domain::tag::TagError;
use crate::domain::vocabulary::{check_vocabulary, TagAdoption};

/// Files larger than this are refused before parsing: an article with
/// thousands of annotations stays far below it.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// Keys that turn into prototype pollution the moment a JavaScript consumer
/// merges the document into an object; no file of ours ever has them.
const FORBIDDEN_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];

/// Why a file could not be read. Each message names what is wrong in words a
/// person can act on; [`ImportError::kind`] gives a stable short name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    NotUtf8 {
        valid_up_to: usize,
    },
    NotJson(String),
    /// Nested 128 levels or more: serde_json's recursion limit.
    TooDeep,
    UnknownFormat(String),
    MissingField {
        field: String,
    },
    WrongType {
        field: String,
        expected: &'static str,
    },
    NumberOutOfRange {
        field: String,
    },
    ForbiddenKey {
        path: String,
    },
    /// Valid JSON, but no annotations in any shape the W3C importer knows.
    NotAnnotations(String),
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
    /// An entry of the custom tag vocabulary (`tags`) breaks a rule; `field`
    /// names it, e.g. `tags[1].key`.
    BadTag {
        field: String,
        error: TagError,
    },
}

impl ImportError {
    /// A stable, short name for the kind of error (for tests and logs).
    pub fn kind(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too-large",
            ImportError::Empty => "empty",
            ImportError::NotUtf8 { .. } => "not-utf8",
            ImportError::NotJson(_) => "not-json",
            ImportError::TooDeep => "too-deep",
            ImportError::UnknownFormat(_) => "unknown-format",
            ImportError::MissingField { .. } => "missing-field",
            ImportError::WrongType { .. } => "wrong-type",
            ImportError::NumberOutOfRange { .. } => "number-out-of-range",
            ImportError::ForbiddenKey { .. } => "forbidden-key",
            ImportError::NotAnnotations(_) => "not-annotations",
            ImportError::Invalid(_) => "invalid",
            ImportError::OutOfRange { .. } => "out-of-range",
            ImportError::TextMismatch { .. } => "text-mismatch",
            ImportError::DuplicateId(_) => "duplicate-id",
            ImportError::BadTag { .. } => "bad-tag",
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {} MB; files over {} MB are not read.",
                bytes.div_ceil(1024 * 1024),
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::Empty => write!(f, "The file is empty."),
            ImportError::NotUtf8 { valid_up_to } => write!(
                f,
                "The file is not UTF-8 text (invalid byte at offset {valid_up_to})."
            ),
            ImportError::NotJson(e) => write!(f, "The file is not valid JSON: {e}."),
            ImportError::TooDeep => write!(
                f,
                "The file nests lists or objects 128 levels deep or more; no document does."
            ),
            ImportError::UnknownFormat(found) => write!(
                f,
                "Unknown format {found:?}: this version reads \"{FORMAT}\" documents."
            ),
            ImportError::MissingField { field } => {
                write!(f, "The document has no `{field}` field.")
            }
            ImportError::WrongType { field, expected } => {
                write!(f, "The field `{field}` should be {expected}.")
            }
            ImportError::NumberOutOfRange { field } => {
                write!(f, "The number in `{field}` is too large to be an offset.")
            }
            ImportError::ForbiddenKey { path } => write!(
                f,
                "The file contains the key `{path}`, which no document has and which \
                 could alter JavaScript objects; it was not read."
            ),
            ImportError::NotAnnotations(e) => {
                write!(f, "The file holds no W3C annotations: {e}.")
            }
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
            ImportError::BadTag { field, error } => {
                write!(f, "The custom tag in `{field}` is not valid: {error}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// The document as pretty-printed JSON.
pub fn to_json(doc: &AnnotatedDocument) -> String {
    serde_json::to_string_pretty(doc).expect("a document always serialises")
}

/// Reads raw bytes (a dropped file): refuses oversized and non-UTF-8 input
/// before anything else, then reads it as [`from_json`] does.
pub fn from_bytes(bytes: &[u8]) -> Result<AnnotatedDocument, ImportError> {
    from_json(text_of(bytes)?)
}

/// Reads a native JSON document and checks it: size, format, every field's
/// type, the custom tag vocabulary, offsets, quoted text and ids. Sentences
/// are recomputed from the text, so a file cannot smuggle in spans the
/// splitter would not produce. Tag names on annotations that are neither
/// built-in nor in the file's vocabulary are added to it (see
/// [`read_json`] for the report of what was added).
pub fn from_json(json: &str) -> Result<AnnotatedDocument, ImportError> {
    read_json(json).map(|(doc, _)| doc)
}

/// [`from_json`], also saying which tag names found only on annotations were
/// added to the vocabulary, matched to a known tag or left unlisted.
pub fn read_json(json: &str) -> Result<(AnnotatedDocument, TagAdoption), ImportError> {
    let mut value = parse_json(json)?;
    if !value.is_object() {
        return Err(ImportError::WrongType {
            field: "(the whole file)".into(),
            expected: "a JSON object with `format`, `document` and `annotations`",
        });
    }
    check_format(&value)?;
    check_shape(&value)?;
    // Sentences are recomputed below; dropping the file's copy first means
    // junk in them cannot fail an otherwise sound document.
    if let Some(s) = value.get_mut("sentences") {
        *s = Value::Array(Vec::new());
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
    check_vocabulary(&doc.tags).map_err(|(i, error)| bad_tag(i, error))?;
    for def in &mut doc.tags {
        def.colour.make_ascii_lowercase();
    }
    let adoption = doc.adopt_unknown_tags();
    doc.sentences = sentences_of(doc.text());
    doc.annotations.sort_by_key(|a| (a.start, a.end));
    Ok((doc, adoption))
}

/// The import error for entry `index` of `tags` (the list when `None`).
fn bad_tag(index: Option<usize>, error: TagError) -> ImportError {
    let field = match index {
        None => {
            return ImportError::BadTag {
                field: "tags".into(),
                error,
            }
        }
        Some(i) => format!("tags[{i}]"),
    };
    let member = match &error {
        TagError::NameEmpty
        | TagError::NameTooLong { .. }
        | TagError::NameInvalid(_)
        | TagError::NameTaken { .. } => ".name",
        TagError::LabelEmpty
        | TagError::LabelTooLong { .. }
        | TagError::LabelInvalid(_)
        | TagError::LabelTaken { .. } => ".label",
        TagError::BadColour(_) => ".colour",
        TagError::BadKey(_) | TagError::KeyTaken { .. } => ".key",
        TagError::BadGlyph(_) => ".glyph",
        _ => "",
    };
    ImportError::BadTag {
        field: format!("{field}{member}"),
        error,
    }
}

/// Reads a native document and re-anchors its annotations onto `onto`, whose
/// text may differ (an edited or re-pasted article). Each annotation's quote,
/// with the 32 characters around it in the file's text, finds its place; the
/// report says which landed, which are ambiguous and which are orphans.
/// `onto` is not touched: the merged document is in the report.
pub fn import_onto(
    onto: &AnnotatedDocument,
    json: &str,
    now: &str,
) -> Result<ImportReport, ImportError> {
    let source = from_json(json)?;
    let mut onto = onto.clone();
    onto.take_vocabulary(&source.tags);
    let incoming = source
        .annotations
        .iter()
        .map(|a| {
            Ok(Incoming {
                id: a.id.clone(),
                tags: a.tags.clone(),
                note: a.note.clone(),
                speaker: a.speaker.clone(),
                origin: a.origin,
                created: Some(a.created.clone()),
                updated: Some(a.updated.clone()),
                target: Target {
                    position: Some((a.start, a.end)),
                    quote: Some(Quote::around(
                        source.text(),
                        source.offsets(),
                        a.start,
                        a.end,
                    )),
                    relative_position: false,
                },
            })
        })
        .collect();
    Ok(place(&onto, incoming, now))
}

/// The bytes as text, or why they are not.
pub(crate) fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        valid_up_to: e.valid_up_to(),
    })
}

/// Size, emptiness, syntax, depth and forbidden keys: the checks every JSON
/// import shares, in the order that lets the cheap ones refuse first.
pub(crate) fn parse_json(json: &str) -> Result<Value, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    // Editors on Windows like to start files with a byte order mark.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        let msg = e.to_string();
        if msg.starts_with("recursion limit exceeded") {
            ImportError::TooDeep
        } else if msg.starts_with("number out of range") {
            ImportError::NumberOutOfRange {
                field: format!("line {} column {}", e.line(), e.column()),
            }
        } else {
            ImportError::NotJson(msg)
        }
    })?;
    if let Some(path) = forbidden_key(&value, "") {
        return Err(ImportError::ForbiddenKey { path });
    }
    Ok(value)
}

/// The path of the first forbidden key, if any. Recursion is bounded by the
/// parser's own depth limit.
fn forbidden_key(value: &Value, path: &str) -> Option<String> {
    match value {
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let here = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            if FORBIDDEN_KEYS.contains(&k.as_str()) {
                Some(here)
            } else {
                forbidden_key(v, &here)
            }
        }),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| forbidden_key(v, &format!("{path}[{i}]"))),
        _ => None,
    }
}

fn check_format(value: &Value) -> Result<(), ImportError> {
    match value.get("format") {
        Some(Value::String(f)) if f == FORMAT => Ok(()),
        Some(Value::String(other)) => Err(ImportError::UnknownFormat(other.clone())),
        Some(other) => Err(ImportError::UnknownFormat(other.to_string())),
        None => Err(ImportError::UnknownFormat("(missing)".to_string())),
    }
}

/// Checks every field serde would need, so that the error names the field
/// instead of quoting a deserialiser message.
fn check_shape(root: &Value) -> Result<(), ImportError> {
    let doc = object(root.get("document"), "document")?;
    for field in ["id", "title", "text", "created", "updated"] {
        string(doc.get(field), &format!("document.{field}"))?;
    }
    match root.get("sentences") {
        None | Some(Value::Array(_)) => {}
        Some(_) => {
            return Err(ImportError::WrongType {
                field: "sentences".into(),
                expected: "a list",
            })
        }
    }
    check_tags_shape(root.get("tags"))?;
    let anns = match root.get("annotations") {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(ImportError::WrongType {
                field: "annotations".into(),
                expected: "a list of annotations",
            })
        }
        None => {
            return Err(ImportError::MissingField {
                field: "annotations".into(),
            })
        }
    };
    for (i, ann) in anns.iter().enumerate() {
        let at = |f: &str| format!("annotations[{i}].{f}");
        let ann = object(Some(ann), &format!("annotations[{i}]"))?;
        for field in ["id", "text", "created", "updated"] {
            string(ann.get(field), &at(field))?;
        }
        offset(ann.get("start"), &at("start"))?;
        offset(ann.get("end"), &at("end"))?;
        match ann.get("tags") {
            Some(Value::Array(tags)) if tags.iter().all(Value::is_string) => {}
            Some(_) => {
                return Err(ImportError::WrongType {
                    field: at("tags"),
                    expected: "a list of tag names",
                })
            }
            None => return Err(ImportError::MissingField { field: at("tags") }),
        }
        if let Some(note) = ann.get("note") {
            string(Some(note), &at("note"))?;
        }
        match ann.get("speaker") {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(_) => {
                return Err(ImportError::WrongType {
                    field: at("speaker"),
                    expected: "a name or null",
                })
            }
        }
        match ann.get("origin").map(Value::as_str) {
            None | Some(Some("manual")) | Some(Some("suggested")) => {}
            Some(_) => {
                return Err(ImportError::WrongType {
                    field: at("origin"),
                    expected: "\"manual\" or \"suggested\"",
                })
            }
        }
    }
    Ok(())
}

/// `tags`, when present: a list of objects with text `name`, `label`,
/// `colour` and `glyph`, and an optional one-character `key`.
fn check_tags_shape(tags: Option<&Value>) -> Result<(), ImportError> {
    let tags = match tags {
        None => return Ok(()),
        Some(Value::Array(tags)) => tags,
        Some(_) => {
            return Err(ImportError::WrongType {
                field: "tags".into(),
                expected: "a list of custom tags",
            })
        }
    };
    for (i, def) in tags.iter().enumerate() {
        let def = object(Some(def), &format!("tags[{i}]"))?;
        for field in ["name", "label", "colour", "glyph"] {
            string(def.get(field), &format!("tags[{i}].{field}"))?;
        }
        match def.get("key") {
            None | Some(Value::Null) => {}
            Some(Value::String(k)) if k.chars().count() == 1 => {}
            Some(_) => {
                return Err(ImportError::WrongType {
                    field: format!("tags[{i}].key"),
                    expected: "a single lowercase letter or digit",
                })
            }
        }
    }
    Ok(())
}

fn object<'v>(
    value: Option<&'v Value>,
    field: &str,
) -> Result<&'v serde_json::Map<String, Value>, ImportError> {
    match value {
        Some(Value::Object(map)) => Ok(map),
        Some(_) => Err(ImportError::WrongType {
            field: field.to_string(),
            expected: "an object",
        }),
        None => Err(ImportError::MissingField {
            field: field.to_string(),
        }),
    }
}

fn string(value: Option<&Value>, field: &str) -> Result<(), ImportError> {
    match value {
        Some(Value::String(_)) => Ok(()),
        Some(_) => Err(ImportError::WrongType {
            field: field.to_string(),
            expected: "text (a JSON string)",
        }),
        None => Err(ImportError::MissingField {
            field: field.to_string(),
        }),
    }
}

/// A code point offset: a whole number that fits the page's 32-bit `usize`.
fn offset(value: Option<&Value>, field: &str) -> Result<(), ImportError> {
    let n = match value {
        Some(Value::Number(n)) => n,
        Some(_) => {
            return Err(ImportError::WrongType {
                field: field.to_string(),
                expected: "a whole number of characters",
            })
        }
        None => {
            return Err(ImportError::MissingField {
                field: field.to_string(),
            })
        }
    };
    if let Some(u) = n.as_u64() {
        return if u <= u64::from(u32::MAX) {
            Ok(())
        } else {
            Err(ImportError::NumberOutOfRange {
                field: field.to_string(),
            })
        };
    }
    // Integers beyond u64 arrive as floats; a large whole float is still a
    // number too large, anything else (negative, fractional) is the wrong kind.
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f > 0.0 => Err(ImportError::NumberOutOfRange {
            field: field.to_string(),
        }),
        _ => Err(ImportError::WrongType {
            field: field.to_string(),
            expected: "a whole number of characters",
        }),
    }
}
