//! Tokens of the folded text: words, digit runs and single punctuation characters, each with
//! its byte range and whether whitespace precedes it (numeric dates need adjacency).

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other non-space character.
    Punct,
}

/// One token of the folded text.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    /// Kind.
    pub kind: TokKind,
    /// The folded text of the token.
    pub text: &'a str,
    /// Byte range in the folded text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Whether whitespace (or the start of the text) comes right before it.
    pub spaced: bool,
    /// Whether a line break (or the start of the text) comes right before it.
    pub line_start: bool,
}

/// Splits folded text into tokens.
#[cfg(test)]
pub fn tokenize(folded: &str) -> Vec<Tok<'_>> {
    tokenize_range(folded, 0..folded.len())
}

/// Splits `folded[range]` into tokens, with byte ranges into the whole of `folded`. The
/// range must start and end on character boundaries.
pub fn tokenize_range(folded: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let bytes = folded.as_bytes().get(..range.end).unwrap_or_default();
    let mut toks = Vec::new();
    let mut i = range.start;
    let mut spaced = true;
    let mut line_start = true;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            spaced = true;
            line_start |= b == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_digit() {
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            TokKind::Num
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(folded, i)) {
            while let Some(&c) = bytes.get(i) {
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 && starts_letter(folded, i) {
                    i += char_len(c);
                } else {
                    break;
                }
            }
            TokKind::Word
        } else {
            i += if b >= 0x80 { char_len(b) } else { 1 };
            // Non-breaking and other Unicode spaces separate like ASCII spaces.
            if folded.get(start..i).is_some_and(|s| s.chars().all(char::is_whitespace)) {
                spaced = true;
                continue;
            }
            TokKind::Punct
        };
        let text = folded.get(start..i).unwrap_or("");
        toks.push(Tok { kind, text, start, end: i, spaced, line_start });
        spaced = false;
        line_start = false;
    }
    toks
}

/// Cuts `folded` into consecutive ranges of about `max` bytes or fewer, each ending where no
/// date phrase can run on: at a blank line if the last half of the range has one, else at a
/// line end, else after a full stop, else at a space. A text of `max` bytes or fewer is one
/// range. Tokens are eight times the size of the text they cover, so a huge document is
/// tokenised range by range to keep memory bounded by the range, not the document.
pub fn segments(folded: &str, max: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= folded.len() {
            return None;
        }
        let mut end = folded.len();
        if end - start > max {
            let mut limit = start + max;
            while !folded.is_char_boundary(limit) {
                limit -= 1;
            }
            let mut half = start + max / 2;
            while !folded.is_char_boundary(half) {
                half -= 1;
            }
            let window = &folded[half..limit];
            end = ["\n\n", "\n", ". ", " "]
                .iter()
                .find_map(|cut| window.rfind(cut).map(|at| half + at + cut.len()))
                .unwrap_or(limit);
            // A window narrower than one character still moves on by that character.
            if end == start {
                end = folded[start..].chars().next().map_or(folded.len(), |c| start + c.len_utf8());
            }
        }
        let range = start..end;
        start = end;
        Some(range)
    })
}

fn starts_letter(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|s| s.chars().next()).is_some_and(char::is_alphabetic)
}

fn char_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let toks = tokenize("el 1.o de enero, 3/12/2021 y n°5");
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["el", "1", ".", "o", "de", "enero", ",", "3", "/", "12", "/", "2021", "y", "n", "°", "5"]
        );
        assert!(toks[1].spaced && !toks[2].spaced && !toks[3].spaced);
    }

    #[test]
    fn a_range_keeps_whole_text_offsets() {
        let text = "hoy, 3 de mayo";
        let toks = tokenize_range(text, 5..text.len());
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["3", "de", "mayo"]);
        assert_eq!((toks[0].start, toks[0].spaced), (5, true));
    }

    #[test]
    fn segments_cover_the_text_and_end_at_the_best_cut_available() {
        let whole = |text: &str, max: usize| segments(text, max).collect::<Vec<_>>();
        assert_eq!(whole("el 3 de mayo", 64), vec![Range { start: 0, end: 12 }]);
        assert!(whole("", 64).is_empty());
        assert_eq!(whole("éé", 1), [0..2, 2..4]);
        // A blank line in the second half of the window beats a later line end.
        let text = "aaaa aaaa\n\nbbbb\nbbbb cccc";
        assert_eq!(whole(text, 16), [0..11, 11..25]);
        // No line end: after a full stop, else at a space, else at a character boundary.
        assert_eq!(whole("aaaa bbbb. cc dddd eeee", 12), [0..11, 11..23]);
        assert_eq!(whole("aaaa bbbb cccc dddd", 12), [0..10, 10..19]);
        assert_eq!(whole("ééééé", 5), [0..4, 4..8, 8..10]);
        for max in 4..40 {
            let text = "El 3 de mayo de 2021.\n\nLa reunión, del 8 al 9 de junio; año.";
            let ranges = whole(text, max);
            assert_eq!(ranges.first().map(|r| r.start), Some(0));
            assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
            assert!(ranges.windows(2).all(|w| w[0].end == w[1].start), "{max}: {ranges:?}");
            assert!(ranges.iter().all(|r| r.len() <= max && !r.is_empty()), "{max}: {ranges:?}");
        }
    }
}
