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
//!
//! Warnings with no cue verb at all: idioms of threat and risk (`will not
//! hesitate`, `a serious mistake`, `think twice`, `cost lives`, `run dry`),
//! penalties promised to anyone who acts (`any vessel that enters will be
//! boarded`), threatened responses (`would answer any attempt`), deadlines
//! stated flatly (`gave them until Friday to withdraw`, `demanded $3
//! million by Thursday`, `the date will not move`), restrictions in force,
//! harms expected (`more outbreaks are expected`), harms left behind
//! (`would leave fruit rotting`), losses that mount (`every day the port is
//! shut costs…`), and advice to keep away (`should keep away from`, `asked
//! not to run harvesters`).
//!
//! Broader families, for text written without these rules in mind:
//! conditions stated as a lack (`Without a buyer, the firm is gone`) or
//! with a deadline on pressure already applied (`would call off the strike
//! if … by June 1`), advice aimed at the public or the ill (`patients
//! should register`, `anyone who feels unwell should call`), and harms
//! named before `can`/`may` (`a fire that starts at ten can be at the edge
//! of town by lunchtime`), worry framing a harm (`What worries me is…`),
//! harms growing with delay (`the longer everyone waits, the bigger the
//! bill`), a lack bringing a loss (`no fish means no chicks`), commands
//! sending someone to care (`Bring them to the clinic`, `Hang up`), spans
//! to comply (`given 30 days to … or …`), threats carried out through
//! others (`will ask the regulator to block`), measures considered
//! (`would consider suspending`), and `no guarantee`. Hopes are not risks: `could stay open`, `a deal
//! could be reached`, `if they win …, Rovers could finish 17th`; nor are
//! warnings ignored in the past or lifted, drills, jobs and tools (`a risk
//! analyst`), met deadlines or low risks.

use super::lexicon::{self, has};
use super::tokens::{phrase_at, Kind, Tok, Words};

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

/// `not`, `no`, `never`, `won't`, `nothing`, `nobody`: a condition or
/// consequence stated as a loss (`if it does not rain`, `the date will not
/// move`, `there will be nothing left`, `if we do nothing`).
fn negative(w: &Tok) -> bool {
    w.in_list(&["cannot", "never", "no", "nobody", "none", "not", "nothing"])
        || w.lower.ends_with("n't")
        || w.lower.ends_with("n’t")
}

/// A word naming a loss, a harm or a penalty: what turns a condition
/// (`if`, `and`, `or`) into a threat or a caution (`sanctions would follow
/// if the ceasefire was broken`).
fn consequence(w: &Tok) -> bool {
    w.in_list(lexicon::CONSEQUENCE_WORDS)
        || w.in_list(lexicon::HARM_WORDS)
        // `fine` is as often `we will be fine`.
        || w.in_list(lexicon::PENALTIES) && !w.is("fine")
        || negative(w)
}

/// Whether the word is a protective act (`boil`, `seek`, `stay`, `rinse`).
fn protective(w: &Tok) -> bool {
    w.in_list(lexicon::PROTECTIVE_STEMS) || w.in_list(lexicon::PROTECTIVE_WORDS)
}

/// Whether one of the `reach` words after `words[i]` is in `list`.
fn later(words: &[&Tok], i: usize, reach: usize, list: impl Words + Copy) -> bool {
    words[i + 1..words.len().min(i + 1 + reach)]
        .iter()
        .any(|w| w.in_list(list))
}

/// Whether the words of a condition name a gain and no loss (`if they
/// win`, `if it helps`): what hangs on it is a hope.
fn hopeful(condition: &[&Tok]) -> bool {
    condition.iter().any(|t| t.in_list(lexicon::BENEFIT_VERBS))
        && !condition.iter().any(|t| negative(t))
}

/// Whether `words[i]` opens the sentence or a quotation in it.
fn opens(words: &[&Tok], i: usize) -> bool {
    i == 0 || words[i - 1].quote != words[i].quote
}

/// Whether the sentence with tokens `toks` ends in a question mark (before
/// any closing quotation mark).
fn asks(toks: &[Tok]) -> bool {
    toks.iter()
        .rev()
        .find(|t| matches!(t.kind, Kind::Punct(_)))
        .is_some_and(|t| t.is_punct('?'))
}

/// Whether the sentence tells a warning in the past perfect: `Retailers
/// had warned earlier in the week that a strike could leave shelves
/// short`, `the federation had threatened to extend the action if…`,
/// `Unions had earlier raised fears`. Such a warning belongs before the
/// story's events, whatever it foretold, and none of the rules or the
/// learned layer should take it for a live one. Not in a relative clause
/// (`the thieves, who in two incidents had threatened residents`), which
/// is background to the sentence's own news.
fn told_before(toks: &[Tok]) -> bool {
    // Asked of every sentence, and `had` is rare: look around each `had`
    // in place rather than gathering the words first.
    (0..toks.len()).any(|k| {
        if !(toks[k].is_word() && toks[k].is("had")) {
            return false;
        }
        let before = toks[..k].iter().rev().filter(|t| t.is_word()).take(4);
        let after = || toks[k + 1..].iter().filter(|t| t.is_word()).take(3);
        // `the harbour authority said it had been told to refuse entry`:
        // reported speech shifts a present order back a tense.
        !before
            .into_iter()
            .any(|p| p.in_list(&["said", "says", "that", "which", "who"]))
            && after().enumerate().any(|(j, t)| {
                t.lower.starts_with("warn")
                    || t.lower.starts_with("threat")
                    // `Many residents had been told to leave their homes`.
                    || j == 1
                        && t.in_list(&["advised", "ordered", "told", "urged"])
                        && after().next().is_some_and(|b| b.is("been"))
                    || t.in_list(&["raised", "voiced"])
                        && after()
                            .skip(j + 1)
                            .any(|n| n.lower.starts_with("fear") || n.lower.starts_with("concern"))
            })
    })
}

/// Whether no warning can come from the sentence with tokens `toks`, for
/// the rules and the learned layer alike: it asks ([`asks`]) or tells an
/// old warning ([`told_before`]).
pub fn silent(toks: &[Tok]) -> bool {
    asks(toks) || told_before(toks)
}

