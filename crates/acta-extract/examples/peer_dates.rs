//! Runs the dates extractor over a peer-suite cases file and writes scorer predictions.
//!
//! `cargo run -p acta-extract --example peer_dates -- CASES.jsonl > PRED.jsonl`
//! (each line `{"id", "text", "reference"}` in; `{"id", "found": [{text, start, end, value}]}`
//! out, offsets in code points).

use std::io::{BufRead, Write};

use acta_extract::dates::find_in_text;
use acta_extract::CivilDate;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: peer_dates CASES.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(&line)?;
        let id = case["id"].clone();
        let text = case["text"].as_str().unwrap_or_default();
        let anchor = case["reference"].as_str().and_then(|r| r.get(..10)).and_then(CivilDate::parse_iso);
        let found: Vec<serde_json::Value> = find_in_text(text, anchor)
            .into_iter()
            .map(|m| {
                serde_json::json!({"text": m.text, "start": m.span.start, "end": m.span.end, "value": m.value})
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": id, "found": found}))?;
    }
    Ok(())
}
