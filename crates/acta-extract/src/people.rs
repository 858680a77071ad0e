//! People (owned by the gazetteer work; this is the seam it fills).

use acta_record::{Organization, Person};

use crate::Doc;

/// People of `doc`, one per person, in order of first mention, with byte spans.
pub fn find(_doc: &Doc<'_>, _organizations: &[Organization]) -> Vec<Person> {
    Vec::new()
}
