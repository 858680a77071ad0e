//! Tokens of the folded text: words, digit runs and single punctuation characters, each with
//! its byte range and whether whitespace precedes it (numeric dates need adjacency).

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
}

/// Splits folded text into tokens.
pub fn tokenize(folded: &str) -> Vec<Tok<'_>> {
    let bytes = folded.as_bytes();
    let mut toks = Vec::with_capacity(folded.len() / 5);
    let mut i = 0;
    let mut spaced = true;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            spaced = true;
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
        toks.push(Tok { kind, text, start, end: i, spaced });
        spaced = false;
    }
    toks
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
}
