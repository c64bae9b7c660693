//! W3C Web Annotation Data Model (<https://www.w3.org/TR/annotation-model/>)
//! in its JSON-LD serialisation: export of a document's annotations as an
//! `AnnotationCollection`, and import of annotations from any W3C-shaped
//! file, including the ones Hypothesis and Recogito write.
//!
//! Mapping (docs/formats.md has the field-by-field comparison):
//! - tags → `TextualBody` with `purpose: "tagging"`;
//! - note → `TextualBody` with `purpose: "commenting"`;
//! - speaker → `TextualBody` with `purpose: "identifying"`: the body names
//!   who the quoted words belong to, which is what "identifying" means in
//!   the W3C motivation vocabulary;
//! - a suggested annotation has `creator: {type: "Software", name: …}`;
//! - the span → a `TextQuoteSelector` (exact, prefix, suffix) and a
//!   `TextPositionSelector` (start, end in code points, as the spec counts).
//!
//! Import reads what it can and sets aside, with a reason, what is not an
//! annotation on text (image regions, whole pages, XPath-only selectors), so
//! one foreign annotation never fails a whole file.

use serde::Serialize;
use serde_json::{Map, Value};

use super::anchor::{Quote, Target};
use super::import::{place, AnnotationOutcome, ImportReport, Incoming, Outcome};
use super::native::{parse_json, text_of, ImportError};
use crate::domain::annotation::{Annotation, Origin};
use crate::domain::document::AnnotatedDocument;
use crate::domain::tag::Tag;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The `creator.name` marking annotations that came from accepted suggestions.
pub const SUGGESTER: &str = "marginalia suggestions";

const URN_PREFIX: &str = "urn:marginalia:";

/// Context kept from a foreign quote's prefix and suffix, in code points.
const MAX_CONTEXT_CHARS: usize = 256;

/// The IRI the annotations' targets name as their `source`.
pub fn source_iri(doc: &AnnotatedDocument) -> String {
    format!("{URN_PREFIX}{}", doc.document.id)
}

/// The document's annotations as a pretty-printed `AnnotationCollection`
/// whose first (and only) `AnnotationPage` embeds every annotation.
pub fn to_w3c(doc: &AnnotatedDocument) -> String {
    serde_json::to_string_pretty(&collection(doc)).expect("a collection always serialises")
}

// The export is built from structs rather than `json!` so that fields come
// out in the order the spec's examples use (`id`, `type` first), which
// serde_json's sorted maps would not keep.

#[derive(Serialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: String,
    total: usize,
    first: Page,
}

#[derive(Serialize)]
struct Page {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<W3cAnnotation>,
}

#[derive(Serialize)]
struct W3cAnnotation {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Software>,
    created: String,
    modified: String,
    body: Vec<Body>,
    target: W3cTarget,
}

#[derive(Serialize)]
struct Software {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
}

