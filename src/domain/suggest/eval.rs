//! Scoring suggestions against hand-labelled articles (`tests/labelled/`):
//! precision, recall and F1 per tag at sentence level, and speaker accuracy.
//! Shared by the quality test and the bench so both measure the same way.
//!
//! Labels name sentences by text. A labelled sentence counts as found when a
//! suggestion with its tag covers a sentence overlapping it, and a suggestion
//! counts as right when it overlaps a labelled sentence with its tag; so a
//! splitter that cuts a sentence in two, or keeps a dateline with it, is not
//! scored as a miss.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{suggest, Suggestion};
use crate::domain::document::AnnotatedDocument;

/// The tags scored, in report order.
pub const TAGS: [&str; 3] = ["quote", "claim", "warning"];

#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub sentence: String,
    pub tags: Vec<String>,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledArticle {
    pub id: String,
    pub text: String,
    pub labels: Vec<Label>,
}

/// Hits and misses for one tag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Suggestions overlapping a labelled sentence with the tag, and not.
    pub right: usize,
    pub wrong: usize,
    /// Labelled sentences some suggestion found, and not.
    pub found: usize,
    pub missed: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.right + self.wrong)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.found + self.missed)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores over a set of articles.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub articles: usize,
    pub sentences: usize,
    pub counts: [Counts; 3],
    /// Over labelled quote sentences that were found: speakers right / all.
    pub speakers_right: usize,
    pub speakers_checked: usize,
    /// One line per mistake, for tuning.
    pub mistakes: Vec<String>,
    /// Per tag and kind of reason (the reason without its quoted cue):
    /// suggestions right and wrong, to see which rules hold on new text.
    pub reasons: BTreeMap<(&'static str, String), (usize, usize)>,
}

impl Score {
    pub fn tag(&self, tag: &str) -> Counts {
        TAGS.iter()
            .position(|t| *t == tag)
            .map(|i| self.counts[i])
            .unwrap_or_default()
    }

    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.speakers_checked)
    }

    /// The scores as a small table.
    pub fn table(&self, title: &str) -> String {
        let mut s = format!(
            "{title}: {} articles, {} segments\n  {:<8} {:>9} {:>7} {:>6}   (right/suggested, found/labelled)\n",
            self.articles, self.sentences, "tag", "precision", "recall", "F1"
        );
        for (tag, c) in TAGS.iter().zip(&self.counts) {
            s.push_str(&format!(
                "  {:<8} {:>9.3} {:>7.3} {:>6.3}   ({}/{}, {}/{})\n",
                tag,
                c.precision(),
                c.recall(),
                c.f1(),
                c.right,
                c.right + c.wrong,
                c.found,
                c.found + c.missed
            ));
        }
        s.push_str(&format!(
            "  speaker accuracy {:.3} ({}/{} found quote sentences)\n",
            self.speaker_accuracy(),
            self.speakers_right,
            self.speakers_checked
        ));
        s
    }

    /// Each kind of reason for `tag`, with its precision, most wrong first.
    pub fn reasons_table(&self, tag: &str) -> String {
        let mut rows: Vec<_> = self
            .reasons
            .iter()
            .filter(|((t, _), _)| *t == tag)
            .collect();
        rows.sort_by_key(|(k, &(right, wrong))| (std::cmp::Reverse(wrong), right, k.1.clone()));
        let mut s = format!("  {tag} reasons: right/suggested\n");
        for ((_, why), (right, wrong)) in rows {
            s.push_str(&format!("    {right:>4}/{:<4} {why}\n", right + wrong));
        }
        s
    }
}

/// The kind of a reason: `possible harm "could"` → `possible harm`.
fn reason_kind(why: &str) -> String {
    why.split('"').next().unwrap_or(why).trim().to_string()
}

/// Two speakers agree when both are absent, equal ignoring case, or share
/// the surname (`Mira Reyka` and `Reyka` are one person, written twice).
pub fn same_speaker(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
            a == b || a.split_whitespace().last() == b.split_whitespace().last()
        }
        _ => false,
    }
}

