//! Who has been named before a point in an article, for what `he`, `she`,
//! `it`, `the company` or `the statement` stand for: people who spoke or
//! were named in full, and organisations, in text order, with each
//! organisation's short form (`Calder` for `Calder Ratings`).

use std::collections::HashMap;

use super::super::lexicon::{self, has};
use super::super::tokens::Tok;
use super::{
    is_person, name_from, name_run_end, organisation_phrase, speaks, subject_of, Source, PLACE,
};

/// Named people mentioned before a point in the text, for pronouns:
/// subjects of reporting verbs and multi-word names, in text order; and
/// organisations, for `it` and `the agency`.
pub struct Mentions {
    people: Vec<Mention>,
    organisations: Vec<Mention>,
    /// `Calder` for `Calder Ratings`: an organisation's first word, when it
    /// begins no other organisation's name and ends no person's.
    short_forms: HashMap<String, String>,
    /// People named after a title (`Prime Minister Helena Marsk`, `Police
    /// Chief Sandra Kowalczyk`), with the title's last word, for `the
    /// prime minister said` and `the chief said` later.
    titled: Vec<(Mention, String)>,
}

/// A name at a code point, in a sentence, and whether it was the subject of
/// a reporting verb there.
struct Mention {
    at: usize,
    sentence: usize,
    name: String,
    spoke: bool,
}

/// What someone issues to speak for them: `the statement said`.
const DOCUMENTS: &[&str] = &["letter", "release", "report", "statement"];

/// People named by who they are to someone: when one of them speaks
/// unnamed, `she` after it is her.
const KIN: &[&str] = &[
    "brother",
    "daughter",
    "father",
    "husband",
    "mother",
    "neighbour",
    "sister",
    "son",
    "widow",
    "wife",
];

/// How many sentences back a pronoun may reach for its person.
const PRONOUN_REACH: usize = 4;

impl Mentions {
    /// Mentions in every sentence but the `skipped` ones (headlines,
    /// bylines: `Two Farms Near Oxley` is nobody `she` can be).
    pub fn collect(outside: &[Vec<Tok>], skipped: &[bool]) -> Self {
        let mut out = Vec::new();
        let mut organisations = Vec::new();
        let mention = |at: usize, sentence: usize, name: String, spoke: bool| Mention {
            at,
            sentence,
            name,
            spoke,
        };
        // Each person's surname, to recognise `Aubert` after `Régine Aubert`.
        let mut surnames: HashMap<String, String> = HashMap::new();
        let mut titled = Vec::new();
        for (s, toks) in outside.iter().enumerate() {
            if skipped[s] {
                continue;
            }
            let sentence_start = out.len();
            let mut floor = 0;
            let mut first_verb = true;
            for (v, t) in toks.iter().enumerate() {
                if t.is_quote() {
                    floor = v + 1;
                    first_verb = true;
                }
                if !speaks(toks, v, floor) {
                    continue;
                }
                let first = std::mem::replace(&mut first_verb, false);
                match subject_of(toks, v, floor) {
                    Some(Source::Named(n)) if is_person(&n) && !which_after(toks, floor, v, &n) => {
                        out.push(mention(t.start, s, n, true));
                    }
                    Some(Source::Named(n)) => organisations.push(mention(t.start, s, n, true)),
                    // `One former tenant, who asked not to be named, told the
                    // Herald…`: someone unnamed spoke, and `she` after it is
                    // her, not whoever was named before.
                    // So did `The injured man's daughter, who asked not to
                    // be named`.
                    Some(Source::Unnamed)
                        if first
                            && (toks[floor].in_list(&["a", "an", "one"])
                                || toks[floor..v].iter().any(|t| t.in_list(KIN))) =>
                    {
                        out.push(mention(t.start, s, String::new(), true));
                    }
                    // `He said highs would reach 42C in Marrick and Oldbury
                    // Cross. "…," he said.`: the one `he` stands for is who
                    // spoke, not the places he named.
                    Some(Source::Pronoun(pos)) => {
                        let before = out.partition_point(|m| m.at < pos);
                        if let Some(m) = antecedent(&out[..before], s) {
                            out.push(mention(t.start, s, m.name.clone(), true));
                        }
                    }
                    _ => {}
                }
            }
            // `Kestria's foreign ministry summoned the ambassador. In a
            // statement, it said…`: an organisation opening a sentence is
            // what `it` goes on to mean, as one that spoke is.
            let opening = (2..toks.len().min(6))
                .find_map(|e| organisation_phrase(toks, e, 0).filter(|&(o, _)| o <= 1));
            if let Some((o, name)) = opening {
                organisations.push(mention(toks[o].start, s, name, true));
            }
            let mut i = 0;
            while i < toks.len() {
                let mut end = name_run_end(toks, i);
                // `the Department for Rural Affairs`: an organisation's name
                // runs on through `for` or `of` after the noun that heads it.
                if end > i
                    && toks.get(end).is_some_and(|t| t.in_list(&["for", "of"]))
                    && toks.get(end + 1).is_some_and(Tok::is_cap)
                    && lexicon::is_organisation_word(toks[end - 1].lower)
                {
                    end = name_run_end(toks, end + 1);
                }
                if end == i + 1 {
                    // `Aubert rejected…` after `Mayor Régine Aubert`.
                    if let Some(full) = surnames.get(toks[i].text) {
                        out.push(mention(toks[i].start, s, full.clone(), false));
                    }
                    i = end;
                } else if end > i && after_place_preposition(toks, i) {
                    i = end;
                } else if end > i {
                    if let Some(n) = name_from(&toks[i..end]) {
                        if n.contains(' ') && is_person(&n) {
                            if let Some(last) = n.rsplit(' ').next() {
                                surnames.insert(last.to_string(), n.clone());
                            }
                            if let Some(title) = title_of(&toks[i..end]) {
                                titled.push((mention(toks[i].start, s, n.clone(), false), title));
                            }
                            out.push(mention(toks[i].start, s, n, false));
                        } else if let Some(full) = surnames.get(n.as_str()) {
                            // `Aubert rejected…` after `Mayor Régine Aubert`.
                            out.push(mention(toks[i].start, s, full.clone(), false));
                        } else if n.contains(' ') {
                            organisations.push(mention(toks[i].start, s, n, false));
                        }
                    }
                    i = end;
                } else {
                    i += 1;
                }
            }
            // Kept in order sentence by sentence: the next one's pronouns
            // look back through it.
            out[sentence_start..].sort_by_key(|m| m.at);
        }
        organisations.sort_by_key(|m| m.at);
        // `Calder Ratings cut the rating… Calder said`: a firm is named in
        // full once and then by its first word, as a person by the last.
        let mut firsts: HashMap<&str, Option<&str>> = HashMap::new();
        for m in &organisations {
            let Some((first, rest)) = m.name.split_once(' ') else {
                continue;
            };
            if rest.starts_with(char::is_uppercase) {
                let entry = firsts.entry(first).or_insert(Some(&m.name));
                if *entry != Some(m.name.as_str()) {
                    *entry = None;
                }
            }
        }
        let short_forms = firsts
            .into_iter()
            .filter_map(|(first, full)| Some((first.to_string(), full?.to_string())))
            .filter(|(first, _)| !surnames.contains_key(first))
            .collect();
        Mentions {
            people: out,
            organisations,
            short_forms,
            titled,
        }
    }

