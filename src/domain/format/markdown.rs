//! A Markdown report for people: the article with its annotated spans in
//! bold, each followed by a numbered label such as `_\[1: claim\]_`, then a
//! summary: the article's custom tags (if any) with glyph and label, claims,
//! quotes grouped by speaker, warnings and everything else, with notes.
//!
//! Bold and a bracketed label render in every CommonMark renderer and still
//! read well as raw text; `==highlight==` does not. Overlapping spans are
//! shown by bolding the union and labelling each annotation where it ends.
//! The article's own Markdown characters are escaped so that an asterisk or
//! a leading `#` in the text stays text.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::annotation::Annotation;
use crate::domain::document::AnnotatedDocument;

/// The report as a Markdown string.
pub fn to_markdown(doc: &AnnotatedDocument) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", inline(&doc.document.title)));
    out.push_str(&format!(
        "_Document `{}`, {} annotation{}._\n\n",
        doc.document.id.replace('`', ""),
        doc.annotations.len(),
        if doc.annotations.len() == 1 { "" } else { "s" }
    ));
    out.push_str("## Article\n\n");
    out.push_str(article(doc).trim_end());
    out.push_str("\n\n");
    out.push_str(&summary(doc));
    out
}

/// The annotation numbers used in labels and summary: position in the
/// document's (start-sorted) list, from 1.
fn numbered(doc: &AnnotatedDocument) -> impl Iterator<Item = (usize, &Annotation)> {
    doc.annotations.iter().enumerate().map(|(i, a)| (i + 1, a))
}

fn article(doc: &AnnotatedDocument) -> String {
    let text = doc.text();
    let map = doc.offsets();
    let escaped = escape_chars(text, true);
    let len = map.char_len();
    let mut cuts: BTreeSet<usize> = [0, len].into_iter().collect();
    for a in &doc.annotations {
        cuts.insert(a.start.min(len));
        cuts.insert(a.end.min(len));
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut out = String::new();
    let mut bold = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece: String = escaped[a..b].concat();
        if doc.annotations.iter().any(|x| x.overlaps(a, b)) {
            bold.push_str(&piece);
        } else {
            flush_bold(&mut out, &mut bold);
            out.push_str(&piece);
        }
        let ending: Vec<_> = numbered(doc).filter(|(_, x)| x.end == b).collect();
        if !ending.is_empty() {
            flush_bold(&mut out, &mut bold);
            for (n, x) in ending {
                out.push_str(&format!(" _\\[{n}: {}\\]_", label(x)));
            }
        }
    }
    flush_bold(&mut out, &mut bold);
    out
}

fn label(a: &Annotation) -> String {
    let mut l = if a.tags.is_empty() {
        "note".to_string()
    } else {
        a.tags
            .iter()
            .map(|t| inline(t.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(s) = &a.speaker {
        l.push_str(&format!(" — {}", inline(s)));
    }
    l
}

/// Wraps each line of `bold` in `**`, keeping white space outside the
/// markers: CommonMark does not open emphasis before a space, and emphasis
/// never spans a blank line.
fn flush_bold(out: &mut String, bold: &mut String) {
    for (i, line) in bold.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.push_str(line);
            continue;
        }
        let lead = &line[..line.len() - line.trim_start().len()];
        let trail = &line[line.trim_end().len()..];
        out.push_str(&format!("{lead}**{trimmed}**{trail}"));
    }
    bold.clear();
}

/// Each code point of `text` as Markdown source, so that any slice of the
/// result renders as the same slice of the text. Line-start rules (headings,
/// lists, quotes, indented code) depend on the whole line, hence one pass
/// over the full text rather than escaping pieces.
fn escape_chars(text: &str, at_line_start: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut line_start = at_line_start;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' || c == '\r' {
            line_start = true;
            out.push(c.to_string());
            continue;
        }
        if line_start && (c == ' ' || c == '\t') {
            // Four leading spaces would make a code block.
            out.push(String::new());
            continue;
        }
        let first = line_start;
        line_start = false;
        let always = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|' | '&'
        );
        let at_start = first && matches!(c, '#' | '+' | '-' | '=');
        // "1." or "1)" at a line start opens an ordered list.
        let list_number = matches!(c, '.' | ')') && {
            let mut j = i;
            while j > 0 && chars[j - 1].is_ascii_digit() {
                j -= 1;
            }
            j < i && is_line_lead(&chars, j) && (at_line_start || chars[..j].contains(&'\n'))
        };
        if always || at_start || list_number {
            out.push(format!("\\{c}"));
        } else {
            out.push(c.to_string());
        }
    }
    out
}

