//! Each storage migration step, run on fixtures of the old format as the
//! previous version of the page left them in localStorage: every annotation
//! survives, unreadable entries are kept aside byte for byte, and running
//! the migration again (after an interruption) changes nothing more.

use std::collections::BTreeMap;

use marginalia::domain::format::native;
use marginalia::domain::library::Record;
use marginalia::domain::migrate::{self, keys, CURRENT_VERSION, SCHEMA_KEY};

fn fixture(name: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn migrated(before: &BTreeMap<String, String>) -> (BTreeMap<String, String>, migrate::Migration) {
    let migration = migrate::migrate(before)
        .unwrap()
        .expect("v1 needs migrating");
    let mut after = before.clone();
    for change in &migration.changes {
        migrate::apply(&mut after, change);
    }
    (after, migration)
}

/// Every v1 document in `entries`, by id.
fn v1_docs(
    entries: &BTreeMap<String, String>,
) -> Vec<marginalia::domain::document::AnnotatedDocument> {
    entries
        .iter()
        .filter(|(k, _)| k.starts_with("marginalia/v1/doc/"))
        .filter_map(|(_, v)| native::from_json(v).ok())
        .collect()
}

#[test]
fn v1_library_moves_to_v2_with_every_annotation() {
    let before = fixture("v1-library.json");
    assert_eq!(migrate::stored_version(&before), Ok(1));
    let (after, migration) = migrated(&before);
    assert_eq!(migration.from, 1);
    assert_eq!(migrate::stored_version(&after), Ok(CURRENT_VERSION));
    assert_eq!(after.get(SCHEMA_KEY).map(String::as_str), Some("2"));
    assert!(
        after.keys().all(|k| !k.starts_with("marginalia/v1/")),
        "old keys remain: {:?}",
        after.keys().collect::<Vec<_>>()
    );
    let old = v1_docs(&before);
    assert_eq!(old.len(), 3);
    for doc in old {
        let record = Record::parse(&after[&keys::doc(&doc.document.id)]).unwrap();
        let text = &after[&keys::text(&record.text)];
        // The whole document comes back exactly: text, title, times and
        // every annotation with its note, speaker and origin.
        assert_eq!(record.document(text).unwrap(), doc);
    }
    assert!(migration.notes[0].contains("Upgraded 3 stored articles"));
}

#[test]
fn v1_publication_date_is_detected_on_the_way() {
    let (after, _) = migrated(&fixture("v1-library.json"));
    let record = Record::parse(&after[&keys::doc("doc-fd1b5ef6282afbef")]).unwrap();
    assert_eq!(record.published.as_deref(), Some("1 Feb, 2026"));
}

#[test]
fn v1_current_article_stays_current() {
    let (after, _) = migrated(&fixture("v1-library.json"));
    assert_eq!(
        after.get(keys::CURRENT).map(String::as_str),
        Some("doc-c7cbad3693c1cf59")
    );
}

#[test]
fn v1_unreadable_entries_are_kept_byte_for_byte() {
    let before = fixture("v1-library.json");
    let (after, _) = migrated(&before);
    assert_eq!(
        after[&keys::unreadable("v1-1769904000123")],
        before["marginalia/v1/unreadable/1769904000123"]
    );
}

#[test]
fn v1_corrupt_article_is_set_aside_and_the_others_still_move() {
    let before = fixture("v1-corrupt-entry.json");
    let (after, migration) = migrated(&before);
    assert_eq!(
        after[&keys::unreadable("v1-doc-00000000000000ff")],
        before["marginalia/v1/doc/doc-00000000000000ff"]
    );
    assert!(after.contains_key(&keys::doc("doc-fd1b5ef6282afbef")));
    // The open article was the unreadable one: nothing is pointed at.
    assert!(!after.contains_key(keys::CURRENT));
    assert!(migration
        .notes
        .iter()
        .any(|n| n.contains("kept aside unchanged")));
}

#[test]
fn an_interrupted_migration_finishes_on_the_next_run() {
    let before = fixture("v1-library.json");
    let migration = migrate::migrate(&before).unwrap().unwrap();
    // The tab closed after the first article moved.
    let mut partial = before.clone();
    migrate::apply(&mut partial, &migration.changes[0]);
    let (after, _) = migrated(&partial);
    let (complete, _) = migrated(&before);
    assert_eq!(after, complete);
}

#[test]
fn current_and_empty_storage_need_nothing() {
    let (after, _) = migrated(&fixture("v1-library.json"));
    assert_eq!(migrate::migrate(&after), Ok(None));
    assert_eq!(migrate::migrate(&BTreeMap::new()), Ok(None));
}

#[test]
fn a_newer_schema_is_refused_without_changes() {
    let mut entries = BTreeMap::new();
    entries.insert(SCHEMA_KEY.to_string(), "9".to_string());
    let err = migrate::migrate(&entries).unwrap_err();
    assert!(err.contains("newer version"), "{err}");
}
