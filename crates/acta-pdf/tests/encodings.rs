//! One generated PDF per font/encoding path.

mod common;

use common::{doc, flat, helvetica, latin1, lines_at, text, Pdf};

#[test]
fn winansi_standard14() {
    let pdf = doc(
        &[lines_at(&[(72.0, 760.0, "Cancillería: “ñandú” ¿Qué? ¡Sí! 1.º 2.ª — «Perú»")])],
        &[helvetica()],
    );
    let t = text(&pdf);
    assert!(t.contains("Cancillería"), "{t}");
    assert!(t.contains("“ñandú”"), "{t}");
    assert!(t.contains("— «Perú»"), "{t}");
    assert!(t.contains("¿Qué? ¡Sí! 1.º 2.ª"), "{t}");
    assert!(t.contains("«Perú»"), "{t}");
}

#[test]
fn winansi_high_codes() {
    let content = b"BT /F1 11 Tf 72 760 Td (\x93Hola\x94 \x97 fin \x96 x) Tj ET".to_vec();
    let t = text(&doc(&[content], &[helvetica()]));
    assert_eq!(t, "“Hola” — fin – x");
}

#[test]
fn macroman() {
    let font = (
        "F1",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /MacRomanEncoding >>".to_string(),
    );
    // MacRoman: 0x87 á, 0x96 ñ, 0x8E é, 0xC0 ¿
    let content = b"BT /F1 10 Tf 72 760 Td (\xc0Ma\x96ana est\x87 aqu\x8e?) Tj ET".to_vec();
    assert_eq!(text(&doc(&[content], &[font])), "¿Mañana está aqué?");
}

#[test]
fn differences_over_standard_encoding() {
    let font = (
        "F1",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /StandardEncoding \
         /Differences [128 /eacute /ntilde /Oacute /quotedblleft /quotedblright] >> >>"
            .to_string(),
    );
    let content = b"BT /F1 12 Tf 72 760 Td (\x83Caf\x80 Espa\x81a \x82\x84) Tj ET".to_vec();
    assert_eq!(text(&doc(&[content], &[font])), "“Café España Ó”");
}

#[test]
fn glyph_names_without_tounicode() {
    // TrueType subset re-coded by the producer, names only (uniXXXX and AGL names)
    let font = (
        "F1",
        "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Liberation /FirstChar 1 /LastChar 5 /Widths [500 500 500 500 500] \
         /Encoding << /Type /Encoding /Differences [1 /uni00F3 /n /C /i /f_i] >> >>"
            .to_string(),
    );
    let content = b"BT /F1 12 Tf 72 760 Td (\x03\x02\x04\x01\x02 \x05n) Tj ET".to_vec();
    assert_eq!(text(&doc(&[content], &[font])), "Cnión fin");
}

/// A document with one Type0/Identity-H font carrying `cmap` as its ToUnicode.
fn type0_doc(cmap: &str, content: &[u8]) -> Vec<u8> {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let tu = pdf.stream("", cmap.as_bytes());
    let desc = pdf.add(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
    );
    let font = pdf.add(format!(
        "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding /Identity-H /DescendantFonts [{desc} 0 R] /ToUnicode {tu} 0 R >>"
    ));
    let c = pdf.stream("", content);
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    pdf.finish(catalog)
}

const CMAP: &str = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
    1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
    4 beginbfchar <0001> <0020> <0002> <00660069> <0003> <00AD> <0004> <2010> endbfchar\n\
    2 beginbfrange <0010> <0029> <0061> <0030> <0032> [<00E1> <00F1> <00FC>] endbfrange\n\
    endcmap end end";

/// Identity-H codes for ASCII lower-case letters: a = 0x10.
fn codes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => "0001".to_string(),
            'á' => "0030".to_string(),
            'ñ' => "0031".to_string(),
            'ü' => "0032".to_string(),
            c => format!("{:04X}", 0x10 + (c as u32 - 'a' as u32)),
        })
        .collect()
}

#[test]
fn identity_h_tounicode_bfchar_bfrange_arrays_ligatures() {
    let content = format!("BT /F1 12 Tf 72 760 Td <{}0002{}> Tj ET", codes("ma"), codes("na ping "));
    let content = content.into_bytes();
    let t = text(&type0_doc(CMAP, &content));
    assert_eq!(t, "mafina ping");
    let content = format!("BT /F1 12 Tf 72 760 Td <{}> Tj ET", codes("ma ñana ping ü á")).into_bytes();
    assert_eq!(text(&type0_doc(CMAP, &content)), "ma ñana ping ü á");
}

#[test]
fn soft_hyphen_and_u2010_at_line_end_are_undone() {
    let content = format!(
        "BT /F1 12 Tf 72 760 Td <{}0003> Tj 0 -14 Td <{}> Tj 0 -14 Td <{}0004> Tj 0 -14 Td <{}> Tj ET",
        codes("migra"),
        codes("cion sigue"),
        codes("fron"),
        codes("teras")
    );
    let t = text(&type0_doc(CMAP, content.as_bytes()));
    assert_eq!(flat(&t), "migracion sigue fronteras");
}

