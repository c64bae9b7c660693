//! Sentence boundaries inside a run of prose (one paragraph, or the part of
//! it between standalone lines). Line breaks inside the run are ordinary
//! white space.
//!
//! One forward scan: a byte table finds candidate terminators, and each
//! candidate is judged by a bounded look at its neighbourhood (the word
//! before, the cluster of marks, the word after), so the cost is linear in
//! the length of the text whatever it contains.

use super::abbreviations::{self as ab, Abbrev};
use super::lists::{self, ListSearch};
use super::punct::{self, Next, Term};
use super::quotes;
use super::scan;
use super::{Segment, SegmentKind};

/// Splits `text[start..end]` into segments of `kind`, appending to `out`.
pub(super) fn split_prose(
    text: &str,
    start: usize,
    end: usize,
    kind: SegmentKind,
    out: &mut Vec<Segment>,
) {
    let bytes = text.as_bytes();
    let mut lists = ListSearch::new(end - start);
    let mut guillemets = quotes::Guillemets::default();
    let mut seg = punct::skip_ws(text, start, end);
    if seg >= end {
        return;
    }
    let mut cut = lists.next_cut(text, seg, end);
    let mut i = seg;
    loop {
        let limit = cut.unwrap_or(end);
        let (p, found) = scan::find_terminator(bytes, i, limit);
        let step = match (found, cut) {
            (Some((term, len)), _) => judge(text, seg, p, term, len, end, &mut guillemets),
            (None, Some(c)) => Step::Split(c, c),
            (None, None) => Step::Split(end, end),
        };
        match step {
            Step::Continue(next) => i = next,
            Step::Split(seg_end, next) => {
                push(out, text, seg, seg_end, kind);
                seg = punct::skip_ws(text, next, end);
                if seg >= end {
                    return;
                }
                i = seg;
                if cut.is_none_or(|c| seg >= c) {
                    cut = lists.next_cut(text, seg, end);
                }
            }
        }
    }
}

fn push(out: &mut Vec<Segment>, text: &str, start: usize, end: usize, kind: SegmentKind) {
    let end = punct::trim_end(text, start, end);
    if end > start {
        out.push(Segment { start, end, kind });
    }
}

enum Step {
    /// No boundary; scan on from this byte.
    Continue(usize),
    /// The segment ends at the first byte; the next one starts at the first
    /// non-space byte from the second.
    Split(usize, usize),
}

/// Judges the terminator `term` (of `len` bytes) at `p` in the segment that
/// started at `seg`.
fn judge(
    text: &str,
    seg: usize,
    p: usize,
    term: Term,
    len: usize,
    end: usize,
    guillemets: &mut quotes::Guillemets,
) -> Step {
    let b = &text.as_bytes()[..end];

    // The cluster of terminators: `?!`, `...`, `. . . .`, `! ! !`.
    let mut dots = 0;
    let mut strong = false;
    let mut full = false;
    let mut add = |t: Term| match t {
        Term::Dot => dots += 1,
        Term::Ellipsis => dots += 3,
        Term::Strong => strong = true,
        Term::Full => full = true,
    };
    add(term);
    let mut j = p + len;
    let mut spaced = false;
    loop {
        if let Some((t, l)) = punct::terminator_at(b, j) {
            add(t);
            j += l;
        } else if b.get(j) == Some(&b' ') && spaced_cluster_goes_on(b, j) {
            spaced = true;
            j += 1;
        } else {
            break;
        }
    }

    // Closing quotes and brackets belong to the sentence they close.
    let term_end = j;
    let mut quoted = false;
    while j < end {
        if let Some(c) = punct::char_at(text, j).filter(|&c| punct::is_closer(c)) {
            quoted |= punct::is_quote_closer(c);
            j += c.len_utf8();
        } else if let Some(after) = guillemets.closer_at(text, seg, j, end) {
            quoted = true;
            j = after;
        } else {
            break;
        }
    }
    if let Some(after) = punct::emoji_after(text, j, end) {
        j = after;
    }
    if j >= end {
        return Step::Split(end, end);
    }
    if punct::ws_len(text, j) == 0 {
        // `。` ends a sentence with nothing after it, unless a closing
        // bracket leads on into the same sentence (`「…。」と言った`).
        return if full && j == term_end {
            Step::Split(j, j)
        } else {
            Step::Continue(j)
        };
    }
    let k = punct::skip_ws(text, j, end);
    if k >= end {
        return Step::Split(j, end);
    }
    if full {
        return Step::Split(j, k);
    }
    let (next, word_at) = punct::next_at(text, k, end);
    let starts = matches!(
        next,
        Next::Upper | Next::Digit | Next::Caseless | Next::Symbol
    );
    if !starts {
        return Step::Continue(j);
    }

    if strong {
        if next == Next::Upper {
            // `"…?" Marsh-Ortiz asked`, but not `"…?" "Maybe," he said`.
            if quoted && word_at == k && quotes::is_attribution(text, word_at, end) {
                return Step::Continue(j);
            }
            let (word, _) = word_before(text, seg, p);
            if ab::is_exclamation_name(word) && !starter_at(text, word_at, end) {
                return Step::Continue(j);
            }
        }
        return Step::Split(j, k);
    }
    match dots {
        // An ellipsis marks an omission, not an end: `the thing is . . . I
        // didn't mean it`.
        3 => return Step::Continue(j),
        // Four dots end a sentence. When the first is attached to a word and
        // the rest are spaced, that period ends the sentence and the spaced
        // ellipsis opens the next one (`compounds. . . . The practice`).
        4.. => {
            if spaced && b[p + 1] == b' ' && p > seg && !punct::ws_before(text, p) {
                return Step::Split(p + 1, p + 2);
            }
            return Step::Split(j, k);
        }
        2 => return Step::Split(j, k),
        _ => {}
    }

    // A single period.
    if lists::is_marker_prefix(text, seg, p) {
        return Step::Continue(j);
    }
    let (word, word_start) = word_before(text, seg, p);
    // `outside the Co-op. The junction`: the end of a hyphenated word is
    // no title or shorthand that leads into a name (`op.` as in `op. cit.`).
    let hyphenated = word_start > seg + 1
        && text.as_bytes()[word_start - 1] == b'-'
        && text.as_bytes()[word_start - 2].is_ascii_alphanumeric();
    let class = ab::classify(word).filter(|c| !(hyphenated && *c == Abbrev::Prepositive));
    let split = match class {
        // `am 3. Oktober`: German writes ordinal days with a period.
        None => !(is_day_number(word) && word_at_is(text, word_at, end, ab::is_german_month)),
        Some(Abbrev::Prepositive) | Some(Abbrev::Initial) => false,
        Some(Abbrev::SaintOrStreet) => {
            // `5th st. Then`: a street after a number; `St. Michael`: a saint.
            previous_word(text, seg, word_start)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                && next != Next::Digit
        }
        Some(Abbrev::Plain) => next != Next::Digit,
        Some(Abbrev::Postpositive) | Some(Abbrev::Acronym) => match next {
            Next::Digit => false,
            Next::Upper => starter_at(text, word_at, end),
            _ => true,
        },
        Some(Abbrev::Time) => match next {
            Next::Digit => false,
            Next::Upper => {
                !is_fronted_time(text, seg, p)
                    && !word_at_is(text, word_at, end, ab::is_time_follower)
            }
            _ => true,
        },
        Some(Abbrev::PronounI) => {
            // `Albert I. Jones` is a name; `you and I. Did…` ends a sentence.
            next != Next::Upper
                || !previous_word(text, seg, word_start)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        }
    };
    if split {
        Step::Split(j, k)
    } else {
        Step::Continue(j)
    }
}

