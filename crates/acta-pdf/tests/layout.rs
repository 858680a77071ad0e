//! Layout cases: columns, running headers/footers, hyphenation, paragraphs.

mod common;

use common::{doc, flat, helvetica, lines_at, text};

#[test]
fn two_columns_are_read_column_by_column() {
    // Rows emitted interleaved (left, right, left, right...), narrow gutter of 12 pt.
    let mut lines = vec![(72.0, 780.0, "Boletín conjunto de dos columnas con título ancho")];
    for i in 0..14 {
        let y = 750.0 - 13.0 * f64::from(i);
        lines.push((72.0, y, LEFT[i as usize]));
        lines.push((300.0, y, RIGHT[i as usize]));
    }
    let t = text(&doc(&[lines_at(&lines)], &[helvetica()]));
    let expected =
        format!("Boletín conjunto de dos columnas con título ancho {} {}", LEFT.join(" "), RIGHT.join(" "));
    assert_eq!(flat(&t), expected);
}

const LEFT: [&str; 14] = [
    "izquierda uno texto largo",
    "izquierda dos texto largo",
    "izquierda tres texto",
    "izquierda cuatro texto",
    "izquierda cinco texto",
    "izquierda seis texto",
    "izquierda siete texto",
    "izquierda ocho texto",
    "izquierda nueve texto",
    "izquierda diez texto",
    "izquierda once texto",
    "izquierda doce texto",
    "izquierda trece texto",
    "izquierda catorce fin",
];
const RIGHT: [&str; 14] = [
    "derecha uno texto",
    "derecha dos texto",
    "derecha tres texto",
    "derecha cuatro texto",
    "derecha cinco texto",
    "derecha seis texto",
    "derecha siete texto",
    "derecha ocho texto",
    "derecha nueve texto",
    "derecha diez texto",
    "derecha once texto",
    "derecha doce texto",
    "derecha trece texto",
    "derecha catorce fin",
];

#[test]
fn repeated_headers_footers_and_page_numbers_are_removed() {
    let pages: Vec<Vec<u8>> = (1..=3)
        .map(|n| {
            let body = format!("Cuerpo de la página número {n} del comunicado.");
            let footer = format!("Comunicado No. 287 — Página {n} de 3");
            lines_at(&[
                (72.0, 800.0, "Ministerio de Relaciones Exteriores"),
                (72.0, 700.0, body.as_str()),
                (72.0, 40.0, footer.as_str()),
            ])
        })
        .collect();
    let r = acta_pdf::extract_text(&doc(&pages, &[helvetica()]), &acta_pdf::PdfLimits::default()).unwrap();
    assert_eq!(r.pages.len(), 3);
    for (i, p) in r.pages.iter().enumerate() {
        assert_eq!(p, &format!("Cuerpo de la página número {} del comunicado.", i + 1));
    }
}

#[test]
fn lone_page_number_is_removed_on_a_single_page() {
    let t = text(&doc(
        &[lines_at(&[(72.0, 700.0, "Texto del comunicado."), (290.0, 30.0, "1")])],
        &[helvetica()],
    ));
    assert_eq!(t, "Texto del comunicado.");
}

#[test]
fn line_end_hyphens_are_undone_real_hyphens_stay() {
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "el fenómeno de la migra-"),
            (72.0, 687.0, "ción irregular y la Presidencia Pro-"),
            (72.0, 674.0, "Témpore del bloque franco-"),
            (72.0, 661.0, "costarricense, periodo 2022-2024."),
        ])],
        &[helvetica()],
    ));
    assert_eq!(
        flat(&t),
        "el fenómeno de la migración irregular y la Presidencia Pro-Témpore del bloque francocostarricense, periodo 2022-2024."
    );
}

#[test]
fn paragraphs_are_separated_by_a_blank_line() {
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "Primer párrafo, primera línea"),
            (72.0, 687.0, "y su segunda línea."),
            (72.0, 660.0, "Segundo párrafo tras un espacio."),
        ])],
        &[helvetica()],
    ));
    assert_eq!(t, "Primer párrafo, primera línea\ny su segunda línea.\n\nSegundo párrafo tras un espacio.");
}

#[test]
fn table_rows_stay_rows() {
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "País"),
            (250.0, 700.0, "Delegados"),
            (72.0, 687.0, "México"),
            (250.0, 687.0, "12"),
            (72.0, 674.0, "Perú"),
            (250.0, 674.0, "7"),
        ])],
        &[helvetica()],
    ));
    assert_eq!(t, "País Delegados\nMéxico 12\nPerú 7");
}

