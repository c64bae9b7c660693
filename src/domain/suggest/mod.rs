//! Suggestions: a local, rule-based engine that proposes `quote`, `claim`
//! and `warning` tags for an article's sentences, following
//! `annotation-guide.md`. No network: word lists ([`lexicon`]) and small
//! matchers, plus a small logistic regression (`model.rs`) that suggests
//! warnings the rules miss; fast enough to run on every load (a 5,000-word
//! article in well under 5 ms natively).
//!
//! ## Usage
//! ```
//! use marginalia::domain::document::AnnotatedDocument;
//! use marginalia::domain::suggest;
//!
//! let doc = AnnotatedDocument::from_text(
//!     "\"We will not sign this deal,\" Varga told reporters on Monday.",
//!     "2026-02-01T00:00:00.000Z",
//! );
//! let found = suggest::suggest(&doc);
//! assert!(found.iter().any(|s| s.tag.as_str() == "quote"
//!     && s.speaker.as_deref() == Some("Varga")));
//! ```
//!
//! - [`suggest`] lists suggestions, one per (sentence, tag), in text order.
//!   Every span is a whole sentence (the page tags sentences); a quote
//!   suggestion also carries the quotation's exact span in `quote`.
//! - [`Suggestion::key`] is a stable id for remembering a rejection across
//!   reloads: it changes only when the tag, the span or the text does.
//! - [`accept`] adds a suggestion to a document, merging its tag into an
//!   annotation already on the same span; [`Suggestion::into_annotation`]
//!   builds the annotation alone; [`annotations`] turns every suggestion
//!   into annotations grouped by span (what the CLI prints).
//!
//! The page must never add suggestions to the document unasked: a
//! suggestion is not an annotation until the person accepts it.

mod boilerplate;
mod claims;
pub mod eval;
pub mod lexicon;
mod model;
mod quotes;
mod speaker;
mod tokens;
mod warning_model;
mod warnings;

use super::annotation::{Annotation, Origin};
use super::document::{document_id, AnnotatedDocument};
use super::tag::Tag;
use quotes::QuoteSpan;
use tokens::Tok;

/// One proposed tag on one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The sentence's span, in code points like [`Annotation`]'s.
    pub start: usize,
    pub end: usize,
    /// The sentence's text, so a rejection can be remembered by content.
    pub text: String,
    pub tag: Tag,
    /// Who said it: a quote's speaker, or the named source of reported speech.
    pub speaker: Option<String>,
    /// The word that triggered it (`warned`, `said`, `“`).
    pub cue: Option<String>,
    /// Why, in words for a tooltip: `reporting verb "warned"`,
    /// `quotation marks + speaker "Varga"`.
    pub reason: String,
    /// Index into the document's `sentences`.
    pub sentence: usize,
    /// For quotes: the quotation itself, opening to closing mark (code
    /// points). It may start or end outside this sentence.
    pub quote: Option<(usize, usize)>,
}

impl Suggestion {
    /// A stable id: tag, span and a hash of the text. Survives reloads and
    /// re-runs; changes when the sentence's text or offsets change.
    pub fn key(&self) -> String {
        // The document id is a fingerprint of a text; here, of the sentence.
        let hash = document_id(&self.text);
        let hash = hash.trim_start_matches("doc-");
        format!("{}:{}-{}:{hash}", self.tag, self.start, self.end)
    }

    /// The annotation this suggestion becomes when accepted on its own.
    pub fn into_annotation(self, doc: &AnnotatedDocument, id: String, now: &str) -> Annotation {
        let text = doc
            .slice(self.start, self.end)
            .map_or(self.text, str::to_string);
        Annotation {
            id,
            start: self.start,
            end: self.end,
            text,
            tags: vec![self.tag],
            note: String::new(),
            speaker: self.speaker,
            origin: Origin::Suggested,
            created: now.to_string(),
            updated: now.to_string(),
        }
    }
}

/// Accepts `s` into `doc`: its tag joins the annotation already on the same
/// span (which keeps its origin, and gains the speaker if it had none), or a
/// new annotation with origin `suggested` is inserted in span order.
pub fn accept(
    doc: &mut AnnotatedDocument,
    s: &Suggestion,
    now: &str,
    new_id: impl FnOnce() -> String,
) {
    doc.document.updated = now.to_string();
    if let Some(a) = doc
        .annotations
        .iter_mut()
        .find(|a| a.start == s.start && a.end == s.end)
    {
        if !a.tags.contains(&s.tag) {
            a.tags.push(s.tag.clone());
        }
        if a.speaker.is_none() {
            a.speaker.clone_from(&s.speaker);
        }
        a.updated = now.to_string();
        return;
    }
    let ann = s.clone().into_annotation(doc, new_id(), now);
    let at = doc
        .annotations
        .partition_point(|a| (a.start, a.end) <= (s.start, s.end));
    doc.annotations.insert(at, ann);
}

