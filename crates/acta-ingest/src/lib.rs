//! Bytes to text: acta's ingestion stage.
//!
//! The format is decided from the content, never from the file name alone: a PDF named
//! `.txt` is a PDF, an HTML page named `.pdf` is HTML. Text in UTF-8 (with or without BOM),
//! UTF-16 (with BOM, or recognisable without), Windows-1252 and ISO-8859-1 is decoded and the
//! encoding used is reported; bytes no encoding explains are replaced and reported as lossy.
//! PDF pages come from `acta-pdf`, separated by [`acta_normalize::PAGE_BREAK`]-compatible form
//! feeds.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod detect;
mod html;
mod text;

use std::time::Instant;

pub use detect::{detect, Detected};

/// Form feed: the page separator in [`Ingested::text`] (what `acta-normalize` expects).
pub const PAGE_BREAK: char = '\u{000C}';

/// The format of an input, decided from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PDF.
    Pdf,
    /// Plain text.
    Text,
    /// Markdown-ish text (headings, bold marks, bullets), as PDF-to-text converters leave.
    Markdown,
    /// HTML page or fragment.
    Html,
}

/// Per-document limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_bytes: u64,
    /// Most PDF pages read.
    pub max_pages: usize,
    /// Largest decompressed PDF stream.
    pub max_stream_bytes: u64,
    /// When the document's time is up.
    pub deadline: Option<Instant>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 64 << 20, max_pages: 2000, max_stream_bytes: 256 << 20, deadline: None }
    }
}

/// Something about the input a reader of the record should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestWarning {
    /// Some bytes could not be decoded and were replaced by U+FFFD.
    DecodeLossy(String),
    /// The text was cut short (a damaged PDF).
    Truncated(String),
}

/// The text of one input.
#[derive(Debug, Clone)]
pub struct Ingested {
    /// Detected format.
    pub format: Format,
    /// Encoding used to decode text (WHATWG name); None for PDF.
    pub encoding: Option<String>,
    /// Page count, PDF only.
    pub pages: Option<u32>,
    /// The decoded text; PDF pages separated by [`PAGE_BREAK`].
    pub text: String,
    /// Warnings about decoding.
    pub warnings: Vec<IngestWarning>,
}

/// Why an input could not be turned into text. [`IngestError::kind`] gives the record's
/// error kind.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// No bytes, or only white space.
    #[error("{0}")]
    Empty(String),
    /// A format acta does not read.
    #[error("{0}")]
    UnsupportedFormat(String),
    /// Larger than `--max-bytes`.
    #[error("input is {size} bytes, more than the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// Input size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The PDF could not be read.
    #[error(transparent)]
    Pdf(#[from] acta_pdf::PdfError),
}

impl IngestError {
    /// The record's error kind for this error.
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Empty(_) => "empty",
            IngestError::UnsupportedFormat(_) => "unsupported_format",
            IngestError::TooLarge { .. } => "limit_exceeded",
            IngestError::Pdf(error) => error.kind(),
        }
    }
}

/// Whether the bytes, decoded as text, look like an HTML page or fragment.
pub fn looks_like_html_bytes(bytes: &[u8]) -> bool {
    let head = bytes.get(..4096).unwrap_or(bytes);
    html::looks_like_html(&String::from_utf8_lossy(head))
}

/// Turns the bytes of one input into text.
pub fn ingest(bytes: &[u8], limits: &Limits) -> Result<Ingested, IngestError> {
    let size = bytes.len() as u64;
    if size > limits.max_bytes {
        return Err(IngestError::TooLarge { size, limit: limits.max_bytes });
    }
    match detect(bytes) {
        Detected::Empty => Err(IngestError::Empty("the input has no bytes".to_string())),
        Detected::Binary(what) => {
            Err(IngestError::UnsupportedFormat(format!("not a document acta reads: the content is {what}")))
        }
        Detected::Pdf => ingest_pdf(bytes, limits),
        Detected::Text(encoding) => {
            let decoded = text::decode(bytes, encoding);
            let (format, text) = if html::looks_like_html(&decoded.text) {
                (Format::Html, html::to_text(&decoded.text))
            } else if text::looks_like_markdown(&decoded.text) {
                (Format::Markdown, decoded.text)
            } else {
                (Format::Text, decoded.text)
            };
            if text.trim().is_empty() {
                return Err(IngestError::Empty("the input holds no text, only white space".to_string()));
            }
            let warnings = decoded.lossy.then(|| {
                IngestWarning::DecodeLossy(format!(
                    "some bytes are not valid {}; they were replaced by U+FFFD",
                    decoded.encoding
                ))
            });
            Ok(Ingested {
                format,
                encoding: Some(decoded.encoding.to_string()),
                pages: None,
                text,
                warnings: warnings.into_iter().collect(),
            })
        }
    }
}

fn ingest_pdf(bytes: &[u8], limits: &Limits) -> Result<Ingested, IngestError> {
    let pdf_limits = acta_pdf::PdfLimits {
        max_pages: limits.max_pages,
        max_stream_bytes: limits.max_stream_bytes,
        deadline: limits.deadline,
    };
    let extracted = acta_pdf::extract_text(bytes, &pdf_limits)?;
    let pages = u32::try_from(extracted.pages.len()).unwrap_or(u32::MAX);
    let separator = PAGE_BREAK.to_string();
    let text = extracted.pages.join(&separator);
    let mut warnings = Vec::new();
    if extracted.truncated {
        warnings.push(IngestWarning::Truncated(
            "the PDF is damaged or cut short; only the text that could be read is here".to_string(),
        ));
    }
    Ok(Ingested { format: Format::Pdf, encoding: None, pages: Some(pages), text, warnings })
}
