//! The record of one document: the types behind `schemas/record.v1.schema.json`.
//!
//! Field names are the public contract (SPEC.md); `tests/schema_agrees.rs` fails when these
//! types and the committed schema disagree.

use serde::{Deserialize, Serialize};

/// Version of the record contract written into every record.
pub const SCHEMA_VERSION: &str = "1.0.0";

/// A character range into the record's normalised text: Unicode scalar values, end exclusive,
/// so that Python's `text[start:end]` gives back the mention. PDF spans also carry their page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// 1-based page number, PDF input only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

impl Span {
    /// A span without page.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end, page: None }
    }

    /// Whether two spans share at least one character.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies within `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Declares a closed enumeration serialised as its snake_case English word, with the list of
/// every variant (the schema test compares it with the schema's `enum`).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word written in records.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Parses the word written in records.
            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The detected input format.
    Format {
        /// A PDF file.
        Pdf => "pdf",
        /// Plain text.
        Text => "text",
        /// Markdown-ish text, such as PDF-to-text converters leave.
        Markdown => "markdown",
        /// HTML.
        Html => "html",
    }
}

vocabulary! {
    /// Whether the document was processed.
    Status {
        /// Processed; the extraction fields are filled.
        Ok => "ok",
        /// Failed; `error` says why.
        Error => "error",
    }
}

vocabulary! {
    /// Why a document failed.
    ErrorKind {
        /// The file could not be read (missing, a directory, a FIFO...).
        Io => "io",
        /// The input has no bytes or no text at all.
        Empty => "empty",
        /// Not a format acta reads (binary data, an image...).
        UnsupportedFormat => "unsupported_format",
        /// An encrypted PDF that the empty password does not open.
        Encrypted => "encrypted",
        /// A PDF too damaged to recover.
        Malformed => "malformed",
        /// A PDF with no text layer (scanned pages; OCR is out of scope).
        NoTextLayer => "no_text_layer",
        /// A limit (size, pages, stream size, time) was exceeded.
        LimitExceeded => "limit_exceeded",
        /// The bytes could not be decoded as text.
        Decode => "decode",
    }
}

vocabulary! {
    /// The grain and shape of a date value.
    DateKind {
        /// A calendar day: `2021-12-03`.
        Date => "date",
        /// A month: `2021-12`.
        Month => "month",
        /// A year: `2021`.
        Year => "year",
        /// An interval with inclusive ends: `2021-12-02/2021-12-03`.
        Interval => "interval",
        /// A duration: `P2D`.
        Duration => "duration",
        /// A day with a time: `2021-12-03T10:00`.
        Datetime => "datetime",
        /// A recurring time.
        Set => "set",
    }
}

vocabulary! {
    /// How a country was named.
    CountryVia {
        /// Its short name ("México").
        Name => "name",
        /// Its official name ("Estados Unidos Mexicanos").
        OfficialName => "official_name",
        /// An abbreviation ("EE.UU.").
        Abbreviation => "abbreviation",
        /// A demonym ("la delegación salvadoreña").
        Demonym => "demonym",
    }
}

vocabulary! {
    /// What kind of event, from the head noun of its name.
    EventType {
        /// Reunión, mesa de trabajo, encuentro.
        Meeting => "meeting",
        /// Cumbre.
        Summit => "summit",
        /// Conferencia (as an event).
        Conference => "conference",
        /// Congreso.
        Congress => "congress",
        /// Foro.
        Forum => "forum",
        /// Taller.
        Workshop => "workshop",
        /// Curso, diplomado.
        Course => "course",
        /// Seminario.
        Seminar => "seminar",
        /// Visita oficial, visita de Estado.
        Visit => "visit",
        /// Ceremonia.
        Ceremony => "ceremony",
        /// Sesión, período de sesiones.
        Session => "session",
        /// Any other event.
        Other => "other",
    }
}

