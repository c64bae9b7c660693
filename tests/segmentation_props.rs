//! Property tests: on any text the splitter neither panics nor loses a
//! character, and offsets convert exactly between bytes, code points and
//! UTF-16. Case counts stay modest so the suite runs in seconds.

use marginalia::domain::segment::split;
use marginalia::domain::text::OffsetMap;
use proptest::prelude::*;

/// Pieces that exercise the rules: terminators of every script, quotes,
/// list markers, abbreviations, datelines, line breaks, odd white space,
/// combining marks, emoji and surrogate-pair characters.
const PIECES: &[&str] = &[
    ".",
    "!",
    "?",
    "...",
    ". . .",
    "…",
    "?!",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{202f}",
    "\u{2028}",
    "\u{3000}",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "「",
    "」",
    "(",
    ")",
    "[",
    "]",
    "¿",
    "¡",
    "。",
    "！",
    "？",
    "।",
    "؟",
    "۔",
    "1.",
    "2.",
    "1)",
    "2)",
    "(a)",
    "(b)",
    "a.",
    "b.",
    "•",
    "⁃",
    "- ",
    "* ",
    "Mr",
    "Dr.",
    "U.S.",
    "a.m.",
    "Inc.",
    "e.g.",
    "etc.",
    "No.",
    "St",
    "I",
    "E",
    "J.",
    "GENEVA",
    " (Wire) - ",
    "NEW DELHI: ",
    "By ",
    "Date: ",
    "Published Date: ",
    "February 01, 2026",
    "$4.50",
    "3.14",
    "http://x.y/z.html",
    "a@b.cd",
    "The",
    "she said",
    "asked",
    "Marsh-Ortiz",
    "word",
    "Word",
    "WORD",
    "é",
    "e\u{301}",
    "中文",
    "ال",
    "हिंदी",
    "😀",
    "🎉",
    "✓ ",
    "☀\u{fe0f}",
    "👩‍👩‍👧",
    "\u{200b}",
    "\u{feff}",
    "-",
    "—",
    ":",
    ",",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..48).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![pieces(), any::<String>(), "[ a-zA-Z.!?\"\n]{0,80}"]
}

/// Checks every invariant of `split`'s output on `text`.
fn check_segments(text: &str) -> Result<(), TestCaseError> {
    let segs = split(text);
    let mut covered_to = 0;
    for s in &segs {
        prop_assert!(s.start < s.end, "empty segment {s:?}");
        prop_assert!(s.end <= text.len());
        prop_assert!(s.start >= covered_to, "out of order or overlapping: {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = &text[s.start..s.end];
        prop_assert_eq!(body, body.trim(), "not trimmed: {:?}", s);
        let gap = &text[covered_to..s.start];
        prop_assert!(gap.trim().is_empty(), "lost {gap:?} before {s:?}");
        covered_to = s.end;
    }
    let tail = &text[covered_to..];
    prop_assert!(tail.trim().is_empty(), "lost tail {tail:?}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn segments_are_ordered_trimmed_and_cover_every_visible_char(text in any_text()) {
        check_segments(&text)?;
    }

    #[test]
    fn splitting_a_longer_text_keeps_the_invariants(parts in prop::collection::vec(pieces(), 1..8)) {
        check_segments(&parts.join("\n\n"))?;
        check_segments(&parts.join(" "))?;
    }

    #[test]
    fn offsets_round_trip_between_bytes_code_points_and_utf16(text in any_text()) {
        let map = OffsetMap::new(&text);
        prop_assert_eq!(map.char_len(), text.chars().count());
        prop_assert_eq!(map.utf16_len(), text.encode_utf16().count());
        let mut utf16 = 0;
        for (ci, (byte, c)) in text.char_indices().enumerate() {
            prop_assert_eq!(map.byte_to_char(byte), Some(ci));
            prop_assert_eq!(map.char_to_byte(ci), Some(byte));
            prop_assert_eq!(map.char_to_utf16(ci), Some(utf16));
            prop_assert_eq!(map.utf16_to_char(utf16), Some(ci));
            for inner in 1..c.len_utf8() {
                prop_assert_eq!(map.byte_to_char(byte + inner), None);
            }
            if c.len_utf16() == 2 {
                prop_assert_eq!(map.utf16_to_char(utf16 + 1), None, "between surrogates");
            }
            utf16 += c.len_utf16();
        }
        let n = map.char_len();
        prop_assert_eq!(map.byte_to_char(text.len()), Some(n));
        prop_assert_eq!(map.char_to_byte(n), Some(text.len()));
        prop_assert_eq!(map.utf16_to_char(utf16), Some(n));
        prop_assert_eq!(map.char_to_byte(n + 1), None);
        prop_assert_eq!(map.byte_to_char(text.len() + 1), None);
    }

    #[test]
    fn segment_offsets_convert_to_code_points_and_back(text in pieces()) {
        let map = OffsetMap::new(&text);
        for s in split(&text) {
            let (cs, ce) = (map.byte_to_char(s.start).unwrap(), map.byte_to_char(s.end).unwrap());
            prop_assert_eq!(map.slice(&text, cs, ce), Some(&text[s.start..s.end]));
            let (us, ue) = (map.char_to_utf16(cs).unwrap(), map.char_to_utf16(ce).unwrap());
            let units: Vec<u16> = text.encode_utf16().collect();
            prop_assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), &text[s.start..s.end]);
        }
    }
}
