//! Where the text path spends its time: each stage timed over a directory of text documents,
//! in one thread, no file or JSON I/O in the timings.
//!
//! ```text
//! python3 bench/bench.py --docs 2000 --keep /tmp/acta-bench
//! cargo run --release -p acta-extract --example stage_speed -- /tmp/acta-bench
//! ```
//! Prints, per stage, the CPU time over the whole set and the stage's throughput in MB/s of
//! input text (documents are normalised once; each extractor then runs over every document).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use acta_extract::{
    countries, dateline, dates, events, instruments, language, organizations, people, CivilDate, Doc,
};
use acta_normalize::{normalize, Flavor};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(path);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "/tmp/acta-bench".to_string());
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    let raw: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = raw.iter().map(String::len).sum();
    if raw.is_empty() {
        eprintln!("no .txt/.md documents under {dir}");
        std::process::exit(2);
    }
    let mb = bytes as f64 / 1e6;
    let mut total = Duration::ZERO;
    let mut report = |name: &str, elapsed: Duration| {
        total += elapsed;
        println!(
            "{name:<14} {:>8.1} ms {:>9.1} MB/s",
            elapsed.as_secs_f64() * 1e3,
            mb / elapsed.as_secs_f64()
        );
    };
    println!("{} documents, {mb:.2} MB", raw.len());

    let started = Instant::now();
    let normalized: Vec<String> = raw.iter().map(|r| normalize(r, Flavor::Plain).text).collect();
    report("normalize", started.elapsed());

    let started = Instant::now();
    let docs: Vec<Doc<'_>> = normalized.iter().map(|t| Doc::new(t)).collect();
    report("fold", started.elapsed());

    let started = Instant::now();
    let languages = docs.iter().filter(|d| language::detect_doc(d).code == "es").count();
    report("language", started.elapsed());

    let started = Instant::now();
    let datelines: Vec<_> = docs.iter().map(|d| dateline::find_dateline(d, None)).collect();
    report("dateline", started.elapsed());

    let anchor = CivilDate::new(2021, 12, 3);
    let started = Instant::now();
    let found_dates: Vec<_> = docs.iter().map(|d| dates::find(d, anchor)).collect();
    report("dates", started.elapsed());

    let started = Instant::now();
    let found_countries: Vec<_> = docs.iter().map(countries::find).collect();
    report("countries", started.elapsed());

    let started = Instant::now();
    let orgs: Vec<_> = docs.iter().zip(&found_countries).map(|(d, c)| organizations::find(d, c)).collect();
    report("organizations", started.elapsed());

    let started = Instant::now();
    let found_people: usize = docs.iter().zip(&orgs).map(|(d, o)| people::find(d, o).len()).sum();
    report("people", started.elapsed());

    let started = Instant::now();
    let found_events: Vec<_> = docs
        .iter()
        .zip(&found_dates)
        .zip(&orgs)
        .map(|((d, fd), o)| events::find(d, &fd.mentions, o))
        .collect();
    report("events", started.elapsed());

    let started = Instant::now();
    let found_instruments: usize = docs
        .iter()
        .zip(&found_dates)
        .zip(&found_events)
        .map(|((d, fd), e)| instruments::find(d, &fd.mentions, e, &[], None).instruments.len())
        .sum();
    report("instruments", started.elapsed());

    let started = Instant::now();
    let issuers = docs
        .iter()
        .zip(&orgs)
        .zip(&datelines)
        .filter(|((d, o), dl)| {
            dateline::find_title(d, dl.as_ref(), o).is_some()
                | dateline::find_issuer(d, o, dl.as_ref()).is_some()
        })
        .count();
    report("title+issuer", started.elapsed());

    println!("{:<14} {:>8.1} ms {:>9.1} MB/s", "total", total.as_secs_f64() * 1e3, mb / total.as_secs_f64());
    println!(
        "(spanish {languages}, people {found_people}, events {}, instruments {found_instruments}, titled {issuers})",
        found_events.iter().map(Vec::len).sum::<usize>()
    );
}
