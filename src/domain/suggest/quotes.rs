//! Finding quotations: pairing opening and closing marks across every style
//! the guide lists (`"…"`, `“…”`, `‘…’`, `«…»`, `„…“`, `‹…›`, `「…」`), and
//! telling quotations from scare quotes and titles.
//!
//! Works on the whole text, not per sentence, because a quotation may run
//! over several sentences. Quotations never cross a blank line: news style
//! leaves a quote open at the end of a paragraph that continues in the next,
//! and reopens it there, so each paragraph's part is a quotation of its own.

/// A quotation: `open` is the opening mark, `close` is just after the
/// closing mark (or the paragraph's end when it is left open). Code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    pub open: usize,
    pub close: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Straight,
    StraightSingle,
    Curly,
    CurlySingle,
    Guillemet,
    SingleGuillemet,
    Low,
    Corner,
}

/// Every outermost quotation in `chars`, in order. Nested quotations are part
/// of the one around them.
pub fn find(chars: &[char]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut stack: Vec<(Style, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_mark(c) && c != '\n' {
            i += 1;
            continue;
        }
        if c == '\n' && blank_line_follows(chars, i) {
            if let Some(&(_, open)) = stack.first() {
                out.push(QuoteSpan {
                    open,
                    close: trim_end(chars, open, i),
                });
            }
            stack.clear();
            i += 1;
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let word_before = prev.is_some_and(char::is_alphanumeric);
        let word_after = next.is_some_and(char::is_alphanumeric);
        let closing = |stack: &[(Style, usize)], style| stack.iter().rposition(|s| s.0 == style);
        let action = match c {
            '"' => match closing(&stack, Style::Straight) {
                Some(at) => Action::Close(at),
                None if next.is_some_and(|n| !n.is_whitespace()) => Action::Open(Style::Straight),
                None => Action::None,
            },
            '“' => match closing(&stack, Style::Low) {
                Some(at) if stack.last().is_some_and(|s| s.0 == Style::Low) => Action::Close(at),
                _ => Action::Open(Style::Curly),
            },
            '”' => match closing(&stack, Style::Curly).or(closing(&stack, Style::Low)) {
                Some(at) => Action::Close(at),
                None => Action::None,
            },
            // An opening single mark never follows a letter; a closing one
            // never precedes one. Everything else is an apostrophe.
            '‘' if !word_before => Action::Open(Style::CurlySingle),
            '’' if !word_after && prev.is_some_and(|p| !p.is_whitespace()) => {
                match closing(&stack, Style::CurlySingle) {
                    Some(at) => Action::Close(at),
                    None => Action::None,
                }
            }
            '\'' if !word_before && next.is_some_and(char::is_alphabetic) => {
                Action::Open(Style::StraightSingle)
            }
            '\'' if !word_after && prev.is_some_and(|p| !p.is_whitespace()) => {
                match closing(&stack, Style::StraightSingle) {
                    Some(at) => Action::Close(at),
                    None => Action::None,
                }
            }
            '«' => Action::Open(Style::Guillemet),
            '»' => closing(&stack, Style::Guillemet).map_or(Action::None, Action::Close),
            '‹' => Action::Open(Style::SingleGuillemet),
            '›' => closing(&stack, Style::SingleGuillemet).map_or(Action::None, Action::Close),
            '„' => Action::Open(Style::Low),
            '「' | '『' => Action::Open(Style::Corner),
            '」' | '』' => closing(&stack, Style::Corner).map_or(Action::None, Action::Close),
            _ => Action::None,
        };
        match action {
            Action::Open(style) => stack.push((style, i)),
            Action::Close(at) => {
                if at == 0 {
                    out.push(QuoteSpan {
                        open: stack[0].1,
                        close: i + 1,
                    });
                }
                stack.truncate(at);
            }
            Action::None => {}
        }
        i += 1;
    }
    if let Some(&(_, open)) = stack.first() {
        out.push(QuoteSpan {
            open,
            close: trim_end(chars, open, chars.len()),
        });
    }
    out
}

/// Every character that can open or close a quotation (and apostrophes,
/// which look like some of them).
pub fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '«'
            | '»'
            | '‹'
            | '›'
            | '„'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

enum Action {
    Open(Style),
    Close(usize),
    None,
}

fn blank_line_follows(chars: &[char], newline: usize) -> bool {
    chars[newline + 1..]
        .iter()
        .take_while(|c| c.is_whitespace())
        .any(|&c| c == '\n')
}

fn trim_end(chars: &[char], start: usize, mut end: usize) -> usize {
    while end > start + 1 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    end
}

/// Number of words between the marks of `q`.
pub fn word_count(chars: &[char], q: &QuoteSpan) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for &c in &chars[q.open..q.close] {
        let w = c.is_alphanumeric();
        if w && !in_word {
            count += 1;
        }
        in_word = w || (in_word && matches!(c, '\'' | '’' | '-'));
    }
    count
}

/// Whether `q` is presented as someone's words: three words or more (one
/// or two are scare quotes or quoted terms), and not the title of a work or a
/// label (`titled "…"`, a run of Title Case words).
pub fn is_quotation(chars: &[char], q: &QuoteSpan) -> bool {
    word_count(chars, q) >= 3 && !is_title(chars, q)
}

