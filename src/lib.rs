//! Marginalia: an in-browser article annotator.
//!
//! - [`domain`]: segmentation, the annotation model and the export formats,
//!   plain Rust that runs natively and in the browser alike.
//! - `web` (wasm32 only): the Leptos page and the localStorage layer on top.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod web;
