//! The domain: text, sentences, annotations and their formats, in plain Rust
//! with no web dependency. The page (`crate::web`) and the CLI sit on top of
//! it, and everything here is tested natively with `cargo test`.

pub mod annotation;
pub mod document;
pub mod format;
pub mod history;
pub mod layout;
pub mod library;
pub mod merge;
pub mod migrate;
pub mod review;
pub mod segment;
pub mod span;
pub mod suggest;
pub mod tag;
pub mod text;
pub mod time;
pub mod vocabulary;
