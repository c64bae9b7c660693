//! Guards the suggestion engine's quality: scores on the labelled tuning
//! set must stay above floors a little under what the rules reach today
//! (see `cargo bench --bench suggest` for the full table), and the shared
//! sample article must keep its sensible suggestions.

use std::path::{Path, PathBuf};

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::segment::SegmentKind;
use marginalia::domain::suggest::eval::{
    agreement, labelled_twice, load_where, score, LabelledArticle, SecondLabels,
};
use marginalia::domain::suggest::{suggest, Suggestion};

fn labelled(dir: &Path) -> Vec<LabelledArticle> {
    json_files(dir)
}

fn json_files<T: serde::de::DeserializeOwned>(dir: &Path) -> Vec<T> {
    load_where(dir, |_| true).unwrap_or_else(|e| panic!("{e}"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/labelled")
}

#[test]
fn labelled_set_is_large_enough_and_every_label_is_in_its_text() {
    let tuning = labelled(&root());
    let heldout = labelled(&root().join("heldout"));
    assert!(tuning.len() >= 10, "{} tuning articles", tuning.len());
    assert!(heldout.len() >= 2, "{} held-out articles", heldout.len());
    score(&tuning).expect("labels match their texts");
    score(&heldout).expect("labels match their texts");
    let second: Vec<SecondLabels> = json_files(&root().join("agreement"));
    // Every held-out text of batches 1 to 4 was labelled a second time.
    let twice = labelled_twice(&heldout, &second);
    assert!(twice.len() >= 61, "{} texts labelled twice", twice.len());
    agreement(&twice, &second).expect("second labels match the texts");
    let prose: usize = tuning
        .iter()
        .chain(&heldout)
        .map(|a| {
            let doc = AnnotatedDocument::from_text(&a.text, "1970-01-01T00:00:00.000Z");
            doc.sentences
                .iter()
                .filter(|s| s.kind == SegmentKind::Sentence)
                .count()
        })
        .sum();
    assert!(prose >= 250, "{prose} prose sentences");
}

#[test]
fn tuning_set_scores_stay_above_their_floors() {
    let s = score(&labelled(&root())).unwrap();
    let report = s.table("tuning set");
    // Warnings: 0.83, a little under the 0.84 reached with blind batches
    // 25-50 joined (bench/warning-model/README.md); each new writer lowers
    // the in-sample figure until rules learn from them, and fifty writers
    // do not all draw the line in one place.
    let floors = [("quote", 0.95), ("claim", 0.87), ("warning", 0.83)];
    for (tag, floor) in floors {
        let f1 = s.tag(tag).f1();
        assert!(f1 >= floor, "{tag} F1 {f1:.3} < {floor}\n{report}");
    }
    // Speakers: 0.96. A tabloid writer (batch 27: first names, `he
    // laughed`, quotes a paragraph after their speaker) arrived at 0.76.
    assert!(
        s.speaker_accuracy() >= 0.96,
        "speaker accuracy {:.3}\n{report}",
        s.speaker_accuracy()
    );
}

/// `../shared` lives beside the crate in the workspace, not in the repository.
fn sample() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/news-us-iran-2026-02-01.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!("skipped: {} is missing", path.display());
            None
        }
    }
}

fn tags_on<'a>(found: &'a [Suggestion], starts_with: &str) -> Vec<&'a str> {
    found
        .iter()
        .filter(|s| s.text.starts_with(starts_with))
        .map(|s| s.tag.as_str())
        .collect()
}

#[test]
fn sample_article_statements_are_claims_and_threats_warnings() {
    let Some(text) = sample() else { return };
    let doc = AnnotatedDocument::from_text(&text, "2026-02-01T00:00:00.000Z");
    let found = suggest(&doc);

    let trump = found
        .iter()
        .find(|s| s.text.starts_with("President Donald Trump stated") && s.tag.as_str() == "claim")
        .expect("Trump's statement is a claim");
    assert_eq!(trump.speaker.as_deref(), Some("Donald Trump"));
    assert_eq!(
        tags_on(&found, "In a public address broadcast"),
        ["claim", "warning"],
        "Khamenei's assertion and its conditional threat"
    );
    assert!(tags_on(&found, "He emphasized that U.S. military action").contains(&"claim"));
    assert!(tags_on(&found, "Trump indicated a deadline").contains(&"claim"));
    assert!(tags_on(&found, "He framed the talks").contains(&"warning"));
    assert!(tags_on(&found, "The path to de-escalation narrows").contains(&"warning"));
    assert!(tags_on(&found, "With warships in proximity").contains(&"warning"));
}

#[test]
fn sample_article_boilerplate_is_left_alone() {
    let Some(text) = sample() else { return };
    let doc = AnnotatedDocument::from_text(&text, "2026-02-01T00:00:00.000Z");
    let found = suggest(&doc);
    for s in &found {
        let kind = doc.sentences[s.sentence].kind;
        assert!(
            matches!(kind, SegmentKind::Sentence | SegmentKind::ListItem),
            "suggestion on a {kind:?}: {}",
            s.text
        );
        assert!(!s.text.starts_with("EE Gold"), "footer tagged: {}", s.text);
        assert!(!s.text.contains("Date:"), "date line tagged: {}", s.text);
    }
}
