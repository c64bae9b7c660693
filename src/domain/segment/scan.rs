//! Word-at-a-time byte scanning (SWAR, as memchr does without SIMD): the
//! two searches that touch every byte of the text — for candidate
//! terminators and for line ends — test eight bytes per step and look at
//! single bytes only where something may be found. Plain integer code, so
//! it runs the same natively and in wasm.

use super::punct::{terminator_at, Term, CANDIDATE};

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Loads eight bytes at `i` (little-endian, so the lowest byte is first).
#[inline(always)]
fn load(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// High bit set in each byte of `x` equal to `c`; bits above the first
/// match may be spurious, the lowest one never is.
#[inline(always)]
fn eq_mask(x: u64, c: u8) -> u64 {
    let y = x ^ (LO * u64::from(c));
    y.wrapping_sub(LO) & !y & HI
}

/// First byte in `b[i..end]` that may start a terminator, or `end`.
#[inline]
pub(super) fn find_candidate(b: &[u8], mut i: usize, end: usize) -> usize {
    while i + 8 <= end {
        let x = load(b, i);
        // `.`, `!`, `?`, and any byte of a multi-byte character.
        let m = eq_mask(x, b'.') | eq_mask(x, b'!') | eq_mask(x, b'?') | (x & HI);
        if m != 0 {
            let first = i + (m.trailing_zeros() / 8) as usize;
            for (k, &byte) in b[first..i + 8].iter().enumerate() {
                if CANDIDATE[byte as usize] {
                    return first + k;
                }
            }
        }
        i += 8;
    }
    while i < end && !CANDIDATE[b[i] as usize] {
        i += 1;
    }
    i.min(end)
}

/// First terminator in `b[i..end]`, with its kind and length; `(end,
/// None)` if there is none. Curly quotes and dashes share a lead byte with
/// `…` and `‼`, so candidates are confirmed here, in the loop.
#[inline]
pub(super) fn find_terminator(
    b: &[u8],
    mut i: usize,
    end: usize,
) -> (usize, Option<(Term, usize)>) {
    let b = &b[..end];
    loop {
        let p = find_candidate(b, i, end);
        if p >= end {
            return (end, None);
        }
        if let Some(found) = terminator_at(b, p) {
            return (p, Some(found));
        }
        i = p + 1;
    }
}

/// First `\n` in `b[i..]`, or `b.len()`.
#[inline]
pub(super) fn find_newline(b: &[u8], mut i: usize) -> usize {
    let end = b.len();
    while i + 8 <= end {
        let m = eq_mask(load(b, i), b'\n');
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && b[i] != b'\n' {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_match_at_every_alignment() {
        for pad in 0..20 {
            let mut s = "a".repeat(pad);
            s.push_str("bc?d.\n…");
            let b = s.as_bytes();
            assert_eq!(find_candidate(b, 0, b.len()), pad + 2);
            assert_eq!(find_candidate(b, pad + 3, b.len()), pad + 4);
            assert_eq!(find_candidate(b, pad + 5, b.len()), pad + 6);
            assert_eq!(find_candidate(b, 0, pad + 2), pad + 2, "bounded by end");
            assert_eq!(find_newline(b, 0), pad + 5);
            assert_eq!(find_newline(b, pad + 6), b.len());
        }
        // Multi-byte characters that are not candidates are passed over.
        let s = "ééééééééé中文中文中文!";
        assert_eq!(find_candidate(s.as_bytes(), 0, s.len()), s.len() - 1);
    }
}
