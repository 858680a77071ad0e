//! Approximate advance widths of the standard 14 fonts, for files that use them without
//! `/Widths` (ReportLab, fpdf2 core fonts, hand-written PDFs). Values are the AFM widths of
//! the printable ASCII range (Adobe Core 14 metrics); accented letters take their base letter's
//! width. Bold faces reuse the regular widths scaled by 1.04, close enough for word-gap detection.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// Widths of ASCII 32..=126, in 1/1000 em.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
    500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
    556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/// Metrics of one standard font.
pub(crate) struct StdMetrics {
    table: Option<&'static [u16; 95]>,
    factor: f64,
    /// Width used for glyphs outside the table.
    pub average: f64,
}

/// Metrics for a standard-14 base font name (or a common alias), if it is one.
pub(crate) fn standard_widths(base: &[u8]) -> Option<StdMetrics> {
    let bold = base.windows(4).any(|w| w == b"Bold");
    let factor = if bold { 1.04 } else { 1.0 };
    if base.starts_with(b"Courier") {
        return Some(StdMetrics { table: None, factor: 1.0, average: 0.6 });
    }
    if base.starts_with(b"Helvetica") || base.starts_with(b"Arial") {
        return Some(StdMetrics { table: Some(&HELVETICA), factor, average: 0.55 * factor });
    }
    if base.starts_with(b"Times") {
        return Some(StdMetrics { table: Some(&TIMES), factor, average: 0.5 * factor });
    }
    None
}

impl StdMetrics {
    /// Widths by code, given the font's glyph names.
    pub(crate) fn by_code(&self, names: &[Option<Vec<u8>>]) -> HashMap<u32, f64> {
        let mut out = HashMap::new();
        for (code, name) in names.iter().enumerate() {
            let Some(name) = name else { continue };
            let w = match self.table {
                None => 0.6,
                Some(t) => crate::font::glyph_text(name)
                    .and_then(|s| s.nfd().next())
                    .and_then(|c| (c as usize).checked_sub(32))
                    .and_then(|i| t.get(i))
                    .map_or(self.average, |&w| f64::from(w) / 1000.0 * self.factor),
            };
            out.insert(code as u32, w);
        }
        out
    }
}
