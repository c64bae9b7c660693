//! List markers: `1.`, `2)`, `3.)`, `(4)`, `a.`, `b)`, `(c)`, bullets.
//!
//! A line that starts with a marker is a list item. Inside a line, a segment
//! that starts with a marker makes the splitter look for the next marker of
//! the same series (`1.) …  2.) …`, `a. … b. …`, `• … •`) and cut before it,
//! whether or not the item ended with punctuation.

use super::punct::{char_at, ws_len};

/// What follows the number or letter of a marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delim {
    Dot,
    Paren,
    DotParen,
    /// `(1)`, `(a)`.
    Enclosed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Bullet(char),
    Number(u32, Delim),
    Letter(u8, Delim),
    /// A marker whose successor we don't predict (`(iv)`, `-`).
    Other,
}

/// Bullets that mark an item even in the middle of a line. `-` and `*` are
/// left out: inside a line they are dashes and emphasis.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣'
            | '⁃'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
    )
}

/// Parses a marker at byte `i`; returns it and its length. `line_start`
/// admits the ASCII bullets `-`, `*`, `+` and the en dash. `A.`-style
/// capitals are refused: they are mostly initials.
fn marker_at(text: &str, i: usize, end: usize, line_start: bool) -> Option<(Marker, usize)> {
    if !may_start_marker(&text.as_bytes()[..end], i) {
        return None;
    }
    parse_marker(text, i, end, line_start)
}

/// Most segments and lines start with a word or a quotation mark: reject
/// them on their first bytes, without a call.
#[inline(always)]
fn may_start_marker(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(b'0'..=b'9' | b'(' | b'-' | b'*' | b'+') => true,
        Some(b'a'..=b'z' | b'A'..=b'Z') => matches!(b.get(i + 1), Some(b'.' | b')')),
        // Bullets and the en dash, but not curly quotes or the em dash.
        Some(0xE2) => {
            !(b.get(i + 1) == Some(&0x80)
                && b.get(i + 2)
                    .is_some_and(|&c| c == 0x94 || (0x98..=0x9F).contains(&c)))
        }
        _ => false,
    }
}

fn parse_marker(text: &str, i: usize, end: usize, line_start: bool) -> Option<(Marker, usize)> {
    let b = &text.as_bytes()[..end];
    let c = char_at(text, i)?;
    let followed_by_space = |at: usize| at >= end || ws_len(text, at) > 0;
    if is_bullet(c) {
        return Some((Marker::Bullet(c), c.len_utf8()));
    }
    if line_start && matches!(c, '-' | '*' | '+' | '–') {
        let n = c.len_utf8();
        return (i + n < end && ws_len(text, i + n) > 0).then_some((Marker::Other, n));
    }
    let (enclosed, body) = if c == '(' { (true, i + 1) } else { (false, i) };
    let digits = b[body..]
        .iter()
        .take(4)
        .take_while(|d| d.is_ascii_digit())
        .count();
    let (item, after): (Option<Marker>, usize) = if (1..=3).contains(&digits) {
        let n = b[body..body + digits]
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        (Some(Marker::Number(n, Delim::Dot)), body + digits)
    } else if digits == 0 && b.get(body).is_some_and(u8::is_ascii_alphabetic) {
        let letters = b[body..]
            .iter()
            .take(5)
            .take_while(|d| d.is_ascii_alphabetic())
            .count();
        if letters == 1 {
            (Some(Marker::Letter(b[body], Delim::Dot)), body + 1)
        } else if enclosed
            && letters <= 4
            && b[body..body + letters]
                .iter()
                .all(|d| matches!(d, b'i' | b'v' | b'x'))
        {
            (Some(Marker::Other), body + letters)
        } else {
            (None, body)
        }
    } else {
        (None, body)
    };
    let item = item?;
    let (delim, len) = if enclosed {
        (b.get(after) == Some(&b')')).then_some((Delim::Enclosed, after + 1 - i))?
    } else if b[after..].starts_with(b".)") {
        (Delim::DotParen, after + 2 - i)
    } else if b.get(after) == Some(&b'.') {
        (Delim::Dot, after + 1 - i)
    } else if b.get(after) == Some(&b')') {
        (Delim::Paren, after + 1 - i)
    } else {
        return None;
    };
    if !followed_by_space(i + len) {
        return None;
    }
    let marker = match item {
        Marker::Number(n, _) => Marker::Number(n, delim),
        Marker::Letter(l, _) => {
            // `J. K. Rowling`: a capital with a period is an initial.
            if l.is_ascii_uppercase() && delim == Delim::Dot {
                return None;
            }
            Marker::Letter(l, delim)
        }
        other => other,
    };
    Some((marker, len))
}

/// Whether the line `text[start..end]` starts with a list marker.
pub(super) fn starts_list_item(text: &str, start: usize, end: usize) -> bool {
    marker_at(text, start, end, true).is_some()
}

