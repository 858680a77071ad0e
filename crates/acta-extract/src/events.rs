//! Events (owned by the events work; this is the seam it fills).

use acta_record::{DateMention, Event, Organization};

use crate::Doc;

/// Events of `doc`, one per event, in order of first mention, with byte spans.
/// `dates` and `organizations` carry byte spans too.
pub fn find(_doc: &Doc<'_>, _dates: &[DateMention], _organizations: &[Organization]) -> Vec<Event> {
    Vec::new()
}
