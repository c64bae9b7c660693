//! Sample documents shared by the format tests: ordinary English, heavy
//! Unicode, overlapping spans and an empty document, built through the same
//! document API the page uses.
#![allow(dead_code)]

use marginalia::domain::annotation::Origin;
use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::tag::Tag;
use marginalia::domain::vocabulary::TagFields;

pub const T0: &str = "2026-03-01T10:00:00.000Z";
pub const T1: &str = "2026-03-02T11:30:00.000Z";

/// Code point span of the `nth` occurrence of `needle` in the document.
pub fn span(doc: &AnnotatedDocument, needle: &str, nth: usize) -> (usize, usize) {
    let (byte, _) = doc
        .text()
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    let start = doc.text()[..byte].chars().count();
    (start, start + needle.chars().count())
}

pub fn tag(
    doc: &mut AnnotatedDocument,
    needle: &str,
    nth: usize,
    name: &str,
    id: &str,
) -> (usize, usize) {
    let (s, e) = span(doc, needle, nth);
    doc.toggle_tag(s, e, &Tag::new(name), T0, || id.to_string())
        .expect("span lies in the text");
    (s, e)
}

pub const NEWS: &str = "Budget talks stall\n\nGENEVA (Meridian Wire) - The minister said the deficit \"will halve by 2030\", a claim economists doubt. \"We have a plan, and it works,\" she told reporters.\n\nCritics called it =SUM(fantasy). Growth was -5% last year, according to the bureau; unemployment rose.\n\nThe minister said the plan works. The minister said the plan works.";

pub fn news() -> AnnotatedDocument {
    let mut doc = AnnotatedDocument::from_text(NEWS, T0);
    tag(
        &mut doc,
        "the deficit \"will halve by 2030\"",
        0,
        "claim",
        "a-claim",
    );
    doc.set_note(
        "a-claim",
        "Check against the budget office, page 4.\nSecond line, with \"quotes\".",
        T1,
    );
    tag(
        &mut doc,
        "\"We have a plan, and it works,\"",
        0,
        "quote",
        "a-quote",
    );
    doc.set_speaker("a-quote", "Minister Ana Díaz", T1);
    tag(&mut doc, "=SUM(fantasy)", 0, "warning", "a-formula");
    doc.set_note("a-formula", "@attacker +1", T1);
    tag(&mut doc, "Growth was -5% last year", 0, "claim", "a-growth");
    tag(&mut doc, "Growth was -5% last year", 0, "warning", "unused");
    tag(
        &mut doc,
        "The minister said the plan works.",
        1,
        "quote",
        "a-repeat",
    );
    doc
}

pub const UNICODE: &str = "Ünïcödé: 😀 emoji, e\u{301} combining, 中文 text, עברית rtl, 👩‍👩‍👧 family.\n\nSecond 😀 paragraph * with _markdown_ [chars] and # hash.";

pub fn unicode() -> AnnotatedDocument {
    let mut doc = AnnotatedDocument::from_text(UNICODE, T0);
    // A custom tag, declared as the page declares it.
    doc.add_tag(
        Some("custom-tag"),
        &TagFields {
            label: "Family ✦".into(),
            colour: "#7c3aed".into(),
            key: Some('f'),
            glyph: Some("✦".into()),
        },
        &[],
        T0,
    )
    .unwrap();
    tag(&mut doc, "😀 emoji", 0, "claim", "u-emoji");
    tag(&mut doc, "e\u{301} combining", 0, "quote", "u-comb");
    doc.set_speaker("u-comb", "Zoë 🙂", T1);
    tag(&mut doc, "中文", 0, "warning", "u-cjk");
    doc.set_note("u-cjk", "注意: 引用,逗号", T1);
    tag(&mut doc, "👩‍👩‍👧 family", 0, "custom-tag", "u-family");
    tag(
        &mut doc,
        "😀 paragraph * with _markdown_",
        0,
        "claim",
        "u-md",
    );
    doc
}

/// Overlapping and nested spans, a suggested annotation and an id full of
/// characters an IRI cannot hold.
pub fn overlapping() -> AnnotatedDocument {
    let text = "Alpha beta gamma delta. Epsilon zeta eta theta.";
    let mut doc = AnnotatedDocument::from_text(text, T0);
    tag(&mut doc, "Alpha beta gamma", 0, "claim", "o-1");
    tag(&mut doc, "beta gamma delta", 0, "warning", "o 2/weird:id");
    tag(&mut doc, "gamma", 0, "quote", "o-3");
    tag(&mut doc, "Epsilon zeta eta theta.", 0, "claim", "o-4");
    for a in &mut doc.annotations {
        if a.id == "o-4" {
            a.origin = Origin::Suggested;
        }
    }
    doc
}

pub fn empty() -> AnnotatedDocument {
    AnnotatedDocument::from_text("Nothing annotated here.", T0)
}

pub fn all() -> Vec<(&'static str, AnnotatedDocument)> {
    vec![
        ("news", news()),
        ("unicode", unicode()),
        ("overlapping", overlapping()),
        ("empty", empty()),
    ]
}
