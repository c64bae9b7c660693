//! Title lines and section headings: lines that stand alone although they
//! carry no final punctuation.

/// Longest heading that stands alone in its paragraph, in characters.
const ALONE_MAX_CHARS: usize = 160;
/// Longest heading set on a line of its own inside a paragraph, in words.
const INLINE_MAX_WORDS: usize = 16;

/// Whether the line ends as a sentence or clause does, closing quotes and
/// brackets aside: such a line is prose, not a heading.
pub(super) fn ends_with_punctuation(line: &str) -> bool {
    line.trim_end_matches(|c: char| super::punct::is_closer(c))
        .ends_with([
            '.', '!', '?', ':', ';', ',', '…', '。', '！', '？', '।', '؟', '۔', '-', '–', '—',
        ])
}

/// Whether the line ends a sentence, closing quotes and brackets aside:
/// what comes on the next line may then open something new.
pub(super) fn ends_sentence(line: &str) -> bool {
    // Called on every line: most end in an ASCII letter or mark, decided on
    // the last byte without decoding.
    match line.as_bytes().last() {
        Some(b'.' | b'!' | b'?') => return true,
        Some(&b) if b < 0x80 && !matches!(b, b'"' | b'\'' | b')' | b']' | b'}') => return false,
        _ => {}
    }
    line.trim_end_matches(|c: char| super::punct::is_closer(c))
        .ends_with(['.', '!', '?', '…', '。', '！', '？', '।', '؟', '۔'])
}

/// Whether `line` (trimmed, non-empty) is a heading. `alone` says it is the
/// whole paragraph; otherwise it sits on its own line between others and
/// must look like a title, with a sentence starting on the next line.
pub(super) fn is_heading(line: &str, alone: bool, next_starts_sentence: bool) -> bool {
    if alone && is_section_number(line) {
        return true;
    }
    let has_alphanumeric = || {
        line.bytes().any(|b| b.is_ascii_alphanumeric()) || line.chars().any(char::is_alphanumeric)
    };
    if ends_with_punctuation(line) || !has_alphanumeric() {
        return false;
    }
    if alone {
        return line.len() <= ALONE_MAX_CHARS * 4 && line.chars().count() <= ALONE_MAX_CHARS;
    }
    next_starts_sentence && (is_title_like(line) || is_short_line(line))
}

/// `I.`, `XII`, `3.`: a chapter or section number on its own.
fn is_section_number(line: &str) -> bool {
    let body = line.strip_suffix('.').unwrap_or(line).as_bytes();
    (1..=6).contains(&body.len())
        && (body
            .iter()
            .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
            || body.len() <= 3 && body.iter().all(u8::is_ascii_digit))
}

/// Longest sentence-case heading on a line of its own inside a paragraph.
/// Hard-wrapped prose fills its lines to 60-80 characters, so a line this
/// short that starts after a sentence end and has no punctuation of its own
/// is a heading (`What the plan changes`) rather than a wrapped line.
const SHORT_LINE_MAX_CHARS: usize = 60;
const SHORT_LINE_MAX_WORDS: usize = 10;

fn is_short_line(line: &str) -> bool {
    line.len() <= SHORT_LINE_MAX_CHARS * 4
        && line.chars().count() <= SHORT_LINE_MAX_CHARS
        && line.split_whitespace().count() <= SHORT_LINE_MAX_WORDS
        && line.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        // `The ferry leaves at` + `Noon on Friday.` is one sentence broken
        // by hand: headings don't end on a lowercase function word.
        && !line.rsplit(char::is_whitespace).next().is_some_and(is_minor_word)
}

/// Title case or capitals: every word starts with a capital or a digit,
/// except short function words.
fn is_title_like(line: &str) -> bool {
    let mut words = 0;
    for w in line.split_whitespace() {
        words += 1;
        if words > INLINE_MAX_WORDS {
            return false;
        }
        let Some(c) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if c.is_lowercase() && !is_minor_word(w) || words == 1 && c.is_lowercase() {
            return false;
        }
    }
    words > 0
}

fn is_minor_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "for"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "by"
            | "as"
            | "up"
            | "via"
            | "vs"
            | "vs."
            | "amid"
            | "with"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "than"
            | "per"
            | "off"
            | "out"
            | "is"
            | "are"
    )
}
