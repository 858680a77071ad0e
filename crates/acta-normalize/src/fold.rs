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
    /// `by_folded[b]`: how many anchors have a folded offset `<= b * BLOCK`; the same for
    /// original offsets. A lookup then searches only the few anchors of one block: every
    /// extractor maps offsets back, and a binary search over a long document's thousands of
    /// anchors showed in profiles.
    by_folded: Vec<u32>,
    by_original: Vec<u32>,
}

/// Bytes per block of the anchor index.
const BLOCK: usize = 64;

/// For every block boundary `b * BLOCK` up to `len`, the number of keys `<= b * BLOCK`.
fn block_index(keys: impl Iterator<Item = usize>, len: usize) -> Vec<u32> {
    let blocks = len / BLOCK + 2;
    let mut index = Vec::with_capacity(blocks);
    let mut keys = keys.peekable();
    let mut count = 0u32;
    for block in 0..blocks {
        let boundary = block * BLOCK;
        while keys.next_if(|&k| k <= boundary).is_some() {
            count += 1;
        }
        index.push(count);
    }
    index
}

/// The slot of the last anchor whose key is `<= at`, searching only `at`'s block.
fn slot_of(
    anchors: &[(usize, usize)],
    index: &[u32],
    at: usize,
    key: impl Fn(&(usize, usize)) -> usize,
) -> usize {
    let block = at / BLOCK;
    let (lo, hi) = match (index.get(block), index.get(block + 1)) {
        (Some(&lo), Some(&hi)) => (lo as usize, hi as usize),
        _ => (0, anchors.len()),
    };
    let within = anchors.get(lo..hi).map_or(0, |run| run.partition_point(|a| key(a) <= at));
    (lo + within).saturating_sub(1)
}

impl Folded {
    /// Folds `original`: lower case, accents removed, typographic quotes and dashes made ASCII.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut anchors = vec![(0, 0)];
        let mut rest = original;
        while !rest.is_empty() {
            // Runs of ASCII (most of a Spanish text) are copied and lower-cased in one go.
            let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            if let Some((run, after)) = rest.split_at_checked(ascii) {
                text.push_str(run);
                rest = after;
            }
            let Some(ch) = rest.chars().next() else { break };
            let byte = original.len() - rest.len();
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
            rest = rest.get(ch.len_utf8()..).unwrap_or("");
        }
        text.make_ascii_lowercase();
        let by_folded = block_index(anchors.iter().map(|&(f, _)| f), text.len());
        let by_original = block_index(anchors.iter().map(|&(_, o)| o), original.len());
        Folded { text, anchors, by_folded, by_original }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset of the folded text (at a char boundary, or its end) to the byte offset
    /// of the same character in the original text.
    pub fn to_original(&self, folded_byte: usize) -> usize {
        let slot = slot_of(&self.anchors, &self.by_folded, folded_byte, |&(f, _)| f);
        let (f, o) = self.anchors.get(slot).copied().unwrap_or((0, 0));
        o + (folded_byte - f)
    }

    /// Maps a byte offset of the original text (at a char boundary) to the folded text.
    pub fn to_folded(&self, original_byte: usize) -> usize {
        let slot = slot_of(&self.anchors, &self.by_original, original_byte, |&(_, o)| o);
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
    fn offsets_map_back_across_many_blocks() {
        // Accents at irregular distances, so anchors fall on, before and after block edges.
        let mut original = String::new();
        for i in 0..400 {
            original.push_str(["a", "é", "Ñ", "bc", "“x”", "ó—", "ü"][i % 7]);
            original.push_str(&"z".repeat(i % 70));
        }
        let folded = Folded::new(&original);
        let folded_text = folded.as_str();
        let folded_starts: Vec<usize> =
            folded_text.char_indices().map(|(b, _)| b).chain(std::iter::once(folded_text.len())).collect();
        let original_starts: Vec<usize> =
            original.char_indices().map(|(b, _)| b).chain(std::iter::once(original.len())).collect();
        assert_eq!(folded_starts.len(), original_starts.len());
        for (&f, &o) in folded_starts.iter().zip(&original_starts) {
            assert_eq!(folded.to_original(f), o, "folded {f}");
            assert_eq!(folded.to_folded(o), f, "original {o}");
        }
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
