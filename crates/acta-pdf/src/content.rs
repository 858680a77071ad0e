//! Content-stream interpretation: from page content to positioned glyphs.
//!
//! The lexer here is written for content streams only (no indirect objects), iterates without
//! recursion beyond a small bound, and never allocates more than the stream it reads.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::decode::{ascii_hex, decode_stream, DecodeError};
use crate::font::{deref, Font};

/// Deepest Form XObject nesting followed.
const MAX_FORM_DEPTH: usize = 12;
/// Deepest `q` nesting kept (deeper saves are ignored, matching restores too).
const MAX_GSTATE_DEPTH: usize = 256;
/// Glyphs kept per page; beyond it the page is cut short.
const MAX_GLYPHS_PER_PAGE: usize = 1_000_000;
/// Array items kept per operand (a TJ array, nested arrays included); the rest are lexed and
/// dropped, so a huge decoded stream of numbers cannot multiply into operand memory.
const MAX_ARRAY_ITEMS: usize = 1 << 16;
/// Operand stack bound.
const MAX_OPERANDS: usize = 64;

/// One glyph placed on the page, in device space (PDF user space after the CTM, y up).
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    /// Unicode text of the glyph ("" when unknown).
    pub text: String,
    /// Origin x.
    pub x: f64,
    /// Baseline y.
    pub y: f64,
    /// Advance width in device units.
    pub w: f64,
    /// Font size in device units.
    pub size: f64,
}

/// Why interpretation stopped early.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The deadline passed.
    Timeout,
    /// A stream exceeded the decoded-size limit.
    StreamLimit,
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    hscale: f64,
    leading: f64,
    rise: f64,
}

/// Fonts loaded once per document, by object id.
pub(crate) struct FontCache {
    by_id: HashMap<ObjectId, Rc<Font>>,
    /// Remaining table entries for the document's fonts.
    budget: usize,
}

impl FontCache {
    pub(crate) fn new() -> Self {
        FontCache { by_id: HashMap::new(), budget: crate::font::DOC_TABLE_BUDGET }
    }
}

/// Interpreter for one page.
pub(crate) struct Interp<'a> {
    doc: &'a Document,
    fonts: &'a mut FontCache,
    deadline: Option<Instant>,
    stream_limit: u64,
    /// Glyphs placed so far.
    pub glyphs: Vec<Glyph>,
    /// True when the page was cut short by the glyph bound or a bad stream.
    pub truncated: bool,
    forms: Vec<ObjectId>,
    form_cache: HashMap<ObjectId, Rc<Vec<u8>>>,
    ops: u64,
}

enum Operand {
    Num(f64),
    Name(Vec<u8>),
    Str(Vec<u8>),
    Arr(Vec<Operand>),
    Other,
}

