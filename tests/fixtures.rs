//! Every fixture document against its hand-determined answers (`NAME.EXT.answers.json`).
//!
//! The answers were written by reading each document, never from acta's output. Each field of
//! each fixture must agree with them exactly, except the disagreements listed, with a reason,
//! in `tests/fixtures_known_gaps.tsv`. The list is a ratchet: a listed gap that no longer
//! fails makes the test fail too, so fixing a gap means deleting its line.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Fields compared, each rendered as a sorted list of comparable strings.
const FIELDS: &[&str] = &[
    "dateline",
    "title",
    "issuer",
    "dates",
    "countries",
    "organizations",
    "people",
    "events",
    "instruments",
    "warnings",
];

fn answer_files() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![common::root().join("fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("fixtures dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(".answers.json") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn document_of(answers: &Path) -> PathBuf {
    PathBuf::from(answers.to_string_lossy().trim_end_matches(".answers.json"))
}

fn s(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Renders one field of an answers file or a record as a sorted multiset of strings.
fn render(field: &str, value: &Value, from_record: bool) -> Vec<String> {
    let items = || value.get(field).and_then(Value::as_array).cloned().unwrap_or_default();
    let mut out: Vec<String> = match field {
        "dateline" => {
            let d = &value[field];
            if d.is_null() {
                vec!["null".to_string()]
            } else {
                vec![format!("place={} date={}", s(&d["place"]), s(&d["date"]))]
            }
        }
        "title" => vec![s(&value[field])],
        "issuer" => {
            let issuer = &value[field];
            vec![if from_record { s(&issuer["name"]) } else { s(issuer) }]
        }
        "dates" => items()
            .iter()
            .map(|d| format!("{} = {} ({})", s(&d["text"]), s(&d["value"]), s(&d["kind"])))
            .collect(),
        "countries" => items()
            .iter()
            .map(|c| format!("{} = {} ({})", s(&c["text"]), s(&c["code"]), s(&c["via"])))
            .collect(),
        "organizations" => {
            items().iter().map(|o| format!("{} [{}]", s(&o["name"]), s(&o["acronym"]))).collect()
        }
        "people" => items().iter().map(|p| format!("{} — {}", s(&p["name"]), s(&p["role"]))).collect(),
        "events" => items()
            .iter()
            .map(|e| {
                format!(
                    "{} | {} | ordinal {} | date {}",
                    s(&e["name"]),
                    s(&e["type"]),
                    s(&e["ordinal"]),
                    s(&e["date"])
                )
            })
            .collect(),
        "instruments" => items()
            .iter()
            .map(|i| {
                format!(
                    "{} | {} | {} | mode {} | ordinal {} | date {}",
                    s(&i["title"]),
                    s(&i["type"]),
                    s(&i["action"]),
                    s(&i["mode"]),
                    s(&i["ordinal"]),
                    s(&i["date"])
                )
            })
            .collect(),
        "warnings" => items().iter().map(|w| if from_record { s(&w["code"]) } else { s(w) }).collect(),
        _ => Vec::new(),
    };
    out.sort();
    out
}

fn known_gaps() -> BTreeMap<(String, String), String> {
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures_known_gaps.tsv")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            Some((
                (parts.next()?.to_string(), parts.next()?.to_string()),
                parts.next().unwrap_or("").to_string(),
            ))
        })
        .collect()
}

fn extract(document: &Path, reference: Option<&str>) -> Value {
    let path = document.to_string_lossy().into_owned();
    let mut args = vec!["extract", "--include-text", path.as_str()];
    if let Some(reference) = reference {
        args.extend(["--reference-date", reference]);
    }
    let output = common::run(&args);
    common::only_record(&output)
}

#[test]
fn fixtures_agree_with_their_hand_written_answers() {
    let gaps = known_gaps();
    let validator = common::validator();
    let mut failures = Vec::new();
    let mut still_listed = BTreeSet::new();
    let mut agreed = 0usize;
    let mut compared = 0usize;
    let files = answer_files();
    assert!(files.len() >= 40, "fixtures are missing: only {} answers files", files.len());
    for answers_path in files {
        let answers: Value =
            serde_json::from_str(&std::fs::read_to_string(&answers_path).expect("read answers"))
                .expect("answers JSON");
        let document = document_of(&answers_path);
        let relative = document
            .strip_prefix(common::root().join("fixtures"))
            .unwrap_or(&document)
            .to_string_lossy()
            .into_owned();
        let record = extract(&document, answers["reference_date"].as_str());
        common::assert_valid(&validator, &record);
        common::assert_spans_slice_text(&record);
        for field in FIELDS {
            if answers.get(*field).is_none() {
                continue;
            }
            compared += 1;
            let expected = render(field, &answers, false);
            let got = render(field, &record, true);
            let key = (relative.clone(), field.to_string());
            let listed = gaps.contains_key(&key);
            if expected == got {
                agreed += 1;
                if listed {
                    still_listed.insert(format!("{relative}\t{field}"));
                }
            } else if !listed {
                let missing: Vec<&String> = expected.iter().filter(|e| !got.contains(e)).collect();
                let extra: Vec<&String> = got.iter().filter(|g| !expected.contains(g)).collect();
                failures.push(format!("{relative} {field}:\n  missing: {missing:?}\n  extra:   {extra:?}"));
            }
        }
    }
    eprintln!(
        "fixtures: {agreed} of {compared} fields agree with the hand-written answers; {} listed gaps",
        gaps.len()
    );
    assert!(
        still_listed.is_empty(),
        "these known gaps are fixed — delete their lines from tests/fixtures_known_gaps.tsv:\n{}",
        still_listed.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(
        failures.is_empty(),
        "{} fields disagree with the answers:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
