//! Spanish-aware normalisation of communiqué text.
//!
//! Turns decoded text (from a text file or a PDF's pages) into the normalised text every span
//! of a record indexes into: Unicode NFC; odd spaces, control characters and zero-width marks
//! cleaned; ligatures expanded; line-end hyphenation undone ("migra-\nción") while real hyphens
//! stay ("Pro-Témpore"); lines reflowed into paragraphs separated by one blank line, list items
//! one per line without their bullet; markdown marks removed; running headers, footers and page
//! numbers dropped. [`Folded`] gives the accent- and case-folded view used for matching.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod fold;
mod lines;

pub use fold::{fold_char, Folded};

/// Character used by ingestion to separate pages in the text handed to [`normalize`].
pub const PAGE_BREAK: char = '\u{000C}';

/// How the input was written, which decides whether markdown marks are removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// Plain text (and text from PDF pages).
    Plain,
    /// Markdown-ish text: `#` headings, `**bold**`, `- ` bullets are marks, not content.
    Markdown,
}

/// The normalised text of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// Paragraphs separated by "\n\n"; list items on their own line.
    pub text: String,
    /// Character offset where each page starts (one entry per input page; `[0]` for text).
    pub page_starts: Vec<usize>,
    /// Character ranges of lines that were marked as headings (markdown `#`, a line all in bold).
    pub headings: Vec<(usize, usize)>,
}

impl Normalized {
    /// The 1-based page holding character `offset`, when the input had pages.
    pub fn page_of(&self, offset: usize) -> Option<u32> {
        if self.page_starts.len() < 2 {
            return None;
        }
        let index = self.page_starts.partition_point(|&start| start <= offset);
        Some(index.max(1) as u32)
    }
}

/// Normalises `raw` text. Pages may be separated by [`PAGE_BREAK`].
pub fn normalize(raw: &str, flavor: Flavor) -> Normalized {
    let cleaned = clean_characters(raw);
    lines::layout(&cleaned, flavor)
}

/// Character-level clean-up: NFC, line endings, spaces, controls, ligatures.
fn clean_characters(raw: &str) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    // Most inputs are NFC already (the quick check is a table lookup per char); composing is
    // only paid for by texts that need it.
    if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        clean_nfc(raw)
    } else {
        clean_chars(raw, raw.chars().nfc())
    }
}

/// [`clean_chars`] for a text already in NFC: runs of printable ASCII and newlines, which need
/// no change, are copied whole.
fn clean_nfc(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while !rest.is_empty() {
        let plain =
            rest.bytes().position(|b| !(b' '..=b'~').contains(&b) && b != b'\n').unwrap_or(rest.len());
        if let Some((run, after)) = rest.split_at_checked(plain) {
            out.push_str(run);
            rest = after;
        }
        // The next char needs a decision (\r, a tab, a control, a non-ASCII char): up to the
        // next plain byte, through the general path.
        let mut previous = '\0';
        let special = rest
            .char_indices()
            .find(|&(_, c)| {
                // A CRLF stays together: its \n belongs to the \r's decision.
                let plain = ((' '..='~').contains(&c) || c == '\n') && !(c == '\n' && previous == '\r');
                previous = c;
                plain
            })
            .map_or(rest.len(), |(at, _)| at);
        if let Some((run, after)) = rest.split_at_checked(special) {
            out.push_str(&clean_chars(run, run.chars()));
            rest = after;
        }
    }
    out
}

