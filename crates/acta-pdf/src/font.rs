//! Fonts: from character codes to Unicode text and glyph advances.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use crate::decode::decode_stream;
use crate::tables;

/// Largest code range a single `bfrange`/`cidrange` line may expand to (hostile CMaps).
const MAX_RANGE: u32 = 0x1_0000;
/// Table entries (ToUnicode mappings plus glyph widths) all fonts of one document may expand to;
/// real documents use a few thousand per font. Past it, fonts load without those tables.
pub(crate) const DOC_TABLE_BUDGET: usize = 4_000_000;
/// Limit on decoded font-related streams (CMaps, font programs): they are small in practice.
const FONT_STREAM_LIMIT: u64 = 16 << 20;

/// A font, reduced to what text extraction needs.
#[derive(Debug, Default)]
pub(crate) struct Font {
    /// Composite (Type0) font: codes are two bytes.
    pub two_byte: bool,
    /// ToUnicode mapping, code -> text.
    to_unicode: HashMap<u32, String>,
    /// Simple fonts: code -> Unicode text from the encoding and glyph names.
    simple: Vec<Option<String>>,
    /// Glyph advance in text-space units per unit of font size, by code.
    widths: HashMap<u32, f64>,
    /// Advance for codes with no width entry.
    default_width: f64,
    /// Whether widths came from the file (positions are trustworthy).
    pub has_widths: bool,
}

impl Font {
    /// Text of one character code (may be empty when nothing is known).
    pub(crate) fn text(&self, code: u32) -> Option<&str> {
        if let Some(t) = self.to_unicode.get(&code) {
            if !t.is_empty() && !t.starts_with('\0') {
                return Some(t);
            }
        }
        if !self.two_byte {
            if let Some(Some(t)) = self.simple.get(code as usize) {
                return Some(t);
            }
        }
        None
    }

    /// Advance of one code, in text space per unit font size.
    pub(crate) fn width(&self, code: u32) -> f64 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }

    /// Split a shown string into character codes.
    pub(crate) fn codes<'b>(&self, bytes: &'b [u8]) -> impl Iterator<Item = u32> + 'b {
        let step = if self.two_byte { 2 } else { 1 };
        bytes.chunks(step).map(|c| c.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)))
    }

    /// Build a font from its dictionary.
    /// `budget` is the document's remaining table budget ([`DOC_TABLE_BUDGET`]); entries this
    /// font expands are taken from it.
    pub(crate) fn load(doc: &Document, dict: &Dictionary, budget: &mut usize) -> Font {
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        let mut font = Font { default_width: 0.5, ..Font::default() };
        if let Some(cmap) = stream_of(doc, dict.get(b"ToUnicode").ok()) {
            font.to_unicode = parse_cmap(&cmap, budget);
        }
        if subtype == b"Type0" {
            font.two_byte = true;
            font.default_width = 1.0;
            if let Some(desc) = first_descendant(doc, dict) {
                load_cid_widths(doc, desc, &mut font, budget);
            }
            return font;
        }
        let base_font = dict.get(b"BaseFont").and_then(Object::as_name).unwrap_or(b"");
        let base = strip_subset(base_font);
        // Font matrix scale (Type3 glyph space -> text space).
        let scale = if subtype == b"Type3" {
            match deref(doc, dict.get(b"FontMatrix").ok()) {
                Some(Object::Array(a)) => a.first().and_then(num).unwrap_or(0.001),
                _ => 0.001,
            }
        } else {
            0.001
        };
        load_simple_widths(doc, dict, scale, &mut font);
        if !font.has_widths {
            if let Some(w) = crate::metrics::standard_widths(base) {
                font.default_width = w.average;
                font.has_widths = true;
                font.widths = w.by_code(&encoding_names(doc, dict, subtype));
            }
        }
        let names = encoding_names(doc, dict, subtype);
        font.simple = names
            .iter()
            .enumerate()
            .map(|(code, n)| match n {
                Some(name) if subtype == b"Type3" => glyph_text(name).or_else(|| pdftex_type3_name(name)),
                Some(name) => glyph_text(name),
                None if subtype == b"Type3" || is_symbolic_guess(base) => None,
                None => None.or_else(|| {
                    if (32..127).contains(&code) {
                        Some(char::from(code as u8).to_string())
                    } else {
                        None
                    }
                }),
            })
            .collect();
        font
    }
}

