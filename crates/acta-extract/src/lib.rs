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
mod first_pairs;
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

/// A short communiqué that runs the families read after the dateline and the dates.
const WARM_UP_TEXT: &str = "El canciller de México, Juan Pérez, y la ministra de Relaciones Exteriores \
de Guatemala inauguraron la II Reunión Binacional de la Comisión Mixta. Las delegaciones \
aprobaron por consenso la Declaración de San José y firmaron un memorando de entendimiento con \
la Organización Internacional para las Migraciones (OIM).";

/// Builds the tables of the country, organisation, people, event and instrument families
/// (gazetteers, automata, compiled patterns) by running them over a short text.
///
/// Those tables are built on first use, in sequence, and take most of a one-document run. A
/// caller with a spare core calls this on another thread as it starts: the tables are then
/// built while the first document's dateline and dates are read, and the extractors find them
/// ready (or wait for the one being built). Results are the same either way.
pub fn warm_up() {
    let doc = Doc::new(WARM_UP_TEXT);
    let countries = countries::find(&doc);
    let organizations = organizations::find(&doc, &countries);
    people::find(&doc, &organizations);
    let events = events::find(&doc, &[], &organizations);
    instruments::find(&doc, &[], &events, &[], None);
}

/// Runs every extractor over `doc`. The returned spans are character offsets.
pub fn extract(doc: &Doc<'_>, options: &Options) -> Extraction {
    let mut dateline = dateline::find_dateline(doc, options.reference_date);
    let anchor = dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(CivilDate::parse_iso);
    let anchor = anchor.or(options.reference_date);

    let mut found_dates = dates::find(doc, anchor);
    if let Some(day) = dateline.as_ref().and_then(|d| dateline::agency_day_mention(doc, d)) {
        let at = found_dates.mentions.partition_point(|m| m.span.start < day.span.start);
        found_dates.mentions.insert(at, day);
    }
    let countries = countries::find(doc);
    // Organisations and people read the same words, scanned once (Doc::scan).
    let organizations = organizations::find(doc, &countries);
    let people = people::find(doc, &organizations);
    // Rule `country.person_name`: a country word inside a person's mention is a surname ("dijo
    // España Morales" after "la ministra Marta Julia España Morales").
    let mut countries = countries;
    countries.retain(|c| {
        !people
            .iter()
            .flat_map(|p| std::iter::once(&p.span).chain(&p.mentions))
            .any(|m| m.start <= c.span.start && c.span.end <= m.end)
    });
    let events = events::find(doc, &found_dates.mentions, &organizations);
    let report_day = dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(CivilDate::parse_iso);
    let body_spans: Vec<Span> = organizations
        .iter()
        .flat_map(|o| std::iter::once(o.span).chain(o.mentions.iter().copied()))
        .collect();
    let found_instruments = instruments::find(doc, &found_dates.mentions, &events, &body_spans, report_day);
    let mut organizations = organizations;
    bodies_inside_titles(doc.text, &found_instruments.instruments, &mut organizations);
    let title = dateline::find_title(doc, dateline.as_ref(), &organizations);
    let issuer = dateline::find_issuer(doc, &organizations, dateline.as_ref());
    if let Some(issuer) = &issuer {
        organizations::join_issuer(doc.text, &mut organizations, issuer, &countries);
        organizations::keep_issuer(&mut organizations, issuer);
        organizations::link_undefined_acronyms(doc.text, &mut organizations, issuer);
    }

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

/// Whether `inner` lies inside `outer` and is shorter.
pub(crate) fn strictly_inside(inner: &Span, outer: &Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start
}

/// Rule `organization.instrument_name`: a body named only inside capitalised instrument titles
/// ("Convención de las Naciones Unidas sobre el Derecho del Mar", "Acuerdo de Asociación entre
/// el Mercosur y la Unión Europea") takes no part in the text. The counterpart after "con"
/// ("Acuerdo Marco ... con la Comunidad Andina") does, and so does the author of a common
/// noun's document ("el informe de la Comisión de Comercio del Mercosur (CCM) sobre ...").
fn bodies_inside_titles(text: &str, instruments: &[Instrument], organizations: &mut Vec<Organization>) {
    let titles: Vec<Span> = instruments
        .iter()
        .flat_map(|i| std::iter::once(i.span).chain(i.mentions.iter().copied()))
        .filter(|t| text.get(t.start..).is_some_and(|t| t.starts_with(char::is_uppercase)))
        .collect();
    let counterpart = |m: &Span| {
        let before = text.get(..m.start).unwrap_or("").trim_end();
        let before = ["la", "el", "los", "las"]
            .iter()
            .find_map(|a| before.strip_suffix(a).filter(|b| b.ends_with(' ')))
            .unwrap_or(before)
            .trim_end();
        before
            .strip_suffix("con")
            .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
    };
    organizations.retain(|o| {
        !std::iter::once(&o.span)
            .chain(&o.mentions)
            .all(|m| !counterpart(m) && titles.iter().any(|t| strictly_inside(m, t)))
    });
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

#[cfg(test)]
mod tests {
    use super::*;
    use acta_record::Action;

    /// (name, mention count) of the organisations extracted from `text`.
    fn organizations_of(text: &str) -> Vec<(String, usize)> {
        let doc = Doc::new(text);
        let found = extract(&doc, &Options::default());
        found.organizations.into_iter().map(|o| (o.name, o.mentions.len())).collect()
    }

    /// `country.person_name`: a country word inside a person's mention is no country.
    #[test]
    fn a_surname_that_names_a_country_is_no_country() {
        let text = "Guatemala, 3 de mayo de 2024\n\nLa ministra de Trabajo, Marta Julia España Morales, viajó a México. \"Es un avance\", dijo España Morales al cierre. España apoyará el plan.\n";
        let doc = Doc::new(text);
        let found = extract(&doc, &Options::default());
        let countries: Vec<&str> = found.countries.iter().map(|c| c.text.as_str()).collect();
        // The dateline's place is no mention; the last "España" (the country) is.
        assert_eq!(countries, ["México", "España"]);
        let at = text.chars().count() - "España apoyará el plan.\n".chars().count();
        assert_eq!(found.countries.last().map(|c| c.span.start), Some(at));
        // ... and no mention of the minister, whose surname alone it would be.
        let mentions: Vec<usize> = found.people.iter().map(|p| p.mentions.len()).collect();
        assert_eq!(mentions, [2]);
    }

    /// Rule `instrument.organization_name`: an instrument named only inside a body's name is
    /// the body's name, unless a clause of its own follows it. A two-part acronym spells a name
    /// joined by a dash.
    #[test]
    fn instruments_inside_a_bodys_name() {
        let text = "El Organismo Andino de Salud - Convenio Hipólito Unanue (ORAS-CONHU) instaló hoy la mesa técnica.";
        let found = extract(&Doc::new(text), &Options::default());
        assert!(found.instruments.is_empty(), "{:?}", found.instruments);
        let orgs: Vec<(&str, Option<&str>)> =
            found.organizations.iter().map(|o| (o.name.as_str(), o.acronym.as_deref())).collect();
        assert_eq!(orgs, [("Organismo Andino de Salud - Convenio Hipólito Unanue", Some("ORAS-CONHU"))]);
        let text = "Ambos son miembros de la Comisión de Seguimiento del Acuerdo de Cartagena, firmado el pasado domingo.";
        let found = extract(&Doc::new(text), &Options::default());
        let titles: Vec<&str> = found.instruments.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Acuerdo de Cartagena"]);
        // A mention inside the body's name takes no part when the instrument is named again:
        // the act of the body's sentence is not the instrument's.
        let text = "Los miembros de la Organización del Tratado de Cooperación Amazónica (OTCA) aprobaron \
                    por consenso la Estrategia Regional. Recordaron que el Tratado de Cooperación \
                    Amazónica, firmado en 1978, obliga a las partes.";
        let found = extract(&Doc::new(text), &Options::default());
        let acts: Vec<(&str, Action, usize)> =
            found.instruments.iter().map(|i| (i.title.as_str(), i.action, i.mentions.len())).collect();
        assert_eq!(
            acts,
            [
                ("Estrategia Regional", Action::Approved, 1),
                ("Tratado de Cooperación Amazónica", Action::Referenced, 1)
            ]
        );
    }

    /// Rule `organization.instrument_name`: a body named only inside an instrument's title is
    /// not listed, unless it is the counterpart after "con".
    #[test]
    fn bodies_inside_an_instruments_title() {
        let names = |text: &str| -> Vec<String> {
            extract(&Doc::new(text), &Options::default()).organizations.into_iter().map(|o| o.name).collect()
        };
        assert!(names(
            "Actuarán de conformidad con la Convención de las Naciones Unidas sobre el Derecho del Mar."
        )
        .is_empty());
        assert_eq!(
            names("No se firmó el Acuerdo Marco de Cooperación Triangular con la Comunidad Andina."),
            ["Comunidad Andina"]
        );
        // The author of a common noun's document stays a body, and the title goes on past its
        // acronym to its subject.
        let found = extract(
            &Doc::new("Tomaron nota del informe de la Comisión de Comercio del Mercosur (CCM) sobre medidas no arancelarias."),
            &Options::default(),
        );
        let titles: Vec<&str> = found.instruments.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            ["informe de la Comisión de Comercio del Mercosur (CCM) sobre medidas no arancelarias"]
        );
        assert_eq!(found.organizations.len(), 1);
        // Named outside the title too, it is listed.
        assert_eq!(
            names("La OEA apoyó la Convención Interamericana de Derechos Humanos de la OEA."),
            ["Organización de los Estados Americanos"]
        );
    }

    /// `organization.issuer`: a body named inside the issuer's name does not stand for it; the
    /// issuer is listed too.
    #[test]
    fn the_issuer_is_listed_beside_a_body_inside_its_name() {
        let text = "MINISTERIO DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN\n\nEspaña y México celebran la XIV Reunión de la Comisión Binacional\n\nMadrid, 20 de octubre de 2025\n\nEl ministro copresidió hoy la reunión con su homóloga mexicana en el Palacio de Viana.";
        let found = extract(&Doc::new(text), &Options::default());
        let names: Vec<&str> = found.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(
            names.contains(&"Ministerio de Asuntos Exteriores, Unión Europea y Cooperación"),
            "{names:?}"
        );
    }

    /// `organization.undefined_acronym`: the issuer's acronym, used with no definition, joins
    /// the issuer when its name spells it; another body's does not ("INM" is not tied to the
    /// Instituto Guatemalteco de Migración), nor does a heading's word in capitals.
    #[test]
    fn the_issuers_undefined_acronym_joins_the_issuer() {
        let text = "Centro de Coordinación para la Prevención de los Desastres en América Central y República Dominicana\n\nCIUDAD DE GUATEMALA\n\nCiudad de Guatemala, 6 de marzo de 2025\n\nEl CEPREDENAC convocó a los países miembros. El Instituto Guatemalteco de Migración y el INM de México asistieron; el CEPREDENAC agradeció su presencia.";
        let found = extract(&Doc::new(text), &Options::default());
        let acronyms: Vec<(&str, Option<&str>, usize)> = found
            .organizations
            .iter()
            .map(|o| (o.name.as_str(), o.acronym.as_deref(), o.mentions.len()))
            .collect();
        assert!(
            acronyms.contains(&(
                "Centro de Coordinación para la Prevención de los Desastres en América Central y República Dominicana",
                Some("CEPREDENAC"),
                3
            )),
            "{acronyms:?}"
        );
        assert!(acronyms.contains(&("Instituto Guatemalteco de Migración", None, 1)), "{acronyms:?}");
    }

    /// `organization.issuer`: the Cancillería of a text under a foreign ministry's letterhead
    /// is that ministry, named as the letterhead names it.
    #[test]
    fn the_cancilleria_under_a_letterhead_is_the_issuer() {
        let head = "MINISTERIO DE RELACIONES EXTERIORES\n\nEstado Plurinacional de Bolivia\n\nBolivia y Chile firman acuerdos\n\nLa Paz, 3 de abril de 2025\n\n";
        let cases: &[(&str, &[(&str, usize)])] = &[
            // With its demonym, the head's country.
            ("La Cancillería boliviana informó hoy.", &[("Ministerio de Relaciones Exteriores", 2)]),
            // Bare (otherwise dropped: it names no ministry of its own); a named one stays apart.
            (
                "La Cancillería informó hoy que la Cancillería de Chile participó.",
                &[("Ministerio de Relaciones Exteriores", 2), ("Cancillería de Chile", 1)],
            ),
            // Another country's Cancillería is not the issuer, which is a body of its own
            // (named by its letterhead only).
            (
                "La Cancillería peruana informó hoy.",
                &[("Ministerio de Relaciones Exteriores", 1), ("Cancillería peruana", 1)],
            ),
            // A foreign ministry named in the text is the one a Cancillería refers to.
            (
                "El Ministerio de Relaciones Exteriores de Chile y la Cancillería informaron.",
                &[
                    ("Ministerio de Relaciones Exteriores", 1),
                    ("Ministerio de Relaciones Exteriores de Chile", 2),
                ],
            ),
            // No other mention: the letterhead's.
            ("Las delegaciones se reunieron hoy.", &[("Ministerio de Relaciones Exteriores", 1)]),
        ];
        for (body, expected) in cases {
            let got = organizations_of(&format!("{head}{body}\n"));
            let got: Vec<(&str, usize)> = got.iter().map(|(n, m)| (n.as_str(), *m)).collect();
            assert_eq!(&got, expected, "{body}");
        }
    }

    /// The warm-up text reaches every family it is there to build: a country, an organisation,
    /// a person, an event and an instrument.
    #[test]
    fn warm_up_text_runs_every_late_family() {
        let doc = Doc::new(WARM_UP_TEXT);
        let extraction = extract(&doc, &Options::default());
        assert!(extraction.countries.iter().any(|c| c.code == "GT"), "{:?}", extraction.countries);
        assert!(extraction.organizations.iter().any(|o| o.name.contains("Migraciones")));
        assert!(!extraction.people.is_empty());
        assert!(extraction.events.iter().any(|e| e.name.starts_with("II Reunión Binacional")));
        assert!(extraction.instruments.iter().any(|i| i.title.starts_with("Declaración de San José")));
        warm_up();
    }
}
