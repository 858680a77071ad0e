//! Is the text Spanish? A stop-word vote, enough to flag a record whose text is in another
//! language (the extractors' rules are Spanish).

use std::collections::HashMap;
use std::sync::LazyLock;

use acta_normalize::{fold_char, Folded};

use crate::fnv::FnvBuild;
use crate::Doc;

/// The detected language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP-47 code: es, en, pt, fr, it, de, or und when there is too little text to tell.
    pub code: &'static str,
}

/// Very frequent function words that are distinctive for each language.
const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "es",
        &[
            "de", "la", "que", "el", "en", "los", "del", "se", "las", "por", "con", "para", "una", "su",
            "al", "lo", "como", "más", "pero", "sus", "este", "esta", "entre", "sobre", "también", "fue",
            "han", "y",
        ],
    ),
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "by",
            "this", "are", "from", "have", "which",
        ],
    ),
    (
        "pt",
        &[
            "de", "que", "não", "em", "uma", "os", "do", "da", "para", "com", "no", "na", "dos", "das", "ao",
            "foi", "são", "pelo", "pela", "também", "e",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "est", "et", "une", "du", "pour", "dans", "qui", "au", "sur", "pas", "par",
            "avec", "ce", "sont", "aux", "été", "la", "de",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "per", "una", "della", "non", "sono", "del", "nel", "alla", "gli",
            "delle", "anche", "con", "la",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf",
            "für", "sich", "dem", "auch", "im",
        ],
    ),
];

/// Every stop word, folded, with the languages (bit `i` = `STOP_WORDS[i]`) it counts for
/// (folding merges a few: Portuguese "e" and Italian "è" count for both).
static LOOKUP: LazyLock<HashMap<Vec<u8>, u8, FnvBuild>> = LazyLock::new(|| {
    let mut map: HashMap<Vec<u8>, u8, FnvBuild> = HashMap::default();
    for (index, (_, list)) in STOP_WORDS.iter().enumerate() {
        for word in *list {
            let folded: String = word.chars().map(fold_char).collect();
            *map.entry(folded.into_bytes()).or_default() |= 1 << index;
        }
    }
    map
});

/// Detects the language of `text` from its first few hundred words.
pub fn detect(text: &str) -> Language {
    detect_folded(Folded::new(text).as_str())
}

/// [`detect`] over a document's folded view (lower case, no accents), which extraction has
/// already built: words are then runs of ASCII letters, looked up without lower-casing.
pub fn detect_doc(doc: &Doc<'_>) -> Language {
    detect_folded(doc.folded())
}

fn detect_folded(folded: &str) -> Language {
    let mut scores = [0usize; 6];
    let mut words = 0usize;
    // A few hundred words decide it. Letters other than ASCII (ß, ø, Greek, ...) are part of
    // words too; everything else separates them.
    let is_letter = |b: u8| b.is_ascii_lowercase() || b.is_ascii_uppercase() || !b.is_ascii();
    let bytes = folded.as_bytes();
    let mut at = 0;
    while words < 600 {
        let Some(start) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| is_letter(b))) else {
            break;
        };
        let start = at + start;
        let len = bytes.get(start..).map_or(0, |rest| rest.iter().take_while(|&&b| is_letter(b)).count());
        at = start + len.max(1);
        words += 1;
        if len > 8 {
            continue;
        }
        let languages = bytes.get(start..start + len).and_then(|word| LOOKUP.get(word)).copied().unwrap_or(0);
        for (index, score) in scores.iter_mut().enumerate() {
            if languages & (1 << index) != 0 {
                *score += 1;
            }
        }
    }
    let spanish = scores.first().copied().unwrap_or(0);
    let (best_index, best) =
        scores.iter().copied().enumerate().max_by_key(|&(i, s)| (s, usize::MAX - i)).unwrap_or((0, 0));
    // Short texts (a heading, a notice) carry too few function words to outvote anything:
    // they stay Spanish unless another language clearly dominates.
    if words < 8 || best == 0 {
        return Language { code: if best > spanish + 2 { code_of(best_index) } else { "es" } };
    }
    if best_index == 0 || spanish * 10 >= best * 9 {
        Language { code: "es" }
    } else {
        Language { code: code_of(best_index) }
    }
}

fn code_of(index: usize) -> &'static str {
    STOP_WORDS.get(index).map(|(code, _)| *code).unwrap_or("und")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_spanish_from_its_neighbours() {
        let cases = [
            (
                "Los ministros de los países de la región se reunieron en la capital para aprobar el plan.",
                "es",
            ),
            ("The ministers of the countries of the region met in the capital to approve the plan.", "en"),
            ("Os ministros dos países da região se reuniram na capital para aprovar o plano de ação.", "pt"),
            (
                "Les ministres des pays de la région se sont réunis dans la capitale pour approuver le plan.",
                "fr",
            ),
            ("Comunicado", "es"),
            (
                "LOS MINISTROS DE LOS PAÍSES DE LA REGIÓN SE REUNIERON EN LA CAPITAL PARA APROBAR EL PLAN.",
                "es",
            ),
            (
                "Die Minister der Länder der Region trafen sich in der Hauptstadt und das ist gut für alle.",
                "de",
            ),
            (
                "I ministri dei paesi della regione si sono riuniti nella capitale per approvare il piano.",
                "it",
            ),
        ];
        for (text, code) in cases {
            assert_eq!(detect(text).code, code, "{text}");
        }
    }
}
