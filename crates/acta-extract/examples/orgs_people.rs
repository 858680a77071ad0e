//! Prints the organisations and people found in text files, for reading the output by eye:
//! `cargo run -p acta-extract --example orgs_people -- FILE...`.
//! With `--bench MB [FILE...]`, times organisations + people over that many megabytes: one text of
//! a generated paragraph dense with bodies and people, or the given files as documents, repeated.
//! With `--time ROUNDS DIR`, times both families over every `.txt`/`.md` under DIR (as the
//! bench corpus of `bench/bench.py --keep DIR`), ROUNDS times, countries found beforehand.
//! With `--dump DIR`, prints one JSON line per document (and per stress variant of it: upper
//! case, every word capitalised) with every field of every organisation and person, for
//! checking that a rewrite keeps the output identical.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use acta_extract::{countries, organizations, people, Doc};
use acta_normalize::{normalize, Flavor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--time") {
        let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
        time_directory(rounds, Path::new(args.get(2).map_or("/tmp/acta-bench", String::as_str)));
        return;
    }
    if args.first().map(String::as_str) == Some("--dump") {
        for dir in args.iter().skip(1) {
            dump_directory(Path::new(dir));
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--bench") {
        let megabytes: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(20);
        // Optional files: each one's normalised text is a document, run again and again.
        let documents: Vec<String> = args
            .iter()
            .skip(2)
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .map(|raw| normalize(&raw, Flavor::Plain).text)
            .collect();
        if documents.is_empty() {
            bench(megabytes);
        } else {
            bench_documents(megabytes, &documents);
        }
        return;
    }
    let json = args.first().map(String::as_str) == Some("--json");
    for path in args.iter().skip(usize::from(json)) {
        let Ok(raw) = std::fs::read_to_string(path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let flavor = if path.ends_with(".md") { Flavor::Markdown } else { Flavor::Plain };
        let normalized = normalize(&raw, flavor);
        let doc = Doc::new(&normalized.text);
        let countries = countries::find(&doc);
        let orgs = organizations::find(&doc, &countries);
        let persons = people::find(&doc, &orgs);
        if json {
            let orgs: Vec<_> = orgs
                .iter()
                .map(|o| serde_json::json!({"name": o.name, "acronym": o.acronym, "text": o.text}))
                .collect();
            let persons: Vec<_> =
                persons.iter().map(|p| serde_json::json!({"name": p.name, "role": p.role})).collect();
            println!("{}", serde_json::json!({"file": path, "organizations": orgs, "people": persons}));
            continue;
        }
        println!("== {path}");
        for o in &orgs {
            let mentions: Vec<&str> = o.mentions.iter().map(|s| doc.slice(s.start, s.end)).collect();
            println!("  ORG  {:?} name={:?} acr={:?} [{}] {:?}", o.text, o.name, o.acronym, o.rule, mentions);
        }
        for p in &persons {
            let mentions: Vec<&str> = p.mentions.iter().map(|s| doc.slice(s.start, s.end)).collect();
            println!("  PER  {:?} role={:?} [{}] {:?}", p.name, p.role, p.rule, mentions);
        }
    }
}

fn bench_documents(megabytes: usize, documents: &[String]) {
    let docs: Vec<Doc<'_>> = documents.iter().map(|t| Doc::new(t)).collect();
    let bytes_per_round: usize = documents.iter().map(String::len).sum();
    let rounds = ((megabytes << 20) / bytes_per_round.max(1)).max(1);
    let (mut orgs_time, mut people_time) = (0.0, 0.0);
    let mut found = (0, 0);
    for _ in 0..rounds {
        for doc in &docs {
            let start = std::time::Instant::now();
            let orgs = organizations::find(doc, &[]);
            let middle = std::time::Instant::now();
            let persons = people::find(doc, &orgs);
            let end = std::time::Instant::now();
            orgs_time += (middle - start).as_secs_f64();
            people_time += (end - middle).as_secs_f64();
            found = (found.0 + orgs.len(), found.1 + persons.len());
        }
    }
    let mb = (bytes_per_round * rounds) as f64 / 1e6;
    println!(
        "{mb:.1} MB in {} documents: organizations {:.1} MB/s, people {:.1} MB/s, both {:.1} MB/s ({} + {} entities)",
        docs.len() * rounds,
        mb / orgs_time,
        mb / people_time,
        mb / (orgs_time + people_time),
        found.0,
        found.1
    );
}

fn bench(megabytes: usize) {
    let paragraph = "El subsecretario de Derechos Humanos, Población y Migración, Alejandro Encinas Rodríguez, \
        se reunió con la canciller Antonia Urrejola y con representantes de la Organización Internacional para \
        las Migraciones (OIM), de la CEPAL y del Gobierno de México en la sede de la Secretaría de Relaciones \
        Exteriores. Marcelo Ebrard, secretario de Relaciones Exteriores, dijo que la OIM y el ACNUR apoyarán \
        los trabajos de la Conferencia Regional sobre Migración durante 2022, en coordinación con el Instituto \
        Nacional de Migración y la Unión Europea. Encinas agradeció el apoyo de las delegaciones.\n\n";
    let mut text = String::with_capacity(megabytes << 20);
    while text.len() < megabytes << 20 {
        text.push_str(paragraph);
    }
    let doc = Doc::new(&text);
    let start = std::time::Instant::now();
    let orgs = organizations::find(&doc, &[]);
    let middle = std::time::Instant::now();
    let persons = people::find(&doc, &orgs);
    let end = std::time::Instant::now();
    let mb = text.len() as f64 / 1e6;
    let (o, p, t) =
        ((middle - start).as_secs_f64(), (end - middle).as_secs_f64(), (end - start).as_secs_f64());
    println!(
        "{mb:.1} MB: organizations {:.1} MB/s ({} entities), people {:.1} MB/s ({} entities), both {:.1} MB/s",
        mb / o,
        orgs.len(),
        mb / p,
        persons.len(),
        mb / t
    );
}

/// Every `.txt`/`.md` file under `dir`, sorted.
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

/// The normalised text of every document under `dir`, with its path.
fn normalized_documents(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files(dir, &mut paths);
    paths
        .into_iter()
        .filter_map(|path| {
            let raw = std::fs::read_to_string(&path).ok()?;
            let flavor =
                if path.extension().is_some_and(|e| e == "md") { Flavor::Markdown } else { Flavor::Plain };
            let text = normalize(&raw, flavor).text;
            Some((path, text))
        })
        .collect()
}

/// CPU time of this thread so far (user + system), from `/proc/thread-self/stat`: unlike wall
/// time, it does not count the time other processes of a busy machine take. Ticks of 10 ms.
fn thread_cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = [11, 12].iter().filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok())).sum();
    Duration::from_millis(ticks * 10)
}

