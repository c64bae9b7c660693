//! Scores the suggestion engine on the labelled articles and times it.
//!
//! `cargo bench --bench suggest` prints precision, recall and F1 per tag and
//! speaker accuracy for the tuning set (`tests/labelled/`) and the held-out
//! set (`tests/labelled/heldout/`) separately, then the median time to
//! suggest for a ~5,000-word article. `SUGGEST_MISTAKES=1` also lists every
//! mistake on the tuning set (never look at the held-out ones while tuning);
//! `SUGGEST_TUNING_ONLY=1` leaves the held-out figures out altogether.

use std::path::Path;
use std::time::{Duration, Instant};

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::suggest::eval::{
    self, agreement, labelled_twice, score, LabelledArticle, SecondLabels,
};
use marginalia::domain::suggest::suggest;

fn load(dir: &Path) -> Vec<LabelledArticle> {
    load_where(dir, |_| true)
}

fn load_where<T: serde::de::DeserializeOwned>(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<T> {
    eval::load_where(dir, keep).unwrap_or_else(|e| panic!("{e}"))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/labelled");
    let tuning = load(&root);
    let heldout = load(&root.join("heldout"));
    let t = score(&tuning).expect("labels match their texts");
    let h = score(&heldout).expect("labels match their texts");
    print!("{}", t.table("tuning set"));
    // Which kinds of warning reason hold and which misfire, per batch.
    let reasons = std::env::var_os("SUGGEST_REASONS").is_some();
    if reasons {
        print!("{}", t.reasons_table("warning"));
    }
    // The tuning batches written blind, each listed by the hash file that
    // froze its labels: the rules have since been written from them.
    let mut frozen: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/labelled")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sha256"))
        .collect();
    // Batch 10 after batch 9.
    frozen.sort_by_key(|p| (p.as_os_str().len(), p.clone()));
    for list in frozen {
        let text = std::fs::read_to_string(&list).expect("readable hash file");
        let files: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1))
            .collect();
        let batch: Vec<LabelledArticle> = load_where(&root, |f| files.contains(&f));
        let name = list.file_stem().unwrap_or_default().to_string_lossy();
        let b = score(&batch).expect("labels match their texts");
        print!("{}", b.table(&format!("tuning, {name}")));
        if reasons {
            print!("{}", b.reasons_table("warning"));
        }
    }
    // While rules are being written, the held-out figures stay unseen.
    let tuning_only = std::env::var_os("SUGGEST_TUNING_ONLY").is_some();
    if !tuning_only {
        print!("{}", h.table("held-out set, all batches"));
    }
    // Batch 1 was written with the first rules; batches 2 to 7 were
    // written and labelled by people who had never seen them
    // (tests/labelled/README.md).
    let batches = [
        ("held-out batch 1", "heldout-"),
        ("held-out batch 2", "heldout2-"),
        ("held-out batch 3", "heldout3-"),
        ("held-out batch 4", "heldout4-"),
        ("held-out batch 5", "heldout5-"),
        ("held-out batch 6", "heldout6-"),
        ("held-out batch 7", "heldout7-"),
    ];
    for (name, prefix) in batches.into_iter().filter(|_| !tuning_only) {
        let batch: Vec<LabelledArticle> =
            load_where(&root.join("heldout"), |f| f.starts_with(prefix));
        let b = score(&batch).expect("labels match their texts");
        print!("{}", b.table(name));
    }
    if !tuning_only {
        // How far a second person labelling the held-out texts by the same
        // guide agrees with their labels: the most a tagger can be expected
        // to reach (tests/labelled/README.md).
        let second: Vec<SecondLabels> = load_where(&root.join("agreement"), |_| true);
        let twice = labelled_twice(&heldout, &second);
        let a = agreement(&twice, &second).expect("second labels match the texts");
        let title = format!("two labellers on {} held-out texts", twice.len());
        print!("{}", a.table(&title));
    }
    if std::env::var_os("SUGGEST_MISTAKES").is_some() {
        for m in &t.mistakes {
            println!("  - {m}");
        }
    }

    // A long article: the tuning articles one after another.
    let mut text = String::new();
    let mut i = 0;
    while text.split_whitespace().count() < 5_000 {
        text.push_str(&tuning[i % tuning.len()].text);
        text.push_str("\n\n");
        i += 1;
    }
    let words = text.split_whitespace().count();
    let doc = AnnotatedDocument::from_text(&text, "1970-01-01T00:00:00.000Z");
    const RUNS: usize = 41;
    let cpu_before = thread_cpu_ns();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let n = suggest(std::hint::black_box(&doc)).len();
            std::hint::black_box(n);
            start.elapsed()
        })
        .collect();
    let cpu = thread_cpu_ns()
        .zip(cpu_before)
        .map(|(after, before)| (after - before) as f64 / RUNS as f64 / 1e6);
    times.sort();
    println!(
        "suggest on a {words}-word article ({} sentences): median {:.2} ms over {RUNS} runs (min {:.2}, max {:.2})",
        doc.sentences.len(),
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
    );
    if let Some(cpu) = cpu {
        // Wall time counts waiting for a core on a shared machine; this does not.
        println!("  CPU time of this thread: {cpu:.2} ms per run (Linux schedstat)");
    }
}

/// Nanoseconds this thread has spent on a CPU, where Linux reports it.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
