//! The accent- and case-folded view of a text, for matching.
//!
//! Folding maps every character to exactly one character (`México` → `mexico`, `“` → `"`), so
//! a match in the folded text maps back to the same characters of the original; the byte table
//! kept here turns folded byte offsets into original byte offsets.

/// A folded copy of a text with a map back to the original's byte offsets.
///
/// Most characters fold to a character of the same UTF-8 length (ASCII stays ASCII), so the
/// map only keeps anchors where the lengths differ: between two anchors, offsets move in step.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// (folded byte, original byte) at the start of every char whose folded length differs
    /// from its original length, and at the start of the char after it. Sorted on both.
    anchors: Vec<(usize, usize)>,
}

impl Folded {
    /// Folds `original`: lower case, accents removed, typographic quotes and dashes made ASCII.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut anchors = vec![(0, 0)];
        for (byte, ch) in original.char_indices() {
            let folded = fold_char(ch);
            if folded.len_utf8() != ch.len_utf8() {
                if anchors.last() != Some(&(text.len(), byte)) {
                    anchors.push((text.len(), byte));
                }
                text.push(folded);
                anchors.push((text.len(), byte + ch.len_utf8()));
            } else {
                text.push(folded);
            }
        }
        Folded { text, anchors }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset of the folded text (at a char boundary, or its end) to the byte offset
    /// of the same character in the original text.
    pub fn to_original(&self, folded_byte: usize) -> usize {
        let slot = self.anchors.partition_point(|&(f, _)| f <= folded_byte).saturating_sub(1);
        let (f, o) = self.anchors.get(slot).copied().unwrap_or((0, 0));
        o + (folded_byte - f)
    }

    /// Maps a byte offset of the original text (at a char boundary) to the folded text.
    pub fn to_folded(&self, original_byte: usize) -> usize {
        let slot = self.anchors.partition_point(|&(_, o)| o <= original_byte).saturating_sub(1);
        let (f, o) = self.anchors.get(slot).copied().unwrap_or((0, 0));
        f + (original_byte - o)
    }
}

/// Folds one character to one character.
pub fn fold_char(ch: char) -> char {
    if ch.is_ascii() {
        return ch.to_ascii_lowercase();
    }
    match ch {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '“' | '”' | '«' | '»' | '„' | '‟' => '"',
        '‘' | '’' | '‚' | '‛' | '´' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        'º' => 'o',
        'ª' => 'a',
        _ => ch.to_lowercase().next().unwrap_or(ch),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents_one_char_per_char() {
        let folded = Folded::new("MÉXICO, Perú y “Haití”");
        assert_eq!(folded.as_str(), "mexico, peru y \"haiti\"");
        assert_eq!(folded.as_str().chars().count(), "MÉXICO, Perú y “Haití”".chars().count());
    }

    #[test]
    fn offsets_map_back_to_the_same_characters() {
        let original = "Ñandú en “Panamá” — sí";
        let folded = Folded::new(original);
        let start = folded.as_str().find("panama").unwrap();
        let end = start + "panama".len();
        assert_eq!(&original[folded.to_original(start)..folded.to_original(end)], "Panamá");
        for (byte, _) in original.char_indices().chain(std::iter::once((original.len(), ' '))) {
            assert_eq!(folded.to_original(folded.to_folded(byte)), byte);
        }
        let folded_text = folded.as_str();
        for (index, (byte, _)) in original.char_indices().enumerate() {
            let folded_byte = folded_text.char_indices().nth(index).map(|(b, _)| b).unwrap();
            assert_eq!(folded.to_original(folded_byte), byte);
        }
    }
}
