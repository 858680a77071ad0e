//! `acta validate` and `acta dates`.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use acta_extract::spans::CharIndex;
use acta_extract::{CivilDate, Doc};
use anyhow::Context;
use serde::Deserialize;

/// Checks every record in `files`; prints each violation; exit 1 when any.
pub fn run(files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let mut invalid = 0usize;
    let mut checked = 0usize;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{}: cannot read: {error}", file.display());
                invalid += 1;
                continue;
            }
        };
        for (label, parsed) in records_in(&text) {
            checked += 1;
            let value = match parsed {
                Ok(value) => value,
                Err(error) => {
                    println!("{}: {label}: not JSON: {error}", file.display());
                    invalid += 1;
                    continue;
                }
            };
            let violations = acta_record::validate_value(&value);
            if !violations.is_empty() {
                invalid += 1;
                for violation in violations {
                    println!("{}: {label}: {violation}", file.display());
                }
            }
        }
    }
    let valid = checked.saturating_sub(invalid);
    eprintln!("{valid} valid, {invalid} invalid");
    Ok(if invalid > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A file holds one JSON value (a record or an array of records) or JSON Lines.
fn records_in(text: &str) -> Vec<(String, Result<serde_json::Value, serde_json::Error>)> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(items)) => {
            items.into_iter().enumerate().map(|(i, v)| (format!("record {}", i + 1), Ok(v))).collect()
        }
        Ok(value) => vec![("record 1".to_string(), Ok(value))],
        Err(_) => text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| (format!("line {}", i + 1), serde_json::from_str(line)))
            .collect(),
    }
}

#[derive(Deserialize)]
struct Case {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    reference: Option<String>,
}

/// `acta dates --cases FILE`: one prediction line per case.
pub fn run_dates(cases: &Path) -> anyhow::Result<ExitCode> {
    let file = std::fs::File::open(cases).with_context(|| format!("cannot open {}", cases.display()))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", cases.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {}", cases.display(), number + 1))?;
        let anchor = case.reference.as_deref().and_then(|r| CivilDate::parse_iso(r.get(..10).unwrap_or(r)));
        // Exactly the pipeline's extractor, on the case's text as it is (not normalised, so
        // offsets stay the case's own).
        let doc = Doc::new(&case.text);
        let index = CharIndex::new(&case.text);
        let found: Vec<serde_json::Value> = acta_extract::dates::find(&doc, anchor)
            .mentions
            .into_iter()
            .map(|m| {
                let (start, end) = (index.char_offset(m.span.start), index.char_offset(m.span.end));
                serde_json::json!({"text": m.text, "start": start, "end": end, "value": m.value})
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": case.id, "found": found}))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
