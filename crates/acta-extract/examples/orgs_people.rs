//! Prints the organisations and people found in text files, for reading the output by eye:
//! `cargo run -p acta-extract --example orgs_people -- FILE...`.
//! With `--bench MB`, times organisations + people over a generated text of that size.

use acta_extract::{countries, organizations, people, Doc};
use acta_normalize::{normalize, Flavor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--bench") {
        let megabytes: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(20);
        bench(megabytes);
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
