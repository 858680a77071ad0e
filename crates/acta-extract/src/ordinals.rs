//! Ordinals written before event and instrument names: Roman numerals ("XXVI" → 26), ordinal
//! words ("Primera", "Décima", "Vigésima Sexta", "decimotercera") and abbreviations ("1.ª",
//! "2da.", "10a.", "1er", "3ro"), plus "tercera edición".
//!
//! Roman numerals are validated (canonical form only, re-encoded and compared) and limited to
//! the letters I, V, X, L, C (values 1–399): the ordinals of meetings and declarations never
//! reach D or M, while capitalised words made of those letters do ("MIX", "DC", "MILI"). The
//! word table is data (`data/ordinals.tsv`); compounds are composed here.

use std::collections::HashMap;
use std::sync::LazyLock;

use acta_normalize::fold_char;

/// Ordinal words, folded, with their value.
static WORDS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    include_str!("../data/ordinals.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (word, value) = line.split_once('\t')?;
            Some((word.trim(), value.trim().parse().ok()?))
        })
        .collect()
});

/// The signs written before an identifier's or an edition's number: "N.° 12", "Nº 5", "No. 3",
/// "núm. 285-04", "número 7".
pub(crate) const NUMBER_SIGNS: &[&str] = &["N°", "Nº", "N.º", "N.°", "No.", "Nro.", "núm.", "Núm.", "número"];

/// An ordinal found in a text: its byte range and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ordinal {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The number it stands for.
    pub value: u32,
}

/// The value of a Roman numeral written in capitals with I, V, X, L, C only, in canonical form
/// ("XXVI" → 26, "LI" → 51); `None` for anything else ("MIX", "IIII", "IC", "xx").
pub fn roman(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 9 {
        return None;
    }
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let values: Vec<i64> = word.chars().map(digit).collect::<Option<_>>()?;
    // Subtractive notation: a letter before a larger one counts negative; the canonical
    // re-encoding below rejects every non-standard spelling ("IIII", "IC", "VX").
    let signed: i64 = values
        .iter()
        .enumerate()
        .map(|(i, &v)| if values.get(i + 1).is_some_and(|&n| n > v) { -v } else { v })
        .sum();
    let value = u32::try_from(signed).ok().filter(|v| (1..400).contains(v))?;
    (to_roman(value) == word).then_some(value)
}

/// The canonical Roman form of `value` (1–399).
fn to_roman(mut value: u32) -> String {
    const TABLE: [(u32, &str); 9] =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (amount, letters) in TABLE {
        while value >= amount {
            out.push_str(letters);
            value -= amount;
        }
    }
    out
}

/// The value of one ordinal word in any case and accentuation ("Décima" → 10), including the
/// single-word compounds ("decimotercera" → 13, "vigesimosexta" → 26).
pub fn word(word: &str) -> Option<u32> {
    let folded: String = word.chars().map(fold_char).collect();
    if let Some(&value) = WORDS.get(folded.as_str()) {
        return Some(value);
    }
    // Glued compound: a tens word followed by a unit word.
    WORDS.iter().filter(|(_, &v)| is_tens(v)).find_map(|(tens, &tens_value)| {
        let rest = folded.strip_prefix(tens)?;
        let unit = WORDS.get(rest).copied().filter(|u| (1..=9).contains(u))?;
        Some(tens_value + unit)
    })
}

/// Whether an ordinal word value is a tens word that can take a unit after it.
fn is_tens(value: u32) -> bool {
    (10..100).contains(&value) && value.is_multiple_of(10)
}

/// The value of an abbreviated ordinal: digits followed by "ª"/"º" (optionally after a dot),
/// or by a short ending ("a", "o", "er", "ra", "da", "do", "to", "ta", "vo", "va", "no", "na",
/// "mo", "ma", "ro", "era", "ero"), with an optional final dot: "1.ª", "2da.", "10a.", "1er".
pub fn abbreviation(word: &str) -> Option<u32> {
    let digits_end = word.find(|c: char| !c.is_ascii_digit())?;
    if digits_end == 0 || digits_end > 3 {
        return None;
    }
    let value: u32 = word.get(..digits_end)?.parse().ok()?;
    let rest = word.get(digits_end..)?;
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let ending = rest.strip_prefix('.').unwrap_or(rest);
    let known = matches!(
        ending,
        "ª" | "º"
            | "a"
            | "o"
            | "er"
            | "era"
            | "ero"
            | "ra"
            | "ro"
            | "da"
            | "do"
            | "ta"
            | "to"
            | "va"
            | "vo"
            | "na"
            | "no"
            | "ma"
            | "mo"
    );
    // "1.a", "1.o" are too ambiguous without the superscript (a list item, a section): the dot
    // form needs ª or º, or an ending of two letters or more ("1.er", "2.da").
    let dotted_plain = rest.starts_with('.') && matches!(ending, "a" | "o");
    (known && !dotted_plain && value > 0).then_some(value)
}

/// The ordinal written immediately before byte `at` of `text` (only spaces between), e.g. the
/// "XXVI " before "Reunión", "Vigésima Sexta " before "Cumbre", "1.ª " before "Reunión".
pub fn before(text: &str, at: usize) -> Option<Ordinal> {
    let head = text.get(..at)?;
    let (last_start, last) = previous_token(head)?;
    if let Some(value) = roman(last).or_else(|| abbreviation(last)) {
        return Some(Ordinal { start: last_start, end: last_start + last.len(), value });
    }
    let value = word(last)?;
    let end = last_start + last.len();
    // "Vigésima Sexta", "décimo tercera": a tens word before a unit word.
    if (1..=9).contains(&value) {
        if let Some((tens_start, tens)) = text.get(..last_start).and_then(previous_token) {
            if let Some(tens_value) = word(tens).filter(|&v| is_tens(v)) {
                return Some(Ordinal { start: tens_start, end, value: tens_value + value });
            }
        }
    }
    Some(Ordinal { start: last_start, end, value })
}