impl<'a> Interp<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        fonts: &'a mut FontCache,
        deadline: Option<Instant>,
        stream_limit: u64,
    ) -> Self {
        Interp {
            doc,
            fonts,
            deadline,
            stream_limit,
            glyphs: Vec::new(),
            truncated: false,
            forms: Vec::new(),
            form_cache: HashMap::new(),
            ops: 0,
        }
    }

    /// Decode and run a list of content streams with the given resources.
    pub(crate) fn run_streams(
        &mut self,
        streams: &[&lopdf::Stream],
        resources: Option<&'a Dictionary>,
    ) -> Result<(), Stop> {
        let mut content = Vec::new();
        for s in streams {
            match decode_stream(s, self.stream_limit) {
                Ok(d) => {
                    content.extend_from_slice(&d);
                    content.push(b'\n');
                }
                Err(DecodeError::Limit) => return Err(Stop::StreamLimit),
                Err(DecodeError::Unsupported) => self.truncated = true,
            }
            if content.len() as u64 > self.stream_limit {
                return Err(Stop::StreamLimit);
            }
        }
        let gs = GState {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.run(&content, resources, gs)
    }

    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<Font>> {
        let doc = self.doc;
        let fonts = deref(doc, resources?.get(b"Font").ok())?.as_dict().ok()?;
        let entry = fonts.get(name).ok()?;
        if let Object::Reference(id) = entry {
            if let Some(f) = self.fonts.by_id.get(id) {
                return Some(f.clone());
            }
            let dict = deref(doc, Some(entry))?.as_dict().ok()?;
            let f = Rc::new(Font::load(doc, dict, &mut self.fonts.budget));
            self.fonts.by_id.insert(*id, f.clone());
            return Some(f);
        }
        let dict = deref(doc, Some(entry))?.as_dict().ok()?;
        Some(Rc::new(Font::load(doc, dict, &mut self.fonts.budget)))
    }

    fn run(&mut self, data: &[u8], resources: Option<&'a Dictionary>, start: GState) -> Result<(), Stop> {
        let mut lx = Lexer { d: data, i: 0, kept: 0 };
        let mut operands: Vec<Operand> = Vec::new();
        let mut gs = start;
        let mut stack: Vec<GState> = Vec::new();
        let mut skipped_saves = 0usize;
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        while let Some(tok) = lx.next_token() {
            let op = match tok {
                Token::Operand(o) => {
                    if operands.len() < MAX_OPERANDS {
                        operands.push(o);
                    }
                    continue;
                }
                Token::Op(op) => op,
            };
            self.ops += 1;
            if self.ops % 2048 == 0 {
                if let Some(d) = self.deadline {
                    if Instant::now() >= d {
                        return Err(Stop::Timeout);
                    }
                }
            }
            let n = |k: usize| -> f64 {
                operands.len().checked_sub(k).and_then(|i| operands.get(i)).map_or(0.0, |o| match o {
                    Operand::Num(v) if v.is_finite() => *v,
                    _ => 0.0,
                })
            };
            match op {
                b"q" => {
                    if stack.len() < MAX_GSTATE_DEPTH {
                        stack.push(gs.clone());
                    } else {
                        skipped_saves += 1;
                    }
                }
                b"Q" => {
                    if skipped_saves > 0 {
                        skipped_saves -= 1;
                    } else if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                b"cm" => {
                    let m = [n(6), n(5), n(4), n(3), n(2), n(1)];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    gs.size = n(1);
                    if let Some(Operand::Name(name)) =
                        operands.len().checked_sub(2).and_then(|i| operands.get(i))
                    {
                        gs.font = self.font(resources, name);
                    }
                }
                b"Tc" => gs.char_spacing = n(1),
                b"Tw" => gs.word_spacing = n(1),
                b"Tz" => gs.hscale = n(1) / 100.0,
                b"TL" => gs.leading = n(1),
                b"Ts" => gs.rise = n(1),
                b"Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(2), n(1)], &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    gs.leading = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(2), n(1)], &tlm);
                    tm = tlm;
                }
                b"Tm" => {
                    tlm = [n(6), n(5), n(4), n(3), n(2), n(1)];
                    tm = tlm;
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" | b"'" | b"\"" => {
                    if op == b"\"" {
                        gs.word_spacing = n(3);
                        gs.char_spacing = n(2);
                    }
                    if op != b"Tj" {
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    if let Some(Operand::Str(s)) = operands.last() {
                        self.show(s, &gs, &mut tm);
                    }
                }
                b"TJ" => {
                    if let Some(Operand::Arr(items)) = operands.last() {
                        for it in items {
                            match it {
                                Operand::Str(s) => self.show(s, &gs, &mut tm),
                                Operand::Num(k) if k.is_finite() => {
                                    let tx = -k / 1000.0 * gs.size * gs.hscale;
                                    tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                b"Do" => {
                    if let Some(Operand::Name(name)) = operands.last() {
                        self.form(resources, name, &gs)?;
                    }
                }
                _ => {}
            }
            operands.clear();
            if self.glyphs.len() >= MAX_GLYPHS_PER_PAGE {
                self.truncated = true;
                break;
            }
        }
        Ok(())
    }

    fn form(&mut self, resources: Option<&'a Dictionary>, name: &[u8], gs: &GState) -> Result<(), Stop> {
        let doc = self.doc;
        let Some(xobjs) =
            resources.and_then(|r| deref(doc, r.get(b"XObject").ok())).and_then(|o| o.as_dict().ok())
        else {
            return Ok(());
        };
        let Ok(Object::Reference(id)) = xobjs.get(name) else { return Ok(()) };
        if self.forms.len() >= MAX_FORM_DEPTH
            || self.forms.contains(id)
            || self.glyphs.len() >= MAX_GLYPHS_PER_PAGE
        {
            return Ok(()); // recursion: the form is already being painted
        }
        let Ok(Object::Stream(stream)) = doc.get_object(*id) else { return Ok(()) };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return Ok(());
        }
        // a form painted many times is decoded once per page
        let data = match self.form_cache.get(id) {
            Some(d) => d.clone(),
            None => {
                let d = match decode_stream(stream, self.stream_limit) {
                    Ok(d) => Rc::new(d),
                    Err(DecodeError::Limit) => return Err(Stop::StreamLimit),
                    Err(DecodeError::Unsupported) => return Ok(()),
                };
                self.form_cache.insert(*id, d.clone());
                d
            }
        };
        let mut inner = gs.clone();
        if let Ok(Object::Array(m)) = stream.dict.get(b"Matrix") {
            let v: Vec<f64> = m.iter().filter_map(crate::font::num).collect();
            if v.len() == 6 {
                inner.ctm = mul(&[v[0], v[1], v[2], v[3], v[4], v[5]], &inner.ctm);
            }
        }
        let res = deref(doc, stream.dict.get(b"Resources").ok()).and_then(|o| o.as_dict().ok()).or(resources);
        self.forms.push(*id);
        let r = self.run(&data, res, inner);
        self.forms.pop();
        r
    }

    fn show(&mut self, s: &[u8], gs: &GState, tm: &mut Matrix) {
        let Some(font) = gs.font.clone() else { return };
        for code in font.codes(s) {
            if self.glyphs.len() >= MAX_GLYPHS_PER_PAGE {
                self.truncated = true;
                return;
            }
            let w0 = font.width(code);
            let m = mul(&[gs.size * gs.hscale, 0.0, 0.0, gs.size, 0.0, gs.rise], &mul(tm, &gs.ctm));
            let text = font.text(code).unwrap_or("").to_string();
            let is_space = !font.two_byte && code == 32;
            let size = (m[2] * m[2] + m[3] * m[3]).sqrt();
            let xscale = (m[0] * m[0] + m[1] * m[1]).sqrt();
            if self.glyphs.len() < MAX_GLYPHS_PER_PAGE {
                self.glyphs.push(Glyph { text, x: m[4], y: m[5], w: w0 * xscale, size });
            }
            let tx =
                (w0 * gs.size + gs.char_spacing + if is_space { gs.word_spacing } else { 0.0 }) * gs.hscale;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
    }
}

enum Token<'d> {
    Operand(Operand),
    Op(&'d [u8]),
}

struct Lexer<'d> {
    d: &'d [u8],
    i: usize,
    /// Array items kept since the last top-level array began.
    kept: usize,
}

fn is_delim(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

impl<'d> Lexer<'d> {
    fn peek(&self) -> Option<u8> {
        self.d.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() || b == 0 {
                self.i += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    fn next_token(&mut self) -> Option<Token<'d>> {
        loop {
            self.skip_ws();
            let b = self.peek()?;
            if b == b'[' {
                self.i += 1;
                self.kept = 0;
                return Some(Token::Operand(Operand::Arr(self.array(0))));
            }
            if let Some(o) = self.operand(b) {
                return Some(Token::Operand(o));
            }
            // keyword
            let s = self.i;
            while let Some(c) = self.peek() {
                if c.is_ascii_whitespace() || is_delim(c) || c == 0 {
                    break;
                }
                self.i += 1;
            }
            if self.i == s {
                self.i += 1; // stray delimiter such as ')' or '>'
                continue;
            }
            let word = &self.d[s..self.i];
            if word == b"BI" {
                self.skip_inline_image();
                continue;
            }
            return Some(Token::Op(word));
        }
    }

    /// An operand starting at `b`, or None for keywords.
    fn operand(&mut self, b: u8) -> Option<Operand> {
        match b {
            b'(' => Some(Operand::Str(self.literal())),
            b'<' if self.d.get(self.i + 1) == Some(&b'<') => {
                self.skip_dict();
                Some(Operand::Other)
            }
            b'<' => Some(Operand::Str(self.hex())),
            b'/' => {
                self.i += 1;
                let s = self.i;
                while let Some(c) = self.peek() {
                    if c.is_ascii_whitespace() || is_delim(c) || c == 0 {
                        break;
                    }
                    self.i += 1;
                }
                Some(Operand::Name(self.d[s..self.i].to_vec()))
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let s = self.i;
                self.i += 1;
                while let Some(c) = self.peek() {
                    if c.is_ascii_digit() || c == b'.' || c == b'-' || c == b'+' || c == b'e' || c == b'E' {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                let txt = std::str::from_utf8(&self.d[s..self.i]).unwrap_or("0");
                Some(Operand::Num(txt.parse::<f64>().unwrap_or_else(|_| lenient_number(txt))))
            }
            b'{' | b'}' | b']' | b'>' | b')' => {
                self.i += 1;
                Some(Operand::Other)
            }
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Vec<Operand> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            let Some(b) = self.peek() else { return items };
            match b {
                b']' => {
                    self.i += 1;
                    return items;
                }
                b'[' => {
                    self.i += 1;
                    if depth < 8 {
                        let inner = self.array(depth + 1);
                        if self.kept < MAX_ARRAY_ITEMS {
                            self.kept += 1;
                            items.push(Operand::Arr(inner));
                        }
                    } else {
                        // too deep: skip to the matching bracket without recursion
                        let mut level = 1usize;
                        while let Some(c) = self.peek() {
                            self.i += 1;
                            match c {
                                b'[' => level += 1,
                                b']' => {
                                    level -= 1;
                                    if level == 0 {
                                        break;
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                }
                _ => match self.operand(b) {
                    // a content-stream array longer than this is hostile: lex, do not keep
                    Some(o) => {
                        if self.kept < MAX_ARRAY_ITEMS {
                            self.kept += 1;
                            items.push(o);
                        }
                    }
                    None => {
                        // a keyword inside an array: malformed; stop the array here
                        return items;
                    }
                },
            }
        }
    }

    fn literal(&mut self) -> Vec<u8> {
        self.i += 1;
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.i += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        other => out.push(other),
                    }
                }
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex(&mut self) -> Vec<u8> {
        // Past '<': the digits up to '>' (or the end), decoded like an ASCIIHex stream.
        let body = self.d.get(self.i + 1..).unwrap_or(&[]);
        let len = body.iter().position(|&b| b == b'>').map_or(body.len(), |p| p + 1);
        self.i += 1 + len;
        ascii_hex(body.get(..len).unwrap_or(body))
    }

    fn skip_dict(&mut self) {
        let mut depth = 0usize;
        while self.i < self.d.len() {
            let c = self.d[self.i];
            if c == b'<' && self.d.get(self.i + 1) == Some(&b'<') {
                depth += 1;
                self.i += 2;
            } else if c == b'>' && self.d.get(self.i + 1) == Some(&b'>') {
                depth = depth.saturating_sub(1);
                self.i += 2;
                if depth == 0 {
                    return;
                }
            } else if c == b'(' {
                self.literal();
            } else {
                self.i += 1;
            }
        }
    }

    fn skip_inline_image(&mut self) {
        // skip the dictionary up to ID, then the data up to a whitespace-delimited EI
        while self.i + 1 < self.d.len() {
            if &self.d[self.i..self.i + 2] == b"ID"
                && self.d.get(self.i + 2).map_or(true, |c| c.is_ascii_whitespace())
            {
                self.i += 3;
                break;
            }
            self.i += 1;
        }
        while self.i + 2 < self.d.len() {
            if self.d[self.i].is_ascii_whitespace()
                && &self.d[self.i + 1..self.i + 3] == b"EI"
                && self.d.get(self.i + 3).map_or(true, |c| c.is_ascii_whitespace())
            {
                self.i += 3;
                return;
            }
            self.i += 1;
        }
        self.i = self.d.len();
    }
}

fn lenient_number(t: &str) -> f64 {
    // "--5", "5.3.2", "-" : keep the leading valid part
    let t = t.trim_start_matches('+');
    let neg = t.starts_with('-');
    let body: String =
        t.trim_start_matches('-').chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    let mut parts = body.splitn(3, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    let v =
        format!("{}.{}", if int.is_empty() { "0" } else { int }, if frac.is_empty() { "0" } else { frac })
            .parse::<f64>()
            .unwrap_or(0.0);
    if neg {
        -v
    } else {
        v
    }
}