#[test]
fn tj_kerning_gaps_are_word_spaces() {
    // No space characters at all: words separated by TJ offsets, small kerns inside words.
    let content = b"BT /F1 12 Tf 72 760 Td [(Reuni)-15(\xf3n)-333(de)-333(Mi)10(nistros)] TJ ET".to_vec();
    assert_eq!(text(&doc(&[content], &[helvetica()])), "Reunión de Ministros");
}

#[test]
fn text_positioning_operators() {
    // TL + T*, ' and " operators, Tm, Ts (rise: a superscript footnote call stays glued)
    let content = b"BT /F1 12 Tf 14 TL 1 0 0 1 72 760 Tm (Primera linea) Tj T* (Segunda) Tj (linea) ' 0 0 (Tercera) \" \
        ET BT /F1 12 Tf 72 600 Td (Regular) Tj 3 Ts /F1 7 Tf (1) Tj ET"
        .to_vec();
    let t = text(&doc(&[content], &[helvetica()]));
    assert_eq!(flat(&t), "Primera linea Segunda linea Tercera Regular1");
}

#[test]
fn ot1_accent_glyph_over_base_letter_is_combined() {
    // pdfTeX OT1: the acute accent glyph is drawn over the letter as a separate glyph.
    let content = b"BT /F1 12 Tf 72 760 Td (Reuni) Tj ET BT /F1 12 Tf 102.3 760 Td (\xb4) Tj ET BT /F1 12 Tf 101.3 760 Td (on) Tj ET \
        BT /F1 12 Tf 130 760 Td (Per) Tj ET BT /F1 12 Tf 148.7 760 Td (u) Tj ET BT /F1 12 Tf 148.7 760 Td (\xb4) Tj ET"
        .to_vec();
    let t = text(&doc(&[content], &[helvetica()]));
    assert_eq!(t, "Reunión Perú");
}

#[test]
fn type3_pdftex_glyph_names() {
    let font = (
        "F1",
        "<< /Type /Font /Subtype /Type3 /FontMatrix [0.01 0 0 0.01 0 0] /FontBBox [0 0 100 100] /FirstChar 28 /LastChar 243 \
         /Widths [60 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 50 0 0 0 50 0 0 0 0 0 0 0 0 50 50 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 50] \
         /Encoding << /Type /Encoding /Differences [28 /a28 97 /a97 101 /a101 110 /a110 111 /a111 243 /a243] >> /CharProcs << >> /Resources << >> >>"
            .to_string(),
    );
    let content = b"BT /F1 10 Tf 72 760 Td (o\x1cna \xf3) Tj ET".to_vec();
    assert_eq!(text(&doc(&[content], &[font])), "ofina ó");
}

#[test]
fn ligature_code_points_are_expanded_and_bullets_dropped() {
    let content = format!("BT /F1 12 Tf 72 760 Td <{}0002{}> Tj ET", codes("o"), codes("cina")).into_bytes();
    assert_eq!(text(&type0_doc(CMAP, &content)), "oficina");
    let content =
        b"BT /F1 11 Tf 72 760 Td (\x95 primer punto) Tj 0 -13 Td (\x95 segundo punto) Tj ET".to_vec();
    assert_eq!(text(&doc(&[content], &[helvetica()])), "primer punto\nsegundo punto");
}

#[test]
fn form_xobject_text_is_read() {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let form = pdf.stream(
        &format!(
            "/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Resources << /Font << /F1 {font} 0 R >> >>"
        ),
        b"BT /F1 11 Tf 0 0 Td (desde el formulario) Tj ET",
    );
    let c = pdf.stream(
        "",
        &[b"BT /F1 11 Tf 72 760 Td (Texto de la p" as &[u8], b"\xe1gina) Tj ET q 1 0 0 1 72 700 cm /X1 Do Q"]
            .concat(),
    );
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> /XObject << /X1 {form} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    assert_eq!(flat(&text(&pdf.finish(catalog))), "Texto de la página desde el formulario");
}

#[test]
fn image_only_pages_have_no_text_layer() {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let img = pdf.stream(
        "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
        b"\x80",
    );
    let c = pdf.stream("", b"q 595 0 0 842 0 0 cm /Im0 Do Q");
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /XObject << /Im0 {img} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    let err = acta_pdf::extract_text(&pdf.finish(catalog), &acta_pdf::PdfLimits::default()).unwrap_err();
    assert_eq!(err.kind(), "no_text_layer");
}

#[test]
fn latin1_helper_escapes() {
    assert_eq!(latin1("a(b)"), b"a\\(b\\)");
}
