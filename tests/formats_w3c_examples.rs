//! Foreign W3C files: the spec's own 41 examples (read from
//! ../shared/interop, skipped with a message when that folder is absent),
//! and the shapes Hypothesis and Recogito write, each checked field by
//! field against what lands in the document.

mod formats_support;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;

use marginalia::domain::annotation::Origin;
use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::anchor::{Method, OrphanReason};
use marginalia::domain::format::import::Outcome;
use marginalia::domain::format::w3c;
use marginalia::domain::tag::Tag;

const NOW: &str = "2026-04-01T00:00:00.000Z";

fn examples() -> Option<String> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/interop/w3c-model-examples.json");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("skipping: {} is not readable ({e})", path.display());
            None
        }
    }
}

/// An article holding the passages the text-selector examples quote, long
/// enough for anno27's 412..795.
fn article() -> AnnotatedDocument {
    let mut text = String::from(
        "Preface. And this is an anotation that has some typos. \
         Here is the text before the Selected Text and text after it.\n\n",
    );
    while text.chars().count() < 900 {
        text.push_str("Filler sentence number so the positions of the ebook example exist. ");
    }
    AnnotatedDocument::from_text(&text, NOW)
}

#[test]
fn the_four_text_selector_examples_import_and_the_rest_are_skipped_with_reasons() {
    let Some(json) = examples() else { return };
    let parsed = w3c::parse(&json).unwrap();
    let ids: Vec<&str> = parsed.incoming().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "http://example.org/anno26",
            "http://example.org/anno27",
            "http://example.org/anno32",
            "http://example.org/anno41"
        ]
    );
    assert_eq!(parsed.skipped().count(), 37);
    for s in parsed.skipped() {
        let Outcome::Skipped(reason) = &s.outcome else {
            panic!("{s:?}")
        };
        assert!(reason.len() > 10, "{}: {reason:?}", s.source_id);
    }
    let reason = |id: &str| -> String {
        let s = parsed
            .skipped()
            .find(|s| s.source_id == format!("http://example.org/{id}"))
            .unwrap();
        match &s.outcome {
            Outcome::Skipped(r) => r.clone(),
            other => panic!("{other:?}"),
        }
    };
    assert!(reason("anno1").contains("whole resource http://example.com/page1"));
    assert!(reason("anno4").contains("type Image"));
    assert!(reason("anno24").contains("CssSelector"));
    assert!(reason("anno28").contains("DataPositionSelector"));
    assert!(reason("anno31").contains("RangeSelector"));
    assert!(reason("anno39").contains("link to a selector"));
}

#[test]
fn the_spec_examples_land_on_an_article_that_has_their_text() {
    let Some(json) = examples() else { return };
    let doc = article();
    let report = w3c::import_onto(&doc, &json, NOW).unwrap();
    assert_eq!(report.outcomes.len(), 41);
    assert_eq!(report.skipped(), 37);
    // Outcomes follow the file, so the page can list them as the file reads.
    assert_eq!(report.outcomes[25].source_id, "http://example.org/anno26");
    let outcome = |id: &str| {
        &report
            .outcomes
            .iter()
            .find(|o| o.source_id == format!("http://example.org/{id}"))
            .unwrap()
            .outcome
    };
    let landed = |id: &str| {
        report
            .document
            .annotation(&format!("http://example.org/{id}"))
            .unwrap()
    };

    assert!(matches!(
        outcome("anno26"),
        Outcome::Anchored {
            method: Method::UniqueQuote,
            ..
        }
    ));
    assert_eq!(landed("anno26").text, "anotation");
    assert_eq!(landed("anno26").note, "See http://example.org/comment1");

    assert!(matches!(
        outcome("anno27"),
        Outcome::Anchored {
            method: Method::PositionOnly,
            ..
        }
    ));
    assert_eq!((landed("anno27").start, landed("anno27").end), (412, 795));
    assert_eq!(landed("anno27").note, "See http://example.org/review1");

    assert!(matches!(
        outcome("anno32"),
        Outcome::Anchored {
            method: Method::UniqueQuote,
            ..
        }
    ));
    assert_eq!(landed("anno32").text, "Selected Text");

    // anno41's 6..27 counts from an XML element (its xpointer), which a
    // plain text does not have: reported, not guessed.
    assert_eq!(
        outcome("anno41"),
        &Outcome::Orphan(OrphanReason::RelativePositionOnly)
    );
    let anno41 = report
        .unplaced
        .iter()
        .find(|i| i.id.ends_with("anno41"))
        .unwrap();
    assert_eq!(anno41.tags, [Tag::new("love")]);
    assert!(anno41
        .note
        .starts_with("I really love this particular bit of text"));
    assert_eq!(anno41.created.as_deref(), Some("2015-10-13T13:00:00Z"));
}

