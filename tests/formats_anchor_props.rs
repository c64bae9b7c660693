//! Property tests for re-anchoring on edited text. Texts are built from a
//! tiny vocabulary (with emoji, combining marks and CJK) so that quotes
//! repeat often: the hard case. Whatever the edit, an annotation lands on
//! its own words or is reported ambiguous or orphan, and when the words or
//! their context are unique it lands exactly where they moved to.

use marginalia::domain::format::anchor::{anchor, Anchor, Method, OrphanReason, Quote, Target};
use marginalia::domain::text::OffsetMap;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "the ", "cat ", "sat", ". ", "😀", "e\u{301}", "中文", "\n", "dog ", "a",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..60).prop_map(|w| w.concat())
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn count(haystack: &str, needle: &str) -> usize {
    // Overlapping occurrences count, as the anchorer sees them.
    (0..haystack.len())
        .filter(|&i| haystack.is_char_boundary(i) && haystack[i..].starts_with(needle))
        .count()
}

/// An original text, a span in it, and an edit that leaves the span itself
/// alone: insert `insert` at `at` and delete `delete` characters there, with
/// `at` outside the span.
#[derive(Debug, Clone)]
struct Case {
    original: String,
    start: usize,
    end: usize,
    at: usize,
    delete: usize,
    insert: String,
}

fn case() -> impl Strategy<Value = Case> {
    (
        text(),
        text(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
    )
        .prop_flat_map(|(original, insert, a, b)| {
            let n = original.chars().count();
            let (x, y) = (a.index(n), b.index(n));
            let (start, end) = (x.min(y), x.max(y) + 1);
            (
                Just(original),
                Just(start),
                Just(end),
                prop::bool::ANY,
                0..8usize,
                Just(insert),
                any::<prop::sample::Index>(),
            )
        })
        .prop_map(|(original, start, end, before, delete, insert, pick)| {
            let n = original.chars().count();
            // Edit before the span (ending at or before `start`) or after it.
            let (at, delete) = if before {
                let at = pick.index(start + 1);
                (at, delete.min(start - at))
            } else {
                let at = end + pick.index(n - end + 1);
                (at, delete.min(n - at))
            };
            Case {
                original,
                start,
                end,
                at,
                delete,
                insert,
            }
        })
}

impl Case {
    fn edited(&self) -> String {
        let c = chars(&self.original);
        let mut out: String = c[..self.at].iter().collect();
        out.push_str(&self.insert);
        out.extend(&c[self.at + self.delete..]);
        out
    }

    /// Where the original span is in the edited text.
    fn moved(&self) -> (usize, usize) {
        if self.at <= self.start {
            let shift = self.insert.chars().count() as isize - self.delete as isize;
            let s = (self.start as isize + shift) as usize;
            (s, s + self.end - self.start)
        } else {
            (self.start, self.end)
        }
    }

    fn target(&self) -> Target {
        let map = OffsetMap::new(&self.original);
        Target {
            position: Some((self.start, self.end)),
            quote: Some(Quote::around(&self.original, &map, self.start, self.end)),
            relative_position: false,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn lands_on_its_own_words_or_says_why_not(case in case()) {
        let edited = case.edited();
        let map = OffsetMap::new(&edited);
        let target = case.target();
        let quote = target.quote.clone().unwrap();
        match anchor(&edited, &map, &target) {
            Anchor::Anchored { start, end, .. } => {
                prop_assert_eq!(map.slice(&edited, start, end), Some(quote.exact.as_str()));
            }
            Anchor::Ambiguous { candidates, total } => {
                prop_assert!(total >= 2);
                for (s, e) in candidates {
                    prop_assert_eq!(map.slice(&edited, s, e), Some(quote.exact.as_str()));
                }
            }
            Anchor::Orphan(reason) => {
                prop_assert_eq!(reason, OrphanReason::QuoteNotFound);
                prop_assert_eq!(count(&edited, &quote.exact), 0);
            }
        }
    }

    #[test]
    fn unique_words_land_where_they_moved(case in case()) {
        let edited = case.edited();
        let quote = case.target().quote.unwrap();
        prop_assume!(count(&edited, &quote.exact) == 1);
        let (start, end) = case.moved();
        let got = anchor(&edited, &OffsetMap::new(&edited), &case.target());
        prop_assert!(
            matches!(got, Anchor::Anchored { start: s, end: e, .. } if (s, e) == (start, end)),
            "{:?} instead of {:?}", got, (start, end)
        );
    }

    #[test]
    fn unique_context_decides_among_repeated_words(case in case().prop_filter(
        "an edit inside the context window breaks the premise",
        // Most edits land next to the span; keep the ones that leave room.
        |c| c.at + c.delete + 32 <= c.start || c.at >= c.end + 32,
    )) {
        let edited = case.edited();
        let quote = case.target().quote.unwrap();
        let (start, end) = case.moved();
        let map = OffsetMap::new(&edited);
        let pre_len = quote.prefix.chars().count();
        let suf_len = quote.suffix.chars().count();
        // The context survived the edit around the moved span, and the whole
        // prefix+quote+suffix string occurs nowhere else.
        let intact = start >= pre_len
            && map.slice(&edited, start - pre_len, start) == Some(quote.prefix.as_str())
            && map.slice(&edited, end, end + suf_len) == Some(quote.suffix.as_str());
        let whole = format!("{}{}{}", quote.prefix, quote.exact, quote.suffix);
        prop_assume!(intact && count(&edited, &whole) == 1);
        let got = anchor(&edited, &map, &case.target());
        prop_assert!(
            matches!(got, Anchor::Anchored { start: s, end: e, .. } if (s, e) == (start, end)),
            "{:?} instead of {:?}", got, (start, end)
        );
    }

    #[test]
    fn unedited_text_lands_by_position_in_code_points_or_utf16(
        original in text(), a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>()
    ) {
        let map = OffsetMap::new(&original);
        let n = map.char_len();
        let (x, y) = (a.index(n), b.index(n));
        let (start, end) = (x.min(y), x.max(y) + 1);
        let quote = Quote::around(&original, &map, start, end);
        let native = Target { position: Some((start, end)), quote: Some(quote.clone()), relative_position: false };
        prop_assert_eq!(
            anchor(&original, &map, &native),
            Anchor::Anchored { start, end, method: Method::Position }
        );
        // The same annotation as Hypothesis would store it, in UTF-16 units.
        let u16 = (map.char_to_utf16(start).unwrap(), map.char_to_utf16(end).unwrap());
        let js = Target { position: Some(u16), quote: Some(quote), relative_position: false };
        let got = anchor(&original, &map, &js);
        prop_assert!(
            matches!(got, Anchor::Anchored { start: s, end: e, .. } if (s, e) == (start, end)),
            "{:?}", got
        );
    }

    #[test]
    fn quote_cut_out_of_the_text_is_an_orphan(original in text(), a in any::<prop::sample::Index>()) {
        let map = OffsetMap::new(&original);
        let start = a.index(map.char_len());
        let end = map.char_len();
        let quote = Quote::around(&original, &map, start, end);
        let cut = map.slice(&original, 0, start).unwrap();
        prop_assume!(count(cut, &quote.exact) == 0);
        let target = Target { position: Some((start, end)), quote: Some(quote), relative_position: false };
        prop_assert_eq!(
            anchor(cut, &OffsetMap::new(cut), &target),
            Anchor::Orphan(OrphanReason::QuoteNotFound)
        );
    }
}
