//! The `acta` command as a user meets it: real files, real exit codes, real output.

mod common;

use std::fs;

use serde_json::Value;

const SEED: &str = "seed/crm-xxvi-reunion-viceministerial-2021.md";

#[test]
fn seed_gives_its_dateline_title_and_issuer() {
    let output = common::run(&["extract", common::fixture(SEED).to_str().unwrap()]);
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let record = common::only_record(&output);
    common::assert_valid(&common::validator(), &record);
    assert_eq!(record["id"], "crm-xxvi-reunion-viceministerial-2021.md");
    assert_eq!(record["status"], "ok");
    assert_eq!(record["source"]["format"], "markdown");
    assert_eq!(record["source"]["encoding"], "UTF-8");
    assert_eq!(record["dateline"]["place"], "Ciudad de México");
    assert_eq!(record["dateline"]["date"], "2021-12-03");
    assert_eq!(record["dateline"]["text"], "Ciudad de México, 3 de diciembre de 2021");
    assert_eq!(record["dateline"]["rule"], "dateline.place_date");
    assert_eq!(
        record["title"],
        "Comunicado del Gobierno de México como Presidencia Pro-Témpore de la Conferencia Regional sobre \
         Migración (CRM) XXVI Reunión Viceministerial"
    );
    assert_eq!(record["issuer"]["name"], "Gobierno de México");
    assert!(record.get("text").is_none(), "text only with --include-text");
}

#[test]
fn output_is_identical_for_one_and_two_threads_and_in_input_order() {
    let dir = common::root().join("fixtures");
    let one = common::run(&["extract", "--jobs", "1", "--include-text", dir.to_str().unwrap()]);
    let two = common::run(&["extract", "--jobs", "2", "--include-text", dir.to_str().unwrap()]);
    assert!(one.status.success(), "stderr: {}", String::from_utf8_lossy(&one.stderr));
    assert_eq!(one.stdout, two.stdout, "--jobs 1 and --jobs 2 differ");
    let ids: Vec<String> =
        common::records(&one).iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "directory documents come in sorted path order");
    assert!(ids.contains(&SEED.to_string()), "ids are relative to the directory argument with / separators");
    assert!(ids.iter().all(|id| !id.ends_with(".json") && !id.ends_with(".py")), "only document extensions");
}

#[test]
fn ids_do_not_depend_on_where_files_sit() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let text = fs::read(common::fixture(SEED)).unwrap();
    fs::create_dir_all(a.path().join("2021")).unwrap();
    fs::write(a.path().join("2021/seed.txt"), &text).unwrap();
    fs::create_dir_all(b.path().join("deep/er/2021")).unwrap();
    fs::write(b.path().join("deep/er/2021/seed.txt"), &text).unwrap();
    let one = common::run(&["extract", a.path().to_str().unwrap()]);
    let two = common::run(&["extract", b.path().join("deep/er").to_str().unwrap()]);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(common::only_record(&one)["id"], "2021/seed.txt");
}

#[test]
fn stdin_is_read_with_id_dash_and_reference_date_anchors_relative_dates() {
    let text = "Ayer se reunieron los ministros de México y Guatemala en la capital.";
    let output = common::run_with_stdin(&["extract", "--reference-date", "2024-05-10", "-"], text.as_bytes());
    assert!(output.status.success());
    let record = common::only_record(&output);
    assert_eq!(record["id"], "-");
    assert_eq!(record["source"]["format"], "text");
    let ayer = record["dates"].as_array().unwrap().iter().find(|d| d["text"] == "Ayer").expect("ayer found");
    assert_eq!(ayer["value"], "2024-05-09");
    assert_eq!(ayer["relative"], true);

    let unanchored = common::only_record(&common::run_with_stdin(&["extract", "-"], text.as_bytes()));
    let ayer =
        unanchored["dates"].as_array().unwrap().iter().find(|d| d["text"] == "Ayer").expect("ayer found");
    assert_eq!(ayer["value"], Value::Null, "no dateline and no --reference-date: value null");
}

#[test]
fn output_dir_gets_one_pretty_json_per_document() {
    let out = tempfile::tempdir().unwrap();
    let input = tempfile::tempdir().unwrap();
    fs::create_dir_all(input.path().join("2021")).unwrap();
    fs::copy(common::fixture(SEED), input.path().join("2021/seed.txt")).unwrap();
    fs::write(input.path().join("nota.md"), "Lima, 5 de abril de 2021\n\nSe firmó un acuerdo.").unwrap();
    let output =
        common::run(&["extract", "-o", out.path().to_str().unwrap(), input.path().to_str().unwrap()]);
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty(), "with -o nothing goes to stdout");
    let written = fs::read_to_string(out.path().join("2021/seed.txt.json")).unwrap();
    assert!(written.starts_with("{\n  \"schema_version\""), "pretty JSON");
    assert!(written.ends_with("}\n"));
    let record: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(record["id"], "2021/seed.txt");
    assert!(out.path().join("nota.md.json").exists());
    let leftovers: Vec<_> = walk(out.path()).into_iter().filter(|p| !p.ends_with(".json")).collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    // A re-run replaces the files whole and gives the same bytes.
    let again = common::run(&["extract", "-o", out.path().to_str().unwrap(), input.path().to_str().unwrap()]);
    assert!(again.status.success());
    assert_eq!(fs::read_to_string(out.path().join("2021/seed.txt.json")).unwrap(), written);
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    out
}

#[test]
fn include_text_spans_slice_the_text_by_characters() {
    let dir = common::root().join("fixtures");
    let output = common::run(&["extract", "--include-text", dir.to_str().unwrap()]);
    for record in common::records(&output) {
        common::assert_spans_slice_text(&record);
    }
}

