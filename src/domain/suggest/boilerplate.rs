//! Text that is not a sentence of the article for tagging purposes: the
//! title, headings, datelines, `Published Date:`/`Date:` lines and bylines
//! (all recognised by the splitter's segment kinds), and the promotional
//! footer after the article, which the splitter sees as ordinary sentences.

use super::lexicon;
use super::tokens::{phrase_at, Tok};
use crate::domain::document::Sentence;
use crate::domain::segment::SegmentKind;

/// Phrases of advertising and subscription prompts, word by word, sorted
/// by their first word.
const PROMOTIONAL: &[&[&str]] = &[
    &["abonnez"],
    &["abonnez-vous"],
    &["all", "rights", "reserved"],
    &["download", "our", "app"],
    &["follow", "us"],
    &["newsletter"],
    &["newsletters"],
    &["sign", "up"],
    &["sign-up"],
    &["sponsored"],
    // `Get travel alerts straight to your phone`, `delivered to your inbox`.
    &["straight", "to", "your"],
    &["subscribe", "now"],
    &["subscribe", "to", "our"],
    &["subscribe", "today"],
    &["support", "us"],
    &["terms", "apply"],
    &["trusted", "partner"],
    &["unlimited", "access"],
    &["your", "inbox"],
];

/// For each sentence, whether suggestions leave it alone. `toks` are the
/// sentences' tokens.
pub fn skipped(sentences: &[Sentence], toks: &[Vec<Tok>]) -> Vec<bool> {
    let closing_meta = closing_meta_line(sentences);
    let mut skip: Vec<bool> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            !matches!(s.kind, SegmentKind::Sentence | SegmentKind::ListItem)
                || closing_meta.is_some_and(|m| i > m)
        })
        .collect();
    // A promotional phrase marks the footer only: from the end back to the
    // last sentence of the article. `Residents were urged to sign up for
    // flood alert texts` in the middle of a story is the story's.
    for i in (0..sentences.len()).rev() {
        if !skip[i] {
            if !is_promotional(&toks[i]) {
                break;
            }
            skip[i] = true;
        }
    }
    skip
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

/// Whether a sentence's tokens hold a promotional phrase or a `©`. Read
/// by words, not by searching the text for each phrase: every sentence of
/// an article is asked.
fn is_promotional(toks: &[Tok]) -> bool {
    if toks.iter().any(|t| t.is_punct('©')) {
        return true;
    }
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    // `download the Northline News app`, `download the River Valley Public
    // Radio app`: the paper's or station's name stands between.
    let app = |i: usize| {
        words[i].is("download")
            && words[i + 1..words.len().min(i + 8)]
                .iter()
                .any(|t| t.in_list(&["app", "apps"]))
    };
    (0..words.len()).any(|i| {
        words[i].in_list(lexicon::PROMOTIONAL_OPENERS)
            && (phrase_at(PROMOTIONAL, &words[i..]).is_some() || app(i))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{tokenize, Text};
    use super::*;
    use crate::domain::document::sentences_of;

    /// The sentences of `text` that suggestions are made for.
    fn kept(text: &str) -> Vec<String> {
        let sentences = sentences_of(text);
        let src = Text::new(text);
        let toks: Vec<_> = sentences
            .iter()
            .map(|s| tokenize(&src, s.start, s.end, &[]))
            .collect();
        let skip = skipped(&sentences, &toks);
        sentences
            .into_iter()
            .zip(skip)
            .filter(|(_, skip)| !skip)
            .map(|(s, _)| s.text)
            .collect()
    }

    fn promotional(text: &str) -> bool {
        let src = Text::new(text);
        is_promotional(&tokenize(&src, 0, src.chars.len(), &[]))
    }

    #[test]
    fn leaves_title_meta_lines_and_footer_alone() {
        let text = "A Title Line\n\nPublished Date: 1 Feb, 2026\n\nOfficials said 40 people were hurt. \
                    Rescuers warned of more storms. Two more sentences follow here. And one more.\n\n\
                    Date: 1 Feb, 2026\n\nEE Gold: Your Partner in Gold Trading - Secure and Global.";
        assert_eq!(
            kept(text),
            [
                "Officials said 40 people were hurt.",
                "Rescuers warned of more storms.",
                "Two more sentences follow here.",
                "And one more."
            ]
        );
    }

    #[test]
    fn every_phrase_opens_with_a_word_the_match_lets_through() {
        assert!(PROMOTIONAL
            .iter()
            .all(|p| lexicon::PROMOTIONAL_OPENERS.has(p[0])));
        // `phrase_at` finds a phrase by its first word.
        assert!(PROMOTIONAL.windows(2).all(|w| w[0][0] <= w[1][0]));
    }

    #[test]
    fn subscription_prompts_are_promotional() {
        assert!(promotional(
            "Dunmore Daily - Local news you can trust. Subscribe now."
        ));
        assert!(promotional("© 2026 Dunmore Media."));
        assert!(promotional("Abonnez-vous pour 1 euro."));
        assert!(promotional(
            "Get island travel alerts straight to your phone."
        ));
        assert!(!promotional(
            "Officials said your phone may ring with an alert."
        ));
        assert!(promotional("Get our morning newsletters by email."));
        assert!(!promotional(
            "The council voted to subscribe to the regional fund."
        ));
        assert!(!promotional("Volunteers signed up to help."));
        assert!(promotional(
            "Get product recall alerts on your phone: download the Northline News app."
        ));
        assert!(promotional(
            "Get severe weather alerts on your phone: download the River Valley Public Radio app."
        ));
        assert!(!promotional(
            "Researchers could download the data from the agency's site."
        ));
    }

    #[test]
    fn a_promotional_phrase_inside_the_article_is_the_articles() {
        let text = "A Title Line\n\nResidents were urged to sign up for flood alert texts. \
                    Officials said the river would rise.\n\nSign up for our newsletter.";
        assert_eq!(
            kept(text),
            [
                "Residents were urged to sign up for flood alert texts.",
                "Officials said the river would rise."
            ]
        );
    }
}