/// Every suggestion for `doc` as annotations, one per sentence with all its
/// suggested tags, ids from `new_id`.
pub fn annotations(
    doc: &AnnotatedDocument,
    now: &str,
    mut new_id: impl FnMut() -> String,
) -> Vec<Annotation> {
    let mut out: Vec<Annotation> = Vec::new();
    for s in suggest(doc) {
        match out.last_mut() {
            Some(a) if a.start == s.start && a.end == s.end => {
                a.tags.push(s.tag);
                if a.speaker.is_none() {
                    a.speaker = s.speaker;
                }
            }
            _ => out.push(s.into_annotation(doc, new_id(), now)),
        }
    }
    out
}

/// Suggestions for `doc`, in sentence order, and within a sentence in the
/// built-in tag order (claim, quote, warning).
pub fn suggest(doc: &AnnotatedDocument) -> Vec<Suggestion> {
    let src = tokens::Text::new(doc.text());
    let chars = &src.chars;
    let sentences = &doc.sentences;
    let para = paragraphs(chars, sentences);
    let quotes: Vec<QuoteSpan> = quotes::quotations(chars);
    let toks: Vec<Vec<Tok>> = sentences
        .iter()
        .map(|s| tokens::tokenize(&src, s.start, s.end, &quotes))
        .collect();
    let outside: Vec<Vec<Tok>> = toks.iter().map(|t| tokens::outside(t)).collect();
    let skip = boilerplate::skipped(sentences, &toks);

    // The sentences each quotation touches; quotations that touch none (in
    // white space the splitter left out) are dropped.
    let mut kept = Vec::new();
    let mut touched = Vec::new();
    for q in &quotes {
        let first = sentences.partition_point(|s| s.end <= q.open);
        let last = sentences.partition_point(|s| s.start < q.close);
        if first < last {
            kept.push(*q);
            touched.push((first, last - 1));
        }
    }
    let mentions = speaker::Mentions::collect(&outside, &skip);
    let attributions = speaker::attribute(&kept, &touched, &outside, &para, &mentions);

    // Per sentence: its first quotation and the verbs attributing direct speech.
    let mut quote_of: Vec<Option<usize>> = vec![None; sentences.len()];
    let mut direct: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (q, &(first, last)) in touched.iter().enumerate() {
        for slot in &mut quote_of[first..=last] {
            slot.get_or_insert(q);
        }
        // `said the storm posed "a danger to life"` is reported speech that
        // quotes a phrase: its verb still reports a claim. A verb after the
        // quote (`"…," said Doyle, who has…`) only attributes it.
        if let Some((s, v)) = attributions[q].verb {
            let after = attributions[q].how == speaker::How::AfterQuote;
            if after || !claims::introduces_clause(&outside[s], v) {
                direct[s].push(v);
            }
        }
    }

    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if skip[i] {
            continue;
        }
        let make =
            |tag: &str, speaker: Option<String>, cue: Option<String>, reason: String| Suggestion {
                start: s.start,
                end: s.end,
                text: s.text.clone(),
                tag: Tag::new(tag),
                speaker,
                cue,
                reason,
                sentence: i,
                quote: None,
            };
        let quote_speaker = quote_of[i].and_then(|q| attributions[q].speaker.clone());
        let claim = claims::claim(&toks[i], &outside[i], &direct[i]);
        if let Some(c) = &claim {
            let speaker = c.source.clone().or_else(|| quote_speaker.clone());
            out.push(make(
                "claim",
                speaker,
                Some(c.cue.clone()),
                c.reason.clone(),
            ));
        }
        if let Some(q) = quote_of[i] {
            let span = kept[q];
            let a = &attributions[q];
            let reason = match &a.speaker {
                Some(n) => format!("quotation marks + speaker \"{n}\" ({})", how(a.how)),
                None => "quotation marks, speaker not named".to_string(),
            };
            let mark = chars[span.open].to_string();
            let mut sug = make("quote", a.speaker.clone(), Some(mark), reason);
            sug.quote = Some((span.open, span.close));
            out.push(sug);
        }
        // The rules first, unless the model all but rules the sentence
        // out; where they see no warning, the model may. A question warns
        // no one (`What are the risks?`, `If it shuts, where do they go?`):
        // none of the tuning set's labelled questions is a warning.
        let warning = if warnings::silent(&toks[i]) {
            None
        } else {
            let score = model::score(&s.text);
            match warnings::warning(&toks[i]) {
                Some(w) if !score.vetoes() => Some((Some(w.cue), w.reason)),
                _ => model_warning(score),
            }
        };
        if let Some((cue, reason)) = warning {
            let speaker = quote_speaker.or_else(|| claim.and_then(|c| c.source));
            out.push(make("warning", speaker, cue, reason));
        }
    }
    out
}