    /// The name `source` stands for, in full.
    pub fn resolve(&self, source: Source, sentence: usize) -> Option<String> {
        let name = self
            .resolve_as_written(source, sentence)
            .filter(|n| !n.is_empty())?;
        Some(self.short_forms.get(&name).cloned().unwrap_or(name))
    }

    /// The last person named before `pos` after the title `title`.
    fn titled_before(&self, pos: usize, title: &str) -> Option<String> {
        let before = self.titled.partition_point(|(m, _)| m.at < pos);
        self.titled[..before]
            .iter()
            .rev()
            .find(|(_, t)| t == title)
            .map(|(m, _)| m.name.clone())
    }

    /// The name `source` stands for, when it is not a name itself.
    fn resolve_as_written(&self, source: Source, sentence: usize) -> Option<String> {
        let before =
            |list: &[Mention], pos: usize| -> usize { list.partition_point(|m| m.at < pos) };
        match source {
            Source::Named(n) => Some(n),
            Source::Unnamed => None,
            Source::Pronoun(pos) => antecedent(&self.people[..before(&self.people, pos)], sentence)
                .map(|m| m.name.clone()),
            // An organisation is named in full once, often paragraphs back,
            // and then called `the directorate`; a person by a title
            // (`"…," the chief said` after `Police Chief Sandra Kowalczyk`).
            Source::Definite(pos, head) => {
                if let Some(person) = self.titled_before(pos, &head) {
                    return Some(person);
                }
                // `the department` for `Department for Rural Affairs` too:
                // its head noun comes before `for` or `of`.
                let ends_with_head = |m: &&Mention| {
                    let mut words = m.name.split(' ').peekable();
                    let mut last = "";
                    while let Some(w) = words.next() {
                        let before_of = matches!(words.peek(), Some(&("for" | "of")));
                        if before_of && w.eq_ignore_ascii_case(&head) {
                            return true;
                        }
                        last = w;
                    }
                    last.eq_ignore_ascii_case(&head)
                };
                // Names the lexicon does not know for an organisation's
                // (`Health Directorate`) are among the people.
                let orgs = &self.organisations[..before(&self.organisations, pos)];
                let people = &self.people[..before(&self.people, pos)];
                let org = orgs.iter().rev().find(ends_with_head);
                let other = people.iter().rev().find(ends_with_head);
                let named = org.into_iter().chain(other).max_by_key(|m| m.at);
                // `Brentham Homes said in a statement… "…," the statement
                // said.`: a document speaks for whoever just spoke.
                if named.is_none() && has(DOCUMENTS, &head) {
                    return self.last_speaker(pos, sentence).map(|m| m.name.clone());
                }
                if named.is_some() || !lexicon::is_organisation_word(&head) {
                    return named.map(|m| m.name.clone());
                }
                // `Northreach said… In a statement, the company said…`: the
                // organisation that just spoke, if nothing says it is a
                // person (`Krall` after `Dieter Krall`).
                self.last_speaker_of_kind(pos, sentence)
                    .filter(|&(m, organisation)| {
                        organisation
                            || !is_person(&m.name)
                            || !(m.name.contains(' ') || self.is_surname(&m.name, pos))
                    })
                    .map(|(m, _)| m.name.clone())
            }
            // `The Authority said… It added…`: only what spoke in this
            // sentence or the one before. A name the lexicon takes for a
            // person's (`Halvorsen Propulsion said…`) is an organisation's
            // when `it` goes on from it.
            Source::It(pos) => self.last_speaker(pos, sentence).map(|m| m.name.clone()),
        }
    }
}

