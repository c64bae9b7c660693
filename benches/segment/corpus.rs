//! The bench's texts, made here: news-like prose from a deterministic
//! generator (its words are this file's own), random bytes read as lossy
//! UTF-8, and words without punctuation. Shared by the native bench
//! (`benches/segment.rs`) and the wasm one (`bench/segment-wasm`), so that
//! both measure the same text.

/// The longest prefix of `text` of at most `len` bytes that ends on a char
/// boundary.
pub fn prefix(text: &str, len: usize) -> &str {
    let mut end = len.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Ines", "Tomasz", "Odile", "Kwame", "Lena", "Omar", "Priya", "Dana", "Mateo", "Yuki", "Ana",
    "Felix",
];
const LAST: &[&str] = &[
    "Marsh-Ortiz",
    "Reuel",
    "Brennan",
    "Okafor",
    "Fisk",
    "Haddad",
    "Lindqvist",
    "Reyes",
    "Vance",
    "Sato",
];
const PLACES: &[&str] = &[
    "LISBRIDGE",
    "PORT ELLIS",
    "KESTRAL BAY",
    "NORTHAVEN",
    "SPRINGFIELD, Ill.",
    "SALT HOLLOW",
];
const AGENCIES: &[&str] = &["Meridian Wire", "Coastline News", "Harbor Post"];
const ORGS: &[&str] = &[
    "harbor council",
    "port authority",
    "ferry union",
    "city treasury",
    "coast guard",
    "rail board",
];
const NOUNS: &[&str] = &[
    "schedule",
    "budget",
    "ferry",
    "bridge",
    "timetable",
    "levy",
    "pier",
    "terminal",
    "fleet",
    "tariff",
    "contract",
    "survey",
];
const VERBS: &[&str] = &[
    "rise", "fall", "change", "expand", "shrink", "stall", "recover", "double",
];
const ADJ: &[&str] = &[
    "new",
    "delayed",
    "costly",
    "modest",
    "disputed",
    "temporary",
    "regional",
    "annual",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "Aug.", "Sept.", "Oct.", "Dec.",
];

/// One sentence of news prose, from a rotating set of shapes that touch the
/// splitter's rules: quotes, attributions, abbreviations, numbers, URLs.
fn sentence(r: &mut Rng, out: &mut String) {
    let (f, l) = (r.pick(FIRST), r.pick(LAST));
    let (org, noun, verb, adj) = (r.pick(ORGS), r.pick(NOUNS), r.pick(VERBS), r.pick(ADJ));
    let n = r.below(90) + 2;
    let s = match r.below(12) {
        0 => format!("{f} {l} said on {} that the {adj} {noun} would {verb} by {n} percent.", r.pick(DAYS)),
        1 => format!("\"We expect the {noun} to {verb} next year,\" {l} said."),
        2 => format!("\"Who pays for the {adj} {noun}?\" {l} asked at the hearing."),
        3 => format!("The {org} reported a surplus of ${n}.{} million, up {}.{}% from a year earlier.", r.below(10), r.below(20), r.below(10)),
        4 => format!("Officials said the U.S. plan would take effect at {} a.m. on {} {n}.", r.below(11) + 1, r.pick(MONTHS)),
        5 => format!("Dr. {l} and Mr. {} met the {org} at {} p.m. to discuss the {noun}.", r.pick(LAST), r.below(11) + 1),
        6 => format!("Details are posted at https://www.example.org/{noun}/{adj}-{n}.html for residents."),
        7 => format!("The {adj} {noun} (first proposed in {}) could {verb} again, according to the {org}.", 2000 + n % 26),
        8 => format!("Kessel Bros. Inc. and Vance Ltd. bid on the {noun}, i.e. the {adj} part of the work."),
        9 => format!("\"It will {verb}. It has to,\" {f} {l} told reporters."),
        10 => format!("Residents may comment until {} {n}, the {org} said in a statement.", r.pick(MONTHS)),
        _ => format!("The {org} said the {noun} had slipped... slightly, but no one expected it to {verb} again."),
    };
    out.push_str(&s);
}

/// An article: title, date and byline lines, a dateline, paragraphs with
/// section headings, sometimes a list, and a closing date line.
fn article(r: &mut Rng, out: &mut String) {
    let title: Vec<String> = (0..r.below(4) + 4)
        .map(|_| {
            let w = r.pick(NOUNS);
            w[..1].to_uppercase() + &w[1..]
        })
        .collect();
    out.push_str(&title.join(" "));
    out.push_str(&format!(
        "\n\nPublished Date: {} {}, 2031\n",
        r.below(28) + 1,
        r.pick(MONTHS)
    ));
    out.push_str(&format!("By {} {}\n\n", r.pick(FIRST), r.pick(LAST)));
    out.push_str(&format!("{} ({}) - ", r.pick(PLACES), r.pick(AGENCIES)));
    for p in 0..r.below(8) + 4 {
        if p > 0 && r.below(4) == 0 {
            out.push_str(&format!(
                "The {} {} Question\n\n",
                r.pick(ADJ),
                r.pick(NOUNS)
            ));
        }
        if r.below(6) == 0 {
            for i in 1..=r.below(3) + 2 {
                out.push_str(&format!("{i}. The {} {}\n", r.pick(ADJ), r.pick(NOUNS)));
            }
            out.push('\n');
        }
        for s in 0..r.below(4) + 2 {
            if s > 0 {
                out.push(' ');
            }
            sentence(r, out);
        }
        out.push_str("\n\n");
    }
    out.push_str(&format!(
        "Date: {} {}, 2031\n\n",
        r.below(28) + 1,
        r.pick(MONTHS)
    ));
}

/// News-like text of at least `len` bytes.
pub fn news_text(len: usize) -> String {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(len + 10_000);
    while out.len() < len {
        article(&mut r, &mut out);
    }
    out
}

/// `len` random bytes, read as UTF-8 with invalid sequences replaced.
pub fn random_text(len: usize) -> String {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let bytes: Vec<u8> = (0..len).map(|_| r.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Lower-case words and spaces, no punctuation or line break: one segment.
pub fn no_punctuation_text(len: usize) -> String {
    let mut r = Rng(7);
    let mut out = String::with_capacity(len + 16);
    while out.len() < len {
        out.push_str(r.pick(NOUNS));
        out.push(' ');
    }
    out
}
