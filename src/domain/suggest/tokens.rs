//! The words and punctuation of one sentence, each marked with the quotation
//! it lies in, and a view with every quotation collapsed into one token so
//! attribution patterns (`"…," Reyka said`) read like short phrases.

use super::quotes::QuoteSpan;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct(char),
    /// A whole quotation (index into the quotation list), in the outside view.
    Quote(usize),
}

/// One token; offsets are code points into the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The word as written, and lowercased; empty for punctuation.
    pub text: String,
    pub lower: String,
    /// The quotation this token lies inside, if any.
    pub quote: Option<usize>,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }
    /// A word starting with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is(&self, word: &str) -> bool {
        self.is_word() && self.lower == word
    }
    pub fn in_list(&self, list: &[&str]) -> bool {
        self.is_word() && list.contains(&self.lower.as_str())
    }
}

/// Characters that join two word characters into one word (`U.S`, `O'Neill`,
/// `Marsh-Ortiz`, `0.8`).
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Quotation marks are not tokens: they are where quotations begin and end.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '«'
            | '»'
            | '‹'
            | '›'
            | '„'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Tokens of `chars[start..end]`. `quotes` are the document's quotations in
/// order; the token's `quote` is the one it lies in.
pub fn tokenize(chars: &[char], start: usize, end: usize, quotes: &[QuoteSpan]) -> Vec<Tok> {
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
            let text: String = chars[s..i].iter().collect();
            out.push(Tok {
                start: s,
                end: i,
                kind: Kind::Word,
                lower: text.to_lowercase(),
                text,
                quote,
            });
            continue;
        }
        if !c.is_whitespace() && !is_mark(c) {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(c),
                text: String::new(),
                lower: String::new(),
                quote,
            });
        }
        i += 1;
    }
    out
}

/// `toks` with every run inside one quotation replaced by a single
/// [`Kind::Quote`] token.
pub fn outside(toks: &[Tok]) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks {
        match t.quote {
            None => out.push(t.clone()),
            Some(q) => match out.last_mut() {
                Some(last) if last.kind == Kind::Quote(q) => last.end = t.end,
                _ => out.push(Tok {
                    start: t.start,
                    end: t.end,
                    kind: Kind::Quote(q),
                    text: String::new(),
                    lower: String::new(),
                    quote: Some(q),
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
        let text = "“We won’t stop,” said Marsh-Ortiz of the U.S. team.";
        let chars: Vec<char> = text.chars().collect();
        let quotes = [QuoteSpan { open: 0, close: 16 }];
        let toks = tokenize(&chars, 0, chars.len(), &quotes);
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text.as_str())
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
    }
}