/// Whether the sentence with tokens `toks` is a warning, by the rules;
/// [`silent`] is asked first.
pub fn warning(toks: &[Tok]) -> Option<WarningCue> {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    let question = toks.iter().any(|t| t.is_punct('?'));
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
    // Where the clause holding `words[i]` starts, at most 12 words back.
    let clause_start = |i: usize| {
        let mut k = i;
        while k > 0 && k + 12 > i && !parted(k - 1, k) {
            k -= 1;
        }
        k
    };
    // `we could prevent tens of thousands of deaths`: a harm averted is no
    // consequence.
    let averted = |k: usize| {
        words[k.saturating_sub(6)..k].iter().any(|p| {
            p.in_list(&[
                "avert",
                "averted",
                "prevent",
                "prevented",
                "preventing",
                "prevents",
                "save",
                "saved",
                "saves",
                "saving",
            ])
        })
    };
    let any_consequence =
        || (0..words.len()).any(|k| consequence(words[k]) && !averted(k) || protective(words[k]));
    // A possibility hanging on a condition is a risk (`if there is a
    // shortfall, customers may recover only part of their money`).
    // A hope is not one (`could stay open if they used bottled water`).
    let possible = || {
        (0..words.len())
            .any(|k| words[k].in_list(&["could", "may", "might"]) && !hope_after(&words, k))
    };
    // `If they win and Castleford lose, Rovers could finish 17th`: what
    // `could` hangs on is a hope, so it foretells no harm.
    let hoped_for = || (0..words.len()).any(|k| words[k].is("if") && hopeful(clause_after(k, 20)));
    for (i, w) in words.iter().enumerate() {
        let lower = w.lower;
        if w.in_list(lexicon::WARNING_STEMS) && !warning_word_undone(&words, i) {
            return cue(w.text, "warning word");
        }
        if w.in_list(lexicon::IDIOM_OPENERS) {
            let idiom = phrase_at(lexicon::THREAT_IDIOMS, &words[i..]);
            // `some have run out entirely`, `reported running low by
            // midday`, `the gas supply was cut off on Sunday`: a shortage or
            // a cut that has happened is news, not a risk; `no one would
            // have their water cut off` denies one.
            // `trade until stock runs out` is a time limit.
            let happened = (lower.starts_with("run") || lower == "cut" || lower.starts_with("go"))
                && words[i.saturating_sub(4)..i].iter().any(|p| {
                    p.in_list(&[
                        "'ve", "been", "had", "has", "have", "reported", "was", "were",
                    ]) || p.in_list(&["no", "nobody", "never", "until"])
                })
                // `We told them someone was going to get killed`: a warning
                // given in the past.
                || lower.starts_with("get")
                    && words[i.saturating_sub(3)..i]
                        .iter()
                        .any(|p| p.in_list(&["was", "were"]));
            // `No serious safety concerns were identified`, `nobody will get
            // hurt`: the risk is denied.
            let denied = words[i.saturating_sub(2)..i]
                .iter()
                .any(|p| p.in_list(&["never", "no", "nobody", "not"]));
            if let Some(p) = idiom.filter(|_| !happened && !denied) {
                return cue(&p.join(" "), "idiom of threat or risk");
            }
        }
        // `refused to rule out`, `would not rule out`: a threat kept open.
        // Not `ruled out a strike`.
        if lower == "rule"
            && next_word(i).is_some_and(|n| n.is("out"))
            && words[i.saturating_sub(4)..i].iter().any(|p| {
                negative(p)
                    || p.in_list(&["declined", "declines", "refused", "refuses", "refusing"])
            })
        {
            return cue(w.text, "threat kept open");
        }
        // `will not hesitate to`, `won't hesitate`.
        if lower.starts_with("hesitat")
            && i > 0
            && negative(words[i - 1])
            && words[i.saturating_sub(3)..i]
                .iter()
                .any(|p| p.in_list(&["'ll", "will", "won't", "won’t", "would", "wouldn't"]))
        {
            return cue(w.text, "threatened action");
        }
        // The rules below look for one word each: one bit lets every other
        // word through, and one `match` sends the few they want on.
        let found = if !w.in_list(lexicon::ONE_WORD_CUES) {
            None
        } else {
            match lower {
                // `Failure to comply will result in…`, `refusal to pay would…`.
                "failing" | "failure" | "refusal"
                    if next_word(i).is_some_and(|n| n.is("to"))
                        && later(
                            &words,
                            i + 1,
                            8,
                            &["could", "may", "might", "will", "would"],
                        ) =>
                {
                    cue(w.text, "conditional threat")
                }
                "any" | "anybody" | "anyone" | "whoever" => penalty_for_anyone(&words, i),
                "demanded" | "demanding" | "force" | "until" | "will" | "would" => {
                    ultimatum_date(&words, i)
                }
                "expect" | "expected" | "expects" | "forecast" | "likely" | "possible"
                | "predict" | "predicted" | "predicts" => harm_expected(&words, i),
                "gave" | "give" | "given" | "gives" | "giving" => days_to_comply(&words, i),
                // `issued a G4 storm watch`, `a tornado watch was issued`:
                // a watch is a grade of alert.
                "watch"
                    if words[i.saturating_sub(4)..words.len().min(i + 3)]
                        .iter()
                        .any(|t| t.in_list(&["issue", "issued", "issues", "issuing"])) =>
                {
                    cue(w.text, "alert issued")
                }
                "the" => worse_with_time(&words, i),
                "means" => loss_means_loss(&words, i),
                "guarantee" | "guaranteed"
                    if words[i.saturating_sub(3)..i].iter().any(|p| negative(p)) =>
                {
                    cue(w.text, "no guarantee")
                }
                // `You cannot cut the budget and expect the libraries to stay
                // open`.
                "cannot" | "can't" | "can’t"
                    if words[i + 1..words.len().min(i + 16)]
                        .windows(2)
                        .any(|p| p[0].is("and") && p[1].is("expect")) =>
                {
                    cue(w.text, "consequence")
                }
                // `would consider suspending the agreement`, `is weighing
                // imposing tariffs`.
                "consider" | "considered" | "considering" | "considers" | "weigh" | "weighing"
                    if later(&words, i, 2, lexicon::THREATENED_MEASURES) =>
                {
                    cue(w.text, "threatened action")
                }
                _ if w.in_list(lexicon::FEAR_NOUNS) => fear_frame(&words, i),
                _ => None,
            }
        };
        if found.is_some() {
            return found;
        }
        let lemma = if w.in_list(lexicon::URGE_FORMS) {
            "urge"
        } else if w.in_list(lexicon::VOW_FORMS) {
            "vow"
        } else if w.in_list(lexicon::FEAR_FORMS) {
            "fear"
        } else {
            ""
        };
        // `vowed to retaliate`; `urged residents to stay indoors`, but not
        // `urged every teacher to read the offer`: urging is a caution when
        // what is urged is a precaution, as with `advised`.
        let intent = match lemma {
            "vow" => later(&words, i, 3, &["to"]),
            "urge" => told_to_take_care(&words, i),
            _ => false,
        };
        if intent && lexicon::INTENT_LEMMAS.has(lemma) {
            return cue(w.text, "intent to act");
        }
        // `feared the merger would cut prices`, `experts fear a repeat of
        // the floods`: fear is of harm, unless it is denied.
        // `asked not to be named for fear of losing his job` is why a
        // source is anonymous, not a warning.
        let anonymous = i > 0
            && words[i - 1].is("for")
            && words
                .iter()
                .any(|t| t.in_list(&["anonymity", "identified", "named"]));
        // `People have nothing to fear from the storm itself`.
        if lemma == "fear"
            && !anonymous
            && !words[i.saturating_sub(3)..i]
                .iter()
                .any(|p| p.in_list(lexicon::NEGATORS) || p.is("nothing"))
        {
            return cue(w.text, "fear of harm");
        }
        // `were told on Tuesday to boil…`, `advised anyone who visited … to
        // watch for a rash`: told to protect oneself. Advice to save water
        // or to call a helpline is not a caution.
        let called_on = w.in_list(lexicon::CALL_FORMS)
            && next_word(i).is_some_and(|n| n.in_list(&["on", "upon"]));
        // `advised against all but essential travel`.
        if w.in_list(lexicon::DIRECTIVE_FORMS) && next_word(i).is_some_and(|n| n.is("against")) {
            return cue(w.text, "advisory");
        }
        // `ordered four diplomats to leave`, `the owner has been ordered to
        // keep it muzzled`: an order to someone is not advice; one to the
        // public is (`residents were ordered to leave`).
        let to_the_public = !w.in_list(&["instructed", "ordered"])
            || words[i.saturating_sub(4)..words.len().min(i + 4)]
                .iter()
                .any(|t| t.in_list(lexicon::PUBLIC_GROUPS));
        if (w.in_list(lexicon::DIRECTIVE_FORMS) || called_on)
            && to_the_public
            && told_to_take_care(&words, i)
        {
            return cue(w.text, "advisory");
        }
        if w.in_list(lexicon::FACE_FORMS) && later(&words, i, 3, lexicon::PENALTIES) {
            return cue(w.text, "penalty faced");
        }
        if lower == "any" {
            // `any attack would…`, `any Aldmarian strike on Serevian
            // positions would…`: a noun phrase straight into a modal.
            let mut j = i;
            while let Some(n) = next_word(j).filter(|_| j < i + 6) {
                if n.in_list(&["could", "will", "would"]) {
                    return cue(w.text, "conditional threat");
                }
                j += 1;
            }
        }
        // `whether … or if`, `asked the council if`: an indirect question;
        // `even if`, `as if`: no condition at all.
        let not_a_condition = lower == "if"
            && (asks_if(&words, i)
                || words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|p| p.in_list(&["or", "whether"]))
                || (i > 0 && words[i - 1].in_list(&["as", "even"])));
        // `will close unless a buyer is found` names a loss; `would change
        // little unless executives were held to account` names none.
        if lower == "unless" && !question && (any_consequence() || possible()) {
            return cue(w.text, "conditional");
        }
        // A condition is a threat when a loss hangs on it (`if it does not
        // rain, we will have to sell the herd`); `if we play well, we will
        // be fine` is not. `Should the sale fall through…` is one too.
        let inverted = opens(&words, i) && w.in_list(lexicon::INVERTING);
        if (lower == "if" && !not_a_condition || inverted) && !question {
            let condition = clause_after(i, 20);
            let rest = &words[(i + 1 + condition.len()).min(words.len())..];
            // `If they win …, Rovers could finish 17th`: a hope, unless a
            // loss follows the condition.
            // `said it hoped to reopen the corridor within ten days if the
            // sweep found no further mines`: a hope's condition.
            let hoped = words[clause_start(i)..i]
                .iter()
                .any(|t| t.in_list(&["hope", "hoped", "hopes", "hoping"]));
            let hopeful = hoped || hopeful(condition);
            // `if needed`, `if necessary`: a hedge, not a condition; `faces
            // up to 15 years in prison if convicted` is the law's course.
            let hedge = condition.len() == 1
                && condition[0].in_list(&["convicted", "necessary", "needed", "required"]);
            // `If that alarm hadn't worked, I wouldn't be here`: what did
            // not happen in the past threatens no one.
            let counterfactual = lower == "if"
                && condition
                    .iter()
                    .any(|t| t.in_list(&["had", "hadn't", "hadn’t"]));
            let threat = if hedge || counterfactual {
                false
            } else if hopeful {
                rest.iter().any(|t| consequence(t))
            } else {
                any_consequence() || possible()
            };
            if threat {
                return cue(w.text, "conditional");
            }
            // `would call off the action if the airline agreed by June 1`:
            // a deadline on pressure already applied.
            let by_date = condition.iter().enumerate().any(|(k, t)| {
                t.is("by") && condition[k + 1..].iter().take(3).any(|d| date_word(d))
            });
            if by_date && words.iter().any(|t| t.in_list(lexicon::STOPPABLE_ACTIONS)) {
                return cue(w.text, "ultimatum");
            }
        }
        // `Without a buyer, this firm is gone by spring`: a condition
        // stated as a lack, with a loss after it.
        if lower == "without" && opens(&words, i) {
            let condition = clause_after(i, 8);
            let rest = &words[(i + 1 + condition.len()).min(words.len())..];
            if rest
                .iter()
                .any(|t| t.in_list(lexicon::CONSEQUENCE_WORDS) || t.in_list(lexicon::HARM_WORDS))
            {
                return cue(w.text, "conditional");
            }
        }
        // `…by Friday, or the cranes stop`, `or face a strike`, `or else`.
        // `must repay customers by Friday or lose its licence`: with a
        // deadline or a `must` before it, `or` needs no comma.
        let demanded = || {
            words[..i].iter().any(|t| t.is("must"))
                || words[..i]
                    .windows(2)
                    .any(|p| p[0].is("by") && date_word(p[1]))
        };
        let ultimatum =
            (lower == "or" && i > 0 && (parted(i - 1, i) || demanded())) || lower == "otherwise";
        // `or else` is a threat; `or something else` is a list.
        let or_else = next_word(i).is_some_and(|n| n.is("else"));
        if ultimatum
            && (or_else
                || clause_after(i, 6).iter().any(|t| {
                    consequence(t)
                        || t.in_list(lexicon::THREAT_VERBS)
                        || t.in_list(&["face", "faces"])
                }))
        {
            return cue(w.text, "ultimatum");
        }
        if w.in_list(lexicon::WILL_FORMS)
            && (later(&words, i, 2, lexicon::THREAT_VERBS)
                || later(&words, i, 3, lexicon::FORCE_ADVERBS))
        {
            return cue(w.text, "threatened action");
        }
        if w.in_list(lexicon::WILL_FORMS) {
            let clause = clause_after(i, 10);
            // `will be asking the regulator to block this deal`: a threat
            // carried out through someone else. Not `to strike a deal`.
            let through = clause.windows(3).any(|p| {
                p[0].is("to")
                    && p[1].in_list(lexicon::THREAT_VERBS)
                    && !p[2].in_list(&["a", "deal"])
            });
            // `they will have a dispute on their hands`.
            let on_hands = clause.iter().take(2).any(|t| t.is("have"))
                && clause.windows(3).any(|p| {
                    p[0].is("on")
                        && p[1].in_list(&["her", "his", "its", "my", "our", "their", "your"])
                        && p[2].is("hands")
                });
            if through || on_hands {
                return cue(w.text, "threatened action");
            }
        }
        // `asked the council if his lorries could cross`, `want to know if
        // they will lose their homes`: a question, not a foretelling.
        let asked = || (i.saturating_sub(6)..i).any(|k| asks_if(&words, k));
        if w.in_list(lexicon::WILL_FORMS) {
            let after: Vec<&str> = words[i + 1..].iter().take(2).map(|t| t.lower).collect();
            // `We will not lose the argument`, `Nobody who works here today
            // will lose their job`: a harm denied is none.
            let denied = words.get(i + 1).is_some_and(|n| negative(n))
                || words[clause_start(i)].in_list(&["no", "nobody", "none"]);
            let ruin = !denied
                && (later(&words, i, 2, lexicon::DAMAGE_VERBS)
                    || later(&words, i, 2, lexicon::HARM_WORDS))
                || matches!(
                    after.as_slice(),
                    ["not", "survive"] | ["go", "bust" | "under"] | ["walk", "out"]
                );
            if ruin && !asked() {
                return cue(w.text, "harm foretold");
            }
            // `would answer any attempt to board`, `will respond to any
            // provocation`.
            let answer = words[i + 1..words.len().min(i + 3)]
                .iter()
                .position(|t| t.in_list(lexicon::RESPONSE_VERBS))
                .map(|k| i + 1 + k);
            if let Some(r) = answer {
                let hostile = words[r + 1..words.len().min(r + 4)]
                    .iter()
                    .position(|t| t.is("any"))
                    .and_then(|k| words.get(r + 2 + k))
                    .is_some_and(|t| t.in_list(lexicon::HOSTILE_ACTS));
                if hostile {
                    return cue(w.text, "threatened response");
                }
            }
        }
        // `Some of us won't survive another hit like this`.
        if w.in_list(&["won't", "won’t", "wouldn't", "wouldn’t"])
            && later(&words, i, 1, lexicon::LOST_ABILITIES)
        {
            return cue(w.text, "harm foretold");
        }
        // `would leave containers of fruit rotting on the quay`, `could
        // leave patients waiting`, `will leave families stranded`.
        if (w.in_list(lexicon::WILL_FORMS) || lower == "could")
            && next_word(i).is_some_and(|n| n.is("leave"))
            && left_in_harm(&words[i + 2..words.len().min(i + 9)])
        {
            return cue(w.text, "harm foretold");
        }
        if lower == "avoid" && i > 0 && words[i - 1].is("to") {
            return cue(w.text, "caution");
        }
        // `whoever made the call could face up to seven years in prison`:
        // the law's course, like `faces up to 15 years if convicted`; `could
        // face daily penalties of up to €100,000` for what a firm may do
        // is a threat.
        let sentence_range = || {
            words[i + 1..]
                .iter()
                .take(3)
                .map(|t| t.lower)
                .eq(["face", "up", "to"])
                && later(&words, i + 3, 5, &["jail", "months", "prison", "years"])
        };
        // `could disrupt`, but not `could not say` or `could save water`.
        if w.in_list(lexicon::RISK_MODALS)
            && next_word(i).is_some_and(|n| !negative(n))
            && !hope_after(&words, i)
            && !sentence_range()
            && !asked()
            && !hoped_for()
            && harm_in_reach(&words[clause_start(i)..i], clause_after(i, 12))
        {
            return cue(w.text, "possible harm");
        }
        // `A fire that starts in the grass at ten can be at the edge of
        // town by lunchtime`, `homes damaged after that date may receive
        // only part`: the harm is the subject of the possibility.
        if matches!(lower, "can" | "may")
            && (later(&words, i, 4, lexicon::HARM_WORDS)
                || later(&words, i, 2, lexicon::DAMAGE_VERBS)
                || words[clause_start(i)..i]
                    .iter()
                    .any(|t| t.in_list(lexicon::HARM_WORDS) || t.in_list(lexicon::HARM_NOUNS)))
        {
            return cue(w.text, "possible harm");
        }
        // `may not be able to reach every house`, `may not exist in April`.
        if matches!(lower, "may" | "might")
            && next_word(i).is_some_and(|n| n.is("not"))
            && later(&words, i + 1, 3, lexicon::LOST_ABILITIES)
        {
            return cue(w.text, "possible harm");
        }
        // `Families should not have to live like this` is a grievance, no
        // caution or advice.
        // `Nobody should have to choose between …` is one too.
        let have_to = |skip: usize| {
            words[i + 1..]
                .iter()
                .skip(skip)
                .take(2)
                .map(|t| t.lower)
                .eq(["have", "to"])
        };
        let nobody = || i > 0 && words[i - 1].in_list(&["nobody", "noone"]);
        let grievance = w.in_list(lexicon::OBLIGATION) && (have_to(1) || nobody() && have_to(0));
        // `response times should not be seriously affected`: a reassurance.
        let reassured = || {
            words[i + 1..]
                .iter()
                .take(5)
                .any(|t| t.in_list(&["affected", "disrupted", "impacted"]))
        };
        // `should not`, and `Nobody should go out on the ice` (but not
        // `nobody should be pressured`).
        if w.in_list(lexicon::OBLIGATION)
            && !grievance
            && !reassured()
            && (later(&words, i, 1, &["never", "not"])
                || i > 0
                    && words[i - 1].in_list(&["nobody", "noone"])
                    // `Nobody should die of this`: a moral, no caution.
                    && !words
                        .get(i + 1)
                        .is_some_and(|n| {
                        n.is("be")
                            || n.in_list(lexicon::HARM_WORDS)
                            // `Nobody should expect miracles`.
                            || n.in_list(&["assume", "expect", "think"])
                    }))
        {
            return cue(w.text, "caution");
        }
        // `Patients who depend on such equipment should register`, `Pets
        // should be moved early`, `Anyone who feels unwell should call the
        // line`: advice aimed at the public or at the ill. Not `should
        // receive refunds`.
        if w.in_list(lexicon::OBLIGATION)
            && !opens(&words, i)
            && !grievance
            && advice_to_the_public(&words[clause_start(i)..i], &words[i + 1..])
        {
            return cue(w.text, "advice to the public");
        }
        // `should seek medical help`, `should be given boiled water`.
        if w.in_list(lexicon::OBLIGATION)
            && !opens(&words, i)
            && !grievance
            && words[i + 1..words.len().min(i + 8)]
                .iter()
                .any(|t| protective(t) || t.in_list(lexicon::DISTANCING))
        {
            return cue(w.text, "advice to stay safe");
        }
    }
    consequence_of_and(&words, &clause_after)
        .or_else(|| mounting_loss(&words))
        .or_else(|| command(&words))
}

