//! The formats a document is exchanged in. Each format is a file of its own;
//! `anchor` and `import` are shared by the importers.
//!
//! Exports take a document and return a `String`; imports take the file's
//! text (or bytes) and return a `Result` whose error names what is wrong.
//! Imports onto an existing document never change it: they return an
//! [`import::ImportReport`] holding the merged copy and one outcome per
//! annotation.

pub mod anchor;
pub mod csv;
pub mod import;
pub mod markdown;
pub mod native;
pub mod w3c;
