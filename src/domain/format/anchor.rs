//! Re-anchoring: putting an annotation made on one version of a text onto
//! another. Trust the stored position only when the quote is still there;
//! otherwise search for the quote and let its surrounding context choose
//! among several matches. When context cannot choose, say so
//! ([`Anchor::Ambiguous`]) rather than pick one: a person decides, not a
//! guess (the failure reported as Hypothesis client #7571).

use crate::domain::text::OffsetMap;

/// How much context an exported quote carries on each side, in code points;
/// the same amount Hypothesis stores.
pub const CONTEXT_CHARS: usize = 32;

/// At most this many candidate spans are listed for an ambiguous quote: a
/// person can choose among a handful, not among hundreds.
pub const MAX_CANDIDATES: usize = 20;

/// A quote with its context, as a W3C `TextQuoteSelector` holds it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl Quote {
    /// The quote of `[start, end)` in `text` with up to [`CONTEXT_CHARS`] of
    /// context either side. Offsets must lie in the text.
    pub fn around(text: &str, map: &OffsetMap, start: usize, end: usize) -> Quote {
        let len = map.char_len();
        let slice = |a: usize, b: usize| map.slice(text, a, b).unwrap_or_default().to_string();
        Quote {
            exact: slice(start, end),
            prefix: slice(start.saturating_sub(CONTEXT_CHARS), start),
            suffix: slice(end, (end + CONTEXT_CHARS).min(len)),
        }
    }
}

/// Where an annotation said it was.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Target {
    /// `[start, end)` in code points as the W3C model counts. Files from
    /// JavaScript tools (Hypothesis) count UTF-16 units instead; with a quote
    /// to check against, both readings are tried.
    pub position: Option<(usize, usize)>,
    pub quote: Option<Quote>,
    /// The position is relative to a part of a page (it refines an XPath or
    /// fragment selector), so it says nothing about a plain text.
    pub relative_position: bool,
}

/// How an anchored annotation found its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The quote is at the stored position, counted in code points.
    Position,
    /// The quote is at the stored position read as UTF-16 units.
    Utf16Position,
    /// The quote occurs once in the text, elsewhere than stored.
    UniqueQuote,
    /// The quote occurs several times; its prefix and suffix chose one.
    Context,
    /// No quote to check: the stored position was taken as it is.
    PositionOnly,
}

/// Why an annotation could not be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrphanReason {
    /// The quoted text is nowhere in the article.
    QuoteNotFound,
    /// No quote, and the position lies outside the article.
    PositionOutOfRange,
    /// No quote, and the position is relative to a part of a web page.
    RelativePositionOnly,
    /// Neither a quote nor a position.
    NothingToAnchor,
}

impl OrphanReason {
    pub fn describe(self) -> &'static str {
        match self {
            OrphanReason::QuoteNotFound => "its quoted text is not in the article",
            OrphanReason::PositionOutOfRange => {
                "it has no quote and its position lies outside the article"
            }
            OrphanReason::RelativePositionOnly => {
                "it has no quote and its position counts from a part of a web page \
                 that a plain text does not have"
            }
            OrphanReason::NothingToAnchor => "it has neither a quote nor a position",
        }
    }
}

/// The outcome of anchoring one annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    Anchored {
        start: usize,
        end: usize,
        method: Method,
    },
    /// The quote occurs in several places and context does not decide;
    /// `candidates` lists up to [`MAX_CANDIDATES`] of them, `total` all.
    Ambiguous {
        candidates: Vec<(usize, usize)>,
        total: usize,
    },
    Orphan(OrphanReason),
}

/// Places `target` on `text`. Never returns a span whose text differs from
/// the quote, when there is a quote.
pub fn anchor(text: &str, map: &OffsetMap, target: &Target) -> Anchor {
    let quote = target.quote.as_ref().filter(|q| !q.exact.is_empty());
    let position = target.position.filter(|_| !target.relative_position);
    let Some(quote) = quote else {
        return match (position, target.relative_position) {
            (Some((start, end)), _) if start < end && end <= map.char_len() => Anchor::Anchored {
                start,
                end,
                method: Method::PositionOnly,
            },
            (Some(_), _) => Anchor::Orphan(OrphanReason::PositionOutOfRange),
            (None, true) => Anchor::Orphan(OrphanReason::RelativePositionOnly),
            (None, false) => Anchor::Orphan(OrphanReason::NothingToAnchor),
        };
    };
    if let Some((start, end)) = position {
        // The stored position read as code points (the spec), then as UTF-16
        // units (JavaScript tools). Either reading is taken only if no other
        // occurrence of the quote fits the stored context better: a stale
        // position can fall on another copy of the same words.
        let readings = [
            Some((start, end, Method::Position)),
            map.utf16_to_char(start)
                .zip(map.utf16_to_char(end))
                .map(|(s, e)| (s, e, Method::Utf16Position)),
        ];
        for (s, e, method) in readings.into_iter().flatten() {
            if s < e
                && map.slice(text, s, e) == Some(quote.exact.as_str())
                && !outscored(text, map, quote, s)
            {
                return Anchor::Anchored {
                    start: s,
                    end: e,
                    method,
                };
            }
        }
    }
    by_quote(text, map, quote)
}