#[test]
fn the_spec_examples_onto_an_unrelated_article_orphan_rather_than_land() {
    let Some(json) = examples() else { return };
    let doc = AnnotatedDocument::from_text("A short unrelated article.", NOW);
    let report = w3c::import_onto(&doc, &json, NOW).unwrap();
    assert_eq!(report.anchored(), 0);
    assert_eq!(report.orphans(), 4);
    assert_eq!(report.document, doc);
    assert_eq!(
        report.summary(),
        "0 annotations placed, 4 orphaned, 37 skipped."
    );
}

// --- Hypothesis ------------------------------------------------------------

/// "Hypothesis reports 😀 numbers" — the emoji makes UTF-16 positions differ
/// from code point ones by one after it.
const HYP_TEXT: &str =
    "Title 😀 here.\n\nThe committee found that costs doubled since 2019. Costs doubled again.";

/// The shape of h's `AnnotationJSONLDPresenter` (hypothesis/h,
/// h/presenters/annotation_jsonld.py): a markdown TextualBody without
/// purpose, tagging bodies, `target` a list, selectors remapped (a
/// same-element RangeSelector becomes XPathSelector refinedBy
/// TextPositionSelector), positions in UTF-16 units.
const HYP_JSONLD: &str = r#"{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "Annotation",
  "id": "https://hypothes.is/a/AbC123xyz",
  "created": "2024-05-01T12:00:00.000000+00:00",
  "modified": "2024-05-02T08:30:00.000000+00:00",
  "creator": "acct:reader@hypothes.is",
  "body": [
    {"type": "TextualBody", "value": "Source? **Needs a citation.**", "format": "text/markdown"},
    {"type": "TextualBody", "value": "claim", "purpose": "tagging"},
    {"type": "TextualBody", "value": "economy", "purpose": "tagging"}
  ],
  "target": [{
    "source": "https://example.com/article",
    "selector": [
      {"type": "XPathSelector", "value": "/main[1]/p[2]",
       "refinedBy": {"type": "TextPositionSelector", "start": 24, "end": 47}},
      {"type": "TextPositionSelector", "start": 41, "end": 65},
      {"type": "TextQuoteSelector", "exact": "costs doubled since 2019",
       "prefix": "The committee found that ", "suffix": ". Costs doubled again."}
    ]
  }]
}"#;

/// A row of h's search API (`GET /api/search`), the JSON its export tools
/// save: note in `text`, `tags`, the client's own RangeSelector.
const HYP_API: &str = r#"{"total": 2, "rows": [
  {
    "id": "XyZ987", "created": "2024-05-03T09:00:00.000000+00:00",
    "updated": "2024-05-03T09:05:00.000000+00:00", "user": "acct:reader@hypothes.is",
    "uri": "https://example.com/article", "text": "Repeated on purpose?", "tags": ["warning"],
    "group": "__world__", "permissions": {"read": ["group:__world__"]},
    "target": [{"source": "https://example.com/article", "selector": [
      {"type": "RangeSelector", "startContainer": "/main[1]/p[2]", "startOffset": 50,
       "endContainer": "/main[1]/p[2]", "endOffset": 70},
      {"type": "TextPositionSelector", "start": 67, "end": 87},
      {"type": "TextQuoteSelector", "exact": "Costs doubled again.", "prefix": "doubled since 2019. ", "suffix": ""}
    ]}],
    "document": {"title": ["Article"]}, "links": {"html": "https://hypothes.is/a/XyZ987"}
  },
  {
    "id": "Hl1", "created": "2024-05-03T09:10:00.000000+00:00", "updated": "2024-05-03T09:10:00.000000+00:00",
    "text": "", "tags": [], "uri": "https://example.com/article",
    "target": [{"source": "https://example.com/article", "selector": [
      {"type": "TextQuoteSelector", "exact": "committee", "prefix": "The ", "suffix": " found"}
    ]}]
  }
]}"#;

