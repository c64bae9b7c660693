//! `marginalia-cli convert`: turns a native document (or a plain article)
//! into any export format, and places W3C or native annotations onto an
//! article. Kept apart from `main` so the rest of the CLI stays small.

use std::io::Read;
use std::process::ExitCode;

use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::import::ImportReport;
use marginalia::domain::format::native::{self, ImportError, MAX_IMPORT_BYTES};
use marginalia::domain::format::{csv, markdown, w3c};

pub const USAGE: &str = "\
Usage: marginalia-cli convert --to w3c|csv|md|json [FILE]
       marginalia-cli convert --from w3c|json --text ARTICLE [--to FORMAT] [FILE]

The first form reads a marginalia/1 JSON document (or, when the input is not
JSON, an article's plain text) from FILE or standard input and prints it in
the chosen format.

The second form reads annotations (W3C Web Annotation, including Hypothesis
and Recogito exports, or a marginalia/1 document) from FILE or standard input,
places them on the article in ARTICLE by their quotes, prints the result
(JSON unless --to says otherwise) and reports on standard error every
annotation that was skipped, is ambiguous or could not be found.
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum To {
    W3c,
    Csv,
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    W3c,
    Json,
}

#[derive(Debug, Default)]
struct Args {
    to: Option<To>,
    from: Option<From>,
    text: Option<String>,
    file: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--to" => {
                out.to = Some(match value("--to")?.as_str() {
                    "w3c" => To::W3c,
                    "csv" => To::Csv,
                    "md" | "markdown" => To::Md,
                    "json" => To::Json,
                    other => return Err(format!("unknown --to format {other:?}")),
                })
            }
            "--from" => {
                out.from = Some(match value("--from")?.as_str() {
                    "w3c" => From::W3c,
                    "json" => From::Json,
                    other => return Err(format!("unknown --from format {other:?}")),
                })
            }
            "--text" => out.text = Some(value("--text")?),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            file if out.file.is_none() => out.file = Some(file.to_string()),
            _ => return Err("expected at most one file".into()),
        }
    }
    match (&out.from, &out.text, &out.to) {
        (Some(_), None, _) => Err("--from needs --text ARTICLE to place the annotations on".into()),
        (None, Some(_), _) => Err("--text is only used with --from".into()),
        (None, None, None) => Err("say which format to convert to with --to".into()),
        _ => Ok(out),
    }
}

/// Runs `convert` with the arguments after the word `convert`.
pub fn run(args: &[String], now: &str) -> ExitCode {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(e) => {
            eprint!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match convert(&args, now) {
        Ok(out) => {
            print!("{out}");
            if !out.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn convert(args: &Args, now: &str) -> Result<String, String> {
    let input = read_bytes(args.file.as_deref())?;
    let doc = match (args.from, &args.text) {
        (Some(from), Some(article)) => {
            let text = String::from_utf8(read_bytes(Some(article))?)
                .map_err(|_| format!("{article} is not UTF-8 text"))?;
            let onto = AnnotatedDocument::from_text(&text, now);
            let json = std::str::from_utf8(&input).map_err(|e| {
                ImportError::NotUtf8 {
                    valid_up_to: e.valid_up_to(),
                }
                .to_string()
            })?;
            let report = match from {
                From::W3c => w3c::import_onto(&onto, json, now),
                From::Json => native::import_onto(&onto, json, now),
            }
            .map_err(|e| e.to_string())?;
            tell(&report);
            report.document
        }
        _ => read_document(&input, now)?,
    };
    Ok(match args.to.unwrap_or(To::Json) {
        To::W3c => w3c::to_w3c(&doc),
        To::Csv => csv::to_csv(&doc),
        To::Md => markdown::to_markdown(&doc),
        To::Json => native::to_json(&doc),
    })
}

/// A native document, or an article when the input does not look like
/// JSON. Input that looks like JSON but is broken is an error, never an
/// article: converting a damaged export into a one-sentence "article" would
/// hide the damage.
fn read_document(input: &[u8], now: &str) -> Result<AnnotatedDocument, String> {
    let looks_like_json = input
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{' || b == b'[');
    if looks_like_json {
        return native::from_bytes(input).map_err(|e| {
            if matches!(e, ImportError::UnknownFormat(_)) && w3c::parse_bytes(input).is_ok() {
                format!("{e} It looks like W3C annotations: use --from w3c --text ARTICLE.")
            } else {
                e.to_string()
            }
        });
    }
    if input.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: input.len() }.to_string());
    }
    let text = std::str::from_utf8(input).map_err(|e| {
        ImportError::NotUtf8 {
            valid_up_to: e.valid_up_to(),
        }
        .to_string()
    })?;
    Ok(AnnotatedDocument::from_text(text, now))
}

fn tell(report: &ImportReport) {
    eprintln!("{}", report.summary());
    for line in report.problems() {
        eprintln!("  {line}");
    }
}

fn read_bytes(path: Option<&str>) -> Result<Vec<u8>, String> {
    match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(buf)
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}")),
    }
}
