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
    /// Byte ranges of the paragraphs, found once on first use.
    paragraphs: OnceLock<Vec<(usize, usize)>>,
}

impl<'a> Doc<'a> {
    /// A document with no heading information.
    pub fn new(text: &'a str) -> Self {
        Doc::with_headings(text, Vec::new())
    }

    /// A document whose heading lines are known, as byte ranges.
    pub fn with_headings(text: &'a str, headings: Vec<(usize, usize)>) -> Self {
        Doc { text, folded: Folded::new(text), headings, scan: OnceLock::new(), paragraphs: OnceLock::new() }
    }

    /// The folded text (lower case, no accents, ASCII quotes and dashes).
    pub fn folded(&self) -> &str {
        self.folded.as_str()
    }

    /// The words and capitals of the text (organisations and people read them), scanned once.
    pub fn scan(&self) -> &Scan {
        self.scan.get_or_init(|| scan_doc(self))
    }

    /// Byte ranges of the paragraphs (text between blank lines, "\n\n"), found once.
    pub fn paragraphs(&self) -> &[(usize, usize)] {
        self.paragraphs.get_or_init(|| paragraphs(self.text))
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

/// Byte ranges of the non-empty paragraphs of `text`: the runs between non-overlapping "\n\n"
/// (a third newline opens the next paragraph). Line breaks are found with memchr.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut cursor) = (0, 0);
    while let Some(offset) = text.get(cursor..).and_then(|rest| rest.find('\n')) {
        let at = cursor + offset;
        if bytes.get(at + 1) != Some(&b'\n') {
            cursor = at + 1;
            continue;
        }
        if at > start {
            out.push((start, at));
        }
        start = at + 2;
        cursor = at + 2;
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs are those of a plain "\n\n" split, empty ones left out.
    #[test]
    fn paragraphs_split_on_blank_lines() {
        let cases = [
            "",
            "uno",
            "uno\n\ndos",
            "uno\ndos\n\n\ntres\n\n\n\ncuatro\n\n",
            "\n\nuno\n",
            "a\n\n\n\n\nb",
            "ñ\n\né",
        ];
        for text in cases {
            let mut expected = Vec::new();
            let mut at = 0;
            for piece in text.split("\n\n") {
                if !piece.is_empty() {
                    expected.push((at, at + piece.len()));
                }
                at += piece.len() + 2;
            }
            assert_eq!(paragraphs(text), expected, "{text:?}");
        }
    }
}
