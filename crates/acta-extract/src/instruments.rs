//! Instruments (owned by the instruments work; this is the seam it fills).

use acta_record::{DateMention, Event, Instrument, Warning};

use crate::Doc;

/// Instruments found in a document and the warnings they raise (count_mismatch).
#[derive(Debug, Clone, Default)]
pub struct InstrumentFindings {
    /// One per instrument, in order of first mention, with byte spans.
    pub instruments: Vec<Instrument>,
    /// Warnings with byte spans.
    pub warnings: Vec<Warning>,
}

/// Instruments of `doc`. `dates` and `events` carry byte spans.
pub fn find(_doc: &Doc<'_>, _dates: &[DateMention], _events: &[Event]) -> InstrumentFindings {
    InstrumentFindings::default()
}
