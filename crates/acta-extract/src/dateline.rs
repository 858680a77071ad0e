//! Dateline, title and issuer.

use acta_record::{Dateline, Issuer, Organization};

use crate::{CivilDate, Doc};

/// The dateline of `doc`, with a byte span.
pub fn find_dateline(_doc: &Doc<'_>, _reference: Option<CivilDate>) -> Option<Dateline> {
    None
}

/// The title heading.
pub fn find_title(_doc: &Doc<'_>, _dateline: Option<&Dateline>) -> Option<String> {
    None
}

/// The issuing body.
pub fn find_issuer(_doc: &Doc<'_>, _organizations: &[Organization]) -> Option<Issuer> {
    None
}