#[test]
fn hypothesis_jsonld_lands_by_its_utf16_position() {
    let doc = AnnotatedDocument::from_text(HYP_TEXT, NOW);
    let report = w3c::import_onto(&doc, HYP_JSONLD, NOW).unwrap();
    assert!(
        matches!(
            report.outcomes[0].outcome,
            Outcome::Anchored {
                method: Method::Utf16Position,
                ..
            }
        ),
        "{:?}",
        report.outcomes
    );
    let a = report
        .document
        .annotation("https://hypothes.is/a/AbC123xyz")
        .unwrap();
    assert_eq!(a.text, "costs doubled since 2019");
    assert_eq!((a.start, a.end), (40, 64));
    assert_eq!(a.tags, [Tag::new("claim"), Tag::new("economy")]);
    assert_eq!(a.note, "Source? **Needs a citation.**");
    assert_eq!(a.created, "2024-05-01T12:00:00.000000+00:00");
    assert_eq!(a.updated, "2024-05-02T08:30:00.000000+00:00");
    assert_eq!(a.origin, Origin::Manual);
}

#[test]
fn hypothesis_api_rows_import_and_bare_highlights_are_skipped() {
    let doc = AnnotatedDocument::from_text(HYP_TEXT, NOW);
    let report = w3c::import_onto(&doc, HYP_API, NOW).unwrap();
    assert!(matches!(
        report.outcomes[0].outcome,
        Outcome::Anchored {
            method: Method::Utf16Position,
            ..
        }
    ));
    let a = report.document.annotation("XyZ987").unwrap();
    assert_eq!(a.text, "Costs doubled again.");
    assert_eq!(a.tags, [Tag::new("warning")]);
    assert_eq!(a.note, "Repeated on purpose?");
    assert_eq!(a.updated, "2024-05-03T09:05:00.000000+00:00");
    let skipped = report
        .outcomes
        .iter()
        .find(|o| o.source_id == "Hl1")
        .unwrap();
    assert!(matches!(&skipped.outcome, Outcome::Skipped(r) if r.contains("bare highlight")));
}

#[test]
fn an_edited_page_moves_hypothesis_annotations_by_quote() {
    let edited = HYP_TEXT.replace("Title 😀 here.", "A much longer title 😀😀 here, edited.");
    let doc = AnnotatedDocument::from_text(&edited, NOW);
    let report = w3c::import_onto(&doc, HYP_JSONLD, NOW).unwrap();
    assert!(matches!(
        report.outcomes[0].outcome,
        Outcome::Anchored {
            method: Method::UniqueQuote,
            ..
        }
    ));
    let a = &report.document.annotations[0];
    assert_eq!(doc.slice(a.start, a.end), Some("costs doubled since 2019"));
}

// --- Recogito --------------------------------------------------------------

const RECOGITO_TEXT: &str = "Sing, O goddess, the anger of Achilles son of Peleus, that brought countless ills upon the Achaeans. Many a brave soul did it send hurrying down to Hades, and many a hero did it yield a prey to dogs and vultures, for so were the counsels of Zeus fulfilled from the day on which the son of Atreus, king of men, and great Achilles, first fell out with one another. And which of the gods was it that set them on to quarrel? It was the son of Jove and Leto; for he was angry with the king and sent a pestilence upon the host to plague the people, because the son of Atreus had dishonoured Chryses his priest. Now Chryses had come to the ships of the Achaeans to free his daughter, and had brought with him a great ransom: moreover he bore in his hand the sceptre of Apollo wreathed with a suppliant's wreath and he besought the Achaeans, but most of all the two sons of Atreus, who were their chiefs. Troy.";

/// RecogitoJS / @recogito/text-annotator's W3C output: a list of
/// annotations, `target.selector` a list of TextQuoteSelector (exact only)
/// and TextPositionSelector, bodies with `purpose` and their own
/// creator/created, no `source` in older RecogitoJS versions.
const RECOGITO_JS: &str = r##"[
  {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "#c2b0a1f4-5e1d-4a6b-9b59-7d0d5a1a2b3c",
    "type": "Annotation",
    "body": [
      {"type": "TextualBody", "value": "Who is speaking here?", "purpose": "commenting",
       "creator": {"id": "https://example.org/user/1", "name": "Reader"}, "created": "2023-01-01T00:00:00Z"},
      {"type": "TextualBody", "value": "quote", "purpose": "tagging"}
    ],
    "target": {"selector": [
      {"type": "TextQuoteSelector", "exact": "Sing, O goddess, the anger of Achilles"},
      {"type": "TextPositionSelector", "start": 0, "end": 38}
    ]}
  },
  {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "#9f1e",
    "type": "Annotation",
    "body": [{"type": "TextualBody", "value": "Homer", "purpose": "identifying"},
             {"type": "TextualBody", "value": "quote", "purpose": "tagging"}],
    "target": {"selector": [
      {"type": "TextQuoteSelector", "exact": "son of Atreus"},
      {"type": "TextPositionSelector", "start": 5, "end": 18}
    ]}
  }
]"##;

