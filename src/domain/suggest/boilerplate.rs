//! Text that is not a sentence of the article for tagging purposes: the
//! title, headings, datelines, `Published Date:`/`Date:` lines and bylines
//! (all recognised by the splitter's segment kinds), and the promotional
//! footer after the article, which the splitter sees as ordinary sentences.

use crate::domain::document::Sentence;
use crate::domain::segment::SegmentKind;

/// Phrases of advertising and subscription prompts.
const PROMOTIONAL: &[&str] = &[
    "abonnez",
    "all rights reserved",
    "download our app",
    "follow us",
    "newsletter",
    "sign up",
    "sponsored",
    "subscribe now",
    "subscribe to our",
    "subscribe today",
    "support us",
    "terms apply",
    "trusted partner",
    "unlimited access",
    "©",
];

/// For each sentence, whether suggestions leave it alone.
pub fn skipped(sentences: &[Sentence]) -> Vec<bool> {
    let closing_meta = closing_meta_line(sentences);
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            !matches!(s.kind, SegmentKind::Sentence | SegmentKind::ListItem)
                || closing_meta.is_some_and(|m| i > m)
                || is_promotional(&s.text)
        })
        .collect()
}

/// How many segments may follow a closing `Date:` line: a footer is a line
/// or two, never a section of the article.
const FOOTER_SEGMENTS: usize = 3;

/// A `Date:`-style line after the article's prose with at most a short
/// footer after it: what follows it is the site's, not the article's.
fn closing_meta_line(sentences: &[Sentence]) -> Option<usize> {
    let i = sentences
        .iter()
        .rposition(|s| s.kind == SegmentKind::Meta)?;
    let prose_before = sentences[..i]
        .iter()
        .any(|s| s.kind == SegmentKind::Sentence);
    (prose_before && sentences.len() - i - 1 <= FOOTER_SEGMENTS).then_some(i)
}

pub fn is_promotional(text: &str) -> bool {
    let lower = text.to_lowercase();
    PROMOTIONAL.iter().any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::sentences_of;

    #[test]
    fn leaves_title_meta_lines_and_footer_alone() {
        let text = "A Title Line\n\nPublished Date: 1 Feb, 2026\n\nOfficials said 40 people were hurt. \
                    Rescuers warned of more storms. Two more sentences follow here. And one more.\n\n\
                    Date: 1 Feb, 2026\n\nEE Gold: Your Partner in Gold Trading - Secure and Global.";
        let sentences = sentences_of(text);
        let skip = skipped(&sentences);
        let kept: Vec<&str> = sentences
            .iter()
            .zip(&skip)
            .filter(|(_, s)| !**s)
            .map(|(s, _)| s.text.as_str())
            .collect();
        assert_eq!(
            kept,
            [
                "Officials said 40 people were hurt.",
                "Rescuers warned of more storms.",
                "Two more sentences follow here.",
                "And one more."
            ]
        );
    }

    #[test]
    fn subscription_prompts_are_promotional() {
        assert!(is_promotional(
            "Dunmore Daily - Local news you can trust. Subscribe now."
        ));
        assert!(!is_promotional(
            "The council voted to subscribe to the regional fund."
        ));
    }
}
