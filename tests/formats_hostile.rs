//! The hostile corpus: every file in tests/fixtures/hostile/ must produce
//! its own specific error (never a panic, never a silent success), with a
//! message naming what is wrong. The table below is exhaustive: a fixture
//! added without an expected outcome fails the test.

use std::path::Path;

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::native::{self, ImportError, MAX_IMPORT_BYTES};
use marginalia::domain::format::w3c;

/// file → (error kind, words the message must contain). `None` for the one
/// control file that must import.
const NATIVE: &[(&str, Option<(&str, &str)>)] = &[
    ("control-valid.json", None),
    ("truncated.json", Some(("not-json", "not valid JSON"))),
    ("empty.json", Some(("empty", "empty"))),
    ("whitespace-only.json", Some(("empty", "empty"))),
    ("not-json.txt.json", Some(("not-json", "not valid JSON"))),
    ("not-utf8.json", Some(("not-utf8", "not UTF-8"))),
    ("deep-nesting.json", Some(("too-deep", "128 levels"))),
    (
        "huge-integer.json",
        Some(("number-out-of-range", "annotations[0].end")),
    ),
    (
        "huge-exponent.json",
        Some(("number-out-of-range", "too large")),
    ),
    (
        "offset-beyond-32-bits.json",
        Some(("number-out-of-range", "annotations[0].end")),
    ),
    (
        "negative-offset.json",
        Some(("wrong-type", "annotations[0].start")),
    ),
    (
        "fractional-offset.json",
        Some(("wrong-type", "annotations[0].start")),
    ),
    (
        "wrong-type-tags.json",
        Some(("wrong-type", "annotations[0].tags")),
    ),
    (
        "wrong-type-start.json",
        Some(("wrong-type", "annotations[0].start")),
    ),
    (
        "wrong-type-text.json",
        Some(("wrong-type", "document.text")),
    ),
    (
        "wrong-type-speaker.json",
        Some(("wrong-type", "annotations[0].speaker")),
    ),
    (
        "wrong-type-annotations.json",
        Some(("wrong-type", "`annotations`")),
    ),
    ("top-level-array.json", Some(("wrong-type", "whole file"))),
    (
        "missing-text.json",
        Some(("missing-field", "document.text")),
    ),
    (
        "missing-annotations.json",
        Some(("missing-field", "annotations")),
    ),
    (
        "offsets-past-end.json",
        Some(("out-of-range", "outside the text's 28 characters")),
    ),
    ("reversed-offsets.json", Some(("out-of-range", "17..0"))),
    (
        "text-mismatch.json",
        Some(("text-mismatch", "The sky is blue.")),
    ),
    ("duplicate-ids.json", Some(("duplicate-id", "\"a1\""))),
    (
        "wrong-version.json",
        Some(("unknown-format", "marginalia/2")),
    ),
    ("missing-format.json", Some(("unknown-format", "(missing)"))),
    ("proto-key.json", Some(("forbidden-key", "__proto__"))),
    (
        "nested-proto-key.json",
        Some(("forbidden-key", "annotations[0].constructor")),
    ),
    (
        "bad-origin.json",
        Some(("wrong-type", "annotations[0].origin")),
    ),
    // The custom tag vocabulary (`tags`) obeys the rules the page enforces.
    ("tag-wrong-type.json", Some(("wrong-type", "`tags`"))),
    (
        "tag-missing-glyph.json",
        Some(("missing-field", "tags[0].glyph")),
    ),
    (
        "tag-key-not-a-letter.json",
        Some(("wrong-type", "tags[0].key")),
    ),
    ("tag-bad-colour.json", Some(("bad-tag", "`tags[0].colour`"))),
    (
        "tag-key-taken.json",
        Some((
            "bad-tag",
            "`tags[0].key` is not valid: The key 'c' is already used by the built-in tag Claim.",
        )),
    ),
    ("tag-name-clash.json", Some(("bad-tag", "`tags[1].name`"))),
    (
        "tag-name-built-in.json",
        Some(("bad-tag", "taken by the built-in tag Warning")),
    ),
    ("tag-empty-label.json", Some(("bad-tag", "`tags[0].label`"))),
    (
        "tag-too-many.json",
        Some(("bad-tag", "at most 12 custom tags")),
    ),
    (
        "tag-proto-name.json",
        Some(("forbidden-key", "tags[0].__proto__")),
    ),
];

