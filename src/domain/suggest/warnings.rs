//! Warnings: threats, cautions, ultimatums and risks of harm, said by
//! someone or stated by the article. Cues, strongest first: warning words
//! (`warned`, `threat`, `risk`, `danger`, `evacuate`), conditional threats
//! (`any attack would…`, `if … will…` with a loss in it, `unless`,
//! `Should the sale fall through…`), ultimatums (`…by Friday, or the cranes
//! stop`), consequences joined by `and` (`one more dry week and the crop is
//! gone`), penalties faced (`face fines`), intent with `to` (`vowed to
//! retaliate`, `urged residents to avoid`), advisories (`were told to boil
//! their water`, `should seek help`), possibilities of harm (`could
//! disrupt`, `would halt traffic`), and commands opening a sentence (`Do
//! not wait`, `Leave the mowing until it rains`).

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

/// `not`, `no`, `never`, `won't`: a condition or consequence stated as a
/// loss (`if it does not rain`, `the date will not move`).
fn negative(w: &Tok) -> bool {
    w.in_list(&["cannot", "never", "no", "not"])
        || w.lower.ends_with("n't")
        || w.lower.ends_with("n’t")
}

/// A word naming a loss, a harm or a way to protect oneself: what turns a
/// condition (`if`, `and`, `or`) into a threat or a caution.
fn consequence(w: &Tok) -> bool {
    w.in_list(lexicon::CONSEQUENCE_WORDS) || w.in_list(lexicon::HARM_WORDS) || negative(w)
}

/// Whether the word starts with a protective act (`boil`, `seek`, `stay`).
fn protective(w: &Tok) -> bool {
    w.is_word()
        && lexicon::PROTECTIVE_STEMS
            .iter()
            .any(|s| w.lower.starts_with(s))
}

