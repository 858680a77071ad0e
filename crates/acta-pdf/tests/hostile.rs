//! One generated file per hostile kind: each gives text or a clean error, never a panic or hang.

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

use acta_pdf::{extract_text, PdfLimits};
use common::{doc, doc_with, flat, helvetica, lines_at, text, Pdf};

fn kind(bytes: &[u8], limits: &PdfLimits) -> &'static str {
    match extract_text(bytes, limits) {
        Ok(_) => "text",
        Err(e) => {
            assert!(!e.to_string().is_empty());
            e.kind()
        }
    }
}

fn one_line() -> Vec<u8> {
    doc(&[lines_at(&[(72.0, 700.0, "Texto de prueba del comunicado.")])], &[helvetica()])
}

#[test]
fn zero_bytes_and_whitespace_are_empty() {
    assert_eq!(kind(b"", &PdfLimits::default()), "empty");
    assert_eq!(kind(b"  \n\0", &PdfLimits::default()), "empty");
}

#[test]
fn not_a_pdf() {
    assert_eq!(
        kind(b"<!DOCTYPE html><html><body>Hola</body></html>", &PdfLimits::default()),
        "unsupported_format"
    );
    assert_eq!(kind(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", &PdfLimits::default()), "unsupported_format");
    assert!(!acta_pdf::looks_like_pdf(b"\x89PNG"));
}

#[test]
fn junk_before_header() {
    let mut bytes = b"From: someone\r\nSubject: comunicado\r\n\0\0\0\n".to_vec();
    assert!(!acta_pdf::looks_like_pdf(&bytes));
    bytes.extend_from_slice(&one_line());
    assert!(acta_pdf::looks_like_pdf(&bytes));
    assert_eq!(text(&bytes), "Texto de prueba del comunicado.");
}

#[test]
fn deep_nesting_is_bounded() {
    for (open, close) in [("[", "]"), ("<< /A ", " >>")] {
        let nest = format!("{}1{}", open.repeat(100_000), close.repeat(100_000));
        let (bytes, _) =
            doc_with(&[lines_at(&[(72.0, 700.0, "Texto.")])], &[helvetica()], &format!("/PieceInfo {nest}"));
        let k = kind(&bytes, &PdfLimits::default());
        assert!(k == "text" || k == "malformed", "{k}");
    }
}

#[test]
fn deep_nesting_inside_content_stream() {
    let mut content = b"BT /F1 11 Tf 72 700 Td (ok) Tj ET ".to_vec();
    content.extend_from_slice(&b"[".repeat(100_000));
    content.extend_from_slice(&b"<<".repeat(50_000));
    let bytes = doc(&[content], &[helvetica()]);
    assert_eq!(text(&bytes), "ok");
}

#[test]
fn decompression_bomb_stops_at_the_limit() {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(b"BT /F1 11 Tf 72 700 Td (bomba) Tj ET\n").unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..16 {
        enc.write_all(&zeros).unwrap();
    }
    let z = enc.finish().unwrap();
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let c = pdf.stream("/Filter /FlateDecode", &z);
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    let bytes = pdf.finish(catalog);
    let tight = PdfLimits { max_stream_bytes: 1 << 20, ..PdfLimits::default() };
    assert_eq!(kind(&bytes, &tight), "limit_exceeded");
    assert_eq!(flat(&text(&bytes)), "bomba");
}

#[test]
fn page_tree_cycle_gives_each_page_once() {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let inner = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let mut kids = Vec::new();
    for t in ["uno", "dos"] {
        let c = pdf.stream("", format!("BT /F1 11 Tf 72 700 Td (pagina {t}) Tj ET").as_bytes());
        kids.push(pdf.add(format!(
            "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
        )));
    }
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{} 0 R {inner} 0 R {} 0 R] /Count 3 >>", kids[0], kids[1]));
    pdf.set(inner, format!("<< /Type /Pages /Parent {tree} 0 R /Kids [{tree} 0 R] /Count 1 >>"));
    let r = extract_text(&pdf.finish(catalog), &PdfLimits::default()).unwrap();
    assert_eq!(r.pages, vec!["pagina uno", "pagina dos"]);
}

#[test]
fn xobject_recursion_is_bounded() {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let form = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let body = b"BT /F1 11 Tf 0 0 Td (x) Tj ET /X1 Do";
    pdf.set(
        form,
        [
            format!("<< /Length {} /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 {form} 0 R >> /Font << /F1 {font} 0 R >> >> >>\nstream\n", body.len()).as_bytes(),
            body,
            b"\nendstream",
        ]
        .concat(),
    );
    let c = pdf.stream("", b"BT /F1 11 Tf 72 700 Td (pagina) Tj ET q 1 0 0 1 72 600 cm /X1 Do Q");
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> /XObject << /X1 {form} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    let t = text(&pdf.finish(catalog));
    assert!(t.starts_with("pagina"), "{t}");
}

#[test]
fn form_painted_many_times_is_bounded() {
    // amplification: one form of 2,000 glyphs painted 20,000 times on one page
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let body = format!("BT /F1 1 Tf 0 0 Td ({}) Tj ET", "ab ".repeat(700));
    let form = pdf.stream(
        &format!(
            "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F1 {font} 0 R >> >>"
        ),
        body.as_bytes(),
    );
    let c = pdf.stream("", "/X1 Do ".repeat(20_000).as_bytes());
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /XObject << /X1 {form} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    let t0 = Instant::now();
    let limits =
        PdfLimits { deadline: Some(Instant::now() + Duration::from_secs(20)), ..PdfLimits::default() };
    let k = kind(&pdf.finish(catalog), &limits);
    assert!(k == "text" || k == "limit_exceeded", "{k}");
    assert!(t0.elapsed() < Duration::from_secs(25));
}

#[test]
fn absurd_coordinates_do_not_hang_layout() {
    let mut lines = Vec::new();
    for i in 0..20 {
        let y = 700.0 - 12.0 * f64::from(i);
        lines.push((-1.0e9, y, "lejos a la izquierda"));
        lines.push((1.0e9, y, "lejos a la derecha"));
    }
    let t0 = Instant::now();
    let r = extract_text(&doc(&[lines_at(&lines)], &[helvetica()]), &PdfLimits::default());
    assert!(r.is_ok());
    assert!(t0.elapsed() < Duration::from_secs(5));
}

#[test]
fn many_cells_on_two_lines_stay_linear() {
    // two baselines of 50,000 separated one-letter chunks each (a table-row lookalike)
    let mut content = b"BT /F1 10 Tf ".to_vec();
    for y in [700, 688] {
        for i in 0..50_000 {
            content.extend_from_slice(format!("1 0 0 1 {} {y} Tm (a) Tj ", i * 20).as_bytes());
        }
    }
    content.extend_from_slice(b"ET");
    let t0 = Instant::now();
    let r = extract_text(&doc(&[content], &[helvetica()]), &PdfLimits::default());
    assert!(r.is_ok());
    assert!(t0.elapsed() < Duration::from_secs(20), "{:?}", t0.elapsed());
}

#[test]
fn huge_arrays_and_strings_in_a_compressed_stream() {
    // a small file whose content inflates to a TJ array of millions of numbers and a Tj
    // string of millions of glyphs: kept operands and glyphs are capped
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(b"BT /F1 10 Tf 72 700 Td [").unwrap();
    enc.write_all(&b"0 ".repeat(4 << 20)).unwrap();
    enc.write_all(b"] TJ (").unwrap();
    enc.write_all(&b"a".repeat(4 << 20)).unwrap();
    enc.write_all(b") Tj ET").unwrap();
    let z = enc.finish().unwrap();
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let c = pdf.stream("/Filter /FlateDecode", &z);
    let page = pdf.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
    ));
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(tree, format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"));
    let r = extract_text(&pdf.finish(catalog), &PdfLimits::default()).unwrap();
    assert!(r.truncated, "the glyph cap cut the page");
}

