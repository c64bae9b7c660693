//! The formats a document is exchanged in. Each format is a file of its own.

pub mod native;