/// Whether everything before `j` on its line is spaces or tabs.
fn is_line_lead(chars: &[char], j: usize) -> bool {
    chars[..j]
        .iter()
        .rev()
        .take_while(|&&c| c != '\n')
        .all(|&c| c == ' ' || c == '\t')
}

/// Text inside a line (a title, a list item, a label): escaped, line breaks
/// folded to spaces.
fn inline(s: &str) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_chars(&flat, false).concat()
}

fn item(n: usize, a: &Annotation) -> String {
    let mut line = format!("- \\[{n}\\] “{}”", inline(&a.text));
    if !a.note.trim().is_empty() {
        line.push_str(&format!(" — {}", inline(&a.note)));
    }
    line.push('\n');
    line
}

fn summary(doc: &AnnotatedDocument) -> String {
    let with = |tag: &str| -> Vec<(usize, &Annotation)> {
        numbered(doc)
            .filter(|(_, a)| a.tags.iter().any(|t| t.as_str() == tag))
            .collect()
    };
    let claims = with("claim");
    let quotes = with("quote");
    let warnings = with("warning");
    let others: Vec<_> = numbered(doc)
        .filter(|(_, a)| {
            !a.tags
                .iter()
                .any(|t| matches!(t.as_str(), "claim" | "quote" | "warning"))
        })
        .collect();

    let mut out = String::from("## Summary\n\n");
    out.push_str(&format!(
        "{} claim{}, {} quote{}, {} warning{}.\n\n",
        claims.len(),
        plural(claims.len()),
        quotes.len(),
        plural(quotes.len()),
        warnings.len(),
        plural(warnings.len())
    ));
    out.push_str(&legend(doc));
    out.push_str("### Claims\n\n");
    list(&mut out, &claims);

    out.push_str("### Quotes by speaker\n\n");
    if quotes.is_empty() {
        out.push_str("None.\n\n");
    }
    // Named speakers alphabetically, then the quotes nobody was named for.
    let mut by_speaker: BTreeMap<(bool, String), Vec<(usize, &Annotation)>> = BTreeMap::new();
    for (n, a) in quotes {
        let key = match &a.speaker {
            Some(s) => (false, s.clone()),
            None => (true, "Unattributed".to_string()),
        };
        by_speaker.entry(key).or_default().push((n, a));
    }
    for ((_, speaker), items) in by_speaker {
        out.push_str(&format!("#### {}\n\n", inline(&speaker)));
        list(&mut out, &items);
    }

    out.push_str("### Warnings\n\n");
    list(&mut out, &warnings);

    if !others.is_empty() {
        out.push_str("### Other annotations\n\n");
        for (n, a) in others {
            let mut line = item(n, a);
            if !a.tags.is_empty() {
                line = line.replacen(
                    &format!("\\[{n}\\]"),
                    &format!("\\[{n}: {}\\]", label(a)),
                    1,
                );
            }
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

/// The article's custom tags, with glyph, label, name (as the labels in the
/// article show it) and how many annotations carry each; empty when it has
/// none, so reports of articles without custom tags are as before.
fn legend(doc: &AnnotatedDocument) -> String {
    if doc.tags.is_empty() {
        return String::new();
    }
    let mut out = String::from("### Custom tags\n\n");
    for def in &doc.tags {
        let n = doc.tag_usage(&def.name);
        out.push_str(&format!(
            "- {} **{}** (`{}`): {n} annotation{}\n",
            inline(&def.glyph),
            inline(&def.label),
            def.name.replace('`', ""),
            plural(n)
        ));
    }
    out.push('\n');
    out
}

fn list(out: &mut String, items: &[(usize, &Annotation)]) {
    if items.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    for &(n, a) in items {
        out.push_str(&item(n, a));
    }
    out.push('\n');
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_in_the_article() {
        let e = |s: &str| escape_chars(s, true).concat();
        assert_eq!(e("a *b* _c_"), "a \\*b\\* \\_c\\_");
        assert_eq!(e("# not a heading"), "\\# not a heading");
        assert_eq!(e("x # y"), "x # y");
        assert_eq!(e("1. first\n2) second"), "1\\. first\n2\\) second");
        assert_eq!(e("version 1.2"), "version 1.2");
        assert_eq!(e("    indented"), "indented");
        assert_eq!(e("- item"), "\\- item");
        assert_eq!(inline("=not at a line start"), "=not at a line start");
        assert_eq!(inline("1. inline"), "1. inline");
    }
}
