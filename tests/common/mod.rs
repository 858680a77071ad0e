//! Helpers shared by the integration tests: run the real `acta` binary.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary under test.
pub fn acta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_acta"))
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// A path under `fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    root().join("fixtures").join(relative)
}

/// Runs acta with `args`, no stdin.
pub fn run(args: &[&str]) -> Output {
    acta().args(args).stdin(Stdio::null()).output().expect("acta runs")
}

/// Runs acta with `args` and `input` on stdin.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = acta()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().expect("acta runs");
    let _ = writer.join();
    output
}

/// The JSON Lines of stdout, parsed.
pub fn records(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON: {e}: {line}")))
        .collect()
}

/// The one record of a single-document run.
pub fn only_record(output: &Output) -> serde_json::Value {
    let mut all = records(output);
    assert_eq!(all.len(), 1, "expected one record; stderr: {}", String::from_utf8_lossy(&output.stderr));
    all.remove(0)
}

/// The schema, compiled.
pub fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schemas/record.v1.schema.json")).expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

/// Panics with every violation when `record` does not validate.
pub fn assert_valid(validator: &jsonschema::Validator, record: &serde_json::Value) {
    let errors: Vec<String> =
        validator.iter_errors(record).map(|e| format!("{}: {}", e.instance_path(), e)).collect();
    assert!(errors.is_empty(), "record {} does not validate:\n{}", record["id"], errors.join("\n"));
}

/// Checks that every span of `record` slices its `text` (by characters) to the value's text.
pub fn assert_spans_slice_text(record: &serde_json::Value) {
    let text: Vec<char> = record["text"].as_str().expect("--include-text was given").chars().collect();
    let slice = |span: &serde_json::Value| -> String {
        let start = span["start"].as_u64().expect("start") as usize;
        let end = span["end"].as_u64().expect("end") as usize;
        assert!(start <= end && end <= text.len(), "span {span} out of range in {}", record["id"]);
        text[start..end].iter().collect()
    };
    for field in ["dateline", "issuer"] {
        if let Some(value) = record.get(field).filter(|v| !v.is_null()) {
            assert_eq!(slice(&value["span"]), value["text"].as_str().unwrap(), "{field} of {}", record["id"]);
        }
    }
    for field in ["dates", "countries", "organizations", "people", "events", "instruments"] {
        for item in record[field].as_array().expect("array") {
            assert_eq!(slice(&item["span"]), item["text"].as_str().unwrap(), "{field} of {}", record["id"]);
            for mention in item.get("mentions").and_then(|m| m.as_array()).into_iter().flatten() {
                let _ = slice(mention);
            }
        }
    }
}
