//! Character classes of the splitter: sentence terminators, the closing and
//! opening marks around them, white space, and what kind of character starts
//! the text after a candidate boundary.
//!
//! Terminators are recognised from their UTF-8 bytes directly, so the hot
//! loop never decodes a `char` unless a byte could start one.

/// How a terminator behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Term {
    /// `.`: ambiguous (abbreviations, numbers, initials).
    Dot,
    /// `…` and `⋯`: counted as three dots.
    Ellipsis,
    /// `!`, `?` and their relatives (`‼`, `‽`, `⁉`…), Arabic `؟`, Devanagari `।`, Urdu `۔`,
    /// Ethiopic `።`: end a sentence when a sentence can start after them.
    Strong,
    /// `。`, `！`, `？`, `｡`, `．`: CJK writing puts no space after a sentence,
    /// so these end one even when the next character follows directly.
    Full,
}

/// Bytes that can begin a terminator; every other byte is skipped by the
/// scanner without a second look. Only lead bytes of multi-byte sequences are
/// listed, so the scan never stops inside a character.
pub(super) static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xD8] = true; // ؟
    t[0xDB] = true; // ۔
    t[0xE0] = true; // । ॥
    t[0xE1] = true; // ። ፧
    t[0xE2] = true; // … ‼ ‽ ⁇ ⁈ ⁉ ⋯
    t[0xE3] = true; // 。
    t[0xEF] = true; // ！ ？ ｡ ．
    t
};

/// The terminator starting at byte `i`, with its length in bytes.
#[inline]
pub(super) fn terminator_at(b: &[u8], i: usize) -> Option<(Term, usize)> {
    let c0 = *b.get(i)?;
    match c0 {
        b'.' => Some((Term::Dot, 1)),
        b'!' | b'?' => Some((Term::Strong, 1)),
        0xD8 | 0xDB => match (c0, *b.get(i + 1)?) {
            (0xD8, 0x9F) | (0xDB, 0x94) => Some((Term::Strong, 2)),
            _ => None,
        },
        0xE0..=0xEF => {
            let (c1, c2) = (*b.get(i + 1)?, *b.get(i + 2)?);
            match (c0, c1, c2) {
                (0xE2, 0x80, 0xA6) | (0xE2, 0x8B, 0xAF) => Some((Term::Ellipsis, 3)),
                (0xE2, 0x80, 0xBC | 0xBD) | (0xE2, 0x81, 0x87..=0x89) => Some((Term::Strong, 3)),
                (0xE0, 0xA5, 0xA4 | 0xA5) | (0xE1, 0x8D, 0xA2 | 0xA7) => Some((Term::Strong, 3)),
                (0xE3, 0x80, 0x82) | (0xEF, 0xBC, 0x81 | 0x9F | 0x8E) | (0xEF, 0xBD, 0xA1) => {
                    Some((Term::Full, 3))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The character starting at byte `i`, if `i` is inside the text and on a
/// character boundary.
#[inline(always)]
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// The character ending at byte `i`.
#[inline]
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Marks that close a quotation or bracket. After a terminator they belong
/// to the sentence it ends. `«`, `“`, `‘` close German quotations
/// (`»…«`, `„…“`, `‚…‘`); right after a terminator they cannot open one.
#[inline]
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '〗'
            | '＂'
            | '＇'
    )
}

/// Closers that end a quotation rather than a bracket: what an attribution
/// (`"…?" she asked`) can follow.
#[inline]
pub(super) fn is_quote_closer(c: char) -> bool {
    is_closer(c) && !matches!(c, ')' | ']' | '}' | '）' | '］' | '｝' | '】' | '〕')
}

/// Marks that may precede the first letter of a sentence.
#[inline]
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
            | '〈'
            | '《'
            | '＂'
            | '*'
            | '_'
    )
}

/// Pictographs and the marks that join or modify them (ZWJ, variation
/// selector 16, skin tones, keycaps).
#[inline]
pub(super) fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x200D | 0xFE0F | 0x20E3)
}

