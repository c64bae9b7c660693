//! The storage schema, versioned, and the migrations from every earlier
//! version to the current one. Everything here works on a plain map of
//! localStorage keys to values, so each step is tested natively against
//! stored fixtures of the old format (`tests/fixtures/storage/`).
//!
//! - v1: `marginalia/v1/doc/<id>` holds a native `marginalia/1` document
//!   (sentences left out), `marginalia/v1/current` the open id as a JSON
//!   string, `marginalia/v1/unreadable/<millis>` entries that failed to parse.
//! - v2: the text once under `marginalia/v2/text/<fingerprint>`, a compact
//!   [`Record`] under `marginalia/v2/doc/<id>`, the open id as plain text
//!   under `marginalia/v2/current`, unreadable entries under
//!   `marginalia/v2/unreadable/<name>`, and `marginalia/schema` = `2`.

use std::collections::BTreeMap;

use super::document::document_id;
use super::format::native;
use super::library::{detect_published, Record};

pub const SCHEMA_KEY: &str = "marginalia/schema";
pub const CURRENT_VERSION: u32 = 2;

/// The keys of the current version.
pub mod keys {
    pub const DOC: &str = "marginalia/v2/doc/";
    pub const TEXT: &str = "marginalia/v2/text/";
    pub const CURRENT: &str = "marginalia/v2/current";
    pub const UNREADABLE: &str = "marginalia/v2/unreadable/";

    pub fn doc(id: &str) -> String {
        format!("{DOC}{id}")
    }
    pub fn text(fingerprint: &str) -> String {
        format!("{TEXT}{fingerprint}")
    }
    pub fn unreadable(name: &str) -> String {
        format!("{UNREADABLE}{name}")
    }
}

mod v1 {
    pub const PREFIX: &str = "marginalia/v1/";
    pub const DOC: &str = "marginalia/v1/doc/";
    pub const CURRENT: &str = "marginalia/v1/current";
    pub const UNREADABLE: &str = "marginalia/v1/unreadable/";
}

/// One group of writes that belong together: applied in order, sets first,
/// so a step interrupted between groups leaves every article readable in
/// either the old or the new place, and running the migration again
/// finishes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub set: Vec<(String, String)>,
    pub remove: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Migration {
    pub from: u32,
    pub changes: Vec<Change>,
    /// What the person should know: how many articles moved, what could not
    /// be read and where it was kept.
    pub notes: Vec<String>,
}

/// The version of what is stored: 0 when nothing is.
pub fn stored_version(entries: &BTreeMap<String, String>) -> Result<u32, String> {
    if let Some(v) = entries.get(SCHEMA_KEY) {
        return match v.trim().parse::<u32>() {
            Ok(v) if v <= CURRENT_VERSION => Ok(v),
            Ok(v) => Err(format!(
                "The library was stored by a newer version of Marginalia (schema {v}); this \
                 page reads up to {CURRENT_VERSION} and will change nothing. Reload to get \
                 the newer page."
            )),
            Err(_) => Err(format!(
                "The stored schema version {v:?} is unreadable; nothing was changed."
            )),
        };
    }
    Ok(if entries.keys().any(|k| k.starts_with(v1::PREFIX)) {
        1
    } else {
        0
    })
}

/// The changes that bring `entries` to the current version, or `None` when
/// they are current already. `now_millis` names set-aside entries.
pub fn migrate(entries: &BTreeMap<String, String>) -> Result<Option<Migration>, String> {
    let from = stored_version(entries)?;
    if from == CURRENT_VERSION || from == 0 {
        return Ok(None);
    }
    let mut state = entries.clone();
    let mut migration = Migration {
        from,
        ..Migration::default()
    };
    for version in from..CURRENT_VERSION {
        let (changes, notes) = match version {
            1 => v1_to_v2(&state),
            _ => unreachable!("every version below the current one has a step"),
        };
        for change in &changes {
            apply(&mut state, change);
        }
        migration.changes.extend(changes);
        migration.notes.extend(notes);
    }
    Ok(Some(migration))
}

/// Applies one change to a map of entries, as the page applies it to
/// localStorage.
pub fn apply(entries: &mut BTreeMap<String, String>, change: &Change) {
    for (k, v) in &change.set {
        entries.insert(k.clone(), v.clone());
    }
    for k in &change.remove {
        entries.remove(k);
    }
}

fn v1_to_v2(entries: &BTreeMap<String, String>) -> (Vec<Change>, Vec<String>) {
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    let mut moved = Vec::new();
    for (key, raw) in entries.range(v1::DOC.to_string()..) {
        let Some(id) = key.strip_prefix(v1::DOC) else {
            break;
        };
        match native::from_json(raw) {
            Ok(doc) => {
                let fingerprint = document_id(doc.text());
                let record = Record::of(&doc, detect_published(doc.text()));
                changes.push(Change {
                    set: vec![
                        (keys::text(&fingerprint), doc.text().to_string()),
                        (keys::doc(&doc.document.id), record.to_json()),
                    ],
                    remove: vec![key.clone()],
                });
                moved.push(doc.document.id.clone());
            }
            Err(e) => {
                let aside = keys::unreadable(&format!("v1-{id}"));
                notes.push(format!(
                    "An article stored by the previous version could not be read ({e}) It was \
                     kept aside unchanged as \"{aside}\"."
                ));
                changes.push(Change {
                    set: vec![(aside, raw.clone())],
                    remove: vec![key.clone()],
                });
            }
        }
    }
    for (key, raw) in entries.range(v1::UNREADABLE.to_string()..) {
        let Some(name) = key.strip_prefix(v1::UNREADABLE) else {
            break;
        };
        changes.push(Change {
            set: vec![(keys::unreadable(&format!("v1-{name}")), raw.clone())],
            remove: vec![key.clone()],
        });
    }
    let mut last = Change {
        set: Vec::new(),
        remove: vec![v1::CURRENT.to_string()],
    };
    if let Some(current) = entries.get(v1::CURRENT) {
        let id = serde_json::from_str::<String>(current).unwrap_or_else(|_| current.clone());
        if moved.contains(&id) {
            last.set.push((keys::CURRENT.to_string(), id));
        }
    }
    last.set
        .push((SCHEMA_KEY.to_string(), CURRENT_VERSION.to_string()));
    changes.push(last);
    if !moved.is_empty() {
        notes.insert(
            0,
            format!(
                "Upgraded {} stored article{} to the new storage format.",
                moved.len(),
                if moved.len() == 1 { "" } else { "s" }
            ),
        );
    }
    (changes, notes)
}