/// Whether `words[i]` opens the sentence or a quotation in it.
fn opens(words: &[&Tok], i: usize) -> bool {
    i == 0 || words[i - 1].quote != words[i].quote
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
    // `gap[k]`: punctuation stands between `words[k - 1]` and `words[k]`.
    // Worked out once: the rules ask about every word.
    let mut gap = Vec::with_capacity(words.len());
    let mut seen = false;
    for t in toks {
        match t.kind {
            Kind::Word => {
                gap.push(seen);
                seen = false;
            }
            Kind::Punct(_) => seen = true,
            Kind::Quote(_) => {}
        }
    }
    // Whether punctuation stands between `words[a]` and `words[b]`, `a < b`.
    let parted = |a: usize, b: usize| gap[a + 1..=b].iter().any(|&g| g);
    // The word after `words[i]` when no punctuation stands between them.
    let next_word = |i: usize| {
        words.get(i + 1)?;
        (!parted(i, i + 1)).then_some(words[i + 1])
    };
    // The words after `words[i]` up to the next punctuation, at most `reach`.
    let clause_after = |i: usize, reach: usize| {
        let mut end = i + 1;
        while end < words.len() && end <= i + reach && !parted(end - 1, end) {
            end += 1;
        }
        &words[i + 1..end]
    };
    let any_consequence = || words.iter().any(|w| consequence(w) || protective(w));
    // A possibility hanging on a condition is a risk (`if there is a
    // shortfall, customers may recover only part of their money`).
    let possible = || words.iter().any(|w| w.in_list(&["could", "may", "might"]));
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
        // `were told on Tuesday to boil…`, `advised anyone who visited … to
        // watch for a rash`: told to protect oneself. Advice to save water
        // or to call a helpline is not a caution.
        if w.in_list(lexicon::DIRECTIVE_FORMS) {
            let to = words[i + 1..words.len().min(i + 17)]
                .iter()
                .position(|t| t.is("to"))
                .map(|k| i + 1 + k);
            if let Some(to) = to {
                if words[to + 1..words.len().min(to + 9)]
                    .iter()
                    .any(|t| protective(t))
                {
                    return cue(w.text, "advisory");
                }
            }
        }
        if matches!(lower, "face" | "faces" | "facing") && later(i, 3, lexicon::PENALTIES) {
            return cue(w.text, "penalty faced");
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
        // `whether … or if`, `asked the council if`: an indirect question;
        // `even if`, `as if`: no condition at all.
        let not_a_condition = lower == "if"
            && (words[i.saturating_sub(3)..i].iter().any(|p| {
                p.in_list(&[
                    "ask", "asked", "asking", "asks", "know", "or", "see", "whether", "wonder",
                ])
            }) || (i > 0 && words[i - 1].in_list(&["as", "even"])));
        if lower == "unless" && !question {
            return cue(w.text, "conditional");
        }
        // A condition is a threat when a loss hangs on it (`if it does not
        // rain, we will have to sell the herd`); `if we play well, we will
        // be fine` is not. `Should the sale fall through…` is one too.
        let inverted = opens(&words, i) && matches!(lower, "had" | "should" | "were");
        if (lower == "if" && !not_a_condition || inverted)
            && !question
            && (any_consequence() || possible())
        {
            return cue(w.text, "conditional");
        }
        // `…by Friday, or the cranes stop`, `or face a strike`, `or else`.
        let ultimatum = (lower == "or" && i > 0 && parted(i - 1, i)) || lower == "otherwise";
        if ultimatum
            && clause_after(i, 6).iter().any(|t| {
                consequence(t)
                    || t.in_list(lexicon::THREAT_VERBS)
                    || t.in_list(&["else", "face", "faces"])
            })
        {
            return cue(w.text, "ultimatum");
        }
        if matches!(lower, "'ll" | "will" | "would")
            && (later(i, 2, lexicon::THREAT_VERBS) || later(i, 3, lexicon::FORCE_ADVERBS))
        {
            return cue(w.text, "threatened action");
        }
        if matches!(lower, "'ll" | "will" | "would") {
            let after: Vec<&str> = words[i + 1..].iter().take(2).map(|t| t.lower).collect();
            let ruin = later(i, 2, lexicon::DAMAGE_VERBS)
                || later(i, 2, lexicon::HARM_WORDS)
                || matches!(
                    after.as_slice(),
                    ["not", "survive"] | ["go", "bust" | "under"]
                );
            if ruin {
                return cue(w.text, "harm foretold");
            }
        }
        if lower == "avoid" && i > 0 && words[i - 1].is("to") {
            return cue(w.text, "caution");
        }
        // `could disrupt`, but not `could not say` or `could save water`.
        if w.in_list(lexicon::RISK_MODALS)
            && next_word(i).is_some_and(|n| !negative(n) && !n.in_list(lexicon::BENEFIT_VERBS))
        {
            return cue(w.text, "possible harm");
        }
        if matches!(lower, "can" | "may") && later(i, 4, lexicon::HARM_WORDS) {
            return cue(w.text, "possible harm");
        }
        if matches!(lower, "must" | "should") && later(i, 1, &["not"]) {
            return cue(w.text, "caution");
        }
        // `should seek medical help`, `should be given boiled water`.
        if matches!(lower, "must" | "should")
            && !opens(&words, i)
            && words[i + 1..words.len().min(i + 7)]
                .iter()
                .any(|t| protective(t))
        {
            return cue(w.text, "advice to stay safe");
        }
    }
    consequence_of_and(&words, &clause_after).or_else(|| command(&words))
}

/// `Another week like this and the harvest is finished`, `A week of this
/// and growers will not survive`, `Lose the ground and you lose the club`:
/// a short phrase or a command opening a sentence or quotation, then `and`
/// and a loss.
fn consequence_of_and<'a, 't>(
    words: &'a [&'a Tok<'t>],
    clause_after: &dyn Fn(usize, usize) -> &'a [&'a Tok<'t>],
) -> Option<WarningCue> {
    for i in (0..words.len()).filter(|&i| opens(words, i)) {
        let phrase = clause_after(i, 8);
        let Some(k) = phrase.iter().position(|t| t.is("and")) else {
            continue;
        };
        let (first, second) = (words[i], phrase.first().copied());
        let more = first.in_list(lexicon::MORE_OPENERS)
            || second.is_some_and(|s| {
                s.in_list(lexicon::MORE_OPENERS) && first.in_list(&["a", "one", "two"])
            })
            || second
                .is_some_and(|s| s.in_list(lexicon::TIME_SPANS) && first.in_list(&["a", "one"]));
        let command = k > 0
            && second.is_some_and(|s| {
                (s.in_list(lexicon::DETERMINERS) && !s.is("that")) || s.lower.ends_with("ing")
            })
            && !first.in_list(lexicon::NOT_COMMANDS)
            && !first.lower.ends_with("ed")
            && !first.lower.ends_with("ly");
        if !(more || command) {
            continue;
        }
        let and = i + 1 + k;
        if clause_after(and, 12).iter().any(|t| consequence(t)) {
            return cue(first.text, "consequence");
        }
    }
    None
}

