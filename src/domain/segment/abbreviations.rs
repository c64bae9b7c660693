//! Words that a period does not necessarily end: titles, months, states,
//! corporate suffixes, Latin shorthands, dotted acronyms, initials; and the
//! small closed word lists the boundary rules consult (sentence starters,
//! reporting verbs).
//!
//! Lookups copy at most [`MAX`] bytes into a stack buffer, lower-case ASCII
//! there and `match` on the bytes: no allocation per candidate.

/// Longest word the tables hold, in bytes.
pub(super) const MAX: usize = 16;

/// How a word before a period treats that period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbrev {
    /// Stands before a name (`Mr.`, `Dr.`, `Mt.`) or is Latin shorthand
    /// that never ends a sentence (`e.g.`, `i.e.`, `vs.`, `cf.`).
    Prepositive,
    /// `St.`/`Ft.`: Saint and Fort before a name, street and feet after a
    /// number (`5th st.`, `10 ft.`).
    SaintOrStreet,
    /// Ends a sentence before a capital, not before a number: months,
    /// states, `etc.`, `No.`, `Fig.`, `p.`-style references, `et al.`.
    Plain,
    /// Follows a name (`Jr.`, `Inc.`, `Co.`): ends a sentence only when a
    /// typical sentence opener follows (`Co. It closed` but `Inc. Chief
    /// Executive`).
    Postpositive,
    /// Dotted letters (`U.S.`, `E.U.`, `Ph.D.`): as [`Abbrev::Postpositive`].
    Acronym,
    /// `a.m.`, `p.m.`: end a sentence before a capital unless the sentence so
    /// far is only a fronted time (`At 5 a.m. Mr. Smith went…`).
    Time,
    /// One letter: an initial (`Jonas E. Smith`) or a variable (`to v. Then`).
    Initial,
    /// The pronoun `I`, an initial only after a capitalised name.
    PronounI,
}

/// Lower-cases ASCII of `word` into `buf`; `None` if it is too long.
#[inline]
pub(super) fn lower<'b>(word: &[u8], buf: &'b mut [u8; MAX]) -> Option<&'b [u8]> {
    if word.len() > MAX {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..word.len()])
}

/// The class of `word` (the text right before a period, without it).
pub(super) fn classify(word: &str) -> Option<Abbrev> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return None,
        (Some('I'), None) => return Some(Abbrev::PronounI),
        (Some(c), None) if c.is_alphabetic() => return Some(Abbrev::Initial),
        _ => {}
    }
    let mut buf = [0u8; MAX];
    let w = lower(word.as_bytes(), &mut buf)?;
    let class = match w {
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mmes" | b"mme" | b"mlle" | b"dr" | b"drs"
        | b"prof" | b"profs" | b"rev" | b"revd" | b"hon" | b"pres" | b"gen" | b"lt" | b"col"
        | b"maj" | b"capt" | b"cmdr" | b"cdr" | b"adm" | b"sgt" | b"cpl" | b"pvt" | b"brig"
        | b"lieut" | b"gov" | b"govs" | b"sen" | b"sens" | b"rep" | b"reps" | b"supt" | b"insp"
        | b"det" | b"atty" | b"amb" | b"fr" | b"msgr" | b"sra" | b"srta" | b"mt" | b"mts"
        | b"e.g" | b"i.e" | b"eg" | b"ie" | b"cf" | b"viz" | b"vs" | b"ca" | b"approx"
        | b"incl" | b"esp" | b"resp" | b"ibid" | b"op" | b"a.k.a" | b"aka" => Abbrev::Prepositive,
        b"st" | b"ft" => Abbrev::SaintOrStreet,
        b"jr" | b"sr" | b"inc" | b"ltd" | b"co" | b"corp" | b"llc" | b"plc" | b"bros" | b"esq"
        | b"cos" | b"lp" | b"llp" => Abbrev::Postpositive,
        b"etc" | b"al" | b"no" | b"nos" | b"nr" | b"n\xc2\xb0" | b"n\xc2\xba" | b"p" | b"pp"
        | b"fig" | b"figs" | b"vol" | b"vols" | b"ch" | b"chap" | b"sec" | b"secs" | b"art"
        | b"arts" | b"para" | b"eq" | b"eqs" | b"ref" | b"refs" | b"pt" | b"pts" | b"tab"
        | b"ed" | b"eds" | b"dept" | b"est" | b"govt" | b"univ" | b"assn" | b"natl" | b"intl"
        | b"ave" | b"blvd" | b"rd" | b"hwy" | b"hr" | b"hrs" | b"min" | b"mins" | b"yr"
        | b"yrs" | b"wk" | b"wks" | b"mo" | b"mos" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun"
        | b"jul" | b"aug" | b"sep" | b"sept" | b"oct" | b"nov" | b"dec" | b"mon" | b"tue"
        | b"tues" | b"wed" | b"thu" | b"thur" | b"thurs" | b"fri" | b"sat" | b"sun" | b"ala"
        | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del" | b"fla" | b"ga" | b"ill"
        | b"ind" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass" | b"mich" | b"minn"
        | b"miss" | b"mont" | b"neb" | b"nebr" | b"nev" | b"okla" | b"ore" | b"pa" | b"penn"
        | b"tenn" | b"tex" | b"vt" | b"va" | b"wash" | b"wis" | b"wisc" | b"wyo" => Abbrev::Plain,
        b"a.m" | b"p.m" => Abbrev::Time,
        _ if is_dotted_acronym(w) => Abbrev::Acronym,
        _ => return None,
    };
    Some(class)
}