#[test]
fn encodings_decode_to_the_same_text() {
    let decoded: Vec<(String, String, String)> = ["utf8-bom", "utf16le", "utf16be", "cp1252", "crlf", "cr"]
        .iter()
        .map(|name| {
            let path = common::fixture(&format!("encodings/{name}.txt"));
            let record =
                common::only_record(&common::run(&["extract", "--include-text", path.to_str().unwrap()]));
            assert_eq!(record["status"], "ok", "{name}");
            let text = record["text"].as_str().unwrap().to_string();
            assert!(!text.contains('\u{FFFD}') && !text.contains('Ã'), "{name} mangled: {text}");
            (name.to_string(), record["source"]["encoding"].as_str().unwrap().to_string(), text)
        })
        .collect();
    let encodings: Vec<&str> = decoded.iter().map(|(_, e, _)| e.as_str()).collect();
    assert_eq!(encodings, ["UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "UTF-8", "UTF-8"]);
    let utf8 = &decoded[0].2;
    for (name, _, text) in &decoded {
        assert_eq!(text, utf8, "{name} decodes to different text");
    }
    let latin1 = common::only_record(&common::run(&[
        "extract",
        "--include-text",
        common::fixture("encodings/latin1.txt").to_str().unwrap(),
    ]));
    assert_eq!(latin1["source"]["encoding"], "windows-1252", "ISO-8859-1 is read as its WHATWG superset");
    assert!(
        latin1["text"].as_str().unwrap().contains("niñez") || latin1["text"].as_str().unwrap().contains('ó')
    );
}

#[test]
fn a_pdf_named_txt_is_read_as_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not-really.txt");
    fs::write(&path, b"%PDF-1.4\n% truncated nonsense\n").unwrap();
    let output = common::run(&["extract", path.to_str().unwrap()]);
    let record = common::only_record(&output);
    assert_eq!(record["source"]["format"], "pdf");
    assert_eq!(record["status"], "error");
}

#[test]
fn schema_prints_the_committed_schema() {
    let output = common::run(&["schema"]);
    assert!(output.status.success());
    let committed = fs::read(common::root().join("schemas/record.v1.schema.json")).unwrap();
    assert_eq!(output.stdout, committed);
}

#[test]
fn validate_accepts_extract_output_and_names_each_violation() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    let output = common::run(&["extract", common::root().join("fixtures/datelines").to_str().unwrap()]);
    fs::write(&good, &output.stdout).unwrap();
    let result = common::run(&["validate", good.to_str().unwrap()]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stdout));

    let mut record = common::records(&output).remove(0);
    record["dates"][0]["kind"] = Value::from("fortnight");
    record["surprise"] = Value::from(1);
    let bad = dir.path().join("bad.json");
    fs::write(&bad, serde_json::to_string_pretty(&record).unwrap()).unwrap();
    let result = common::run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1));
    let report = String::from_utf8_lossy(&result.stdout);
    assert!(report.contains("/dates/0/kind"), "{report}");
    assert!(report.contains("surprise"), "{report}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(common::run(&["extract"]).status.code(), Some(2));
    assert_eq!(common::run(&["extract", "--reference-date", "2021-02-30", "x"]).status.code(), Some(2));
    assert_eq!(common::run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(common::run(&["extract", "--jobs", "0", "x"]).status.code(), Some(2));
}

#[test]
fn help_explains_with_an_example() {
    let output = common::run(&["extract", "--help"]);
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("Examples:") && help.contains("acta extract"), "{help}");
    assert!(help.contains("--reference-date") && help.contains("--max-bytes"), "{help}");
}

/// The seed typeset as a PDF (fixtures/pdf, made by make_seed_pdf.py) and the seed text give
/// the same extracted values; only spans, provenance of the source and pages differ.
#[test]
fn seed_pdf_and_seed_text_give_the_same_fields() {
    let text = common::only_record(&common::run(&["extract", common::fixture(SEED).to_str().unwrap()]));
    let pdf_path = common::fixture("pdf/crm-xxvi-reunion-viceministerial-2021.pdf");
    let pdf = common::only_record(&common::run(&["extract", pdf_path.to_str().unwrap()]));
    assert_eq!(pdf["status"], "ok", "{pdf}");
    assert_eq!(pdf["source"]["format"], "pdf");
    assert_eq!(pdf["source"]["pages"], 2);
    let values = |record: &Value, field: &str, keys: &[&str]| -> Vec<Vec<Value>> {
        record[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| keys.iter().map(|k| item[*k].clone()).collect())
            .collect()
    };
    assert_eq!(pdf["title"], text["title"]);
    assert_eq!(pdf["dateline"]["place"], text["dateline"]["place"]);
    assert_eq!(pdf["dateline"]["date"], text["dateline"]["date"]);
    assert_eq!(
        values(&pdf, "dates", &["text", "value", "kind"]),
        values(&text, "dates", &["text", "value", "kind"])
    );
    assert_eq!(values(&pdf, "countries", &["text", "code"]), values(&text, "countries", &["text", "code"]));
    assert_eq!(
        values(&pdf, "events", &["name", "type", "ordinal", "date"]),
        values(&text, "events", &["name", "type", "ordinal", "date"])
    );
    assert_eq!(
        values(&pdf, "instruments", &["title", "type", "action", "mode", "ordinal"]),
        values(&text, "instruments", &["title", "type", "action", "mode", "ordinal"])
    );
    // Spans of a PDF carry their page: the dateline is on page 1, the last date on page 2.
    assert_eq!(pdf["dateline"]["span"]["page"], 1);
    let last_date = pdf["dates"].as_array().unwrap().last().unwrap();
    assert_eq!(last_date["span"]["page"], 2, "{last_date}");
}
