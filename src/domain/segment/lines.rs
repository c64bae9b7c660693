//! The line structure of an article: paragraphs (separated by blank
//! lines), and the lines inside them that stand alone — headings, metadata,
//! list items, datelines. Everything else is prose, gathered into runs that
//! the sentence splitter cuts; a single line break inside a run is only
//! white space.

use super::headings;
use super::lists;
use super::meta;
use super::punct;
use super::scan;
use super::sentences::split_prose;
use super::{Segment, SegmentKind};

/// One line: its trimmed content `start..end` (empty for a blank line).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// It begins with white space: a list item's continuation is indented.
    indented: bool,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

/// Iterates over the lines of a text, `\n` or `\r\n` ended.
struct Lines<'t> {
    text: &'t str,
    pos: usize,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.pos >= self.text.len() {
            return None;
        }
        let from = self.pos;
        let line_end = scan::find_newline(self.text.as_bytes(), from);
        self.pos = line_end + 1;
        let (start, end) = punct::trim(self.text, from, line_end);
        Some(Line {
            start,
            end,
            indented: start > from,
        })
    }
}

/// A run of prose lines waiting to be split, and the kind its segments get.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
    kind: SegmentKind,
}

/// Splits the whole text, appending segments to `out`.
pub(super) fn split_text(text: &str, out: &mut Vec<Segment>) {
    let mut lines = Lines { text, pos: 0 }.peekable();
    let mut run: Option<Run> = None;
    // The previous non-blank line of the paragraph ended a sentence or stood
    // alone: the next line can open something new (a heading, a dateline).
    let mut fresh = true;
    let mut para_start = true;
    while let Some(line) = lines.next() {
        if line.is_blank() {
            flush(text, &mut run, out);
            fresh = true;
            para_start = true;
            continue;
        }
        let next = lines.peek().copied().filter(|n| !n.is_blank());
        let body = &text[line.start..line.end];
        let alone = para_start && next.is_none();
        para_start = false;

        if lists::starts_list_item(text, line.start, line.end) {
            flush(text, &mut run, out);
            run = Some(Run {
                start: line.start,
                end: line.end,
                kind: SegmentKind::ListItem,
            });
            fresh = true;
            continue;
        }
        if let Some(r) = run.as_mut().filter(|r| r.kind == SegmentKind::ListItem) {
            // An indented line, or one that goes on mid-sentence, continues
            // the item above it.
            let lowercase = body.starts_with(|c: char| c.is_lowercase());
            if line.indented || lowercase && !fresh_after(text, r.end) {
                r.end = line.end;
                continue;
            }
        }
        if fresh {
            if meta::is_meta_line(body) {
                flush(text, &mut run, out);
                out.push(segment(line.start, line.end, SegmentKind::Meta));
                continue;
            }
            // A dateline alone on its line (`WASHINGTON —`) needs the
            // sentence it opens on the next one.
            let dateline = meta::dateline_len(body).filter(|&len| {
                len < body.len() || next.is_some_and(|n| starts_sentence(text, n.start, n.end))
            });
            if let Some(len) = dateline {
                flush(text, &mut run, out);
                out.push(segment(line.start, line.start + len, SegmentKind::Dateline));
                let rest = punct::skip_ws(text, line.start + len, line.end);
                run = Some(prose(rest, line.end));
                fresh = headings::ends_sentence(body);
                continue;
            }
            // The last line of a paragraph, after a sentence end or another
            // standalone line, is as free to be a heading as one followed
            // by a new sentence (the last entry of a table of contents).
            let next_starts = next.is_none_or(|n| starts_sentence(text, n.start, n.end));
            if headings::is_heading(body, alone, next_starts) && single_segment(text, &line) {
                flush(text, &mut run, out);
                out.push(segment(line.start, line.end, SegmentKind::Heading));
                continue;
            }
        }
        match run.as_mut().filter(|r| r.kind == SegmentKind::Sentence) {
            Some(r) => r.end = line.end,
            None => {
                flush(text, &mut run, out);
                run = Some(prose(line.start, line.end));
            }
        }
        fresh = headings::ends_sentence(body);
    }
    flush(text, &mut run, out);
    mark_footer(text, out);
}

/// Most footer text a closing date line may be followed by, in bytes.
const FOOTER_MAX: usize = 400;

/// An article that closes with a metadata line (`Date: 1 Feb, 2026`) and
/// then a line or two of text has a footer there: an advertiser's slogan
/// or boilerplate, metadata rather than a sentence of the article.
fn mark_footer(text: &str, out: &mut [Segment]) {
    let Some(last_meta) = out.iter().rposition(|s| s.kind == SegmentKind::Meta) else {
        return;
    };
    let (before, tail) = out.split_at_mut(last_meta + 1);
    let Some(last) = tail.last() else {
        return;
    };
    let span = &text[before[last_meta].end..last.end];
    let after_prose = before.iter().any(|s| s.kind == SegmentKind::Sentence);
    // Set off by a blank line (`\n\n`, `\r\n\r\n`, or spaces between).
    let blank_line = span.split('\n').skip(1).any(|l| l.trim().is_empty());
    if after_prose && tail.len() <= 3 && span.len() <= FOOTER_MAX && blank_line {
        for s in tail.iter_mut().filter(|s| s.kind == SegmentKind::Sentence) {
            s.kind = SegmentKind::Meta;
        }
    }
}

fn segment(start: usize, end: usize, kind: SegmentKind) -> Segment {
    Segment { start, end, kind }
}

fn prose(start: usize, end: usize) -> Run {
    Run {
        start,
        end,
        kind: SegmentKind::Sentence,
    }
}

fn flush(text: &str, run: &mut Option<Run>, out: &mut Vec<Segment>) {
    if let Some(r) = run.take() {
        split_prose(text, r.start, r.end, r.kind, out);
    }
}

/// Whether the text before byte `end` closes a sentence.
fn fresh_after(text: &str, end: usize) -> bool {
    headings::ends_sentence(&text[..end])
}

/// Whether a line starts as a sentence does: a capital or a digit after any
/// opening quotes.
fn starts_sentence(text: &str, start: usize, end: usize) -> bool {
    matches!(
        punct::next_at(text, start, end).0,
        punct::Next::Upper | punct::Next::Digit | punct::Next::Caseless
    )
}

/// Whether the splitter would leave the line whole: a line holding two
/// sentences is prose, even without a final period.
fn single_segment(text: &str, line: &Line) -> bool {
    let mut probe = Vec::new();
    split_prose(text, line.start, line.end, SegmentKind::Heading, &mut probe);
    probe.len() <= 1
}