/// `Do not wait…`, `Please do not go…`, `Never…`, and protective commands
/// (`Leave the mowing until it rains`, `Please use boiled water`) opening a
/// sentence or a quotation.
fn command(words: &[&Tok]) -> Option<WarningCue> {
    for (i, w) in words.iter().enumerate() {
        if !opens(words, i) {
            continue;
        }
        let rest: Vec<&str> = words[i..].iter().take(3).map(|t| t.lower).collect();
        let negative = matches!(
            rest.as_slice(),
            ["do", "not", ..]
                | ["don't", ..]
                | ["please", "do", "not"]
                | ["please", "don't", ..]
                | ["never", ..]
        );
        if negative {
            return cue(w.text, "negative command");
        }
        // `Watch` and `Wear` open adverts too (`Watch the video`).
        let protects = protective(w) && !w.in_list(&["watch", "wear"])
            || w.is("please")
                && words[i + 1..words.len().min(i + 4)]
                    .iter()
                    .any(|t| protective(t));
        if protects {
            return cue(w.text, "protective command");
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
    fn conditions_with_a_loss_in_them() {
        assert!(warns(
            "\"If it does not rain soon, we will have to sell the herd,\" he said."
        ));
        assert!(warns(
            "If there is a shortfall, customers may recover only part of their money."
        ));
        assert!(warns(
            "\"Should the sale fall through, we are in real trouble,\" he said."
        ));
        assert!(!warns(
            "\"If we play like we did last week, we will be fine,\" he said."
        ));
        assert!(!warns(
            "Dockworkers would be paid €60 a day from the strike fund if the action goes ahead."
        ));
        assert!(!warns(
            "Even if it comes, the soil is so hard that most of it would run off."
        ));
        assert!(!warns(
            "\"People keep asking me if we will go easy on them,\" he said."
        ));
        assert!(!warns(
            "She asked the council if lorries would be allowed at night."
        ));
    }

    #[test]
    fn ultimatums_and_penalties() {
        assert!(warns(
            "\"Meet us halfway by Friday, or the cranes stop on Monday,\" Koval said."
        ));
        assert!(warns(
            "The union gave the authority until Friday to improve its offer, or face a strike."
        ));
        assert!(warns("Pay the bill by June, or else."));
        assert!(!warns(
            "Fans can travel by coach, or take the train from Kessford."
        ));
        assert!(warns(
            "Drivers who ignore the limit face fines of up to £2,500."
        ));
        assert!(!warns("The club faces Dunmore on Saturday."));
    }

    #[test]
    fn consequences_joined_by_and() {
        assert!(warns(
            "\"Another week like this and the tomato harvest is finished,\" said Alma Ruiz."
        ));
        assert!(warns(
            "\"A week of this and smaller growers will not survive.\""
        ));
        assert!(warns(
            "\"Lose the ground and you lose the club,\" she said."
        ));
        assert!(warns(
            "\"Keep sending heavy lorries across it and that stops being true.\""
        ));
        assert!(!warns(
            "Another week of sunshine and warm evenings is forecast."
        ));
        assert!(!warns("The mayor and her deputy will not attend."));
        assert!(!warns(
            "Despite the rain and the cold, the fans sang all afternoon."
        ));
    }

    #[test]
    fn advisories() {
        assert!(warns(
            "Households were told on Tuesday to boil their tap water before drinking it."
        ));
        assert!(warns(
            "The department advised anyone who visited the mall between Jan. 20 and Jan. 24 to check their records and to watch for a rash."
        ));
        assert!(warns(
            "Anyone with signs of dehydration should seek medical help."
        ));
        assert!(warns("\"Leave the mowing until it rains.\""));
        assert!(warns(
            "\"Please use boiled or bottled water for formula milk.\""
        ));
        assert!(!warns(
            "He advised farmers to mulch young trees before watering."
        ));
        assert!(!warns(
            "People who cannot travel were advised to call the council's helpline."
        ));
        assert!(!warns(
            "Police advised the club on stewarding for the match, which is expected to sell out."
        ));
        assert!(!warns("Watch the highlights on our app."));
    }

    #[test]
    fn harm_foretold_and_hopes_that_are_not_risks() {
        assert!(warns(
            "A strike would halt container traffic through the port."
        ));
        assert!(warns("\"Some of the smaller firms will go under.\""));
        assert!(!warns("A new roof would cost an estimated £46 million."));
        assert!(!warns("Growers could save water by irrigating at night."));
        assert!(!warns(
            "The council said it could not yet say how long it would last."
        ));
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
