//! `marginalia-cli convert` as a person runs it: real process, real files.

mod formats_support;

use std::path::PathBuf;
use std::process::{Command, Output};

use formats_support::*;
use marginalia::domain::format::{native, w3c};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marginalia-cli"))
        .args(args)
        .output()
        .unwrap()
}

fn temp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("marginalia-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn converts_a_native_document_to_each_format() {
    let doc = news();
    let file = temp("news.json", native::to_json(&doc).as_bytes());
    let file = file.to_str().unwrap();

    let out = cli(&["convert", "--to", "w3c", file]);
    assert!(out.status.success());
    assert_eq!(stdout(&out).trim_end(), w3c::to_w3c(&doc));

    let out = cli(&["convert", "--to", "csv", file]);
    assert!(stdout(&out).starts_with("id,tags,text,speaker,note,start,end,sentence_index"));

    let out = cli(&["convert", "--to", "md", file]);
    assert!(stdout(&out).contains("### Quotes by speaker"));

    let out = cli(&["convert", "--to", "json", file]);
    assert_eq!(native::from_json(&stdout(&out)).unwrap(), doc);
}

#[test]
fn a_plain_article_is_converted_as_a_fresh_document() {
    let file = temp("article.txt", b"# A title\n\nOne *sentence*. Another one.");
    let out = cli(&["convert", "--to", "md", file.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("One \\*sentence\\*. Another one."));
}

#[test]
fn imports_w3c_onto_an_article_and_reports_problems() {
    let doc = news();
    let edited = format!("Breaking update.\n\n{NEWS}");
    let article = temp("edited.txt", edited.as_bytes());
    let anns = temp("news.w3c.json", w3c::to_w3c(&doc).as_bytes());
    let out = cli(&[
        "convert",
        "--from",
        "w3c",
        "--text",
        article.to_str().unwrap(),
        anns.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let placed = native::from_json(&stdout(&out)).unwrap();
    assert_eq!(placed.text(), edited);
    assert_eq!(placed.annotations.len(), doc.annotations.len());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("5 annotations placed."));
}

#[test]
fn damaged_or_foreign_json_is_an_error_not_an_article() {
    let broken = temp("broken.json", b"{\"format\": \"marginalia/1\", \"docu");
    let out = cli(&["convert", "--to", "md", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid JSON"));
    assert!(out.stdout.is_empty());

    let foreign = temp("w3c.json", w3c::to_w3c(&news()).as_bytes());
    let out = cli(&["convert", "--to", "csv", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use --from w3c --text ARTICLE"));
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [
        &["convert", "--to", "pdf"][..],
        &["convert"],
        &["convert", "--from", "w3c"],
        &["convert", "--to", "md", "a", "b"],
    ] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: marginalia-cli convert"));
    }
}