/// Whether `words[k]` opens an indirect question: `if` or `whether` just
/// after asking, knowing, seeing or wondering (`asked the council if`,
/// `want to know whether`, `to see if`).
fn asks_if(words: &[&Tok], k: usize) -> bool {
    words[k].in_list(&["if", "whether"])
        && words[k.saturating_sub(4)..k]
            .iter()
            .any(|p| p.in_list(&["ask", "asked", "asking", "asks", "know", "see", "wonder"]))
}

/// Whether the directive `words[i]` (`told`, `advised`, `urged`) asks for a
/// precaution: a `to`-clause in reach that forbids (`asked not to run
/// harvesters`, `told consumers not to eat the products`, but not `asked
/// not to be named`), opens with `keep` (`advised to keep dogs on leads`)
/// or has a protective act in it (`told to drink only treated water …, to
/// wash their hands …, and to seek help`). Advice to save water or to call
/// a helpline is not a caution.
fn told_to_take_care(words: &[&Tok], i: usize) -> bool {
    let end = words.len().min(i + 31);
    (i + 1..end).filter(|&to| words[to].is("to")).any(|to| {
        words[to - 1].is("not") && words.get(to + 1).is_some_and(|t| !t.is("be"))
            || words.get(to + 1).is_some_and(|t| t.is("keep"))
            || words[to + 1..words.len().min(to + 9)]
                .iter()
                .any(|t| protective(t) || t.in_list(lexicon::DISTANCING))
    })
}

