//! News boilerplate that stands apart from the article's sentences:
//! `Published Date:`-style label lines, bylines, lines that are only a date,
//! and datelines opening a paragraph (`GENEVA (Meridian Wire) -`).

use super::abbreviations as ab;

/// Labels that make a line metadata when they open it followed by `:`.
fn is_meta_label(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"published date"
            | b"publication date"
            | b"published"
            | b"published on"
            | b"date"
            | b"dateline"
            | b"updated"
            | b"last updated"
            | b"updated on"
            | b"posted"
            | b"posted on"
            | b"filed"
            | b"filed under"
            | b"source"
            | b"sources"
            | b"credit"
            | b"credits"
            | b"photo"
            | b"photos"
            | b"image"
            | b"tags"
            | b"topics"
            | b"category"
            | b"categories"
            | b"keywords"
            | b"byline"
            | b"contact"
            | b"author"
            | b"authors"
            | b"reporter"
            | b"editor"
            | b"read more"
            | b"related"
            | b"share"
    )
}

/// Whether the line is metadata: a label line, a byline, a date line or a
/// copyright notice.
pub(super) fn is_meta_line(line: &str) -> bool {
    is_label_line(line)
        || is_stamp_line(line)
        || is_byline(line)
        || is_date_line(line)
        || is_copyright(line)
}

/// `© 2031 Meridian Wire. All rights reserved.`
fn is_copyright(line: &str) -> bool {
    line.starts_with('©')
        || line.len() >= 10 && line.as_bytes()[..10].eq_ignore_ascii_case(b"copyright ")
}

/// `Updated 4:15 p.m. EST, March 4, 2031`: a time stamp without a colon.
fn is_stamp_line(line: &str) -> bool {
    let b = line.as_bytes();
    let word = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let mut buf = [0u8; ab::MAX];
    line.len() <= 100
        && b.get(word) == Some(&b' ')
        && ab::lower(&b[..word], &mut buf)
            .is_some_and(|w| matches!(w, b"updated" | b"published" | b"posted"))
        && b.iter().any(u8::is_ascii_digit)
        && !line.ends_with(['.', '!', '?'])
}

fn is_label_line(line: &str) -> bool {
    let head = &line.as_bytes()[..line.len().min(ab::MAX + 1)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    let mut buf = [0u8; ab::MAX];
    ab::lower(&head[..colon], &mut buf).is_some_and(is_meta_label)
}

/// `By Jane Doe`, `BY JANE DOE, Staff Writer`, `Reporting by …`.
fn is_byline(line: &str) -> bool {
    // `(Reporting by …; Editing by …)` closes wire copy.
    let line = match line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        Some(inner) => inner,
        None => line,
    };
    // Every prefix below starts with one of these letters, in either case.
    let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(
        first,
        Some(b'b' | b'r' | b'w' | b'e' | b'a' | b'c' | b's' | b't')
    ) || line.len() > 160
        || line.ends_with(['.', '!', '?']) && !line.ends_with("Jr.")
    {
        return false;
    }
    let lower_start = |prefix: &str| {
        line.len() >= prefix.len()
            && line.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    if [
        "reporting by ",
        "written by ",
        "edited by ",
        "editing by ",
        "additional reporting by ",
        "compiled by ",
        "story by ",
        "words by ",
        "text by ",
    ]
    .iter()
    .any(|p| lower_start(p))
    {
        return true;
    }
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))
    else {
        return false;
    };
    // A name, not a sentence: every word capitalised but a few joiners.
    let mut words = 0;
    for w in rest.split_whitespace() {
        words += 1;
        let first = w.chars().next().unwrap_or(' ');
        let joiner = matches!(
            w,
            "and"
                | "&"
                | "|"
                | "-"
                | "–"
                | "—"
                | "of"
                | "for"
                | "in"
                | "at"
                | "the"
                | "de"
                | "van"
                | "von"
                | "da"
                | "al"
                | "el"
        );
        if words > 12 || !(first.is_uppercase() || joiner || !first.is_alphabetic()) {
            return false;
        }
        if words == 1 && !first.is_uppercase() {
            return false;
        }
    }
    words > 0
}

/// A line that is only a date (and maybe a weekday and time):
/// `February 01, 2026`, `Sun, 1 Feb 2026 10:30 GMT`, `2026-02-01`.
fn is_date_line(line: &str) -> bool {
    if line.len() > 64 {
        return false;
    }
    let mut has_month_or_numeric_date = false;
    let mut has_digit = false;
    for token in line.split(|c: char| c.is_whitespace() || c == ',') {
        let t = token.trim_end_matches('.');
        if t.is_empty() {
            continue;
        }
        let b = t.as_bytes();
        if b[0].is_ascii_digit() {
            has_digit = true;
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            let rest = &b[digits..];
            let mut buf = [0u8; ab::MAX];
            let ordinal = ab::lower(rest, &mut buf)
                .is_some_and(|r| matches!(r, b"" | b"st" | b"nd" | b"rd" | b"th"));
            let numeric = b
                .iter()
                .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b':' | b'.'));
            if numeric && b.iter().any(|c| matches!(c, b'/' | b'-')) {
                has_month_or_numeric_date = true;
            }
            if !(ordinal && digits <= 4 || numeric) {
                return false;
            }
            continue;
        }
        let mut buf = [0u8; ab::MAX];
        let Some(w) = ab::lower(b, &mut buf) else {
            return false;
        };
        if is_month(w) {
            has_month_or_numeric_date = true;
        } else if !is_weekday(w)
            && !matches!(
                w,
                b"am"
                    | b"pm"
                    | b"a.m"
                    | b"p.m"
                    | b"utc"
                    | b"gmt"
                    | b"et"
                    | b"est"
                    | b"edt"
                    | b"pt"
                    | b"pst"
                    | b"pdt"
                    | b"ct"
                    | b"cst"
                    | b"cet"
                    | b"cest"
                    | b"ist"
                    | b"bst"
                    | b"at"
                    | b"of"
                    | b"|"
                    | b"-"
                    | b"\xe2\x80\x93"
                    | b"\xe2\x80\x94"
            )
        {
            return false;
        }
    }
    has_month_or_numeric_date && has_digit
}