#[test]
fn xref_prev_loop() {
    let (_, pdf) = doc_with(&[lines_at(&[(72.0, 700.0, "Texto.")])], &[helvetica()], "");
    let (plain, xref) = pdf.finish_parts(1, "");
    // point /Prev at the section itself
    let (looped, xref2) = pdf.finish_parts(1, &format!("/Prev {xref}"));
    assert_eq!(xref, xref2);
    assert_eq!(text(&plain), "Texto.");
    assert_eq!(text(&looped), "Texto.");
}

#[test]
fn lying_page_count() {
    let (bytes, _) =
        doc_with(&[lines_at(&[(72.0, 700.0, "Una sola pagina.")])], &[helvetica()], "/Count 2147483647");
    // the writer put its own /Count first; a second /Count key overrides in most parsers
    assert_eq!(text(&bytes), "Una sola pagina.");
    let bytes = String::from_utf8_lossy(&bytes).replace("/Count 1 /Count 2147483647", "/Count 2147483647");
    assert_eq!(text(bytes.as_bytes()), "Una sola pagina.");
}

#[test]
fn broken_xref_offsets_are_rebuilt() {
    let bytes = one_line();
    let s = String::from_utf8_lossy(&bytes).into_owned();
    let xref_at = s.find("xref\n").unwrap();
    let (head, tail) = s.split_at(xref_at);
    let tail: String = tail
        .lines()
        .map(|l| {
            if l.len() == 18 && l.ends_with(" n") {
                format!("{:010} 00000 n ", l[..10].parse::<usize>().unwrap() + 37)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let broken = format!("{head}{tail}\n");
    assert_eq!(text(broken.as_bytes()), "Texto de prueba del comunicado.");
    // no trailer at all
    let cut = &s[..s.find("trailer").unwrap()];
    assert_eq!(text(cut.as_bytes()), "Texto de prueba del comunicado.");
}

#[test]
fn wrong_stream_length() {
    let bytes = one_line();
    let s = String::from_utf8_lossy(&bytes).replace("<< /Length 63  >>", "<< /Length 9999  >>");
    assert!(s.contains("/Length 9999"), "fixture changed");
    assert_eq!(text(s.as_bytes()), "Texto de prueba del comunicado.");
}

#[test]
fn truncated_file_gives_partial_text_or_malformed() {
    let pages: Vec<Vec<u8>> = ["Primera página del comunicado.", "Segunda página del comunicado."]
        .iter()
        .map(|t| lines_at(&[(72.0, 700.0, t)]))
        .collect();
    let bytes = doc(&pages, &[helvetica()]);
    for cut in [bytes.len() * 55 / 100, bytes.len() / 3, 20, 9] {
        match extract_text(&bytes[..cut], &PdfLimits::default()) {
            Ok(t) => assert!(t.pages.iter().all(|p| !p.contains('\u{FFFD}'))),
            Err(e) => assert!(matches!(e.kind(), "malformed" | "no_text_layer"), "{e}"),
        }
    }
}

#[test]
fn truncated_inside_the_last_object_keeps_the_pages_before_it() {
    let pages: Vec<Vec<u8>> =
        ["Primera página.", "Segunda página."].iter().map(|t| lines_at(&[(72.0, 700.0, t)])).collect();
    let (_, mut pdf) = doc_with(&pages, &[helvetica()], "");
    // a big trailing object, cut half-way: no xref, no trailer, no startxref survive
    pdf.add(format!("<< /Padding ({}) >>", "x".repeat(4000)));
    let full = pdf.finish(1);
    let cut = &full[..full.len() - 3000];
    let r = extract_text(cut, &PdfLimits::default()).expect("recovered");
    assert_eq!(r.pages, vec!["Primera página.", "Segunda página."]);
    assert!(r.truncated, "a file cut short is flagged");
}

#[test]
fn too_many_pages_and_timeout_are_limits() {
    let pages: Vec<Vec<u8>> = (0..3).map(|i| lines_at(&[(72.0, 700.0, &format!("página {i}"))])).collect();
    let bytes = doc(&pages, &[helvetica()]);
    assert_eq!(kind(&bytes, &PdfLimits { max_pages: 2, ..PdfLimits::default() }), "limit_exceeded");
    let past =
        PdfLimits { deadline: Some(Instant::now() - Duration::from_millis(1)), ..PdfLimits::default() };
    let e = extract_text(&bytes, &past).unwrap_err();
    assert_eq!(e.kind(), "limit_exceeded");
    assert!(e.to_string().contains("timeout"));
}

#[test]
fn many_blank_pages_sharing_content_are_cheap() {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let font = pdf.add(helvetica().1);
    let blank = pdf.stream("", b"q Q");
    let first = pdf.stream("", b"BT /F1 11 Tf 72 700 Td (primera) Tj ET");
    let last = pdf.stream("", b"BT /F1 11 Tf 72 700 Td (ultima) Tj ET");
    let mut kids = Vec::new();
    for i in 0..3000 {
        let c = if i == 0 {
            first
        } else if i == 2999 {
            last
        } else {
            blank
        };
        kids.push(format!(
            "{} 0 R",
            pdf.add(format!("<< /Type /Page /Parent {tree} 0 R /Contents {c} 0 R >>"))
        ));
    }
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(
        tree,
        format!("<< /Type /Pages /Kids [{}] /Count 3000 /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> >>", kids.join(" ")),
    );
    let r = extract_text(&pdf.finish(catalog), &PdfLimits::default()).unwrap();
    assert_eq!(r.pages.len(), 3000);
    assert_eq!(flat(&r.pages.join(" ")), "primera ultima");
}

#[test]
fn garbage_never_panics() {
    // a fixed-seed mutation pass over a valid file: every result is text or a clean error
    let base = one_line();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let limits = PdfLimits { max_stream_bytes: 1 << 20, max_pages: 10, deadline: None };
    for _ in 0..300 {
        let mut b = base.clone();
        for _ in 0..(next() % 8 + 1) {
            let i = (next() as usize) % b.len();
            match next() % 4 {
                0 => b[i] = next() as u8,
                1 => {
                    b.remove(i);
                }
                2 => b.insert(i, b"()[]<>/0 R"[(next() % 10) as usize]),
                _ => b.truncate(i.max(8)),
            }
        }
        let _ = extract_text(&b, &limits);
    }
}

#[test]
fn fuzz_regressions_finish_quickly() {
    // Inputs the fuzzer found; each once made the extractor slow or crash.
    let cases: [(&str, &[u8]); 1] =
        [("gutter-walk-timeout", include_bytes!("fuzz-regressions/gutter-walk-timeout.pdf"))];
    for (name, bytes) in cases {
        let t0 = Instant::now();
        let _ = extract_text(bytes, &PdfLimits::default());
        assert!(t0.elapsed() < Duration::from_secs(5), "{name} took {:?}", t0.elapsed());
    }
}