/// Whether a possibility names a harm: in what it says may happen
/// (`could disrupt supplies`, `could lead to job losses`, `could fall by a
/// third`) or in what it is said of (`One mistake could escalate`, `a
/// prolonged strike could…`). `could resume by the end of the month`, `could
/// take up to three weeks` and `could return to service` name none.
fn harm_in_reach(subject: &[&Tok], outcome: &[&Tok]) -> bool {
    let harmful = |t: &&Tok| {
        consequence(t)
            || t.in_list(lexicon::PENALTY_PARTICIPLES)
            || t.in_list(lexicon::DAMAGE_VERBS)
            || t.in_list(lexicon::HARM_NOUNS)
            || t.in_list(lexicon::THREAT_VERBS)
            || t.in_list(lexicon::OUTCOME_VERBS)
    };
    // `up to 400 jobs could go`.
    let jobs_go = outcome.first().is_some_and(|t| t.is("go"))
        && subject
            .iter()
            .any(|t| t.in_list(&["jobs", "posts", "positions", "roles"]));
    jobs_go
        || outcome.iter().any(harmful)
        || subject.iter().any(|t| {
            t.in_list(lexicon::HARM_WORDS)
                || t.in_list(lexicon::DAMAGE_VERBS)
                || t.in_list(lexicon::HARM_NOUNS)
                || t.in_list(lexicon::THREAT_VERBS)
                || t.in_list(&["failure", "mistake"])
        })
}

/// Whether the modal `words[m]` opens a hope rather than a risk: a gain
/// (`growers could save water`, `could cover its customers`), staying open
/// (`could stay open`, `could reopen`), or an agreement (`a deal could be
/// reached`).
fn hope_after(words: &[&Tok], m: usize) -> bool {
    let next = words.get(m + 1).map(|t| t.lower);
    words
        .get(m + 1)
        .is_some_and(|t| t.in_list(lexicon::BENEFIT_VERBS))
        || matches!(
            (next, words.get(m + 2).map(|t| t.lower)),
            (Some("stay" | "remain"), Some("open"))
                | (Some("reopen"), _)
                | (
                    Some("be"),
                    Some(
                        "agreed"
                            | "averted"
                            | "avoided"
                            | "eased"
                            | "lifted"
                            | "prevented"
                            | "reached"
                            | "resolved"
                            | "restored"
                            | "reversed"
                            | "settled"
                    )
                )
        )
}

/// Whether the warning word `words[i]` is undone by the words around it:
/// negated (`free from threats`, `nobody is being put in danger`), a
/// warning ignored in the past or given for years (`ignoring repeated
/// warnings`, `has warned for years`), a warning ended or answered
/// (`lifted the flood warning`, `rejected the ultimatum`), a job, drill,
/// offence, tool or point in time (`a risk analyst`, `evacuation drills`,
/// `death by dangerous driving`, `days after exposure`), a deadline as a
/// point in time or as met (`before the deadline`, `would meet the
/// deadline`), or a risk stated as low or lowered (`the risk to the public
/// remains very low`, `far less dangerous`).
fn warning_word_undone(words: &[&Tok], i: usize) -> bool {
    let before = |n: usize| &words[i.saturating_sub(n)..i];
    let after = |n: usize| &words[i + 1..words.len().min(i + 1 + n)];
    let negated = before(5).iter().any(|p| p.in_list(lexicon::NEGATORS));
    // `denied that he had been warned about weaknesses`, `the council had
    // been warned about outdated servers in an audit in 2024`: a warning
    // given before what the story reports, so ignored or overtaken.
    let earlier = before(2).iter().any(|p| p.is("had"));
    // `the association has warned for years that runoff was feeding the
    // algae`, `have been warning about this for three years`: a long
    // record of warnings, reported as such.
    let for_years = after(6).windows(3).any(|p| {
        p[0].is("for")
            && (p[1].in_list(&["decades", "months", "years"])
                || p[2].in_list(&["decades", "months", "years"]))
    });
    // `despite repeated warnings`, `failed to heed warnings`.
    let ignored = before(3).iter().chain(after(5)).any(|p| {
        p.in_list(&[
            "despite", "heed", "heeded", "ignored", "ignoring", "unheeded",
        ])
    });
    // `the authors cautioned that the figure was uncertain`: a hedge on a
    // finding, not a caution about harm.
    let hedged = words[i].lower.starts_with("caution")
        && after(8).iter().any(|p| {
            // `cautioned against drawing firm conclusions too quickly`.
            p.in_list(&[
                "conclusions",
                "preliminary",
                "premature",
                "tentative",
                "uncertain",
            ])
        });
    // `a debate that exposed divisions`, `the most exposed stretch of
    // bank`: revealed, or a place's lie; exposure to harm is `exposed to`.
    let revealed =
        words[i].is("exposed") && !after(1).is_empty() && !after(3).iter().any(|p| p.is("to"));
    // `evacuation drills`, `a risk analyst`, `the warning system`: the word
    // names a job, a practice or a tool, not a danger.
    // `far less dangerous than one running at full power`: a comparison
    // that lowers the danger.
    let lessened = before(2).iter().any(|p| p.in_list(&["less", "safer"]));
    // `early warning sirens`: a tool too; `death by dangerous driving` an
    // offence; `head of climate risk at the broker` a job.
    let job = before(3)
        .iter()
        .any(|p| p.in_list(&["chief", "director", "head", "manager", "officer"]))
        && before(2).iter().any(|p| p.is("of"));
    let offence = words[i].lower.starts_with("danger") && after(1).iter().any(|p| p.is("driving"));
    // `seven to 14 days after exposure`: a point in time.
    let since = words[i].lower.starts_with("expos")
        && before(1)
            .iter()
            .any(|p| p.in_list(&["after", "before", "since"]));
    // `the ferry's text alert line`: a service.
    let alert_line = words[i].lower.starts_with("alert") && after(1).iter().any(|p| p.is("line"));
    let drill = job
        || offence
        || since
        || alert_line
        || before(1)
            .iter()
            .any(|p| p.in_list(&["early", "practice", "test"]))
        || after(1).iter().any(|p| {
            p.in_list(&[
                "analyst",
                "analysts",
                "assessment",
                "assessments",
                // `an evacuation centre`, `the warning centre said`.
                "center",
                "centers",
                "centre",
                "centres",
                "drill",
                "drills",
                // `sensors will switch on warning lights`.
                "light",
                "lights",
                // `tested its disaster recovery plans`.
                "recovery",
                "exercise",
                "exercises",
                // `threat intelligence firm Quillon`.
                "intelligence",
                "management",
                "manager",
                "system",
                "systems",
            ])
        });
    // `lifted the flood warning`, `the danger has passed`, `the threat
    // level was lowered`: a warning ended, unless that is denied.
    // `lifted its severe flood warning`.
    let ended = before(4).iter().chain(after(4)).any(|p| {
        p.in_list(&[
            "abandoned",
            "cancelled",
            "downgraded",
            "dropped",
            "ended",
            "lifted",
            "removed",
            "lifting",
            "lowered",
            "passed",
            "rescinded",
            "withdrawn",
        ])
    }) && !after(4).iter().any(|p| negative(p))
        // `A warning against swimming at Porthallow beach has been lifted`,
        // `A tsunami alert issued for the southern coast shortly after the
        // earthquake was lifted`: these verbs end a warning from further
        // off, in the passive.
        || (1..after(14).len()).any(|k| {
            after(14)[k].in_list(&["cancelled", "lifted", "rescinded", "withdrawn"])
                && after(14)[k - 1].in_list(&["been", "was", "were"])
        }) && !after(14).iter().any(|p| negative(p))
        // `That threat is now off the table`.
        || after(5)
            .windows(3)
            .any(|p| p[0].is("off") && p[1].is("the") && p[2].is("table"));
    // `rejected the ultimatum within hours`, `dismissed the ultimatum as
    // "theatre"`, `called the deadline "reckless"`: a reply to a threat
    // made elsewhere in the story.
    let demand = words[i].lower.starts_with("threat")
        || words[i].lower.starts_with("ultimat")
        || words[i].lower.starts_with("deadl");
    let answered = demand
        && before(3).iter().any(|p| {
            p.in_list(&[
                "called",
                "condemned",
                "criticised",
                "criticized",
                "dismissed",
                "rejected",
                "rejecting",
                "welcomed",
            ])
        });
    // `after the 8 p.m. deadline`, `had already extended the deadline`.
    let deadline = words[i].lower.starts_with("deadl")
        && before(5).iter().any(|p| {
            p.in_list(&[
                "after",
                "ahead",
                "before",
                "extend",
                "extended",
                "extending",
                "meet",
                "meeting",
                "meets",
                "met",
                "missed",
            ])
        });
    // `The risk to adults is low, but babies …`: the contrast is the warning.
    let low = after(8).iter().any(|p| {
        p.in_list(&[
            "exaggerated",
            "low",
            "minimal",
            "negligible",
            "overstated",
            "remote",
            "slight",
            "small",
            "tiny",
        ])
    }) && !words[i + 1..]
        .iter()
        .any(|p| p.in_list(&["but", "however", "though", "although"]));
    negated
        || earlier
        || for_years
        || ignored
        || hedged
        || revealed
        || drill
        || ended
        || answered
        || deadline
        || low
        || lessened
}

/// Whether `should`/`must` advises whoever has a symptom (`anyone who
/// feels unwell should call`) or the public with a reason of safety
/// (`patients who depend on it should register so that…`, `pets and
/// livestock should be moved early, because…`): `subject`, the words of its
/// clause before it, names them; `rest`, the words after it, gives the
/// reason and does not start with something owed (`should receive
/// refunds`, `should be paid`). `Visitors should book in advance` is not a
/// caution.
fn advice_to_the_public(subject: &[&Tok], rest: &[&Tok]) -> bool {
    let ill = subject.iter().any(|t| t.in_list(lexicon::SYMPTOMS));
    let public = subject.iter().any(|t| t.in_list(lexicon::PUBLIC_GROUPS));
    let reason = || {
        rest.iter().any(|t| {
            t.in_list(&[
                "because",
                "before",
                "case",
                "early",
                "immediately",
                "promptly",
                "so",
                "urgently",
            ]) || consequence(t)
                || protective(t)
                || t.in_list(lexicon::DISTANCING)
                || t.in_list(lexicon::HARM_NOUNS)
                || t.in_list(lexicon::WARNING_STEMS)
        })
    };
    let owed = rest.iter().take(2).any(|t| {
        t.in_list(&[
            "compensated",
            "entitled",
            "get",
            "paid",
            "receive",
            "refunded",
            "reimbursed",
        ]) || t.in_list(lexicon::BENEFIT_VERBS)
    });
    (ill || public && reason()) && !owed
}

