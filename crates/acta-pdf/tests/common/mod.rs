//! Tiny PDF writer for the tests: objects in order, a correct xref table, nothing else.
#![allow(dead_code)]

use std::io::Write;

/// A PDF under construction; object numbers start at 1.
#[derive(Default)]
pub struct Pdf {
    pub objs: Vec<Vec<u8>>,
}

impl Pdf {
    /// Reserve an object number, to be filled with [`Pdf::set`].
    pub fn reserve(&mut self) -> usize {
        self.objs.push(Vec::new());
        self.objs.len()
    }

    pub fn set(&mut self, n: usize, body: impl AsRef<[u8]>) {
        self.objs[n - 1] = body.as_ref().to_vec();
    }

    pub fn add(&mut self, body: impl AsRef<[u8]>) -> usize {
        self.objs.push(body.as_ref().to_vec());
        self.objs.len()
    }

    /// A stream object with `dict_extra` entries besides /Length.
    pub fn stream(&mut self, dict_extra: &str, data: &[u8]) -> usize {
        let mut b = format!("<< /Length {} {dict_extra} >>\nstream\n", data.len()).into_bytes();
        b.extend_from_slice(data);
        b.extend_from_slice(b"\nendstream");
        self.add(b)
    }

    /// Serialise with a trailer naming `root`; returns the bytes and the xref offset.
    pub fn finish_parts(&self, root: usize, trailer_extra: &str) -> (Vec<u8>, usize) {
        let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in self.objs.iter().enumerate() {
            offsets.push(out.len());
            writeln!(out, "{} 0 obj", i + 1).unwrap();
            out.extend_from_slice(o);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        write!(out, "xref\n0 {}\n0000000000 65535 f \n", self.objs.len() + 1).unwrap();
        for off in offsets {
            writeln!(out, "{off:010} 00000 n ").unwrap();
        }
        write!(
            out,
            "trailer\n<< /Size {} /Root {root} 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            self.objs.len() + 1
        )
        .unwrap();
        (out, xref)
    }

    pub fn finish(&self, root: usize) -> Vec<u8> {
        self.finish_parts(root, "").0
    }
}

/// A document whose pages show the given content streams, all with the fonts `fonts`
/// (resource name, font dictionary source). Page size A4.
pub fn doc(pages: &[Vec<u8>], fonts: &[(&str, String)]) -> Vec<u8> {
    doc_with(pages, fonts, "").0
}

/// As [`doc`], returning the writer too for further tweaks, with extra page-tree entries.
pub fn doc_with(pages: &[Vec<u8>], fonts: &[(&str, String)], pages_extra: &str) -> (Vec<u8>, Pdf) {
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let tree = pdf.reserve();
    let mut font_refs = String::new();
    for (name, src) in fonts {
        let id = pdf.add(src);
        font_refs.push_str(&format!("/{name} {id} 0 R "));
    }
    let mut kids = Vec::new();
    for content in pages {
        let c = pdf.stream("", content);
        let p = pdf.add(format!(
            "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << /Font << {font_refs} >> >> >>"
        ));
        kids.push(format!("{p} 0 R"));
    }
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    pdf.set(
        tree,
        format!("<< /Type /Pages /Kids [{}] /Count {} {pages_extra} >>", kids.join(" "), pages.len()),
    );
    (pdf.finish(catalog), pdf)
}

/// Helvetica with WinAnsiEncoding.
pub fn helvetica() -> (&'static str, String) {
    ("F1", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string())
}

/// Content showing each line at (x, y) in Helvetica 11.
pub fn lines_at(lines: &[(f64, f64, &str)]) -> Vec<u8> {
    let mut c = Vec::new();
    for (x, y, t) in lines {
        c.extend_from_slice(format!("BT /F1 11 Tf {x} {y} Td (").as_bytes());
        c.extend_from_slice(&latin1(t));
        c.extend_from_slice(b") Tj ET\n");
    }
    c
}

/// WinAnsi bytes of a string (Latin-1 plus a few punctuation marks), PDF-literal-escaped.
pub fn latin1(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for ch in s.chars() {
        let b = match ch {
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            '•' => 0x95,
            c if u32::from(c) < 256 => u32::from(c) as u8,
            c => panic!("not in WinAnsi: {c}"),
        };
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out
}

/// Extract with default limits and join pages.
pub fn text(bytes: &[u8]) -> String {
    let t = acta_pdf::extract_text(bytes, &acta_pdf::PdfLimits::default()).expect("text");
    t.pages.join("\n\n")
}

/// Whitespace-collapsed.
pub fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
