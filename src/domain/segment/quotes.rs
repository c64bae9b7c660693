//! Quotations around sentence ends: French closing guillemets set off by a
//! space (`« Prêt. »`), and attributions that continue a quoted question or
//! exclamation (`"Why now?" Marsh-Ortiz asked.`).

use super::abbreviations::{self as ab, Abbrev};
use super::punct::{char_at, ws_len};

/// How far back to look for the `«` that a spaced `»` would close. French
/// quotations are rarely longer; the bound keeps a text full of stray `»`
/// linear.
const GUILLEMET_LOOKBACK: usize = 1024;

/// If byte `j` starts a space followed by a closing `»` or `›` whose opening
/// mark is in the current segment, the byte after that closer.
pub(super) fn french_closer(text: &str, seg: usize, j: usize, end: usize) -> Option<usize> {
    let space = char_at(text, j)?;
    if !matches!(space, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
        return None;
    }
    let at = j + space.len_utf8();
    let close = char_at(text, at).filter(|_| at < end)?;
    let open = match close {
        '»' => '«',
        '›' => '‹',
        _ => return None,
    };
    let mut from = seg.max(j.saturating_sub(GUILLEMET_LOOKBACK));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut depth = 0i32;
    for c in text[from..j].chars() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
        }
    }
    (depth > 0).then_some(at + close.len_utf8())
}

/// Words an attribution may put between the quotation and its verb.
const ATTRIBUTION_WORDS: usize = 5;

/// Whether the text at `at` is an attribution: a capitalised name or
/// pronoun and, within a few words, a verb of saying (`Marsh-Ortiz asked`,
/// `She said`, `The minister then asked`).
pub(super) fn is_attribution(text: &str, at: usize, end: usize) -> bool {
    let b = &text.as_bytes()[..end];
    let mut i = at;
    for word in 0..=ATTRIBUTION_WORDS {
        let len = b[i..]
            .iter()
            .take(48)
            .take_while(|&&c| !matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            .count();
        if len == 0 || len == 48 {
            return false;
        }
        let token = &text[i..i + len];
        let core = token.trim_end_matches([',', ';', ':', '.', '!', '?']);
        let mut buf = [0u8; ab::MAX];
        if word > 0 && ab::lower(core.as_bytes(), &mut buf).is_some_and(ab::is_reporting_verb) {
            return true;
        }
        if core.len() != token.len() && token.ends_with(['.', '!', '?']) {
            // A period may end a title or an initial inside the name.
            let titled = token.ends_with('.')
                && matches!(
                    ab::classify(core),
                    Some(Abbrev::Prepositive | Abbrev::Initial | Abbrev::Postpositive)
                );
            if !titled {
                return false;
            }
        }
        i += len;
        while i < end && ws_len(text, i) > 0 {
            i += ws_len(text, i);
        }
        if i >= end {
            return false;
        }
    }
    false
}
