//! A learned recall layer for warnings: a logistic regression over the
//! words of a sentence and a few hand features (modal verbs, `if`/`unless`,
//! negations, a command's first word, quotation marks, digits, length),
//! with its weights in [`super::warning_model`].
//!
//! Why: the warning rules were written from the tuning articles and reach
//! F1 ≈ 0.94 there, but ≈ 0.67 on articles by writers they had not seen;
//! they miss warnings phrased in ways no rule names. A model asked about
//! the sentences the rules leave, at a threshold chosen for precision,
//! recovers many of those without flooding the page; where it all but
//! rules a sentence out ([`VETO`]), a rule's warning there is dropped.
//!
//! How it was measured (all on the tuning set, `bench/warning-model/`):
//! on the sixteen blind tuning batches (3–18), each scored with the rules as
//! they were before it was seen and a model trained on every other batch,
//! rules OR the model reach warning F1 0.724 where the rules alone reach
//! 0.690. It is worth more for some writers than others: on batches 15–18
//! alone it cost 0.709 → 0.686 (`docs/suggestions.md`). The threshold is
//! the highest-recall one at which the model's own inner cross-validated
//! precision is at least 0.80; the shipped model is trained on the whole
//! tuning set the same way.
//!
//! The tokens and features here must match `bench/warning-model/train.py`
//! exactly; a parity test checks the scores against the script's.

use super::lexicon;
use super::warning_model as m;

/// The model's view of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// The probability that the sentence is a warning.
    pub probability: f32,
    /// Up to three words of the sentence with the largest positive
    /// weights, largest first (ties by word): what to show as the reason.
    pub top: Vec<&'static str>,
}

/// Below this probability the model overrules a warning rule. On text a
/// rule was not written from, a rule's warning the model scores this low is
/// usually a cue word in a sentence about something else (a court report,
/// a finished event, an advert). Decided on the sixteen blind tuning
/// batches 3-18, each scored with the rules as they were before it was
/// seen and a model trained without it: precision 0.718 -> 0.747 at recall
/// 0.726 -> 0.725 (F1 0.722 -> 0.736). Declared before batches 19-24 were
/// scored the same way: F1 0.754 -> 0.758 there; on batches 25-28, written
/// afterwards, 0.739 -> 0.741 (`bench/warning-model/README.md`).
pub const VETO: f32 = 0.05;

impl Score {
    /// Whether the score reaches the model's threshold.
    pub fn is_warning(&self) -> bool {
        self.probability >= m::THRESHOLD
    }

    /// Whether the score is low enough to overrule a warning rule.
    pub fn vetoes(&self) -> bool {
        self.probability < VETO
    }
}

/// A sentence's text as the script reads it, as bytes: lowercase
/// (`str::to_lowercase`, which differs only for a final sigma, no ASCII
/// letter either way), a curly apostrophe (U+2019) taken as a straight one,
/// and every other non-ASCII character a space: only ASCII letters, digits
/// and apostrophes make words. Also whether the text has a quotation mark.
fn normalise(text: &str) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(text.len());
    let mut quote_mark = false;
    let mut rest = text;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let chunk = &rest.as_bytes()[..ascii];
        let from = out.len();
        out.extend_from_slice(chunk);
        out[from..].make_ascii_lowercase();
        let Some(c) = rest[ascii..].chars().next() else {
            break;
        };
        match c {
            '\u{2019}' => out.push(b'\''),
            '“' | '”' | '«' | '»' | '„' => {
                quote_mark = true;
                out.push(b' ');
            }
            _ => out.extend(
                c.to_lowercase()
                    .map(|l| if l.is_ascii() { l as u8 } else { b' ' }),
            ),
        }
        rest = &rest[ascii + c.len_utf8()..];
    }
    // Every ASCII digit is in a word of digits: the scorer sees those.
    quote_mark |= out.contains(&b'"');
    (out, quote_mark)
}

/// The words of `lower` (from [`normalise`]) as the script sees them: each
/// run matching `[a-z]+('[a-z]+)?|[0-9]+`; everything else separates words.
fn spans(lower: &[u8]) -> impl Iterator<Item = &[u8]> {
    let run = |mut i: usize, class: fn(&u8) -> bool| {
        while i < lower.len() && class(&lower[i]) {
            i += 1;
        }
        i
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < lower.len() {
            let start = i;
            if lower[i].is_ascii_lowercase() {
                i = run(i, u8::is_ascii_lowercase);
                if lower.get(i) == Some(&b'\'')
                    && lower.get(i + 1).is_some_and(u8::is_ascii_lowercase)
                {
                    i = run(i + 1, u8::is_ascii_lowercase);
                }
                return Some(&lower[start..i]);
            }
            if lower[i].is_ascii_digit() {
                i = run(i, u8::is_ascii_digit);
                return Some(&lower[start..i]);
            }
            i += 1;
        }
        None
    })
}

