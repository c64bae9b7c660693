//! Speed of the sentence splitter against icu_segmenter (placeholder until
//! the benchmark lands).

fn main() {}
