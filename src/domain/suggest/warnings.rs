//! Warnings: threats, cautions, ultimatums and risks of harm, said by
//! someone or stated by the article. Cues, strongest first: warning words
//! (`warned`, `threat`, `risk`, `danger`, `evacuate`), conditional threats
//! (`any attack would…`, `if … will…`, `unless`), intent with `to` (`vowed
//! to retaliate`, `urged residents to avoid`), possibilities of harm (`could
//! disrupt`), and negative commands opening a sentence (`Do not wait`).

use super::lexicon::{self, has};
use super::tokens::{Kind, Tok};

/// Why a sentence is a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarningCue {
    pub cue: String,
    pub reason: String,
}

fn cue(word: &str, why: &str) -> Option<WarningCue> {
    Some(WarningCue {
        cue: word.to_string(),
        reason: format!("{why} \"{word}\""),
    })
}

/// Whether the sentence with tokens `toks` is a warning.
pub fn warning(toks: &[Tok]) -> Option<WarningCue> {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    let question = toks.iter().any(|t| t.is_punct('?'));
    let later = |i: usize, reach: usize, list: &[&str]| {
        words[i + 1..words.len().min(i + 1 + reach)]
            .iter()
            .any(|w| w.in_list(list))
    };
    // The word after `words[i]` when no punctuation stands between them.
    let next_word = |i: usize| {
        let w = words.get(i + 1)?;
        let between = toks.iter().any(|t| {
            t.start >= words[i].end && t.end <= w.start && matches!(t.kind, Kind::Punct(_))
        });
        (!between).then_some(*w)
    };
    for (i, w) in words.iter().enumerate() {
        let lower = w.lower;
        // Every stem is four letters or more: most words need no comparison.
        if lower.len() >= 4 && lexicon::WARNING_STEMS.iter().any(|s| lower.starts_with(s)) {
            let negated = words[i.saturating_sub(4)..i]
                .iter()
                .any(|p| p.in_list(lexicon::NEGATORS));
            if !negated {
                return cue(w.text, "warning word");
            }
        }
        let lemma = match lower {
            "advise" | "advised" | "advises" | "advising" => "advise",
            "urge" | "urged" | "urges" | "urging" => "urge",
            "vow" | "vowed" | "vows" | "vowing" => "vow",
            "fear" | "feared" | "fears" | "fearing" => "fear",
            _ => "",
        };
        let reach = if lemma == "vow" { 3 } else { 12 };
        if has(lexicon::INTENT_LEMMAS, lemma) && later(i, reach, &["to"]) {
            return cue(w.text, "intent to act");
        }
        if lemma == "fear" && later(i, 8, &["could", "might", "will", "would"]) {
            return cue(w.text, "fear of harm");
        }
        if lower == "any" {
            // `any attack would…`: a short noun phrase straight into a modal.
            let mut j = i;
            while let Some(n) = next_word(j).filter(|_| j < i + 3) {
                if n.in_list(&["could", "will", "would"]) {
                    return cue(w.text, "conditional threat");
                }
                j += 1;
            }
        }
        // `whether … or if`, `asked if`: an indirect question, not a condition.
        let indirect_question = lower == "if"
            && i > 0
            && words[i - 1].in_list(&["ask", "asked", "know", "or", "see", "whether", "wonder"]);
        if matches!(lower, "if" | "unless") && !question && !indirect_question {
            return cue(w.text, "conditional");
        }
        if matches!(lower, "'ll" | "will" | "would")
            && (later(i, 2, lexicon::THREAT_VERBS) || later(i, 3, lexicon::FORCE_ADVERBS))
        {
            return cue(w.text, "threatened action");
        }
        if lower == "avoid" && i > 0 && words[i - 1].is("to") {
            return cue(w.text, "caution");
        }
        if w.in_list(lexicon::RISK_MODALS) && next_word(i).is_some() {
            return cue(w.text, "possible harm");
        }
        if matches!(lower, "can" | "may") && later(i, 4, lexicon::HARM_WORDS) {
            return cue(w.text, "possible harm");
        }
        if matches!(lower, "must" | "should") && later(i, 1, &["not"]) {
            return cue(w.text, "caution");
        }
    }
    negative_command(&words)
}

/// `Do not wait…`, `Please do not go…`, `Never…` opening a sentence or a
/// quotation.
fn negative_command(words: &[&Tok]) -> Option<WarningCue> {
    for (i, w) in words.iter().enumerate() {
        let opens = i == 0 || words[i - 1].quote != w.quote;
        if !opens {
            continue;
        }
        let rest: Vec<&str> = words[i..].iter().take(3).map(|t| t.lower).collect();
        let command = matches!(
            rest.as_slice(),
            ["do", "not", ..]
                | ["don't", ..]
                | ["please", "do", "not"]
                | ["please", "don't", ..]
                | ["never", ..]
        );
        if command {
            return cue(w.text, "negative command");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{tokenize, Text};
    use super::*;

    fn warns(text: &str) -> bool {
        let src = Text::new(text);
        warning(&tokenize(&src, 0, src.chars.len(), &[])).is_some()
    }

    #[test]
    fn warning_words() {
        assert!(warns("Marenko warned that farmers would face ruin."));
        assert!(warns(
            "The alternative carries catastrophic risks for the region."
        ));
        assert!(warns("Residents were told to evacuate."));
    }

    #[test]
    fn emergency_as_a_modifier_is_not_a_warning() {
        assert!(!warns("The city opened four emergency shelters on Monday."));
    }

    #[test]
    fn harm_that_can_or_may_happen() {
        assert!(warns("It can cause pneumonia and, in rare cases, death."));
        assert!(!warns("Owners can check their serial numbers online."));
        assert!(!warns("People gave whatever they could, twenty pounds."));
    }

    #[test]
    fn fear_and_threatened_action() {
        assert!(warns(
            "The union said it feared the merger would cut prices."
        ));
        assert!(warns("The union said it would fight the closure."));
        assert!(warns(
            "Iran seeks no war but would respond forcefully to any assault."
        ));
        assert!(!warns(
            "The ministry said it would respond within two weeks."
        ));
        assert!(warns("Customers should not throw them away with rubbish."));
    }

    #[test]
    fn negated_cues_are_not_warnings() {
        assert!(!warns(
            "Talks on equal footing, free from coercion or threats, resumed."
        ));
    }

    #[test]
    fn conditional_threats() {
        assert!(warns(
            "Any American attack would ignite a broader regional conflict."
        ));
        assert!(warns("If the lake is drained, there will be consequences."));
        assert!(warns(
            "The outbreak will spread unless vaccination rates rise."
        ));
    }

    #[test]
    fn intent_and_possible_harm() {
        assert!(warns("The union vowed to fight the closure."));
        assert!(warns("The mayor urged people to avoid all travel."));
        assert!(warns("A spark could disrupt global energy flows."));
    }

    #[test]
    fn indirect_questions_are_not_conditions() {
        assert!(!warns(
            "The days will test whether talks work or if drills dominate."
        ));
    }

    #[test]
    fn starter_list_cautions() {
        assert!(warns("Customers were asked to avoid running dishwashers."));
        assert!(warns("Older people are especially vulnerable."));
        assert!(warns("Beware of any message asking for a fee."));
    }

    #[test]
    fn negative_commands() {
        assert!(warns("Do not wait to see how bad it gets."));
    }

    #[test]
    fn neutral_past_events_are_not_warnings() {
        assert!(!warns(
            "In 2004, the storm killed three people and cut power."
        ));
        assert!(!warns(
            "Previous indirect talks collapsed amid military actions in 2025."
        ));
    }
}