/// Scores `suggest` on `articles`. Fails when a label's sentence is not in
/// its article's text.
pub fn score(articles: &[LabelledArticle]) -> Result<Score, String> {
    let mut score = Score::default();
    for art in articles {
        let doc = AnnotatedDocument::from_text(&art.text, "1970-01-01T00:00:00.000Z");
        let suggestions = suggest(&doc);
        let marks: Vec<Mark> = suggestions
            .iter()
            .map(|s: &Suggestion| Mark {
                start: s.start,
                end: s.end,
                tag: s.tag.as_str(),
                speaker: s.speaker.as_deref(),
                why: &s.reason,
                text: &s.text,
            })
            .collect();
        compare(&mut score, &doc, art, &marks)?;
    }
    Ok(score)
}

/// A second person's labels for an article of the labelled set, to measure
/// how far two people labelling by the same guide agree.
#[derive(Debug, Clone, Deserialize)]
pub struct SecondLabels {
    pub id: String,
    pub labels: Vec<Label>,
}

/// The articles that `second` labels again: the ones [`agreement`] can
/// score.
pub fn labelled_twice(
    articles: &[LabelledArticle],
    second: &[SecondLabels],
) -> Vec<LabelledArticle> {
    articles
        .iter()
        .filter(|a| second.iter().any(|s| s.id == a.id))
        .cloned()
        .collect()
}

/// Scores `second`'s labels as if they were suggestions, against the
/// articles' own labels: the agreement between two labellers, which bounds
/// what any tagger can be expected to reach. Fails when an article has no
/// second labels or a label is not in its text.
pub fn agreement(articles: &[LabelledArticle], second: &[SecondLabels]) -> Result<Score, String> {
    let mut score = Score::default();
    for art in articles {
        let other = second
            .iter()
            .find(|s| s.id == art.id)
            .ok_or_else(|| format!("{}: no second labels", art.id))?;
        let doc = AnnotatedDocument::from_text(&art.text, "1970-01-01T00:00:00.000Z");
        let spans = locate(&doc, &other.id, &other.labels)?;
        let marks: Vec<Mark> = spans
            .iter()
            .flat_map(|&(start, end, label)| {
                label.tags.iter().map(move |tag| Mark {
                    start,
                    end,
                    tag,
                    speaker: label.speaker.as_deref(),
                    why: "second labeller",
                    text: &label.sentence,
                })
            })
            .collect();
        compare(&mut score, &doc, art, &marks)?;
    }
    Ok(score)
}

/// One tagged sentence to score: a suggestion, or another person's label.
struct Mark<'a> {
    start: usize,
    end: usize,
    tag: &'a str,
    speaker: Option<&'a str>,
    why: &'a str,
    text: &'a str,
}

/// Adds `art`'s hits and misses by `marks` to `score`.
fn compare(
    score: &mut Score,
    doc: &AnnotatedDocument,
    art: &LabelledArticle,
    marks: &[Mark],
) -> Result<(), String> {
    score.articles += 1;
    score.sentences += doc.sentences.len();
    let gold = locate(doc, &art.id, &art.labels)?;
    for (t, tag) in TAGS.iter().enumerate() {
        let preds: Vec<&Mark> = marks.iter().filter(|m| m.tag == *tag).collect();
        let golds: Vec<&(usize, usize, &Label)> = gold
            .iter()
            .filter(|g| g.2.tags.iter().any(|x| x == tag))
            .collect();
        let c = &mut score.counts[t];
        for p in &preds {
            let tally = score.reasons.entry((tag, reason_kind(p.why))).or_default();
            if golds.iter().any(|g| overlaps(p.start, p.end, g.0, g.1)) {
                c.right += 1;
                tally.0 += 1;
            } else {
                c.wrong += 1;
                tally.1 += 1;
                score
                    .mistakes
                    .push(format!("{}: extra {tag} ({}): {}", art.id, p.why, p.text));
            }
        }
        for g in &golds {
            let hit = preds.iter().find(|p| overlaps(p.start, p.end, g.0, g.1));
            match hit {
                Some(p) => {
                    c.found += 1;
                    if *tag == "quote" {
                        score.speakers_checked += 1;
                        if same_speaker(p.speaker, g.2.speaker.as_deref()) {
                            score.speakers_right += 1;
                        } else {
                            score.mistakes.push(format!(
                                "{}: speaker {:?}, labelled {:?}: {}",
                                art.id, p.speaker, g.2.speaker, g.2.sentence
                            ));
                        }
                    }
                }
                None => {
                    c.missed += 1;
                    score
                        .mistakes
                        .push(format!("{}: missed {tag}: {}", art.id, g.2.sentence));
                }
            }
        }
    }
    Ok(())
}