/// After a space inside a cluster: does the cluster go on (`. . .`, `! ! !`)?
/// Only when another terminator follows that is not the start of a word
/// (`.NET`).
fn spaced_cluster_goes_on(b: &[u8], j: usize) -> bool {
    matches!(b.get(j + 1), Some(b'.' | b'!' | b'?'))
        && !b.get(j + 2).is_some_and(u8::is_ascii_alphanumeric)
}

/// Longest word before a period that the rules care about, in bytes.
const WORD_LOOKBACK: usize = 24;

/// The word that ends at byte `p` (without leading quotes or brackets) and
/// where it starts. Longer words come back cut, which no table matches.
fn word_before(text: &str, seg: usize, p: usize) -> (&str, usize) {
    let b = text.as_bytes();
    let floor = seg.max(p.saturating_sub(WORD_LOOKBACK));
    let mut q = p;
    while q > floor
        && !matches!(
            b[q - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'{' | b'"' | b'/' | b'-'
        )
        // `Hosmer—Mr.`: a dash joins words, the abbreviation is after it.
        && !(q >= floor + 3 && b[q - 3] == 0xE2 && b[q - 2] == 0x80 && matches!(b[q - 1], 0x93 | 0x94))
    {
        q -= 1;
    }
    while !text.is_char_boundary(q) {
        q += 1;
    }
    let raw = &text[q..p];
    let word = match raw.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => raw,
        _ => raw.trim_start_matches(|c: char| !c.is_alphanumeric()),
    };
    (word, p - word.len())
}

/// The word before the one starting at `word_start`, if the segment has one.
fn previous_word(text: &str, seg: usize, word_start: usize) -> Option<&str> {
    let b = text.as_bytes();
    let mut q = word_start;
    while q > seg && matches!(b[q - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'"') {
        q -= 1;
    }
    if q <= seg || q == word_start {
        return None;
    }
    Some(word_before(text, seg, q).0)
}

fn is_day_number(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the word at `at` is one that typically opens a sentence.
fn starter_at(text: &str, at: usize, end: usize) -> bool {
    word_at_is(text, at, end, ab::is_sentence_starter)
}

/// Whether the ASCII word at `at`, lower-cased and without inner periods
/// (`E.T.` reads as `et`), is in a word list.
fn word_at_is(text: &str, at: usize, end: usize, list: fn(&[u8]) -> bool) -> bool {
    let b = &text.as_bytes()[at.min(end)..end];
    let mut buf = [0u8; ab::MAX];
    let mut n = 0;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphabetic() {
            if n == ab::MAX {
                return false;
            }
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        } else if !(c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)) {
            break;
        }
        i += 1;
    }
    // A word that goes on in another script is none of these.
    n > 0 && b.get(i).is_none_or(|&c| c < 0x80) && list(&buf[..n])
}

/// Whether the segment so far is only a short fronted time phrase
/// (`At 5 a.m.`), after which the subject follows.
fn is_fronted_time(text: &str, seg: usize, p: usize) -> bool {
    if p - seg > 40 {
        return false;
    }
    let so_far = &text[seg..p];
    let mut words = so_far.split_whitespace();
    let first = words.next().unwrap_or("");
    let mut buf = [0u8; ab::MAX];
    so_far.split_whitespace().count() <= 5
        && ab::lower(first.as_bytes(), &mut buf).is_some_and(ab::is_time_intro)
}
