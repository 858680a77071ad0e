//! Prints the events and instruments acta finds in each file given on the command line
//! (`.md` files are read as markdown, everything else as plain text), for reading by hand.
//! With `--text` it prints the normalised text first. With `--bench N` it times
//! `events::find` + `instruments::find` over all inputs N times and prints MB/s.

use acta_extract::{dates, events, instruments, organizations, Doc};
use acta_normalize::{normalize, Flavor};

fn main() {
    let mut show_text = false;
    let mut json = false;
    let mut bench: Option<usize> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--text" => show_text = true,
            "--json" => json = true,
            "--bench" => bench = args.next().and_then(|n| n.parse().ok()),
            _ => paths.push(arg),
        }
    }
    let mut docs = Vec::new();
    for path in &paths {
        let Ok(raw) = std::fs::read_to_string(path) else {
            eprintln!("{path}: unreadable");
            continue;
        };
        let flavor = if path.ends_with(".md") { Flavor::Markdown } else { Flavor::Plain };
        docs.push((path.clone(), normalize(&raw, flavor)));
    }
    if let Some(rounds) = bench {
        let prepared: Vec<_> = docs
            .iter()
            .map(|(_, n)| {
                let doc = Doc::new(&n.text);
                let found_dates = dates::find(&doc, None);
                let orgs = organizations::find(&doc, &[]);
                (doc, found_dates.mentions, orgs)
            })
            .collect();
        let bytes: usize = docs.iter().map(|(_, n)| n.text.len()).sum();
        let start = std::time::Instant::now();
        let mut count = 0usize;
        for _ in 0..rounds {
            for (doc, dates, orgs) in &prepared {
                let evs = events::find(doc, dates, orgs);
                let ins = instruments::find(doc, dates, &evs, &[], None);
                count += evs.len() + ins.instruments.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (bytes * rounds) as f64 / 1e6;
        println!("{mb:.1} MB in {secs:.3} s: {:.1} MB/s ({count} findings)", mb / secs);
        return;
    }
    for (path, normalized) in &docs {
        let doc = Doc::new(&normalized.text);
        if json {
            let found_dates = dates::find(&doc, None);
            let orgs = organizations::find(&doc, &[]);
            let evs = events::find(&doc, &found_dates.mentions, &orgs);
            let ins = instruments::find(&doc, &found_dates.mentions, &evs, &[], None);
            let record = serde_json::json!({
                "path": path,
                "events": evs.iter().map(|e| serde_json::json!({
                    "name": e.name, "type": e.event_type.as_str(), "ordinal": e.ordinal, "date": e.date,
                })).collect::<Vec<_>>(),
                "instruments": ins.instruments.iter().map(|i| serde_json::json!({
                    "title": i.title, "type": i.instrument_type.as_str(), "action": i.action.as_str(),
                    "mode": i.mode.map(|m| m.as_str()), "ordinal": i.ordinal, "date": i.date,
                })).collect::<Vec<_>>(),
                "warnings": ins.warnings.iter().map(|w| w.code.as_str()).collect::<Vec<_>>(),
            });
            println!("{record}");
            continue;
        }
        println!("=== {path}");
        if show_text {
            println!("{}\n---", normalized.text);
        }
        let found_dates = dates::find(&doc, None);
        let orgs = organizations::find(&doc, &[]);
        let evs = events::find(&doc, &found_dates.mentions, &orgs);
        for e in &evs {
            println!(
                "EVENT {:?} ord={:?} date={:?} place={:?} orgs={:?} [{}] x{}\n      {}",
                e.event_type,
                e.ordinal,
                e.date,
                e.place,
                e.organizations,
                e.rule,
                e.mentions.len(),
                e.name
            );
        }
        let ins = instruments::find(&doc, &found_dates.mentions, &evs, &[], None);
        for i in &ins.instruments {
            println!(
                "INSTR {:?} {:?} mode={:?} ord={:?} date={:?} [{}] x{}\n      {}",
                i.instrument_type,
                i.action,
                i.mode,
                i.ordinal,
                i.date,
                i.rule,
                i.mentions.len(),
                i.title
            );
        }
        for w in &ins.warnings {
            println!("WARN {:?} {}", w.code, w.message);
        }
    }
}
