//! PDF bytes to faithful page text, robust against hostile files.
//!
//! [`extract_text`] parses a document with `lopdf` (whose reader already bounds nesting,
//! rebuilds broken cross-reference tables and opens owner-password-only encryption) and runs its
//! own text layer on top: content-stream interpretation (`content`), fonts and encodings
//! (`font`), and layout into lines and paragraphs with running headers, footers, page numbers,
//! bullets and line-end hyphenation removed (`layout`). Every stream is decoded under a size
//! bound, every loop over document structure is bounded, a deadline is checked inside the work,
//! and a panic from any dependency is caught and reported as a malformed file.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod content;
mod decode;
mod font;
mod furniture;
mod layout;
mod metrics;
mod pages;
mod tables;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use lopdf::{Document, LoadOptions, Object};

use crate::content::{FontCache, Interp, Stop};

/// Limits for one document.
#[derive(Debug, Clone)]
pub struct PdfLimits {
    /// Most pages with content read; a document with more gives [`PdfError::TooManyPages`].
    /// Pages without a content stream are not counted, and content shared by several pages
    /// counts once (it is interpreted once). Default 2,000.
    pub max_pages: usize,
    /// Most bytes any single stream may decode to. Default 256 MiB.
    pub max_stream_bytes: u64,
    /// Past this instant the work stops with [`PdfError::Timeout`].
    pub deadline: Option<Instant>,
}

impl Default for PdfLimits {
    fn default() -> Self {
        PdfLimits { max_pages: 2000, max_stream_bytes: 256 << 20, deadline: None }
    }
}

/// The text of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfText {
    /// One entry per page, in page order. Each page's text: paragraphs separated by one blank line ("\n\n"),
    /// lines inside a paragraph separated by "\n", list items one per line without their bullet glyph,
    /// line-end hyphenation undone, running headers/footers/page numbers removed.
    pub pages: Vec<String>,
    /// true when the text was cut short (truncated file, a page failing mid-way...)
    pub truncated: bool,
}

/// Why a document gave no text.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The input has no bytes (or only whitespace).
    #[error("empty input: the file has no content")]
    Empty,
    /// The bytes are not a PDF.
    #[error("not a PDF: no '%PDF-' header in the first 1024 bytes{0}")]
    NotPdf(String),
    /// The document needs a password to be read.
    #[error("encrypted PDF: a user password is required to read it")]
    Encrypted,
    /// The encryption scheme could not be handled.
    #[error("encrypted PDF could not be decrypted: {0}")]
    Decryption(String),
    /// The file is damaged beyond recovery.
    #[error("malformed PDF: {0}")]
    Malformed(String),
    /// The pages carry no text (image-only scans).
    #[error("no text layer: the PDF's {pages} page(s) contain no extractable text (image-only or scanned?)")]
    NoTextLayer {
        /// Number of pages.
        pages: usize,
    },
    /// The document has more pages than allowed.
    #[error("limit exceeded: the document has more than {max} pages")]
    TooManyPages {
        /// The limit.
        max: usize,
    },
    /// A stream decodes to more bytes than allowed.
    #[error("limit exceeded: a stream decodes to more than {max} bytes (decompression bomb?)")]
    StreamTooLarge {
        /// The limit.
        max: u64,
    },
    /// The deadline passed.
    #[error("limit exceeded: timeout, the document took longer than its time budget")]
    Timeout,
}

impl PdfError {
    /// The error's kind, one of "empty", "unsupported_format", "encrypted", "malformed",
    /// "no_text_layer", "limit_exceeded".
    pub fn kind(&self) -> &'static str {
        match self {
            PdfError::Empty => "empty",
            PdfError::NotPdf(_) => "unsupported_format",
            PdfError::Encrypted | PdfError::Decryption(_) => "encrypted",
            PdfError::Malformed(_) => "malformed",
            PdfError::NoTextLayer { .. } => "no_text_layer",
            PdfError::TooManyPages { .. } | PdfError::StreamTooLarge { .. } | PdfError::Timeout => {
                "limit_exceeded"
            }
        }
    }
}

