//! The native JSON document: what the page exports and the CLI prints, and
//! what import accepts or refuses.

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::native::{self, ImportError};
use marginalia::domain::tag::Tag;

fn annotated() -> AnnotatedDocument {
    let text =
        "Émile 😀 said: \"Rates will rise.\" The bank denied it.\n\nStorm warning for Tuesday.";
    let mut d = AnnotatedDocument::from_text(text, "2026-02-01T00:00:00.000Z");
    let mut n = 0;
    let mut id = || {
        n += 1;
        format!("a{n}")
    };
    let (s, e) = d.span_of_sentences(0, 0).unwrap();
    d.toggle_tag(s, e, &Tag::new("quote"), "t1", &mut id);
    d.toggle_tag(s, e, &Tag::new("claim"), "t1", &mut id);
    let (s, e) = d.span_of_sentences(1, 2).unwrap();
    d.toggle_tag(s, e, &Tag::new("warning"), "t2", &mut id);
    d.set_note("a1", "Which bank?", "t3");
    d.set_speaker("a1", "Émile", "t3");
    d
}

#[test]
fn export_then_import_gives_the_same_document() {
    let d = annotated();
    let back = native::from_json(&native::to_json(&d)).unwrap();
    assert_eq!(back, d);
}

#[test]
fn exported_fields_have_the_documented_names_and_code_point_offsets() {
    let d = annotated();
    let v: serde_json::Value = serde_json::from_str(&native::to_json(&d)).unwrap();
    assert_eq!(v["format"], "marginalia/1");
    for field in ["id", "title", "text", "created", "updated"] {
        assert!(v["document"][field].is_string(), "document.{field}");
    }
    let a = &v["annotations"][0];
    for field in ["id", "text", "note", "origin", "created", "updated"] {
        assert!(a[field].is_string(), "annotation.{field}");
    }
    assert_eq!(a["tags"], serde_json::json!(["quote", "claim"]));
    assert_eq!(a["speaker"], "Émile");
    assert_eq!(a["origin"], "manual");
    // The emoji counts as one code point: the quote starts 14 code points in
    // although it is 17 bytes in.
    let text = d.text();
    let sentence = &v["sentences"][0];
    let start = sentence["start"].as_u64().unwrap() as usize;
    let end = sentence["end"].as_u64().unwrap() as usize;
    let by_chars: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(sentence["text"], by_chars.as_str());
    assert_eq!(
        v["annotations"][1]["end"].as_u64().unwrap() as usize,
        text.chars().count()
    );
}

/// A broken input and the test its error must pass.
type Case = (String, fn(&ImportError) -> bool);

#[test]
fn import_refuses_what_is_not_a_marginalia_document() {
    let good = native::to_json(&annotated());
    let cases: Vec<Case> = vec![
        ("not json".into(), |e| matches!(e, ImportError::NotJson(_))),
        (
            good.replace("marginalia/1", "marginalia/9"),
            |e| matches!(e, ImportError::UnknownFormat(f) if f == "marginalia/9"),
        ),
        (good.replace("\"format\": \"marginalia/1\",", ""), |e| {
            matches!(e, ImportError::UnknownFormat(_))
        }),
        (
            {
                let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
                v["annotations"][0]["start"] = "zero".into();
                v.to_string()
            },
            |e| matches!(e, ImportError::WrongType { field, .. } if field == "annotations[0].start"),
        ),
        (
            good.replace("Which bank?", "Which bank?\", \"start\": 9999, \"x\": \""),
            |e| matches!(e, ImportError::Invalid(_) | ImportError::OutOfRange { .. }),
        ),
        (
            good.replace("\"id\": \"a2\"", "\"id\": \"a1\""),
            |e| matches!(e, ImportError::DuplicateId(id) if id == "a1"),
        ),
    ];
    for (input, expected) in cases {
        let err = native::from_json(&input).expect_err(&input);
        assert!(expected(&err), "unexpected error {err:?} for {input}");
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn import_refuses_spans_past_the_end_and_quotes_that_do_not_match() {
    let d = annotated();
    let mut v: serde_json::Value = serde_json::from_str(&native::to_json(&d)).unwrap();
    v["annotations"][1]["end"] = 10_000.into();
    let err = native::from_json(&v.to_string()).unwrap_err();
    assert!(
        matches!(err, ImportError::OutOfRange { end: 10_000, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("outside the text"));

    let mut v: serde_json::Value = serde_json::from_str(&native::to_json(&d)).unwrap();
    v["annotations"][0]["text"] = "something else".into();
    let err = native::from_json(&v.to_string()).unwrap_err();
    assert!(matches!(err, ImportError::TextMismatch { .. }), "{err:?}");
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(native::MAX_IMPORT_BYTES + 1);
    assert!(matches!(
        native::from_json(&big),
        Err(ImportError::TooLarge { .. })
    ));
}
