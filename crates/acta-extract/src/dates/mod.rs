//! Spanish temporal expressions (owned by the dates work; this is the seam it fills).

use acta_record::{DateMention, Warning};

use crate::{CivilDate, Doc};

/// Dates found in a document, and the warnings they raise (impossible dates).
#[derive(Debug, Clone, Default)]
pub struct DateFindings {
    /// Every temporal expression, in document order, with byte spans.
    pub mentions: Vec<DateMention>,
    /// impossible_date warnings, with byte spans.
    pub warnings: Vec<Warning>,
}

/// Finds every temporal expression of `doc`; relative ones resolve against `anchor`.
pub fn find(_doc: &Doc<'_>, _anchor: Option<CivilDate>) -> DateFindings {
    DateFindings::default()
}
