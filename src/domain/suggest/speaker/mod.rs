//! Who said a quotation: attribution patterns around the quote (`"…,"
//! Reyka said`, `"…," said Reyka`, `Varga told reporters: "…"`, `according
//! to Varga`), then the sentence before or after that introduces it, then the
//! previous quotation it continues. `he`/`she` resolve to the nearest named
//! person before them, the one who spoke before the names in what they
//! said; `it`, `the company` and `the statement` to the organisation that
//! just spoke. Names come out as written, without titles or a leading
//! occupation (`Gen. Arvo Lind` → `Arvo Lind`, `Fishmonger Aisha Rahman` →
//! `Aisha Rahman`), except an organisation's first word used alone, which
//! stands for its full name (`Calder` → `Calder Ratings`).
//!
//! Everything here reads the outside view of a sentence (see
//! [`super::tokens::outside`]), where each quotation is one token.

use super::lexicon::{self, has};
use super::quotes::QuoteSpan;
use super::tokens::{Kind, Tok};

mod mentions;

pub use mentions::Mentions;

/// Words after which a name is a place (`lived on Bay View`, `a farm near
/// Castle Rock`).
const PLACE: &[&str] = &[
    "across", "along", "at", "behind", "in", "into", "near", "off", "on", "outside",
];

/// Who a reporting verb or a quotation is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Named(String),
    /// A source the text does not name (`police`, `a spokesperson`, `they`).
    Unnamed,
    /// `he` or `she` at this code point, still to be resolved.
    Pronoun(usize),
    /// `the directorate` at this code point: the organisation named
    /// earlier whose name ends with that word, if any.
    Definite(usize, String),
    /// `it` at this code point: an organisation that spoke just before.
    It(usize),
}

/// How a quotation's speaker was found, for the suggestion's reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    AfterQuote,
    BeforeQuote,
    According,
    IntroducedBefore,
    IntroducedAfter,
    Continues,
    NotFound,
}

/// Where a reporting verb is: (sentence, index in its outside view).
pub type VerbAt = (usize, usize);

/// The attribution of one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Option<String>,
    /// The reporting verb that attributes it: (sentence, index in the
    /// sentence's outside view). Claims skip it: it reports direct speech.
    pub verb: Option<(usize, usize)>,
    pub how: How,
}

/// The lemma of `t` if it is a reporting verb. Capitalised forms are names
/// (`the United States`, `Says Street`), except `According` opening a
/// sentence.
pub fn reporting(t: &Tok) -> Option<&'static str> {
    t.lemma
}

/// Whether `t` is a reporting verb that can take a speaker as its subject:
/// any but `according`, which [`according_to`] reads as `according to X`.
fn reports(t: &Tok) -> bool {
    reporting(t).is_some_and(|l| l != "according")
}

/// Whether `toks[v]` reports speech as a verb, not as a noun (`the report
/// was`); `floor` is where its clause starts.
fn speaks(toks: &[Tok], v: usize, floor: usize) -> bool {
    reports(&toks[v]) && !is_noun(toks, v, floor)
}

/// Whether a name is a person's rather than an organisation's or a place's.
pub fn is_person(name: &str) -> bool {
    !name
        .split(' ')
        .any(|w| lexicon::is_organisation_word(&w.to_lowercase()))
}

/// Whether `t` is a noun that names an organisation by what it is.
fn is_organisation_noun(t: &Tok) -> bool {
    t.is_word()
        && !t.is_cap()
        && (t.in_list(lexicon::NON_PERSON_WORDS) || t.in_list(lexicon::ORGANISATION_NOUNS))
}

/// `the Orvanian defence ministry`, `Kestria's foreign ministry` ending
/// just before `k`: an organisation the text names only by what it is,
/// after a capitalised owner or nationality, as written from that word on.
/// Returns where the phrase starts and the name.
fn organisation_phrase(toks: &[Tok], k: usize, floor: usize) -> Option<(usize, String)> {
    if k <= floor || !is_organisation_noun(&toks[k - 1]) {
        return None;
    }
    let mut i = k - 1;
    while i > floor && k - i < 3 && toks[i - 1].is_word() && !toks[i - 1].is_cap() {
        i -= 1;
    }
    let mut owner = i.checked_sub(1).filter(|&o| o >= floor)?;
    let t = &toks[owner];
    // `the opposition Liberal Democrat group`: the owner is a whole name.
    while owner > floor
        && toks[owner - 1].is_cap()
        && !toks[owner - 1].is_possessive()
        && !toks[owner - 1].in_list(lexicon::NOT_NAMES)
    {
        owner -= 1;
    }
    if !t.is_cap()
        || t.in_list(lexicon::NOT_NAMES)
        || toks[owner + 1..k - 1]
            .iter()
            .any(|w| w.in_list(lexicon::DETERMINERS))
    {
        return None;
    }
    let words: Vec<&str> = toks[owner..k].iter().map(|w| w.text).collect();
    Some((owner, words.join(" ")))
}

/// Attributes every quotation. `touched[q]` is the first and last sentence
/// quotation `q` touches; `para[s]` is sentence `s`'s paragraph.
pub fn attribute(
    quotes: &[QuoteSpan],
    touched: &[(usize, usize)],
    outside: &[Vec<Tok>],
    para: &[usize],
    mentions: &Mentions,
) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (q, &(first, last)) in touched.iter().enumerate() {
        let found = in_sentences(q, first, last, outside, mentions)
            .or_else(|| introduced_before(first, outside, para));
        let (source, verb, how) = match found {
            Some(f) => f,
            None => match continued(q, first, touched, para, &out) {
                Some(speaker) => (speaker, None, How::Continues),
                None => match introduced_after(last, outside, para) {
                    Some((src, verb)) => (src, Some(verb), How::IntroducedAfter),
                    None => (Source::Unnamed, None, How::NotFound),
                },
            },
        };
        let speaker = mentions.resolve(source, first);
        out.push(Attribution { speaker, verb, how });
    }
    out
}

/// An attribution inside the sentences the quotation touches.
fn in_sentences(
    q: usize,
    first: usize,
    last: usize,
    outside: &[Vec<Tok>],
    mentions: &Mentions,
) -> Option<(Source, Option<VerbAt>, How)> {
    let at = |s: usize| outside[s].iter().position(|t| t.kind == Kind::Quote(q));
    // `Orme said the authority had "no realistic alternative" given rising
    // demand`: a reporting word after the quotation with no one before it
    // is weaker evidence than a speaker named before the quotation.
    let mut unnamed_after = None;
    if let Some(p) = at(last) {
        match after_quote(&outside[last], p) {
            Some((Source::Unnamed, v)) => unnamed_after = Some((last, v)),
            Some((src, v)) => return Some((src, Some((last, v)), How::AfterQuote)),
            None => {}
        }
    }
    let before = at(first).and_then(|p| before_quote(&outside[first], p, first, mentions));
    if let Some(v) = unnamed_after {
        if !matches!(before, Some((Source::Named(_) | Source::Pronoun(_), _, _))) {
            return Some((Source::Unnamed, Some(v), How::AfterQuote));
        }
    }
    before.or_else(|| according_to(first, last, outside))
}

