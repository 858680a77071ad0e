//! Text decoding: UTF-8, UTF-16 and legacy single-byte encodings.

use encoding_rs::Encoding;

/// Decoded text and what it took.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// Whether some bytes had to be replaced.
    pub lossy: bool,
}

/// Decodes `bytes`. A BOM or UTF-16 pattern found by detection wins; valid UTF-8 is UTF-8;
/// anything else is guessed by chardetng (ISO-8859-1 is decoded as its WHATWG superset
/// windows-1252, which agrees with it on every printable character).
pub(crate) fn decode(bytes: &[u8], known: Option<&'static Encoding>) -> Decoded {
    let encoding = match known {
        Some(encoding) => encoding,
        None if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) => encoding_rs::UTF_8,
        None => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            detector.guess(None, false)
        }
    };
    // decode() strips a BOM of any kind and replaces malformed sequences.
    let (text, used, lossy) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: used.name(), lossy }
}

/// Mostly UTF-8 with a few broken sequences (a file cut mid-character, a stray byte): decoding
/// it as a legacy encoding would turn every accented letter into mojibake, so it is UTF-8 with
/// the broken bytes replaced.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 2 * invalid
}

/// Markdown-ish text: `#` headings or `**bold**` lines, as PDF-to-text converters leave.
pub(crate) fn looks_like_markdown(text: &str) -> bool {
    text.lines().take(400).any(|line| {
        let line = line.trim_start();
        let hashes = line.chars().take_while(|&c| c == '#').count();
        (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
            || (line.starts_with("**") && line.trim_end().ends_with("**") && line.trim().len() > 4)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_and_legacy_encodings() {
        let utf8 = decode("Perú, “Haití”".as_bytes(), None);
        assert_eq!((utf8.text.as_str(), utf8.encoding, utf8.lossy), ("Perú, “Haití”", "UTF-8", false));

        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode("La reunión en Panamá “concluyó” — €5 y niñez");
        let decoded = decode(&cp1252, None);
        assert_eq!(decoded.text, "La reunión en Panamá “concluyó” — €5 y niñez");
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn mostly_utf8_with_a_broken_byte_stays_utf8() {
        let mut bytes = "La niñez en México y Perú: ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice("acción".as_bytes());
        let decoded = decode(&bytes, None);
        assert_eq!(decoded.text, "La niñez en México y Perú: \u{FFFD}acción");
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(decoded.lossy);
    }

    #[test]
    fn strips_byte_order_marks() {
        let decoded = decode(b"\xEF\xBB\xBFHola", Some(encoding_rs::UTF_8));
        assert_eq!(decoded.text, "Hola");
        let decoded = decode(b"\xFE\xFF\x00H\x00\xED", Some(encoding_rs::UTF_16BE));
        assert_eq!(decoded.text, "Hí");
    }

    #[test]
    fn recognises_markdown_marks() {
        assert!(looks_like_markdown("\n## **Comunicado**\n\nTexto."));
        assert!(!looks_like_markdown("Texto con # numeral.\n#hashtag"));
    }
}
