//! Offsets into an article's text in the three units that matter: UTF-8
//! bytes (how Rust slices), Unicode code points (the JSON format and the W3C
//! Web Annotation convention) and UTF-16 code units (the DOM and Hypothesis).
//!
//! The splitter works in bytes; everything it hands to the outside world goes
//! through an [`OffsetMap`] so that no caller ever counts characters itself.

/// Exact conversions between byte, code point and UTF-16 offsets of one text.
///
/// Built once per text in linear time; each conversion is then O(1) from
/// code points and O(log n) from bytes or UTF-16 units.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// `byte_of_char[i]` is the byte offset of code point `i`; one extra entry
    /// holds the text's length, so `end` offsets convert like `start` ones.
    byte_of_char: Vec<u32>,
    /// Same shape, in UTF-16 code units.
    utf16_of_char: Vec<u32>,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let chars = text.chars().count();
        let mut byte_of_char = Vec::with_capacity(chars + 1);
        let mut utf16_of_char = Vec::with_capacity(chars + 1);
        let mut utf16 = 0u32;
        for (byte, c) in text.char_indices() {
            byte_of_char.push(byte as u32);
            utf16_of_char.push(utf16);
            utf16 += c.len_utf16() as u32;
        }
        byte_of_char.push(text.len() as u32);
        utf16_of_char.push(utf16);
        OffsetMap {
            byte_of_char,
            utf16_of_char,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.byte_of_char.len() - 1
    }

    /// Number of UTF-16 code units in the text.
    pub fn utf16_len(&self) -> usize {
        *self.utf16_of_char.last().unwrap_or(&0) as usize
    }

    /// Byte offset of code point `char_idx`; `None` past the end.
    pub fn char_to_byte(&self, char_idx: usize) -> Option<usize> {
        self.byte_of_char.get(char_idx).map(|&b| b as usize)
    }

    /// Code point index of byte offset `byte`; `None` if it is not on a char
    /// boundary or lies past the end.
    pub fn byte_to_char(&self, byte: usize) -> Option<usize> {
        self.byte_of_char.binary_search(&(byte as u32)).ok()
    }

    /// UTF-16 offset of code point `char_idx`; `None` past the end.
    pub fn char_to_utf16(&self, char_idx: usize) -> Option<usize> {
        self.utf16_of_char.get(char_idx).map(|&u| u as usize)
    }

    /// Code point index of UTF-16 offset `unit`; `None` if it splits a
    /// surrogate pair or lies past the end.
    pub fn utf16_to_char(&self, unit: usize) -> Option<usize> {
        self.utf16_of_char.binary_search(&(unit as u32)).ok()
    }

    /// The substring between two code point offsets, end exclusive.
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> Option<&'t str> {
        if start > end {
            return None;
        }
        Some(&text[self.char_to_byte(start)?..self.char_to_byte(end)?])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_through_emoji_combining_marks_and_cjk() {
        // "é" here is e + combining acute: two code points, one glyph.
        let text = "a😀e\u{301}中";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), 5);
        assert_eq!(map.utf16_len(), 6);
        assert_eq!(map.char_to_byte(2), Some(5));
        assert_eq!(map.char_to_utf16(2), Some(3));
        assert_eq!(map.byte_to_char(2), None, "inside the emoji");
        assert_eq!(map.utf16_to_char(2), None, "between surrogates");
        assert_eq!(map.slice(text, 1, 2), Some("😀"));
        assert_eq!(map.slice(text, 4, 5), Some("中"));
        assert_eq!(map.slice(text, 4, 6), None);
    }

    #[test]
    fn converts_through_rtl_zwj_sequences_and_flags() {
        // Arabic with a combining fatha, a family emoji joined by ZWJ (five
        // code points, eight UTF-16 units) and a flag (two regional
        // indicators, four units).
        let text = "سَلام 👩\u{200d}👩\u{200d}👧 🇫🇷!";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), text.chars().count());
        assert_eq!(map.utf16_len(), text.encode_utf16().count());
        let family = text.find('👩').unwrap();
        let c = map.byte_to_char(family).unwrap();
        assert_eq!(c, 6, "five Arabic code points and a space before it");
        assert_eq!(map.char_to_utf16(c), Some(6));
        assert_eq!(map.slice(text, c, c + 5), Some("👩\u{200d}👩\u{200d}👧"));
        assert_eq!(map.char_to_utf16(c + 5), Some(6 + 8));
        let bang = map.char_len() - 1;
        assert_eq!(map.char_to_utf16(bang), Some(map.utf16_len() - 1));
        assert_eq!(map.utf16_to_char(map.utf16_len() - 2), None, "inside 🇷");
    }
}
