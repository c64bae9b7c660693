//! The annotation model as the page uses it: tag toggles on sentence spans,
//! notes, speakers, and per-sentence tags for rendering.

use marginalia::domain::annotation::Origin;
use marginalia::domain::document::{AnnotatedDocument, Toggled};
use marginalia::domain::tag::Tag;

const ARTICLE: &str = "Ports Reopen After Storm\n\nOfficials said the port would reopen Monday. \
\"We lost 12 ships,\" Mayor Ana Ruiz said. Crews warned of more flooding.";

fn doc() -> AnnotatedDocument {
    AnnotatedDocument::from_text(ARTICLE, "2026-02-01T00:00:00.000Z")
}

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("a{n}")
    }
}

#[test]
fn a_new_document_has_sentences_and_a_title_but_no_annotations() {
    let d = doc();
    assert_eq!(d.format, "marginalia/1");
    assert_eq!(d.document.title, "Ports Reopen After Storm");
    let texts: Vec<&str> = d.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ports Reopen After Storm",
            "Officials said the port would reopen Monday.",
            "\"We lost 12 ships,\" Mayor Ana Ruiz said.",
            "Crews warned of more flooding.",
        ]
    );
    assert!(d.annotations.is_empty());
}

#[test]
fn the_same_text_gets_the_same_id_and_another_text_another() {
    assert_eq!(doc().document.id, doc().document.id);
    let other = AnnotatedDocument::from_text("Something else.", "t");
    assert_ne!(doc().document.id, other.document.id);
}

#[test]
fn toggling_a_tag_twice_removes_it_and_the_empty_annotation() {
    let mut d = doc();
    let mut new_id = ids();
    let (s, e) = d.span_of_sentences(2, 2).unwrap();
    let claim = Tag::new("claim");
    let quote = Tag::new("quote");
    assert_eq!(
        d.toggle_tag(s, e, &claim, "t1", &mut new_id),
        Some(Toggled::Added)
    );
    assert_eq!(
        d.toggle_tag(s, e, &quote, "t2", &mut new_id),
        Some(Toggled::Added)
    );
    assert_eq!(d.annotations.len(), 1, "both tags on one annotation");
    let a = &d.annotations[0];
    assert_eq!(a.text, "\"We lost 12 ships,\" Mayor Ana Ruiz said.");
    assert_eq!(a.tags, [claim.clone(), quote.clone()]);
    assert_eq!(
        (a.origin, a.created.as_str(), a.updated.as_str()),
        (Origin::Manual, "t1", "t2")
    );

    assert_eq!(
        d.toggle_tag(s, e, &claim, "t3", &mut new_id),
        Some(Toggled::Removed)
    );
    assert_eq!(d.annotations[0].tags, std::slice::from_ref(&quote));
    assert_eq!(
        d.toggle_tag(s, e, &quote, "t4", &mut new_id),
        Some(Toggled::Removed)
    );
    assert!(d.annotations.is_empty());
    assert_eq!(d.document.updated, "t4");
}

#[test]
fn a_note_keeps_an_annotation_alive_after_its_last_tag_goes() {
    let mut d = doc();
    let (s, e) = d.span_of_sentences(1, 1).unwrap();
    let claim = Tag::new("claim");
    d.toggle_tag(s, e, &claim, "t", ids());
    let id = d.annotations[0].id.clone();
    assert!(d.set_note(&id, "Check the port authority.", "t2"));
    assert!(d.set_speaker(&id, "  Officials ", "t2"));
    d.toggle_tag(s, e, &claim, "t3", ids());
    assert_eq!(d.annotations.len(), 1);
    assert_eq!(d.annotations[0].note, "Check the port authority.");
    assert_eq!(d.annotations[0].speaker.as_deref(), Some("Officials"));
    assert!(d.set_speaker(&id, "", "t4"));
    assert_eq!(d.annotations[0].speaker, None);
    assert!(!d.set_note("missing", "x", "t5"));
}

#[test]
fn a_multi_sentence_span_marks_every_sentence_it_covers() {
    let mut d = doc();
    let mut new_id = ids();
    let (s, e) = d.span_of_sentences(3, 2).unwrap();
    d.toggle_tag(s, e, &Tag::new("warning"), "t", &mut new_id);
    let (s1, e1) = d.span_of_sentences(2, 2).unwrap();
    d.toggle_tag(s1, e1, &Tag::new("claim"), "t", &mut new_id);
    let tags = d.tags_by_sentence();
    let names = |i: usize| -> Vec<&str> { tags[i].iter().map(Tag::as_str).collect() };
    assert_eq!(names(0), Vec::<&str>::new());
    assert_eq!(names(1), Vec::<&str>::new());
    assert_eq!(names(2), ["claim", "warning"]);
    assert_eq!(names(3), ["warning"]);
    assert_eq!(
        d.annotation("a1").unwrap().text,
        "\"We lost 12 ships,\" Mayor Ana Ruiz said. Crews warned of more flooding."
    );
}