/// W3C-only fixtures: files that are JSON but hold no importable collection.
const W3C: &[(&str, &str, &str)] = &[
    (
        "w3c-not-annotations.json",
        "not-annotations",
        "no W3C annotations",
    ),
    (
        "w3c-linked-pages.json",
        "not-annotations",
        "links to its pages",
    ),
    ("w3c-bad-items.json", "wrong-type", "first.items"),
];

fn dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile"
    ))
}

#[test]
fn every_fixture_has_an_expected_outcome() {
    let mut listed: Vec<&str> = NATIVE.iter().map(|(f, _)| *f).collect();
    listed.extend(W3C.iter().map(|(f, _, _)| *f));
    for entry in std::fs::read_dir(dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            listed.contains(&name.as_str()),
            "{name} has no expected outcome"
        );
    }
}

#[test]
fn each_hostile_native_file_gives_its_own_error() {
    for (file, expected) in NATIVE {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        let result = native::from_bytes(&bytes);
        match (expected, result) {
            (None, Ok(doc)) => assert_eq!(doc.annotations.len(), 1, "{file}"),
            (None, Err(e)) => panic!("{file}: the control file failed: {e}"),
            (Some(_), Ok(_)) => panic!("{file}: imported but should not"),
            (Some((kind, words)), Err(e)) => {
                assert_eq!(e.kind(), *kind, "{file}: {e}");
                let msg = e.to_string();
                assert!(msg.contains(words), "{file}: {msg:?} lacks {words:?}");
            }
        }
    }
}

#[test]
fn hostile_files_leave_the_open_document_alone() {
    // The page imports onto the open document; every hostile file must fail
    // before producing a report, for native and W3C import alike.
    let open =
        AnnotatedDocument::from_text("The sky is green. Cats bark.", "2026-01-01T00:00:00.000Z");
    for (file, expected) in NATIVE.iter().filter(|(_, e)| e.is_some()) {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            assert!(w3c::parse_bytes(&bytes).is_err());
            continue;
        };
        let err = native::import_onto(&open, text, "now").unwrap_err();
        assert_eq!(Some(err.kind()), expected.map(|(k, _)| k), "{file}");
    }
    for (file, kind, words) in W3C {
        let text = std::fs::read_to_string(dir().join(file)).unwrap();
        let err = w3c::import_onto(&open, &text, "now").unwrap_err();
        assert_eq!(err.kind(), *kind, "{file}: {err}");
        assert!(err.to_string().contains(words), "{file}: {err}");
    }
}

#[test]
fn w3c_import_refuses_the_same_syntax_level_attacks() {
    for (file, kind) in [
        ("truncated.json", "not-json"),
        ("empty.json", "empty"),
        ("deep-nesting.json", "too-deep"),
        ("proto-key.json", "forbidden-key"),
        ("huge-exponent.json", "number-out-of-range"),
        ("not-utf8.json", "not-utf8"),
    ] {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        assert_eq!(w3c::parse_bytes(&bytes).unwrap_err().kind(), kind, "{file}");
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    // Unbalanced brackets: parsing would report depth or syntax, so the
    // size error proves nothing was parsed.
    let huge = "[".repeat(MAX_IMPORT_BYTES + 1);
    for err in [
        native::from_json(&huge).unwrap_err(),
        native::from_bytes(huge.as_bytes()).unwrap_err(),
        w3c::parse(&huge).unwrap_err(),
    ] {
        assert_eq!(
            err,
            ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            }
        );
        assert_eq!(
            err.to_string(),
            "The file is 21 MB; files over 20 MB are not read."
        );
    }
}

#[test]
fn nesting_is_limited_by_serde_json_below_128_levels() {
    let control = std::fs::read_to_string(dir().join("control-valid.json")).unwrap();
    let nest = |depth: usize| {
        // `extra` is ignored by the reader; only the parser's limit matters.
        // The document object itself is one level.
        let inner = format!("{}{}", "[".repeat(depth - 1), "]".repeat(depth - 1));
        control.replacen('{', &format!("{{\"extra\": {inner},"), 1)
    };
    // serde_json counts 128 levels including the one it fails on, so 127
    // nested levels is the deepest file that reads.
    assert!(native::from_json(&nest(127)).is_ok());
    assert_eq!(
        native::from_json(&nest(128)).unwrap_err(),
        ImportError::TooDeep
    );
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let control = std::fs::read_to_string(dir().join("control-valid.json")).unwrap();
    assert!(native::from_json(&format!("\u{feff}{control}")).is_ok());
}
