//! Byte offsets to character offsets, once per record.
//!
//! Extractors work in byte ranges of the normalised text (what `regex` and `aho-corasick`
//! give); the record's spans are Unicode scalar offsets (what Python's `text[start:end]` and
//! Rust's `chars()` count). [`CharIndex`] converts with a checkpoint table, so a conversion is a
//! binary search plus a short scan instead of a scan from the start.

/// Checkpoint spacing in characters.
const STRIDE: usize = 64;

/// Converts byte offsets of one text to character offsets.
#[derive(Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every STRIDE-th character.
    checkpoints: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    /// Builds the checkpoint table for `text`.
    pub fn new(text: &'a str) -> Self {
        let checkpoints = text.char_indices().step_by(STRIDE).map(|(byte, _)| byte).collect();
        CharIndex { text, checkpoints }
    }

    /// The character offset of `byte`. A byte inside a character counts as that character;
    /// a byte past the end gives the character count.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let slot = self.checkpoints.partition_point(|&b| b <= byte).saturating_sub(1);
        let base_byte = self.checkpoints.get(slot).copied().unwrap_or(0);
        let tail = self.text.get(base_byte..byte).map(|s| s.chars().count()).unwrap_or(0);
        slot * STRIDE + tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_plain_character_count_everywhere() {
        let text = "Años de migración: “México”, Perú — ñandú ".repeat(20);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count());
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }
}
