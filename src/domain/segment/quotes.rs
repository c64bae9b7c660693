//! Quotations around sentence ends: French closing guillemets set off by a
//! space (`« Prêt. »`), and attributions that continue a quoted question or
//! exclamation (`"Why now?" Marsh-Ortiz asked.`).

use super::abbreviations::{self as ab, Abbrev};
use super::punct::{char_at, ws_len};

/// Open French guillemets in the current segment, counted incrementally:
/// each byte of a segment is read at most once however many spaced `»`
/// it holds, so a text full of them stays linear.
#[derive(Default)]
pub(super) struct Guillemets {
    seg: usize,
    pos: usize,
    double: i32,
    single: i32,
}

impl Guillemets {
    /// If byte `j` starts a space followed by a closing `»` or `›` whose
    /// opening mark is in the segment starting at `seg`, the byte after
    /// that closer.
    pub(super) fn closer_at(
        &mut self,
        text: &str,
        seg: usize,
        j: usize,
        end: usize,
    ) -> Option<usize> {
        let space = char_at(text, j)?;
        if !matches!(space, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
            return None;
        }
        let at = j + space.len_utf8();
        let close = char_at(text, at).filter(|_| at < end)?;
        if !matches!(close, '»' | '›') {
            return None;
        }
        if self.seg != seg || self.pos < seg || self.pos > j {
            *self = Guillemets {
                seg,
                pos: seg,
                ..Guillemets::default()
            };
        }
        for c in text[self.pos..j].chars() {
            match c {
                '«' => self.double += 1,
                '»' => self.double -= 1,
                '‹' => self.single += 1,
                '›' => self.single -= 1,
                _ => {}
            }
        }
        self.pos = j;
        let open = if close == '»' {
            self.double
        } else {
            self.single
        };
        (open > 0).then_some(at + close.len_utf8())
    }
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
