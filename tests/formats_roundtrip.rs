//! Round trips a person relies on: export to W3C or native JSON and import
//! back keeps every annotation (ids, spans, text, tags, notes, speakers,
//! origin, times); importing onto an edited article re-anchors; exports
//! validate against the shipped JSON Schema; CSV and Markdown say what they
//! should.

mod formats_support;

use formats_support::*;
use marginalia::domain::document::AnnotatedDocument;
use marginalia::domain::format::anchor::Method;
use marginalia::domain::format::import::Outcome;
use marginalia::domain::format::{csv, markdown, native, w3c};
use serde_json::Value;

const NOW: &str = "2026-04-01T00:00:00.000Z";

fn blank_like(doc: &AnnotatedDocument) -> AnnotatedDocument {
    AnnotatedDocument::from_text(doc.text(), T0)
}

#[test]
fn native_to_w3c_to_native_keeps_every_annotation() {
    for (name, doc) in all() {
        let exported = w3c::to_w3c(&doc);
        let report = w3c::import_onto(&blank_like(&doc), &exported, NOW).unwrap();
        assert_eq!(
            report.document.annotations, doc.annotations,
            "{name}: annotations changed through W3C"
        );
        assert_eq!(report.anchored(), doc.annotations.len(), "{name}");
        for o in &report.outcomes {
            assert!(
                matches!(
                    o.outcome,
                    Outcome::Anchored {
                        method: Method::Position,
                        merged: false,
                        ..
                    }
                ),
                "{name}: {o:?}"
            );
        }
        // And the result survives the native format too.
        let back = native::from_json(&native::to_json(&report.document)).unwrap();
        assert_eq!(back.annotations, doc.annotations, "{name}");
    }
}

#[test]
fn native_export_reads_back_identically() {
    for (name, doc) in all() {
        let back = native::from_json(&native::to_json(&doc)).unwrap();
        assert_eq!(back, doc, "{name}");
    }
}

#[test]
fn importing_onto_an_edited_article_follows_the_quotes() {
    let doc = unicode();
    let edited = format!(
        "A new first paragraph with 😀 and 中 in it.\n\n{}",
        doc.text()
    )
    .replace("Second", "The second");
    let onto = AnnotatedDocument::from_text(&edited, T0);
    for file in [w3c::to_w3c(&doc), native::to_json(&doc)] {
        let report = if file.contains("AnnotationCollection") {
            w3c::import_onto(&onto, &file, NOW).unwrap()
        } else {
            native::import_onto(&onto, &file, NOW).unwrap()
        };
        assert_eq!(
            report.anchored(),
            doc.annotations.len(),
            "{:?}",
            report.problems()
        );
        for (old, new) in doc.annotations.iter().zip(&report.document.annotations) {
            assert_eq!(
                report.document.slice(new.start, new.end),
                Some(old.text.as_str())
            );
            assert_eq!(
                (&new.tags, &new.speaker, &new.note),
                (&old.tags, &old.speaker, &old.note)
            );
            assert!(
                new.start > old.start,
                "{} moved with the inserted paragraph",
                old.id
            );
        }
    }
}

#[test]
fn a_repeated_sentence_lands_on_the_right_copy_or_is_flagged() {
    let doc = news();
    let repeat = doc.annotation("a-repeat").unwrap().clone();
    // Same text, so the stored position still holds: the second copy.
    let report = w3c::import_onto(&blank_like(&doc), &w3c::to_w3c(&doc), NOW).unwrap();
    let landed = report.document.annotation("a-repeat").unwrap();
    assert_eq!((landed.start, landed.end), (repeat.start, repeat.end));

    // Drop the paragraph before the copies and break the position: both
    // copies now have the same prefix and suffix, so nobody may guess.
    let mut file: Value = serde_json::from_str(&w3c::to_w3c(&doc)).unwrap();
    let items = file["first"]["items"].as_array_mut().unwrap();
    items.retain(|a| a["id"].as_str().unwrap().ends_with(":a-repeat"));
    items[0]["target"]["selector"][1]["start"] = 0.into();
    items[0]["target"]["selector"][0]["prefix"] = "".into();
    items[0]["target"]["selector"][0]["suffix"] = "".into();
    let report = w3c::import_onto(&blank_like(&doc), &file.to_string(), NOW).unwrap();
    assert_eq!(report.ambiguous(), 1, "{:?}", report.outcomes);
    assert_eq!(report.document.annotations, blank_like(&doc).annotations);
    assert_eq!(report.unplaced.len(), 1);
    assert!(report.problems()[0].contains("occurs 2 times"));
}