/// A warning the model sees, from its `score` of a sentence: the cue is
/// its strongest word.
fn model_warning(score: model::Score) -> Option<(Option<String>, String)> {
    if !score.is_warning() {
        return None;
    }
    let reason = if score.top.is_empty() {
        format!(
            "wording that often marks a warning (score {:.2})",
            score.probability
        )
    } else {
        let words: Vec<String> = score.top.iter().map(|w| format!("\"{w}\"")).collect();
        format!("words that often mark a warning: {}", words.join(", "))
    };
    Some((score.top.first().map(|w| w.to_string()), reason))
}

fn how(h: speaker::How) -> &'static str {
    use speaker::How::*;
    match h {
        AfterQuote => "attribution after the quote",
        BeforeQuote => "attribution before the quote",
        According => "\"according to\"",
        IntroducedBefore => "introduced by the sentence before",
        IntroducedAfter => "named in the sentence after",
        Continues => "continues the previous quote",
        NotFound => "no attribution",
    }
}

/// Paragraph index of each sentence: a blank line between two sentences
/// starts a new one.
fn paragraphs(chars: &[char], sentences: &[super::document::Sentence]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut p = 0;
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            let gap = &chars[sentences[i - 1].end..s.start];
            if gap.iter().filter(|&&c| c == '\n').count() >= 2 {
                p += 1;
            }
        }
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-02-01T00:00:00.000Z";

    fn tags_of(text: &str) -> Vec<(String, String)> {
        let doc = AnnotatedDocument::from_text(text, NOW);
        suggest(&doc)
            .into_iter()
            .map(|s| (s.text, s.tag.0))
            .collect()
    }

    #[test]
    fn a_multi_sentence_quotation_tags_every_sentence_it_touches() {
        let text =
            "Vos spoke at length.\n\n\"Both sides are playing to voters,\" said Anneke Vos. \
                    \"The technical gaps are small. The political gaps are enormous.\"";
        let doc = AnnotatedDocument::from_text(text, NOW);
        let quotes: Vec<Suggestion> = suggest(&doc)
            .into_iter()
            .filter(|s| s.tag.as_str() == "quote")
            .collect();
        assert_eq!(quotes.len(), 3);
        assert!(quotes
            .iter()
            .all(|s| s.speaker.as_deref() == Some("Anneke Vos")));
        assert_eq!(quotes[1].quote, quotes[2].quote);
    }

    #[test]
    fn headings_and_meta_lines_get_nothing() {
        let got =
            tags_of("Storm Warning Issued\n\nPublished Date: 1 Feb, 2026\n\nThe storm could kill.");
        assert_eq!(
            got,
            vec![("The storm could kill.".into(), "warning".into())]
        );
    }

    #[test]
    fn the_model_suggests_a_warning_the_rules_miss() {
        let text = "Residents who stay behind have been told to move to high ground \
                    immediately if they hear the alarm.";
        let doc = AnnotatedDocument::from_text(text, NOW);
        let src = tokens::Text::new(doc.text());
        let s = &doc.sentences[0];
        let toks = tokens::tokenize(&src, s.start, s.end, &[]);
        assert_eq!(warnings::warning(&toks), None, "the rules miss it");
        let found = suggest(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].tag.as_str(), "warning");
        // The cue is the word that weighed most, and the reason names it
        // first; which word that is depends on the trained weights.
        let cue = found[0].cue.clone().expect("a cue");
        assert!(
            found[0]
                .reason
                .starts_with(&format!("words that often mark a warning: \"{cue}\", ")),
            "{}",
            found[0].reason
        );
    }

    #[test]
    fn a_model_warning_takes_the_quotes_speaker() {
        let text = "\"By Thursday afternoon it will be too late to get out, and our rescue \
                    crews will not be able to reach you,\" said Ana Sol, the harbour master.";
        let doc = AnnotatedDocument::from_text(text, NOW);
        let found = suggest(&doc);
        let w = found.iter().find(|s| s.tag.as_str() == "warning");
        let w = w.expect("a warning");
        assert!(
            w.reason.starts_with("words that often mark"),
            "{}",
            w.reason
        );
        assert_eq!(w.speaker.as_deref(), Some("Ana Sol"));
    }

    #[test]
    fn the_model_leaves_a_neutral_sentence_alone() {
        let text = "The library will open a new reading room on the second floor in March.";
        assert!(model::score(text).probability < 0.1);
        assert!(tags_of(text).iter().all(|(_, tag)| tag != "warning"));
    }

    #[test]
    fn the_model_overrules_a_rule_where_it_all_but_rules_a_warning_out() {
        // `asked … to keep` is advice to the rules; the sentence reports
        // calm. The layer scores it near 0.01, far under the veto.
        let text = "Police said no arrests had been made, and the interior ministry asked \
                    both camps to keep demonstrations calm.";
        let doc = AnnotatedDocument::from_text(text, NOW);
        let src = tokens::Text::new(doc.text());
        let s = &doc.sentences[0];
        let toks = tokens::tokenize(&src, s.start, s.end, &[]);
        assert!(warnings::warning(&toks).is_some(), "a rule fires");
        assert!(model::score(text).vetoes());
        assert!(tags_of(text).iter().all(|(_, tag)| tag != "warning"));
    }

    #[test]
    fn a_person_who_spoke_at_the_end_of_one_paragraph_speaks_the_quote_opening_the_next() {
        let speaker_of_quote = |text: &str| {
            let doc = AnnotatedDocument::from_text(text, NOW);
            suggest(&doc)
                .into_iter()
                .find(|s| s.tag.as_str() == "quote")
                .expect("a quote")
                .speaker
        };
        let text = "Neighbour Tina Boswell, 62, said the street was in shock.\n\n\
                    \"Everybody knows Maggie. She'd give you her last biscuit.\"";
        assert_eq!(speaker_of_quote(text).as_deref(), Some("Tina Boswell"));
        // A sentence that only names someone does not reach across the break.
        let text = "Tina Boswell has lived on the street for 40 years.\n\n\
                    \"Everybody knows Maggie. She'd give you her last biscuit.\"";
        assert_eq!(speaker_of_quote(text), None);
    }

    #[test]
    fn keys_are_stable_and_differ_by_tag_and_text() {
        let a = suggest(&AnnotatedDocument::from_text(
            "Officials warned that 40 roads could flood.",
            NOW,
        ));
        let b = suggest(&AnnotatedDocument::from_text(
            "Officials warned that 40 roads could flood.",
            NOW,
        ));
        assert_eq!(a[0].key(), b[0].key());
        assert_ne!(a[0].key(), a[1].key());
    }

    #[test]
    fn suggested_annotations_pass_the_native_import_checks() {
        let text = "Storm Warning\n\n“Leave now, do not wait for the water,” said Mayor Ana Sol. \
                    She said 300 homes were flooded.\n\nDate: 1 Feb, 2026";
        let mut doc = AnnotatedDocument::from_text(text, NOW);
        let mut n = 0;
        doc.annotations = annotations(&doc, NOW, || {
            n += 1;
            format!("s{n}")
        });
        assert_eq!(doc.annotations.len(), 2);
        assert_eq!(doc.annotations[0].speaker.as_deref(), Some("Ana Sol"));
        let json = crate::domain::format::native::to_json(&doc);
        let back = crate::domain::format::native::from_json(&json).expect("valid document");
        assert_eq!(back.annotations, doc.annotations);
    }

    #[test]
    fn accepting_merges_tags_on_one_span_and_marks_the_origin() {
        let mut doc =
            AnnotatedDocument::from_text("Officials warned that 40 roads could flood.", NOW);
        let found = suggest(&doc);
        let mut n = 0;
        for s in &found {
            accept(&mut doc, s, NOW, || {
                n += 1;
                format!("s{n}")
            });
        }
        assert_eq!(doc.annotations.len(), 1);
        let a = &doc.annotations[0];
        assert_eq!(a.origin, Origin::Suggested);
        assert_eq!(a.tags, vec![Tag::new("claim"), Tag::new("warning")]);
    }
}
