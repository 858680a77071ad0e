//! Prints the organisations and people found in text files, for reading the output by eye:
//! `cargo run -p acta-extract --example orgs_people -- FILE...`.
//! With `--bench MB [FILE...]`, times organisations + people over that many megabytes: one text of
//! a generated paragraph dense with bodies and people, or the given files as documents, repeated.

use acta_extract::{countries, organizations, people, Doc};
use acta_normalize::{normalize, Flavor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