fn clean_chars(raw: &str, chars: impl Iterator<Item = char>) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = chars.peekable();
    while let Some(ch) = chars.next() {
        match ch {
            ' ' | '!'..='~' => out.push(ch),
            '\r' => {
                // CRLF and lone CR both end a line.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | PAGE_BREAK => out.push(ch),
            '\t' => out.push(' '),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{1680}' => {
                out.push(' ')
            }
            '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            // Bullets set in symbol fonts' private-use area.
            '\u{F0B7}' | '\u{F0A7}' | '\u{F076}' | '\u{F0D8}' | '\u{F0FC}' => out.push('•'),
            '\u{FFFD}' => out.push('\u{FFFD}'),
            '\u{0080}'..='\u{009F}' => out.extend(windows_1252_for_c1(ch)),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A C1 control character in decoded text is almost always a Windows-1252 byte read as
/// ISO-8859-1 upstream (web pages and feeds declared Latin-1 but written in Windows-1252): the
/// curly quotes of `\u{93}Tras siete años\u{94}` are U+0093 and U+0094. Each is read as the
/// character Windows-1252 gives its byte; the five bytes Windows-1252 leaves undefined are
/// dropped like other controls. (U+0085, NEL, is a line end before this is reached.)
fn windows_1252_for_c1(c: char) -> Option<char> {
    const TABLE: [Option<char>; 32] = [
        Some('€'),
        None,
        Some('‚'),
        Some('ƒ'),
        Some('„'),
        Some('…'),
        Some('†'),
        Some('‡'),
        Some('ˆ'),
        Some('‰'),
        Some('Š'),
        Some('‹'),
        Some('Œ'),
        None,
        Some('Ž'),
        None,
        None,
        Some('‘'),
        Some('’'),
        Some('“'),
        Some('”'),
        Some('•'),
        Some('–'),
        Some('—'),
        Some('˜'),
        Some('™'),
        Some('š'),
        Some('›'),
        Some('œ'),
        None,
        Some('ž'),
        Some('Ÿ'),
    ];
    TABLE.get((c as usize).checked_sub(0x80)?).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(raw: &str) -> String {
        normalize(raw, Flavor::Plain).text
    }

    fn norm_md(raw: &str) -> String {
        normalize(raw, Flavor::Markdown).text
    }

    #[test]
    fn reflows_lines_and_separates_paragraphs() {
        assert_eq!(norm("Uno dos\ntres.\n\n\nCuatro\r\ncinco."), "Uno dos tres.\n\nCuatro cinco.");
    }

    #[test]
    fn a_letterhead_is_not_reflowed_into_one_line() {
        assert_eq!(
            norm("SECRETARÍA DE RELACIONES EXTERIORES\nComunicado No. 098\n\nLa SRE lanza un curso"),
            "SECRETARÍA DE RELACIONES EXTERIORES\n\nComunicado No. 098\n\nLa SRE lanza un curso"
        );
        assert_eq!(
            norm("Secretaría de Relaciones Exteriores\nRepública de Honduras\n\nTexto."),
            "Secretaría de Relaciones Exteriores\n\nRepública de Honduras\n\nTexto."
        );
        assert_eq!(
            norm("Ministerio de Relaciones Exteriores, Comercio Internacional y Culto\nRepública Argentina\n\nTexto."),
            "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto\n\nRepública Argentina\n\nTexto."
        );
        // A state line over the ministry, both in capitals.
        assert_eq!(
            norm("REPÚBLICA DEL PARAGUAY\nMINISTERIO DE RELACIONES EXTERIORES\n\nTexto."),
            "REPÚBLICA DEL PARAGUAY\n\nMINISTERIO DE RELACIONES EXTERIORES\n\nTexto."
        );
        // A numbered label over the dateline, in the head's second block.
        assert_eq!(
            norm("Secretaría de Relaciones Exteriores\n\nComunicado No. 512\nCiudad de México, 6 de noviembre de 2025\n\nTexto."),
            "Secretaría de Relaciones Exteriores\n\nComunicado No. 512\n\nCiudad de México, 6 de noviembre de 2025\n\nTexto."
        );
        assert_eq!(
            norm("Ministerio del Interior\nReino de España\n\nTexto."),
            "Ministerio del Interior\n\nReino de España\n\nTexto."
        );
        assert_eq!(
            norm("Cancillería\nInformación para la Prensa N° 412/24\n\nTexto."),
            "Cancillería\n\nInformación para la Prensa N° 412/24\n\nTexto."
        );
        // Prose that wraps before "República" stays one paragraph.
        assert_eq!(
            norm("Los cancilleres de la\nRepública Argentina se reunieron.\n\nTexto."),
            "Los cancilleres de la República Argentina se reunieron.\n\nTexto."
        );
        assert_eq!(
            norm("Comunicado de Prensa\nC-014/24\n\nTexto."),
            "Comunicado de Prensa\n\nC-014/24\n\nTexto."
        );
        // A headline wrapped over two lines stays one; so does the first paragraph of prose.
        assert_eq!(
            norm("CONCLUYE LA XXIV REUNIÓN VICEMINISTERIAL DE LA\nCONFERENCIA REGIONAL\n\nTexto."),
            "CONCLUYE LA XXIV REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL\n\nTexto."
        );
        assert_eq!(
            norm("Los ministros se reunieron\nen Lima.\n\nTexto."),
            "Los ministros se reunieron en Lima.\n\nTexto."
        );
    }

    #[test]
    fn joins_line_end_hyphenation_but_keeps_real_hyphens() {
        assert_eq!(norm("la migra-\nción regional"), "la migración regional");
        assert_eq!(norm("la migra\u{00AD}\nción"), "la migración");
        assert_eq!(norm("la migra\u{2010}\nción"), "la migración");
        assert_eq!(norm("la Presidencia Pro-\nTémpore"), "la Presidencia Pro-Témpore");
        assert_eq!(
            norm("el acuerdo franco-\nmexicano y el diálogo franco-mexicano"),
            "el acuerdo franco-mexicano y el diálogo franco-mexicano"
        );
        assert_eq!(norm("Pro-Témpore en línea"), "Pro-Témpore en línea");
    }

    #[test]
    fn c1_controls_are_read_as_the_windows_1252_characters_they_stand_for() {
        assert_eq!(
            norm("dijo: \u{93}Tras siete a\u{F1}os\u{94} \u{96} 20 \u{80}"),
            "dijo: “Tras siete años” – 20 €"
        );
        // NEL stays a line end (here reflowed into the paragraph).
        assert_eq!(norm("l\u{92}Union,\u{85}fin"), "l’Union, fin");
        // Bytes Windows-1252 leaves undefined are dropped like other controls.
        assert_eq!(norm("a\u{81}b\u{8D}c\u{8F}d\u{90}e\u{9D}f"), "abcdef");
    }

    #[test]
    fn cleans_spaces_controls_and_ligatures() {
        assert_eq!(norm("la\u{00A0}oﬁcina\u{0000} de\t\tﬂujos\u{200B}"), "la oficina de flujos");
    }

    #[test]
    fn the_ascii_fast_path_cleans_like_the_general_one() {
        let pieces = [
            "a", "Z", " ", "\n", "\r", "\r\n", "\t", "\u{00A0}", "ﬁ", "é", "\u{200B}", "\u{0007}",
            "\u{000C}", "\u{2028}", "\u{F0B7}", "~", "\u{007F}", "“", "ñ", "\u{FEFF}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_eq!(clean_nfc(&text), clean_chars(&text, text.chars()), "{text:?}");
        }
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(norm("Me\u{0301}xico"), "México");
    }

    #[test]
    fn removes_markdown_marks_and_keeps_list_items_on_their_lines() {
        let raw = "## **Comunicado de prensa**\n\nSe aprobaron:\n\n- La guía.\n- El plan.\n\nFin.";
        let normalized = normalize(raw, Flavor::Markdown);
        assert_eq!(normalized.text, "Comunicado de prensa\n\nSe aprobaron:\n\nLa guía.\nEl plan.\n\nFin.");
        assert_eq!(normalized.headings, vec![(0, 20)]);
    }

    #[test]
    fn keeps_enumerators_as_text() {
        assert_eq!(
            norm("Acuerdos:\na) el primero;\nb) el segundo."),
            "Acuerdos:\na) el primero;\nb) el segundo."
        );
        assert_eq!(norm("Lista:\n1. uno\n2. dos"), "Lista:\n1. uno\n2. dos");
    }

    #[test]
    fn rejoins_a_paragraph_split_by_a_page_break() {
        let raw =
            "Estos diálogos permitieron fortalecer las respuestas, y\n\n\n\nseguir consolidando.\n\nOtro.";
        assert_eq!(
            norm_md(raw),
            "Estos diálogos permitieron fortalecer las respuestas, y seguir consolidando.\n\nOtro."
        );
    }

    #[test]
    fn a_line_at_the_top_of_one_page_and_the_bottom_of_another_is_not_furniture() {
        // The dateline opens the communiqué and is repeated above the signature on page 2.
        let raw = "Washington, D.C., 10 de octubre de 2019\n\nPrimer párrafo.\n\nOtro párrafo.\n\nY otro más.\n\u{000C}\
                   Segundo párrafo.\n\nÚltimo párrafo.\n\nWashington, D.C., 10 de octubre de 2019";
        let normalized = normalize(raw, Flavor::Plain);
        assert!(
            normalized.text.starts_with("Washington, D.C., 10 de octubre de 2019\n\nPrimer"),
            "{}",
            normalized.text
        );
        assert!(normalized.text.ends_with("Último párrafo.\n\nWashington, D.C., 10 de octubre de 2019"));
        // The same on a short last page, where the closing dateline is in the top lines too.
        let raw = "Lima, 3 de mayo de 2021\n\nUno.\n\nDos.\n\nTres.\n\nCuatro.\n\u{000C}Cinco.\n\nSeis.\n\nSiete.\n\nOcho.\n\u{000C}\
                   Nueve.\n\nLima, 3 de mayo de 2021";
        let text = normalize(raw, Flavor::Plain).text;
        assert!(
            text.starts_with("Lima, 3 de mayo de 2021")
                && text.ends_with("Nueve.\n\nLima, 3 de mayo de 2021"),
            "{text}"
        );
        // A header repeated in the middle of a page's text is body text there.
        let raw = "Boletín 7\n\nUno.\n\nBoletín 7\n\nDos.\n\nTres.\n\u{000C}Boletín 8\n\nCuatro.\n\nCinco.\n\nSeis.";
        assert_eq!(
            normalize(raw, Flavor::Plain).text,
            "Uno.\n\nBoletín 7\n\nDos.\n\nTres.\n\nCuatro.\n\nCinco.\n\nSeis."
        );
    }

    #[test]
    fn drops_page_numbers_and_running_headers() {
        let raw = "Comunicado No. 45\n\nPrimer párrafo.\n\nPágina 1 de 2\n\u{000C}Comunicado No. 45\n\nSegundo párrafo.\n\nPágina 2 de 2";
        let normalized = normalize(raw, Flavor::Plain);
        assert_eq!(normalized.text, "Primer párrafo.\n\nSegundo párrafo.");
        assert_eq!(normalized.page_starts, vec![0, 17]);
        assert_eq!(normalized.page_of(20), Some(2));
        assert_eq!(normalized.page_of(3), Some(1));
    }

    #[test]
    fn keeps_a_repeated_line_that_is_not_at_a_page_edge() {
        let raw = "Se acordó.\n\nSe acordó.\n\nFin.";
        assert_eq!(norm(raw), "Se acordó.\n\nSe acordó.\n\nFin.");
    }

    #[test]
    fn bullets_from_private_use_glyphs_are_removed() {
        assert_eq!(norm("Temas:\n\u{F0B7} migración\n\u{2022} trata"), "Temas:\nmigración\ntrata");
    }

    #[test]
    fn empty_and_blank_inputs_give_empty_text() {
        assert_eq!(norm(""), "");
        assert_eq!(norm(" \n\n\t\u{000C}\n"), "");
    }
}
