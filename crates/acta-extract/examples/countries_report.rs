//! Country mentions, for reading by hand and for measuring.
//!
//! - `countries_report FILE...` prints every mention with its context (`.md` read as markdown).
//! - `countries_report --check FILE...` compares with `FILE.answers.json` (`countries[]` and
//!   `not_countries[]`) and prints the differences.
//! - `countries_report --bench MB [FILE...]` times `countries::find` on about MB megabytes of a
//!   generated paragraph, or of the given files repeated (run with `--release`).

use std::collections::VecDeque;

use acta_extract::{countries, Doc};
use acta_normalize::{normalize, Flavor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--bench") => {
            bench(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(20), args.get(2..).unwrap_or(&[]))
        }
        Some("--check") => check(args.get(1..).unwrap_or(&[])),
        _ => report(&args),
    }
}

fn load(path: &str) -> Option<String> {
    let raw = std::fs::read_to_string(path).ok()?;
    let flavor = if path.ends_with(".md") { Flavor::Markdown } else { Flavor::Plain };
    Some(normalize(&raw, flavor).text)
}

/// Up to `width` characters of `text` around `start..end`, on one line.
fn context(text: &str, start: usize, end: usize, width: usize) -> String {
    let before: String = text
        .get(..start)
        .unwrap_or("")
        .chars()
        .rev()
        .take(width)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text.get(end..).unwrap_or("").chars().take(width).collect();
    let clean = |s: String| s.replace('\n', " ⏎ ");
    format!("{}[{}]{}", clean(before), text.get(start..end).unwrap_or(""), clean(after))
}

fn report(paths: &[String]) {
    for path in paths {
        let Some(text) = load(path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let doc = Doc::new(&text);
        println!("=== {path}");
        for m in countries::find(&doc) {
            let via = m.via.as_str();
            println!(
                "  {} {:<13} {:<24} {}",
                m.code,
                via,
                m.rule,
                context(&text, m.span.start, m.span.end, 40)
            );
        }
    }
}

fn check(paths: &[String]) {
    let (mut expected_total, mut found_total, mut right) = (0, 0, 0);
    for path in paths {
        let Some(text) = load(path) else { continue };
        let Ok(answers) = std::fs::read_to_string(format!("{path}.answers.json")) else { continue };
        let Ok(answers) = serde_json::from_str::<serde_json::Value>(&answers) else { continue };
        let doc = Doc::new(&text);
        let found = countries::find(&doc);
        let expected: Vec<(String, String, String)> = answers["countries"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|c| {
                        let field = |k: &str| c[k].as_str().unwrap_or("").to_string();
                        (field("text"), field("code"), field("via"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let got: Vec<(String, String, String)> =
            found.iter().map(|m| (m.text.clone(), m.code.clone(), m.via.as_str().to_string())).collect();
        expected_total += expected.len();
        found_total += got.len();
        // Multiset comparison in document order.
        let mut pending: VecDeque<_> = expected.iter().collect();
        let mut extra = Vec::new();
        for item in &got {
            if let Some(pos) = pending.iter().position(|e| *e == item) {
                pending.remove(pos);
                right += 1;
            } else {
                extra.push(item);
            }
        }
        let not_countries: Vec<&str> = answers["not_countries"]
            .as_array()
            .map(|l| l.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        if pending.is_empty() && extra.is_empty() {
            continue;
        }
        println!("=== {path}");
        for item in pending {
            println!("  MISSING {item:?}");
        }
        for item in extra {
            let m = found.iter().find(|m| m.text == item.0 && m.code == item.1);
            let ctx = m.map(|m| context(&text, m.span.start, m.span.end, 40)).unwrap_or_default();
            println!("  EXTRA   {item:?} {ctx}");
        }
        if !not_countries.is_empty() {
            println!("  (not_countries: {not_countries:?})");
        }
    }
    println!("expected {expected_total}, found {found_total}, right {right}");
}

fn bench(megabytes: usize, files: &[String]) {
    let generated = "El Gobierno de México y la delegación salvadoreña se reunieron en la Ciudad de Panamá con \
        representantes de Guatemala, Honduras, Costa Rica y EE.UU. para revisar la situación migratoria en la región; \
        la Conferencia Regional sobre Migración (CRM) aprobó por consenso los lineamientos regionales para la \
        identificación de perfiles de personas migrantes en condición de vulnerabilidad, y las autoridades \
        reiteraron su compromiso con los Estados miembros durante el año 2021.\n\n";
    let from_files: String = files.iter().filter_map(|path| load(path)).map(|text| text + "\n\n").collect();
    let paragraph = if from_files.is_empty() { generated.to_string() } else { from_files };
    let target = megabytes * 1_000_000;
    let text = paragraph.repeat(target / paragraph.len() + 1);
    let doc = Doc::new(&text);
    // Build the gazetteer (once per process) before timing the scan, and say what it costs.
    // (wall time: /proc/self/schedstat is too coarse for a few milliseconds)
    let built = std::time::Instant::now();
    let _ = countries::find(&Doc::new("México"));
    println!("gazetteer built in {:.1} ms", built.elapsed().as_secs_f64() * 1e3);
    let rounds = 3;
    let cpu_start = cpu_seconds();
    let start = std::time::Instant::now();
    let mut count = 0;
    for _ in 0..rounds {
        count += countries::find(&doc).len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!("{mb:.1} MB in {secs:.3} s wall: {:.1} MB/s ({} mentions per round)", mb / secs, count / rounds);
    if let (Some(a), Some(b)) = (cpu_start, cpu_seconds()) {
        println!("{mb:.1} MB in {:.3} s on CPU: {:.1} MB/s per core", b - a, mb / (b - a));
    }
}

/// Time this process has run on a CPU (Linux `/proc/self/schedstat`, nanoseconds), so that the
/// figure holds on a shared, oversubscribed machine; `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}
