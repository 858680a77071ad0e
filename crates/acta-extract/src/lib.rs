//! Rule-based extractors for Spanish government communiqués.
//!
//! One module per family: [`dateline`] (dateline, title, issuer), [`dates`], [`countries`],
//! [`organizations`] and [`people`], [`events`], [`instruments`]. Every value carries the
//! stable id of the rule that produced it. Extractors read a [`Doc`] (normalised text plus
//! folded view) and report byte ranges; [`extract`] converts every range to the record's
//! character spans in one place ([`spans::CharIndex`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
pub mod countries;
pub mod dateline;
pub mod dates;
pub mod doc;
pub mod events;
mod fnv;
pub mod instruments;
pub mod language;
pub mod ordinals;
pub mod organizations;
pub mod people;
pub mod spans;

use acta_record::{
    CountryMention, DateMention, Dateline, Event, Instrument, Issuer, Organization, Person, Span, Warning,
};

pub use calendar::CivilDate;
pub use doc::Doc;

/// Options that change what extraction resolves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Anchor for relative dates and yearless datelines when the document gives no date.
    pub reference_date: Option<CivilDate>,
}

/// Everything extracted from one document; spans are character offsets into the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The title heading.
    pub title: Option<String>,
    /// Place and date line.
    pub dateline: Option<Dateline>,
    /// Issuing body.
    pub issuer: Option<Issuer>,
    /// Every temporal expression.
    pub dates: Vec<DateMention>,
    /// Every country mention.
    pub countries: Vec<CountryMention>,
    /// Organisations.
    pub organizations: Vec<Organization>,
    /// People.
    pub people: Vec<Person>,
    /// Events.
    pub events: Vec<Event>,
    /// Instruments.
    pub instruments: Vec<Instrument>,
    /// Warnings.
    pub warnings: Vec<Warning>,
}

/// Runs every extractor over `doc`. The returned spans are character offsets.
pub fn extract(doc: &Doc<'_>, options: &Options) -> Extraction {
    let mut dateline = dateline::find_dateline(doc, options.reference_date);
    let anchor = dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(CivilDate::parse_iso);
    let anchor = anchor.or(options.reference_date);

    let found_dates = dates::find(doc, anchor);
    let countries = countries::find(doc);
    // Organisations and people read the same words, scanned once (Doc::scan).
    let organizations = organizations::find(doc, &countries);
    let people = people::find(doc, &organizations);
    let events = events::find(doc, &found_dates.mentions, &organizations);
    let report_day = dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(CivilDate::parse_iso);
    let found_instruments = instruments::find(doc, &found_dates.mentions, &events, report_day);
    let title = dateline::find_title(doc, dateline.as_ref(), &organizations);
    let issuer = dateline::find_issuer(doc, &organizations, dateline.as_ref());

    let mut warnings = found_dates.warnings;
    warnings.extend(found_instruments.warnings);

    let mut extraction = Extraction {
        title,
        dateline: dateline.take(),
        issuer,
        dates: found_dates.mentions,
        countries,
        organizations,
        people,
        events,
        instruments: found_instruments.instruments,
        warnings,
    };
    to_char_spans(doc.text, &mut extraction);
    extraction
}

/// Converts every byte span of `extraction` into a character span of `text`.
fn to_char_spans(text: &str, extraction: &mut Extraction) {
    let index = spans::CharIndex::new(text);
    for span in extraction.spans_mut() {
        let start = index.char_offset(span.start);
        let end = index.char_offset(span.end);
        *span = Span { start, end, page: span.page };
    }
}

impl Extraction {
    /// Every span, mutably.
    pub fn spans_mut(&mut self) -> impl Iterator<Item = &mut Span> {
        let dateline = self.dateline.iter_mut().map(|d| &mut d.span);
        let issuer = self.issuer.iter_mut().map(|i| &mut i.span);
        let dates = self.dates.iter_mut().map(|d| &mut d.span);
        let countries = self.countries.iter_mut().map(|c| &mut c.span);
        let orgs = self
            .organizations
            .iter_mut()
            .flat_map(|o| std::iter::once(&mut o.span).chain(o.mentions.iter_mut()));
        let people =
            self.people.iter_mut().flat_map(|p| std::iter::once(&mut p.span).chain(p.mentions.iter_mut()));
        let events =
            self.events.iter_mut().flat_map(|e| std::iter::once(&mut e.span).chain(e.mentions.iter_mut()));
        let instruments = self
            .instruments
            .iter_mut()
            .flat_map(|i| std::iter::once(&mut i.span).chain(i.mentions.iter_mut()));
        let warnings = self.warnings.iter_mut().filter_map(|w| w.span.as_mut());
        dateline
            .chain(issuer)
            .chain(dates)
            .chain(countries)
            .chain(orgs)
            .chain(people)
            .chain(events)
            .chain(instruments)
            .chain(warnings)
    }
}