/// An attribution before the quotation that opens at `p` in `toks`, the
/// outside view of sentence `first`.
fn before_quote(
    toks: &[Tok],
    p: usize,
    first: usize,
    mentions: &Mentions,
) -> Option<(Source, Option<VerbAt>, How)> {
    // `placards reading "My phone, my business"`: words written on a
    // thing, which no one in the text is said to have spoken.
    let sign = |t: &Tok| {
        t.is_word()
            && !t.is_cap()
            && !t.in_list(lexicon::BE_FORMS)
            && !t.in_list(lexicon::PERSONAL_PRONOUNS)
            && !t.in_list(lexicon::OTHER_PRONOUNS)
    };
    if p > 1 && toks[p - 1].is("reading") && sign(&toks[p - 2]) {
        return Some((Source::Unnamed, None, How::BeforeQuote));
    }
    let floor = toks[..p]
        .iter()
        .rposition(Tok::is_quote)
        .map_or(0, |i| i + 1);
    let verbs = || (floor..p).rev().filter(|&v| speaks(toks, v, floor));
    // `Aisha Rahman said traders had been told by an officer who "…"`:
    // a passive verb's subject was told, and the speaker is the active
    // verb's before it.
    if let Some(mut v) = verbs()
        .find(|&v| !passive(toks, v, floor))
        .or_else(|| verbs().next())
    {
        // An infinitive has no subject of its own: `telling a
        // committee that the country reserved the right to answer "…"`.
        let subjectless = v > floor && toks[v - 1].is("to");
        let mut src = subject_of(toks, v, floor).unwrap_or(Source::Unnamed);
        // `The Alliance said the decision showed the system "working as
        // it should"`: a thing that shows or finds says nothing itself;
        // whoever said so before it does.
        // `Farrow said the government would announce "additional
        // measures"`: a body named by what it is, and named nowhere
        // before, is a weaker speaker than the one who said so.
        let nameless = subjectless
            || matches!(src, Source::Definite(..))
                && mentions.resolve(src.clone(), first).is_none();
        if nameless || is_thing(&src, mentions, first) {
            let speaker = verbs()
                .filter(|&u| u < v && !passive(toks, u, floor))
                .find_map(|u| {
                    subject_of(toks, u, floor)
                        .filter(|s| {
                            matches!(s, Source::Named(_) | Source::Pronoun(_) | Source::It(_))
                        })
                        .map(|s| (u, s))
                });
            if let Some((u, s)) = speaker {
                (v, src) = (u, s);
            }
        }
        return Some((src, Some((first, v)), How::BeforeQuote));
    }
    // `The Interior Ministry dismissed the threat as "propaganda by
    // criminals"`: no reporting verb, but a verb of judging whose words
    // the quotation gives.
    if p > floor && toks[p - 1].is("as") {
        let judged = (floor..p - 1).rev().take(6).find(|&u| {
            toks[u].in_list(&[
                "branded",
                "condemned",
                "criticised",
                "criticized",
                "denounced",
                "described",
                "dismissed",
                "rejected",
            ])
        });
        if let Some(src) = judged.and_then(|u| subject_of(toks, u, floor)) {
            return Some((src, None, How::BeforeQuote));
        }
    }
    // `Minister Ana Vrelić put it bluntly: "…"`: no reporting verb, but
    // the clause's subject introduces the quotation. A one-word subject
    // is as often a nationality (`Kestrian officials were blunt:`).
    if p > floor && toks[p - 1].is_punct(':') {
        if let Some(Source::Named(n)) = np_at_start(toks, floor) {
            if n.contains(' ') && is_person(&n) {
                return Some((Source::Named(n), None, How::BeforeQuote));
            }
        }
    }
    None
}

/// `according to X` in the sentences a quotation touches.
fn according_to(
    first: usize,
    last: usize,
    outside: &[Vec<Tok>],
) -> Option<(Source, Option<VerbAt>, How)> {
    for (s, toks) in outside.iter().enumerate().take(last + 1).skip(first) {
        for (i, t) in toks.iter().enumerate() {
            if t.is("according") && toks.get(i + 1).is_some_and(|n| n.is("to")) {
                let src = np_after(toks, i + 2).unwrap_or(Source::Unnamed);
                return Some((src, Some((s, i)), How::According));
            }
        }
    }
    None
}

/// `the trial`, `the data`: a subject named by what it is that is no
/// organisation, nor the last word of one named before.
fn is_thing(src: &Source, mentions: &Mentions, sentence: usize) -> bool {
    matches!(src, Source::Definite(_, head) if !lexicon::is_organisation_word(head))
        && mentions.resolve(src.clone(), sentence).is_none()
}

/// `"…," Reyka said`, `"…," said Reyka`, `"…," Arvo Lind, the army chief,
/// said`: a reporting verb within a short phrase after the closing mark.
fn after_quote(toks: &[Tok], p: usize) -> Option<(Source, usize)> {
    let mut j = p + 1;
    while j < toks.len() && matches!(toks[j].kind, Kind::Punct(',' | ';' | '—' | '–' | '-')) {
        j += 1;
    }
    let first = toks.get(j)?;
    if reports(first) {
        return Some((np_after(toks, j + 1).unwrap_or(Source::Unnamed), j));
    }
    // A conjunction or preposition (`and said …`, `with…`) means the
    // sentence goes on past the quotation instead of attributing it.
    const GOES_ON: &[&str] = &[
        "after", "and", "as", "at", "because", "before", "but", "by", "for", "from", "if", "in",
        "of", "on", "or", "so", "than", "that", "to", "when", "which", "while", "with",
    ];
    if first.in_list(GOES_ON) {
        return None;
    }
    // Long enough for `the company's head of operations for the region, Sana
    // Idris, said`.
    for v in j + 1..toks.len().min(j + 15) {
        match toks[v].kind {
            Kind::Word if reports(&toks[v]) => {
                return Some((subject_of(toks, v, j).unwrap_or(Source::Unnamed), v));
            }
            Kind::Word | Kind::Punct(',' | '.') => {}
            _ => return None,
        }
    }
    None
}

/// The subject of the reporting verb at `v`, reading back from it no
/// further than `floor`, past adverbs and an apposition (`Lind, the army
/// chief, said`); else the name after it (`said Lind`).
pub fn subject_of(toks: &[Tok], v: usize, floor: usize) -> Option<Source> {
    let mut k = v;
    while k > floor && is_adverb(&toks[k - 1]) {
        k -= 1;
    }
    // `The group has called the plan "…"`, `Lind had also said`: a perfect's
    // auxiliary stands between the subject and the verb. A lone capital
    // opening the clause may be a plain noun (`Tenants had written`).
    let lone_capital = |t: &Tok| {
        t.is_cap() && !t.in_list(lexicon::PERSONAL_PRONOUNS) && !t.in_list(lexicon::OTHER_PRONOUNS)
    };
    if k > floor + 1
        && toks[k - 1].in_list(&["had", "has", "have"])
        && !(k == floor + 2 && lone_capital(&toks[floor]))
    {
        k -= 1;
        while k > floor && is_adverb(&toks[k - 1]) {
            k -= 1;
        }
    }
    // `The Forum said it would monitor… and said curfews risked "…"`,
    // `supported the decision and would announce "…"`: a verb joined by
    // `and` goes on from the subject of the one before.
    let mut j = k;
    while j > floor + 1
        && toks[j - 1].in_list(&[
            "can", "could", "may", "might", "must", "shall", "should", "will", "would",
        ])
    {
        j -= 1;
    }
    if j > floor + 1 && toks[j - 1].is("and") {
        let earlier = (floor..j - 1).rev().find(|&u| speaks(toks, u, floor));
        if let Some(u) = earlier {
            return subject_of(toks, u, floor);
        }
    }
    let mut apposition = None;
    let mut full_name = false;
    // Just after the comma that ends the aside or apposition, if any.
    let mut end = k;
    while end > floor + 1 && toks[end - 1].is_punct(',') {
        let comma = (floor..end - 1)
            .rev()
            .find(|&i| toks[i].is_punct(',') || toks[i].is_quote());
        let Some(c) = comma.filter(|&c| toks[c].is_punct(',')) else {
            break;
        };
        let between = &toks[c + 1..end - 1];
        k = c;
        end = c + 1;
        // `Mark Daventry, 58, whose house on Tanner's Row flooded, said`:
        // an age or a relative clause tells about the subject before it,
        // and the names inside it are nobody's.
        if !is_aside(between) {
            apposition = first_name_in(between);
            // `A local parents' group, Tallowford Families for Choice,
            // said`: beside an organisation's noun the name is the
            // organisation's, which runs on through `for` or `of`.
            let beside = c > floor && is_organisation_noun(&toks[c - 1]);
            if beside && between.first().is_some_and(Tok::is_cap) {
                let mut e = name_run_end(between, 0);
                while e + 1 < between.len()
                    && between[e].in_list(&["for", "of"])
                    && between[e + 1].is_cap()
                {
                    e = name_run_end(between, e + 1);
                }
                apposition = name_from(&between[..e]).or(apposition);
            }
            full_name = name_run_end(between, 0) == between.len();
            break;
        }
    }
    // `The island's only GP, Dr Eilidh Munro, said`: one capitalised word
    // after a modifier is a role, and the full name beside it the speaker.
    let role =
        k > floor + 1 && toks[k - 1].is_cap() && toks[k - 2].is_word() && !toks[k - 2].is_cap();
    match np_before(toks, k, floor) {
        // `the company's head of operations for the region, Sana Idris,
        // said`: the name in apposition, not `the region`.
        Some(Source::Unnamed | Source::Definite(..) | Source::It(_)) | None
            if apposition.is_some() =>
        {
            apposition.map(Source::Named)
        }
        // `He bowed before adding: "…"`: a participle's subject is the clause's.
        Some(Source::Unnamed) | None if toks[v].lower.ends_with("ing") => np_at_start(toks, floor),
        Some(Source::Named(n))
            if role
                && full_name
                && !n.contains(' ')
                && apposition
                    .as_ref()
                    .is_some_and(|a| a.contains(' ') && is_person(a)) =>
        {
            apposition.map(Source::Named)
        }
        Some(src) => Some(src),
        None => np_after(toks, v + 1),
    }
}