#[test]
fn annotations_stay_in_text_order_and_can_be_removed() {
    let mut d = doc();
    let mut new_id = ids();
    for i in [3, 1, 2] {
        let (s, e) = d.span_of_sentences(i, i).unwrap();
        d.toggle_tag(s, e, &Tag::new("claim"), "t", &mut new_id);
    }
    let starts: Vec<usize> = d.annotations.iter().map(|a| a.start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
    let removed = d.remove("a2", "t9").unwrap();
    assert_eq!(removed.text, "Officials said the port would reopen Monday.");
    assert_eq!(d.annotations.len(), 2);
    assert!(d.remove("a2", "t9").is_none());
}

#[test]
fn an_empty_span_or_one_past_the_end_is_refused() {
    let mut d = doc();
    let len = ARTICLE.chars().count();
    assert_eq!(d.toggle_tag(3, 3, &Tag::new("claim"), "t", ids()), None);
    assert_eq!(
        d.toggle_tag(len - 2, len + 5, &Tag::new("claim"), "t", ids()),
        None
    );
    assert!(d.annotations.is_empty());
}

#[test]
fn file_names_come_from_the_title() {
    assert_eq!(doc().document.file_stem(), "ports-reopen-after-storm");
    let untitled = AnnotatedDocument::from_text("…", "t");
    assert_eq!(untitled.document.file_stem(), "article");
}

#[test]
fn paragraphs_are_found_by_their_line_breaks() {
    let d = AnnotatedDocument::from_text(
        "Title Line\n\nOne. Two. Three.\n\nFour. Five.\nSix continues.",
        "t",
    );
    let texts: Vec<&str> = d.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Title Line",
            "One.",
            "Two.",
            "Three.",
            "Four.",
            "Five.",
            "Six continues."
        ]
    );
    let opens: Vec<bool> = (0..texts.len()).map(|i| d.starts_paragraph(i)).collect();
    assert_eq!(opens, [true, true, false, false, true, false, true]);
    assert_eq!(d.next_paragraph(0), 1);
    assert_eq!(d.next_paragraph(2), 4);
    assert_eq!(d.next_paragraph(6), 6, "the last paragraph stays put");
    assert_eq!(
        d.previous_paragraph(3),
        1,
        "to the start of its own paragraph"
    );
    assert_eq!(
        d.previous_paragraph(4),
        1,
        "already at a start: the one before"
    );
    assert_eq!(d.previous_paragraph(0), 0);
}

#[test]
fn next_annotation_walks_in_text_order_and_by_tag() {
    let mut d = doc();
    let mut new_id = ids();
    for (i, tag) in [(1, "claim"), (2, "quote"), (3, "claim")] {
        let (s, e) = d.span_of_sentences(i, i).unwrap();
        d.toggle_tag(s, e, &Tag::new(tag), "t", &mut new_id);
    }
    let start = |i: usize| d.sentences[i].start;
    let next = |offset, tag: Option<&str>, back| {
        d.next_annotation(offset, tag.map(Tag::new).as_ref(), back)
            .map(|a| a.id.clone())
    };
    assert_eq!(next(0, None, false).as_deref(), Some("a1"));
    assert_eq!(next(start(1), None, false).as_deref(), Some("a2"));
    assert_eq!(next(start(1), Some("claim"), false).as_deref(), Some("a3"));
    assert_eq!(next(start(3), None, false), None);
    assert_eq!(next(start(3), None, true).as_deref(), Some("a2"));
    assert_eq!(next(start(3), Some("claim"), true).as_deref(), Some("a1"));
}

#[test]
fn the_looks_of_a_range_are_those_of_the_whole_cut_to_it() {
    let mut d = doc();
    let mut new_id = ids();
    let n = d.sentences.len();
    assert!(n >= 4, "the test article has several sentences");
    // Whole sentences, a run across three, and a part of one.
    let (s1, e1) = d.span_of_sentences(1, 1).unwrap();
    d.toggle_tag(s1, e1, &Tag::new("claim"), "t", &mut new_id);
    let (s2, e2) = d.span_of_sentences(1, 3).unwrap();
    d.toggle_tag(s2, e2, &Tag::new("warning"), "t", &mut new_id);
    let (s3, _) = d.span_of_sentences(2, 2).unwrap();
    d.toggle_tag(s3 + 2, s3 + 6, &Tag::new("quote"), "t", &mut new_id);
    let all = d.looks();
    assert!(
        all.iter().any(|l| !l.pieces.is_empty()),
        "a piece is tested"
    );
    for start in 0..n {
        for end in start..=n + 1 {
            let part = d.looks_in(start..end);
            assert_eq!(part, all[start..end.min(n)], "looks_in({start}..{end})");
        }
    }
}
