//! Organisations (owned by the gazetteer work; this is the seam it fills).

use acta_record::{CountryMention, Organization};

use crate::Doc;

/// Organisations of `doc`, one per entity, in order of first mention, with byte spans.
pub fn find(_doc: &Doc<'_>, _countries: &[CountryMention]) -> Vec<Organization> {
    Vec::new()
}
