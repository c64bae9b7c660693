//! Sentence segmentation: the article's text cut into the units a person
//! tags. Works on byte offsets in one pass; callers convert with
//! [`crate::domain::text::OffsetMap`].
//!
//! A first rule-based splitter: blank lines end segments, short lines without
//! final punctuation are headings, and `.`, `!`, `?` end a sentence unless an
//! abbreviation, initial or number says otherwise.

use serde::{Deserialize, Serialize};

/// What kind of line or sentence a segment is, so that the page can style
/// headings and suggestions can leave boilerplate alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    #[default]
    Sentence,
    /// A title or section heading: a line of its own without final punctuation.
    Heading,
    /// A bulleted or numbered list item.
    ListItem,
    /// `Published Date:`, `Date:`, `By …` and similar lines.
    Meta,
    /// `GENEVA (Meridian Wire) -` opening a paragraph.
    Dateline,
}

/// One segment: `text[start..end]` in bytes, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub kind: SegmentKind,
}

/// Splits `text` into segments, in order, never overlapping.
pub fn split(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for (start, end) in paragraphs(text) {
        split_paragraph(text, start, end, &mut out);
    }
    out
}

/// Byte ranges of paragraphs: runs of lines separated by blank lines.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push((s, para_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            para_end = line_start + lead + trimmed.len();
        }
        line_start += line.len();
    }
    if let Some(s) = para_start {
        out.push((s, para_end));
    }
    out
}

fn split_paragraph(text: &str, start: usize, end: usize, out: &mut Vec<Segment>) {
    let para = &text[start..end];
    // Lines that stand alone: headings, list items, meta lines.
    let mut line_start = start;
    let mut run_start: Option<usize> = None;
    for line in para.split_inclusive('\n') {
        let body = line.trim();
        let lead = line.len() - line.trim_start().len();
        let (ls, le) = (line_start + lead, line_start + lead + body.len());
        line_start += line.len();
        if body.is_empty() {
            continue;
        }
        let kind = line_kind(
            body,
            para.lines().filter(|l| !l.trim().is_empty()).count() == 1,
        );
        match kind {
            Some(kind) => {
                if let Some(rs) = run_start.take() {
                    split_sentences(text, rs, ls, out);
                }
                out.push(Segment {
                    start: ls,
                    end: le,
                    kind,
                });
            }
            None => {
                run_start.get_or_insert(ls);
            }
        }
    }
    if let Some(rs) = run_start {
        split_sentences(text, rs, end, out);
    }
}

/// The kind of a line that is a segment on its own, or `None` for prose.
fn line_kind(line: &str, alone_in_paragraph: bool) -> Option<SegmentKind> {
    let lower = line.to_lowercase();
    if ["published date:", "date:", "updated:", "by "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Some(SegmentKind::Meta);
    }
    if is_list_item(line) {
        return Some(SegmentKind::ListItem);
    }
    let ends_sentence = line
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', ':', ';', ',']);
    if alone_in_paragraph && !ends_sentence && line.chars().count() <= 160 {
        return Some(SegmentKind::Heading);
    }
    None
}

fn is_list_item(line: &str) -> bool {
    if line.starts_with(['-', '*', '•']) && line[1..].starts_with(' ') {
        return true;
    }
    let digits = line.bytes().take_while(|b| b.is_ascii_digit()).count();
    digits > 0
        && digits < 4
        && line[digits..].starts_with([')', '.'])
        && line[digits + 1..].starts_with(' ')
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "p", "pp", "a.m",
    "p.m", "ft", "mt", "fig", "approx",
];

/// Cuts prose `text[start..end]` into sentences.
fn split_sentences(text: &str, start: usize, end: usize, out: &mut Vec<Segment>) {
    let bytes = text.as_bytes();
    let mut seg_start = start;
    let mut i = start;
    while i < end {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            // Swallow runs of terminators and closing quotes or brackets.
            let mut j = i + 1;
            while j < end {
                let rest = &text[j..end];
                let ch = rest.chars().next().unwrap_or(' ');
                if matches!(
                    ch,
                    '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '»'
                ) {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            let next_non_space = text[j..end].trim_start();
            let at_space = j < end && text[j..end].starts_with(char::is_whitespace);
            if j >= end
                || (at_space
                    && starts_sentence(next_non_space)
                    && !is_abbreviation(text, seg_start, i, c))
            {
                out.push(Segment {
                    start: seg_start,
                    end: j,
                    kind: SegmentKind::Sentence,
                });
                seg_start = j + (text[j..end].len() - next_non_space.len());
                i = seg_start;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if seg_start < end {
        let tail = text[seg_start..end].trim_end();
        if !tail.is_empty() {
            out.push(Segment {
                start: seg_start,
                end: seg_start + tail.len(),
                kind: SegmentKind::Sentence,
            });
        }
    }
}

fn starts_sentence(rest: &str) -> bool {
    rest.chars()
        .find(|c| !matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«'))
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn is_abbreviation(text: &str, seg_start: usize, dot: usize, term: u8) -> bool {
    if term != b'.' {
        return false;
    }
    let word_start = text[seg_start..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map(|p| seg_start + p + 1)
        .unwrap_or(seg_start);
    let word = text[word_start..dot].to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true; // an initial
    }
    ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_simple_sentences_and_keeps_abbreviations() {
        assert_eq!(
            texts("Mr. Smith went to Washington. He said \"Hi.\" Then left."),
            vec![
                "Mr. Smith went to Washington.",
                "He said \"Hi.\"",
                "Then left."
            ]
        );
    }

    #[test]
    fn headings_and_meta_lines_stand_alone() {
        let t = "A Title Line\n\nPublished Date: 1 Feb, 2026\n\nBody one. Body two.";
        assert_eq!(
            texts(t),
            vec![
                "A Title Line",
                "Published Date: 1 Feb, 2026",
                "Body one.",
                "Body two."
            ]
        );
        let kinds: Vec<_> = split(t).iter().map(|s| s.kind).collect();
        assert_eq!(kinds[0], SegmentKind::Heading);
        assert_eq!(kinds[1], SegmentKind::Meta);
    }
}
