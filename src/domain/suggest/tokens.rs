//! The words and punctuation of one sentence, each marked with the quotation
//! it lies in, and a view with every quotation collapsed into one token so
//! attribution patterns (`"…," Reyka said`) read like short phrases.
//!
//! Tokens borrow their text from a [`Text`] prepared once per document, so
//! tokenizing an article allocates nothing per word.

use super::lexicon;
use super::quotes::{is_mark, QuoteSpan};

/// A document's text prepared for tokenizing: its characters, a lowercase
/// copy with the same byte offsets, and the byte offset of each character.
pub struct Text<'a> {
    pub text: &'a str,
    pub chars: Vec<char>,
    lower: String,
    byte_of: Vec<usize>,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Self {
        // One pass: every rule reads these, and a long article has a
        // million characters.
        let mut chars = Vec::with_capacity(text.len());
        let mut byte_of = Vec::with_capacity(text.len() + 1);
        let mut lower = text.as_bytes().to_ascii_lowercase();
        for (b, c) in text.char_indices() {
            chars.push(c);
            byte_of.push(b);
            // A letter whose lowercase has another length (`İ`) stays as it
            // is, so both strings share offsets; no word the rules look for
            // has one.
            if !c.is_ascii() && c.is_uppercase() {
                let mut low = c.to_lowercase();
                if let (Some(l), None) = (low.next(), low.next()) {
                    if l.len_utf8() == c.len_utf8() {
                        l.encode_utf8(&mut lower[b..b + l.len_utf8()]);
                    }
                }
            }
        }
        byte_of.push(text.len());
        let lower = String::from_utf8(lower).expect("same-length replacements keep UTF-8");
        Text {
            text,
            chars,
            lower,
            byte_of,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct(char),
    /// A whole quotation (index into the quotation list), in the outside view.
    Quote(usize),
}

/// One token; offsets are code points into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'s> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The word as written, and lowercased; empty for punctuation.
    pub text: &'s str,
    pub lower: &'s str,
    /// The quotation this token lies inside, if any.
    pub quote: Option<usize>,
    /// The lemma when the word is a reporting verb, looked up once here
    /// because several rules ask. Capitalised forms are names (`the United
    /// States`), except `According` opening a sentence.
    pub lemma: Option<&'static str>,
    /// The bits of the [`lexicon::List`]s the lowercased word is in.
    pub classes: u64,
}

impl<'s> Tok<'s> {
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }
    /// A word starting with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.is_word() && self.lower == word
    }
    /// `Iran's`, `the team’s`.
    pub fn is_possessive(&self) -> bool {
        self.lower.ends_with("'s") || self.lower.ends_with("’s")
    }
    /// The word as written without an owner's ending: `Council's` and
    /// `Homes'` are `Council` and `Homes`, so a name found in one place
    /// matches the same name found in another.
    pub fn bare(&self) -> &'s str {
        let text = if self.is_possessive() {
            &self.text[..self.text.len() - 1]
        } else {
            self.text
        };
        text.trim_end_matches(['\'', '’'])
    }
    /// Whether the lowercased word is in `list`: one of the lexicon's, or
    /// a few words written where they are asked for.
    #[inline]
    pub fn in_list(&self, list: impl Words) -> bool {
        self.is_word() && list.hold(self)
    }
}

/// The phrase of `phrases` that the words `words` open with, if any.
/// `phrases` are sorted by their first word, so only those starting with
/// `words[0]` are compared.
pub fn phrase_at<'p>(phrases: &'p [&'p [&'p str]], words: &[&Tok]) -> Option<&'p [&'p str]> {
    let first = words.first()?.lower;
    let from = phrases.partition_point(|p| p[0] < first);
    phrases[from..]
        .iter()
        .take_while(|p| p[0] == first)
        .find(|p| p.len() <= words.len() && p[1..].iter().zip(&words[1..]).all(|(a, b)| b.is(a)))
        .copied()
}

/// Words a token can be looked up in.
pub trait Words {
    fn hold(&self, t: &Tok) -> bool;
}

impl Words for lexicon::List {
    #[inline]
    fn hold(&self, t: &Tok) -> bool {
        debug_assert!(
            self.bit & lexicon::REGISTERED != 0,
            "list not in lexicon::LISTS: {:?}",
            self.words
        );
        t.classes & self.bit != 0
    }
}