/// Finds the quote by search, letting context choose among repeats.
fn by_quote(text: &str, map: &OffsetMap, quote: &Quote) -> Anchor {
    let len = quote.exact.chars().count();
    let spans: Vec<(usize, usize)> = match_starts(text, &quote.exact)
        .filter_map(|byte| map.byte_to_char(byte))
        .map(|start| (start, start + len))
        .collect();
    match spans.as_slice() {
        [] => return Anchor::Orphan(OrphanReason::QuoteNotFound),
        [(start, end)] => {
            return Anchor::Anchored {
                start: *start,
                end: *end,
                method: Method::UniqueQuote,
            }
        }
        _ => {}
    }
    let scores: Vec<usize> = spans
        .iter()
        .map(|&(s, e)| context_score(text, map, s, e, quote))
        .collect();
    let best = scores.iter().copied().max().unwrap_or(0);
    let context_len = quote.prefix.chars().count() + quote.suffix.chars().count();
    let winners = scores.iter().filter(|&&s| s == best).count();
    // One clear winner that agrees with at least half of the stored context:
    // a single matching character next to the quote is coincidence, not
    // evidence.
    if best > 0 && winners == 1 && best * 2 >= context_len {
        let i = scores.iter().position(|&s| s == best).unwrap_or(0);
        let (start, end) = spans[i];
        return Anchor::Anchored {
            start,
            end,
            method: Method::Context,
        };
    }
    Anchor::Ambiguous {
        total: spans.len(),
        candidates: spans.into_iter().take(MAX_CANDIDATES).collect(),
    }
}

/// Whether some occurrence of the quote other than the one at `start` agrees
/// with more of the stored context than that one does.
fn outscored(text: &str, map: &OffsetMap, quote: &Quote, start: usize) -> bool {
    if quote.prefix.is_empty() && quote.suffix.is_empty() {
        return false;
    }
    let len = quote.exact.chars().count();
    let own = context_score(text, map, start, start + len, quote);
    match_starts(text, &quote.exact)
        .filter_map(|byte| map.byte_to_char(byte))
        .filter(|&s| s != start)
        .any(|s| context_score(text, map, s, s + len, quote) > own)
}

/// Byte offsets of every occurrence of `needle`, overlapping ones included
/// (`"aa"` occurs twice in `"aaa"`).
fn match_starts<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + haystack.get(from..)?.find(needle)?;
        // Step one character, not one byte, to stay on a char boundary.
        from = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// How many characters of the stored prefix and suffix agree with the text
/// around `[start, end)`, counted outward from the quote.
fn context_score(text: &str, map: &OffsetMap, start: usize, end: usize, quote: &Quote) -> usize {
    let before = map.slice(text, 0, start).unwrap_or_default();
    let after = map.slice(text, end, map.char_len()).unwrap_or_default();
    let prefix = before
        .chars()
        .rev()
        .zip(quote.prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = after
        .chars()
        .zip(quote.suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    prefix + suffix
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        text: &str,
        position: Option<(usize, usize)>,
        exact: &str,
        pre: &str,
        suf: &str,
    ) -> Anchor {
        let target = Target {
            position,
            quote: Some(Quote {
                exact: exact.into(),
                prefix: pre.into(),
                suffix: suf.into(),
            }),
            relative_position: false,
        };
        anchor(text, &OffsetMap::new(text), &target)
    }

    #[test]
    fn reads_hypothesis_utf16_positions_when_code_points_miss() {
        // The emoji is one code point but two UTF-16 units, so "cat" is at
        // code points 4..7 and UTF-16 units 5..8.
        let text = "a 😀 cat";
        assert_eq!(
            run(text, Some((5, 8)), "cat", "", ""),
            Anchor::Anchored {
                start: 4,
                end: 7,
                method: Method::Utf16Position
            }
        );
    }

    #[test]
    fn repeated_quote_with_tied_context_is_ambiguous() {
        let text = "the cat sat. the cat sat.";
        assert_eq!(
            run(text, None, "cat", "the ", " sat"),
            Anchor::Ambiguous {
                candidates: vec![(4, 7), (17, 20)],
                total: 2
            }
        );
    }

    #[test]
    fn context_picks_among_repeats() {
        let text = "a red cat here, a black cat there";
        assert_eq!(
            run(text, Some((0, 3)), "cat", "black ", " there"),
            Anchor::Anchored {
                start: 24,
                end: 27,
                method: Method::Context
            }
        );
    }

    #[test]
    fn a_stale_position_on_another_copy_loses_to_context() {
        // Text was inserted before the quote, and the stale position now
        // falls on the first "cat" while the context names the second.
        let text = "xxxxxxxthe cat sat. the cat ran.";
        assert_eq!(
            run(text, Some((11, 14)), "cat", "the ", " ran."),
            Anchor::Anchored {
                start: 24,
                end: 27,
                method: Method::Context
            }
        );
    }

    #[test]
    fn finds_overlapping_occurrences() {
        assert_eq!(match_starts("aaa", "aa").collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(match_starts("é é", "é").collect::<Vec<_>>(), vec![0, 3]);
    }
}