/// Offset of "%PDF-" within the first 1024 bytes.
fn header_offset(bytes: &[u8]) -> Option<usize> {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).position(|w| w == b"%PDF-")
}

/// Whether the bytes look like a PDF: "%PDF-" within the first 1024 bytes.
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    header_offset(bytes).is_some()
}

/// Extract the text of every page of a PDF.
pub fn extract_text(bytes: &[u8], limits: &PdfLimits) -> Result<PdfText, PdfError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0) {
        return Err(PdfError::Empty);
    }
    let Some(start) = header_offset(bytes) else {
        return Err(PdfError::NotPdf(sniff(bytes)));
    };
    check_deadline(limits)?;
    match catch_unwind(AssertUnwindSafe(|| extract_inner(bytes, start, limits))) {
        Ok(r) => r,
        Err(_) => {
            Err(PdfError::Malformed("internal error while reading the file (recovered from a panic)".into()))
        }
    }
}

fn sniff(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(512)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let has = |n: &[u8]| lower.windows(n.len()).any(|w| w == n);
    if head.starts_with(b"\x89PNG") {
        " (looks like a PNG image)".into()
    } else if head.starts_with(b"\xff\xd8\xff") {
        " (looks like a JPEG image)".into()
    } else if has(b"<html") || has(b"<!doctype html") {
        " (looks like an HTML page)".into()
    } else if head.starts_with(b"PK\x03\x04") {
        " (looks like a ZIP archive)".into()
    } else {
        String::new()
    }
}

fn check_deadline(limits: &PdfLimits) -> Result<(), PdfError> {
    match limits.deadline {
        Some(d) if Instant::now() >= d => Err(PdfError::Timeout),
        _ => Ok(()),
    }
}

fn load(bytes: &[u8], limits: &PdfLimits, force_reconstruct: bool) -> Result<Document, String> {
    let opts = LoadOptions {
        max_decompressed_size: Some(usize::try_from(limits.max_stream_bytes).unwrap_or(usize::MAX)),
        force_reconstruct,
        ..LoadOptions::default()
    };
    match catch_unwind(AssertUnwindSafe(|| Document::load_mem_with_options(bytes, opts))) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the PDF parser failed on this file".into()),
    }
}

fn extract_inner(bytes: &[u8], start: usize, limits: &PdfLimits) -> Result<PdfText, PdfError> {
    let mut recovered = false;
    let doc = match load(bytes, limits, false) {
        Ok(d) => d,
        Err(first) => {
            check_deadline(limits)?;
            let lower = first.to_ascii_lowercase();
            if lower.contains("password") {
                return Err(PdfError::Encrypted);
            }
            if lower.contains("decrypt") || lower.contains("encrypt") {
                return Err(PdfError::Decryption(first));
            }
            // Junk before the header: offsets may be relative to the header.
            let retry = if start > 0 { load(&bytes[start..], limits, false) } else { Err(first.clone()) };
            let retry = retry.or_else(|_| load(bytes, limits, true));
            match retry {
                Ok(d) => {
                    recovered = true;
                    d
                }
                Err(_) => return Err(PdfError::Malformed(first)),
            }
        }
    };
    // lenient loading may have rebuilt the cross-reference table by itself
    recovered |= doc.xref_recovery.is_some();
    check_deadline(limits)?;
    if doc.is_encrypted() {
        return Err(PdfError::Encrypted);
    }
    // A file cut short has lost its final "%%EOF"; its cross-reference data had to be rebuilt.
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let cut_short = !tail.windows(5).any(|w| w == b"%%EOF");
    let page_list = pages::collect(&doc, limits.max_pages)?;
    if page_list.is_empty() {
        // the page tree may be what is damaged: rebuild from a scan and look again
        if !recovered {
            if let Ok(d2) = load(bytes, limits, true) {
                let l2 = pages::collect(&d2, limits.max_pages)?;
                if !l2.is_empty() {
                    return extract_pages(&d2, l2, limits, cut_short);
                }
            }
        }
        return Err(PdfError::Malformed("the document has no readable pages".into()));
    }
    extract_pages(&doc, page_list, limits, recovered && cut_short)
}