fn time_directory(rounds: usize, dir: &Path) {
    let documents = normalized_documents(dir);
    let docs: Vec<Doc<'_>> = documents.iter().map(|(_, t)| Doc::new(t)).collect();
    let found_countries: Vec<_> = docs.iter().map(countries::find).collect();
    let bytes: usize = documents.iter().map(|(_, t)| t.len()).sum();
    let rounds = rounds.max(1);
    let per_round = |d: Duration| d.as_secs_f64() * 1e3 / rounds as f64;
    let mb = bytes as f64 / 1e6;
    // The word scan both families share (`Doc::scan` keeps it), timed alone; `rounds` times, so
    // that CPU time (10 ms ticks) can be read per stage.
    let (wall, cpu) = (Instant::now(), thread_cpu_time());
    let mut empty = 0;
    for _ in 0..rounds {
        empty = docs.iter().map(organizations::scan_doc).filter(|scan| scan.is_empty()).count();
    }
    let scan_time = (wall.elapsed(), thread_cpu_time().saturating_sub(cpu));
    // Each family over the kept scans.
    let orgs: Vec<_> = docs.iter().zip(&found_countries).map(|(d, c)| organizations::find(d, c)).collect();
    let (wall, cpu) = (Instant::now(), thread_cpu_time());
    let mut found = (0, 0);
    for _ in 0..rounds {
        found.0 = docs.iter().zip(&found_countries).map(|(d, c)| organizations::find(d, c).len()).sum();
    }
    let orgs_time = (wall.elapsed(), thread_cpu_time().saturating_sub(cpu));
    let (wall, cpu) = (Instant::now(), thread_cpu_time());
    for _ in 0..rounds {
        found.1 = docs.iter().zip(&orgs).map(|(d, o)| people::find(d, o).len()).sum();
    }
    let people_time = (wall.elapsed(), thread_cpu_time().saturating_sub(cpu));
    let total = per_round(scan_time.1) + per_round(orgs_time.1) + per_round(people_time.1);
    println!(
        "{} documents, {mb:.2} MB, {rounds} rounds; per round, CPU (wall): scan {:.1} ms ({:.1}), organizations {:.1} ms ({:.1}), people {:.1} ms ({:.1}); together {total:.1} ms CPU, {:.1} MB/s; {} + {} entities{}",
        docs.len(),
        per_round(scan_time.1),
        per_round(scan_time.0),
        per_round(orgs_time.1),
        per_round(orgs_time.0),
        per_round(people_time.1),
        per_round(people_time.0),
        mb / (total / 1e3),
        found.0,
        found.1,
        if empty > 0 { " (some documents have no words)" } else { "" }
    );
}

/// Capitalises the first letter of every word: a text dense with candidate names.
fn capitalise_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_alphanumeric = false;
    for ch in text.chars() {
        if !previous_alphanumeric && ch.is_lowercase() {
            out.extend(ch.to_uppercase());
        } else {
            out.push(ch);
        }
        previous_alphanumeric = ch.is_alphanumeric();
    }
    out
}

fn dump_directory(dir: &Path) {
    let mut paths = Vec::new();
    files(dir, &mut paths);
    for path in paths {
        let Ok(raw) = std::fs::read_to_string(&path) else { continue };
        let flavor =
            if path.extension().is_some_and(|e| e == "md") { Flavor::Markdown } else { Flavor::Plain };
        let text = normalize(&raw, flavor).text;
        let variants = [
            ("plain", text.clone()),
            ("upper", text.to_uppercase()),
            ("capitalised", capitalise_words(&text)),
            // The file as read, not normalised, with no countries: what the two families do
            // alone, whatever other stages become.
            ("raw", raw.clone()),
            ("raw upper", raw.to_uppercase()),
            ("raw capitalised", capitalise_words(&raw)),
        ];
        for (variant, text) in variants {
            let doc = Doc::new(&text);
            let standalone = variant.starts_with("raw");
            let found_countries = if standalone { Vec::new() } else { countries::find(&doc) };
            let orgs = organizations::find(&doc, &found_countries);
            let persons = people::find(&doc, &orgs);
            println!(
                "{}",
                serde_json::json!({
                    "file": path.display().to_string(),
                    "variant": variant,
                    "text_bytes": text.len(),
                    "countries": found_countries.len(),
                    "organizations": orgs,
                    "people": persons,
                })
            );
        }
    }
}