fn is_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

fn is_weekday(w: &[u8]) -> bool {
    ab::is_weekday_name(w)
        || matches!(
            w,
            b"mon"
                | b"tue"
                | b"tues"
                | b"wed"
                | b"thu"
                | b"thur"
                | b"thurs"
                | b"fri"
                | b"sat"
                | b"sun"
        )
}

/// How far into a paragraph a dateline may reach.
const DATELINE_MAX: usize = 120;

/// If the line opens with a dateline — a place in capitals, maybe a date or
/// state after a comma, maybe `(Agency)`, then a dash (`GENEVA (Meridian
/// Wire) -`, `SPRINGFIELD, Ill. —`) or, for a place alone, a colon (`NEW
/// DELHI:`) — its length in bytes, dash or colon included.
pub(super) fn dateline_len(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    // A capital opens it, and a second one follows: most lines fail here,
    // on their first bytes.
    let mut chars = line.chars();
    let two_capitals = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii() && b.is_ascii() => {
            a.is_ascii_uppercase() && b.is_ascii_uppercase()
        }
        (Some(a), Some(b)) => a.is_uppercase() && b.is_uppercase(),
        _ => false,
    };
    if !two_capitals {
        return None;
    }
    // The place's first word is in capitals: `GENEVA`, `SÃO`, `ST.`.
    let first_len = line
        .find(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ':')
        .unwrap_or(line.len());
    let first = &line[..first_len];
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2
        || !first
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
    {
        return None;
    }
    let window = &line[..floor_boundary(line, DATELINE_MAX)];
    let (sep_start, sep_end) = find_separator(window)?;
    let prefix = line[..sep_start].trim_end();
    let colon = b[sep_start] == b':';
    if !valid_dateline_prefix(prefix, colon) {
        return None;
    }
    // The sentence after it must start like one.
    // The sentence after it must start like one; at the end of the line the
    // caller looks at the next line.
    let rest = line[sep_end..].trim_start();
    if let Some(c) = rest
        .chars()
        .find(|c| !matches!(c, '"' | '“' | '\'' | '‘' | '«'))
    {
        if !(c.is_uppercase() || c.is_numeric()) {
            return None;
        }
    }
    let dash_end = line[..sep_end].trim_end().len();
    Some(dash_end)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first ` - `, ` -- `, ` – `, ` — `, `—` or `: ` in `s`: its start and
/// the byte after it (and its trailing space).
fn find_separator(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        match c {
            '-' | '–' | '—' => {
                let before_space = i > 0 && b[i - 1] == b' ';
                let mut e = i + c.len_utf8();
                if c == '-' && b.get(e) == Some(&b'-') {
                    e += 1;
                }
                let after_space = b.get(e) == Some(&b' ');
                // A hyphen needs spaces both sides (`Marsh-Ortiz` is a name);
                // an em dash may touch the bracket before it.
                if (before_space || c == '—' && i > 0 && b[i - 1] == b')')
                    && (after_space || c == '—' || e == b.len())
                {
                    let start = if before_space { i - 1 } else { i };
                    return Some((start, e + usize::from(after_space)));
                }
            }
            ':' if b.get(i + 1) == Some(&b' ') => return Some((i, i + 2)),
            '.' | '!' | '?' | '"' | '“' | '”'
                if c != '.' || b.get(i + 1) == Some(&b' ') && !dot_ok(s, i) =>
            {
                return None
            }
            _ => {}
        }
    }
    None
}

/// A period inside a dateline ends an abbreviation (`Ill.`, `D.C.`, `Feb.`).
fn dot_ok(s: &str, i: usize) -> bool {
    let word_start = s[..i].rfind([' ', ',']).map_or(0, |p| p + 1);
    let word = &s[word_start..i];
    word.len() <= 5 && word.chars().next().is_some_and(char::is_uppercase)
}

fn valid_dateline_prefix(prefix: &str, colon: bool) -> bool {
    if prefix.is_empty() {
        return false;
    }
    // `(Meridian Wire)` may close it.
    let (place, agency) = match prefix.strip_suffix(')') {
        Some(p) => match p.rfind('(') {
            Some(open) => (p[..open].trim_end(), true),
            None => return false,
        },
        None => (prefix, false),
    };
    let (city, detail) = place.split_once(',').unwrap_or((place, ""));
    let caps_city = !city.is_empty()
        && city.split_whitespace().count() <= 4
        && city
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '.' | '\'' | '’' | '-'));
    if !caps_city || detail.split_whitespace().count() > 5 {
        return false;
    }
    if colon {
        // `NEW DELHI: …`, but not `BREAKING: …` or `UPDATE: …`.
        let stop = matches!(
            city,
            "BREAKING"
                | "UPDATE"
                | "UPDATED"
                | "EXCLUSIVE"
                | "WATCH"
                | "NOTE"
                | "WARNING"
                | "EDITOR'S NOTE"
                | "LIVE"
                | "OPINION"
                | "ANALYSIS"
                | "CORRECTION"
        );
        return !stop && detail.is_empty() && !agency;
    }
    true
}