vocabulary! {
    /// What kind of instrument, from the head noun of its title.
    InstrumentType {
        /// Declaración.
        Declaration => "declaration",
        /// Lineamientos, directrices.
        Guidelines => "guidelines",
        /// Guía.
        Guide => "guide",
        /// Plan, Plan de Acción.
        Plan => "plan",
        /// Acuerdo, convenio.
        Agreement => "agreement",
        /// Memorándum de entendimiento.
        Memorandum => "memorandum",
        /// Convención.
        Convention => "convention",
        /// Protocolo.
        Protocol => "protocol",
        /// Resolución.
        Resolution => "resolution",
        /// Informe.
        Report => "report",
        /// Hoja de ruta.
        Roadmap => "roadmap",
        /// Pacto.
        Pact => "pact",
        /// Carta de intención.
        LetterOfIntent => "letter_of_intent",
        /// Estrategia.
        Strategy => "strategy",
        /// Any other instrument.
        Other => "other",
    }
}

vocabulary! {
    /// What happened to an instrument, from its governing verb.
    Action {
        /// Aprobado.
        Approved => "approved",
        /// Adoptado.
        Adopted => "adopted",
        /// Firmado, suscrito.
        Signed => "signed",
        /// Ratificado.
        Ratified => "ratified",
        /// Named without being acted on in the reported events.
        Referenced => "referenced",
    }
}

vocabulary! {
    /// How an instrument was approved, when stated for it.
    Mode {
        /// Por consenso.
        Consensus => "consensus",
        /// Por unanimidad.
        Unanimity => "unanimity",
    }
}

vocabulary! {
    /// Something a reader of the record should know.
    WarningCode {
        /// The text announces a number of items and a different number was found.
        CountMismatch => "count_mismatch",
        /// A written date that does not exist (31 de febrero).
        ImpossibleDate => "impossible_date",
        /// The text does not look Spanish.
        NotSpanish => "not_spanish",
        /// Some bytes could not be decoded by any encoding.
        DecodeLossy => "decode_lossy",
        /// A limit cut the text short.
        Truncated => "truncated",
    }
}

/// Where the record came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Detected format, or null when the input could not be read at all.
    pub format: Option<Format>,
    /// Size of the input in bytes.
    pub bytes: u64,
    /// SHA-256 of the input bytes, lowercase hex; null when the input could not be read.
    pub sha256: Option<String>,
    /// Text encoding used to decode the input (WHATWG label), null for PDF or unread input.
    pub encoding: Option<String>,
    /// Page count, PDF only.
    pub pages: Option<u32>,
}

/// Why a document failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorInfo {
    /// Machine-readable kind.
    pub kind: ErrorKind,
    /// Human-readable reason.
    pub message: String,
}

/// Place and date line at the head (or foot) of a communiqué.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dateline {
    /// The dateline as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The locality only ("Ciudad de México"), or null.
    pub place: Option<String>,
    /// Its date, `YYYY-MM-DD`, or null.
    pub date: Option<String>,
    /// Rule id.
    pub rule: String,
}

/// The body that issued the communiqué.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// As written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// Canonical name.
    pub name: String,
    /// Rule id.
    pub rule: String,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateMention {
    /// As written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// ISO 8601 value at the written grain, or null when it cannot be resolved.
    pub value: Option<String>,
    /// Grain and shape of the value.
    pub kind: DateKind,
    /// Whether the value was resolved against the dateline or reference date.
    pub relative: bool,
    /// Rule id.
    pub rule: String,
}

/// One mention of a country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryMention {
    /// As written.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// ISO 3166-1 alpha-3.
    pub alpha3: String,
    /// Spanish short name.
    pub name: String,
    /// How it was named.
    pub via: CountryVia,
    /// Rule id.
    pub rule: String,
}

