//! localStorage as the page's database (schema v2, see
//! [`crate::domain::migrate`]): each article's text once under its
//! fingerprint, a compact record per article, a pointer to the open one.
//!
//! A stored entry that cannot be read is copied aside and never overwritten;
//! a write that fails (quota, blocked storage) is reported and leaves what was
//! stored as it was. A write notices when another tab changed the article
//! since this tab last read it, and merges by annotation id instead of
//! overwriting.

use std::collections::{BTreeMap, HashMap, HashSet};

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::domain::document::{document_id, AnnotatedDocument};
use crate::domain::library::backup::Article;
use crate::domain::library::{self, detect_published, Record};
use crate::domain::merge::{merge_documents, Conflict};
use crate::domain::migrate::{self, keys, SCHEMA_KEY};

/// Chromium's and Firefox's localStorage quota per origin, in UTF-16 code
/// units of keys and values.
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// What went wrong reading a stored article, in words for the page.
pub struct LoadProblem {
    pub message: String,
    /// The unreadable text as it was stored, for the person to download.
    pub raw: String,
}

/// An entry kept aside because it could not be read.
#[derive(Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
}

/// A deleted article, held so the deletion can be undone.
#[derive(Clone)]
pub struct Deleted {
    pub record: Record,
    /// The text, if no other article shared it and it was removed too.
    pub text: Option<String>,
}

pub struct Store {
    storage: Option<Storage>,
    /// The record as last read from or written to storage, per article: the
    /// base of a three-way merge, and how a write by another tab is noticed.
    synced: HashMap<String, String>,
    /// Keys holding entries that failed to parse and could not be copied
    /// aside: writing there would destroy the only copy.
    protected: HashSet<String>,
    /// Each article's text fingerprint: an article's text never changes.
    fingerprints: HashMap<String, String>,
    /// Each article's publication date as last read or written.
    published: HashMap<String, Option<String>>,
    /// What happened while opening (a migration, its problems), for the page.
    pub notes: Vec<String>,
    pub startup_error: Option<String>,
}

impl Store {
    /// Probes localStorage (private modes and policies can block it) and
    /// brings what is stored up to the current schema.
    pub fn open() -> Self {
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .filter(|s| {
                let probe = "marginalia/probe";
                let ok = s.set_item(probe, "1").is_ok();
                let _ = s.remove_item(probe);
                ok
            });
        let mut store = Store {
            storage,
            synced: HashMap::new(),
            protected: HashSet::new(),
            fingerprints: HashMap::new(),
            published: HashMap::new(),
            notes: Vec::new(),
            startup_error: None,
        };
        store.migrate();
        store
    }

    pub fn available(&self) -> bool {
        self.storage.is_some()
    }

