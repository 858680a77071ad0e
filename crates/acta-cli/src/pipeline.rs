//! One document from bytes to record: ingest, normalise, extract, assemble.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use acta_extract::{CivilDate, Doc, Options};
use acta_ingest::{Format as InputFormat, IngestError, IngestWarning, Limits};
use acta_normalize::Flavor;
use acta_record::{ErrorKind, Format, Record, Source, Warning, WarningCode};
use sha2::{Digest, Sha256};

use crate::discover::{Input, InputSource};

/// How every document of a run is processed.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Largest input read, in bytes.
    pub max_bytes: u64,
    /// Most PDF pages read.
    pub max_pages: usize,
    /// Largest decompressed PDF stream, in bytes.
    pub max_stream_bytes: u64,
    /// Time allowed per document.
    pub timeout: Duration,
    /// Anchor for relative dates when a document has no dated dateline.
    pub reference_date: Option<CivilDate>,
    /// Put the normalised text into the record.
    pub include_text: bool,
}

/// Reads and processes one input. Never panics: an internal failure becomes an error record.
pub fn process(input: &Input, settings: &Settings) -> Record {
    let bytes = match read_input(input, settings.max_bytes) {
        Ok(bytes) => bytes,
        Err(failure) => return failure.into_record(&input.id),
    };
    if let Some(record) = misnamed_pdf(input, &bytes) {
        return record;
    }
    process_bytes(&input.id, &bytes, settings)
}

/// A file named `.pdf` whose content is not a PDF (an HTML page or an image saved under a PDF
/// name, common in web crawls) is refused: the archive promised a PDF, and reading the page's
/// text would silently put something else in its place. Other names are read as their content
/// says (a PDF named `.txt` is read as a PDF).
fn misnamed_pdf(input: &Input, bytes: &[u8]) -> Option<Record> {
    let InputSource::Path(path) = &input.source else { return None };
    let named_pdf = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let what = match acta_ingest::detect(bytes) {
        _ if !named_pdf => return None,
        acta_ingest::Detected::Pdf | acta_ingest::Detected::Empty => return None,
        acta_ingest::Detected::Binary(what) => what.to_string(),
        acta_ingest::Detected::Text(_) if acta_ingest::looks_like_html_bytes(bytes) => {
            "an HTML page".to_string()
        }
        acta_ingest::Detected::Text(_) => "text".to_string(),
    };
    Some(Record::failed(
        &input.id,
        source_of(bytes, None, None, None),
        ErrorKind::UnsupportedFormat,
        format!("named .pdf but not a PDF: the content is {what}"),
    ))
}

/// Processes bytes already in memory.
pub fn process_bytes(id: &str, bytes: &[u8], settings: &Settings) -> Record {
    match catch_unwind(AssertUnwindSafe(|| process_unguarded(id, bytes, settings))) {
        Ok(record) => record,
        Err(panic) => {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Record::failed(
                id,
                source_of(bytes, None, None, None),
                ErrorKind::Malformed,
                format!("acta failed on this input (a bug; please report it): {reason}"),
            )
        }
    }
}

fn process_unguarded(id: &str, bytes: &[u8], settings: &Settings) -> Record {
    let deadline = Instant::now() + settings.timeout;
    let limits = Limits {
        max_bytes: settings.max_bytes,
        max_pages: settings.max_pages,
        max_stream_bytes: settings.max_stream_bytes,
        deadline: Some(deadline),
    };
    let ingested = match acta_ingest::ingest(bytes, &limits) {
        Ok(ingested) => ingested,
        Err(error) => {
            let format = match &error {
                IngestError::Pdf(_) => Some(Format::Pdf),
                _ => None,
            };
            let kind = ErrorKind::from_word(error.kind()).unwrap_or(ErrorKind::Malformed);
            return Record::failed(id, source_of(bytes, format, None, None), kind, error.to_string());
        }
    };
    let format = match ingested.format {
        InputFormat::Pdf => Format::Pdf,
        InputFormat::Text => Format::Text,
        InputFormat::Markdown => Format::Markdown,
        InputFormat::Html => Format::Html,
    };
    let source = source_of(bytes, Some(format), ingested.encoding.clone(), ingested.pages);
    let flavor = if ingested.format == InputFormat::Markdown { Flavor::Markdown } else { Flavor::Plain };
    let normalized = acta_normalize::normalize(&ingested.text, flavor);
    drop(ingested.text);
    if normalized.text.trim().is_empty() {
        let cut_short = ingested.warnings.iter().any(|w| matches!(w, IngestWarning::Truncated(_)));
        let (kind, message) = if format == Format::Pdf && cut_short {
            (ErrorKind::Malformed, "the PDF is damaged or cut short and no text could be recovered from it")
        } else if format == Format::Pdf {
            (ErrorKind::NoTextLayer, "the PDF has no text layer (scanned pages?); OCR is not supported")
        } else {
            (ErrorKind::Empty, "the input holds no text")
        };
        return Record::failed(id, source, kind, message);
    }
    if Instant::now() > deadline {
        return timeout_record(id, source, settings.timeout);
    }

    let headings = heading_byte_ranges(&normalized.text, &normalized.headings);
    let doc = Doc::with_headings(&normalized.text, headings);
    let mut record = Record::new(id, source);
    let language = acta_extract::language::detect_doc(&doc);
    record.language = language.code.to_string();
    if language.code != "es" {
        record.warnings.push(Warning {
            code: WarningCode::NotSpanish,
            message: format!("the text does not look Spanish (detected: {})", language.code),
            span: None,
        });
    }
    for warning in ingested.warnings {
        let (code, message) = match warning {
            IngestWarning::DecodeLossy(message) => (WarningCode::DecodeLossy, message),
            IngestWarning::Truncated(message) => (WarningCode::Truncated, message),
        };
        record.warnings.push(Warning { code, message, span: None });
    }

    let mut extraction = acta_extract::extract(&doc, &Options { reference_date: settings.reference_date });
    if Instant::now() > deadline {
        return timeout_record(id, record.source, settings.timeout);
    }
    if format == Format::Pdf {
        for span in extraction.spans_mut() {
            span.page = normalized.page_of(span.start);
        }
    }
    record.title = extraction.title;
    record.dateline = extraction.dateline;
    record.issuer = extraction.issuer;
    record.dates = extraction.dates;
    record.countries = extraction.countries;
    record.organizations = extraction.organizations;
    record.people = extraction.people;
    record.events = extraction.events;
    record.instruments = extraction.instruments;
    record.warnings.extend(extraction.warnings);
    if settings.include_text {
        record.text = Some(normalized.text);
    }
    record
}

