//! CSV export: one row per annotation, for spreadsheets and scripts.
//!
//! RFC 4180: a header row, CRLF line ends, every field that holds a quote,
//! comma, CR or LF wrapped in double quotes with inner quotes doubled.
//!
//! Formula injection: spreadsheets run a cell that starts with `=`, `+`,
//! `-` or `@` (and some also a leading tab or CR) as a formula, so an
//! article quoting `=HYPERLINK(…)` could act when the file is opened. Such
//! text cells get a leading `'`, which spreadsheets show as plain text; the
//! cost is that a script reading the file sees the `'` too. Number cells are
//! ours and never start with those characters.

use crate::domain::annotation::Origin;
use crate::domain::document::AnnotatedDocument;

pub const HEADER: [&str; 11] = [
    "id",
    "tags",
    "text",
    "speaker",
    "note",
    "start",
    "end",
    "sentence_index",
    "origin",
    "created",
    "updated",
];

/// The annotations as CSV. `sentence_index` is the 0-based index, into the
/// JSON document's `sentences`, of the sentence where the annotation starts.
pub fn to_csv(doc: &AnnotatedDocument) -> String {
    let mut out = String::new();
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for a in &doc.annotations {
        let tags: Vec<&str> = a.tags.iter().map(|t| t.as_str()).collect();
        let sentence = doc
            .sentence_at(a.start)
            .map_or_else(String::new, |i| i.to_string());
        let origin = match a.origin {
            Origin::Manual => "manual",
            Origin::Suggested => "suggested",
        };
        push_row(
            &mut out,
            [
                text_cell(&a.id),
                text_cell(&tags.join(";")),
                text_cell(&a.text),
                text_cell(a.speaker.as_deref().unwrap_or("")),
                text_cell(&a.note),
                a.start.to_string(),
                a.end.to_string(),
                sentence,
                origin.to_string(),
                text_cell(&a.created),
                text_cell(&a.updated),
            ],
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(&cell));
    }
    out.push_str("\r\n");
}

/// Defuses a cell a spreadsheet would evaluate.
fn text_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// RFC 4180 quoting.
fn quote(cell: &str) -> String {
    if cell.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn defuses_formulas() {
        assert_eq!(text_cell("=1+1"), "'=1+1");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("-5% growth"), "'-5% growth");
        assert_eq!(text_cell("growth of -5%"), "growth of -5%");
    }
}