/// `u.s`, `e.u`, `ph.d`, `j.r.r`: letters in groups of one or two, joined
/// by periods.
fn is_dotted_acronym(w: &[u8]) -> bool {
    let mut groups = 0;
    for part in w.split(|&b| b == b'.') {
        if part.is_empty() || part.len() > 2 || !part.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// Names that carry an exclamation mark (`Yahoo! Research`).
pub(super) fn is_exclamation_name(word: &str) -> bool {
    let mut buf = [0u8; MAX];
    matches!(
        lower(word.as_bytes(), &mut buf),
        Some(b"yahoo" | b"jeopardy" | b"yum")
    )
}

/// Words that typically open an English sentence: after `U.S.` or `Co.` a
/// capitalised word from this list means a new sentence (`U.S. How about
/// you?`), any other one a name (`U.S. Government`).
pub(super) fn is_sentence_starter(lower_word: &[u8]) -> bool {
    matches!(
        lower_word,
        b"a" | b"an"
            | b"the"
            | b"i"
            | b"he"
            | b"she"
            | b"it"
            | b"we"
            | b"they"
            | b"you"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"his"
            | b"her"
            | b"its"
            | b"our"
            | b"their"
            | b"my"
            | b"your"
            | b"how"
            | b"what"
            | b"when"
            | b"where"
            | b"why"
            | b"who"
            | b"which"
            | b"whose"
            | b"but"
            | b"and"
            | b"so"
            | b"yet"
            | b"or"
            | b"however"
            | b"meanwhile"
            | b"still"
            | b"also"
            | b"then"
            | b"now"
            | b"thus"
            | b"hence"
            | b"therefore"
            | b"moreover"
            | b"furthermore"
            | b"instead"
            | b"indeed"
            | b"although"
            | b"though"
            | b"while"
            | b"if"
            | b"as"
            | b"after"
            | b"before"
            | b"since"
            | b"because"
            | b"despite"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"from"
            | b"with"
            | b"by"
            | b"during"
            | b"until"
            | b"once"
            | b"later"
            | b"earlier"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"last"
            | b"next"
            | b"some"
            | b"many"
            | b"most"
            | b"all"
            | b"each"
            | b"every"
            | b"no"
            | b"not"
            | b"both"
            | b"neither"
            | b"either"
            | b"such"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"do"
            | b"does"
            | b"did"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"may"
            | b"might"
            | b"has"
            | b"have"
            | b"had"
            | b"let"
            | b"please"
            | b"yes"
    )
}

/// Verbs of saying: a name or pronoun and one of these right after a quoted
/// question continue its sentence (`"…?" Marsh-Ortiz asked`).
pub(super) fn is_reporting_verb(lower_word: &[u8]) -> bool {
    matches!(
        lower_word,
        b"asked"
            | b"asks"
            | b"said"
            | b"says"
            | b"added"
            | b"adds"
            | b"replied"
            | b"replies"
            | b"shouted"
            | b"shouts"
            | b"told"
            | b"tells"
            | b"wrote"
            | b"writes"
            | b"continued"
            | b"explained"
            | b"insisted"
            | b"noted"
            | b"demanded"
            | b"wondered"
            | b"cried"
            | b"exclaimed"
            | b"answered"
            | b"declared"
            | b"warned"
            | b"whispered"
            | b"yelled"
            | b"tweeted"
            | b"posted"
            | b"argued"
            | b"recalled"
            | b"responded"
            | b"stated"
            | b"acknowledged"
            | b"admitted"
            | b"observed"
            | b"remarked"
            | b"countered"
            | b"concluded"
            | b"urged"
            | b"inquired"
            | b"enquired"
            | b"queried"
            | b"pressed"
            | b"pleaded"
            | b"screamed"
            | b"murmured"
            | b"muttered"
            | b"joked"
            | b"quipped"
            | b"snapped"
            | b"challenged"
            | b"mused"
    )
}

/// A weekday written out in full, lowercase.
pub(super) fn is_weekday_name(lower_word: &[u8]) -> bool {
    matches!(
        lower_word,
        b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday" | b"sunday"
    )
}

/// Words that go on a time rather than start a sentence (`6 a.m. Sunday`,
/// `9 p.m. ET`).
pub(super) fn is_time_follower(lower_word: &[u8]) -> bool {
    is_weekday_name(lower_word)
        || matches!(
            lower_word,
            b"et"
                | b"est"
                | b"edt"
                | b"ct"
                | b"cst"
                | b"cdt"
                | b"mt"
                | b"mst"
                | b"pt"
                | b"pst"
                | b"pdt"
                | b"gmt"
                | b"utc"
                | b"bst"
                | b"cet"
                | b"cest"
                | b"ist"
        )
}

/// German month names that are not also English ones (`3. April` could be
/// either language, so it is left to the general rule).
pub(super) fn is_german_month(lower_word: &[u8]) -> bool {
    matches!(
        lower_word,
        b"januar" | b"februar" | b"mai" | b"juni" | b"juli" | b"oktober" | b"dezember"
    )
}

/// Words that open a fronted time phrase (`At 5 a.m. Mr. Smith…`).
pub(super) fn is_time_intro(lower_word: &[u8]) -> bool {
    matches!(
        lower_word,
        b"at"
            | b"by"
            | b"around"
            | b"about"
            | b"until"
            | b"till"
            | b"before"
            | b"after"
            | b"from"
            | b"since"
            | b"shortly"
            | b"just"
            | b"starting"
            | b"beginning"
            | b"early"
            | b"late"
            | b"on"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_table_and_shape() {
        assert_eq!(classify("Mr"), Some(Abbrev::Prepositive));
        assert_eq!(classify("e.g"), Some(Abbrev::Prepositive));
        assert_eq!(classify("Co"), Some(Abbrev::Postpositive));
        assert_eq!(classify("Calif"), Some(Abbrev::Plain));
        assert_eq!(classify("Sept"), Some(Abbrev::Plain));
        assert_eq!(classify("U.S.A"), Some(Abbrev::Acronym));
        assert_eq!(classify("P.M"), Some(Abbrev::Time));
        assert_eq!(classify("E"), Some(Abbrev::Initial));
        assert_eq!(classify("I"), Some(Abbrev::PronounI));
        assert_eq!(classify("N°"), Some(Abbrev::Plain));
        assert_eq!(classify("Washington"), None);
        assert_eq!(classify("example.com"), None);
        assert_eq!(classify("averyveryverylongwordindeed"), None);
    }
}
