//! Throughput of the dates extractor alone, over a generated communiqué-like text.
//!
//! `CARGO_TARGET_DIR=/work/target-dates cargo run --release -p acta-extract --example dates_speed`

use std::time::Instant;

use acta_extract::{dates, CivilDate, Doc};

const PARAGRAPHS: &[&str] = &[
    "Ciudad de México, 3 de diciembre de 2021. El día 3 de diciembre de 2021 concluyeron satisfactoriamente los trabajos de la XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración (CRM).",
    "Durante dos días de trabajo, las y los viceministros y jefes de delegación de los 11 países miembros dialogaron sobre la situación migratoria en la región, identificaron retos y propusieron acciones conjuntas.",
    "Se destacó que desde la Presidencia Pro-Témpore se ha impulsado un plan de trabajo orientado a fortalecer la gobernanza migratoria y fomentar la integración plena de las personas en contextos de movilidad.",
    "El Gobierno de México reitera su compromiso para acompañar al Gobierno de El Salvador como nueva Presidencia durante 2022, en el marco de la Agenda 2030 y del Plan de Acción 2022-2024.",
    "La reunión se celebrará del 8 al 10 de mayo, y el taller tendrá lugar el próximo lunes a las 10:00 horas; la ley 1/2019 y la Resolución 2019/3 siguen vigentes.",
    "Asimismo, se aprobaron por consenso dos documentos que serán orientadores de las políticas migratorias en la región, a finales de marzo y en el primer semestre de 2020.",
];

fn main() {
    let mut text = String::new();
    let mut k = 0;
    while text.len() < 20 * 1024 * 1024 {
        text.push_str(PARAGRAPHS[k % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        k += 1;
    }
    let doc = Doc::new(&text);
    let anchor = CivilDate::new(2021, 12, 3);
    let _ = dates::find(&doc, anchor); // warm up the lexicon
    let runs = 5;
    let started = Instant::now();
    let mut mentions = 0;
    for _ in 0..runs {
        mentions = dates::find(&doc, anchor).mentions.len();
    }
    let secs = started.elapsed().as_secs_f64() / f64::from(runs);
    let mb = text.len() as f64 / 1e6;
    println!("dates::find: {mb:.1} MB in {secs:.3} s = {:.0} MB/s ({mentions} mentions)", mb / secs);
}