fn timeout_record(id: &str, source: Source, timeout: Duration) -> Record {
    Record::failed(
        id,
        source,
        ErrorKind::LimitExceeded,
        format!("processing took longer than {} s (raise it with --timeout-secs)", timeout.as_secs()),
    )
}

/// Heading ranges come as characters; the Doc wants bytes.
fn heading_byte_ranges(text: &str, headings: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if headings.is_empty() {
        return Vec::new();
    }
    let mut byte_of_char: Vec<usize> = Vec::new();
    let last = headings.iter().map(|&(_, end)| end).max().unwrap_or(0);
    for (index, (byte, _)) in text.char_indices().enumerate() {
        if index > last {
            break;
        }
        byte_of_char.push(byte);
    }
    byte_of_char.push(text.len());
    let byte = |c: usize| byte_of_char.get(c).copied().unwrap_or(text.len());
    headings.iter().map(|&(start, end)| (byte(start), byte(end))).collect()
}

fn source_of(bytes: &[u8], format: Option<Format>, encoding: Option<String>, pages: Option<u32>) -> Source {
    let digest = Sha256::digest(bytes);
    let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
    Source { format, bytes: bytes.len() as u64, sha256: Some(sha256), encoding, pages }
}

/// Why an input could not be read.
struct ReadFailure {
    kind: ErrorKind,
    message: String,
    bytes: u64,
}

impl ReadFailure {
    fn into_record(self, id: &str) -> Record {
        let source = Source { format: None, bytes: self.bytes, sha256: None, encoding: None, pages: None };
        Record::failed(id, source, self.kind, self.message)
    }
}

/// Reads at most `max_bytes` (+1 to know it was exceeded) without trusting the file's size.
fn read_input(input: &Input, max_bytes: u64) -> Result<Vec<u8>, ReadFailure> {
    let io_failure = |message: String| ReadFailure { kind: ErrorKind::Io, message, bytes: 0 };
    let mut bytes = Vec::new();
    let result = match &input.source {
        InputSource::Unreadable(_, reason) => return Err(io_failure(reason.clone())),
        InputSource::Stdin => std::io::stdin().lock().take(max_bytes + 1).read_to_end(&mut bytes),
        InputSource::Path(path) => {
            let file = std::fs::File::open(path).map_err(|e| io_failure(describe_io_error(&e)))?;
            if let Ok(meta) = file.metadata() {
                if meta.is_dir() {
                    return Err(io_failure("is a directory".to_string()));
                }
                if meta.is_file() && meta.len() > max_bytes {
                    return Err(ReadFailure {
                        kind: ErrorKind::LimitExceeded,
                        message: format!(
                            "input is {} bytes, more than the limit of {max_bytes} bytes (raise it with --max-bytes)",
                            meta.len()
                        ),
                        bytes: meta.len(),
                    });
                }
                bytes.reserve(meta.len().min(max_bytes) as usize);
            }
            file.take(max_bytes + 1).read_to_end(&mut bytes)
        }
    };
    result.map_err(|e| io_failure(describe_io_error(&e)))?;
    if bytes.len() as u64 > max_bytes {
        return Err(ReadFailure {
            kind: ErrorKind::LimitExceeded,
            message: format!("input is more than the limit of {max_bytes} bytes (raise it with --max-bytes)"),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

fn describe_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}