/// The quotations among `find`'s spans: those [`is_quotation`] keeps, and
/// a sentence of one or two words that goes on from the quotation just
/// before it in its paragraph (`"I dropped a plate," she said. "Worth
/// it."`): a whole sentence of speech is no label nor a quoted term.
pub fn quotations(chars: &[char]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut prev: Option<(QuoteSpan, bool)> = None;
    for q in find(chars) {
        let goes_on = || {
            prev.is_some_and(|(p, kept)| {
                kept && !(p.close..q.open).any(|i| chars[i] == '\n' && blank_line_follows(chars, i))
            })
        };
        let kept = is_quotation(chars, &q) || (is_whole_sentence(chars, &q) && goes_on());
        if kept {
            out.push(q);
        }
        prev = Some((q, kept));
    }
    out
}

/// Whether `q` is a sentence by itself: its words end with a full stop, a
/// question or an exclamation mark inside the marks, and a sentence ended
/// just before it.
fn is_whole_sentence(chars: &[char], q: &QuoteSpan) -> bool {
    let inner = &chars[q.open + 1..q.close.saturating_sub(1).max(q.open + 1)];
    let ends = inner
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?'));
    let before = chars[..q.open].iter().rev().find(|c| !c.is_whitespace());
    ends && word_count(chars, q) > 0
        && before.is_none_or(|c| matches!(c, '.' | '!' | '?') || is_mark(*c))
}

fn is_title(chars: &[char], q: &QuoteSpan) -> bool {
    let before: String = chars[q.open.saturating_sub(30)..q.open].iter().collect();
    let last_word = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        last_word.as_str(),
        "titled"
            | "entitled"
            | "called"
            | "named"
            | "dubbed"
            | "slogan"
            | "so-called"
            | "headlined"
    ) {
        return true;
    }
    let inner: String = chars[q.open + 1..q.close.saturating_sub(1)]
        .iter()
        .collect();
    // American style puts the sentence's own stop inside the marks.
    let inner = inner.trim_end_matches([',', '.', ' ']);
    if inner.contains(['.', '!', '?', ',', ';', ':']) {
        return false;
    }
    // Titles capitalise every long word; speech does not.
    inner
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        find(&chars)
            .iter()
            .filter(|q| is_quotation(&chars, q))
            .map(|q| chars[q.open..q.close].iter().collect())
            .collect()
    }

    #[test]
    fn pairs_every_mark_style() {
        for text in [
            "\"We will not yield today,\" she said.",
            "“We will not yield today,” she said.",
            "‘We will not yield today,’ she said.",
            "«We will not yield today», she said.",
            "„We will not yield today“, she said.",
            "‹We will not yield today›, she said.",
            "「We will not yield today」, she said.",
        ] {
            let q = quoted(text);
            assert_eq!(q.len(), 1, "{text}");
            assert!(q[0].contains("We will not yield today"), "{text}");
        }
    }

    #[test]
    fn apostrophes_do_not_open_or_close_single_quotes() {
        let q = quoted("‘We’ve admired Brightwater’s brands for years,’ said Ingrid’s aide.");
        assert_eq!(
            q,
            vec!["‘We’ve admired Brightwater’s brands for years,’".to_string()]
        );
        assert!(quoted("It's the players' union's call, isn't it?").is_empty());
    }

    #[test]
    fn one_or_two_words_are_scare_quotes_not_quotations() {
        assert!(quoted("the so-called \"deal\" and a \"seriously talking\" Iran").is_empty());
        assert_eq!(quoted("a deal ensuring \"no nuclear weapons.\"").len(), 1);
    }

    #[test]
    fn a_short_sentence_going_on_from_a_quotation_is_one() {
        let kept = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            quotations(&chars)
                .iter()
                .map(|q| chars[q.open..q.close].iter().collect())
                .collect()
        };
        assert_eq!(
            kept("\"I dropped a plate,\" she said. \"Worth it.\""),
            ["\"I dropped a plate,\"", "\"Worth it.\""]
        );
        // Alone, inside a sentence, or in the next paragraph it is a label.
        assert!(kept("The verdict was blunt. \"Worth it.\"").is_empty());
        assert_eq!(
            kept("\"I dropped a plate,\" she said. It was \"worth it.\""),
            ["\"I dropped a plate,\""]
        );
        assert_eq!(
            kept("\"I dropped a plate,\" she said.\n\n\"Worth it.\""),
            ["\"I dropped a plate,\""]
        );
    }

    #[test]
    fn titles_of_works_are_not_quotations() {
        assert!(
            quoted("The report, titled “Warm Water Beneath the Northern Ice,” is out.").is_empty()
        );
        assert!(quoted("They sang “The Long Road Home” twice.").is_empty());
        assert!(quoted("Signs read “Hands Off Our Libraries” and “Fair Fares Now.”").is_empty());
    }

    #[test]
    fn quotations_run_over_sentences_and_nest() {
        let q = quoted("“It is late. He said ‘no deal today’ and left,” she said.");
        assert_eq!(q.len(), 1);
        assert!(q[0].ends_with("left,”"));
    }

    #[test]
    fn a_quotation_left_open_ends_with_its_paragraph() {
        let q = quoted("“We are ready for this.\n\n“And so are they,” he said.");
        assert_eq!(
            q,
            vec![
                "“We are ready for this.".to_string(),
                "“And so are they,”".to_string()
            ]
        );
    }
}
