//! The document as extractors see it: normalised text plus its folded view.

use std::sync::OnceLock;

use acta_normalize::Folded;

use crate::organizations::{scan_doc, Scan};

/// A normalised text ready for matching. Extractors report **byte** ranges into [`Doc::text`];
/// [`crate::spans`] turns them into the character spans of the record, once, in one place.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The normalised text.
    pub text: &'a str,
    /// Accent- and case-folded view: one char per char of `text`.
    pub folded: Folded,
    /// Byte ranges of heading lines (markdown `#`, all-bold lines).
    pub headings: Vec<(usize, usize)>,
    /// Words and capitals, read once on first use and shared by the families that need them.
    scan: OnceLock<Scan>,
}

impl<'a> Doc<'a> {
    /// A document with no heading information.
    pub fn new(text: &'a str) -> Self {
        Doc::with_headings(text, Vec::new())
    }

    /// A document whose heading lines are known, as byte ranges.
    pub fn with_headings(text: &'a str, headings: Vec<(usize, usize)>) -> Self {
        Doc { text, folded: Folded::new(text), headings, scan: OnceLock::new() }
    }

    /// The folded text (lower case, no accents, ASCII quotes and dashes).
    pub fn folded(&self) -> &str {
        self.folded.as_str()
    }

    /// The words and capitals of the text (organisations and people read them), scanned once.
    pub fn scan(&self) -> &Scan {
        self.scan.get_or_init(|| scan_doc(self))
    }

    /// Maps a folded byte range to the original text's byte range.
    pub fn original_range(&self, folded_start: usize, folded_end: usize) -> (usize, usize) {
        (self.folded.to_original(folded_start), self.folded.to_original(folded_end))
    }

    /// The original text of a byte range (empty when the range is not valid).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }
}