#[derive(Serialize)]
struct W3cTarget {
    source: String,
    selector: (QuoteSelector, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

fn collection(doc: &AnnotatedDocument) -> Collection {
    let source = source_iri(doc);
    let items: Vec<W3cAnnotation> = doc
        .annotations
        .iter()
        .map(|a| annotation(doc, &source, a))
        .collect();
    Collection {
        context: CONTEXT,
        id: format!("{source}:annotations"),
        kind: "AnnotationCollection",
        label: doc.document.title.clone(),
        total: items.len(),
        first: Page {
            id: format!("{source}:annotations:page1"),
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    }
}

fn textual(purpose: &'static str, value: &str, format: Option<&'static str>) -> Body {
    Body {
        kind: "TextualBody",
        purpose,
        value: value.to_string(),
        format,
    }
}

fn annotation(doc: &AnnotatedDocument, source: &str, a: &Annotation) -> W3cAnnotation {
    let mut body: Vec<Body> = a
        .tags
        .iter()
        .map(|t| textual("tagging", t.as_str(), None))
        .collect();
    if !a.note.is_empty() {
        body.push(textual("commenting", &a.note, Some("text/plain")));
    }
    if let Some(speaker) = &a.speaker {
        body.push(textual("identifying", speaker, Some("text/plain")));
    }
    let quote = Quote::around(doc.text(), doc.offsets(), a.start, a.end);
    W3cAnnotation {
        id: format!("{source}:{}", encode_id(&a.id)),
        kind: "Annotation",
        creator: (a.origin == Origin::Suggested).then_some(Software {
            kind: "Software",
            name: SUGGESTER,
        }),
        created: a.created.clone(),
        modified: a.updated.clone(),
        body,
        target: W3cTarget {
            source: source.to_string(),
            selector: (
                QuoteSelector {
                    kind: "TextQuoteSelector",
                    exact: quote.exact,
                    prefix: quote.prefix,
                    suffix: quote.suffix,
                },
                PositionSelector {
                    kind: "TextPositionSelector",
                    start: a.start,
                    end: a.end,
                },
            ),
        },
    }
}

/// Our ids may hold any character; an IRI may not. Everything outside the
/// unreserved set is percent-encoded, so `:` never appears in the encoded id
/// and the last `:` of an exported IRI always starts it.
fn encode_id(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode_id(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Our own annotation ids come back from our IRIs; foreign ids are kept whole.
fn local_id(iri: &str) -> String {
    iri.strip_prefix(URN_PREFIX)
        .and_then(|rest| rest.rsplit_once(':'))
        .filter(|(doc, _)| !doc.contains(':'))
        .and_then(|(_, enc)| decode_id(enc))
        .unwrap_or_else(|| iri.to_string())
}

/// Annotations read from a W3C file, before they are placed on any text:
/// in file order, each either read or set aside with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub items: Vec<Result<Incoming, AnnotationOutcome>>,
}

impl Parsed {
    /// The annotations that were read.
    pub fn incoming(&self) -> impl Iterator<Item = &Incoming> {
        self.items.iter().filter_map(|i| i.as_ref().ok())
    }

    /// The annotations set aside, each with an [`Outcome::Skipped`] reason.
    pub fn skipped(&self) -> impl Iterator<Item = &AnnotationOutcome> {
        self.items.iter().filter_map(|i| i.as_ref().err())
    }
}

/// Reads raw bytes as [`parse`] does, refusing non-UTF-8 input first.
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ImportError> {
    parse(text_of(bytes)?)
}

/// Reads annotations from a W3C file: a single annotation, a list of them,
/// an `AnnotationCollection` (with `first.items` or `items`), an
/// `AnnotationPage`, or a Hypothesis API search result (`rows`). Fails only
/// when the file as a whole is unreadable or holds no annotations.
pub fn parse(json: &str) -> Result<Parsed, ImportError> {
    let value = parse_json(json)?;
    let items = annotation_list(&value)?;
    let mut parsed = Parsed::default();
    for (i, item) in items.iter().enumerate() {
        let fallback = format!("annotation {}", i + 1);
        parsed.items.push(read_annotation(item).map_err(|reason| {
            AnnotationOutcome {
                source_id: item
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or(fallback, str::to_string),
                quote: None,
                outcome: Outcome::Skipped(reason),
            }
        }));
    }
    if let Some(missing) = later_pages(&value, items.len()) {
        parsed.items.push(Err(missing));
    }
    Ok(parsed)
}

/// A collection whose later pages are only linked: importing the first page
/// silently would lose the rest, so the report says so.
fn later_pages(value: &Value, read: usize) -> Option<AnnotationOutcome> {
    if !has_type(value, "AnnotationCollection") {
        return None;
    }
    let total = value.get("total").and_then(Value::as_u64);
    let next = value.get("first").and_then(|f| f.get("next"));
    let unread = total.map_or(0, |t| t.saturating_sub(read as u64));
    if unread == 0 && next.is_none() {
        return None;
    }
    let count = if unread > 0 {
        format!("{unread} annotation{}", if unread == 1 { "" } else { "s" })
    } else {
        "more annotations".to_string()
    };
    Some(AnnotationOutcome {
        source_id: "(later pages of the collection)".into(),
        quote: None,
        outcome: Outcome::Skipped(format!(
            "{count} on pages this file only links to were not read"
        )),
    })
}

/// Reads a W3C file and places its annotations on a copy of `onto`.
pub fn import_onto(
    onto: &AnnotatedDocument,
    json: &str,
    now: &str,
) -> Result<ImportReport, ImportError> {
    let parsed = parse(json)?;
    Ok(place(onto, parsed.items, now))
}

fn has_type(v: &Value, wanted: &str) -> bool {
    match v.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

fn annotation_list(value: &Value) -> Result<Vec<&Value>, ImportError> {
    match value {
        Value::Array(items) => Ok(items.iter().collect()),
        Value::Object(map) => {
            if has_type(value, "AnnotationCollection") {
                let page_items = map
                    .get("first")
                    .and_then(|f| f.get("items"))
                    .or_else(|| map.get("items"));
                return match page_items {
                    Some(Value::Array(items)) => Ok(items.iter().collect()),
                    Some(_) => Err(ImportError::WrongType {
                        field: "first.items".into(),
                        expected: "a list of annotations",
                    }),
                    None if map.get("first").is_some_and(Value::is_string) => {
                        Err(ImportError::NotAnnotations(
                            "the collection links to its pages instead of including them; \
                             save the page itself and import that"
                                .into(),
                        ))
                    }
                    None if map.get("total").and_then(Value::as_u64) == Some(0) => Ok(Vec::new()),
                    None => Err(ImportError::NotAnnotations(
                        "the collection has no `first` page with `items`".into(),
                    )),
                };
            }
            if let Some(Value::Array(items)) = map
                .get("items")
                .filter(|_| has_type(value, "AnnotationPage") || !map.contains_key("target"))
            {
                return Ok(items.iter().collect());
            }
            // Hypothesis' search API wraps its annotations in `rows`.
            if let Some(Value::Array(rows)) = map.get("rows") {
                return Ok(rows.iter().collect());
            }
            if has_type(value, "Annotation") || map.contains_key("target") {
                return Ok(vec![value]);
            }
            Err(ImportError::NotAnnotations(
                "expected an Annotation, a list of annotations or an AnnotationCollection".into(),
            ))
        }
        _ => Err(ImportError::NotAnnotations(
            "expected an Annotation, a list of annotations or an AnnotationCollection".into(),
        )),
    }
}

/// One annotation, or the reason it is set aside.
fn read_annotation(item: &Value) -> Result<Incoming, String> {
    let Value::Object(map) = item else {
        return Err("it is not an annotation object".into());
    };
    let target = read_target(map.get("target").ok_or("it has no target")?)?;
    let mut incoming = Incoming {
        id: map
            .get("id")
            .and_then(Value::as_str)
            .map(local_id)
            .unwrap_or_default(),
        tags: Vec::new(),
        note: String::new(),
        speaker: None,
        origin: Origin::Manual,
        created: string_field(map, "created"),
        updated: string_field(map, "modified").or_else(|| string_field(map, "updated")),
        target,
    };
    if let Some(body) = map.get("body") {
        read_bodies(body, &mut incoming);
    }
    if let Some(Value::String(v)) = map.get("bodyValue") {
        add_note(&mut incoming.note, v);
    }
    // Hypothesis API rows: the note in `text`, tags in `tags`.
    if let Some(Value::String(text)) = map.get("text") {
        add_note(&mut incoming.note, text);
    }
    if let Some(Value::Array(tags)) = map.get("tags") {
        for t in tags.iter().filter_map(Value::as_str) {
            add_tag(&mut incoming.tags, t);
        }
    }
    if map.get("creator").is_some_and(|c| {
        has_type(c, "Software") && c.get("name").and_then(Value::as_str) == Some(SUGGESTER)
    }) {
        incoming.origin = Origin::Suggested;
    }
    if incoming.tags.is_empty() && incoming.note.trim().is_empty() && incoming.speaker.is_none() {
        // The document model keeps no annotation without a tag or a note
        // (a bare highlight), so importing one would only vanish later.
        return Err("it has no tag, note or speaker to keep (a bare highlight)".into());
    }
    Ok(incoming)
}

fn string_field(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The first target that selects text. Annotations with several text
/// targets are rare; the rest are ignored rather than duplicated.
fn read_target(target: &Value) -> Result<Target, String> {
    let targets: Vec<&Value> = match target {
        Value::Array(ts) => ts.iter().collect(),
        other => vec![other],
    };
    let mut first_reason = None;
    for t in targets {
        match read_one_target(t) {
            Ok(target) => return Ok(target),
            Err(reason) => {
                first_reason.get_or_insert(reason);
            }
        }
    }
    Err(first_reason.unwrap_or_else(|| "its target list is empty".into()))
}

fn read_one_target(target: &Value) -> Result<Target, String> {
    let map = match target {
        Value::String(iri) => {
            return Err(format!(
                "it targets the whole resource {iri}, not a passage of text"
            ))
        }
        Value::Object(map) => map,
        _ => return Err("its target is neither a link nor an object".into()),
    };
    for kind in [
        "Image",
        "Video",
        "Sound",
        "Audio",
        "Dataset",
        "Composite",
        "List",
        "Independents",
    ] {
        if has_type(target, kind) {
            return Err(format!("its target is of type {kind}, not text"));
        }
    }
    let selectors: Vec<&Value> = match map.get("selector") {
        None => {
            let what = map
                .get("source")
                .or_else(|| map.get("id"))
                .and_then(Value::as_str)
                .unwrap_or("(unnamed)");
            return Err(format!(
                "it targets the whole resource {what}, not a passage of text"
            ));
        }
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
    };
    let mut out = Target::default();
    let mut kinds = Vec::new();
    for sel in selectors {
        collect_selector(sel, false, &mut out, &mut kinds)?;
    }
    if out.position.is_some() {
        // An absolute position, when there is one, wins over relative ones.
        out.relative_position = false;
    }
    if out.quote.is_none() && out.position.is_none() && !out.relative_position {
        kinds.dedup();
        return Err(if kinds.is_empty() {
            "its selector is a link to a selector, not one in the file".into()
        } else {
            format!("its selector ({}) does not select text", kinds.join(", "))
        });
    }
    Ok(out)
}

/// Walks a selector and its `refinedBy` chain, keeping the first quote and
/// the first absolute position. A position inside a refinement counts from
/// the start of whatever its parent selected (an element, a fragment), so it
/// is only marked as relative; a quote means the same wherever it sits.
fn collect_selector(
    sel: &Value,
    refined: bool,
    out: &mut Target,
    kinds: &mut Vec<String>,
) -> Result<(), String> {
    let Value::Object(map) = sel else {
        return Ok(());
    };
    let kind = map
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("untyped selector");
    match kind {
        "TextQuoteSelector" => {
            let exact = map
                .get("exact")
                .and_then(Value::as_str)
                .ok_or("its TextQuoteSelector has no `exact` text")?;
            let context = |k: &str| map.get(k).and_then(Value::as_str).unwrap_or("");
            if out.quote.is_none() && !exact.is_empty() {
                // Only the context next to the quote matters, and a
                // megabyte-long prefix would make every comparison slow.
                let prefix = context("prefix");
                let keep = prefix.chars().count().saturating_sub(MAX_CONTEXT_CHARS);
                out.quote = Some(Quote {
                    exact: exact.to_string(),
                    prefix: prefix.chars().skip(keep).collect(),
                    suffix: context("suffix").chars().take(MAX_CONTEXT_CHARS).collect(),
                });
            }
        }
        "TextPositionSelector" => {
            let num = |k: &str| {
                map.get(k)
                    .and_then(Value::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
            };
            let (Some(start), Some(end)) = (num("start"), num("end")) else {
                return Err(
                    "its TextPositionSelector's start and end are not whole numbers".into(),
                );
            };
            if refined {
                out.relative_position = true;
            } else if out.position.is_none() {
                out.position = Some((start, end));
            }
        }
        other => kinds.push(other.to_string()),
    }
    if let Some(next) = map.get("refinedBy") {
        let nexts: Vec<&Value> = match next {
            Value::Array(list) => list.iter().collect(),
            one => vec![one],
        };
        for n in nexts {
            collect_selector(n, true, out, kinds)?;
        }
    }
    Ok(())
}

fn read_bodies(body: &Value, inc: &mut Incoming) {
    match body {
        Value::Array(list) => list.iter().for_each(|b| read_body(b, inc)),
        one => read_body(one, inc),
    }
}

fn read_body(body: &Value, inc: &mut Incoming) {
    let map = match body {
        // A body that is only a link: keep the link so nothing is lost.
        Value::String(iri) => {
            add_note(&mut inc.note, &format!("See {iri}"));
            return;
        }
        Value::Object(map) => map,
        _ => return,
    };
    if has_type(body, "Choice") {
        // The spec makes the first item the default choice.
        if let Some(first) = map
            .get("items")
            .and_then(Value::as_array)
            .and_then(|i| i.first())
        {
            read_body(first, inc);
        }
        return;
    }
    let purpose = map.get("purpose").and_then(Value::as_str).unwrap_or("");
    let value = map
        .get("value")
        .or_else(|| map.get("chars"))
        .and_then(Value::as_str);
    let Some(value) = value else {
        // SpecificResource or external body: keep its link.
        let link = map
            .get("source")
            .and_then(|s| s.as_str().or_else(|| s.get("id").and_then(Value::as_str)))
            .or_else(|| map.get("id").and_then(Value::as_str));
        if let Some(link) = link {
            let label = if purpose.is_empty() { "See" } else { purpose };
            add_note(&mut inc.note, &format!("{label}: {link}"));
        }
        return;
    };
    match purpose {
        "tagging" | "classifying" => add_tag(&mut inc.tags, value),
        "identifying" if inc.speaker.is_none() && !value.trim().is_empty() => {
            inc.speaker = Some(value.trim().to_string())
        }
        "highlighting" => {}
        _ => add_note(&mut inc.note, value),
    }
}

fn add_tag(tags: &mut Vec<Tag>, name: &str) {
    let name = name.trim();
    if !name.is_empty() && !tags.iter().any(|t| t.as_str() == name) {
        tags.push(Tag::new(name));
    }
}

/// Several commenting bodies become one note, a blank line apart.
fn add_note(note: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !note.is_empty() {
        note.push_str("\n\n");
    }
    note.push_str(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_survive_the_iri_round_trip() {
        for id in ["a1", "weird id:with/colons%and é", ""] {
            let iri = format!("{URN_PREFIX}doc-1:{}", encode_id(id));
            assert_eq!(local_id(&iri), id);
        }
        assert_eq!(
            local_id("http://example.org/anno26"),
            "http://example.org/anno26"
        );
    }
}