// The lookups below run for every word of most sentences, so the work that
// depends only on the table (lists, a hash table) is done at compile time.

/// What [`FLAGS`] marks: which hand features' lists a word is in.
const MODAL: u8 = 1;
const NEGATION: u8 = 2;
const IMPERATIVE: u8 = 4;

/// `a == b` byte by byte in place: usable at compile time, and for words
/// this short cheaper than a call to the C library's `memcmp`.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `a < b` byte by byte, at compile time.
const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// The index of `word` in [`m::WEIGHTS`] (sorted by word), found by binary
/// search; every word of the hand features' lists is there.
const fn entry(word: &str) -> usize {
    let (mut lo, mut hi) = (0, m::WEIGHTS.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(m::WEIGHTS[mid].0.as_bytes(), word.as_bytes()) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    assert!(same(m::WEIGHTS[lo].0.as_bytes(), word.as_bytes()));
    lo
}

/// For each entry of [`m::WEIGHTS`], the lists it is in. Built from the
/// lists (a few dozen words, each found by binary search), not by
/// scanning every list for each of the thousands of entries: that
/// exceeds what the compiler will evaluate.
const FLAGS: [u8; m::WEIGHTS.len()] = {
    let mut flags = [0; m::WEIGHTS.len()];
    let lists: [(&[&str], u8); 3] = [
        (m::MODALS, MODAL),
        (m::NEGATIONS, NEGATION),
        (m::IMPERATIVES, IMPERATIVE),
    ];
    let mut l = 0;
    while l < lists.len() {
        let (list, flag) = lists[l];
        let mut i = 0;
        while i < list.len() {
            flags[entry(list[i])] |= flag;
            i += 1;
        }
        l += 1;
    }
    flags
};

/// Slots in [`TABLE`]: a power of two, about three times the words.
const SLOTS: usize = (m::WEIGHTS.len() * 3).next_power_of_two();

/// The slot a word's search starts from.
const fn hash(word: &[u8]) -> usize {
    lexicon::fnv1a(lexicon::FNV_START, word) as usize
}

/// An open-addressing hash table over [`m::WEIGHTS`], built at compile
/// time: a slot holds an entry's index + 1, or 0 when empty. A `static`,
/// not a `const`: at 32 KB it should exist once, not at every use.
static TABLE: [u16; SLOTS] = {
    let mut table = [0; SLOTS];
    let mut i = 0;
    while i < m::WEIGHTS.len() {
        let mut slot = hash(m::WEIGHTS[i].0.as_bytes()) % SLOTS;
        while table[slot] != 0 {
            slot = (slot + 1) % SLOTS;
        }
        table[slot] = i as u16 + 1;
        i += 1;
    }
    table
};

/// Where `word` is in [`m::WEIGHTS`].
fn index(word: &[u8]) -> Option<usize> {
    let mut slot = hash(word) % SLOTS;
    loop {
        let i = usize::from(TABLE[slot]).checked_sub(1)?;
        if same(m::WEIGHTS[i].0.as_bytes(), word) {
            return Some(i);
        }
        slot = (slot + 1) % SLOTS;
    }
}

/// The model's score for a sentence's text.
pub fn score(text: &str) -> Score {
    let (lower, quote_mark) = normalise(text);
    // One pass over the words: the hand features, and each word's weight,
    // once however often it occurs (`seen`, by index in the table).
    let mut seen = [0u64; m::WEIGHTS.len().div_ceil(64)];
    let (mut n, mut modals, mut negations) = (0, 0, 0);
    let (mut conditional, mut command, mut digit) = (false, false, false);
    let mut z = m::INTERCEPT;
    // The three largest positive weights, largest first, ties by word.
    let mut top: [Option<(usize, f32)>; 3] = [None; 3];
    for w in spans(&lower) {
        let mut flags = 0;
        // Every word of the lists is in the table.
        if let Some(i) = index(w) {
            flags = FLAGS[i];
            if seen[i / 64] & 1 << (i % 64) == 0 {
                seen[i / 64] |= 1 << (i % 64);
                let weight = m::WEIGHTS[i].1;
                z += weight;
                if weight > 0.0 {
                    rank(&mut top, i, weight);
                }
            }
        }
        if n == 0 {
            command = flags & IMPERATIVE != 0;
        }
        n += 1;
        modals += usize::from(flags & MODAL != 0);
        negations += usize::from(flags & NEGATION != 0 || w.ends_with(b"n't"));
        conditional |= w == b"if" || w == b"unless";
        digit |= w[0].is_ascii_digit();
    }
    let flag = |on: bool, weight: f32| if on { weight } else { 0.0 };
    z += modals as f32 * m::N_MODALS
        + negations as f32 * m::N_NEGATIONS
        + flag(conditional, m::IF_OR_UNLESS)
        + flag(command, m::STARTS_IMPERATIVE)
        + flag(quote_mark, m::HAS_QUOTE_MARK)
        + flag(digit, m::HAS_DIGIT)
        + flag(n <= 10, m::LEN_UP_TO_10)
        + flag((11..=20).contains(&n), m::LEN_11_TO_20)
        + flag((21..=35).contains(&n), m::LEN_21_TO_35)
        + flag(n > 35, m::LEN_OVER_35);
    Score {
        probability: 1.0 / (1.0 + (-z).exp()),
        top: top
            .iter()
            .flatten()
            .map(|&(i, _)| m::WEIGHTS[i].0)
            .collect(),
    }
}

/// Puts entry `i` with weight `w` into `top` if it is among the three
/// largest, ties going to the earlier word.
fn rank(top: &mut [Option<(usize, f32)>; 3], i: usize, w: f32) {
    let below = |slot: &Option<(usize, f32)>| match *slot {
        None => true,
        Some((j, t)) => w > t || (w == t && i < j),
    };
    if let Some(at) = top.iter().position(below) {
        top[at..].rotate_right(1);
        top[at] = Some((i, w));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let (lower, _) = normalise(text);
        spans(&lower)
            .map(|w| String::from_utf8(w.to_vec()).expect("ASCII"))
            .collect()
    }

    #[test]
    fn words_follow_the_scripts_pattern() {
        assert_eq!(
            words("Don’t go: it's 40°C — ROCK'N'ROLL, café 'tis 3.5"),
            ["don't", "go", "it's", "40", "c", "rock'n", "roll", "caf", "tis", "3", "5"]
        );
        assert_eq!(words("won't'"), ["won't"]);
        assert_eq!(words("a1b"), ["a", "1", "b"]);
        // Unicode lowercasing as in Python; only ASCII digits count.
        assert_eq!(
            words("İstanbul KELVIN \u{212a} ٣٤"),
            ["i", "stanbul", "kelvin", "k"]
        );
        assert!(words("— … «»").is_empty());
    }

    #[test]
    fn weights_are_sorted_and_hold_every_listed_word() {
        assert!(m::WEIGHTS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(m::WEIGHTS.iter().all(|(w, _)| !w.is_empty()));
        assert!(m::WEIGHTS.len() < usize::from(u16::MAX));
        for (list, flag) in [
            (m::MODALS, MODAL),
            (m::NEGATIONS, NEGATION),
            (m::IMPERATIVES, IMPERATIVE),
        ] {
            for w in list {
                let i = index(w.as_bytes()).unwrap_or_else(|| panic!("{w} is not in WEIGHTS"));
                assert_eq!(m::WEIGHTS[i].0, *w);
                assert_ne!(FLAGS[i] & flag, 0, "{w}");
            }
        }
        let flagged = FLAGS.iter().filter(|&&f| f != 0).count();
        let listed: std::collections::BTreeSet<_> = m::MODALS
            .iter()
            .chain(m::NEGATIONS)
            .chain(m::IMPERATIVES)
            .collect();
        assert_eq!(flagged, listed.len());
        for (i, (w, _)) in m::WEIGHTS.iter().enumerate() {
            assert_eq!(index(w.as_bytes()), Some(i), "{w}");
        }
        assert_eq!(index(b"zzzz"), None);
        assert_eq!(index(b"'"), None);
    }

    /// The scores the training script computed for tuning sentences
    /// (`tests/fixtures/warning-model-parity.json`, written with the weights).
    #[test]
    fn scores_match_the_training_script() {
        let fixture: serde_json::Value = serde_json::from_str(include_str!(
            "../../../tests/fixtures/warning-model-parity.json"
        ))
        .expect("valid fixture");
        let cases = fixture.as_array().expect("a list");
        assert!(cases.len() >= 50, "{} cases", cases.len());
        for case in cases {
            let text = case["text"].as_str().expect("text");
            let want = case["score"].as_f64().expect("score") as f32;
            let got = score(text);
            assert!(
                (got.probability - want).abs() < 1e-3,
                "{text}: rust {} python {want}",
                got.probability
            );
            assert_eq!(got.is_warning(), case["warning"] == true, "{text}");
            let top: Vec<&str> = case["top"]
                .as_array()
                .expect("top")
                .iter()
                .filter_map(|w| w.as_str())
                .collect();
            assert_eq!(got.top, top, "{text}");
        }
    }
}
