//! localStorage as the page's database. Each document is stored under its own
//! key, so annotating another article never overwrites earlier work, and a
//! pointer names the one that was open.
//!
//! A stored entry that cannot be read is copied aside and never overwritten;
//! a write that fails (quota, blocked storage) is reported and leaves what was
//! stored as it was.

use std::collections::{BTreeSet, HashSet};

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::domain::annotation::Annotation;
use crate::domain::document::{AnnotatedDocument, DocumentMeta, Sentence};
use crate::domain::format::native;

const PREFIX: &str = "marginalia/v1/";
const CURRENT: &str = "marginalia/v1/current";

fn doc_key(id: &str) -> String {
    format!("{PREFIX}doc/{id}")
}

/// What went wrong reading the stored document, in words for the page.
pub struct LoadProblem {
    pub message: String,
    /// The unreadable text as it was stored, for the person to download.
    pub raw: String,
}

pub struct Store {
    available: bool,
    /// Keys holding entries that failed to parse and could not be copied
    /// aside: writing there would destroy the only copy.
    protected: HashSet<String>,
}

impl Store {
    /// Probes localStorage: private modes and policies can block it, and
    /// gloo's accessors panic then.
    pub fn open() -> Self {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| {
                let probe = format!("{PREFIX}probe");
                let ok = s.set_item(&probe, "1").is_ok();
                let _ = s.remove_item(&probe);
                ok
            });
        Store {
            available,
            protected: HashSet::new(),
        }
    }

    pub fn available(&self) -> bool {
        self.available
    }

    /// The document that was open last, if any.
    pub fn load_current(&mut self) -> Result<Option<AnnotatedDocument>, LoadProblem> {
        if !self.available {
            return Ok(None);
        }
        match LocalStorage::get::<String>(CURRENT) {
            Ok(id) => self.load(&id),
            Err(_) => Ok(None),
        }
    }

    /// The stored document with `id`, if any.
    pub fn load(&mut self, id: &str) -> Result<Option<AnnotatedDocument>, LoadProblem> {
        if !self.available {
            return Ok(None);
        }
        let key = doc_key(id);
        let Ok(Some(raw)) = LocalStorage::raw().get_item(&key) else {
            return Ok(None);
        };
        match native::from_json(&raw) {
            Ok(doc) => Ok(Some(doc)),
            Err(e) => Err(self.set_aside(&key, raw, &e.to_string())),
        }
    }

    fn set_aside(&mut self, key: &str, raw: String, reason: &str) -> LoadProblem {
        let aside = format!("{PREFIX}unreadable/{}", js_sys::Date::now() as u64);
        let storage = LocalStorage::raw();
        let copied = storage.set_item(&aside, &raw).is_ok();
        let message = if copied {
            let _ = storage.remove_item(key);
            let _ = storage.remove_item(CURRENT);
            format!(
                "The stored article could not be read ({reason}) It was kept aside unchanged \
                 under \"{aside}\"; download it below."
            )
        } else {
            self.protected.insert(key.to_string());
            format!(
                "The stored article could not be read ({reason}) It stays stored unchanged \
                 and will not be overwritten; download it below."
            )
        };
        LoadProblem { message, raw }
    }

    /// Writes `doc` and marks it as the open one.
    pub fn save(&self, doc: &AnnotatedDocument) -> Result<(), String> {
        if !self.available {
            return Err(
                "This browser blocks localStorage, so work is kept only while the \
                        page is open. Export it before closing."
                    .to_string(),
            );
        }
        let key = doc_key(&doc.document.id);
        if self.protected.contains(&key) {
            return Err(
                "Not saved: an unreadable copy of this article is stored and would be \
                        overwritten. Download it, or export your work."
                    .to_string(),
            );
        }
        // Sentences are derived from the text: storing them would double the
        // space an article takes for nothing.
        let stored = Stored {
            format: &doc.format,
            document: &doc.document,
            sentences: &[],
            annotations: &doc.annotations,
            rejected_suggestions: &doc.rejected_suggestions,
        };
        LocalStorage::set(&key, &stored).map_err(describe)?;
        LocalStorage::set(CURRENT, &doc.document.id).map_err(describe)
    }
}

/// The native format, borrowed, with the sentences left out.
#[derive(serde::Serialize)]
struct Stored<'a> {
    format: &'a str,
    document: &'a DocumentMeta,
    sentences: &'a [Sentence],
    annotations: &'a [Annotation],
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    rejected_suggestions: &'a BTreeSet<String>,
}

fn describe(err: StorageError) -> String {
    match err {
        StorageError::JsError(e) if e.name == "QuotaExceededError" => {
            "Not saved: the browser's storage for this page is full (about 5 MB). Your work is \
             still here; export it now."
                .to_string()
        }
        other => format!("Not saved: {other}. Your work is still here; export it now."),
    }
}
