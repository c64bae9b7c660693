//! Speed of the sentence splitter, side by side with icu_segmenter's UAX #29
//! sentence segmenter (compiled data), and the Golden Rules score of both.
//!
//! `cargo bench --bench segment` prints one table. Texts: the shared
//! Sherlock Holmes corpus (skipped with a note where ../shared is missing), a
//! news-like text made here by a deterministic generator (its words are
//! this file's own), prefixes of it at 0.1, 1 and 10 MB to show the cost
//! grows linearly, 10 MB of random bytes read as lossy UTF-8, and 1 MB of
//! words without any punctuation.
//!
//! Each figure is the best of several runs (at least 3, for at least about
//! a second): on a shared machine the best run is the one least disturbed
//! by other work. Both splitters are asked for the same thing, the list of
//! segments, so both pay for collecting their output.

use std::hint::black_box;
use std::time::{Duration, Instant};

use icu_segmenter::options::SentenceBreakInvariantOptions;
use icu_segmenter::SentenceSegmenter;
use marginalia::domain::segment::split;

const MB: f64 = 1_000_000.0;

fn main() {
    let icu = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let icu_split = |text: &str| -> Vec<usize> { icu.segment_str(text).collect() };
    let ours_split = |text: &str| split(text);

    let news = news_text(10_000_000);
    let news_5 = prefix(&news, 5_000_000);
    let sherlock = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/sherlock-holmes.txt"
    ))
    .ok();
    let random = random_text(10_000_000);
    let plain = no_punctuation_text(1_000_000);

    println!();
    println!("Sentence splitting, best of runs, MB = 10^6 bytes of UTF-8");
    println!(
        "{:<34} {:>8} {:>10} {:>10} {:>12} {:>7} {:>9} {:>9}",
        "text", "MB", "ours MB/s", "icu MB/s", "ours/icu", "", "ours segs", "icu segs"
    );
    let mut rows: Vec<(String, &str, bool)> = Vec::new();
    match &sherlock {
        Some(t) => rows.push(("sherlock-holmes.txt".into(), t, true)),
        None => println!("(sherlock-holmes.txt skipped: ../shared/corpus is missing)"),
    }
    rows.push(("news-like (generated)".into(), news_5, true));
    for size in [100_000, 1_000_000, 10_000_000] {
        rows.push((
            format!("news-like prefix {} MB", size as f64 / MB),
            prefix(&news, size),
            false,
        ));
    }
    rows.push(("random bytes as text (lossy)".into(), &random, false));
    rows.push(("no punctuation".into(), &plain, false));

    // `cargo bench --bench segment -- WORD` keeps only rows naming WORD.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    rows.retain(|(name, _, _)| {
        filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()))
    });
    for (name, text, compare) in rows {
        let ours = measure(text, &ours_split);
        let ours_segs = split(text).len();
        if compare {
            let theirs = measure(text, &icu_split);
            let icu_segs = icu_split(text).len().saturating_sub(1);
            let ratio = ours / theirs;
            let verdict = if ratio >= 1.0 { "faster" } else { "slower" };
            println!(
                "{name:<34} {:>8.2} {ours:>10.1} {theirs:>10.1} {ratio:>11.2}x {verdict:>7} {ours_segs:>9} {icu_segs:>9}",
                text.len() as f64 / MB
            );
        } else {
            println!(
                "{name:<34} {:>8.2} {ours:>10.1} {:>10} {:>12} {:>7} {ours_segs:>9} {:>9}",
                text.len() as f64 / MB,
                "-",
                "-",
                "",
                "-"
            );
        }
    }

    println!();
    match golden_scores(&icu_split) {
        Some((ours, theirs, total)) => {
            println!("Golden Rules (golden_rules_en.json): ours {ours}/{total}, icu_segmenter {theirs}/{total}")
        }
        None => println!("Golden Rules skipped: ../shared/segmentation is missing"),
    }
}

/// Throughput in MB/s of `f` on `text`: the best of at least 3 runs and of
/// as many as fit in about a second.
fn measure<T>(text: &str, f: &dyn Fn(&str) -> T) -> f64 {
    black_box(f(black_box(text)));
    let mut best = Duration::MAX;
    let started = Instant::now();
    let mut runs = 0;
    while runs < 3 || (started.elapsed() < Duration::from_secs(1) && runs < 1000) {
        let t = Instant::now();
        black_box(f(black_box(text)));
        best = best.min(t.elapsed());
        runs += 1;
    }
    text.len() as f64 / MB / best.as_secs_f64()
}

/// Golden Rules cases passed by ours and by icu_segmenter, and the total.
fn golden_scores(icu: &dyn Fn(&str) -> Vec<usize>) -> Option<(usize, usize, usize)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/segmentation/golden_rules_en.json"
    );
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let (mut ours, mut theirs) = (0, 0);
    for case in &cases {
        let text = case["text"].as_str()?;
        let expected: Vec<&str> = case["expected"]
            .as_array()?
            .iter()
            .filter_map(|e| e.as_str().map(str::trim))
            .collect();
        let got: Vec<&str> = split(text)
            .iter()
            .map(|s| text[s.start..s.end].trim())
            .collect();
        ours += usize::from(got == expected);
        let breaks = icu(text);
        let got: Vec<&str> = breaks
            .windows(2)
            .map(|w| text[w[0]..w[1]].trim())
            .filter(|s| !s.is_empty())
            .collect();
        theirs += usize::from(got == expected);
    }
    Some((ours, theirs, cases.len()))
}

/// The longest prefix of `text` of at most `len` bytes that ends on a char
/// boundary.
fn prefix(text: &str, len: usize) -> &str {
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
fn news_text(len: usize) -> String {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(len + 10_000);
    while out.len() < len {
        article(&mut r, &mut out);
    }
    out
}

/// `len` random bytes, read as UTF-8 with invalid sequences replaced.
fn random_text(len: usize) -> String {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let bytes: Vec<u8> = (0..len).map(|_| r.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Lower-case words and spaces, no punctuation or line break: one segment.
fn no_punctuation_text(len: usize) -> String {
    let mut r = Rng(7);
    let mut out = String::with_capacity(len + 16);
    while out.len() < len {
        out.push_str(r.pick(NOUNS));
        out.push(' ');
    }
    out
}
