//! The command-line companion: reads an article and prints the same JSON
//! document the page exports.

#[path = "marginalia-cli/convert.rs"]
mod convert;

use std::io::Read;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::native;
use marginalia::domain::suggest;
use marginalia::domain::time::rfc3339_from_millis;

const USAGE: &str = "\
Usage: marginalia-cli [--no-suggest] [FILE]
       marginalia-cli convert --help

Reads an article from FILE (or standard input when FILE is missing or `-`)
and prints it as a marginalia/1 JSON document: its sentences and annotations.
Suggested claims, quotes and warnings are included as annotations with
origin \"suggested\" (ids s1, s2, …) unless --no-suggest is given.
`convert` turns documents into W3C, CSV or Markdown and imports annotations.
";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("convert") {
        return convert::run(&args[1..], &now());
    }
    let no_suggest = args.iter().any(|a| a == "--no-suggest");
    args.retain(|a| a != "--no-suggest");
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.len() > 1 {
        eprint!("error: expected at most one file\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let text = match read_input(args.first().map(String::as_str)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let now = now();
    let mut doc = AnnotatedDocument::from_text(&text, &now);
    if !no_suggest {
        let mut n = 0;
        doc.annotations = suggest::annotations(&doc, &now, || {
            n += 1;
            format!("s{n}")
        });
    }
    println!("{}", native::to_json(&doc));
    ExitCode::SUCCESS
}

fn read_input(path: Option<&str>) -> Result<String, String> {
    let bytes = match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buf
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?,
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "the input is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn now() -> String {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    rfc3339_from_millis(millis)
}