/// `the report was`, `the agency's warning`: after a determiner or an owner,
/// a reporting verb's form is a noun; so it is right after another
/// reporting verb (`told state radio`). Not after a preposition, which
/// takes a verb's `-ing` form too (`by telling the chamber`).
fn is_noun(toks: &[Tok], v: usize, floor: usize) -> bool {
    v > floor
        && (toks[v - 1].in_list(lexicon::DETERMINERS)
            || toks[v - 1].is_possessive()
            || reporting(&toks[v - 1]).is_some())
}

/// `were told`, `had been warned`, `was later asked`.
fn passive(toks: &[Tok], v: usize, floor: usize) -> bool {
    let mut k = v;
    while k > floor && is_adverb(&toks[k - 1]) {
        k -= 1;
    }
    k > floor && toks[k - 1].in_list(lexicon::BE_FORMS)
}

/// An age (`58`), a relative clause (`who has lived there since 1980`) or
/// a home (`of Dunmore`) between commas after a name.
fn is_aside(toks: &[Tok]) -> bool {
    match toks {
        [age] => age.text.bytes().all(|b| b.is_ascii_digit()),
        // `Margaret Coyle, 74, of Dunmore, said`: where someone lives.
        [first, ..] => first.in_list(&["from", "of", "where", "which", "who", "whose"]),
        [] => false,
    }
}

/// `the directorate`, `the agency` with its noun at `n`: an organisation
/// named before, if one's name ends with that noun.
fn definite(toks: &[Tok], n: usize, floor: usize) -> Option<Source> {
    let noun = &toks[n];
    if n <= floor || !noun.is_word() || noun.is_cap() {
        return None;
    }
    // `the employers' association`, `the national regulator`: an
    // organisation's noun keeps its name's last word after a modifier or two.
    let mut d = n - 1;
    // `the prime minister said`, `the police chief said`: a title keeps a
    // modifier or two as well.
    if is_organisation_noun(noun) || noun.in_list(lexicon::TITLES) {
        while d > floor
            && n - d < 3
            && toks[d].is_word()
            && !toks[d].is_cap()
            && !toks[d].in_list(lexicon::DETERMINERS)
            && !toks[d].in_list(lexicon::PREPOSITIONS)
        {
            d -= 1;
        }
    }
    toks[d]
        .is("the")
        .then(|| Source::Definite(noun.start, noun.lower.to_string()))
}

/// The name or pronoun opening the clause at `floor`, after any role
/// (`Kestrian fisheries minister Ana Vrelić put it bluntly`).
fn np_at_start(toks: &[Tok], floor: usize) -> Option<Source> {
    match np_after(toks, floor)? {
        src @ (Source::Named(_) | Source::Pronoun(_)) => Some(src),
        _ => None,
    }
}

fn is_adverb(t: &Tok) -> bool {
    t.in_list(lexicon::ATTRIBUTION_ADVERBS)
        || (t.is_word() && !t.is_cap() && t.lower.ends_with("ly"))
}

/// The noun phrase ending just before `k`, read backwards.
fn np_before(toks: &[Tok], k: usize, floor: usize) -> Option<Source> {
    if k <= floor {
        return None;
    }
    let last = &toks[k - 1];
    if last.in_list(lexicon::PERSONAL_PRONOUNS) {
        return Some(Source::Pronoun(last.start));
    }
    if last.is("it") {
        return Some(Source::It(last.start));
    }
    if last.in_list(lexicon::OTHER_PRONOUNS) {
        return Some(Source::Unnamed);
    }
    // `managed by Brentham Homes, which said`: the relative pronoun stands
    // for the noun phrase before its comma.
    if last.in_list(&["which", "who"]) && k >= floor + 2 && toks[k - 2].is_punct(',') {
        return np_before(toks, k - 2, floor);
    }
    if let Some(d) = definite(toks, k - 1, floor) {
        return Some(d);
    }
    if let Some((start, name)) = organisation_phrase(toks, k, floor) {
        return owner_of_object(toks, start, floor).or(Some(Source::Named(name)));
    }
    let mut i = k;
    while i > floor {
        let t = &toks[i - 1];
        let title_dot = t.is_punct('.')
            && i - 1 > floor
            && toks[i - 2].is_cap()
            && toks[i - 2].in_list(lexicon::TITLE_ABBREVIATIONS);
        let particle = (t.in_list(lexicon::NAME_PARTICLES) && i < k || hyphened_particle(t))
            && i - 1 > floor
            && toks[i - 2].is_cap();
        if (t.is_cap() && !t.is_possessive()) || title_dot || particle {
            i -= 1;
        } else {
            break;
        }
    }
    if i == k {
        return last.is_word().then_some(Source::Unnamed);
    }
    if let Some(src) = owner_of_object(toks, i, floor) {
        return Some(src);
    }
    // `Tom Achterberg of Kessler Capital said`: the person, not the firm.
    // `Ruth Kessler of the Nordby Institute said` too.
    let the = usize::from(i > floor && toks[i - 1].is("the"));
    let j = i - the;
    if j >= floor + 2 && toks[j - 1].in_list(&["at", "from", "of"]) && toks[j - 2].is_cap() {
        let mut start = j - 1;
        while start > floor && toks[start - 1].is_cap() {
            start -= 1;
        }
        if let Some(src) = owner_of_object(toks, start, floor) {
            return Some(src);
        }
        if let Some(Source::Named(n)) = np_before(toks, j - 1, floor) {
            if is_person(&n) {
                return Some(Source::Named(n));
            }
            // `The Aldmoor Department of Education said`: one
            // organisation's name runs on through `of`.
            if let Some(full) = name_from(&toks[start..k]) {
                return Some(Source::Named(full));
            }
        }
    }
    Some(name_from(&toks[i..k]).map_or(Source::Unnamed, Source::Named))
}

/// `A spokesperson for the Department of Transport said`, `police in
/// Dunmore said`: a name at `i` that is a preposition's object after a
/// common noun or a generic source is not the subject; that noun is.
fn owner_of_object(toks: &[Tok], i: usize, floor: usize) -> Option<Source> {
    let j = i - usize::from(i > floor && toks[i - 1].is("the"));
    if j < floor + 2 || !toks[j - 1].in_list(&["at", "for", "from", "in", "of", "with"]) {
        return None;
    }
    let noun = &toks[j - 2];
    let common = noun.is_word() && !noun.is_cap();
    (common || noun.in_list(lexicon::GENERIC_SOURCES))
        .then(|| definite(toks, j - 2, floor).unwrap_or(Source::Unnamed))
}