fn overlaps(a0: usize, a1: usize, b0: usize, b1: usize) -> bool {
    a0 < b1 && b0 < a1
}

/// Each label's span in code points, searching forward from the previous
/// label so a sentence repeated in an article is found in its place.
fn locate<'a>(
    doc: &AnnotatedDocument,
    id: &str,
    labels: &'a [Label],
) -> Result<Vec<(usize, usize, &'a Label)>, String> {
    let text = doc.text();
    let mut from = 0;
    let mut out = Vec::new();
    for label in labels {
        let at = text[from..]
            .find(&label.sentence)
            .map(|i| i + from)
            .or_else(|| text.find(&label.sentence))
            .ok_or_else(|| format!("{id}: label not in text: {}", label.sentence))?;
        from = at + label.sentence.len();
        let map = doc.offsets();
        let start = map.byte_to_char(at).ok_or("label not on a char boundary")?;
        let end = map
            .byte_to_char(from)
            .ok_or("label not on a char boundary")?;
        out.push((start, end, label));
    }
    Ok(out)
}

/// The labelled JSON files in `dir` whose file name passes `keep`, read in
/// name order (so every run scores and prints in the same order).
pub fn load_where<T: DeserializeOwned>(
    dir: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<T>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| keep(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_match_by_surname() {
        assert!(same_speaker(Some("Mira Reyka"), Some("reyka")));
        assert!(same_speaker(None, None));
        assert!(!same_speaker(Some("Reyka"), None));
        assert!(!same_speaker(Some("Mira Reyka"), Some("Mira Lind")));
    }

    /// One sentence labelled claim and warning, and one with no tag.
    fn flood_article() -> LabelledArticle {
        LabelledArticle {
            id: "t".into(),
            text: "Officials warned that 40 roads could flood. The sky was grey.".into(),
            labels: vec![Label {
                sentence: "Officials warned that 40 roads could flood.".into(),
                tags: vec!["claim".into(), "warning".into()],
                speaker: None,
            }],
        }
    }

    #[test]
    fn a_suggestion_overlapping_its_label_is_right() {
        let art = flood_article();
        let s = score(&[art]).unwrap();
        assert_eq!(s.tag("claim").f1(), 1.0);
        assert_eq!(s.tag("warning").f1(), 1.0);
        assert_eq!(s.tag("quote").f1(), 1.0);
    }

    #[test]
    fn a_second_labeller_who_skips_a_warning_lowers_its_recall_only() {
        let art = flood_article();
        let second = SecondLabels {
            id: "t".into(),
            labels: vec![Label {
                sentence: "Officials warned that 40 roads could flood.".into(),
                tags: vec!["claim".into()],
                speaker: None,
            }],
        };
        let s = agreement(std::slice::from_ref(&art), &[second]).unwrap();
        assert_eq!(s.tag("claim").f1(), 1.0);
        assert_eq!(s.tag("warning").recall(), 0.0);
        assert!(
            agreement(&[art], &[]).is_err(),
            "an article without second labels"
        );
    }
}