#[test]
fn short_two_column_tail_is_read_column_by_column() {
    // the last page of a two-column bulletin: few lines, a spanning header and footer
    let t = text(&doc(
        &[lines_at(&[
            (150.0, 800.0, "Servicio Nacional de Migración — Boletín informativo n.º 12 extra"),
            (72.0, 760.0, "que la persona hubiese manifestado temor"),
            (340.0, 760.0, "un acuerdo con la República Dominicana"),
            (72.0, 747.0, "fundado de persecución, conforme al principio"),
            (340.0, 747.0, "y otro con el Ecuador para agilizar la"),
            (72.0, 734.0, "de no devolución."),
            (340.0, 734.0, "verificación de identidad de nacionales."),
        ])],
        &[helvetica()],
    ));
    assert_eq!(
        flat(&t),
        "Servicio Nacional de Migración — Boletín informativo n.º 12 extra que la persona hubiese manifestado temor \
         fundado de persecución, conforme al principio de no devolución. un acuerdo con la República Dominicana \
         y otro con el Ecuador para agilizar la verificación de identidad de nacionales."
    );
}

#[test]
fn single_page_small_header_and_page_footer_are_removed() {
    let mut content = b"BT /F1 8.5 Tf 200 800 Td (Secretar\xeda de Gobernaci\xf3n) Tj ET\n".to_vec();
    content
        .extend_from_slice(b"BT /F1 11 Tf 72 760 Td (Ciudad de M\xe9xico, 3 de diciembre de 2021) Tj ET\n");
    content.extend_from_slice(b"BT /F1 16 Tf 72 730 Td (Comunicado del Gobierno) Tj ET\n");
    for (i, y) in [700, 687, 674, 661].iter().enumerate() {
        content.extend_from_slice(
            format!("BT /F1 11 Tf 72 {y} Td (L\\355nea {i} del cuerpo del comunicado.) Tj ET\n").as_bytes(),
        );
    }
    content.extend_from_slice(b"BT /F1 8.5 Tf 220 40 Td (Comunicado No. 287 \x97 P\xe1gina 1 de 1) Tj ET\n");
    let t = text(&doc(&[content], &[helvetica()]));
    assert!(t.starts_with("Ciudad de México, 3 de diciembre de 2021"), "{t}");
    assert!(t.ends_with("Línea 3 del cuerpo del comunicado."), "{t}");
}

#[test]
fn hyphen_across_a_hanging_indent_list_item() {
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "\u{95} fortalecer el intercambio de datos, con pleno re-"),
            (84.0, 687.0, "speto a la protección de datos personales;"),
            (72.0, 674.0, "\u{95} simplificar los requisitos."),
        ])],
        &[helvetica()],
    ));
    assert_eq!(
        t,
        "fortalecer el intercambio de datos, con pleno respeto a la protección de datos personales;\nsimplificar los requisitos."
    );
}

#[test]
fn wrapped_table_cells_stay_in_their_row() {
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "Fecha"),
            (200.0, 700.0, "Actividad"),
            (400.0, 700.0, "Sede"),
            (72.0, 680.0, "24 de septiembre de"),
            (200.0, 680.0, "Reunión técnica de comercio y"),
            (400.0, 680.0, "Dajabón"),
            (72.0, 667.0, "2018"),
            (200.0, 667.0, "aduanas"),
            (72.0, 647.0, "15 de octubre de 2018"),
            (200.0, 647.0, "Mesa de salud fronteriza"),
            (400.0, 647.0, "Ouanaminthe"),
        ])],
        &[helvetica()],
    ));
    assert_eq!(
        flat(&t),
        "Fecha Actividad Sede 24 de septiembre de 2018 Reunión técnica de comercio y aduanas Dajabón \
         15 de octubre de 2018 Mesa de salud fronteriza Ouanaminthe"
    );
}

#[test]
fn tight_table_cells_wrapped_with_a_hyphen_are_joined_whole() {
    // The "Actividad" cell ends 5.5 pt (half an em) before the "Sede" column, and its text is
    // hyphenated across the cell's two lines; cells are drawn one after the other, as
    // LibreOffice draws tables.
    let t = text(&doc(
        &[lines_at(&[
            (72.0, 700.0, "Fecha"),
            (230.0, 700.0, "Actividad"),
            (348.0, 700.0, "Sede"),
            (72.0, 683.0, "24 de septiembre de 2018"),
            (230.0, 683.0, "Reunión técnica de co-"),
            (230.0, 671.0, "mercio y aduanas"),
            (348.0, 683.0, "Dajabón"),
        ])],
        &[helvetica()],
    ));
    assert_eq!(
        flat(&t),
        "Fecha Actividad Sede 24 de septiembre de 2018 Reunión técnica de comercio y aduanas Dajabón"
    );
}

