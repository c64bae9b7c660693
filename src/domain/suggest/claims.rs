//! Claims: statements a fact-checker could verify. Two kinds of evidence,
//! per the guide: reported speech with a source (`X said/argued/denied …
//! that …`, `according to X`), and assertions with checkable specifics
//! (numbers, amounts, dates). Questions and calls to action never are.

use super::lexicon::{self, has};
use super::speaker::{reporting, subject_of, Source};
use super::tokens::{Kind, Tok};

/// Why a sentence is a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimCue {
    /// The word that decided it (`said`, `2025`, `percent`).
    pub cue: String,
    pub reason: String,
    /// The source of reported speech, when it is named.
    pub source: Option<String>,
}

/// Whether a sentence is a claim. `toks` are all its tokens, `outside` its
/// outside view, and `direct` the indices (in `outside`) of reporting verbs
/// that attribute a direct quotation, which report no claim by themselves.
pub fn claim(toks: &[Tok], outside: &[Tok], direct: &[usize]) -> Option<ClaimCue> {
    if toks.iter().any(|t| t.is_punct('?')) || is_imperative(toks) || is_instruction(outside) {
        return None;
    }
    reported_speech(outside, direct).or_else(|| specifics(toks))
}

/// Calls to action in the passive: `Residents are advised to stay indoors`,
/// `Customers were asked to avoid…`.
fn is_instruction(outside: &[Tok]) -> bool {
    outside.windows(3).any(|w| {
        w[0].in_list(lexicon::BE_FORMS)
            && w[1].in_list(&[
                "advised",
                "asked",
                "encouraged",
                "instructed",
                "told",
                "urged",
            ])
            && w[2].is("to")
    })
}

/// Calls to action (`Call the help line`, `Do not wait`) open with a verb.
fn is_imperative(toks: &[Tok]) -> bool {
    toks.iter()
        .find(|t| t.is_word())
        .is_some_and(|t| t.in_list(lexicon::IMPERATIVE_OPENERS))
}

fn reported_speech(outside: &[Tok], direct: &[usize]) -> Option<ClaimCue> {
    let mut floor = 0;
    for (i, t) in outside.iter().enumerate() {
        if t.is_quote() {
            floor = i + 1;
        }
        let Some(lemma) = reporting(t) else { continue };
        // After a determiner or a preposition a base form is a noun (`the
        // dispute`, `free of charge`).
        let noun_before = |t: &Tok| {
            t.in_list(lexicon::DETERMINERS) || t.in_list(lexicon::PREPOSITIONS) || t.is_possessive()
        };
        if i > 0 && noun_before(&outside[i - 1]) {
            continue;
        }
        let next = outside.get(i + 1);
        let found = if lemma == "according" {
            next.is_some_and(|n| n.is("to"))
        } else {
            !direct.contains(&i)
                && !lexicon::NON_CLAIM_LEMMAS.has(lemma)
                && !passive(outside, i)
                && !next.is_some_and(|n| n.is("to"))
                && (lexicon::ACCUSING_LEMMAS.has(lemma)
                    || lexicon::ASSERTING_LEMMAS.has(lemma)
                    || introduces_clause(outside, i)
                    || closes_sentence(outside, i))
        };
        if found {
            let source = match subject_of(outside, i, floor) {
                Some(Source::Named(n)) => Some(n),
                _ => None,
            };
            return Some(ClaimCue {
                cue: t.text.to_string(),
                reason: format!("reported speech: \"{}\"", t.text),
                source,
            });
        }
    }
    None
}

fn passive(outside: &[Tok], i: usize) -> bool {
    i > 0 && outside[i - 1].in_list(lexicon::BE_FORMS)
}

/// Whether the reporting verb at `v` reports a clause: `said the talks had
/// failed`, `warned him that any attempt would…`. `that` alone is not enough
/// (`disputed that account`).
pub fn introduces_clause(outside: &[Tok], v: usize) -> bool {
    let that = outside
        .iter()
        .enumerate()
        .skip(v + 1)
        .take(3)
        .find(|(_, t)| t.is("that"))
        .map(|(i, _)| i);
    // After `that` a clause is certain to come, its verb maybe after a long
    // subject (`that any attempt to leave the state before sentencing would`).
    that.is_some_and(|t| clause_follows(outside, t, 12)) || clause_follows(outside, v, 8)
}

/// A finite verb soon after the word at `i`, before any quotation or colon
/// (which would make it direct speech).
fn clause_follows(outside: &[Tok], i: usize, reach: usize) -> bool {
    for (k, t) in outside.iter().enumerate().skip(i + 1).take(reach) {
        // A quotation right after the verb or a colon is direct speech; one
        // inside the clause is a quoted phrase (`saying a "liquidity issue"
        // had…`).
        let quoted_phrase = t.is_quote() && k > i + 1 && outside[k - 1].is_word();
        match t.kind {
            // Not `.`: inside a sentence it ends an abbreviation (`U.S.`).
            // A relative pronoun starts an apposition (`said Doyle, who has…`).
            Kind::Quote(_) if quoted_phrase => {}
            Kind::Quote(_) | Kind::Punct(':') => return false,
            Kind::Word if t.in_list(&["which", "who"]) => return false,
            Kind::Word
                if t.in_list(lexicon::CLAUSE_MARKERS) || t.in_list(lexicon::IRREGULAR_PASTS) =>
            {
                return true
            }
            Kind::Word if !t.is_cap() && t.lower.len() > 4 && t.lower.ends_with("ed") => {
                return true
            }
            _ => {}
        }
    }
    false
}

