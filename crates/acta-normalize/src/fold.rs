//! The accent- and case-folded view of a text, for matching.
//!
//! Folding maps every character to exactly one character (`México` → `mexico`, `“` → `"`), so
//! a match in the folded text maps back to the same characters of the original; the byte table
//! kept here turns folded byte offsets into original byte offsets.

/// A folded copy of a text with a map back to the original's byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// For every char of `text` (in order): its byte offset in the original text.
    /// A trailing entry holds the original's length.
    original_offsets: Vec<u32>,
    /// For every char of `text`: its byte offset in the folded text (plus the length at the end).
    folded_offsets: Vec<u32>,
}

impl Folded {
    /// Folds `original`: lower case, accents removed, typographic quotes and dashes made ASCII.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut original_offsets = Vec::with_capacity(original.len() + 1);
        let mut folded_offsets = Vec::with_capacity(original.len() + 1);
        for (byte, ch) in original.char_indices() {
            original_offsets.push(byte as u32);
            folded_offsets.push(text.len() as u32);
            text.push(fold_char(ch));
        }
        original_offsets.push(original.len() as u32);
        folded_offsets.push(text.len() as u32);
        Folded { text, original_offsets, folded_offsets }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset of the folded text (at a char boundary, or its end) to the byte offset
    /// of the same character in the original text.
    pub fn to_original(&self, folded_byte: usize) -> usize {
        match self.folded_offsets.binary_search(&(folded_byte as u32)) {
            Ok(index) => self.original_offsets.get(index).copied().unwrap_or(0) as usize,
            // Not a char boundary: round down to the char that contains it.
            Err(index) => self.original_offsets.get(index.saturating_sub(1)).copied().unwrap_or(0) as usize,
        }
    }

    /// Maps a byte offset of the original text (at a char boundary) to the folded text.
    pub fn to_folded(&self, original_byte: usize) -> usize {
        match self.original_offsets.binary_search(&(original_byte as u32)) {
            Ok(index) => self.folded_offsets.get(index).copied().unwrap_or(0) as usize,
            Err(index) => self.folded_offsets.get(index.saturating_sub(1)).copied().unwrap_or(0) as usize,
        }
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
        let s = original.find("sí").unwrap();
        assert_eq!(folded.to_original(folded.to_folded(s)), s);
    }
}