/// Lines in Helvetica at (x, y, size).
fn sized_lines(lines: &[(f64, f64, f64, &str)]) -> Vec<u8> {
    let mut c = Vec::new();
    for (x, y, size, t) in lines {
        c.extend_from_slice(format!("BT /F1 {size} Tf {x} {y} Td (").as_bytes());
        c.extend_from_slice(&common::latin1(t));
        c.extend_from_slice(b") Tj ET\n");
    }
    c
}

#[test]
fn a_heading_set_large_keeps_its_wrapped_lines_together() {
    // A 16 pt headline over two lines (pitch 19.2 pt, more than the body's 13 pt pitch times
    // 1.3), then two body paragraphs in 11 pt.
    let t = text(&doc(
        &[sized_lines(&[
            (72.0, 760.0, 16.0, "Comunicado del Gobierno de México como Presidencia"),
            (72.0, 740.8, 16.0, "Pro Témpore de la Conferencia Regional"),
            (72.0, 712.0, 11.0, "El día 3 de diciembre concluyeron los trabajos"),
            (72.0, 699.0, 11.0, "de la reunión con dos documentos aprobados."),
            (72.0, 686.0, 11.0, "Las delegaciones dialogaron sobre la región"),
            (72.0, 659.0, 11.0, "Segundo párrafo tras un espacio en blanco."),
            (72.0, 646.0, 11.0, "Y su segunda línea."),
        ])],
        &[helvetica()],
    ));
    let paragraphs: Vec<String> = t.split("\n\n").map(flat).collect();
    assert_eq!(
        paragraphs,
        [
            "Comunicado del Gobierno de México como Presidencia Pro Témpore de la Conferencia Regional",
            "El día 3 de diciembre concluyeron los trabajos de la reunión con dos documentos aprobados. Las delegaciones dialogaron sobre la región",
            "Segundo párrafo tras un espacio en blanco. Y su segunda línea.",
        ]
    );
}

#[test]
fn a_heading_ends_at_a_gap_wider_than_its_own_pitch_or_when_it_stands_alone_and_short() {
    // A 12 pt heading over two tight lines (12 pt pitch), then the body 18 pt below, in a
    // page whose body pitch (16 pt) would hide that gap; then a short bold-less sub-heading
    // with no closing stop, set in the body's size right above its paragraph.
    let t = text(&doc(
        &[sized_lines(&[
            (72.0, 760.0, 12.0, "México y Guatemala celebran la XIV Reunión del Grupo de"),
            (72.0, 748.0, 12.0, "Alto Nivel de Seguridad Fronteriza"),
            (72.0, 730.0, 11.0, "A las 10:30 horas de este jueves dio inicio la reunión de los"),
            (72.0, 714.0, 11.0, "grupos de trabajo de ambos países en la sede de la Cancillería."),
            (72.0, 698.0, 11.0, "Las delegaciones revisaron los resultados de los subgrupos."),
            (72.0, 672.0, 11.0, "Estaciones de recepción"),
            (72.0, 656.0, 11.0, "Las estaciones atendieron durante el semestre a muchas personas"),
            (72.0, 640.0, 11.0, "que llegaron por la selva desde la frontera con Colombia."),
        ])],
        &[helvetica()],
    ));
    let paragraphs: Vec<String> = t.split("\n\n").map(flat).collect();
    assert_eq!(
        paragraphs,
        [
            "México y Guatemala celebran la XIV Reunión del Grupo de Alto Nivel de Seguridad Fronteriza",
            "A las 10:30 horas de este jueves dio inicio la reunión de los grupos de trabajo de ambos países en la sede de la Cancillería. Las delegaciones revisaron los resultados de los subgrupos.",
            "Estaciones de recepción",
            "Las estaciones atendieron durante el semestre a muchas personas que llegaron por la selva desde la frontera con Colombia.",
        ]
    );
}

#[test]
fn a_spanning_headline_keeps_its_short_last_line_above_two_columns() {
    let mut lines = vec![
        (72.0, 790.0, "Boletín conjunto de dos columnas con un título muy ancho que ocupa la"),
        (72.0, 777.0, "página"),
    ];
    for i in 0..14 {
        let y = 750.0 - 13.0 * f64::from(i);
        lines.push((72.0, y, LEFT[i as usize]));
        lines.push((300.0, y, RIGHT[i as usize]));
    }
    let t = text(&doc(&[lines_at(&lines)], &[helvetica()]));
    let first = t.split("\n\n").next().map(flat);
    assert_eq!(
        first.as_deref(),
        Some("Boletín conjunto de dos columnas con un título muy ancho que ocupa la página")
    );
}