/// `…, the company said.`: the verb ends the sentence after a comma that
/// follows reported content rather than a quotation. Advice so reported
/// (`Customers should stop…, it said.`) is a call to action, not a claim.
fn closes_sentence(outside: &[Tok], i: usize) -> bool {
    let tail_is_short = outside[i + 1..].iter().filter(|t| t.is_word()).count() <= 4;
    let comma = outside[..i]
        .iter()
        .rposition(|t| t.is_punct(','))
        .filter(|&c| i - c <= 5);
    let content_before = comma.is_some_and(|c| c > 0 && outside[c - 1].is_word());
    let advice = outside[..i].iter().any(|t| t.in_list(&["must", "should"]));
    tail_is_short && content_before && !advice
}

/// A number, an amount or a date. Inside a quotation only digits count,
/// since spoken number words are mostly rhetoric (`a thousand times`). In a
/// sentence with a quotation, the words around it are its attribution, whose
/// dates and details (`she said on Friday`, `a mother of three`) say when and
/// who, not what is claimed.
fn specifics(toks: &[Tok]) -> Option<ClaimCue> {
    if toks.iter().filter(|t| t.is_word()).count() < 5 {
        return None;
    }
    let quoting = toks.iter().any(|t| t.quote.is_some());
    let t = toks.iter().enumerate().find(|(i, t)| {
        let outside = t.quote.is_none();
        let digits =
            t.is_word() && t.text.chars().any(|c| c.is_ascii_digit()) && !(quoting && outside);
        let outside = outside && !quoting;
        let word = outside && t.in_list(lexicon::NUMBER_WORDS);
        let money = outside && matches!(t.kind, Kind::Punct('$' | '£' | '€' | '¥' | '%'));
        let date = outside && *i > 0 && t.is_cap() && has(lexicon::CALENDAR_WORDS, t.text);
        digits || word || money || date
    })?;
    let cue = if t.1.is_word() {
        t.1.text.to_string()
    } else {
        match t.1.kind {
            Kind::Punct(c) => c.to_string(),
            _ => String::new(),
        }
    };
    Some(ClaimCue {
        reason: format!("checkable specific \"{cue}\""),
        cue,
        source: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{outside, tokenize, Text};
    use super::*;

    fn is_claim(text: &str) -> bool {
        let src = Text::new(text);
        let toks = tokenize(&src, 0, src.chars.len(), &[]);
        claim(&toks, &outside(&toks), &[]).is_some()
    }

    #[test]
    fn reported_speech_with_that_or_a_clause() {
        assert!(is_claim(
            "Khamenei declared that any attack would ignite a war."
        ));
        assert!(is_claim("Diplomats said a fourth round had been planned."));
        assert!(is_claim(
            "Strand accused the other side of leaking draft texts."
        ));
        assert!(is_claim("Prices will rise again, the company said."));
        assert!(is_claim("Analysts said the deal made obvious sense."));
        assert!(is_claim(
            "She warned him that any attempt to leave the state before sentencing would fail."
        ));
    }

    #[test]
    fn objects_of_asserting_verbs_and_abbreviations_before_the_clause() {
        assert!(is_claim(
            "He emphasized that U.S. military action would spread."
        ));
        assert!(is_claim(
            "Abbas Araghchi affirmed Tehran's readiness for fair talks."
        ));
        assert!(!is_claim(
            "Tensions between the United States and Iran remain high."
        ));
    }

    #[test]
    fn orders_passives_and_advice_are_not_reported_claims() {
        assert!(!is_claim(
            "Residents have been told to prepare to leave their homes."
        ));
        assert!(!is_claim(
            "The opposition has threatened to challenge the vote."
        ));
        assert!(!is_claim(
            "Customers should stop using the devices, the company said."
        ));
        assert!(!is_claim("Aasen acknowledged the point."));
        assert!(!is_claim("Albrecht disputed that account."));
        assert!(!is_claim("The dispute has simmered for years."));
        assert!(!is_claim("The team's report is available free of charge."));
    }

    #[test]
    fn numbers_and_dates_make_assertions_checkable() {
        assert!(is_claim("Roughly 60,000 farms draw water from the lake."));
        assert!(is_claim("The treaty expires on June 30, both sides say."));
        assert!(is_claim("Shares fell by three percent in early trading."));
        assert!(!is_claim("The jury was not persuaded by the defence."));
    }

    #[test]
    fn a_quoted_phrase_inside_reported_speech_keeps_it_reported() {
        let text =
            "Nexova halted withdrawals, saying a \"temporary liquidity issue\" had left it short.";
        let src = Text::new(text);
        let chars = &src.chars;
        let open = chars.iter().position(|&c| c == '"').unwrap();
        let close = chars.iter().rposition(|&c| c == '"').unwrap() + 1;
        let quotes = [super::super::quotes::QuoteSpan { open, close }];
        let toks = tokenize(&src, 0, chars.len(), &quotes);
        assert!(claim(&toks, &outside(&toks), &[]).is_some());
    }

    #[test]
    fn questions_and_calls_to_action_are_never_claims() {
        assert!(!is_claim(
            "Residents are advised to stay indoors between noon and 6 p.m."
        ));
        assert!(!is_claim("Will the 2026 treaty survive the summer?"));
        assert!(!is_claim("Call the help line, open from 9 a.m. to 8 p.m."));
    }
}