    /// Whether `key` is stored, without copying its value out: a text is
    /// megabytes, and a save only needs to know that it is there.
    fn has(&self, key: &str) -> bool {
        self.storage.as_ref().is_some_and(|s| {
            js_sys::Reflect::has(s, &wasm_bindgen::JsValue::from_str(key)).unwrap_or(false)
        })
    }

    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        let storage = self.storage.as_ref().ok_or_else(blocked)?;
        if self.protected.contains(key) {
            return Err(
                "Not saved: an unreadable copy of this article is stored and would be \
                 overwritten. Download it, or export your work."
                    .to_string(),
            );
        }
        storage.set_item(key, value).map_err(describe)
    }

    fn remove(&self, key: &str) {
        if let Some(s) = &self.storage {
            let _ = s.remove_item(key);
        }
    }

    /// Every key, read before any change: removing while walking by index
    /// would skip entries.
    fn keys(&self) -> Vec<String> {
        let Some(s) = &self.storage else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
    }

    fn migrate(&mut self) {
        let entries: BTreeMap<String, String> = self
            .keys()
            .into_iter()
            .filter(|k| k.starts_with("marginalia/"))
            .filter_map(|k| Some((k.clone(), self.get(&k)?)))
            .collect();
        match migrate::migrate(&entries) {
            Ok(Some(migration)) => {
                for change in &migration.changes {
                    for (k, v) in &change.set {
                        if let Err(e) = self.set(k, v) {
                            // Old entries are removed only after their new
                            // copies are written, so stopping here loses
                            // nothing; the next load continues.
                            self.startup_error = Some(format!(
                                "Could not finish upgrading the stored library: {e}"
                            ));
                            return;
                        }
                    }
                    for k in &change.remove {
                        self.remove(k);
                    }
                }
                self.notes.extend(migration.notes);
            }
            Ok(None) => {
                if !entries.contains_key(SCHEMA_KEY) && self.storage.is_some() {
                    let _ = self.set(SCHEMA_KEY, &migrate::CURRENT_VERSION.to_string());
                }
            }
            Err(e) => {
                // A newer page's data: leave it alone and write nothing.
                self.startup_error = Some(e);
                self.storage = None;
            }
        }
    }

    /// The document that was open last, if any.
    pub fn load_current(&mut self) -> Result<Option<AnnotatedDocument>, LoadProblem> {
        match self.get(keys::CURRENT) {
            Some(id) => self.load(&id),
            None => Ok(None),
        }
    }

    pub fn set_current(&self, id: Option<&str>) {
        match id {
            Some(id) if self.get(keys::CURRENT).as_deref() != Some(id) => {
                let _ = self.set(keys::CURRENT, id);
            }
            Some(_) => {}
            None => self.remove(keys::CURRENT),
        }
    }

    /// The stored document with `id`, if any.
    pub fn load(&mut self, id: &str) -> Result<Option<AnnotatedDocument>, LoadProblem> {
        let key = keys::doc(id);
        let Some(raw) = self.get(&key) else {
            return Ok(None);
        };
        match self.document_of(&raw) {
            Ok(doc) => {
                self.synced.insert(id.to_string(), raw);
                Ok(Some(doc))
            }
            Err(e) => Err(self.set_aside(&key, raw, &e)),
        }
    }

    fn document_of(&self, raw: &str) -> Result<AnnotatedDocument, String> {
        let record = Record::parse(raw)?;
        let text = self
            .get(&keys::text(&record.text))
            .ok_or("its text is missing")?;
        record.document(&text)
    }

    fn set_aside(&mut self, key: &str, raw: String, reason: &str) -> LoadProblem {
        let name = key.rsplit('/').next().unwrap_or("entry");
        let aside = keys::unreadable(&format!("{name}-{}", js_sys::Date::now() as u64));
        let copied = self.set(&aside, &raw).is_ok();
        let message = if copied {
            self.remove(key);
            if self.get(keys::CURRENT).is_some_and(|c| key.ends_with(&c)) {
                self.remove(keys::CURRENT);
            }
            format!(
                "A stored article could not be read ({reason}). It was kept aside unchanged \
                 under \"{aside}\"; download it from the library. Every other article still opens."
            )
        } else {
            self.protected.insert(key.to_string());
            format!(
                "A stored article could not be read ({reason}). It stays stored unchanged \
                 and will not be overwritten; download it from the library."
            )
        };
        LoadProblem { message, raw }
    }

    /// Every readable article's record, most recently changed first; entries
    /// that fail to parse are set aside and reported.
    pub fn records(&mut self) -> (Vec<Record>, Vec<LoadProblem>) {
        let mut records = Vec::new();
        let mut problems = Vec::new();
        for key in self.keys() {
            if !key.starts_with(keys::DOC) || self.protected.contains(&key) {
                continue;
            }
            let Some(raw) = self.get(&key) else { continue };
            match Record::parse(&raw) {
                Ok(r) => records.push(r),
                Err(e) => problems.push(self.set_aside(&key, raw, &e)),
            }
        }
        library::sort_recent_first(&mut records);
        (records, problems)
    }

    /// Entries kept aside, and unreadable entries that could not be moved.
    pub fn unreadable(&self) -> Vec<Unreadable> {
        let mut out: Vec<Unreadable> = self
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(keys::UNREADABLE) || self.protected.contains(k))
            .filter_map(|key| {
                let raw = self.get(&key)?;
                Some(Unreadable { key, raw })
            })
            .collect();
        out.sort_by(|a, b| a.key.cmp(&b.key));
        out
    }

    pub fn text(&self, fingerprint: &str) -> Option<String> {
        self.get(&keys::text(fingerprint))
    }

    /// Writes `doc`. If another tab wrote it since this tab last read it,
    /// the two are merged by annotation id first; the merged document and the
    /// annotations both sides changed are returned for the page to show.
    pub fn save(
        &mut self,
        doc: &AnnotatedDocument,
    ) -> Result<Option<(AnnotatedDocument, Vec<Conflict>)>, String> {
        if self.storage.is_none() {
            return Err(blocked());
        }
        let id = doc.document.id.clone();
        let key = keys::doc(&id);
        // Read back every time: another tab, or anything else, may have
        // written since. Unchanged, it needs no parsing for its date.
        let stored = self.get(&key);
        let unchanged = stored.is_some() && self.synced.get(&id) == stored.as_ref();
        let mut published = if unchanged {
            self.published.get(&id).cloned()
        } else {
            None
        };
        let mut merged = None;
        if let Some(raw) = &stored {
            if published.is_none() {
                if let Ok(record) = Record::parse(raw) {
                    published = Some(record.published.clone());
                }
            }
            if self.synced.get(&id) != Some(raw) {
                match self.document_of(raw) {
                    Ok(theirs) => {
                        let base = self.synced.get(&id).and_then(|b| self.document_of(b).ok());
                        merged = Some(merge_documents(base.as_ref(), doc, &theirs));
                    }
                    Err(e) => {
                        let problem = self.set_aside(&key, raw.clone(), &e);
                        if self.protected.contains(&key) {
                            return Err(problem.message);
                        }
                    }
                }
            }
        }
        let to_write = merged.as_ref().map_or(doc, |(d, _)| d);
        let published = published.unwrap_or_else(|| detect_published(to_write.text()));
        let fingerprint = self
            .fingerprints
            .entry(id.clone())
            .or_insert_with(|| document_id(to_write.text()))
            .clone();
        let record = Record::of_text(to_write, published, fingerprint);
        let text_key = keys::text(&record.text);
        let new_text = !self.has(&text_key);
        if new_text {
            self.set(&text_key, to_write.text())?;
        }
        let json = record.to_json();
        if stored.as_ref() != Some(&json) {
            if let Err(e) = self.set(&key, &json) {
                if new_text {
                    self.remove(&text_key);
                }
                return Err(e);
            }
        }
        self.published.insert(id.clone(), record.published.clone());
        self.synced.insert(id, json);
        Ok(merged)
    }

    /// Changes a stored article's record (title, publication date).
    pub fn update_record(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Record),
    ) -> Result<(), String> {
        let key = keys::doc(id);
        let raw = self.get(&key).ok_or("That article is no longer stored.")?;
        let mut record = Record::parse(&raw)?;
        change(&mut record);
        self.set(&key, &record.to_json())
    }

    /// Stores a copy of article `id`; returns the copy's id.
    pub fn duplicate(&mut self, id: &str, now: &str) -> Result<String, String> {
        let raw = self
            .get(&keys::doc(id))
            .ok_or("That article is no longer stored.")?;
        let record = Record::parse(&raw)?;
        let (all, _) = self.records();
        let taken: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
        let copy = library::duplicate(&record, &library::copy_id(&record.text, &taken), now);
        self.set(&keys::doc(&copy.id), &copy.to_json())?;
        Ok(copy.id)
    }

    /// Removes article `id`, and its text if no copy shares it.
    pub fn delete(&mut self, id: &str) -> Result<Deleted, String> {
        let raw = self
            .get(&keys::doc(id))
            .ok_or("That article is no longer stored.")?;
        let record = Record::parse(&raw)?;
        let (all, _) = self.records();
        let shared = all.iter().any(|r| r.id != id && r.text == record.text);
        let text = if shared {
            None
        } else {
            self.text(&record.text)
        };
        self.remove(&keys::doc(id));
        if text.is_some() {
            self.remove(&keys::text(&record.text));
        }
        if self.get(keys::CURRENT).as_deref() == Some(id) {
            self.remove(keys::CURRENT);
        }
        self.synced.remove(id);
        Ok(Deleted { record, text })
    }

    pub fn restore(&mut self, deleted: &Deleted) -> Result<(), String> {
        if let Some(text) = &deleted.text {
            self.set(&keys::text(&deleted.record.text), text)?;
        }
        self.set(&keys::doc(&deleted.record.id), &deleted.record.to_json())
    }

    /// Every readable article, whole, for a backup.
    pub fn articles(&mut self) -> Vec<Article> {
        let (records, _) = self.records();
        records
            .iter()
            .filter_map(|r| {
                let text = self.text(&r.text)?;
                Some(Article {
                    doc: r.document(&text).ok()?,
                    published: r.published.clone(),
                })
            })
            .collect()
    }

    /// Makes the library `articles`, removing stored articles not among them
    /// when `remove_others`. Writes articles before removing anything, so a
    /// failure part way leaves every article stored somewhere.
    pub fn write_library(
        &mut self,
        articles: &[Article],
        remove_others: bool,
    ) -> Result<(), String> {
        for a in articles {
            let record = Record::of(&a.doc, a.published.clone());
            self.set(&keys::text(&record.text), a.doc.text())?;
            self.set(&keys::doc(&record.id), &record.to_json())?;
        }
        if remove_others {
            let (records, _) = self.records();
            for r in records {
                if !articles.iter().any(|a| a.doc.document.id == r.id) {
                    self.delete(&r.id)?;
                }
            }
        }
        Ok(())
    }

    /// localStorage in use by this origin, in UTF-16 code units: what the
    /// quota counts.
    pub fn usage(&self) -> usize {
        let Some(storage) = &self.storage else {
            return 0;
        };
        // Lengths measured on the JavaScript side: copying megabytes of
        // values into wasm only to count them would cost more than the rest
        // of a save.
        self.keys()
            .iter()
            .map(|k| {
                let value = js_sys::Reflect::get(storage, &wasm_bindgen::JsValue::from_str(k))
                    .ok()
                    .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
                    .map_or(0, |v| v.length() as usize);
                k.encode_utf16().count() + value
            })
            .sum()
    }
}

fn blocked() -> String {
    "Not saved: this browser blocks localStorage, so work is kept only while the page is \
     open. Export it before closing."
        .to_string()
}

fn describe(err: wasm_bindgen::JsValue) -> String {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        "Not saved: the browser's storage for this page is full (about 5 MB). Your work is \
         still here in the page; export it now, then delete articles you no longer need."
            .to_string()
    } else {
        let message = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "the browser refused".to_string());
        format!("Not saved: {message}. Your work is still here in the page; export it now.")
    }
}