/// `Any vessel that enters the zone will be stopped and boarded`, `anyone
/// caught breaking the ban can be jailed`: a penalty promised to whoever
/// does something.
fn penalty_for_anyone(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let w = words[i];
    if !w.in_list(&["any", "anybody", "anyone", "whoever"]) {
        return None;
    }
    let modal = words[i + 1..words.len().min(i + 16)]
        .iter()
        .position(|t| t.in_list(&["can", "could", "may", "might", "will", "would"]))?;
    let m = i + 1 + modal;
    words[m + 1..words.len().min(m + 5)]
        .iter()
        .any(|t| t.in_list(lexicon::PENALTY_PARTICIPLES))
        .then(|| cue(w.text, "penalty threatened"))?
}

/// A point in time a deadline names: `Friday`, `March`, `midnight`.
fn date_word(t: &Tok) -> bool {
    has(lexicon::CALENDAR_WORDS, t.text) || t.in_list(&["midnight", "noon", "tomorrow", "tonight"])
}

/// Ultimatums with no cue word: `gave Teldria until Friday to withdraw`,
/// `demanded $3 million by Thursday`, `the date will not move`.
fn ultimatum_date(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let w = words[i];
    let soon =
        |from: usize, reach: usize| &words[from.min(words.len())..words.len().min(from + reach)];
    if w.is("until")
        && words[i.saturating_sub(4)..i]
            .iter()
            .any(|p| p.in_list(&["gave", "give", "given", "gives", "giving"]))
        && soon(i + 1, 4).iter().any(|t| date_word(t))
        && soon(i + 1, 7).iter().any(|t| t.is("to"))
    {
        return cue(w.text, "ultimatum");
    }

    if w.in_list(&["demanded", "demanding"]) {
        let after = soon(i + 1, 12);
        if after.windows(2).any(|p| p[0].is("by") && date_word(p[1])) {
            return cue(w.text, "ultimatum");
        }
    }
    // `A total fire ban is in force`, `a curfew remains in force`.
    if w.is("force")
        && i > 0
        && words[i - 1].is("in")
        && words[i.saturating_sub(5)..i]
            .iter()
            .any(|p| p.in_list(lexicon::RESTRICTIONS))
    {
        return cue(w.text, "restriction in force");
    }
    // `the date will not move`, `the deadline would not be extended`.
    if w.in_list(&["will", "would"])
        && soon(i + 1, 1).iter().any(|t| t.is("not"))
        && soon(i + 2, 2).iter().any(|t| t.in_list(lexicon::UNMOVED))
        && words[i.saturating_sub(3)..i]
            .iter()
            .any(|p| p.in_list(&["date", "deadline"]))
    {
        return cue(w.text, "ultimatum");
    }
    None
}

/// `Shortages are expected`, `more outbreaks were likely before spring`,
/// `forecasters predict severe flooding`, `more aftershocks were possible`:
/// a harm foreseen.
fn harm_expected(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let w = words[i];
    if !w.in_list(&[
        "expect",
        "expected",
        "expects",
        "forecast",
        "likely",
        "possible",
        "predict",
        "predicted",
        "predicts",
    ]) {
        return None;
    }
    // `possible` foresees a harm named before it (`aftershocks are
    // possible`); `possible heat deaths` names a cause being looked into.
    let after = if w.is("possible") { 0 } else { 7 };
    // `312 deaths more than would normally be expected` is a statistic.
    if words[i.saturating_sub(4)..i].iter().any(|t| t.is("than")) {
        return None;
    }
    // `expected little disruption`: a harm expected to be small is none.
    let start = i.saturating_sub(6);
    let span = &words[start..words.len().min(i + after)];
    span.iter()
        .enumerate()
        .any(|(k, t)| {
            // `are expected to flood`, `likely to worsen`: what is expected
            // to happen. Before the cue only a harm's name counts (`treating
            // the fire as a possible arson` expects no fire). A trader who
            // `expected to lose about a third of her takings` tells of her
            // own loss, not a risk to anyone.
            let harm = t.in_list(lexicon::HARM_NOUNS)
                || start + k > i
                    && !t.lower.starts_with("los")
                    && (t.in_list(lexicon::HARM_WORDS) || t.in_list(lexicon::DAMAGE_VERBS));
            harm && !(k > 0 && span[k - 1].in_list(&["little", "minimal", "no"]))
        })
        .then(|| cue(w.text, "harm expected"))?
}