/// The noun phrase starting at `j`: `he`, `Reyka`, `union secretary Petra
/// Neumann`, `Ravensby manager Helena Sikora`, or an unnamed source.
fn np_after(toks: &[Tok], j: usize) -> Option<Source> {
    let first = toks.get(j)?;
    if first.in_list(lexicon::PERSONAL_PRONOUNS) {
        return Some(Source::Pronoun(first.start));
    }
    if first.is("it") {
        return Some(Source::It(first.start));
    }
    if first.in_list(lexicon::OTHER_PRONOUNS) {
        return Some(Source::Unnamed);
    }
    const STOPS: &[&str] = &[
        "after", "and", "as", "at", "before", "from", "in", "of", "on", "that", "to", "which",
        "who", "with",
    ];
    let role_words = |mut i: usize| {
        let mut start = i;
        while i < toks.len()
            && i - start < 4
            && toks[i].is_word()
            && !toks[i].is_cap()
            && !toks[i].in_list(STOPS)
            // `the stop outside Brindley post office`: a place, not a role.
            && !toks[i].in_list(PLACE)
        {
            // `the office's chief product safety officer`: the role's four
            // words count from after its owner.
            if toks[i].is_possessive() {
                start = i + 1;
            }
            i += 1;
        }
        i
    };
    // `Corvast's foreign minister`, `Wealdmoor Water's reservoir ranger`:
    // an owner's name is part of the role.
    let mut i = role_words(j);
    loop {
        let end = name_run_end(toks, i);
        if end > i && toks[end - 1].is_possessive() {
            i = role_words(end);
        } else {
            break;
        }
    }
    // `said its head of policy, Ben Castell`: a role runs on through `of`
    // or `for` and lowercase words, but only as far as a comma and a name;
    // otherwise `of` starts what follows the role (`said Lind of the army`).
    let mut comma = i;
    if i > j && toks.get(i).is_some_and(|t| t.in_list(&["for", "of"])) {
        let on = role_words(i + 1);
        if on > i + 1 && toks.get(on).is_some_and(|t| t.is_punct(',')) {
            comma = on;
        }
    }
    // `said its president, Marta Olsen-Rye`, `said the trust's chief
    // executive, Kwame Ashdown`: the name in apposition to the role.
    if comma > i {
        let end = name_run_end(toks, comma + 1);
        if let Some(n) = name_from(&toks[comma + 1..end]) {
            return Some(Source::Named(n));
        }
    }
    if i > j && toks.get(i).is_some_and(|t| t.is_punct(',')) {
        let end = name_run_end(toks, i + 1);
        if let Some(n) = name_from(&toks[i + 1..end]) {
            return Some(Source::Named(n));
        }
    }
    let mut end = name_run_end(toks, i);
    if end == i {
        if let Some(n) = name_given(&toks[j..]) {
            return Some(Source::Named(n));
        }
        // `said the directorate`.
        return Some(
            (i > j + 1)
                .then(|| definite(toks, i - 1, j))
                .flatten()
                .unwrap_or(Source::Unnamed),
        );
    }
    let after_roles = role_words(end);
    if after_roles > end && name_run_end(toks, after_roles) > after_roles {
        i = after_roles;
        end = name_run_end(toks, i);
    }
    Some(name_from(&toks[i..end]).map_or(Source::Unnamed, Source::Named))
}

/// The end of the run of name tokens starting at `i` (capitalised words,
/// `Dr.`-style abbreviations, particles between capitals); `i` if none.
fn name_run_end(toks: &[Tok], mut i: usize) -> usize {
    let start = i;
    while i < toks.len() {
        let t = &toks[i];
        let title_dot = t.is_punct('.')
            && i > start
            && toks[i - 1].in_list(lexicon::TITLE_ABBREVIATIONS)
            && toks.get(i + 1).is_some_and(Tok::is_cap);
        let particle = || {
            i > start
                && toks.get(i + 1).is_some_and(Tok::is_cap)
                && t.in_list(lexicon::NAME_PARTICLES)
        };
        if t.is_cap() || title_dot || particle() || i > start && hyphened_particle(t) {
            i += 1;
            if t.is_cap() && t.is_possessive() {
                break;
            }
        } else {
            break;
        }
    }
    i
}

/// `a driver who gave his name only as Pete`, `one fruit seller, who gave
/// only her first name, Noro`: the name someone unnamed gave.
fn name_given(toks: &[Tok]) -> Option<String> {
    let gave = toks
        .iter()
        .position(|t| t.in_list(&["gave", "give", "gives", "giving"]))?;
    let name = gave + 1 + toks[gave + 1..].iter().take(4).position(|t| t.is("name"))?;
    let start = name
        + 1
        + toks[name + 1..]
            .iter()
            .position(|t| !(t.in_list(&["as", "only"]) || t.is_punct(',')))?;
    name_from(&toks[start..name_run_end(toks, start)])
}

/// `al-Mansouri`, `el-Sayed`: a particle joined to a name by a hyphen, part
/// of the name before it.
fn hyphened_particle(t: &Tok) -> bool {
    t.text.split_once('-').is_some_and(|(p, rest)| {
        lexicon::NAME_PARTICLES.has(&p.to_lowercase()) && rest.starts_with(char::is_uppercase)
    })
}

fn first_name_in(toks: &[Tok]) -> Option<String> {
    let i = toks.iter().position(Tok::is_cap)?;
    name_from(&toks[i..name_run_end(toks, i)])
}

/// A name run as a speaker name: leading function words and everything up
/// to the last title dropped. `None` when nothing or only a generic source
/// or a date is left.
pub fn name_from(run: &[Tok]) -> Option<String> {
    let words: Vec<&Tok> = run.iter().filter(|t| t.is_word()).collect();
    let mut s = words
        .iter()
        .take_while(|w| w.in_list(lexicon::NOT_NAMES))
        .count();
    if let Some(t) = words[s..].iter().rposition(|w| w.in_list(lexicon::TITLES)) {
        s += t + 1;
    }
    // `Fishmonger Aisha Rahman`, `Mum-of-three Jodie Harker`: an
    // occupation or kin opening a sentence is capitalised like the name it
    // comes before.
    while words.len() > s + 1
        && (words[s].in_list(lexicon::OCCUPATIONS) || words[s].lower.contains("-of-"))
    {
        s += 1;
    }
    let rest = &words[s..];
    // `Friday`, `March 3` are dates; `June Halloran` is a person.
    let given = |k: usize, w: &Tok| {
        k == 0 && rest.len() > 1 && matches!(w.text, "April" | "August" | "June" | "May")
    };
    let date = |(k, w): (usize, &&Tok)| has(lexicon::CALENDAR_WORDS, w.text) && !given(k, w);
    if rest.is_empty()
        || rest.iter().enumerate().any(date)
        || (rest.len() == 1 && rest[0].in_list(lexicon::GENERIC_SOURCES))
    {
        return None;
    }
    let mut name = String::new();
    for w in rest {
        if !name.is_empty() {
            name.push(' ');
        }
        // `Carrick District Council's safety group`: the owner is the
        // council, and `the council` later must find it.
        name.push_str(w.bare());
    }
    Some(name)
}

/// The sentence before (in the same paragraph, or closing the one before
/// for a colon or a person who spoke), without a quotation of its
/// own, that introduces the speaker: `Varga told reporters:`, or a person
/// as its subject (`Asked about it, he shrugged.`, `Varga was blunt.`).
fn introduced_before(
    first: usize,
    outside: &[Vec<Tok>],
    para: &[usize],
) -> Option<(Source, Option<VerbAt>, How)> {
    let prev = first.checked_sub(1)?;
    let toks = &outside[prev];
    // `Neighbour Tina Boswell, 62, said the street was in shock.` closing
    // one paragraph and `"Everybody knows Maggie. …"` opening the next: a
    // colon or a person who has just spoken introduces the quotation across
    // the break too, but a bare subject does not.
    let same_para = para[prev] == para[first];
    if !(same_para || para[prev] + 1 == para[first]) || toks.iter().any(Tok::is_quote) {
        return None;
    }
    if toks.last()?.is_punct(':') {
        let verb = toks.iter().rposition(reports);
        if let Some(v) = verb {
            let src = subject_of(toks, v, 0)?;
            return Some((src, Some((prev, v)), How::IntroducedBefore));
        }
    }
    // `Maureen Toft, 81, said she visits weekly. "…"`: whoever spoke just
    // before goes on. The verb stays the sentence's own: it reports speech.
    let verb = toks.iter().position(reports);
    if let Some(v) = verb {
        match subject_of(toks, v, 0) {
            Some(Source::Named(n)) if n.contains(' ') && is_person(&n) => {
                return Some((Source::Named(n), None, How::IntroducedBefore));
            }
            _ => {}
        }
    }
    if !same_para {
        return None;
    }
    // The subject opens the sentence, or follows an opening phrase and comma.
    let clause = toks
        .iter()
        .position(|t| t.is_punct(','))
        .filter(|&c| c < 6)
        .map_or(0, |c| c + 1);
    match np_at_start(toks, clause)? {
        Source::Named(n) if !is_person(&n) => None,
        src => Some((src, None, How::IntroducedBefore)),
    }
}