/// Whether `text[seg..p]` is nothing but a marker's number or letter, so the
/// period at `p` belongs to the marker (`1.`, `a.`, `• 9.`, `IV.`).
pub(super) fn is_marker_prefix(text: &str, seg: usize, p: usize) -> bool {
    if p - seg > 12 {
        return false;
    }
    let Some(mut s) = text.get(seg..p) else {
        return false;
    };
    if let Some(c) = s.chars().next().filter(|&c| is_bullet(c)) {
        s = s[c.len_utf8()..].trim_start();
    }
    s = s.strip_prefix('(').unwrap_or(s);
    let b = s.as_bytes();
    match b.len() {
        1..=3 if b.iter().all(u8::is_ascii_digit) => true,
        1 => b[0].is_ascii_alphabetic(),
        2..=4 => b
            .iter()
            .all(|d| matches!(d, b'I' | b'V' | b'X' | b'i' | b'v' | b'x')),
        _ => false,
    }
}

/// Bytes of the next marker of a series, at most 8.
fn successor(m: Marker, buf: &mut [u8; 8]) -> Option<usize> {
    let mut n = 0;
    let mut put = |bytes: &[u8], buf: &mut [u8; 8]| {
        buf[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
    };
    let delim = match m {
        Marker::Bullet(c) => {
            let mut tmp = [0u8; 4];
            put(c.encode_utf8(&mut tmp).as_bytes(), buf);
            return Some(n);
        }
        Marker::Other => return None,
        Marker::Number(num, d) => {
            if d == Delim::Enclosed {
                put(b"(", buf);
            }
            let next = num + 1;
            if next > 999 {
                return None;
            }
            let s = [
                b'0' + (next / 100) as u8,
                b'0' + (next / 10 % 10) as u8,
                b'0' + (next % 10) as u8,
            ];
            let skip = if next >= 100 {
                0
            } else if next >= 10 {
                1
            } else {
                2
            };
            put(&s[skip..], buf);
            d
        }
        Marker::Letter(l, d) => {
            if matches!(l, b'z' | b'Z') {
                return None;
            }
            if d == Delim::Enclosed {
                put(b"(", buf);
            }
            put(&[l + 1], buf);
            d
        }
    };
    put(
        match delim {
            Delim::Dot => b".",
            Delim::Paren | Delim::Enclosed => b")",
            Delim::DotParen => b".)",
        },
        buf,
    );
    Some(n)
}

/// How far ahead an inline item may run before its successor: far enough
/// for any real list item, short enough to keep a pathological text linear.
const SEARCH_WINDOW: usize = 4096;

/// Finds the next marker of inline series and remembers failed searches,
/// so that many segments opening with the same marker don't rescan the
/// same text.
pub(super) struct ListSearch {
    failed: [(u64, usize); 4],
    next_slot: usize,
    /// Bytes the searches may still read. A text built to defeat the cache
    /// (every segment opening a different series) exhausts it, and inline
    /// lists are then no longer looked for: the cost stays linear.
    budget: usize,
}

impl ListSearch {
    /// Searches over a run of `len` bytes.
    pub(super) fn new(len: usize) -> Self {
        ListSearch {
            failed: [(0, 0); 4],
            next_slot: 0,
            budget: 2 * len + 4 * SEARCH_WINDOW,
        }
    }

    /// If the segment starting at `seg` opens with a marker, the byte where
    /// the next marker of its series starts (the segment ends before it).
    pub(super) fn next_cut(&mut self, text: &str, seg: usize, end: usize) -> Option<usize> {
        if self.budget == 0 {
            return None;
        }
        let (marker, len) = marker_at(text, seg, end, false)?;
        let mut buf = [0u8; 8];
        let n = successor(marker, &mut buf)?;
        let pat = &buf[..n];
        let key = buf.iter().fold(0u64, |k, &b| k << 8 | u64::from(b));
        let mut from = seg + len;
        if let Some(&(_, until)) = self.failed.iter().find(|(k, _)| *k == key) {
            from = from.max(until.saturating_sub(n));
        }
        let limit = end.min(seg + SEARCH_WINDOW).min(from + self.budget);
        let bullet = matches!(marker, Marker::Bullet(_));
        let b = text.as_bytes();
        let mut i = from;
        while i + n <= limit {
            match b[i..limit].iter().position(|&x| x == pat[0]) {
                None => break,
                Some(off) => i += off,
            }
            if b[i..].starts_with(pat)
                && i > seg
                && super::punct::ws_before(text, i)
                && (bullet || i + n >= end || ws_len(text, i + n) > 0)
            {
                self.budget = self.budget.saturating_sub(i - from);
                return Some(i);
            }
            i += 1;
        }
        self.budget = self.budget.saturating_sub(limit.saturating_sub(from));
        self.failed[self.next_slot] = (key, limit);
        self.next_slot = (self.next_slot + 1) % self.failed.len();
        None
    }
}