/// `Given the operator 30 days to lower the water or have its licence
/// suspended`, `gave them a week to pay or leave`: a span to comply, then
/// the alternative.
fn days_to_comply(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let w = words[i];
    let span = (i + 1..words.len().min(i + 7)).find(|&k| {
        k > 0
            && words[k].in_list(lexicon::TIME_SPANS)
            && (words[k - 1].in_list(lexicon::NUMBER_WORDS)
                || words[k - 1].in_list(&["a", "an"])
                || words[k - 1].lower.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    let to = words.get(span + 1).filter(|t| t.is("to"))?;
    let rest = &words[span + 2..words.len().min(span + 17)];
    rest.iter()
        .any(|t| t.is("or"))
        .then(|| cue(&format!("{} … {}", w.text, to.text), "ultimatum"))?
}

/// `The longer everyone waits, the bigger the bill gets`: a harm that grows
/// with delay. Not `the longer they play, the better they get`.
fn worse_with_time(words: &[&Tok], i: usize) -> Option<WarningCue> {
    if !words.get(i + 1)?.in_list(&["later", "longer"]) {
        return None;
    }
    words[i + 2..]
        .windows(2)
        .any(|p| {
            p[0].is("the")
                && (p[1].in_list(&["fewer", "less", "more", "worse"])
                    || p[1].lower.len() > 4
                        && p[1].lower.ends_with("er")
                        && !p[1].in_list(&["better", "cheaper", "easier", "safer", "sooner"]))
        })
        .then(|| cue(words[i + 1].text, "harm growing with delay"))?
}

/// `No fish this summer means no chicks next spring`: a lack that brings a
/// loss. Not `no news means good news`.
fn loss_means_loss(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let lack = words[i.saturating_sub(5)..i]
        .iter()
        .any(|t| t.in_list(&["no", "without"]));
    let loss = words[i + 1..words.len().min(i + 4)]
        .iter()
        .any(|t| consequence(t));
    (lack && loss).then(|| cue(words[i].text, "consequence"))?
}

/// `What worries me is…`, `the fear is that…`, `fears that the plant will
/// close`, `my biggest concern is…`: worry framing a harm. Not `no fear
/// that`.
fn fear_frame(words: &[&Tok], i: usize) -> Option<WarningCue> {
    let prev = |n: usize| i.checked_sub(n).map(|k| words[k]);
    let next = |n: usize| words.get(i + n);
    let what = prev(1).is_some_and(|p| p.is("what"));
    let that = next(1).is_some_and(|n| n.is("that"))
        || next(1).is_some_and(|n| n.in_list(&["is", "was"]))
            && next(2).is_some_and(|n| n.is("that"));
    let mine = prev(1)
        .is_some_and(|p| p.in_list(&["biggest", "greatest", "main", "my", "our", "real"]))
        && next(1).is_some_and(|n| n.in_list(&["is", "was"]));
    let negated = words[i.saturating_sub(3)..i]
        .iter()
        .any(|p| p.in_list(lexicon::NEGATORS));
    ((what || that || mine) && !negated).then(|| cue(words[i].text, "fear of harm"))?
}

/// What `would leave` leaves people or things in: `fruit rotting`,
/// `patients waiting`, `families stranded`, `the lake without limits`.
fn left_in_harm(after: &[&Tok]) -> bool {
    after.iter().enumerate().any(|(k, t)| {
        t.in_list(&["homeless", "stranded", "without"])
            || k > 0
                && t.lower.len() >= 6
                && t.lower.ends_with("ing")
                && !after[k - 1].in_list(lexicon::DETERMINERS)
                && !t.in_list(&["during", "evening", "morning", "nothing", "something"])
    })
}

/// `Every day the port is shut costs our members €4 million`, `Every day
/// the systems are down, … some cannot wait`: a loss that grows with time.
fn mounting_loss(words: &[&Tok]) -> Option<WarningCue> {
    for i in (0..words.len()).filter(|&i| opens(words, i)) {
        if words[i].in_list(&["each", "every"])
            && words
                .get(i + 1)
                .is_some_and(|t| t.in_list(lexicon::TIME_SPANS))
            && words[i + 2..].iter().any(|t| consequence(t))
        {
            return cue(words[i].text, "mounting loss");
        }
    }
    None
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
        // `Bring them to the clinic`, `see a doctor`, `Hang up, and call
        // the hospital back`: sent to care, or away from a scam.
        let to_care = w.in_list(&[
            "bring", "call", "get", "go", "phone", "ring", "rush", "see", "take",
        ]) && words[i + 1..words.len().min(i + 7)]
            .iter()
            .any(|t| t.in_list(lexicon::CARE_PLACES));
        let hang_up = w.is("hang") && words.get(i + 1).is_some_and(|n| n.is("up"));
        if to_care || hang_up {
            return cue(w.text, "protective command");
        }
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
        let toks = tokenize(&src, 0, src.chars.len(), &[]);
        !silent(&toks) && warning(&toks).is_some()
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
        assert!(!warns(
            "A miner, who asked not to be named for fear of losing his job, agreed."
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
        assert!(!warns(
            "She denied that warnings from staff had been ignored."
        ));
        assert!(!warns("The debate exposed divisions within the coalition."));
        assert!(warns("Smaller lenders are exposed to such attacks."));
        assert!(!warns(
            "The harbourmaster expected little disruption to the port."
        ));
        assert!(warns("More power cuts are expected this week."));
        assert!(warns("Geologists say further slides are likely."));
        assert!(!warns(
            "The government failed to act despite repeated warnings."
        ));
        assert!(!warns(
            "Sensors on the slope will switch on warning lights."
        ));
        assert!(!warns(
            "Ballots that arrived after the 8 p.m. deadline were set aside."
        ));
        assert!(!warns(
            "The league had already extended the deadline twice."
        ));
        assert!(!warns(
            "The authors cautioned that the figure was uncertain."
        ));
        assert!(warns("The authors cautioned that the water was unsafe."));
        assert!(!warns(
            "The heatwave was linked to 312 deaths more than would be expected."
        ));
        assert!(!warns(
            "About 600 people had arrived at the evacuation centre by 9 p.m."
        ));
    }

    #[test]
    fn conditional_threats() {
        assert!(warns(
            "Any American attack would ignite a broader regional conflict."
        ));
        assert!(warns(
            "Any Aldmarian strike on Serevian positions would end the ceasefire."
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
        assert!(warns("Officers urged residents to stay indoors."));
        assert!(warns(
            "People are urged not to let children play in the river."
        ));
        assert!(!warns(
            "I would urge every teacher to read the offer in full."
        ));
        assert!(!warns("It urged them to register their flocks online."));
        assert!(!warns(
            "The government ordered four diplomats to leave the country."
        ));
        assert!(warns(
            "Residents were ordered to leave their homes by noon."
        ));
        assert!(!warns("He faces up to 15 years in prison if convicted."));
        assert!(warns(
            "The authority told consumers not to eat any of the products."
        ));
        assert!(warns("Directors could be jailed for up to two years."));
        assert!(!warns(
            "We were told it was farming, or the weather, or something else."
        ));
        assert!(warns("A spark could disrupt global energy flows."));
    }

    #[test]
    fn a_possibility_is_a_risk_only_when_it_names_a_harm() {
        assert!(warns("The ban could lead to job losses in the valley."));
        assert!(warns("Mould spores could trigger asthma attacks."));
        assert!(warns("Egg supplies could fall by a third."));
        assert!(warns("One mistake could escalate very quickly."));
        assert!(warns(
            "The inquiry could delay the first deliveries by a year."
        ));
        assert!(!warns("Lessons could resume by the end of the month."));
        assert!(!warns("The survey could take up to three weeks."));
        assert!(!warns(
            "Neither country could claim exclusive rights to the waters."
        ));
        assert!(!warns(
            "Inspected aircraft could return to service on Wednesday."
        ));
        assert!(!warns("Passengers could leave the ship by noon."));
    }

    #[test]
    fn warnings_given_before_the_story_or_in_a_test_are_none() {
        assert!(!warns(
            "He denied that he had been warned about weaknesses in the regime."
        ));
        assert!(!warns(
            "The council had been warned about outdated servers in 2024."
        ));
        assert!(warns(
            "The council has been warned that the servers could fail."
        ));
        assert!(!warns("The system sent test alerts to 6.8 million phones."));
        assert!(!warns(
            "Rhea Montague, of threat intelligence firm Quillon, said so."
        ));
    }

    #[test]
    fn grievances_denials_and_questions_are_not_cautions() {
        assert!(!warns(
            "Families should not have to live like this for a third year."
        ));
        assert!(warns("Families should not drink the water."));
        assert!(!warns("People have nothing to fear from the storm itself."));
        assert!(warns("Residents fear the river will rise again."));
        assert!(!warns("People want to know if they will lose their homes."));
        assert!(warns("Hundreds of people will lose their homes."));
        assert!(!warns(
            "The fine would change little unless executives were held to account."
        ));
        assert!(warns("The plant will close unless a buyer is found."));
    }

    #[test]
    fn alerts_issued_and_lawsuits_threatened() {
        assert!(warns("The centre issued a G4 storm watch for Thursday."));
        assert!(!warns("Fans can watch the match on the big screen."));
        assert!(warns(
            "\u{201c}Next time we\u{2019}ll see them in court.\u{201d}"
        ));
    }

    #[test]
    fn harm_expected_or_possible_in_more_words() {
        assert!(warns(
            "Low-lying streets in Lower Fenwick are expected to flood."
        ));
        assert!(warns(
            "Damaging winds could extend 150 miles from the centre."
        ));
        assert!(warns("In a crash, the inflator can then burst."));
        assert!(warns("The council has said up to 400 jobs could go."));
        assert!(!warns("The council said the plan could go ahead in May."));
        assert!(!warns(
            "The baker said she expected to lose a third of her takings."
        ));
    }

    #[test]
    fn a_question_is_noticed() {
        let asks = |text: &str| {
            let src = Text::new(text);
            super::asks(&tokenize(&src, 0, src.chars.len(), &[]))
        };
        assert!(asks("What are the risks?"));
        assert!(asks("\"If it shuts, where do they go?\""));
        assert!(!asks("He asked \"why?\" and warned of floods."));
    }

    #[test]
    fn a_damage_verb_counts_in_each_of_its_forms() {
        assert!(warns(
            "The council said the closure could be devastating for the town."
        ));
        assert!(warns("For a town this size, that would be devastating."));
        assert!(warns("Hospitals could be overwhelmed by the spring."));
        assert!(warns("Without repairs the wall could be breached."));
        assert!(warns("The effect on growers would be disastrous."));
        assert!(!warns("The council said the closure could be reviewed."));
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
    fn idioms_of_threat_and_risk() {
        assert!(warns(
            "\"If anyone thinks we are bluffing, they are making a serious mistake.\""
        ));
        assert!(warns(
            "\"They should think very carefully about what happens next.\""
        ));
        assert!(warns(
            "\"We do not want a fight, but we will not hesitate to defend our crews.\""
        ));
        assert!(warns("At sea, mistakes are measured in lives."));
        assert!(warns("The town's wells could run dry by August."));
        assert!(warns("When people wait this long, they come to harm."));
        assert!(warns("Some of us won't survive another hit like this."));
        assert!(!warns("We will not lose the argument."));
        assert!(!warns(
            "Nobody who works at the port today will lose their job."
        ));
        assert!(warns("Families will pay the price for this delay."));
        assert!(warns("The embassy said it reserved the right to respond."));
        assert!(warns("Valdoria will take whatever measures are necessary."));
        assert!(warns("Tired controllers are a safety issue, full stop."));
        assert!(warns("Sooner or later, that kind of thing hurts someone."));
        assert!(warns("We will not stand by while our ships are taken."));
        assert!(warns(
            "Firms that break the law will feel the full force of it."
        ));
        assert!(warns(
            "Another rise in prices would push them over the edge."
        ));
        assert!(!warns(
            "The shops will trade until stock runs out in February."
        ));
        assert!(!warns(
            "The trust had not tested its disaster recovery plans."
        ));
        assert!(warns(
            "Patients should be on guard against calls asking for bank details."
        ));
        assert!(warns(
            "The river is unsafe for swimming until further notice."
        ));
        assert!(!warns(
            "He said the mistake had been corrected in the second edition."
        ));
        assert!(!warns("She did not hesitate to thank the volunteers."));
        assert!(!warns("The club ran out winners in the final minute."));
    }

    #[test]
    fn language_of_coercion() {
        assert!(warns(
            "The government said it would take all necessary measures to protect its citizens."
        ));
        assert!(warns("Officials refused to rule out the use of force."));
        assert!(warns("\"This is our final offer: take it or leave it.\""));
        assert!(warns("Tenants said they were considering legal action."));
        assert!(warns(
            "\"All options are on the table,\" the minister said."
        ));
        assert!(warns("Job losses are expected at both plants."));
        assert!(warns("Supplies of insulin are running low in the region."));
        assert!(!warns(
            "Some pharmacies have run out of the syrup entirely."
        ));
        assert!(!warns("Shops reported running low on masks by midday."));
        assert!(!warns("The gas supply to the block was cut off on Sunday."));
        assert!(!warns(
            "No one would have their water cut off for late payment."
        ));
        assert!(warns(
            "Roads out of the valley can be cut off within minutes."
        ));
        assert!(!warns("The final of the cup is on Saturday."));
        assert!(!warns(
            "All options for the new stadium were published on Monday."
        ));
    }

    #[test]
    fn penalties_and_responses_promised() {
        assert!(warns(
            "Any vessel that enters the zone without permission will be stopped and boarded, he said."
        ));
        assert!(warns(
            "Anyone caught breaking the ban can be jailed for up to a year."
        ));
        assert!(warns(
            "The ministry said its navy would answer any attempt to board its ships."
        ));
        assert!(warns(
            "Failure to comply will result in the licence being withdrawn."
        ));
        assert!(!warns(
            "She said any patient whose treatment had been delayed would be contacted by Friday."
        ));
        assert!(!warns(
            "The minister said she would answer any questions after the vote."
        ));
    }

    #[test]
    fn deadlines_stated_flatly() {
        assert!(warns(
            "Corvast has given Teldria until Friday at noon to withdraw its frigates."
        ));
        assert!(warns(
            "The attackers have demanded $3 million in cryptocurrency by Thursday."
        ));
        assert!(warns(
            "\"The rules apply to everyone, and the date will not move.\""
        ));
        assert!(!warns(
            "The chairman expected to announce a deal before the deadline."
        ));
        assert!(!warns("The council has until March to publish its plan."));
        assert!(!warns(
            "Fans demanded refunds after the match was called off."
        ));
    }

    #[test]
    fn restrictions_and_harms_expected() {
        assert!(warns(
            "A total fire ban is in force across the district from midnight on Monday."
        ));
        assert!(warns(
            "More outbreaks on farms were expected before spring."
        ));
        assert!(warns(
            "A strike of more than a few days would leave containers of fruit rotting on the quay."
        ));
        assert!(warns(
            "\"Every day the port is shut costs our members around €4 million.\""
        ));
        assert!(warns("Crews may not be able to reach every house."));
        assert!(warns(
            "Pupils would be kept home after their last possible exposure."
        ));
        assert!(!warns("The new timetable is in force from Monday."));
        assert!(!warns("A decision is expected on Thursday."));
        assert!(!warns(
            "The delegation would leave the building by the side door."
        ));
        assert!(!warns("Every day the market opens at eight."));
        assert!(!warns("Members may not vote twice."));
    }

    #[test]
    fn advice_to_keep_away_or_not_to_act() {
        assert!(warns(
            "Anglers should keep away from the water's edge below the weir."
        ));
        assert!(warns(
            "Farmers were asked to move cattle away from the river."
        ));
        assert!(warns(
            "Farmers have been asked not to run harvesters on Tuesday."
        ));
        assert!(warns(
            "The office said patients should never give out bank details over the phone."
        ));
        assert!(warns("The mayor called on residents to stay indoors."));
        assert!(!warns(
            "The official, who asked not to be named, confirmed the figures."
        ));
        assert!(!warns(
            "The club was asked to move its home games to Kessford."
        ));
        assert!(!warns(
            "The quarry owner asked the council if his lorries could cross at night."
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

    #[test]
    fn warning_words_undone_by_their_context() {
        assert!(!warns(
            "The report said ministers had ignored earlier warnings about the levee."
        ));
        assert!(!warns("Hospital Funding Warnings Ignored?"));
        assert!(!warns(
            "Flood evacuation drills will take place in three villages next month."
        ));
        assert!(!warns(
            "The contractor said it expected to meet the deadline comfortably."
        ));
        assert!(!warns(
            "\"The danger to swimmers is minimal,\" the council said."
        ));
        assert!(!warns(
            "\"No passenger was put in danger at any point,\" the airline said."
        ));
        assert!(warns(
            "The risk to most people is small, but those with asthma should stay indoors."
        ));
        assert!(warns("Residents who ignore the warning face a fine."));
        assert!(warns("The danger of further rockfalls remains high."));
    }

    #[test]
    fn losses_stated_with_nothing_or_nobody() {
        assert!(warns(
            "\"If the river is fished out, there will be nothing left for our sons.\""
        ));
        assert!(warns(
            "\"If the council does nothing, this building will fall down.\""
        ));
    }

    #[test]
    fn hopes_and_hedges_are_not_conditional_threats() {
        assert!(!warns(
            "If the team wins on Sunday and its rivals draw, it could still qualify."
        ));
        assert!(!warns("The reserve may fund the repairs if needed."));
        assert!(!warns("A settlement could be reached as early as Friday."));
        assert!(!warns("Libraries could stay open later in the summer."));
        assert!(warns(
            "If the team wins on Sunday, its rivals will be relegated and lose their grant."
        ));
        assert!(warns(
            "If the talks do not improve, the mill could close by autumn."
        ));
    }

    #[test]
    fn deadlines_in_a_condition_and_conditions_stated_as_a_lack() {
        assert!(warns(
            "The drivers said they would end the boycott if the company paid them by March 3."
        ));
        assert!(!warns(
            "The bridge will reopen to cars if the repairs are done by March 3."
        ));
        assert!(warns(
            "\"Without a rescue loan, the club is finished by Christmas.\""
        ));
        assert!(warns("Without new pumps, the lower fields could flood."));
        assert!(!warns(
            "Without a doubt, it was the finest concert of the year."
        ));
        assert!(!warns(
            "The council said it will run the service without any extra staff."
        ));
    }

    #[test]
    fn advisories_with_any_to_clause_in_reach() {
        assert!(warns(
            "Hikers have been told to carry a map, to tell someone their route, and to seek shelter if the fog comes down."
        ));
        assert!(warns(
            "Visitors are advised to keep children close to the rail on the viewing platform."
        ));
        assert!(!warns(
            "Members were told to bring a packed lunch, to arrive by nine and to sign the register."
        ));
    }

    #[test]
    fn advice_to_the_public_and_to_the_ill() {
        assert!(warns(
            "Residents who rely on well water should test it before drinking, the board said."
        ));
        assert!(warns(
            "Pets and horses should be brought inside before dusk."
        ));
        assert!(warns(
            "Anyone who develops a fever after the trip should contact their doctor."
        ));
        assert!(!warns(
            "Passengers whose flights were cancelled should receive refunds within a week."
        ));
        assert!(!warns("The council should publish its plan by June."));
        assert!(!warns("Visitors should book in advance in August."));
        assert!(!warns(
            "Parents should register their children for the new term by Friday."
        ));
        assert!(!warns(
            "Residents were angry, and the mayor said the council should have listened."
        ));
    }

    #[test]
    fn harm_named_before_can_or_may() {
        assert!(warns(
            "A flood that starts in the hills overnight can reach the valley floor by dawn."
        ));
        assert!(warns(
            "Crops damaged after the cut-off date may not be covered by the scheme."
        ));
        assert!(!warns("Visitors can buy tickets at the gate."));
    }

    #[test]
    fn idioms_of_worsening_and_thin_margins() {
        assert!(warns("\"We cannot wait for this to get worse.\""));
        assert!(warns("\"The hospital is working with almost no margin.\""));
        assert!(warns(
            "\"We know how this story goes, and it does not end well.\""
        ));
        assert!(warns(
            "\"Broken lifts are a safety problem, not a nuisance.\""
        ));
        assert!(warns(
            "Drivers at the depot would walk out, the union said."
        ));
        assert!(!warns(
            "The patient's condition got worse overnight before improving."
        ));
        assert!(!warns("The players walk out onto the pitch at three."));
    }

    #[test]
    fn worry_framing_a_harm() {
        assert!(warns(
            "\"What frightens me is a family crossing that road at night,\" he said."
        ));
        assert!(warns("Residents voiced fears that the school would close."));
        assert!(warns(
            "\"My biggest worry is the old people on the top floors.\""
        ));
        assert!(warns(
            "\"The concern is that the dam gives way in a storm.\""
        ));
        assert!(!warns(
            "\"There is no fear that the event will be cancelled.\""
        ));
        assert!(!warns(
            "She said her main worries had been answered at the meeting."
        ));
    }

    #[test]
    fn harm_growing_with_delay_and_lack_bringing_loss() {
        assert!(warns(
            "\"The later the repairs start, the higher the final cost will be.\""
        ));
        assert!(!warns(
            "\"The longer they train together, the better they play.\""
        ));
        assert!(warns("\"No snow in March means no water in August.\""));
        assert!(!warns("\"No news means good news, in our house.\""));
    }

    #[test]
    fn care_commands_and_scam_advice() {
        assert!(warns("\"Take her to hospital if the swelling spreads.\""));
        assert!(warns("\"See a doctor the same day.\""));
        assert!(warns("\"Hang up and report the number.\""));
        assert!(!warns("\"Call the box office for tickets.\""));
        assert!(!warns("Take the number 12 bus to the museum."));
    }

    #[test]
    fn spans_to_comply_and_threats_carried_out_through_others() {
        assert!(warns(
            "The regulator gave the water company 14 days to fix the leaks or lose its licence."
        ));
        assert!(warns(
            "Landlords have been given a month to register their flats or pay a fine."
        ));
        assert!(!warns(
            "The club was given two weeks to prepare for the new season."
        ));
        assert!(warns("\"We will be asking the courts to block the sale.\""));
        assert!(!warns(
            "\"We would like to strike a deal before the summer.\""
        ));
        assert!(warns(
            "\"If they push ahead, they will have a fight on their hands.\""
        ));
        assert!(warns(
            "The ministry said it would consider expelling the ambassador."
        ));
        assert!(!warns("The ministry said it would consider the proposal."));
    }

    #[test]
    fn no_guarantee_and_cannot_expect() {
        assert!(warns(
            "The supplier said it could not guarantee deliveries after Friday."
        ));
        assert!(warns("\"There is no guarantee the pumps will hold.\""));
        assert!(!warns("The bank guaranteed the loan in 2019."));
        assert!(warns(
            "\"You cannot close every clinic and expect waiting times to fall.\""
        ));
        assert!(!warns("\"You cannot buy a ticket on the day.\""));
    }

    #[test]
    fn harms_foreseen_predicted_or_possible() {
        assert!(warns(
            "Forecasters predict widespread flooding on Saturday."
        ));
        assert!(warns("Further aftershocks are possible over the weekend."));
        assert!(warns("Commuters were told to expect delays all week."));
        assert!(!warns(
            "Police are treating the fire as a possible arson and closures of the site are over."
        ));
        assert!(!warns("The winner is expected to be announced on Friday."));
    }

    #[test]
    fn penalties_hanging_on_a_condition_and_threatened_arrests() {
        assert!(warns(
            "Sanctions would follow if the border was crossed, the envoy said."
        ));
        assert!(warns(
            "Police said they would arrest anyone who set up camp on the green."
        ));
        assert!(!warns(
            "\"If we defend like that again, we will be fine,\" the coach said."
        ));
    }

    #[test]
    fn advice_against_and_nobody_should() {
        assert!(warns(
            "The foreign office advised against all travel to the border area."
        ));
        assert!(warns("\"Nobody should swim off the point this week.\""));
        assert!(!warns("\"Nobody should be made to feel unwelcome.\""));
        assert!(!warns("The club advised the players on their contracts."));
    }

    #[test]
    fn fear_of_harm_unless_denied() {
        assert!(warns("Growers fear a second poor harvest."));
        assert!(!warns("Fans sang without fear in the rain."));
    }

    #[test]
    fn idioms_of_stakes_and_lost_control() {
        assert!(warns("Around 600 jobs are at stake at the plant."));
        assert!(warns(
            "\"We will have no choice but to cut the night buses.\""
        ));
        assert!(warns("The blaze was still out of control on Sunday."));
        assert!(warns("\"People need to take this seriously.\""));
        assert!(!warns("The firm took control of the site in 2018."));
    }

    #[test]
    fn harms_named_in_medicine_and_decline() {
        assert!(warns("The infection can spread to the lungs."));
        assert!(warns(
            "Some of the smaller lakes may disappear within a decade."
        ));
        assert!(!warns("The rash usually fades within a week."));
    }

    #[test]
    fn threats_kept_open_and_ultimatums_without_a_comma() {
        assert!(warns(
            "The minister declined to rule out troop deployments."
        ));
        assert!(warns("\"We will not rule out a walkout,\" she said."));
        assert!(!warns("The union ruled out a strike before Christmas."));
        assert!(warns(
            "The landlord must repair the roof by March or face a fine."
        ));
        assert!(warns(
            "The firm must repay its customers by Friday or lose its licence."
        ));
        assert!(!warns("Win or lose, the fans will be there on Saturday."));
    }

    #[test]
    fn rivers_over_their_banks_and_refusals_to_tolerate() {
        assert!(warns(
            "Forecasters say the Amber is close to bursting its banks."
        ));
        assert!(warns(
            "The Amber is expected to breach its banks by Tuesday."
        ));
        assert!(!warns("The Amber burst its banks in 2007."));
        assert!(warns(
            "The government said it would not tolerate any further incursions."
        ));
        assert!(!warns("The banks reopened on Tuesday."));
    }

    #[test]
    fn warnings_ended_and_words_naming_jobs_or_tools() {
        assert!(!warns("Forecasters lifted the storm warning at dawn."));
        assert!(!warns("The terror threat level was lowered to moderate."));
        assert!(!warns(
            "\"The danger has passed,\" the harbour master said."
        ));
        assert!(!warns("He worked as a risk analyst for twenty years."));
        assert!(!warns("The new warning system cost €2 million."));
        assert!(warns("\"The danger has not passed yet,\" she said."));
        assert!(warns(
            "The warning was issued before the storm passed the coast."
        ));
    }

    #[test]
    fn plain_plans_are_not_possible_harm() {
        assert!(!warns("Schools could apply for the fund from May."));
        assert!(!warns("The ministry could announce the winners on Friday."));
        assert!(warns("The ministry could close the school in May."));
    }

    #[test]
    fn warnings_from_blind_batches_25_and_26() {
        assert!(warns(
            "\"This is a life-threatening storm,\" said Priya Ramaswamy."
        ));
        assert!(warns(
            "Campaigners said the channel was \"an accident waiting to happen\"."
        ));
        assert!(warns(
            "But advice against swimming remains in force at Sall Sands."
        ));
        assert!(warns("\"Somebody's going to get hurt.\""));
        assert!(!warns(
            "\"We told them someone was going to get killed on this road,\" he said."
        ));
    }

    #[test]
    fn not_warnings_from_blind_batches_25_and_26() {
        assert!(!warns(
            "A warning against swimming at Porthallow beach has been lifted after tests \
             showed water quality had returned to normal."
        ));
        assert!(!warns(
            "Since then, Merrin has built a network of early warning sirens and cyclone shelters."
        ));
        assert!(!warns(
            "The programme said the cuts could be reversed if new funding arrived before July."
        ));
        assert!(!warns(
            "\"If we can make it at scale, we could prevent tens of thousands of deaths every year.\""
        ));
        assert!(!warns("No serious safety concerns were identified."));
        assert!(!warns("\"Nobody should die of this disease in 2026.\""));
    }

    #[test]
    fn from_blind_batches_27_and_28() {
        assert!(warns(
            "\"Measles is not a harmless childhood illness,\" she said."
        ));
        assert!(!warns(
            "Riddick admitted causing death by dangerous driving and causing serious injury."
        ));
        assert!(!warns(
            "Rachel Dunmore, head of climate risk at the broker Halden & Crewe, said premiums \
             had already risen by 18 per cent since 2022."
        ));
        assert!(!warns(
            "\"If that alarm hadn't worked, I wouldn't be here.\""
        ));
        assert!(!warns(
            "If the observations go ahead, they could show whether the gas is water vapour."
        ));
    }

    #[test]
    fn from_blind_batches_29_and_30() {
        assert!(warns(
            "Some smaller cheesemakers could go out of business within a year, he said."
        ));
        assert!(!warns(
            "Five years ago, Kestrel Town were close to going out of business."
        ));
        assert!(!warns(
            "She dropped the threat last week after the government agreed to cut energy taxes."
        ));
        assert!(!warns(
            "Symptoms usually start seven to 14 days after exposure, beginning with a fever."
        ));
        assert!(!warns(
            "Updated schedules are posted on the county website and on the ferry's text alert line."
        ));
        assert!(!warns(
            "Emergency services say response times should not be seriously affected."
        ));
    }

    #[test]
    fn from_blind_batches_31_to_34() {
        assert!(warns(
            "\"We are sitting on a cholera outbreak waiting to happen,\" said Dr. Oumar Tesse."
        ));
        assert!(warns(
            "Briggs added that people should be wary of follow-up calls."
        ));
        assert!(!warns(
            "A tsunami alert issued for the southern coast shortly after the earthquake was \
             lifted two hours later."
        ));
        assert!(!warns("That threat is now off the table."));
        assert!(!warns(
            "Belastan's foreign ministry rejected the ultimatum within hours."
        ));
        assert!(!warns(
            "The chairman called the deadline \"reckless\" and said the agency had offered a raise."
        ));
        assert!(!warns(
            "\"Nobody should have to choose between a hospital appointment and the shopping.\""
        ));
    }

    #[test]
    fn from_blind_batches_35_to_38() {
        assert!(!warns(
            "The severe flood warning was downgraded to a flood alert on Friday and removed \
             entirely on Saturday morning."
        ));
        assert!(!warns(
            "Dr. Alisha Brandt stressed that the danger to any single patient was very small."
        ));
    }

    #[test]
    fn from_blind_batches_39_to_42() {
        assert!(warns(
            "She said: \"Nothing is off the table, and Tarsund knows it.\""
        ));
        assert!(warns(
            "\"Marrowby won't be the last,\" said Tobias Renwick."
        ));
        assert!(warns("\"We won't stand by while a community is gutted.\""));
        assert!(!warns(
            "Retailers had warned earlier in the week that a prolonged strike could leave \
             shelves short."
        ));
        assert!(!warns(
            "During the strike, the federation had threatened to extend the action if the \
             company did not improve its offer."
        ));
        assert!(!warns(
            "A yellow warning for thunderstorms, which had put the day in doubt on Friday, \
             was lifted by the Weather Bureau overnight."
        ));
        assert!(!warns(
            "\"Nobody should expect miracles in the first week,\" he said."
        ));
        assert!(!warns(
            "Unions had earlier raised fears about job losses at the head offices."
        ));
        assert!(warns(
            "Anyone who hears a power tool near a parked car at night should call 999, he \
             said, but should not approach the thieves, who in two incidents had threatened \
             residents with a crowbar."
        ));
    }

    #[test]
    fn from_blind_batches_43_to_46() {
        assert!(!warns(
            "Sorensen said whoever made the call could face up to seven years in prison."
        ));
        assert!(warns(
            "If it fails to comply, it could face daily penalties of up to 100,000 euros."
        ));
        assert!(!warns(
            "The council said it hoped to reopen the corridor within ten days if the sweep \
             found no further mines."
        ));
        assert!(!warns("Some specialists believe the danger is overstated."));
        assert!(!warns(
            "\"The fuel in a shut-down reactor is far less dangerous than in one running.\""
        ));
    }

    #[test]
    fn from_blind_batches_47_to_50() {
        assert!(warns(
            "\"Measles is not a mild illness,\" said Dr Amara Whitlock."
        ));
        assert!(warns(
            "\"Drevania will respond proportionately, and Tarnova will bear full \
             responsibility for what follows.\""
        ));
        assert!(warns(
            "Drevania denied the allegations and promised to reply in kind."
        ));
        assert!(!warns(
            "The agency lifted its severe flood warning for the town on Monday morning."
        ));
        assert!(!warns(
            "Many residents had been told to leave their homes on Friday evening."
        ));
        assert!(warns(
            "The harbour authority said it had been told to refuse entry to the 14 vessels \
             from midnight, and that any ship that tried to dock would be turned away."
        ));
        assert!(!warns(
            "Security researchers cautioned against drawing firm conclusions too quickly."
        ));
    }

    #[test]
    fn from_blind_batches_51_to_54() {
        assert!(!warns(
            "He said the association has warned for years that fertilizer runoff was feeding \
             the algae."
        ));
        assert!(warns(
            "The minister said the government was \"not ruling anything out\", including \
             emergency legislation."
        ));
    }
}