#[test]
fn reimporting_merges_into_existing_annotations_without_duplicates() {
    let doc = news();
    let report = w3c::import_onto(&doc, &w3c::to_w3c(&doc), NOW).unwrap();
    // Nothing new, so not even the document's `updated` time moves.
    assert_eq!(report.document, doc);
    assert!(report
        .outcomes
        .iter()
        .all(|o| matches!(o.outcome, Outcome::Anchored { merged: true, .. })));
}

#[test]
fn an_id_already_used_elsewhere_gets_a_fresh_one() {
    let doc = overlapping();
    let mut other = blank_like(&doc);
    tag(&mut other, "zeta", 0, "claim", "o-1");
    let report = w3c::import_onto(&other, &w3c::to_w3c(&doc), NOW).unwrap();
    let ids: Vec<&str> = report
        .document
        .annotations
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert!(ids.contains(&"o-1") && ids.contains(&"o-1-2"), "{ids:?}");
    assert_eq!(report.document.annotations.len(), doc.annotations.len() + 1);
}

#[test]
fn w3c_export_has_the_spec_shape() {
    let doc = news();
    let v: Value = serde_json::from_str(&w3c::to_w3c(&doc)).unwrap();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["total"], doc.annotations.len());
    assert_eq!(v["first"]["type"], "AnnotationPage");
    let quote = v["first"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_str().unwrap().ends_with(":a-quote"))
        .unwrap();
    assert_eq!(quote["type"], "Annotation");
    assert_eq!(quote["created"], T0);
    assert_eq!(quote["modified"], T1);
    let purposes: Vec<(&str, &str)> = quote["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            assert_eq!(b["type"], "TextualBody");
            (b["purpose"].as_str().unwrap(), b["value"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        purposes,
        [("tagging", "quote"), ("identifying", "Minister Ana Díaz")]
    );
    let target = &quote["target"];
    assert_eq!(target["source"], w3c::source_iri(&doc));
    assert_eq!(target["selector"][0]["type"], "TextQuoteSelector");
    assert_eq!(
        target["selector"][0]["exact"],
        "\"We have a plan, and it works,\""
    );
    assert!(target["selector"][0]["prefix"]
        .as_str()
        .unwrap()
        .ends_with("doubt. "));
    assert_eq!(target["selector"][1]["type"], "TextPositionSelector");
    let a = doc.annotation("a-quote").unwrap();
    assert_eq!(target["selector"][1]["start"], a.start);
    assert_eq!(target["selector"][1]["end"], a.end);
}

#[test]
fn w3c_positions_count_code_points_not_bytes_or_utf16() {
    let doc = unicode();
    let v: Value = serde_json::from_str(&w3c::to_w3c(&doc)).unwrap();
    let family = v["first"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"].as_str().unwrap().ends_with(":u-family"))
        .unwrap();
    let start = family["target"]["selector"][1]["start"].as_u64().unwrap() as usize;
    let expected: usize = UNICODE[..UNICODE.find("👩").unwrap()].chars().count();
    assert_eq!(start, expected);
}

// --- JSON Schema -----------------------------------------------------------

/// A checker for the part of JSON Schema 2020-12 that
/// docs/schema/marginalia-1.schema.json uses: type, const, enum, required,
/// properties, additionalProperties, items, minimum, maximum, minLength,
/// maxLength, maxItems and local `$ref`s. `format` is an annotation in
/// 2020-12 and is not checked; nor is `pattern` (no regex engine here).
/// Hand-written because the `jsonschema` crate drags an HTTP client and a
/// regex engine into a two-core build for one test.
fn check(schema: &Value, root: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("only local refs");
        return check(&root["$defs"][name], root, v, path, errors);
    }
    let mut fail = |m: String| errors.push(format!("{path}: {m}"));
    if let Some(c) = schema.get("const") {
        if v != c {
            fail(format!("expected {c}"));
        }
    }
    if let Some(Value::Array(options)) = schema.get("enum") {
        if !options.contains(v) {
            fail(format!("{v} not in {options:?}"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema"),
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            other => panic!("type {other}"),
        });
        if !ok {
            fail(format!("{v} is not {types:?}"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            fail(format!("{n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (schema.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if n > max {
            fail(format!("{n} > {max}"));
        }
    }
    if let (Some(min), Some(s)) = (schema.get("minLength").and_then(Value::as_u64), v.as_str()) {
        if (s.chars().count() as u64) < min {
            fail(format!("{s:?} shorter than {min}"));
        }
    }
    if let (Some(max), Some(s)) = (schema.get("maxLength").and_then(Value::as_u64), v.as_str()) {
        if (s.chars().count() as u64) > max {
            fail(format!("{s:?} longer than {max}"));
        }
    }
    if let (Some(max), Some(a)) = (schema.get("maxItems").and_then(Value::as_u64), v.as_array()) {
        if (a.len() as u64) > max {
            fail(format!("{} items, more than {max}", a.len()));
        }
    }
    if let Value::Object(map) = v {
        for req in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !map.contains_key(req.as_str().unwrap()) {
                fail(format!("missing {req}"));
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, child) in map {
            match props.and_then(|p| p.get(k)) {
                Some(s) => check(s, root, child, &format!("{path}.{k}"), errors),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: unexpected property {k}"))
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(s)) = (v, schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            check(s, root, item, &format!("{path}[{i}]"), errors);
        }
    }
}

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/schema/marginalia-1.schema.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn native_exports_validate_against_the_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    for (name, doc) in all() {
        let v: Value = serde_json::from_str(&native::to_json(&doc)).unwrap();
        let mut errors = Vec::new();
        check(&schema, &schema, &v, "$", &mut errors);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_import_rejects() {
    // Guards the checker and the schema both: a checker that accepted
    // everything would pass the test above.
    let schema = schema();
    let good: Value = serde_json::from_str(&native::to_json(&news())).unwrap();
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: [Breakage; 5] = [
        ("format", |v| v["format"] = "marginalia/2".into()),
        ("start type", |v| v["annotations"][0]["start"] = "3".into()),
        ("negative", |v| v["annotations"][0]["end"] = (-1).into()),
        ("missing text", |v| {
            v["document"].as_object_mut().unwrap().remove("text");
        }),
        ("tags type", |v| {
            v["annotations"][1]["tags"] = "claim".into()
        }),
    ];
    for (what, breakage) in breakages {
        let mut bad = good.clone();
        breakage(&mut bad);
        let mut errors = Vec::new();
        check(&schema, &schema, &bad, "$", &mut errors);
        assert!(!errors.is_empty(), "schema accepted a broken {what}");
        assert!(
            native::from_json(&bad.to_string()).is_err(),
            "import accepted {what}"
        );
    }
}

#[test]
fn the_schema_and_import_agree_on_the_tag_vocabulary() {
    let schema = schema();
    let good: Value = serde_json::from_str(&native::to_json(&unicode())).unwrap();
    assert!(good["tags"].is_array(), "the unicode sample declares a tag");
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: [Breakage; 5] = [
        ("tags type", |v| v["tags"] = "custom-tag".into()),
        ("missing label", |v| {
            v["tags"][0].as_object_mut().unwrap().remove("label");
        }),
        ("empty name", |v| v["tags"][0]["name"] = "".into()),
        ("long glyph", |v| v["tags"][0]["glyph"] = "abcde".into()),
        ("thirteen tags", |v| {
            let one = v["tags"][0].clone();
            v["tags"] = (0..13)
                .map(|i| {
                    let mut t = one.clone();
                    t["name"] = format!("t{i}").into();
                    t["label"] = format!("T{i}").into();
                    t.as_object_mut().unwrap().remove("key");
                    t
                })
                .collect();
        }),
    ];
    for (what, breakage) in breakages {
        let mut bad = good.clone();
        breakage(&mut bad);
        let mut errors = Vec::new();
        check(&schema, &schema, &bad, "$", &mut errors);
        assert!(!errors.is_empty(), "schema accepted {what}");
        assert!(
            native::from_json(&bad.to_string()).is_err(),
            "import accepted {what}"
        );
    }
}

// --- CSV and Markdown --------------------------------------------------------

/// A small RFC 4180 reader, to check the export by reading it back.
fn read_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_reads_back_one_row_per_annotation() {
    let doc = news();
    let out = csv::to_csv(&doc);
    assert!(out.ends_with("\r\n"));
    let rows = read_csv(&out);
    assert_eq!(rows[0], csv::HEADER);
    assert_eq!(rows.len(), doc.annotations.len() + 1);
    for (row, a) in rows[1..].iter().zip(&doc.annotations) {
        assert_eq!(row.len(), 11);
        assert_eq!(row[0], a.id);
        assert_eq!(row[5].parse::<usize>().unwrap(), a.start);
        assert_eq!(row[6].parse::<usize>().unwrap(), a.end);
        let sentence = &doc.sentences[row[7].parse::<usize>().unwrap()];
        assert!(sentence.start <= a.start && a.start < sentence.end);
    }
    let claim = rows.iter().find(|r| r[0] == "a-claim").unwrap();
    assert_eq!(claim[2], "the deficit \"will halve by 2030\"");
    assert_eq!(
        claim[4],
        "Check against the budget office, page 4.\nSecond line, with \"quotes\"."
    );
    let quote = rows.iter().find(|r| r[0] == "a-quote").unwrap();
    assert_eq!(quote[3], "Minister Ana Díaz");
    let growth = rows.iter().find(|r| r[0] == "a-growth").unwrap();
    assert_eq!(growth[1], "claim;warning");
}

#[test]
fn csv_cells_never_start_a_formula() {
    let rows = read_csv(&csv::to_csv(&news()));
    let formula = rows.iter().find(|r| r[0] == "a-formula").unwrap();
    assert_eq!(formula[2], "'=SUM(fantasy)");
    assert_eq!(formula[4], "'@attacker +1");
    let growth = rows.iter().find(|r| r[0] == "a-growth").unwrap();
    assert_eq!(growth[2], "Growth was -5% last year");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }
}

#[test]
fn markdown_report_marks_spans_and_summarises() {
    let md = markdown::to_markdown(&news());
    assert!(md.starts_with("# Budget talks stall\n"));
    assert!(
        md.contains("**the deficit \"will halve by 2030\"** _\\[1: claim\\]_"),
        "{md}"
    );
    assert!(md.contains("_\\[2: quote — Minister Ana Díaz\\]_"));
    assert!(md.contains("### Quotes by speaker\n\n#### Minister Ana Díaz\n\n- \\[2\\]"));
    assert!(md.contains("#### Unattributed"));
    assert!(md.contains("— Check against the budget office, page 4. Second line"));
    assert!(md.contains("2 claims, 2 quotes, 2 warnings."));
}

#[test]
fn markdown_escapes_the_article_and_splits_bold_at_paragraphs() {
    let md = markdown::to_markdown(&unicode());
    assert!(
        md.contains("**😀 paragraph \\* with \\_markdown\\_** _\\[5: claim\\]_"),
        "{md}"
    );
    assert!(md.contains("\\[chars\\] and # hash."));
    assert!(md.contains("_\\[4: custom-tag\\]_"));
    assert!(md.contains("### Other annotations"));

    let mut doc = AnnotatedDocument::from_text("One para.\n\nTwo para.", T0);
    tag(&mut doc, "One para.\n\nTwo para.", 0, "claim", "x");
    let md = markdown::to_markdown(&doc);
    assert!(
        md.contains("**One para.**\n\n**Two para.** _\\[1: claim\\]_"),
        "{md}"
    );
}

#[test]
fn markdown_overlaps_bold_the_union_and_label_each_end() {
    let md = markdown::to_markdown(&overlapping());
    assert!(
        md.contains(
            "**Alpha beta gamma** _\\[1: claim\\]_ _\\[3: quote\\]_ **delta** _\\[2: warning\\]_."
        ),
        "{md}"
    );
}