/// pdfTeX's bitmap (PK) Type 3 fonts name glyphs `/aNN` after their code in the TeX font's
/// encoding; for text fonts that is T1 (Cork), whose upper half follows Latin-1 closely.
/// 170 and 186 come from TS1 fonts (ª º); T1 has rarely used letters there.
fn pdftex_type3_name(name: &[u8]) -> Option<String> {
    let n: u32 = std::str::from_utf8(name.strip_prefix(b"a")?).ok()?.parse().ok()?;
    let s = match n {
        0x00 => "`",
        0x01 => "\u{b4}",
        0x02 => "^",
        0x03 => "~",
        0x04 => "\u{a8}",
        0x0B => "\u{b8}",
        0x0D => "‚",
        0x0E => "‹",
        0x0F => "›",
        0x10 => "“",
        0x11 => "”",
        0x12 => "„",
        0x13 => "«",
        0x14 => "»",
        0x15 => "–",
        0x16 => "—",
        0x19 => "ı",
        0x1B => "ff",
        0x1C => "fi",
        0x1D => "fl",
        0x1E => "ffi",
        0x1F => "ffl",
        0x20 => " ",
        0x27 => "’",
        0x60 => "‘",
        0x7F => "-",
        0xAA => "ª",
        0xBA => "º",
        0xD7 => "Œ",
        0xDF => "SS",
        0xF7 => "œ",
        0xFF => "ß",
        0x21..=0x7E | 0xC0..=0xFE => return char::from_u32(n).map(String::from),
        _ => return None,
    };
    Some(s.to_string())
}

fn is_symbolic_guess(base: &[u8]) -> bool {
    base.starts_with(b"Symbol") || base.starts_with(b"ZapfDingbats")
}

/// Glyph names for codes 0..256 of a simple font.
fn encoding_names(doc: &Document, dict: &Dictionary, subtype: &[u8]) -> Vec<Option<Vec<u8>>> {
    let table_names = |t: &[&str; 256]| -> Vec<Option<Vec<u8>>> {
        t.iter().map(|n| if n.is_empty() { None } else { Some(n.as_bytes().to_vec()) }).collect()
    };
    let builtin = || -> Option<Vec<Option<Vec<u8>>>> {
        let desc = deref(doc, dict.get(b"FontDescriptor").ok())?.as_dict().ok()?;
        let prog = stream_of(doc, desc.get(b"FontFile").ok())?;
        parse_type1_encoding(&prog)
    };
    let default_base = || -> Vec<Option<Vec<u8>>> {
        if let Some(b) = builtin() {
            return b;
        }
        // Non-symbolic TrueType fonts default to WinAnsi in practice; Type 1 to StandardEncoding.
        if subtype == b"TrueType" || subtype == b"Type3" {
            table_names(&tables::WIN_ANSI)
        } else {
            table_names(&tables::STANDARD)
        }
    };
    let named = |n: &[u8]| -> Option<Vec<Option<Vec<u8>>>> {
        match n {
            b"WinAnsiEncoding" => Some(table_names(&tables::WIN_ANSI)),
            b"MacRomanEncoding" => Some(table_names(&tables::MAC_ROMAN)),
            b"StandardEncoding" => Some(table_names(&tables::STANDARD)),
            b"PDFDocEncoding" => Some(table_names(&tables::PDF_DOC)),
            _ => None,
        }
    };
    match deref(doc, dict.get(b"Encoding").ok()) {
        Some(Object::Name(n)) => named(n).unwrap_or_else(default_base),
        Some(Object::Dictionary(enc)) => {
            let mut names = match enc.get(b"BaseEncoding").and_then(Object::as_name) {
                Ok(n) => named(n).unwrap_or_else(default_base),
                Err(_) => default_base(),
            };
            if let Ok(Object::Array(diffs)) = enc.get(b"Differences") {
                let mut code: i64 = 0;
                for item in diffs.iter().take(4096) {
                    match item {
                        Object::Integer(i) => code = *i,
                        Object::Name(n) => {
                            if let Some(slot) = usize::try_from(code).ok().and_then(|c| names.get_mut(c)) {
                                *slot = Some(n.clone());
                            }
                            code = code.saturating_add(1);
                        }
                        _ => {}
                    }
                }
            }
            names
        }
        _ => default_base(),
    }
}