/// The ordinal of "tercera edición" / "3.ª edición" found in `window` (a clause around a name).
pub fn edition(window: &str) -> Option<u32> {
    let folded: String = window.chars().map(fold_char).collect();
    // Folding keeps one char per char, so a char index in `folded` is one in `window`.
    let position = folded.find("edicion")?;
    let chars_before = folded.get(..position)?.chars().count();
    let byte_at = window.char_indices().nth(chars_before).map(|(b, _)| b)?;
    before(window, byte_at).map(|ordinal| ordinal.value)
}

/// The last whitespace-separated token of `text` (which must end in whitespace or at a token
/// end) and its byte offset; `None` when `text` does not end with whitespace before the token
/// boundary or is empty.
fn previous_token(text: &str) -> Option<(usize, &str)> {
    let trimmed = text.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == text.len() && !text.is_empty() {
        // The ordinal must be separated from what follows.
        return None;
    }
    let start = trimmed.rfind(|c: char| c.is_whitespace() || c == '(').map(|i| i + 1).unwrap_or(0);
    let token = trimmed.get(start..)?;
    (!token.is_empty()).then_some((start, token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_are_validated() {
        let cases: &[(&str, Option<u32>)] = &[
            ("I", Some(1)),
            ("II", Some(2)),
            ("IV", Some(4)),
            ("IX", Some(9)),
            ("XIV", Some(14)),
            ("XXVI", Some(26)),
            ("XL", Some(40)),
            ("XLIX", Some(49)),
            ("LI", Some(51)),
            ("XC", Some(90)),
            ("CCCXCIX", Some(399)),
            ("MIX", None),
            ("DC", None),
            ("IIII", None),
            ("IC", None),
            ("VX", None),
            ("IIV", None),
            ("xxvi", None),
            ("Xi", None),
            ("", None),
            ("CIVIL", None),
        ];
        for (input, expected) in cases {
            assert_eq!(roman(input), *expected, "ordinal.roman: {input}");
        }
    }

    #[test]
    fn ordinal_words_and_compounds() {
        let cases: &[(&str, Option<u32>)] = &[
            ("Primera", Some(1)),
            ("primer", Some(1)),
            ("Segundo", Some(2)),
            ("tercer", Some(3)),
            ("Séptima", Some(7)),
            ("Décima", Some(10)),
            ("undécima", Some(11)),
            ("Duodécima", Some(12)),
            ("decimotercera", Some(13)),
            ("Vigesimosexta", Some(26)),
            ("trigésimo", Some(30)),
            ("Quincuagésima", Some(50)),
            ("reunión", None),
            ("decimonada", None),
        ];
        for (input, expected) in cases {
            assert_eq!(word(input), *expected, "ordinal.word: {input}");
        }
    }

    #[test]
    fn abbreviated_ordinals() {
        let cases: &[(&str, Option<u32>)] = &[
            ("1.ª", Some(1)),
            ("1ª", Some(1)),
            ("2.º", Some(2)),
            ("2da.", Some(2)),
            ("2do", Some(2)),
            ("10a.", Some(10)),
            ("1er", Some(1)),
            ("3er.", Some(3)),
            ("3ra", Some(3)),
            ("4to", Some(4)),
            ("11", None),
            ("2022", None),
            ("1.a", None),
            ("1.o", None),
            ("1.er", Some(1)),
            ("2.da", Some(2)),
            ("5km", None),
            ("0a", None),
        ];
        for (input, expected) in cases {
            assert_eq!(abbreviation(input), *expected, "ordinal.abbreviation: {input}");
        }
    }

    #[test]
    fn ordinal_before_a_head_noun() {
        type Case<'a> = (&'a str, &'a str, Option<(&'a str, u32)>);
        let cases: &[Case<'_>] = &[
            ("la XXVI Reunión Viceministerial", "Reunión", Some(("XXVI", 26))),
            ("la LI Asamblea General", "Asamblea", Some(("LI", 51))),
            ("la Vigésima Sexta Cumbre", "Cumbre", Some(("Vigésima Sexta", 26))),
            ("la décimo tercera reunión", "reunión", Some(("décimo tercera", 13))),
            ("la Décima Conferencia", "Conferencia", Some(("Décima", 10))),
            ("la 1.ª Reunión Ordinaria", "Reunión", Some(("1.ª", 1))),
            ("la 2da. reunión técnica", "reunión", Some(("2da.", 2))),
            ("el 10a. Foro", "Foro", Some(("10a.", 10))),
            ("el 1er Congreso", "Congreso", Some(("1er", 1))),
            ("el Primer Foro", "Foro", Some(("Primer", 1))),
            ("la MIX Reunión", "Reunión", None),
            ("los 11 Foros", "Foros", None),
            ("la gran Cumbre", "Cumbre", None),
        ];
        for (text, head, expected) in cases {
            let at = text.find(head).unwrap();
            let found = before(text, at).map(|o| (&text[o.start..o.end], o.value));
            assert_eq!(found, *expected, "ordinal.before: {text}");
        }
    }

    #[test]
    fn edition_ordinals() {
        let cases: &[(&str, Option<u32>)] = &[
            ("en su tercera edición", Some(3)),
            ("(Quinta Edición)", Some(5)),
            ("la 2.ª edición del foro", Some(2)),
            ("una nueva edición", None),
            ("sin edición", None),
        ];
        for (window, expected) in cases {
            assert_eq!(edition(window), *expected, "ordinal.edition: {window}");
        }
    }
}