/// An organisation, once, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Fullest mention as written.
    pub text: String,
    /// Where the fullest mention is.
    pub span: Span,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
    /// Canonical name.
    pub name: String,
    /// Acronym, when known.
    pub acronym: Option<String>,
    /// Rule id.
    pub rule: String,
}

/// A person, once, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Fullest mention as written.
    pub text: String,
    /// Where the fullest mention is.
    pub span: Span,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
    /// Full name.
    pub name: String,
    /// Role written next to the name.
    pub role: Option<String>,
    /// Rule id.
    pub rule: String,
}

/// An event the communiqué reports, once, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Fullest mention as written.
    pub text: String,
    /// Where the fullest mention is.
    pub span: Span,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
    /// Type from the head noun.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Full name as written.
    pub name: String,
    /// Ordinal (XXVI → 26).
    pub ordinal: Option<u32>,
    /// Organisations linked (acronym when known, else name).
    pub organizations: Vec<String>,
    /// ISO value of when it took place (may be an interval).
    pub date: Option<String>,
    /// Where it took place.
    pub place: Option<String>,
    /// Rule id.
    pub rule: String,
}

/// An instrument, once, with every mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Fullest mention as written.
    pub text: String,
    /// Where the fullest mention is.
    pub span: Span,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
    /// Type from the head noun.
    #[serde(rename = "type")]
    pub instrument_type: InstrumentType,
    /// Title as written.
    pub title: String,
    /// What happened to it.
    pub action: Action,
    /// How it was approved, when stated for it.
    pub mode: Option<Mode>,
    /// Ordinal (XXVI → 26).
    pub ordinal: Option<u32>,
    /// When the action took place, when the text says or implies it.
    pub date: Option<String>,
    /// Rule id.
    pub rule: String,
}

/// Something a reader of the record should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// Machine-readable code.
    pub code: WarningCode,
    /// Human-readable explanation.
    pub message: String,
    /// Where, when it has a place in the text.
    pub span: Option<Span>,
}

/// One record per input document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: String,
    /// Portable document id (never an absolute path).
    pub id: String,
    /// Where it came from.
    pub source: Source,
    /// ok or error.
    pub status: Status,
    /// Why it failed, when it did.
    pub error: Option<ErrorInfo>,
    /// BCP-47 language code.
    pub language: String,
    /// The title heading.
    pub title: Option<String>,
    /// Place and date line.
    pub dateline: Option<Dateline>,
    /// Issuing body.
    pub issuer: Option<Issuer>,
    /// Every temporal expression, in document order.
    pub dates: Vec<DateMention>,
    /// Every country mention, in document order.
    pub countries: Vec<CountryMention>,
    /// Organisations, in order of first mention.
    pub organizations: Vec<Organization>,
    /// People, in order of first mention.
    pub people: Vec<Person>,
    /// Events, in order of first mention.
    pub events: Vec<Event>,
    /// Instruments, in order of first mention.
    pub instruments: Vec<Instrument>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Normalised text, only with `--include-text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Record {
    /// An empty successful record; the pipeline fills it.
    pub fn new(id: impl Into<String>, source: Source) -> Self {
        Record {
            schema_version: SCHEMA_VERSION.to_string(),
            id: id.into(),
            source,
            status: Status::Ok,
            error: None,
            language: "es".to_string(),
            title: None,
            dateline: None,
            issuer: None,
            dates: Vec::new(),
            countries: Vec::new(),
            organizations: Vec::new(),
            people: Vec::new(),
            events: Vec::new(),
            instruments: Vec::new(),
            warnings: Vec::new(),
            text: None,
        }
    }

    /// A failed record: the language is unknown (`und`) and every extraction field empty.
    pub fn failed(
        id: impl Into<String>,
        source: Source,
        kind: ErrorKind,
        message: impl Into<String>,
    ) -> Self {
        let mut record = Record::new(id, source);
        record.status = Status::Error;
        record.language = "und".to_string();
        record.error = Some(ErrorInfo { kind, message: message.into() });
        record
    }
}