/// Recogito (the platform)'s W3C export of a text document: entity bodies
/// with `classifying` and a SpecificResource `identifying` link to a
/// gazetteer, a `generator`, `target.source` naming the document part.
const RECOGITO_PLATFORM: &str = r#"{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "https://recogito.pelagios.org/annotation/5b8c2e33",
  "type": "Annotation",
  "generator": {"id": "https://recogito.pelagios.org/", "type": "Software", "name": "Recogito"},
  "generated": "2022-06-01T10:00:00+00:00",
  "body": [
    {"type": "TextualBody", "purpose": "classifying", "value": "PLACE"},
    {"type": "SpecificResource", "purpose": "identifying", "source": "http://sws.geonames.org/8521515"}
  ],
  "target": {
    "source": "https://recogito.pelagios.org/document/abc/part/1",
    "selector": [
      {"type": "TextQuoteSelector", "exact": "Troy"},
      {"type": "TextPositionSelector", "start": 897, "end": 901}
    ]
  }
}"#;

#[test]
fn recogito_js_annotations_import_with_comment_tag_and_speaker() {
    let doc = AnnotatedDocument::from_text(RECOGITO_TEXT, NOW);
    let report = w3c::import_onto(&doc, RECOGITO_JS, NOW).unwrap();
    let first = report
        .document
        .annotation("#c2b0a1f4-5e1d-4a6b-9b59-7d0d5a1a2b3c")
        .unwrap();
    assert_eq!(first.text, "Sing, O goddess, the anger of Achilles");
    assert_eq!(first.note, "Who is speaking here?");
    assert_eq!(first.tags, [Tag::new("quote")]);
    // The second one's position is wrong and "son of Atreus" occurs twice
    // with no context to choose: flagged, never guessed.
    let second = report
        .outcomes
        .iter()
        .find(|o| o.source_id == "#9f1e")
        .unwrap();
    assert_eq!(
        second.outcome,
        Outcome::Ambiguous {
            candidates: vec![(282, 295), (555, 568)],
            total: 2
        }
    );
    assert_eq!(report.unplaced[0].speaker.as_deref(), Some("Homer"));
}

#[test]
fn recogito_platform_export_keeps_entity_type_and_link() {
    let doc = AnnotatedDocument::from_text(RECOGITO_TEXT, NOW);
    let report = w3c::import_onto(&doc, RECOGITO_PLATFORM, NOW).unwrap();
    assert!(matches!(
        report.outcomes[0].outcome,
        Outcome::Anchored {
            method: Method::Position,
            ..
        }
    ));
    let a = &report.document.annotations[0];
    assert_eq!(a.text, "Troy");
    assert_eq!(a.tags, [Tag::new("PLACE")]);
    assert_eq!(a.note, "identifying: http://sws.geonames.org/8521515");
    // The generator is Recogito, not our suggester: a person made it.
    assert_eq!(a.origin, Origin::Manual);
    // No `created` in the file: the import time stands in.
    assert_eq!(a.created, NOW);
}

// --- Our export against the spec's and the tools' shapes ---------------------

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

/// Every object in `v` (recursively) with `"type": kind`.
fn all_of_type<'v>(v: &'v Value, kind: &str, out: &mut Vec<&'v Value>) {
    match v {
        Value::Object(m) => {
            if m.get("type").and_then(Value::as_str) == Some(kind) {
                out.push(v);
            }
            m.values().for_each(|c| all_of_type(c, kind, out));
        }
        Value::Array(a) => a.iter().for_each(|c| all_of_type(c, kind, out)),
        _ => {}
    }
}

fn of_type<'v>(v: &'v Value, kind: &str) -> Vec<&'v Value> {
    let mut out = Vec::new();
    all_of_type(v, kind, &mut out);
    out
}

/// The union of keys the reference uses on objects of `kind`.
fn reference_keys(reference: &Value, kind: &str) -> BTreeSet<String> {
    of_type(reference, kind)
        .into_iter()
        .flat_map(keys)
        .collect()
}

