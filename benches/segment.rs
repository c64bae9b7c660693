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
//! Each figure is the best of several timed samples (at least 3, for at
//! least about a second; small texts are split several times per sample).
//! On 64-bit Linux the clock is the CPU time of the bench thread, so that
//! waiting for a core on a shared, loaded machine does not count; elsewhere
//! it is wall time. The header
//! says which. Both splitters are asked for the same thing, the list of
//! segments, so both pay for collecting their output.

use std::hint::black_box;
use std::time::{Duration, Instant};

use icu_segmenter::options::SentenceBreakInvariantOptions;
use icu_segmenter::SentenceSegmenter;
use marginalia::domain::segment::split;

#[path = "segment/corpus.rs"]
mod corpus;
use corpus::{news_text, no_punctuation_text, prefix, random_text};

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
    let clock = Clock::new();
    println!(
        "Sentence splitting, best of samples ({}), MB = 10^6 bytes of UTF-8",
        clock.name()
    );
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
        let ours = measure(&clock, text, &ours_split);
        let ours_segs = split(text).len();
        if compare {
            let theirs = measure(&clock, text, &icu_split);
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

/// CPU time this thread has run, from the C library's
/// `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` (std links it anyway; no
/// crate needed). `/proc/thread-self/schedstat` would be simpler but is
/// only updated at scheduler ticks, too coarse for millisecond samples.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec for the call's duration.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    ok.then(|| Duration::new(t.sec as u64, t.nsec as u32))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Option<Duration> {
    None
}

/// Reads the clock the bench uses: CPU time if available, else wall time.
struct Clock {
    cpu: bool,
    start: Instant,
}

impl Clock {
    fn new() -> Self {
        Clock {
            cpu: cpu_time().is_some(),
            start: Instant::now(),
        }
    }
    fn now(&self) -> Duration {
        match self.cpu {
            true => cpu_time().unwrap_or_default(),
            false => self.start.elapsed(),
        }
    }
    fn name(&self) -> &'static str {
        match self.cpu {
            true => "CPU time of the bench thread",
            false => "wall time",
        }
    }
}

/// Throughput in MB/s of `f` on `text`: the best of at least 3 samples and
/// of as many as fit in about a second, each sample lasting at least 10 ms.
fn measure<T>(clock: &Clock, text: &str, f: &dyn Fn(&str) -> T) -> f64 {
    let t = clock.now();
    black_box(f(black_box(text)));
    let once = (clock.now() - t).max(Duration::from_micros(1));
    let reps = (Duration::from_millis(10).as_nanos() / once.as_nanos()).clamp(1, 10_000) as u32;
    let mut best = Duration::MAX;
    let started = Instant::now();
    let mut runs = 0;
    while runs < 3 || (started.elapsed() < Duration::from_secs(1) && runs < 1000) {
        let t = clock.now();
        for _ in 0..reps {
            black_box(f(black_box(text)));
        }
        best = best.min((clock.now() - t) / reps);
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
