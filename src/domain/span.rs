//! Spans a person marks inside sentences: a dragged selection is snapped out
//! to whole words, so a sloppy drag still tags "not sign this deal" and not
//! "ot sign this de".

use super::text::OffsetMap;

fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// Widens `[start, end)` (code points) to whole words and trims white space
/// at both ends; `None` when nothing but white space is left.
pub fn snap_to_words(
    text: &str,
    map: &OffsetMap,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let (start, end) = (start.min(end), start.max(end).min(map.char_len()));
    // Only the text around the two ends is read: a long article costs no more.
    let (sb, eb) = (map.char_to_byte(start)?, map.char_to_byte(end)?);
    let word_at = |b: usize| text[b..].chars().next().is_some_and(in_word);
    let mut s = start;
    if word_at(sb) {
        s -= text[..sb].chars().rev().take_while(|&c| in_word(c)).count();
    }
    let mut e = end;
    if text[..eb].chars().next_back().is_some_and(in_word) {
        e += text[eb..].chars().take_while(|&c| in_word(c)).count();
    }
    let (sb, eb) = (map.char_to_byte(s)?, map.char_to_byte(e)?);
    let inner = &text[sb..eb];
    s += inner.chars().take_while(|c| c.is_whitespace()).count();
    e -= inner
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    (s < e).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(text: &str, start: usize, end: usize) -> Option<&str> {
        let map = OffsetMap::new(text);
        let (s, e) = snap_to_words(text, &map, start, end)?;
        map.slice(text, s, e)
    }

    #[test]
    fn a_sloppy_drag_becomes_whole_words() {
        let t = "\"We will not sign this deal,\" Varga said.";
        // "ot sign this de"
        assert_eq!(snap(t, 10, 25), Some("not sign this deal"));
        assert_eq!(snap(t, 0, 29), Some("\"We will not sign this deal,\""));
        assert_eq!(snap(t, 5, 6), Some("will"), "inside one word: that word");
        assert_eq!(snap(t, 29, 30), None, "only white space");
    }

    #[test]
    fn works_in_code_points_past_emoji_and_accents() {
        let t = "😀 Café owners cheered";
        assert_eq!(snap(t, 3, 4), Some("Café"));
        assert_eq!(snap(t, 8, 9), Some("owners"));
    }
}
