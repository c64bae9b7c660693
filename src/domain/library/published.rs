//! The publication date an article states near its top (`Published Date:`,
//! `Published on`, `Date:`, `Posted:` …), kept as written: dates come in too
//! many shapes to reformat without losing what the source said.

/// Labels that introduce a publication date, longest first so that
/// "Published Date" is not read as "Published" with the value "Date: …".
const LABELS: [&str; 9] = [
    "published date",
    "publication date",
    "date published",
    "published on",
    "posted on",
    "published",
    "updated",
    "posted",
    "date",
];

/// Only the first lines are looked at: a "Date:" deep in the body is part of
/// the story, not its byline.
const LINES_LOOKED_AT: usize = 12;

/// The date stated in the article's first lines, if any.
pub fn detect_published(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LINES_LOOKED_AT)
        .find_map(date_of_line)
}

fn date_of_line(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let label = LABELS.iter().find(|l| lower.starts_with(*l))?;
    // Lowercasing can change byte lengths only outside ASCII, and every
    // label is ASCII, so the label's length is valid in the original too.
    let rest = line.get(label.len()..)?;
    let has_colon = rest.trim_start().starts_with(':');
    let value = rest.trim_start().trim_start_matches([':', '-', '–']).trim();
    // "Published on 1 Feb" needs no colon; "Date" or "Updated" without one is
    // more likely a sentence that starts with the word.
    let needs_colon = !label.ends_with(" on");
    if value.is_empty() || (needs_colon && !has_colon) || !value.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(value.chars().take(60).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_common_shapes() {
        let cases = [
            (
                "Title\n\nPublished Date: 1 Feb, 2026\n\nBody.",
                "1 Feb, 2026",
            ),
            ("Title\nPublished on March 3, 2025\nBody.", "March 3, 2025"),
            ("Title\nDate: 2024-05-06\nBody.", "2024-05-06"),
            ("Title\nPosted: 12/01/2023 10:00\nBody.", "12/01/2023 10:00"),
            ("Title\nPUBLISHED: 7 June 2022", "7 June 2022"),
        ];
        for (text, date) in cases {
            assert_eq!(detect_published(text).as_deref(), Some(date), "{text}");
        }
    }

    #[test]
    fn ignores_sentences_that_merely_start_with_the_word() {
        assert_eq!(
            detect_published("Title\nDate night was cancelled in 2020."),
            None
        );
        assert_eq!(detect_published("Title\nUpdated rules apply."), None);
        assert_eq!(detect_published("Title\nDate: unknown"), None);
    }

    #[test]
    fn looks_only_at_the_top() {
        let mut text = String::from("Title\n");
        for i in 0..20 {
            text.push_str(&format!("Paragraph {i}.\n"));
        }
        text.push_str("Date: 2024-01-01\n");
        assert_eq!(detect_published(&text), None);
    }
}