/// A quotation with no attribution of its own that follows another in the
/// same paragraph, or opens the paragraph after one, continues its speech.
fn continued(
    q: usize,
    first: usize,
    touched: &[(usize, usize)],
    para: &[usize],
    done: &[Attribution],
) -> Option<Source> {
    let prev = q.checked_sub(1)?;
    let (_, prev_last) = touched[prev];
    let adjacent = prev_last + 1 >= first;
    let same_or_next_para = para[prev_last] == para[first] || para[prev_last] + 1 == para[first];
    if !(adjacent && same_or_next_para) || done[prev].how == How::NotFound {
        return None;
    }
    Some(
        done[prev]
            .speaker
            .clone()
            .map_or(Source::Unnamed, Source::Named),
    )
}

/// `"We will win." That was Varga's promise.`: a named source with a
/// reporting verb in the next sentence of the paragraph, which has no
/// quotation of its own.
fn introduced_after(
    last: usize,
    outside: &[Vec<Tok>],
    para: &[usize],
) -> Option<(Source, (usize, usize))> {
    let next = last + 1;
    let toks = outside.get(next)?;
    if para[next] != para[last] || toks.iter().any(Tok::is_quote) {
        return None;
    }
    let v = toks.iter().position(reports)?;
    match subject_of(toks, v, 0)? {
        Source::Named(n) => Some((Source::Named(n), (next, v))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::quotes;
    use super::super::tokens::{outside, tokenize, Text};
    use super::*;

    /// Speaker of the first quotation in a one-paragraph text, each line a sentence.
    fn speaker(sentences: &[&str]) -> Option<String> {
        let text = sentences.join(" ");
        let src = Text::new(&text);
        let chars = &src.chars;
        let qs: Vec<QuoteSpan> = quotes::quotations(chars);
        let mut spans = Vec::new();
        let mut at = 0;
        for s in sentences {
            let n = s.chars().count();
            spans.push((at, at + n));
            at += n + 1;
        }
        let outs: Vec<Vec<Tok>> = spans
            .iter()
            .map(|&(a, b)| outside(&tokenize(&src, a, b, &qs)))
            .collect();
        let touched: Vec<(usize, usize)> = qs
            .iter()
            .map(|q| {
                let f = spans.iter().position(|s| s.1 > q.open).unwrap();
                let l = spans.iter().rposition(|s| s.0 < q.close).unwrap();
                (f, l)
            })
            .collect();
        let para = vec![0; spans.len()];
        let m = Mentions::collect(&outs, &vec![false; outs.len()]);
        attribute(&qs, &touched, &outs, &para, &m)
            .pop()
            .and_then(|a| a.speaker)
    }

    fn is(s: Option<String>, name: &str) {
        assert_eq!(s.as_deref(), Some(name));
    }

    #[test]
    fn name_then_verb_after_the_quote() {
        is(
            speaker(&["\"We are ready for this,\" Reyka said."]),
            "Reyka",
        );
    }

    #[test]
    fn verb_then_name_after_the_quote_drops_titles_and_appositions() {
        is(
            speaker(&["“We are ready for this,” said Gen. Arvo Lind, the army chief."]),
            "Arvo Lind",
        );
        is(
            speaker(&["“We lost our way,” said Ravensby manager Helena Sikora."]),
            "Helena Sikora",
        );
    }

    #[test]
    fn speaker_before_a_colon() {
        is(
            speaker(&["Varga told reporters: \"Nobody will leave this room.\""]),
            "Varga",
        );
    }

    #[test]
    fn apposition_between_subject_and_verb() {
        is(
            speaker(&["‘Farmers lose out,’ the union’s president, Gareth Pryce, said."]),
            "Gareth Pryce",
        );
        is(
            speaker(&["«We are ready for it», Luc Ferrand, who leads the group, said."]),
            "Luc Ferrand",
        );
    }

    #[test]
    fn pronoun_resolves_to_the_nearest_named_person() {
        is(
            speaker(&[
                "On the harbour wall, fisherman Jon Akerly was tying down his boat.",
                "\"I am not taking chances,\" he said.",
            ]),
            "Jon Akerly",
        );
    }

    #[test]
    fn a_quote_without_attribution_continues_the_previous_speaker() {
        is(
            speaker(&[
                "“And we owe them a better port.”",
                "“We owe the public an apology,” Tan said.",
            ]),
            "Tan",
        );
    }

    #[test]
    fn unnamed_sources_give_no_speaker_and_stop_continuation() {
        assert_eq!(
            speaker(&["“Stay away from the river banks,” police said."]),
            None
        );
    }

    #[test]
    fn person_of_organisation_is_the_person() {
        is(
            speaker(&["Tom Achterberg of Kessler Capital called it ‘full but fair in every way’."]),
            "Tom Achterberg",
        );
    }

    #[test]
    fn a_bare_surname_is_the_person_named_before() {
        is(
            speaker(&[
                "Aubert rejected the comparison.",
                "Luc Ferrand spoke next.",
                "Mayor Régine Aubert spoke first.",
                "«Line 2 was planned by others», she told the chamber.",
            ]),
            "Régine Aubert",
        );
    }

    #[test]
    fn a_participle_takes_the_subject_of_its_clause() {
        is(
            speaker(&[
                "Haruto Sakamoto spoke in Osaka.",
                "He bowed for several seconds before adding: 「Safety is the foundation.」",
            ]),
            "Haruto Sakamoto",
        );
    }

    #[test]
    fn a_role_before_the_name_after_the_quote() {
        is(
            speaker(&["“This was not an oversight,” prosecutor Nadia Okonjo told jurors."]),
            "Nadia Okonjo",
        );
    }

    #[test]
    fn a_conjunction_after_the_quote_is_no_attribution() {
        is(
            speaker(&["Tom Achterberg called the price ‘full but fair’ and said more."]),
            "Tom Achterberg",
        );
    }

    #[test]
    fn a_person_as_the_subject_of_the_sentence_before() {
        is(
            speaker(&[
                "“I know how to handle a bit of sun,” said Marco Lind.",
                "The advisory was extended.",
                "Asked about the advisory, he shrugged.",
                "\"My doctor says the same thing every summer.\"",
            ]),
            "Marco Lind",
        );
    }

    #[test]
    fn a_name_after_a_place_preposition_is_no_subject_before_a_quote() {
        assert_eq!(
            speaker(&[
                "On Monday, the stop outside Brindley post office was empty.",
                "\"Thank you, drivers, we will miss you.\"",
            ]),
            None
        );
        // A role before the name still leads to it.
        is(
            speaker(&[
                "On Monday, union secretary Petra Neumann was blunt.",
                "\"Thank you, drivers, we will miss you.\"",
            ]),
            "Petra Neumann",
        );
    }

    #[test]
    fn according_to() {
        is(
            speaker(&["According to Mira Sand, “the bridge will not open this year.”"]),
            "Mira Sand",
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_role_after_the_verb() {
        is(
            speaker(&["“We will not pay,” said its president, Marta Olsen-Rye."]),
            "Marta Olsen-Rye",
        );
        is(
            speaker(&["“Stay calm and stay at home,” said the trust's chief executive, Dr. Kwame Ashdown."]),
            "Kwame Ashdown",
        );
        is(
            speaker(&["“We will defend our crews,” said Corvast's foreign minister, Lena Dravic."]),
            "Lena Dravic",
        );
    }

    #[test]
    fn a_long_role_after_its_owner_still_reaches_the_name() {
        is(
            speaker(&["“That can block a child's airway,” said the office's chief product safety officer, Nadia Farouk."]),
            "Nadia Farouk",
        );
        // Without a name after it, the role is an unnamed source.
        assert_eq!(
            speaker(&["“That can block a child's airway,” said the office's chief product safety officer."]),
            None
        );
    }

    #[test]
    fn a_thing_that_shows_gives_way_to_who_said_so() {
        is(
            speaker(&["The Heart Failure Alliance, a patient group, said the decision to stop the trial showed the system \"working as it should\"."]),
            "Heart Failure Alliance",
        );
        // The last word of an organisation named before is no thing.
        is(
            speaker(&[
                "The Northern Health Directorate opened two clinics.",
                "Ana Reyes said the directorate warned of \"a long and hard winter\".",
            ]),
            "Northern Health Directorate",
        );
    }

    #[test]
    fn a_relative_pronoun_after_a_comma_is_the_name_before_it() {
        is(
            speaker(&[
                "The block is managed by Brentham Homes, which said it was \"co-operating fully with everyone\".",
            ]),
            "Brentham Homes",
        );
        assert_eq!(
            speaker(&[
                "The council published a report, which said the block was \"unsafe to live in\"."
            ]),
            None
        );
    }

    #[test]
    fn a_statement_speaks_for_whoever_just_issued_it() {
        is(
            speaker(&[
                "The block is managed by Brentham Homes, which said in a statement that checks were done.",
                "\"We are co-operating fully,\" the statement said.",
            ]),
            "Brentham Homes",
        );
        assert_eq!(
            speaker(&[
                "Checks were done in October.",
                "\"We are co-operating fully,\" the statement said.",
            ]),
            None
        );
    }

    #[test]
    fn an_organisations_first_word_is_its_short_form() {
        is(
            speaker(&[
                "Calder Ratings cut the country's rating on Friday.",
                "In its report, Calder said the deficit needed \"substantial new measures\".",
            ]),
            "Calder Ratings",
        );
        // Two organisations that begin alike leave the short form as written.
        is(
            speaker(&[
                "Brentham Homes and Brentham Council met on Friday.",
                "Brentham said the tower needed \"substantial new measures\".",
            ]),
            "Brentham",
        );
    }

    #[test]
    fn the_organisation_named_before_after_a_modifier() {
        is(
            speaker(&[
                "The union rejected an offer from the Brenna Port Employers' Association.",
                "The employers' association said its offer was \"the most generous in the port's history\".",
            ]),
            "Brenna Port Employers Association",
        );
        is(
            speaker(&[
                "The union rejected an offer from the Brenna Port Employers' Association.",
                "\"It is the most generous in our history,\" said the employers' association.",
            ]),
            "Brenna Port Employers Association",
        );
        // A preposition between is no modifier: the head of a group is a person.
        assert_eq!(
            speaker(&[
                "The union rejected an offer from the Brenna Port Employers' Association.",
                "The head of association said its offer was \"the most generous in the port's history\".",
            ]),
            None
        );
    }

    #[test]
    fn a_colon_after_a_named_subject_introduces_the_quote() {
        is(
            speaker(&[
                "Fisheries minister Ana Vrelić put it bluntly: “The fish carry no passports.”",
            ]),
            "Ana Vrelić",
        );
        // One capitalised word is as often a nationality as a name.
        assert_eq!(
            speaker(&["Kestrian officials were blunt: “No deal.”"]),
            None
        );
    }

    #[test]
    fn a_verb_after_and_goes_on_from_the_subject_before() {
        is(
            speaker(&["The Civil Rights Forum said it would monitor the curfew and said blanket restrictions risked \"treating everyone as suspects\"."]),
            "Civil Rights Forum",
        );
        // Without a reporting verb before, `and` leaves no subject.
        assert_eq!(
            speaker(&["The Civil Rights Forum met on Friday and said blanket restrictions risked \"treating everyone as suspects\"."]),
            None
        );
    }

    #[test]
    fn a_reporting_form_after_a_determiner_is_a_noun() {
        is(
            speaker(&["Opposition justice spokesman Arvid Lennart said the report was \"a damning verdict on neglect\"."]),
            "Arvid Lennart",
        );
        // As a verb it still attributes, after a preposition too.
        assert_eq!(
            speaker(&["Arvid Lennart said inspectors report \"a damning verdict on neglect\"."]),
            None
        );
        is(
            speaker(&["Minister Kasimir Oduya opened the debate by telling the chamber it was \"the most important step\"."]),
            "Kasimir Oduya",
        );
    }

    #[test]
    fn a_person_of_the_named_organisation_is_the_person() {
        is(
            speaker(&["Pension analyst Ruth Kessler of the Nordby Institute called the gap “serious but fixable.”"]),
            "Ruth Kessler",
        );
    }

    #[test]
    fn a_month_can_be_a_first_name() {
        is(
            speaker(&[
                "The market's organiser, June Halloran, said stallholders were calm.",
                "“Nobody wants to be the reason it spreads,” she said.",
            ]),
            "June Halloran",
        );
    }

    #[test]
    fn a_name_after_a_preposition_of_place_is_no_one_a_pronoun_means() {
        is(
            speaker(&[
                "Cracks were found behind Heron Terrace and Bay View.",
                "“They came and went,” said Peter Hollis, who has lived on Bay View since 1980.",
                "He said he had packed “one bag each.”",
            ]),
            "Peter Hollis",
        );
    }

    #[test]
    fn headlines_are_no_one_a_pronoun_means() {
        let text = "Poultry Farms Report Bird Flu. “Nobody wants it to spread,” she said.";
        let src = Text::new(text);
        let chars = &src.chars;
        let qs: Vec<QuoteSpan> = quotes::quotations(chars);
        let cut = text.find(" “").unwrap();
        let outs: Vec<Vec<Tok>> = [(0, cut), (cut + 1, chars.len())]
            .iter()
            .map(|&(a, b)| outside(&tokenize(&src, a, b, &qs)))
            .collect();
        let resolve = |skipped: &[bool]| {
            let m = Mentions::collect(&outs, skipped);
            attribute(&qs, &[(1, 1)], &outs, &[0, 0], &m)[0]
                .speaker
                .clone()
        };
        assert_eq!(
            resolve(&[false, false]).as_deref(),
            Some("Poultry Farms Report Bird Flu")
        );
        assert_eq!(resolve(&[true, false]), None);
    }

    #[test]
    fn the_organisation_named_before_by_its_last_word() {
        is(
            speaker(&[
                "The Northern Health Directorate opened two clinics.",
                "Wells were tested on Monday.",
                "“Do not wait until morning,” the directorate said.",
            ]),
            "Northern Health Directorate",
        );
        assert_eq!(
            speaker(&[
                "Wells were tested.",
                "“Do not wait until morning,” the directorate said."
            ]),
            None
        );
    }

    #[test]
    fn it_is_the_organisation_that_just_spoke() {
        is(
            speaker(&[
                "The Civil Aviation Authority said it had found no breach.",
                "It added that it was “closely monitoring fatigue reports.”",
            ]),
            "Civil Aviation Authority",
        );
        assert_eq!(
            speaker(&[
                "Crowds gathered outside the Civil Aviation Authority.",
                "It said it was “closely monitoring fatigue reports.”",
            ]),
            None
        );
    }

    #[test]
    fn a_laugh_or_a_sigh_attributes_a_quote() {
        is(
            speaker(&[
                "Pensioner Brian Kettle, 81, of Harrowby, says he has already stocked up.",
                "\"I've got soup, I've got logs and I've got the telly,\" he laughed.",
            ]),
            "Brian Kettle",
        );
    }

    #[test]
    fn she_is_not_a_vale() {
        is(
            speaker(&[
                "Mum-of-three Jodie Harker, 34, from Wexham Vale, fed the rolls to her children.",
                "\"I just feel sick thinking about it,\" she told us.",
            ]),
            "Jodie Harker",
        );
    }

    #[test]
    fn a_title_said_later_is_the_person_named_with_it() {
        is(
            speaker(&[
                "Prime Minister Helena Marsk met her finance minister, Tobias Arnfeldt, on Monday.",
                "\"Tobias is a serious man,\" the prime minister said.",
            ]),
            "Helena Marsk",
        );
        is(
            speaker(&[
                "Police Chief Sandra Kowalczyk announced extra patrols near the school.",
                "\"We will be out there,\" the chief said.",
            ]),
            "Sandra Kowalczyk",
        );
    }

    #[test]
    fn an_organisations_name_runs_on_through_of() {
        is(
            speaker(&["The Aldmoor Department of Education said the offer was “the most generous in a decade”."]),
            "Aldmoor Department of Education",
        );
        is(
            speaker(&["The Organisation of Oil Exporting States said it stood ready to \"ensure markets remain supplied\"."]),
            "Organisation of Oil Exporting States",
        );
    }

    #[test]
    fn the_organisation_named_before_by_the_noun_that_heads_it() {
        is(
            speaker(&[
                "A spokesperson for the Department for Rural Affairs said the ban would stay.",
                "The department said it was \"working closely with the industry\".",
            ]),
            "Department for Rural Affairs",
        );
        // Another noun names some other organisation.
        assert_eq!(
            speaker(&[
                "Ruth Kessler of the Department for Rural Affairs met farmers.",
                "The ministry said it was \"working closely with the industry\".",
            ]),
            None
        );
    }

    #[test]
    fn an_age_or_a_relative_clause_is_no_apposition() {
        is(
            speaker(&[
                "Mark Daventry, 58, whose house faces the Tanner Row, said he was worried.",
                "\"I've rung eleven companies,\" he said.",
            ]),
            "Mark Daventry",
        );
        is(
            speaker(&[
                "Lifelong fan Derek Pyle, who has sat in the East Stand since 1979, said he would miss it.",
                "\"I know where the ball's going,\" he said.",
            ]),
            "Derek Pyle",
        );
        // A name between commas is still the speaker.
        is(
            speaker(&["\"We will not move,\" the union's president, Gareth Pryce, said."]),
            "Gareth Pryce",
        );
    }

    #[test]
    fn a_capitalised_role_gives_way_to_the_name_beside_it() {
        is(
            speaker(&[
                "The island's only GP, Dr Eilidh Munro, said patients skipped appointments.",
                "\"People will put things off,\" she said.",
            ]),
            "Eilidh Munro",
        );
        // A name before its apposition stays the speaker.
        is(
            speaker(&[
                "Morrow, Dr Eilidh Munro's deputy, said patients skipped appointments.",
                "\"People will put things off,\" he said.",
            ]),
            "Morrow",
        );
    }

    #[test]
    fn a_pronoun_prefers_who_spoke_to_names_in_what_they_said() {
        is(
            speaker(&[
                "Residents' chair Birgit Lowe said tenants had written to Grantholm Homes.",
                "“Every time, someone came and left,” she said.",
            ]),
            "Birgit Lowe",
        );
        // Without a speaker in that sentence, the nearest name stands.
        is(
            speaker(&[
                "Tenants had written to Birgit Lowe and Pieter Aalders.",
                "“Every time, someone came and left,” he said.",
            ]),
            "Pieter Aalders",
        );
    }

    #[test]
    fn a_pronoun_after_someone_unnamed_who_spoke_is_nobody_named() {
        assert_eq!(
            speaker(&[
                "District Judge Alison Pryor said the breaches were serious.",
                "One former tenant, who asked not to be named, told the Herald that she had moved out.",
                "\"I had a baby in that house,\" she said.",
            ]),
            None
        );
        // Without the unnamed speaker, the person named before stands.
        is(
            speaker(&[
                "District Judge Alison Pryor said the breaches were serious.",
                "The tenant had moved out.",
                "\"I had a baby in that house,\" she said.",
            ]),
            "Alison Pryor",
        );
    }

    #[test]
    fn a_pronoun_that_spoke_goes_on_past_the_names_it_said() {
        is(
            speaker(&[
                "“It will be hot,” said Dr. Lukas Brandt.",
                "He said highs were expected in Marrick and Oldbury Cross.",
                "“What worries us is the nights,” he said.",
            ]),
            "Lukas Brandt",
        );
        // Without anyone who spoke, the nearest name stands.
        is(
            speaker(&[
                "Dr. Lukas Brandt studied the data.",
                "Nurses sent Anna Reyes and Tom Hale home.",
                "“What worries us is the nights,” he said.",
            ]),
            "Tom Hale",
        );
    }

    #[test]
    fn a_passive_verb_before_the_quote_gives_way_to_an_active_one() {
        is(
            speaker(&["Fishmonger Aisha Rahman said traders had been told by an officer who \"walked round with a clipboard\" on Tuesday."]),
            "Aisha Rahman",
        );
        // A passive verb alone still attributes: to nobody named.
        assert_eq!(
            speaker(&["Traders were told: \"Close the stalls today.\""]),
            None
        );
    }

    #[test]
    fn an_occupation_before_a_name_is_no_part_of_it() {
        is(
            speaker(&["\"We had to bin everything,\" said Haberdasher June Pilling."]),
            "June Pilling",
        );
        // A name that is only an occupation word stays a name.
        is(
            speaker(&["\"We had to bin everything,\" said Teacher."]),
            "Teacher",
        );
        // Occupations that are given names too are not stripped.
        is(
            speaker(&["\"We had to bin everything,\" said Mason Reed."]),
            "Mason Reed",
        );
    }

    #[test]
    fn an_owner_is_named_without_its_possessive() {
        is(
            speaker(&[
                "The stand was inspected by Carrick District Council’s safety group.",
                "In a statement, the council said the stand was \"closed until further notice\".",
            ]),
            "Carrick District Council",
        );
        assert_eq!(
            speaker(&[
                "The stand was inspected by the Carrick District safety group.",
                "In a statement, the council said the stand was \"closed until further notice\".",
            ]),
            None
        );
    }

    #[test]
    fn a_spokesperson_for_an_organisation_is_unnamed() {
        assert_eq!(
            speaker(&["A spokesperson for the Department of Transport said it was \"aware of the concerns\"."]),
            None
        );
        assert_eq!(
            speaker(&["Police in Dunmore said the road was \"closed until further notice\"."]),
            None
        );
        // A person of an organisation is still the person.
        is(
            speaker(&["Tom Achterberg of the Department of Transport said it was \"aware of the concerns\"."]),
            "Tom Achterberg",
        );
    }

    #[test]
    fn the_person_who_spoke_in_the_sentence_before_goes_on() {
        is(
            speaker(&[
                "Maureen Toft, 81, said she visits three times a week.",
                "\"If they shut this place, I won't go into town.\"",
            ]),
            "Maureen Toft",
        );
        // An organisation that spoke before is no one a quote goes on from.
        assert_eq!(
            speaker(&[
                "In March, the Calder Valley Council said it was reviewing costs.",
                "\"If they shut this place, I won't go into town.\"",
            ]),
            None
        );
    }

    #[test]
    fn it_goes_on_from_whatever_spoke_just_before() {
        is(
            speaker(&[
                "The engine maker, Halvorsen Propulsion, said it was cooperating.",
                "In a statement, it said the engine had \"an excellent safety record.\"",
            ]),
            "Halvorsen Propulsion",
        );
        // Two sentences on, `it` is too far from who spoke.
        assert_eq!(
            speaker(&[
                "The engine maker, Halvorsen Propulsion, said it was cooperating.",
                "Flights were cancelled.",
                "In a statement, it said the engine had \"an excellent safety record.\"",
            ]),
            None
        );
    }

    #[test]
    fn an_organisation_named_by_what_it_is() {
        is(
            speaker(&[
                "Eleven warships took part, the Orvanian defence ministry said.",
                "It said the drills were \"routine and defensive in nature.\"",
            ]),
            "Orvanian defence ministry",
        );
        is(
            speaker(&[
                "Kestria's foreign ministry summoned the ambassador.",
                "In a statement, it called the drills \"a deliberate provocation\".",
            ]),
            "Kestria's foreign ministry",
        );
        // Without a capitalised owner it is no name.
        assert_eq!(
            speaker(&[
                "The foreign ministry summoned the ambassador.",
                "In a statement, it called the drills \"a deliberate provocation\".",
            ]),
            None
        );
    }

    #[test]
    fn a_nationality_and_an_embassy_name_it() {
        is(
            speaker(&["The Ostrelian embassy called the expulsions \"unfounded and unfriendly\"."]),
            "Ostrelian embassy",
        );
        // Without a capitalised owner it is no name.
        assert_eq!(
            speaker(&["The embassy called the expulsions \"unfounded and unfriendly\"."]),
            None
        );
    }

    #[test]
    fn the_company_is_the_organisation_that_just_spoke() {
        is(
            speaker(&[
                "Northreach said its offer was fair.",
                "In a statement, the company said a strike \"would put the mine in doubt\".",
            ]),
            "Northreach",
        );
        // A person who just spoke is not `the company`.
        assert_eq!(
            speaker(&[
                "Chief operating officer Dieter Krall met the union.",
                "Krall said the offer was fair.",
                "In a statement, the company said a strike \"would put the mine in doubt\".",
            ]),
            None
        );
    }

    #[test]
    fn an_apposition_names_the_speaker_before_any_the_noun() {
        is(
            speaker(&["“We understand the concern, and we share it,” the company's head of operations for the region, Sana Idris, said."]),
            "Sana Idris",
        );
    }

    #[test]
    fn a_role_running_through_of_before_the_name_in_apposition() {
        is(
            speaker(&["“Importers check themselves,” said its head of policy, Ben Castell."]),
            "Ben Castell",
        );
        is(
            speaker(&["“Not bad luck,” said the agency's head of enforcement, Caroline Astley."]),
            "Caroline Astley",
        );
        // Without a comma and a name, `of` ends the role.
        is(
            speaker(&["“Not bad luck,” said Astley of the agency."]),
            "Astley",
        );
    }

    #[test]
    fn the_company_after_an_organisation_that_which_or_its_last_word_marks() {
        is(
            speaker(&[
                "Beacon Lifecare, which operates nine homes, said it accepted the findings.",
                "In a statement, the company said: \"We are sorry.\"",
            ]),
            "Beacon Lifecare",
        );
        is(
            speaker(&[
                "The ship's manager, Pelagos Marine, denied the accusation.",
                "“The ship was sailing lawfully,” the company said.",
            ]),
            "Pelagos Marine",
        );
        // `who` marks a person, whom `the company` does not mean.
        assert_eq!(
            speaker(&[
                "Dieter Krall, who runs the yard, said it accepted the findings.",
                "In a statement, the company said: \"We are sorry.\"",
            ]),
            None
        );
    }

    #[test]
    fn an_organisation_in_apposition_runs_on_through_for_and_of() {
        is(
            speaker(&["A parents' group, Tallowford Families for Choice, said schools were \"not the right setting\" for it."]),
            "Tallowford Families for Choice",
        );
        is(
            speaker(&[
                "The International Chamber of Seafarers urged calm.",
                "It said seafarers were \"used as bargaining chips\" by both.",
            ]),
            "International Chamber of Seafarers",
        );
        // Beside a person's role, `of` starts what follows the name.
        is(
            speaker(&["The firm's founder, Tom Achterberg of Kessler, said it was \"full but fair\" again."]),
            "Tom Achterberg",
        );
    }

    #[test]
    fn a_perfect_and_an_organisation_named_by_a_name_and_its_noun() {
        is(
            speaker(&["The opposition Liberal Democrat group has called the plan \"short-sighted and irreversible\" today."]),
            "Liberal Democrat group",
        );
        is(
            speaker(&[
                "Tom Smith had also called the plan \"short-sighted and irreversible\" today.",
            ]),
            "Tom Smith",
        );
        is(
            speaker(&[
                "Pat Ng spoke first.",
                "She has called the plan \"short-sighted and irreversible\" today.",
            ]),
            "Pat Ng",
        );
        // A determiner before the owner is no part of the name.
        is(
            speaker(&[
                "The Democrat group called the plan \"short-sighted and irreversible\" today.",
            ]),
            "Democrat group",
        );
    }

    #[test]
    fn the_words_on_a_sign_have_no_speaker() {
        assert_eq!(
            speaker(&[
                "The Public Security Act passed.",
                "Protesters gathered, some carrying placards reading “My phone, my business”.",
            ]),
            None
        );
        // Someone reading words out speaks them.
        is(
            speaker(&[
                "Mayor Ana Pell stood up.",
                "She was reading “the whole list, name by name” to the hall.",
            ]),
            "Ana Pell",
        );
    }

    #[test]
    fn a_speaker_named_before_the_quote_outranks_a_weaker_one() {
        // `demand` after the quotation is a noun, and names no one.
        is(
            speaker(&["Janet Orme said the authority had \"no realistic alternative\" given rising demand."]),
            "Janet Orme",
        );
        // A verb joined by `and` past a modal goes on from `said`.
        is(
            speaker(&["Finance Minister Mateus Farrow said the government supported the decision and would announce \"additional fiscal measures\" on Thursday."]),
            "Mateus Farrow",
        );
        // An infinitive has no subject of its own.
        is(
            speaker(&["Defence Minister Arvid Lenkov went further, telling a committee that the country reserved the right to answer \"in cyberspace and beyond it\"."]),
            "Arvid Lenkov",
        );
    }

    #[test]
    fn a_particle_joined_by_a_hyphen_is_part_of_the_name() {
        is(
            speaker(&["\"The market has been oversupplied,\" the organisation's secretary-general, Farid al-Mansouri, told a news conference."]),
            "Farid al-Mansouri",
        );
    }

    #[test]
    fn she_is_not_the_place_named_before() {
        is(
            speaker(&[
                "Pensioner Margaret Coyle, 74, of Dunmore, said the news had come on top of higher bills.",
                "\"It's another thing on top of everything else,\" she said.",
            ]),
            "Margaret Coyle",
        );
        // An unnamed relative spoke: `she` is her, not the pub.
        assert_eq!(
            speaker(&[
                "The injured man's daughter, who asked not to be named, said her father had been walking home from the Crown Inn.",
                "\"He has done that walk for 40 years,\" she said.",
            ]),
            None
        );
        assert_eq!(
            speaker(&[
                "The dog ran off towards the Westfield Road gates.",
                "\"Keep your dogs on a lead,\" he said.",
            ]),
            None
        );
    }

    #[test]
    fn more_ways_a_speaker_is_named() {
        // `state` after `told` is a noun, not a second reporting verb.
        is(
            speaker(&["Minister Yusuf al-Harrani told state radio that the government \"will not be blackmailed by gangs\"."]),
            "Yusuf al-Harrani",
        );
        // A many-word owner before the role.
        is(
            speaker(&[
                "\"The bloom is visible,\" said Wealdmoor Water's reservoir ranger, Kate Brennan.",
            ]),
            "Kate Brennan",
        );
        // A verb of judging before `as "…"`.
        is(
            speaker(&[
                "The Interior Ministry dismissed the threat as \"propaganda by criminals\".",
            ]),
            "Interior Ministry",
        );
        // The name someone unnamed gave.
        is(
            speaker(&[
                "\"We don't want to strike,\" said a driver who gave his name only as Pete.",
            ]),
            "Pete",
        );
        // `MP` is a title, not a name `he` can stand for.
        is(
            speaker(&[
                "Parish clerk Martin Hoyle said the council had written to the area's MP asking for help.",
                "\"It is where they get their pension,\" he said.",
            ]),
            "Martin Hoyle",
        );
    }
}