/// Unicode text of a glyph name: the AGL subset, `uniXXXX`, `uXXXX[XX]`, `name.suffix`, `a_b` ligatures.
pub(crate) fn glyph_text(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    if let Ok(i) = tables::GLYPH_NAMES.binary_search_by(|(n, _)| (*n).cmp(name)) {
        return tables::GLYPH_NAMES.get(i).map(|(_, c)| c.to_string());
    }
    if let Some(hex) = name.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 {
            let s: Option<String> = (0..hex.len() / 4)
                .map(|i| {
                    hex.get(i * 4..i * 4 + 4)
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                })
                .collect();
            if s.is_some() {
                return s;
            }
        }
    }
    if let Some(hex) = name.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) {
            if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                return Some(c.to_string());
            }
        }
    }
    if let Some((stem, _)) = name.split_once('.') {
        if !stem.is_empty() {
            return glyph_text(stem.as_bytes());
        }
    }
    if name.contains('_') {
        let parts: Option<String> = name.split('_').map(|p| glyph_text(p.as_bytes())).collect();
        return parts;
    }
    None
}

/// The `/Encoding` array in the clear-text part of a Type 1 font program (`dup 65 /A put`).
fn parse_type1_encoding(prog: &[u8]) -> Option<Vec<Option<Vec<u8>>>> {
    let head = &prog[..prog.len().min(64 * 1024)];
    let start = find(head, b"/Encoding")?;
    let rest = &head[start..];
    if rest.starts_with(b"/Encoding StandardEncoding") {
        return None;
    }
    let end = find(rest, b"readonly def").or_else(|| find(rest, b"eexec")).unwrap_or(rest.len());
    let body = &rest[..end];
    let mut names: Vec<Option<Vec<u8>>> = vec![None; 256];
    let toks: Vec<&[u8]> = body.split(|b| b.is_ascii_whitespace()).filter(|t| !t.is_empty()).collect();
    let mut found = false;
    for w in toks.windows(4) {
        if w[0] == b"dup" && w[3] == b"put" {
            if let (Some(code), Some(name)) = (
                std::str::from_utf8(w[1]).ok().and_then(|s| s.parse::<usize>().ok()),
                w[2].strip_prefix(b"/"),
            ) {
                if let Some(slot) = names.get_mut(code) {
                    *slot = Some(name.to_vec());
                    found = true;
                }
            }
        }
    }
    found.then_some(names)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn strip_subset(name: &[u8]) -> &[u8] {
    if name.len() > 7 && name[6] == b'+' && name[..6].iter().all(u8::is_ascii_uppercase) {
        &name[7..]
    } else {
        name
    }
}

fn load_simple_widths(doc: &Document, dict: &Dictionary, scale: f64, font: &mut Font) {
    let first = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
    if let Some(Object::Array(ws)) = deref(doc, dict.get(b"Widths").ok()) {
        for (i, w) in ws.iter().take(256).enumerate() {
            if let Some(w) = deref(doc, Some(w)).and_then(num) {
                if let Ok(code) = u32::try_from(first.saturating_add(i as i64)) {
                    font.widths.insert(code, w * scale);
                }
            }
        }
        font.has_widths = !font.widths.is_empty();
    }
    if let Some(desc) = deref(doc, dict.get(b"FontDescriptor").ok()).and_then(|o| o.as_dict().ok()) {
        if let Some(mw) = desc.get(b"MissingWidth").ok().and_then(num) {
            if mw > 0.0 {
                font.default_width = mw * scale;
            }
        }
    }
}

fn first_descendant<'a>(doc: &'a Document, dict: &'a Dictionary) -> Option<&'a Dictionary> {
    match deref(doc, dict.get(b"DescendantFonts").ok())? {
        Object::Array(a) => deref(doc, a.first())?.as_dict().ok(),
        _ => None,
    }
}

fn load_cid_widths(doc: &Document, desc: &Dictionary, font: &mut Font, budget: &mut usize) {
    if let Some(dw) = desc.get(b"DW").ok().and_then(num) {
        font.default_width = dw / 1000.0;
    }
    let Some(Object::Array(w)) = deref(doc, desc.get(b"W").ok()) else { return };
    let items: Vec<&Object> = w.iter().take(200_000).collect();
    let mut i = 0;
    while i < items.len() {
        let Some(c1) = deref(doc, items.get(i).copied()).and_then(num) else { break };
        match deref(doc, items.get(i + 1).copied()) {
            Some(Object::Array(list)) => {
                for (k, wv) in list.iter().enumerate() {
                    if *budget == 0 {
                        break;
                    }
                    if let Some(wv) = num(wv) {
                        *budget -= 1;
                        font.widths.insert((c1 as u32).wrapping_add(k as u32), wv / 1000.0);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let c2 = num(o).unwrap_or(c1);
                let wv = deref(doc, items.get(i + 2).copied()).and_then(num).unwrap_or(1000.0);
                let (a, b) = (c1 as u32, c2 as u32);
                if b >= a && b - a < MAX_RANGE && *budget > (b - a) as usize {
                    *budget -= (b - a) as usize + 1;
                    for c in a..=b {
                        font.widths.insert(c, wv / 1000.0);
                    }
                }
                i += 3;
            }
            None => break,
        }
    }
    font.has_widths = true;
}

pub(crate) fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// Follow references (bounded).
pub(crate) fn deref<'a>(doc: &'a Document, mut o: Option<&'a Object>) -> Option<&'a Object> {
    for _ in 0..16 {
        match o? {
            Object::Reference(id) => o = doc.get_object(*id).ok(),
            other => return Some(other),
        }
    }
    None
}

fn stream_of(doc: &Document, o: Option<&Object>) -> Option<Vec<u8>> {
    match deref(doc, o)? {
        Object::Stream(s) => decode_stream(s, FONT_STREAM_LIMIT).ok(),
        _ => None,
    }
}

/// Parse a ToUnicode CMap (`bfchar`, `bfrange` with string or array targets).
pub(crate) fn parse_cmap(data: &[u8], budget: &mut usize) -> HashMap<u32, String> {
    let toks = cmap_tokens(data);
    let mut map = HashMap::new();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Op(op) if op == b"beginbfchar" => {
                i += 1;
                while i + 1 < toks.len() {
                    match (&toks[i], &toks[i + 1]) {
                        (Tok::Hex(src), Tok::Hex(dst)) => {
                            if *budget > 0 {
                                *budget -= 1;
                                map.insert(be(src), utf16(dst));
                            }
                            i += 2;
                        }
                        (Tok::Hex(src), Tok::Name(n)) => {
                            if let Some(t) = glyph_text(n) {
                                map.insert(be(src), t);
                            }
                            i += 2;
                        }
                        _ => break,
                    }
                }
            }
            Tok::Op(op) if op == b"beginbfrange" => {
                i += 1;
                while i + 2 < toks.len() {
                    let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else { break };
                    let (lo, hi) = (be(lo), be(hi));
                    let span = hi.saturating_sub(lo);
                    let ok = hi >= lo && span < MAX_RANGE && *budget > span as usize;
                    if ok {
                        *budget -= span as usize + 1;
                    }
                    match &toks[i + 2] {
                        Tok::Hex(dst) if ok => {
                            let base: Vec<u16> = dst
                                .chunks(2)
                                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                                .collect();
                            for (k, code) in (lo..=hi).enumerate() {
                                let mut units = base.clone();
                                if let Some(last) = units.last_mut() {
                                    *last = last.wrapping_add(k as u16);
                                }
                                map.insert(code, String::from_utf16_lossy(&units));
                            }
                        }
                        Tok::ArrStart => {
                            let mut k = 0u32;
                            i += 3;
                            while i < toks.len() {
                                match &toks[i] {
                                    Tok::Hex(dst) => {
                                        if let Some(code) = lo.checked_add(k).filter(|c| ok && *c <= hi) {
                                            map.insert(code, utf16(dst));
                                        }
                                        k = k.saturating_add(1);
                                    }
                                    Tok::ArrEnd => break,
                                    _ => {}
                                }
                                i += 1;
                            }
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                    i += 3;
                }
            }
            _ => i += 1,
        }
    }
    map
}

fn be(b: &[u8]) -> u32 {
    b.iter().take(4).fold(0u32, |a, &x| a << 8 | u32::from(x))
}

fn utf16(b: &[u8]) -> String {
    let units: Vec<u16> = b.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    String::from_utf16_lossy(&units)
}

enum Tok {
    Hex(Vec<u8>),
    Name(Vec<u8>),
    Op(Vec<u8>),
    ArrStart,
    ArrEnd,
}

fn cmap_tokens(d: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        match c {
            b'%' => {
                while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if d.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if d.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let mut hex = Vec::new();
                let mut hi: Option<u8> = None;
                i += 1;
                while i < d.len() && d[i] != b'>' {
                    let v = match d[i] {
                        b'0'..=b'9' => Some(d[i] - b'0'),
                        b'a'..=b'f' => Some(d[i] - b'a' + 10),
                        b'A'..=b'F' => Some(d[i] - b'A' + 10),
                        _ => None,
                    };
                    if let Some(v) = v {
                        match hi.take() {
                            Some(h) => hex.push(h << 4 | v),
                            None => hi = Some(v),
                        }
                    }
                    i += 1;
                }
                if let Some(h) = hi {
                    hex.push(h << 4);
                }
                i += 1;
                out.push(Tok::Hex(hex));
            }
            b'[' => {
                out.push(Tok::ArrStart);
                i += 1;
            }
            b']' => {
                out.push(Tok::ArrEnd);
                i += 1;
            }
            b'(' => {
                // literal strings are rare in ToUnicode; skip them
                let mut depth = 0;
                while i < d.len() {
                    match d[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            b'/' => {
                let s = i + 1;
                i += 1;
                while i < d.len() && !d[i].is_ascii_whitespace() && !b"/<>[]()%".contains(&d[i]) {
                    i += 1;
                }
                out.push(Tok::Name(d[s..i].to_vec()));
            }
            _ if c.is_ascii_whitespace() => i += 1,
            _ => {
                let s = i;
                while i < d.len() && !d[i].is_ascii_whitespace() && !b"/<>[]()%".contains(&d[i]) {
                    i += 1;
                }
                if i == s {
                    i += 1;
                } else {
                    out.push(Tok::Op(d[s..i].to_vec()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmap_bfchar_bfrange_arrays_and_ligatures() {
        let cm = b"2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar\n\
                   2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<00E1> <00F1>] endbfrange";
        let m = parse_cmap(cm, &mut 1000);
        assert_eq!(m[&3], " ");
        assert_eq!(m[&0x10], "fi");
        assert_eq!(m[&0x22], "C");
        assert_eq!(m[&0x31], "ñ");
    }

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_text(b"aacute").as_deref(), Some("á"));
        assert_eq!(glyph_text(b"uni00F1").as_deref(), Some("ñ"));
        assert_eq!(glyph_text(b"f_i").as_deref(), Some("ﬁ"));
        assert_eq!(glyph_text(b"a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_text(b"zzzz"), None);
    }
}
