//! Custom tags through the formats: the vocabulary travels in native JSON,
//! tag names found only on annotations are adopted the same way by native
//! and W3C import, and the exports name custom tags as they name built-ins.

mod formats_support;

use formats_support::*;
use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::{csv, markdown, native, w3c};
use marginalia::domain::tag::{Tag, PALETTE};
use marginalia::domain::vocabulary::TagFields;
use serde_json::Value;

const NOW: &str = "2026-04-01T00:00:00.000Z";

fn fields(label: &str, colour: &str, key: Option<char>) -> TagFields {
    TagFields::new(label, colour, key)
}

/// The news sample with a custom "Source" tag on one annotation.
fn with_source() -> AnnotatedDocument {
    let mut doc = news();
    doc.add_tag(None, &fields("Source?", "#be185d", Some('s')), &[], T0)
        .unwrap();
    tag(&mut doc, "unemployment rose", 0, "source", "a-source");
    doc
}

#[test]
fn the_vocabulary_round_trips_through_native_json() {
    let doc = with_source();
    let json = native::to_json(&doc);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["tags"],
        serde_json::json!([{
            "name": "source", "label": "Source?", "colour": "#be185d", "key": "s", "glyph": "S"
        }])
    );
    let (back, adoption) = native::read_json(&json).unwrap();
    assert_eq!(back, doc);
    assert!(adoption.is_empty());
}

#[test]
fn documents_without_custom_tags_are_written_as_before() {
    let v: Value = serde_json::from_str(&native::to_json(&news())).unwrap();
    assert!(v.get("tags").is_none(), "{v}");
}

/// A native file whose annotation uses a tag the file does not declare.
fn undeclared(tag_name: &str) -> String {
    let mut doc = AnnotatedDocument::from_text("The sky is green. Cats bark.", T0);
    tag(&mut doc, "The sky is green.", 0, tag_name, "a1");
    tag(&mut doc, "Cats bark.", 0, "claim", "a2");
    native::to_json(&doc)
}

#[test]
fn native_import_adopts_undeclared_tag_names_and_says_so() {
    let (doc, adoption) = native::read_json(&undeclared("economy")).unwrap();
    assert_eq!(adoption.added, ["economy"]);
    let def = doc.custom_tag("economy").unwrap();
    assert_eq!((def.label.as_str(), def.key), ("economy", None));
    assert!(PALETTE.contains(&def.colour.as_str()));
    assert_eq!(adoption.summary().unwrap(), "New tag added: economy.");
    // The adopted vocabulary is valid: exporting and reading back is exact.
    assert_eq!(native::from_json(&native::to_json(&doc)).unwrap(), doc);

    // A name that differs from a built-in only in case becomes the built-in.
    let (doc, adoption) = native::read_json(&undeclared("Warning")).unwrap();
    assert!(doc.tags.is_empty());
    assert_eq!(doc.annotations[0].tags, [Tag::new("warning")]);
    assert_eq!(
        adoption.renamed,
        [("Warning".to_string(), "warning".to_string())]
    );
}

#[test]
fn w3c_import_adopts_unknown_tag_values_the_same_way() {
    let source = {
        let mut d = AnnotatedDocument::from_text("The sky is green. Cats bark.", T0);
        tag(&mut d, "The sky is green.", 0, "economy", "a1");
        tag(&mut d, "Cats bark.", 0, "Claim", "a2");
        d
    };
    let onto = AnnotatedDocument::from_text(source.text(), T0);
    let report = w3c::import_onto(&onto, &w3c::to_w3c(&source), NOW).unwrap();
    assert_eq!(report.tags.added, ["economy"]);
    assert_eq!(
        report.tags.renamed,
        [("Claim".to_string(), "claim".to_string())]
    );
    let names: Vec<&str> = report
        .document
        .tags
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["economy"]);
    assert_eq!(report.document.annotations[1].tags, [Tag::new("claim")]);
    assert_eq!(
        report.summary(),
        "2 annotations placed. New tag added: economy. Tags matched to existing ones: Claim → claim."
    );
    // Native import of the same annotations reports the same.
    let (native_doc, adoption) = native::read_json(&native::to_json(&source)).unwrap();
    assert_eq!(adoption, report.tags);
    assert_eq!(native_doc.tags, report.document.tags);
}

#[test]
fn w3c_exports_custom_tags_as_tagging_bodies() {
    let doc = with_source();
    let v: Value = serde_json::from_str(&w3c::to_w3c(&doc)).unwrap();
    let item = v["first"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_str().unwrap().ends_with(":a-source"))
        .unwrap();
    assert_eq!(
        item["body"],
        serde_json::json!([{ "type": "TextualBody", "purpose": "tagging", "value": "source" }])
    );
    // Onto a document that already declares the tag, it is simply kept.
    let mut onto = AnnotatedDocument::from_text(doc.text(), T0);
    onto.add_tag(None, &fields("Source?", "#be185d", Some('s')), &[], T0)
        .unwrap();
    let report = w3c::import_onto(&onto, &w3c::to_w3c(&doc), NOW).unwrap();
    assert!(report.tags.is_empty());
    assert_eq!(report.document.tags, onto.tags);
}

#[test]
fn native_import_onto_brings_the_files_vocabulary() {
    let doc = with_source();
    // The open article has its own tag on key `s`: the file's tag comes
    // without its key rather than failing.
    let mut onto = AnnotatedDocument::from_text(doc.text(), T0);
    onto.add_tag(None, &fields("Sarcasm", "#15803d", Some('s')), &[], T0)
        .unwrap();
    let report = native::import_onto(&onto, &native::to_json(&doc), NOW).unwrap();
    let got: Vec<(&str, Option<char>, &str)> = report
        .document
        .tags
        .iter()
        .map(|t| (t.name.as_str(), t.key, t.colour.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("sarcasm", Some('s'), "#15803d"),
            ("source", None, "#be185d")
        ]
    );
    assert!(report.tags.is_empty(), "{:?}", report.tags);
    let a = report.document.annotation("a-source").unwrap();
    assert_eq!(a.tags, [Tag::new("source")]);
}

#[test]
fn markdown_lists_custom_tags_with_label_and_glyph() {
    let md = markdown::to_markdown(&with_source());
    assert!(
        md.contains("### Custom tags\n\n- S **Source?** (`source`): 1 annotation\n"),
        "{md}"
    );
    assert!(md.contains("_\\[5: source\\]_"), "{md}");
    // Without custom tags the report is as before.
    assert!(!markdown::to_markdown(&news()).contains("Custom tags"));
}

#[test]
fn csv_names_custom_tags_as_it_names_built_ins() {
    let out = csv::to_csv(&with_source());
    assert!(out.contains("a-source,source,unemployment rose,"), "{out}");
}

#[test]
fn hand_edited_colours_in_upper_case_are_read() {
    let doc = with_source();
    let json = native::to_json(&doc).replace("#be185d", "#BE185D");
    assert_eq!(native::from_json(&json).unwrap(), doc);
}