fn extract_pages(
    doc: &Document,
    page_list: Vec<pages::Page>,
    limits: &PdfLimits,
    cut_short: bool,
) -> Result<PdfText, PdfError> {
    let mut fonts = FontCache::new();
    let mut laid = Vec::with_capacity(page_list.len().min(4096));
    let mut truncated = false;
    let mut any_glyph = false;
    // Pages that share their content and resources (blank pages, templates) are interpreted
    // once; only such shared content is kept, and only up to a glyph budget.
    type MemoKey = (Vec<lopdf::ObjectId>, usize);
    let key_of = |page: &pages::Page| -> MemoKey {
        (page.contents.clone(), page.resources.map_or(0, |r| std::ptr::from_ref(r) as usize))
    };
    let mut shared: HashMap<MemoKey, usize> = HashMap::new();
    for page in &page_list {
        *shared.entry(key_of(page)).or_default() += 1;
    }
    let mut memo: HashMap<MemoKey, Vec<content::Glyph>> = HashMap::new();
    let mut memo_budget: usize = 500_000;
    // Glyphs kept for the whole document: bounds memory when one huge form is painted on
    // every page. Past it, the remaining pages are left empty and the text marked truncated.
    let mut glyph_budget: usize = 10_000_000;
    for page in &page_list {
        check_deadline(limits)?;
        if glyph_budget == 0 {
            truncated = true;
            laid.push((layout::PageLayout::default(), page.height, page.bottom));
            continue;
        }
        let memo_key = key_of(page);
        if let Some(glyphs) = memo.get(&memo_key) {
            glyph_budget = glyph_budget.saturating_sub(glyphs.len());
            let page_layout = layout::layout(glyphs.clone());
            laid.push((page_layout, page.height, page.bottom));
            continue;
        }
        let streams: Vec<&lopdf::Stream> = page
            .contents
            .iter()
            .filter_map(|id| match doc.get_object(*id) {
                Ok(Object::Stream(s)) => Some(s),
                _ => None,
            })
            .collect();
        let mut interp = Interp::new(doc, &mut fonts, limits.deadline, limits.max_stream_bytes);
        let run = catch_unwind(AssertUnwindSafe(|| {
            let r = interp.run_streams(&streams, page.resources);
            (r, std::mem::take(&mut interp.glyphs), interp.truncated)
        }));
        let glyphs = match run {
            Ok((Ok(()), g, t)) => {
                truncated |= t;
                g
            }
            Ok((Err(Stop::Timeout), _, _)) => return Err(PdfError::Timeout),
            Ok((Err(Stop::StreamLimit), _, _)) => {
                return Err(PdfError::StreamTooLarge { max: limits.max_stream_bytes })
            }
            Err(_) => {
                truncated = true;
                Vec::new()
            }
        };
        any_glyph |= glyphs.iter().any(|g| !g.text.trim().is_empty());
        glyph_budget = glyph_budget.saturating_sub(glyphs.len());
        if shared.get(&memo_key).is_some_and(|n| *n > 1) && glyphs.len() <= memo_budget {
            memo_budget -= glyphs.len();
            memo.insert(memo_key, glyphs.clone());
        }
        let page_layout = catch_unwind(AssertUnwindSafe(|| layout::layout(glyphs))).unwrap_or_else(|_| {
            truncated = true;
            layout::PageLayout::default()
        });
        laid.push((page_layout, page.height, page.bottom));
    }
    if !any_glyph {
        // A file cut short that lost its text is damaged, not a scan.
        if truncated || cut_short {
            return Err(PdfError::Malformed("the file is cut short and no page text survived".to_string()));
        }
        return Err(PdfError::NoTextLayer { pages: page_list.len() });
    }
    check_deadline(limits)?;
    furniture::mark(&mut laid);
    let pages = laid.iter().map(|(p, _, _)| layout::render(&p.paragraphs)).collect();
    Ok(PdfText { pages, truncated: truncated || cut_short })
}
