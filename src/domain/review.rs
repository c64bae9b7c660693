//! Reviewing suggestions: which are still waiting for the person, and who
//! said what across accepted annotations and waiting suggestions. The page
//! shows these; nothing here changes a document.

use std::collections::{BTreeMap, HashSet};

use super::document::AnnotatedDocument;
use super::suggest::Suggestion;

/// A suggestion waits for the person until it is rejected or its tag is on
/// an annotation of exactly its span.
pub fn is_pending(doc: &AnnotatedDocument, s: &Suggestion) -> bool {
    !doc.rejected_suggestions.contains(&s.key())
        && !doc
            .annotation_on(s.start, s.end)
            .is_some_and(|a| a.has_tag(&s.tag))
}

/// [`is_pending`] for every suggestion at once, in one pass over the
/// annotations rather than one per suggestion.
pub fn pending_mask(doc: &AnnotatedDocument, suggestions: &[Suggestion]) -> Vec<bool> {
    let keys: Vec<String> = suggestions.iter().map(Suggestion::key).collect();
    pending_mask_keyed(doc, suggestions, &keys)
}

/// [`pending_mask`] with the suggestions' keys computed once beforehand:
/// a key hashes its sentence's text, and the page asks on every edit.
pub fn pending_mask_keyed(
    doc: &AnnotatedDocument,
    suggestions: &[Suggestion],
    keys: &[String],
) -> Vec<bool> {
    let tagged: HashSet<(usize, usize, &str)> = doc
        .annotations
        .iter()
        .flat_map(|a| a.tags.iter().map(move |t| (a.start, a.end, t.as_str())))
        .collect();
    let rejected = &doc.rejected_suggestions;
    suggestions
        .iter()
        .zip(keys)
        .map(|(s, key)| {
            !tagged.contains(&(s.start, s.end, s.tag.as_str()))
                && (rejected.is_empty() || !rejected.contains(key))
        })
        .collect()
}

/// One thing a speaker said: a span with its tags, from an annotation or a
/// waiting suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Said {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub tags: Vec<String>,
    /// True while it is only a suggestion.
    pub suggested: bool,
}

/// Everyone quoted or cited, by name, with what they said in text order.
/// Accepted annotations come first; a suggestion on the same span as an
/// annotation of the same speaker is folded into it.
/// `pending[i]` says whether `suggestions[i]` still waits ([`pending_mask`]).
pub fn who_said_what(
    doc: &AnnotatedDocument,
    suggestions: &[Suggestion],
    pending: &[bool],
) -> BTreeMap<String, Vec<Said>> {
    let mut by_speaker: BTreeMap<String, Vec<Said>> = BTreeMap::new();
    for a in &doc.annotations {
        let Some(name) = a.speaker.as_deref().filter(|n| !n.trim().is_empty()) else {
            continue;
        };
        by_speaker.entry(name.to_string()).or_default().push(Said {
            start: a.start,
            end: a.end,
            text: a.text.clone(),
            tags: a.tags.iter().map(|t| t.to_string()).collect(),
            suggested: false,
        });
    }
    for s in suggestions
        .iter()
        .zip(pending)
        .filter(|(_, &p)| p)
        .map(|(s, _)| s)
    {
        let Some(name) = s.speaker.as_deref() else {
            continue;
        };
        let said = by_speaker.entry(name.to_string()).or_default();
        let tag = s.tag.to_string();
        match said
            .iter_mut()
            .find(|x| x.start == s.start && x.end == s.end)
        {
            Some(x) if !x.tags.contains(&tag) => x.tags.push(tag),
            Some(_) => {}
            None => said.push(Said {
                start: s.start,
                end: s.end,
                text: s.text.clone(),
                tags: vec![tag],
                suggested: true,
            }),
        }
    }
    for said in by_speaker.values_mut() {
        said.sort_by_key(|x| (x.start, x.end));
    }
    by_speaker
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::suggest::{self, suggest};

    const ARTICLE: &str = "Harbour Talks Stall\n\n\
        \"We will not sign this deal,\" Varga told reporters on Monday. \
        Officials warned that any strike would close the port.";

    fn doc() -> AnnotatedDocument {
        AnnotatedDocument::from_text(ARTICLE, "t")
    }

    #[test]
    fn accepted_or_rejected_suggestions_stop_waiting() {
        let mut d = doc();
        let found = suggest(&d);
        let quote = found
            .iter()
            .find(|s| s.tag.as_str() == "quote")
            .expect("a quote suggestion")
            .clone();
        assert!(is_pending(&d, &quote));
        suggest::accept(&mut d, &quote, "t", || "a1".to_string());
        assert!(!is_pending(&d, &quote));

        let other = found
            .iter()
            .find(|s| s.tag.as_str() != "quote")
            .expect("another suggestion")
            .clone();
        assert!(is_pending(&d, &other));
        d.rejected_suggestions.insert(other.key());
        assert!(!is_pending(&d, &other));
        let mask = pending_mask(&d, &found);
        let expected: Vec<bool> = found.iter().map(|s| is_pending(&d, s)).collect();
        assert_eq!(mask, expected, "the one-pass mask agrees with is_pending");
        assert!(mask.iter().any(|&p| p) && mask.iter().any(|&p| !p));
    }

    #[test]
    fn speakers_list_their_quotes_whether_accepted_or_waiting() {
        let mut d = doc();
        let found = suggest(&d);
        let waiting = who_said_what(&d, &found, &pending_mask(&d, &found));
        let varga = waiting.get("Varga").expect("Varga is a speaker");
        assert!(varga.iter().all(|s| s.suggested));
        assert!(varga[0].tags.contains(&"quote".to_string()));

        let quote = found.iter().find(|s| s.tag.as_str() == "quote").unwrap();
        suggest::accept(&mut d, quote, "t", || "a1".to_string());
        let after = who_said_what(&d, &found, &pending_mask(&d, &found));
        let varga = &after["Varga"];
        assert_eq!(
            varga.len(),
            1,
            "the accepted quote and its waiting tags are one entry"
        );
        assert!(!varga[0].suggested);
    }
}