/// The person `he` or `she` in `sentence` means, among the `people`
/// named before it.
fn antecedent(people: &[Mention], sentence: usize) -> Option<&Mention> {
    let last = people.last()?;
    // `Birgit Lowe said tenants had written to Grantholm Homes. "…," she
    // said.`: the subject who spoke outranks the names in what she said.
    let m = people
        .iter()
        .rev()
        .take_while(|m| m.sentence == last.sentence)
        .find(|m| m.spoke)
        .unwrap_or(last);
    (m.sentence + PRONOUN_REACH >= sentence).then_some(m)
}

impl Mentions {
    /// The latest person or organisation before `pos` that spoke in
    /// `sentence` or the one before.
    fn last_speaker(&self, pos: usize, sentence: usize) -> Option<&Mention> {
        self.last_speaker_of_kind(pos, sentence).map(|(m, _)| m)
    }

    /// [`Self::last_speaker`], and whether it is among the organisations.
    fn last_speaker_of_kind(&self, pos: usize, sentence: usize) -> Option<(&Mention, bool)> {
        fn spoke(list: &[Mention], pos: usize) -> Option<&Mention> {
            // Someone unnamed is no organisation `it` could mean.
            list[..list.partition_point(|m| m.at < pos)]
                .iter()
                .rev()
                .find(|m| m.spoke && !m.name.is_empty())
        }
        let organisation = spoke(&self.organisations, pos).map(|m| (m, true));
        organisation
            .into_iter()
            .chain(spoke(&self.people, pos).map(|m| (m, false)))
            .max_by_key(|(m, _)| m.at)
            .filter(|(m, _)| m.sentence + 1 >= sentence)
    }

    /// Whether `name` is the surname of a person named in full before `pos`.
    fn is_surname(&self, name: &str, pos: usize) -> bool {
        self.people[..self.people.partition_point(|m| m.at < pos)]
            .iter()
            .any(|m| {
                m.name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last == name)
            })
    }
}

/// The last title word before the name in a run of capitalised words
/// (`minister` in `Prime Minister Helena Marsk`), lowercased. A title
/// needs a name after it: `Prime Minister` alone names no one.
fn title_of(run: &[Tok]) -> Option<String> {
    let words: Vec<&Tok> = run.iter().filter(|t| t.is_word()).collect();
    let last_title = words.iter().rposition(|w| w.in_list(lexicon::TITLES))?;
    (last_title + 2 <= words.len()).then(|| words[last_title].lower.to_string())
}

/// `Beacon Lifecare, which operates nine homes, said`: `which`, not
/// `who`, after the name before a reporting verb at `v` makes it a thing,
/// an organisation that `the company` may go on to mean.
fn which_after(toks: &[Tok], floor: usize, v: usize, name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    toks[floor..v]
        .windows(3)
        .any(|w| w[1].is_punct(',') && w[2].is("which") && w[0].bare() == last)
}

/// `lived on Bay View`, `a farm near Castle Rock`: a name after one of
/// these is a place; so is one after `, from` (`Graham Tolley, 71, from
/// Oxley Green`), where `heard from Malcolm Ferris` is a person.
fn after_place_preposition(toks: &[Tok], i: usize) -> bool {
    i > 0 && toks[i - 1].in_list(PLACE)
        || i > 1 && toks[i - 1].is("from") && toks[i - 2].is_punct(',')
}