/// If emoji follow byte `j` (after spaces on the same line) and white
/// space or the end follows them, the byte after the last one: they
/// decorate the sentence just ended (`We won! 🎉 Now…`).
pub(super) fn emoji_after(text: &str, j: usize, end: usize) -> Option<usize> {
    let mut i = j;
    let mut last = None;
    while i < end {
        let c = char_at(text, i)?;
        // `✓`, `➢` also mark list items, which start something new.
        if is_emoji(c) && !super::lists::is_bullet(c) {
            i += c.len_utf8();
            last = Some(i);
        } else if matches!(c, ' ' | '\u{a0}') {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    last.filter(|&e| e >= end || ws_len(text, e) > 0)
}

/// Length of the white space character at byte `i`, or 0.
#[inline(always)]
pub(super) fn ws_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    match b.get(i) {
        None => 0,
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => 1,
        Some(&c) if c < 0x80 => 0,
        Some(_) => match char_at(text, i) {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        },
    }
}

/// First byte at or after `i` (up to `end`) that is not white space.
#[inline]
pub(super) fn skip_ws(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        let n = ws_len(text, i);
        if n == 0 {
            break;
        }
        i += n;
    }
    i.min(end)
}

/// Whether the character ending at byte `i` is white space (or `i` is 0).
#[inline]
pub(super) fn ws_before(text: &str, i: usize) -> bool {
    match text.as_bytes()[..i].last() {
        None => true,
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => true,
        Some(&c) if c < 0x80 => false,
        Some(_) => char_before(text, i).is_some_and(char::is_whitespace),
    }
}

/// ASCII white space as `char::is_whitespace` sees it (with vertical tab,
/// which `u8::is_ascii_whitespace` leaves out).
#[inline(always)]
fn is_ascii_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// `text[start..end]` without trailing white space: the end of a segment.
#[inline]
pub(super) fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    let b = text.as_bytes();
    // ASCII first; a non-ASCII last byte may end a Unicode space.
    while end > start && is_ascii_ws(b[end - 1]) {
        end -= 1;
    }
    if end > start && b[end - 1] >= 0x80 {
        end = start + text[start..end].trim_end().len();
    }
    end
}

/// `text[start..end]` without surrounding white space, as a byte range.
#[inline]
pub(super) fn trim(text: &str, mut start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end && is_ascii_ws(b[start]) {
        start += 1;
    }
    if start < end && b[start] >= 0x80 {
        start = end - text[start..end].trim_start().len();
    }
    (start, trim_end(text, start, end))
}

/// What the text after a candidate boundary starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    Lower,
    Upper,
    Digit,
    /// A letter of a script without case (CJK, Devanagari, Arabic, Hebrew…).
    Caseless,
    /// `$`, `€`, `£`, `#`…: amounts and tags open sentences too.
    Symbol,
    /// Punctuation, emoji and the like: not the start of a sentence.
    Other,
}

/// Classifies the text at byte `i`, looking past opening quotes and
/// brackets; returns the class and the byte where the first word starts.
pub(super) fn next_at(text: &str, mut i: usize, end: usize) -> (Next, usize) {
    // Openers are few; a bound keeps a long run of them from costing much.
    for _ in 0..8 {
        let Some(c) = char_at(text, i).filter(|_| i < end) else {
            return (Next::Other, i);
        };
        if is_opener(c) {
            i += c.len_utf8();
            continue;
        }
        let class = if c.is_ascii() {
            match c {
                'a'..='z' => Next::Lower,
                'A'..='Z' => Next::Upper,
                '0'..='9' => Next::Digit,
                '$' | '#' | '@' | '%' => Next::Symbol,
                _ => Next::Other,
            }
        } else if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() {
            Next::Upper
        } else if c.is_alphabetic() {
            Next::Caseless
        } else if c.is_numeric() {
            Next::Digit
        } else if matches!(c, '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₪' | '¢') {
            Next::Symbol
        } else {
            Next::Other
        };
        return (class, i);
    }
    (Next::Other, i)
}