/// A handful of words: comparing each costs less than a search.
impl Words for &[&str] {
    #[inline]
    fn hold(&self, t: &Tok) -> bool {
        self.contains(&t.lower)
    }
}

impl<const N: usize> Words for &[&str; N] {
    #[inline]
    fn hold(&self, t: &Tok) -> bool {
        self.as_slice().hold(t)
    }
}

/// Characters that join two word characters into one word (`U.S`, `O'Neill`,
/// `Marsh-Ortiz`, `0.8`).
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Tokens of characters `start..end` of `src`. `quotes` are the document's
/// quotations in order; the token's `quote` is the one it lies in.
pub fn tokenize<'s>(
    src: &'s Text<'_>,
    start: usize,
    end: usize,
    quotes: &[QuoteSpan],
) -> Vec<Tok<'s>> {
    let chars = &src.chars;
    let slice = |a: usize, b: usize| (src.byte_of[a], src.byte_of[b]);
    let mut out = Vec::new();
    let mut q = quotes.partition_point(|q| q.close <= start);
    let mut i = start;
    while i < end {
        while q < quotes.len() && quotes[q].close <= i {
            q += 1;
        }
        let quote = (q < quotes.len() && quotes[q].open <= i).then_some(q);
        let c = chars[i];
        if c.is_alphanumeric() {
            let s = i;
            i += 1;
            while i < end
                && (chars[i].is_alphanumeric()
                    || (joins(chars[i])
                        && i + 1 < end
                        && chars[i + 1].is_alphanumeric()
                        && chars[i - 1].is_alphanumeric()))
            {
                i += 1;
            }
            let (a, b) = slice(s, i);
            let (text, lower) = (&src.text[a..b], &src.lower[a..b]);
            let verb_like = text == lower || lower == "according";
            let entry = lexicon::lookup(lower);
            out.push(Tok {
                start: s,
                end: i,
                kind: Kind::Word,
                text,
                lower,
                quote,
                lemma: entry.lemma.filter(|_| verb_like),
                classes: entry.classes,
            });
            continue;
        }
        if !c.is_whitespace() && !is_mark(c) {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(c),
                text: "",
                lower: "",
                quote,
                lemma: None,
                classes: 0,
            });
        }
        i += 1;
    }
    out
}

/// `toks` with every run inside one quotation replaced by a single
/// [`Kind::Quote`] token.
pub fn outside<'s>(toks: &[Tok<'s>]) -> Vec<Tok<'s>> {
    let mut out: Vec<Tok<'s>> = Vec::with_capacity(toks.len());
    for t in toks {
        match t.quote {
            None => out.push(*t),
            Some(q) => match out.last_mut() {
                Some(last) if last.kind == Kind::Quote(q) => last.end = t.end,
                _ => out.push(Tok {
                    kind: Kind::Quote(q),
                    text: "",
                    lower: "",
                    lemma: None,
                    classes: 0,
                    ..*t
                }),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_quotations_and_keeps_joined_words() {
        let src = Text::new("“We won’t stop,” said Marsh-Ortiz of the U.S. team.");
        let quotes = [QuoteSpan { open: 0, close: 16 }];
        let toks = tokenize(&src, 0, src.chars.len(), &quotes);
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            [
                "We",
                "won’t",
                "stop",
                "said",
                "Marsh-Ortiz",
                "of",
                "the",
                "U.S",
                "team"
            ]
        );
        let out = outside(&toks);
        assert_eq!(out[0].kind, Kind::Quote(0));
        assert!(out[1].is("said"));
        assert_eq!(out[1].lemma, Some("say"));
    }

    #[test]
    fn lowercase_keeps_offsets_and_capitalised_verbs_are_names() {
        let src = Text::new("İstanbul États States said");
        let toks = tokenize(&src, 0, src.chars.len(), &[]);
        let lower: Vec<&str> = toks.iter().map(|t| t.lower).collect();
        assert_eq!(lower, ["İstanbul", "états", "states", "said"]);
        assert_eq!(toks[2].lemma, None);
        assert_eq!(toks[3].lemma, Some("say"));
    }
}