#[test]
fn our_export_uses_only_fields_the_spec_examples_use() {
    let Some(json) = examples() else { return };
    let spec: Value = serde_json::from_str(&json).unwrap();
    // Every sample document's export, so that optional fields (a speaker,
    // a suggested annotation's creator) all appear somewhere.
    let ours = Value::Array(
        formats_support::all()
            .iter()
            .map(|(_, d)| serde_json::from_str(&w3c::to_w3c(d)).unwrap())
            .collect(),
    );

    // Selectors: exactly the spec's fields (anno26, anno27).
    for kind in ["TextQuoteSelector", "TextPositionSelector"] {
        let spec_keys = reference_keys(&spec, kind);
        for sel in of_type(&ours, kind) {
            assert_eq!(keys(sel), spec_keys, "{kind}");
        }
    }
    // Bodies, annotations, the collection and its page: a subset of what
    // the spec's examples use for the same type.
    for kind in [
        "TextualBody",
        "Annotation",
        "AnnotationCollection",
        "AnnotationPage",
        "Software",
    ] {
        let spec_keys = reference_keys(&spec, kind);
        let ours_of_kind = of_type(&ours, kind);
        assert!(!ours_of_kind.is_empty(), "{kind} missing from our export");
        for obj in ours_of_kind {
            let extra: Vec<_> = keys(obj).difference(&spec_keys).cloned().collect();
            // `target` objects have no type in the spec, so `source` and
            // `selector` are checked through the selectors above.
            assert!(
                extra.is_empty(),
                "{kind} has fields the spec does not show: {extra:?}"
            );
        }
    }
    // Purposes are from the spec's motivation vocabulary.
    for body in of_type(&ours, "TextualBody") {
        let p = body["purpose"].as_str().unwrap();
        assert!(["tagging", "commenting", "identifying"].contains(&p));
    }
}

#[test]
fn our_selectors_carry_every_field_hypothesis_and_recogito_write() {
    let ours: Value = serde_json::from_str(&w3c::to_w3c(&formats_support::news())).unwrap();
    let hyp: Value = serde_json::from_str(HYP_JSONLD).unwrap();
    let rec: Value = serde_json::from_str(RECOGITO_JS).unwrap();
    for kind in ["TextQuoteSelector", "TextPositionSelector"] {
        let ours_keys = reference_keys(&ours, kind);
        for tool in [&hyp, &rec] {
            let theirs = reference_keys(tool, kind);
            assert!(
                theirs.is_subset(&ours_keys),
                "{kind}: {theirs:?} vs {ours_keys:?}"
            );
        }
    }
    // Both read `target.selector` as a list and `body` as a list of
    // TextualBody with `purpose`; ours has the same nesting.
    let first = &ours["first"]["items"][0];
    assert!(first["target"]["selector"].is_array());
    assert!(first["body"].is_array());
    assert!(first["target"]["source"].is_string());
}

#[test]
fn a_collection_with_linked_later_pages_says_what_was_not_read() {
    let doc = formats_support::news();
    let mut file: Value = serde_json::from_str(&w3c::to_w3c(&doc)).unwrap();
    file["total"] = 40.into();
    file["first"]["next"] = "http://example.org/page2".into();
    let report = w3c::import_onto(&formats_support::empty(), &file.to_string(), NOW).unwrap();
    let last = report.problems().pop().unwrap();
    assert!(
        last.contains("35 annotations on pages this file only links to were not read"),
        "{last}"
    );
}

#[test]
fn foreign_context_is_cut_to_the_part_next_to_the_quote() {
    let text = "x".repeat(300) + "cat. " + &"x".repeat(300) + "cat!";
    let doc = AnnotatedDocument::from_text(&text, NOW);
    // A megabyte of prefix of which only the end matches: uncut, it would
    // make the "!" too small a share of the context to decide, and every
    // comparison slow. Cut to 256 characters, the second cat wins by its "!".
    let file = serde_json::json!({
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "cat",
            "prefix": "y".repeat(1_000_000) + &"x".repeat(300),
            "suffix": "!" }}
    });
    let report = w3c::import_onto(&doc, &file.to_string(), NOW).unwrap();
    assert!(
        matches!(
            report.outcomes[0].outcome,
            Outcome::Anchored {
                start: 605,
                method: Method::Context,
                ..
            }
        ),
        "{:?}",
        report.outcomes[0].outcome
    );
}
