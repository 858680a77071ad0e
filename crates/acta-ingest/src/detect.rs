//! Format detection from the first bytes of an input.

use encoding_rs::Encoding;

/// What the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// No bytes at all.
    Empty,
    /// A PDF (`%PDF-` near the start; mail headers or junk before it are common).
    Pdf,
    /// Text; `Some` when a byte-order mark or the byte pattern names the encoding.
    Text(Option<&'static Encoding>),
    /// Binary data of the named kind.
    Binary(&'static str),
}

/// Signatures of binary formats that are sometimes misnamed as documents.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document such as .docx)"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Office document (.doc/.xls)"),
    (b"\x1F\x8B", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xFD7zXZ\x00", "xz-compressed data"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7FELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 media file"),
];

/// Decides what `bytes` are, from their content.
pub fn detect(bytes: &[u8]) -> Detected {
    if bytes.is_empty() {
        return Detected::Empty;
    }
    let head = bytes.get(..1024).unwrap_or(bytes);
    if acta_pdf::looks_like_pdf(bytes) {
        return Detected::Pdf;
    }
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return Detected::Text(Some(encoding));
    }
    for (signature, what) in SIGNATURES {
        if bytes.starts_with(signature) {
            // "MZ" and "BZh" are also how some words start: trust them only with binary bytes.
            if signature.len() < 4 && control_share(head) < 0.05 {
                continue;
            }
            return Detected::Binary(what);
        }
    }
    if let Some(encoding) = utf16_without_bom(head) {
        return Detected::Text(Some(encoding));
    }
    if control_share(head) > 0.10 || control_share(bytes.get(..65536).unwrap_or(bytes)) > 0.10 {
        return Detected::Binary("binary data");
    }
    Detected::Text(None)
}

/// Share of bytes that are control characters other than white space.
fn control_share(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)) || b == 0x7F)
        .count();
    controls as f64 / bytes.len() as f64
}

/// UTF-16 text without a byte-order mark: ASCII letters alternating with NUL bytes.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        if let [a, b] = pair {
            even_nul += usize::from(*a == 0 && *b != 0);
            odd_nul += usize::from(*b == 0 && *a != 0);
        }
    }
    if odd_nul * 10 >= pairs * 8 {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 >= pairs * 8 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_from_content_not_name() {
        assert_eq!(detect(b""), Detected::Empty);
        assert_eq!(detect(b"%PDF-1.7\n1 0 obj"), Detected::Pdf);
        assert_eq!(detect(b"From: x\r\n\r\n%PDF-1.4\n"), Detected::Pdf);
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Detected::Binary("a PNG image"));
        assert_eq!(detect("Ciudad de México, 3 de diciembre".as_bytes()), Detected::Text(None));
        assert_eq!(detect(b"MZapata dijo que"), Detected::Text(None));
        assert_eq!(detect(b"\xEF\xBB\xBFHola"), Detected::Text(Some(encoding_rs::UTF_8)));
        assert_eq!(detect(b"\xFF\xFEH\x00o\x00"), Detected::Text(Some(encoding_rs::UTF_16LE)));
        assert_eq!(
            detect(b"H\x00o\x00l\x00a\x00 \x00m\x00u\x00n\x00d\x00o\x00"),
            Detected::Text(Some(encoding_rs::UTF_16LE))
        );
        assert_eq!(
            detect(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 200, 201, 3, 4, 5, 6, 7]),
            Detected::Binary("binary data")
        );
    }
}
