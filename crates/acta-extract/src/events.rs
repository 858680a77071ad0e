//! Events: the meetings, summits, forums, workshops, courses, visits, ceremonies and sessions a
//! communiqué reports, one entity per event with every mention.
//!
//! How an event is found:
//!
//! 1. One aho-corasick pass over the folded text finds head nouns (`data/events.tsv`,
//!    leftmost-longest so "reunión bilateral" wins over "reunión" and the body "Conferencia
//!    Regional sobre Migración" over "conferencia"). The head fixes the type: "Reunión del Foro
//!    ..." is a meeting.
//! 2. A head names an event when (rule ids):
//!    - `event.ordinal` — an ordinal precedes it ("XXVI Reunión", "la tercera reunión",
//!      "1.ª Conferencia"); see [`crate::ordinals`];
//!    - `event.compound_head` — the head itself is specific ("reunión bilateral", "visita de
//!      Estado", "Período Ordinario de Sesiones", "ceremonia de firma");
//!    - `event.proper_name` — a capitalised head mid-sentence with a name after it ("la Cumbre de
//!      las Américas", "el Foro de discusión con ...");
//!    - `event.head_complement` — a course/workshop/seminar head with its topic ("el taller sobre
//!      mecanismos de búsqueda ...", "un diplomado en derechos humanos");
//!    - `event.head_of_name` — a lowercase head whose complement is a name ("la cumbre del G8",
//!      "la reunión de la Celac");
//!    - `event.list_item` — any of the above heading an item of a list announced by a line ending
//!      in a colon ("se realizaron diversas actividades, dentro de las que destacan:").
//!
//!    A bare generic noun ("la reunión", "este encuentro", "los trabajos") is never a new event,
//!    nor a possessed or future one ("en su próxima reunión ordinaria"); a head inside an
//!    organisation mention without an ordinal is the body, not an event, while a body with an
//!    ordinal is its annual meeting ("XIX Conferencia Suramericana sobre Migraciones").
//! 3. The name runs from the ordinal (or head) to its natural end ([`name_end`]): it stops before
//!    a relative clause ("que", "en la que", "donde"), a participle clause ("celebrada en ..."),
//!    a comma clause (an enumeration "prevención, persecución, protección y asistencia" goes
//!    on), a date, a verb, "y" + article (except the one "y" of "entre la CRM y la CSM"), and
//!    goes on after a colon followed by a capitalised subtitle (in running text, one that opens
//!    no list: "Foro ...: Trabajo Decente sin Fronteras en Centroamérica"). A
//!    parenthesised acronym after the name is not part of it ("... sobre Migración (CRM)").
//! 4. Mentions of one event merge (conservatively): same type, compatible ordinals and one name
//!    a word-prefix of the other ("XXVI Reunión Viceministerial" and "XXVI Reunión
//!    Viceministerial de la Conferencia Regional sobre Migración"), organisation mentions
//!    compared by their label ("Cumbre de la CELAC" = "Cumbre de la Comunidad de Estados
//!    Latinoamericanos y Caribeños" when the organisations extractor links both); a demonstrative
//!    reference ("esta cumbre", "dicha reunión") joins the one earlier event with that head
//!    noun, and nothing when there are several.
//! 5. Links: organisations whose mentions fall inside a mention's name; the date is the nearest
//!    day, interval or month mention in the same sentence as a mention ("El día 3 de diciembre
//!    de 2021 concluyeron ... la XXVI Reunión"), stretched to an interval by the event's own
//!    clauses ("concluyó hoy la visita ... que inició ayer", `event.date.clauses`) or a duration
//!    (`event.date.duration`), refined by a later sentence whose subject is the event
//!    (`event.date.follow_up`); the place follows "celebrada / realizada / que
//!    tuvo lugar ... en" or "en" + a capitalised name right after the name.

use std::collections::HashSet;
use std::sync::LazyLock;

use acta_normalize::fold_char;
use acta_record::{DateKind, DateMention, Event, EventType, Organization, Span};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::calendar::{days_in_month, CivilDate};
use crate::fnv::FnvBuild;
use crate::ordinals;
use crate::Doc;

/// When a head noun names an event (see `data/events.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Proper,
    Compound,
    Complement,
    Ordinal,
    /// Never names an event, but refers back to one ("La visita se desarrolló ...").
    Reference,
    Not,
}

/// The head-noun table: one automaton over the folded phrases plus each row's type and class.
struct Heads {
    matcher: PhraseMatcher,
    rows: Vec<(EventType, Class)>,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut rows = Vec::new();
    let mut exclusions = Vec::new();
    for (phrase, kind, class) in table_rows(include_str!("../data/events.tsv")) {
        if let Some(exclusion) = Exclusion::from_row(phrase, class) {
            exclusions.push(exclusion);
            continue;
        }
        let class = match class {
            "proper" => Class::Proper,
            "compound" => Class::Compound,
            "complement" => Class::Complement,
            "ordinal" | "body" => Class::Ordinal,
            "reference" => Class::Reference,
            _ => Class::Not,
        };
        phrases.push(phrase);
        rows.push((EventType::from_word(kind).unwrap_or(EventType::Other), class));
    }
    Heads { matcher: PhraseMatcher::new(&phrases, exclusions), rows }
});

/// The rows of a three-column tab-separated data file, comments and blank lines skipped.
pub(crate) fn table_rows(
    data: &'static str,
) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    data.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()).filter_map(|line| {
        let mut cells = line.split('\t').map(str::trim);
        Some((cells.next()?, cells.next()?, cells.next()?))
    })
}

/// A "context|head" row of a data file: the head right after the context words is no match
/// ("de|acuerdo": "de acuerdo con" means "according to").
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exclusion {
    context: &'static str,
    head: &'static str,
    /// Class `not_after_unnamed`: not when the head is capitalised and a capitalised word
    /// follows it directly, a name ("en el marco de" and "en el Marco de la cooperación" are the
    /// idiom, "en el Marco de Sendai" a framework).
    unless_named: bool,
}

impl Exclusion {
    /// The exclusion a data row states, if it is one (class `not_after` or
    /// `not_after_unnamed`).
    pub(crate) fn from_row(phrase: &'static str, class: &str) -> Option<Self> {
        let unless_named = match class {
            "not_after" => false,
            "not_after_unnamed" => true,
            _ => return None,
        };
        let (context, head) = phrase.split_once('|')?;
        Some(Exclusion { context, head, unless_named })
    }
}

/// A phrase automaton over the folded text (leftmost-longest, compiled once) plus the
/// "context|head" exclusions of its data file.
pub(crate) struct PhraseMatcher {
    automaton: AhoCorasick,
    exclusions: Vec<Exclusion>,
}

impl PhraseMatcher {
    /// Compiles `phrases` (folded), with the exclusions of their data file.
    pub(crate) fn new(phrases: &[&str], exclusions: Vec<Exclusion>) -> Self {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases)
            .expect("phrase table builds");
        PhraseMatcher { automaton, exclusions }
    }

    /// Whether the head `phrase` found at folded byte `start` follows one of its exclusion
    /// contexts ("de" before "acuerdo"); `named`: the head is capitalised and a capitalised
    /// word follows it.
    fn excluded(&self, folded: &str, start: usize, phrase: &str, named: bool) -> bool {
        self.exclusions.iter().any(|&Exclusion { context, head, unless_named }| {
            head == phrase
                && !(named && unless_named)
                && folded.get(..start).is_some_and(|before| {
                    let before = before.trim_end_matches(' ');
                    before.ends_with(context)
                        && !before
                            .get(..before.len() - context.len())
                            .and_then(|s| s.chars().next_back())
                            .is_some_and(char::is_alphanumeric)
                })
        })
    }
}

/// Matches of `matcher` over the folded text of `doc` that sit on word boundaries, as
/// (pattern index, original start byte, original end byte).
///
/// Exclusions with a leading context ("de|acuerdo") are checked here rather than compiled in,
/// so that "de acuerdo" cannot swallow the "acuerdos" of "de acuerdos de cooperación" (a
/// leftmost-longest match that then fails the word-boundary check).
pub(crate) fn word_matches(doc: &Doc<'_>, matcher: &PhraseMatcher) -> Vec<(usize, usize, usize)> {
    let folded = doc.folded();
    matcher
        .automaton
        .find_iter(folded)
        .filter(|m| {
            let before = folded.get(..m.start()).and_then(|s| s.chars().next_back());
            let after = folded.get(m.end()..).and_then(|s| s.chars().next());
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
                && !matcher.excluded(folded, m.start(), folded.get(m.start()..m.end()).unwrap_or(""), {
                    let (start, end) = doc.original_range(m.start(), m.end());
                    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
                    doc.text.get(start..).is_some_and(capitalised)
                        && doc.text.get(end..).is_some_and(|t| capitalised(t.trim_start_matches(' ')))
                })
        })
        .map(|m| {
            let (start, end) = doc.original_range(m.start(), m.end());
            (m.pattern().as_usize(), start, end)
        })
        .collect()
}

/// Joins two heads written as one hyphenated word ("Seminario-Taller Regional ...",
/// "curso-taller") into one head of the first one's kind: one event, a seminar.
fn hyphenated_heads(text: &str, matches: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(matches.len());
    for (pattern, start, end) in matches {
        if let Some(last) = out.last_mut() {
            if last.2 + 1 == start && text.get(last.2..start) == Some("-") {
                last.2 = end;
                continue;
            }
        }
        out.push((pattern, start, end));
    }
    out
}

/// A word or punctuation token of the normalised text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The token as written.
    pub text: &'a str,
}

impl Token<'_> {
    /// Whether the token is a word (starts with a letter or digit).
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Whether the token starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The folded token.
    pub fn folded(&self) -> String {
        self.text.chars().map(fold_char).collect()
    }
}

/// Whether `c` continues a word when it sits between two word characters ("Pro-Témpore",
/// "EE.UU", "1.ª").
fn joins_word(c: char) -> bool {
    matches!(c, '-' | '.' | '/' | '\'' | '’')
}

/// The token starting at or after `pos`, skipping spaces but not newlines (a newline is a
/// one-char token "\n").
pub(crate) fn next_token(text: &str, pos: usize) -> Option<Token<'_>> {
    let rest = text.get(pos..)?;
    let skip = rest.find(|c: char| c == '\n' || !c.is_whitespace())?;
    let start = pos + skip;
    let body = text.get(start..)?;
    let mut chars = body.char_indices().peekable();
    let (_, first) = chars.next()?;
    let mut end = start + first.len_utf8();
    if first.is_alphanumeric() {
        while let Some(&(offset, c)) = chars.peek() {
            let word_char = c.is_alphanumeric() || c == 'ª' || c == 'º';
            let joined = joins_word(c)
                && body
                    .get(offset + c.len_utf8()..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_alphanumeric);
            if !(word_char || joined) {
                break;
            }
            end = start + offset + c.len_utf8();
            chars.next();
        }
    }
    Some(Token { start, end, text: text.get(start..end)? })
}

/// The tokens of `text[from..to]`.
pub(crate) fn tokens(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut pos = from;
    while let Some(token) = next_token(text, pos) {
        if token.end > to {
            break;
        }
        pos = token.end;
        out.push(token);
    }
    out
}

/// The word token ending right before `pos` (spaces between allowed, not a newline).
pub(crate) fn previous_word(text: &str, pos: usize) -> Option<Token<'_>> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}']);
    let start =
        trimmed.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric()).last().map(|(i, _)| i)?;
    let end = trimmed.len();
    Some(Token { start, end, text: text.get(start..end)? })
}

/// Byte range of the sentence holding `pos`: bounded by line breaks and by ". ", "? ", "! "
/// followed by a capital, a digit or a quote.
pub(crate) fn sentence_bounds(text: &str, pos: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    if !text.is_char_boundary(pos) {
        return sentence_bounds_scan(text, pos);
    }
    // Every boundary is ASCII, and a boundary fewer than SENTENCE_WINDOW bytes away is fewer
    // than that many chars away: memchr finds the candidates, and only a sentence longer than
    // the window needs the char-counting scan.
    let low = pos.saturating_sub(SENTENCE_WINDOW);
    let before = &bytes[low..pos];
    let newline = memchr::memrchr(b'\n', before);
    let floor = newline.map_or(0, |n| n + 1);
    let stop = memchr::memrchr3_iter(b'.', b'?', b'!', &before[floor..])
        .map(|i| low + floor + i)
        .find(|&i| ends_sentence(text, i));
    let start = match (stop, newline) {
        (Some(i), _) => i + 1,
        (None, Some(n)) => low + n + 1,
        (None, None) if low == 0 => 0,
        (None, None) => return sentence_bounds_scan(text, pos),
    };
    let high = (pos + SENTENCE_WINDOW).min(bytes.len());
    let after = &bytes[pos..high];
    let newline = memchr::memchr(b'\n', after);
    let stop = memchr::memchr3_iter(b'.', b'?', b'!', &after[..newline.unwrap_or(after.len())])
        .map(|i| pos + i)
        .find(|&i| ends_sentence(text, i));
    let end = match (stop, newline) {
        (Some(i), _) => i + 1,
        (None, Some(n)) => pos + n,
        (None, None) if high == bytes.len() => bytes.len(),
        (None, None) => return sentence_bounds_scan(text, pos),
    };
    let start = start + text.get(start..end).map(|s| s.len() - s.trim_start().len()).unwrap_or(0);
    (start, end.max(start))
}

/// Longer "sentences" are run-on text (tables, lists without stops): the sentence scan stops
/// this many chars from its start point.
const SENTENCE_WINDOW: usize = 800;

/// [`sentence_bounds`] by a char-counting scan, for a start point with no boundary within
/// [`SENTENCE_WINDOW`] bytes on one side.
fn sentence_bounds_scan(text: &str, pos: usize) -> (usize, usize) {
    const WINDOW: usize = SENTENCE_WINDOW;
    // Bytes, not chars: every boundary is ASCII, and a UTF-8 continuation byte (0b10xxxxxx)
    // never equals one; chars are counted by their first bytes so the window stays in chars.
    let bytes = text.as_bytes();
    let valid = text.is_char_boundary(pos);
    let continuation = |b: u8| b & 0xC0 == 0x80;
    let mut start = 0;
    let mut cursor = if valid { pos } else { 0 };
    let mut seen = 0;
    while cursor > 0 && seen < WINDOW {
        cursor -= 1;
        let Some(&b) = bytes.get(cursor) else { break };
        if continuation(b) {
            continue;
        }
        seen += 1;
        if b == b'\n' || matches!(b, b'.' | b'?' | b'!') && ends_sentence(text, cursor) {
            start = cursor + 1;
            break;
        }
        start = cursor;
    }
    let mut end = text.len();
    let mut cursor = if valid { pos } else { text.len() };
    let mut seen = 0;
    while cursor < bytes.len() && seen < WINDOW {
        let Some(&b) = bytes.get(cursor) else { break };
        seen += 1;
        if b == b'\n' {
            end = cursor;
            break;
        }
        if matches!(b, b'.' | b'?' | b'!') && ends_sentence(text, cursor) {
            end = cursor + 1;
            break;
        }
        cursor += 1;
        while bytes.get(cursor).is_some_and(|&b| continuation(b)) {
            cursor += 1;
        }
        end = cursor;
    }
    let start = start + text.get(start..end).map(|s| s.len() - s.trim_start().len()).unwrap_or(0);
    (start, end.max(start))
}

/// Whether the punctuation at byte `i` ends a sentence.
/// Abbreviated forms of address written before a name ("Sr.", "Excmo.", "Dra.", "Mtra.",
/// "Lic."), folded to lower case: the stop after them ends no sentence.
pub(crate) const FORMS_OF_ADDRESS: [&str; 22] = [
    "sr", "sra", "srta", "excmo", "excma", "dr", "dra", "lic", "licda", "lcda", "lcdo", "ing", "mtro",
    "mtra", "mg", "mgtr", "msc", "abg", "arq", "prof", "profa", "emb",
];

fn ends_sentence(text: &str, i: usize) -> bool {
    let after = text.get(i + 1..).unwrap_or("");
    // "la resolución CP/RES. 1247", "el artículo núm. 5": an abbreviation before a number.
    let before = text.get(..i).unwrap_or("");
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    const ABBREVIATIONS: [&str; 12] =
        ["no", "núm", "num", "nro", "art", "arts", "pág", "pag", "res", "inc", "cap", "vol"];
    let abbreviation = word.contains('/')
        || word.len() <= 5
            && ABBREVIATIONS.iter().any(|a| word.chars().flat_map(char::to_lowercase).eq(a.chars()));
    if abbreviation
        && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
        && text.get(i..i + 1) == Some(".")
    {
        return false;
    }
    // "la 11a. Reunión del Grupo", "el 2do. Foro": an abbreviated ordinal before its noun.
    if ordinals::abbreviation(word).is_some() && text.get(i..i + 1) == Some(".") && after.starts_with(' ') {
        return false;
    }
    // "la directora ..., Mtra. Lucía Ibarra, realizó": a form of address before a name.
    if text.get(i..i + 1) == Some(".")
        && after.starts_with(' ')
        && word.starts_with(char::is_uppercase)
        && FORMS_OF_ADDRESS.iter().any(|a| word.chars().flat_map(char::to_lowercase).eq(a.chars()))
    {
        return false;
    }
    let mut chars = after.chars();
    match chars.next() {
        None | Some('\n') => true,
        Some(c) if c.is_whitespace() => {
            let next = after.trim_start_matches([' ', '\t', '\u{a0}']).chars().next();
            next.is_none_or(|n| {
                n == '\n'
                    || n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '«' | '¿' | '¡')
            })
        }
        _ => false,
    }
}

/// Whether the word at `pos` begins its sentence or line (its capital says nothing).
pub(crate) fn starts_sentence(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}', '"', '“', '«', '¡', '¿', '\'']);
    matches!(trimmed.chars().next_back(), None | Some('\n' | '.' | '?' | '!' | ':'))
}

/// Whether the folded word `w` is one of [`STOP_WORDS`] (a set: name ends test every word).
pub(crate) fn is_stop_word(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, FnvBuild>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(w)
}

/// Words that never continue a name: relative pronouns, conjunctions, auxiliaries and common
/// verbs of communiqués.
const STOP_WORDS: &[&str] = &[
    "que",
    "quien",
    "quienes",
    "cual",
    "cuales",
    "donde",
    "cuando",
    "cuyo",
    "cuya",
    "cuyos",
    "cuyas",
    "como",
    "mientras",
    "aunque",
    "pero",
    "sino",
    "porque",
    "pues",
    "se",
    "es",
    "son",
    "fue",
    "fueron",
    "sera",
    "seran",
    "ha",
    "han",
    "habia",
    "hay",
    "esta",
    "estan",
    "estuvo",
    "tuvo",
    "tiene",
    "tienen",
    "tendra",
    "asi",
    "ademas",
    "tambien",
    "luego",
    "tras",
    "durante",
    "desde",
    "hasta",
    "ante",
    "hoy",
    "ayer",
    "manana",
    "concluye",
    "inicia",
    "permite",
    "busca",
    "cuenta",
    "reune",
    "sirve",
    "celebra",
    "realiza",
    "destaca",
    "contara",
    "participa",
    "participan",
    "permitio",
    "no",
    "ya",
    "segun",
    "mediante_",
    "incluye",
    "aborda",
    "presenta",
    "analiza",
    "tiene",
    "debe",
    "deben",
    "puede",
    "pueden",
    "sea",
    "fuera",
    "mismo",
    "misma",
    "da",
    "dio",
    "dan",
    "viceministro",
    "viceministra",
    "este",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "aquel",
    "aquella",
    "ambos",
    "ambas",
    "presidente",
    "presidenta",
    "mandatario",
    "mandataria",
    "ministro",
    "ministra",
    "canciller",
    "secretario",
    "secretaria",
    "embajador",
    "embajadora",
    "rey",
    "reina",
    "vicepresidente",
    "vicepresidenta",
    "procurador",
    "procuradora",
    "organismo",
    "bloque",
    "dirigentes",
];

/// Whether one of the three words after `pos` is capitalised (a line-initial "Cumbre de Jefes
/// de Estado" is a name; "Reunión de ministros" at a sentence start is not).
pub(crate) fn capitalised_soon(text: &str, pos: usize) -> bool {
    let mut cursor = pos;
    for _ in 0..3 {
        let Some(token) = next_token(text, cursor) else { return false };
        if !token.is_word() {
            return false;
        }
        if token.is_capitalised() {
            return true;
        }
        cursor = token.end;
    }
    false
}

/// Role nouns: a name stops before them whatever their case ("visita de Estado del
/// Presidente de Bolivia").
const ROLES: &[&str] = &[
    "presidente",
    "presidenta",
    "mandatario",
    "mandataria",
    "ministro",
    "ministra",
    "canciller",
    "viceministro",
    "viceministra",
    "secretario",
    "embajador",
    "embajadora",
    "rey",
    "reina",
    "vicepresidente",
    "vicepresidenta",
    "procurador",
    "procuradora",
    "primer",
];

/// First words of place names ("en San Salvador", "en Ciudad de Guatemala").
const PLACE_PREFIXES: &[&str] = &[
    "san",
    "santa",
    "santo",
    "ciudad",
    "nueva",
    "nuevo",
    "puerto",
    "isla",
    "islas",
    // "en Santiago de Chile", "en Cartagena de Indias": cities named "X de Y".
    "santiago",
    "cartagena",
];

/// Whether the capitalised words starting at `first` go on as title words ("en Gestión
/// Migratoria y Derechos Humanos", "en Contextos de Movilidad") rather than end as a place
/// ("en Puebla los días", "en Quito.").
fn title_goes_on(text: &str, first: Option<Token<'_>>) -> bool {
    let Some(mut token) = first else { return false };
    // "en Documentación Consular", "en Gestión Migratoria": an abstract noun is a subject, not a
    // place (the few places ending so are named).
    let abstract_noun = |token: &Token<'_>| {
        let word = token.folded();
        ["cion", "sion", "stion", "dad", "miento", "ismo", "encia", "ancia"]
            .iter()
            .any(|end| word.ends_with(end))
            && !matches!(word.as_str(), "asuncion" | "concepcion" | "encarnacion" | "ciudad")
            // Subjects of migration titles that are no places: "Migrantes en Tránsito", "Personas
            // en Riesgo", "Atención en Frontera", "Países de Origen".
            || matches!(
                word.as_str(),
                "transito" | "riesgo" | "retorno" | "origen" | "destino" | "desarrollo" | "frontera" | "fronteras" | "refugio"
            )
    };
    if abstract_noun(&token) {
        return true;
    }
    for _ in 0..4 {
        let Some(next) = next_token(text, token.end) else { return false };
        if next.is_word() && next.is_capitalised() {
            token = next;
            continue;
        }
        // "en Semiconductores, Ciberseguridad y Gobierno Digital": an enumeration of subjects
        // when one of its capitalised words is an abstract noun ("en Lima, Bogotá y Quito" has
        // none).
        if next.text == "," {
            let mut cursor = next.end;
            for _ in 0..12 {
                let Some(item) = next_token(text, cursor) else { return false };
                if item.is_word() && item.is_capitalised() {
                    if abstract_noun(&item) {
                        return true;
                    }
                } else if !matches!(item.text, "," | "y" | "e") {
                    return false;
                }
                cursor = item.end;
            }
            return false;
        }
        return matches!(next.folded().as_str(), "de" | "del" | "y" | "e" | "para" | "sobre");
    }
    true
}

/// Heads of events and instruments that, capitalised after "y", begin a second name.
const SECOND_HEADS: &[&str] = &[
    "acuerdo",
    "agenda",
    "carta",
    "congreso",
    "convencion",
    "convenio",
    "cumbre",
    "curso",
    "declaracion",
    "diplomado",
    "encuentro",
    "estatuto",
    "estrategia",
    "foro",
    "guia",
    "hoja",
    "informe",
    "lineamientos",
    "memorando",
    "memorandum",
    "pacto",
    "plan",
    "programa",
    "protocolo",
    "resolucion",
    "reunion",
    "seminario",
    "simposio",
    "taller",
    "tratado",
];

/// Whether a folded word is the head of an event or a venue ("en la Cumbre de ...", "en la
/// Casa Blanca"): after "en" + article it ends a name.
fn venue_head(word: &str) -> bool {
    matches!(
        word,
        "reunion"
            | "cumbre"
            | "conferencia"
            | "foro"
            | "sesion"
            | "asamblea"
            | "congreso"
            | "encuentro"
            | "ciudad"
            | "sede"
            | "casa"
            | "cancilleria"
            | "residencia"
            | "palacio"
            | "embajada"
            | "republica"
            | "capital"
            | "region"
            | "provincia"
            | "isla"
            | "comision"
            | "comite"
            | "consejo"
            | "organizacion"
            | "secretaria"
            | "ministerio"
            | "naciones"
            | "oficina"
            | "grupo"
            | "periodo"
            | "plataforma"
            | "union"
            | "asociacion"
            | "parlamento"
            | "senado"
            | "camara"
    )
}

/// Whether a token is a lowercase infinitive (with or without a clitic: "celebrarse").
fn infinitive(token: Option<Token<'_>>) -> bool {
    token.is_some_and(|t| infinitive_word(t.text))
}

/// [`infinitive`] of a word as written.
fn infinitive_word(w: &str) -> bool {
    !w.starts_with(char::is_uppercase)
        && w.len() > 3
        && ["ar", "er", "ir", "arse", "erse", "irse", "arlo", "arla"].iter().any(|e| w.ends_with(e))
}

/// Whether a capitalised title after a head (its words capitalised or linking) closes with a
/// comma and a clause saying it was held: "Conferencia Sectorial de Inmigración, celebrada el
/// pasado 3 de marzo", "..., que se celebró en Lima".
fn held_clause_after(text: &str, head_end: usize) -> bool {
    let rest = text.get(head_end..).unwrap_or("");
    let Some(comma) = rest.find([',', '.', ';', '\n']).filter(|&i| i <= 120 && rest.as_bytes()[i] == b',')
    else {
        return false;
    };
    let title = rest.get(..comma).unwrap_or("");
    let titled = title.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "de" | "del" | "la" | "las" | "los" | "el" | "y" | "e" | "para" | "sobre")
    });
    let clause = rest.get(comma + 1..).unwrap_or("").trim_start().to_lowercase();
    titled
        && (["celebrad", "realizad", "efectuad", "llevad", "desarrollad"]
            .iter()
            .any(|s| clause.starts_with(s))
            || ["que se celebr", "que se realiz", "que tuvo lugar", "que se llev"]
                .iter()
                .any(|s| clause.starts_with(s)))
}

/// Participle stems that open a clause after a name ("celebrada en Puebla").
const CLAUSE_PARTICIPLES: &[&str] = &[
    "celebrad",
    "realizad",
    "llevad",
    "efectuad",
    "desarrollad",
    "organizad",
    "convocad",
    "inaugurad",
    "clausurad",
    "encabezad",
    "presidid",
    "sostenid",
    "programad",
    "previst",
    "firmad",
    "suscrit",
    "aprobad",
    "adoptad",
    "ratificad",
    "orientad",
    "dirigid",
    "destinad",
    "emitid",
    "presentad",
    "elaborad",
    "impulsad",
    "promovid",
    "auspiciad",
    "coordinad",
    "acordad",
    "establecid",
    "instalad",
    "iniciad",
    "concluid",
    "reunid",
];

/// Function words: a name may run through them but never ends on them.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "de", "del", "la", "las", "el", "los", "lo", "al", "a", "y", "e", "o", "u", "en", "con", "por", "para",
    "sobre", "entre", "un", "una", "unos", "unas", "su", "sus", "hacia", "contra", "sin", "mediante",
    "acerca",
];

/// Articles and possessives that start a new noun phrase after "y".
const ARTICLES: &[&str] =
    &["el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "dicho", "dicha"];

/// Month names: a token "el 3 de mayo" / "mayo de 2021" starts a date clause.
pub(crate) const MONTHS: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Whether a lowercase word looks like a finite verb: preterite, future, conditional or
/// imperfect endings.
pub(crate) fn looks_like_verb(word: &str) -> bool {
    if word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let ends = |s: &str| word.ends_with(s);
    // Nouns in "-ería" that read like conditionals ("debería", "establecería").
    if ends("ería") && NOUNS_IN_ERIA.iter().any(|n| word.chars().map(fold_char).eq(n.chars())) {
        return false;
    }
    ends("ó") && word.chars().count() > 2
        || ends("á") && word.chars().count() > 3
        || ends("rán")
        || ends("aron")
        || ends("ieron")
        || ends("rían")
        || ends("aban")
        || ends("aría")
        || ends("ando") && word.chars().count() > 5
        || ends("iendo")
        || ends("ería")
        || ends("iría")
}

/// Nouns ending in "-ería" met in communiqués, which [`looks_like_verb`] would take for
/// conditionals (folded).
const NOUNS_IN_ERIA: &[&str] = &[
    "cancilleria",
    "mineria",
    "ganaderia",
    "ingenieria",
    "tesoreria",
    "consejeria",
    "galeria",
    "pesqueria",
    "refineria",
    "loteria",
    "mensajeria",
    "paqueteria",
    "hoteleria",
    "cafeteria",
    "libreria",
    "papeleria",
    "artilleria",
    "caballeria",
    "infanteria",
];

/// Regions that scope a topic rather than name a venue ("sobre migración en Centroamérica").
const REGIONS: &[&str] =
    &["centroamerica", "mesoamerica", "sudamerica", "suramerica", "latinoamerica", "iberoamerica"];

/// Whether the word ending at `pos` is an abbreviation with inner stops ("EE.UU", "S.A").
fn abbreviation_before(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let word = head.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    word.contains('.') && word.len() > 2 && word.chars().all(|c| c.is_uppercase() || c == '.')
}

/// How a name is allowed to run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameStyle {
    /// A capitalised proper name: runs through prepositional phrases and "entre X y Y".
    Proper,
    /// A lowercase name ("reunión bilateral", "taller sobre ..."): stops before "con", "en" +
    /// capital, "a", "ante".
    Common,
    /// A proper name that is a whole list item: the item is the name, so a place-like "en
    /// Centroamérica" or "con las organizaciones de ..." goes on.
    Item,
}

/// Qualifiers of a bilateral body whose counterparty is part of its name ("Comisión Mixta
/// Bilateral con la República de Costa Rica").
const BILATERAL: &[&str] = &["bilateral", "binacional", "mixta", "conjunta", "intergubernamental"];

/// Whether a name goes on through the "con" at `con_start` (`after` is the token after it):
/// a bilateral body's counterparty ("Comisión Mixta Bilateral con la República de Costa
/// Rica"), or a list item's own complement ("Mesa de Trabajo con las organizaciones de ...");
/// never "con el fin de", "con la participación de".
fn continues_after_con(
    text: &str,
    name_start: usize,
    con_start: usize,
    after: Option<Token<'_>>,
    style: NameStyle,
) -> bool {
    let Some(article) = after.filter(|a| ARTICLES.contains(&a.folded().as_str())) else { return false };
    let Some(noun) = next_token(text, article.end).filter(Token::is_word) else { return false };
    let noun_folded = noun.folded();
    if matches!(
        noun_folded.as_str(),
        "fin"
            | "objetivo"
            | "proposito"
            | "participacion"
            | "presencia"
            | "apoyo"
            | "asistencia"
            | "adopcion"
    ) {
        return false;
    }
    // The body's own name holds the qualifier; an instrument's counterparty ("Acuerdo
    // Bilateral con la República de X") stays out of its title.
    let body = text.get(name_start..con_start).is_some_and(|name| {
        words_of(name).any(|w| matches!(w, "Comisión" | "Comité" | "Grupo" | "Mecanismo" | "Consejo"))
    });
    let bilateral = noun.is_capitalised()
        && body
        && previous_word(text, con_start).is_some_and(|w| BILATERAL.contains(&w.folded().as_str()));
    bilateral || style == NameStyle::Item
}

/// Where the name that starts with a head ending at `head_end` ends: the end byte of its last
/// content word. `stops` are byte offsets where a name must stop (dates, other mentions).
pub(crate) fn name_end(
    text: &str,
    head_end: usize,
    limit: usize,
    style: NameStyle,
    stops: &[usize],
) -> usize {
    const MAX_TOKENS: usize = 45;
    let mut last_good = head_end;
    let mut pos = head_end;
    let mut in_entre = false;
    let mut entre_and_used = false;
    let mut in_enumeration = false;
    let mut in_topic = false;
    // Past "en materia de": "en materia de energía y minería" coordinates two subjects.
    let mut in_matter = false;
    let head_last = previous_word(text, head_end);
    let mut previous_function = head_last.is_some_and(|w| FUNCTION_WORDS.contains(&w.folded().as_str()));
    let mut previous_capitalised_content =
        !previous_function && head_last.is_some_and(|w| w.is_capitalised());
    for _ in 0..MAX_TOKENS {
        // "Recomendación N.° 512 sobre ...": a number sign and its number are part of a name.
        if let Some(number_end) = signed_number_end(text, pos).filter(|&e| e <= limit) {
            last_good = number_end;
            pos = number_end;
            previous_capitalised_content = true;
            previous_function = false;
            continue;
        }
        let Some(token) = next_token(text, pos) else { break };
        if token.end > limit
            || token.text == "\n"
            || stops.iter().any(|&s| s >= token.start && s < token.end.max(token.start + 1))
        {
            break;
        }
        let after = next_token(text, token.end);
        if !token.is_word() {
            match token.text {
                ":" => {
                    // A capitalised subtitle after a colon belongs to a name that is a list item
                    // ("Foro ...: Hacia el fortalecimiento ..."); in running text, to a proper
                    // name when it opens no list (`running_subtitle`).
                    let subtitle = after.is_some_and(|a| a.text != "\n" && a.is_capitalised())
                        && list_intro(text, line_start(text, token.start)).is_some();
                    if !subtitle && !running_subtitle(text, style, after) {
                        break;
                    }
                }
                "," => {
                    // An enumeration of single words goes on: "prevención, persecución, ...".
                    let Some(word) = after.filter(Token::is_word) else { break };
                    // In a capitalised name an item may be a few capitalised words: "Pesca
                    // Ilegal, No Declarada y No Reglamentada".
                    let mut item_end = word.end;
                    let mut item_words = 1;
                    if word.is_capitalised() && previous_capitalised_content && style != NameStyle::Common {
                        while let Some(more) = next_token(text, item_end)
                            .filter(|t| item_words < 3 && t.is_word() && t.is_capitalised())
                        {
                            item_end = more.end;
                            item_words += 1;
                        }
                    }
                    let following = next_token(text, item_end);
                    let enumerated =
                        following.is_some_and(|f| f.text == "," || f.text == "y" || f.text == "e");
                    // The parties of "entre México, EE.UU. y el Reino de España".
                    let party = in_entre && !entre_and_used && word.is_capitalised();
                    let stop = is_stop_word(&word.folded()) && item_words == 1;
                    // Right after a bare head the comma ends the name: "con la firma de este
                    // Acuerdo, España y Paraguay darán ...".
                    if !(enumerated || party) || last_good == head_end || stop {
                        break;
                    }
                    in_enumeration = true;
                }
                "\"" | "“" | "«" => {
                    // A quoted title on the same line belongs to the name.
                    let close = token.text.chars().next().map_or('"', closing_quote);
                    let rest = text.get(token.end..limit).unwrap_or("");
                    match rest.find(close) {
                        Some(offset)
                            if !rest.get(..offset).unwrap_or("\n").contains('\n') && offset < 300 =>
                        {
                            last_good = token.end + offset + close.len_utf8();
                            pos = last_good;
                            previous_capitalised_content = true;
                            previous_function = false;
                            continue;
                        }
                        _ => break,
                    }
                }
                "-" | "–" | "—" => {
                    // "Cumbre UE-CELAC" is one token; a spaced dash opens an aside.
                    break;
                }
                // A party's acronym between "entre" and "y" ("entre la Agencia Uruguaya de
                // Cooperación Internacional (AUCI) y la Agencia Española ... (AECID) sobre ..."):
                // stepped over; the name ends before it unless words follow.
                "(" if in_entre => {
                    let rest = text.get(token.end..limit).unwrap_or("");
                    let Some(close) = rest.find(')') else { break };
                    let inside = rest.get(..close).unwrap_or("");
                    let acronym = (1..=12).contains(&inside.chars().count())
                        && !inside.contains(char::is_whitespace)
                        && inside.chars().any(char::is_uppercase);
                    let continues = next_token(text, token.end + close + 1)
                        .is_some_and(|t| t.end <= limit && matches!(t.text, "y" | "e" | "sobre" | "para"));
                    if !acronym || !continues {
                        break;
                    }
                    pos = token.end + close + 1;
                    continue;
                }
                // A body's acronym inside a title that goes on with its subject: "informe de la
                // Comisión de Comercio del Mercosur (CCM) sobre medidas no arancelarias".
                "(" => {
                    let rest = text.get(token.end..limit).unwrap_or("");
                    let Some(close) = rest.find(')') else { break };
                    let inside = rest.get(..close).unwrap_or("");
                    let acronym = (2..=12).contains(&inside.chars().count())
                        && !inside.contains(char::is_whitespace)
                        && inside.chars().filter(|c| c.is_uppercase()).count() >= 2;
                    let topic = next_token(text, token.end + close + 1).is_some_and(|t| {
                        t.end <= limit && matches!(t.folded().as_str(), "sobre" | "relativo" | "relativa")
                    });
                    if !acronym || !topic || !previous_capitalised_content {
                        break;
                    }
                    pos = token.end + close + 1;
                    continue;
                }
                // The stop of an abbreviation ("EE.UU.") inside a name that goes on.
                "." if abbreviation_before(text, token.start)
                    && after.is_some_and(|a| a.text == "," || a.is_word() && !a.is_capitalised()) =>
                {
                    last_good = token.end;
                    pos = token.end;
                    previous_function = false;
                    previous_capitalised_content = true;
                    continue;
                }
                _ => break,
            }
            pos = token.end;
            previous_function = true;
            continue;
        }
        let word = token.folded();
        let w = word.as_str();
        // "Resolución 02-2026 relativa al Sistema Binacional ...": "relativo a" opens the
        // topic, as "sobre" does.
        if matches!(w, "relativo" | "relativa" | "relativos" | "relativas" | "referente" | "referentes")
            && style != NameStyle::Common
            && after.is_some_and(|a| matches!(a.folded().as_str(), "a" | "al"))
        {
            in_topic = true;
            pos = token.end;
            previous_function = true;
            continue;
        }
        // "sobre medidas no arancelarias": in a topic, "no" before an adjective is the topic's.
        if w == "no"
            && in_topic
            && !token.is_capitalised()
            && after.is_some_and(|a| {
                let next = a.folded();
                a.is_word()
                    && !a.is_capitalised()
                    && !looks_like_verb(a.text)
                    && [
                        "ales", "arias", "arios", "ables", "ibles", "ivas", "ivos", "adas", "ados", "idas",
                        "idos",
                    ]
                    .iter()
                    .any(|e| next.ends_with(e))
            })
        {
            pos = token.end;
            previous_function = true;
            continue;
        }
        // "Sistemas de Alerta Temprana ante Huracanes": "ante" + a capitalised word (no article:
        // "ante la Asamblea" is where something was presented) goes on in a proper name.
        // In a topic, an article may come between: "sobre Preparación ante la Temporada de
        // Huracanes".
        let ante_title = w == "ante"
            && style != NameStyle::Common
            && previous_capitalised_content
            && after.is_some_and(|a| {
                a.is_word() && a.is_capitalised() && !ARTICLES.contains(&a.folded().as_str())
                    || in_topic
                        && matches!(a.folded().as_str(), "la" | "el" | "las" | "los")
                        && next_token(text, a.end).is_some_and(|n| {
                            n.is_word()
                                && n.is_capitalised()
                                && !crate::organizations::is_org_head(&n.folded())
                        })
            });
        // "contra el crimen organizado": the collocation's participle is no clause.
        let collocation = matches!(w, "organizado" | "organizada")
            && previous_word(text, token.start).is_some_and(|p| {
                matches!(p.folded().as_str(), "crimen" | "delincuencia" | "criminalidad" | "delito")
            });
        // Capitalised words belong to a title ("Migrantes No Acompañados", "Secretaría").
        if !token.is_capitalised() && is_stop_word(w) && !ante_title
            || ROLES.contains(&w)
            // "celebrada en Cádiz" opens a clause; "contra el Crimen Organizado" is a title word.
            || !token.is_capitalised() && !collocation && CLAUSE_PARTICIPLES.iter().any(|p| w.starts_with(p))
            || looks_like_verb(token.text)
        {
            break;
        }
        let next_word = after.filter(Token::is_word);
        let next_folded = next_word.map(|t| t.folded()).unwrap_or_default();
        let next_capitalised = next_word.is_some_and(|t| t.is_capitalised());
        // A date clause: "el 3 de mayo", "los días 8 y 9", "mayo de 2021".
        if (matches!(w, "el" | "los")
            && (next_folded.starts_with(|c: char| c.is_ascii_digit()) || next_folded.starts_with("dia")))
            || MONTHS.contains(&w)
            || w.starts_with(|c: char| c.is_ascii_digit())
                && next_folded == "de"
                && next_token(text, after.map(|a| a.end).unwrap_or(token.end))
                    .is_some_and(|m| MONTHS.contains(&m.folded().as_str()))
        {
            break;
        }
        match w {
            "en" => {
                // "en Puebla", "en El Salvador": a place; "en Gestión Migratoria", "en Contextos
                // de Movilidad": title words go on.
                // "sobre Supresión de Visas en Pasaportes Ordinarios": in a topic, a plural noun
                // is a subject (places are seldom plural, and those few are named here).
                // So it is in the title of a course or a document, which seldom names a venue
                // ("Curso Internacional de Gestión de Recursos Hídricos en Zonas Áridas",
                // "Protocolo Andino de Asistencia Mutua en Emergencias"; not "4.ª Reunión del
                // Comité en Iquitos").
                let subject_title = last_good > head_end
                    && head_last.is_some_and(|h| {
                        matches!(
                            h.folded().as_str(),
                            "curso"
                                | "diplomado"
                                | "programa"
                                | "protocolo"
                                | "plan"
                                | "estrategia"
                                | "acuerdo"
                                | "convenio"
                                | "memorando"
                                | "memorandum"
                                | "politica"
                                | "agenda"
                                | "declaracion"
                                | "guia"
                        )
                    });
                let plural_subject = (in_topic || subject_title)
                    && next_folded.ends_with('s')
                    && !next_word.is_some_and(|t| crate::countries::is_country_name(t.text))
                    && !matches!(
                        next_folded.as_str(),
                        "buenos"
                            | "galapagos"
                            | "antillas"
                            | "estados"
                            | "paises"
                            | "emiratos"
                            | "islas"
                            | "naciones"
                            | "filipinas"
                            | "bahamas"
                            | "maldivas"
                            | "comoras"
                            | "seychelles"
                            | "andes"
                            | "azores"
                            | "canarias"
                            | "baleares"
                            | "malvinas"
                    );
                // "Diplomado en Gestión Migratoria", "Curso en Derecho Internacional": after a
                // course's head, "en" names its field.
                let course_field = last_good == head_end
                    && head_last.is_some_and(|h| {
                        matches!(
                            h.folded().as_str(),
                            "diplomado" | "curso" | "maestria" | "especializacion" | "posgrado" | "doctorado"
                        )
                    });
                // "Acuerdo de Cooperación en Hidrógeno Verde", "Programa de Formación en Gestión
                // Consular": after a noun of joint work, "en" names its field, of more than one
                // word ("Cooperación en Lima" is a venue).
                let field_of_work = next_capitalised
                    && !ARTICLES.contains(&next_folded.as_str())
                    && previous_word(text, token.start).is_some_and(|p| {
                        p.is_capitalised()
                            && matches!(
                                p.folded().as_str(),
                                "cooperacion" | "colaboracion" | "capacitacion" | "formacion" | "asistencia"
                            )
                    })
                    && next_word.is_some_and(|n| {
                        next_token(text, n.end).is_some_and(|t| {
                            let two_words = text.get(n.start..t.end).unwrap_or("");
                            text.get(n.end..t.start) == Some(" ")
                                && (t.is_capitalised()
                                    || matches!(t.folded().as_str(), "y" | "e" | "de" | "del"))
                                && !crate::countries::is_country_name(n.text)
                                && !crate::countries::is_country_name(two_words)
                        })
                    });
                let place = next_capitalised
                    && next_folded != "materia"
                    && !plural_subject
                    && !course_field
                    && !field_of_work
                    && (ARTICLES.contains(&next_folded.as_str())
                        || PLACE_PREFIXES.contains(&next_folded.as_str())
                        || !title_goes_on(text, next_word));
                let article = ARTICLES.contains(&next_folded.as_str());
                let after_article = after.and_then(|a| next_token(text, a.end));
                // "en la que", "en el marco de", "en la Cumbre ...": a clause or a venue.
                // "la aplicación del Pacto en los Estados miembros": parties named generically.
                let clause = article
                    && after_article.is_some_and(|t| {
                        let folded = t.folded();
                        matches!(folded.as_str(), "que" | "cual" | "cuales" | "marco" | "ciudad" | "sede")
                            || t.is_capitalised() && venue_head(&folded)
                            || ordinals::roman(t.text).is_some()
                            || matches!(folded.as_str(), "estados" | "paises")
                                && next_token(text, t.end).is_some_and(|n| {
                                    n.is_word()
                                        && !n.is_capitalised()
                                        && matches!(
                                            n.folded().as_str(),
                                            "miembros" | "partes" | "participantes"
                                        )
                                })
                    });
                // "en curso", "en vigor": an adverbial, not part of a name; "en su territorio".
                let bare_lowercase = matches!(
                    next_folded.as_str(),
                    "su" | "sus"
                        | "nuestro"
                        | "nuestra"
                        | "nuestros"
                        | "nuestras"
                        | "curso"
                        | "vigor"
                        | "marcha"
                        | "proceso"
                        | "particular"
                        | "especial"
                        | "general"
                        | "concreto"
                        | "cuanto"
                        | "tanto"
                        | "torno"
                        | "breve"
                        | "favor"
                        | "lugar"
                        | "nombre"
                        | "representacion"
                        // "en territorio chileno", "en formato virtual".
                        | "territorio"
                        | "formato"
                        | "modalidad"
                        | "forma"
                        | "calidad"
                        | "ocasion"
                        | "compania"
                        | "presencia"
                );
                // "sobre cooperación ... en el norte de Centroamérica", "... en la Región del
                // Darién": the topic's scope.
                let scope = in_topic
                    && (REGIONS.contains(&next_folded.as_str())
                        || article
                            && after_article.is_some_and(|t| {
                                matches!(
                                    t.folded().as_str(),
                                    "norte"
                                        | "sur"
                                        | "este"
                                        | "oeste"
                                        | "centro"
                                        // "... Flujos Migratorios en la Región del Darién".
                                        | "region"
                                        | "subregion"
                                        | "zona"
                                        | "frontera"
                                        | "franja"
                                        | "cuenca"
                                )
                            }));
                // "en un plazo de noventa días", "en una ceremonia": an adverbial.
                let indefinite = matches!(next_folded.as_str(), "un" | "una" | "unos" | "unas")
                    && after_article.is_some_and(|t| t.is_word() && !t.is_capitalised());
                if indefinite {
                    break;
                }
                if scope {
                    pos = token.end;
                    previous_function = true;
                    continue;
                }
                // "la aplicación del Pacto en los países de primera línea": after a bare head,
                // "en" + article + a lowercase word is where, not the name.
                let lowercase_place = article
                    && last_good == head_end
                    && !in_topic
                    && style != NameStyle::Common
                    && after_article.is_some_and(|t| t.is_word() && !t.is_capitalised());
                if lowercase_place {
                    break;
                }
                if place && style != NameStyle::Item
                    || clause
                    || bare_lowercase
                    || style == NameStyle::Common && next_folded != "materia"
                {
                    break;
                }
            }
            "y" | "e" | "o" => {
                // "Declaración y crear ...": a bare head does not coordinate; a common name
                // only inside an enumeration ("prevención, persecución, protección y asistencia").
                let entre_pair = in_entre && !entre_and_used;
                // "sesión del Consejo de Justicia y Asuntos de Interior": a proper name's own "y".
                let proper_pair = previous_capitalised_content
                    && next_capitalised
                    && !ARTICLES.contains(&next_folded.as_str());
                // "la Declaración Conjunta Presidencial y tres instrumentos de cooperación": after
                // a capitalised word, a lowercase content word opens another phrase.
                let lowercase_after_name = style != NameStyle::Common
                    && previous_capitalised_content
                    && next_word.is_some_and(|t| {
                        !t.is_capitalised()
                            && !FUNCTION_WORDS.contains(&next_folded.as_str())
                            && !next_folded.starts_with(|c: char| c.is_ascii_digit())
                    });
                // "Foro sobre Migración Laboral y Seminario de Diplomacia Digital", "Declaración
                // de Quito y Plan de Acción": a capitalised head after "y" names a second one.
                let second_head = next_capitalised && SECOND_HEADS.contains(&next_folded.as_str());
                // "en materia de energía y minería;": one lowercase subject after "y" that ends
                // the phrase belongs to the matter.
                let matter_pair = in_matter
                    && !previous_capitalised_content
                    && next_word.is_some_and(|t| {
                        !t.is_capitalised()
                            && !FUNCTION_WORDS.contains(&next_folded.as_str())
                            && !is_stop_word(&next_folded)
                            && !looks_like_verb(t.text)
                            && next_token(text, t.end)
                                .is_none_or(|n| matches!(n.text, "," | ";" | "." | ":" | "\n"))
                    });
                if last_good == head_end
                    || style == NameStyle::Common
                        && !in_enumeration
                        && !entre_pair
                        && !proper_pair
                        && !matter_pair
                    || infinitive(next_word)
                    || lowercase_after_name
                    || second_head
                {
                    break;
                }
                // "Protocolo de Kyoto y de la Convención ...": a second title; "de los
                // Presidentes de la República del Ecuador y de la República de Colombia": the
                // name's own second complement, when a capitalised word that heads nothing
                // follows the article.
                let second_title = matches!(next_folded.as_str(), "de" | "con" | "a" | "en" | "para" | "por")
                    && after.and_then(|a| next_token(text, a.end)).is_some_and(|t| {
                        matches!(t.folded().as_str(), "la" | "los" | "las" | "el" | "un" | "una")
                            && !(previous_capitalised_content
                                && style != NameStyle::Common
                                && next_folded == "de"
                                && next_token(text, t.end).is_some_and(|n| {
                                    let folded = n.folded();
                                    n.is_word()
                                        && n.is_capitalised()
                                        && !SECOND_HEADS.contains(&folded.as_str())
                                        && !crate::instruments::is_instrument_head(&folded)
                                        && !crate::organizations::is_org_head(&folded)
                                }))
                    });
                if second_title {
                    break;
                }
                if ARTICLES.contains(&next_folded.as_str()) {
                    // "... contra el Tráfico Ilícito de Migrantes y la Trata de Seres Humanos",
                    // "... para América Latina y el Caribe": in a capitalised name, an article
                    // before a capitalised word that heads no instrument, event or body goes on.
                    let article_end = after.map_or(token.end, |a| a.end);
                    // After a year ("Convenios de Ginebra de 1949 y el Derecho ...") the name
                    // is complete.
                    let after_year = previous_word(text, token.start)
                        .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()));
                    let title_goes_on = style != NameStyle::Common
                        && previous_capitalised_content
                        && !after_year
                        && next_token(text, article_end).is_some_and(|t| {
                            let folded = t.folded();
                            t.is_word()
                                && t.is_capitalised()
                                // "y la IV Cumbre ...": an ordinal opens another name.
                                && ordinals::roman(t.text).is_none()
                                && ordinals::word(&folded).is_none()
                                && !SECOND_HEADS.contains(&folded.as_str())
                                && !crate::organizations::is_org_head(&folded)
                        });
                    // "... sobre la gestión del asilo y la migración.": in a topic, one lowercase
                    // subject after "y" + article that ends the phrase is the topic's.
                    let topic_pair = in_topic
                        && !previous_capitalised_content
                        && next_token(text, article_end).is_some_and(|t| {
                            let folded = t.folded();
                            t.is_word()
                                && !t.is_capitalised()
                                && !FUNCTION_WORDS.contains(&folded.as_str())
                                && !is_stop_word(&folded)
                                && !looks_like_verb(t.text)
                                && next_token(text, t.end)
                                    .is_none_or(|n| matches!(n.text, "," | ";" | "." | ":" | "\n"))
                        });
                    if in_entre && !entre_and_used {
                        entre_and_used = true;
                    } else if !title_goes_on && !topic_pair {
                        break;
                    }
                }
                // "... Ilegal, No Declarada y No Reglamentada": in an enumeration of a
                // capitalised name, a capitalised "No" before a capitalised word is the item's.
                let capitalised_item = in_enumeration
                    && proper_pair
                    && next_word.is_some_and(|t| {
                        next_token(text, t.end).is_some_and(|n| n.is_word() && n.is_capitalised())
                    });
                if next_word.is_some_and(|t| {
                    is_stop_word(&t.folded()) && !capitalised_item || looks_like_verb(t.text)
                }) {
                    break;
                }
            }
            "entre" => {
                // "... sobre Buques Pesqueros entre los Estados miembros", "entre ambos países":
                // unnamed parties are no part of a title (named ones are: "entre el Gobierno de
                // Chile y ...", "entre los Estados Unidos y ...").
                let mut words =
                    std::iter::successors(after, |t| next_token(text, t.end)).filter(|t| t.is_word());
                let determiner = words.next().is_some_and(|t| {
                    matches!(t.folded().as_str(), "los" | "las" | "ambos" | "ambas" | "sus")
                });
                let noun = words.next();
                let generic = noun.is_some_and(|t| {
                    matches!(
                        t.folded().as_str(),
                        "estados" | "paises" | "partes" | "gobiernos" | "miembros" | "naciones"
                    )
                });
                let named = words.next().is_some_and(|t| t.is_capitalised());
                if determiner && generic && !named {
                    break;
                }
                in_entre = true;
            }
            "sobre" => in_topic = true,
            // "la Declaración Presidencial de Asunción al cierre de la Décima Cumbre": when the
            // act took place, not the name's.
            "al" if matches!(
                next_folded.as_str(),
                "cierre" | "termino" | "final" | "inicio" | "margen" | "concluir" | "clausurar"
            ) =>
            {
                break;
            }
            "materia" | "materias" => in_matter = true,
            "por" => {
                // "Pacto por la Migración" goes on; "por consenso", "por la procuradora", "por
                // casi mil" do not.
                let named_after = next_capitalised
                    || ARTICLES.contains(&next_folded.as_str())
                        && after.and_then(|a| next_token(text, a.end)).is_some_and(|t| t.is_capitalised());
                // "... 2023-2030 por la Reunión de Ministras y Ministros": an agent, a meeting or
                // a body, not the name's own words.
                let agent = ARTICLES.contains(&next_folded.as_str())
                    && after.and_then(|a| next_token(text, a.end)).is_some_and(|t| {
                        let folded = t.folded();
                        t.is_capitalised()
                            && (SECOND_HEADS.contains(&folded.as_str())
                                || crate::organizations::is_org_head(&folded))
                    });
                if style == NameStyle::Common || !named_after || agent {
                    break;
                }
            }
            "para" | "a" | "al" => {
                let purpose = w == "a" && next_folded == "fin";
                // "Curso de Actualización Consular para funcionarios del servicio exterior": a
                // lowercase complement after a capitalised name is its audience, not its name.
                let lowercase_audience = w == "para"
                    && style != NameStyle::Common
                    && previous_capitalised_content
                    && next_word
                        .is_some_and(|t| !t.is_capitalised() && !ARTICLES.contains(&next_folded.as_str()));
                if infinitive(next_word)
                    || purpose
                    || lowercase_audience
                    || style == NameStyle::Common && w != "para"
                {
                    break;
                }
                // "para la Facilitación del Tránsito ..." opens a topic, like "sobre" ("... en la
                // Región Trifinio").
                in_topic |= w == "para";
            }
            "con"
                if !continues_after_con(text, head_end, token.start, after, style)
                    && (style == NameStyle::Common
                    || next_word.is_some_and(|t| !t.is_capitalised())
                        && !ARTICLES.contains(&next_folded.as_str())
                    // "con la adopción de", "con la República de Colombia": a clause or the
                    // counterparty, not the name.
                    || ARTICLES.contains(&next_folded.as_str())
                        && after.and_then(|a| next_token(text, a.end)).is_some_and(|t| {
                            !t.is_capitalised()
                                || matches!(
                                    t.folded().as_str(),
                                    "republica" | "reino" | "gobierno" | "estado" | "estados" | "secretaria"
                                )
                        })
                    || matches!(next_folded.as_str(), "el" | "la")
                        && after.and_then(|a| next_token(text, a.end)).is_some_and(|t| {
                            matches!(
                                t.folded().as_str(),
                                "fin" | "objetivo" | "proposito" | "participacion" | "presencia"
                            )
                        })
                    // "... de la AEC con un Plan de Acción": an indefinite phrase is a new one.
                    || matches!(next_folded.as_str(), "un" | "una" | "unos" | "unas")) =>
            {
                break;
            }
            _ => {}
        }
        let is_function = FUNCTION_WORDS.contains(&w) || ante_title;
        // An article right after a content word starts a new phrase: "Protocolo de Kyoto las
        // negociaciones".
        let entre_article = in_entre && entre_and_used;
        if ARTICLES.contains(&w) && !previous_function && !next_capitalised && !entre_article {
            break;
        }
        if !is_function {
            // In a proper name, a lowercase content word needs a preposition or another
            // lowercase word before it: "Cumbre de las Américas tiene" stops at "tiene".
            let lowercase_content = !token.is_capitalised() && !w.starts_with(|c: char| c.is_ascii_digit());
            if lowercase_content && previous_capitalised_content && !previous_function {
                break;
            }
            previous_capitalised_content = !lowercase_content;
            // A name does not end on an adverb ("jurídicamente").
            if !(lowercase_content && w.ends_with("mente")) {
                last_good = token.end;
            }
        }
        previous_function = is_function;
        pos = token.end;
    }
    last_good
}

/// The end of " N.° 512" / " Nº 20.000" / " No. 12" / " núm. 285-04" at `pos` (the space
/// before the sign): the number sign, then digits with their inner ".", "-" or "/".
pub(crate) fn signed_number_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.strip_prefix(' ')?;
    let number = ordinals::NUMBER_SIGNS
        .iter()
        .find_map(|sign| rest.strip_prefix(sign).and_then(|r| r.strip_prefix(' ')))?;
    let sign_len = rest.len() - number.len();
    let len = number
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '/'))
        .unwrap_or(number.len());
    let len = number.get(..len)?.trim_end_matches(['.', '-', '/']).len();
    (len > 0 && number.starts_with(|c: char| c.is_ascii_digit())).then(|| pos + 1 + sign_len + len)
}

/// The start of the line holding `pos`.
pub(crate) fn line_start(text: &str, pos: usize) -> usize {
    text.get(..pos).and_then(|h| h.rfind('\n')).map(|i| i + 1).unwrap_or(0)
}

/// When the line starting at `line_start` is an item of a list announced by a line ending in a
/// colon: the byte offset of that colon. Items are the lines of one block (at most one blank
/// line between the announcement and the block).
/// The longest list item, in characters, still read as an item when items are separate
/// paragraphs.
const MAX_SPACED_ITEM_CHARS: usize = 320;
/// At most this many paragraph-separated items are walked back over.
const MAX_SPACED_ITEMS: usize = 12;

pub(crate) fn list_intro(text: &str, line_start: usize) -> Option<usize> {
    let mut cur = line_start;
    let mut blanks = 0;
    let mut spaced_items = 0;
    for _ in 0..60 {
        let before = text.get(..cur.checked_sub(1)?)?;
        let prev_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line = before.get(prev_start..)?.trim_end();
        if line.trim().is_empty() {
            blanks += 1;
            if blanks > 1 {
                return None;
            }
        } else if line.ends_with(':') {
            return Some(prev_start + line.len() - 1);
        } else if blanks > 0 {
            // Items set apart by spacing come out of PDFs as one-line paragraphs: keep walking
            // back through short ones (a list of them), but not through running text.
            let own_paragraph = prev_start == 0
                || before.get(..prev_start.saturating_sub(1)).is_some_and(|b| b.ends_with('\n'));
            spaced_items += 1;
            if !own_paragraph
                || line.chars().count() > MAX_SPACED_ITEM_CHARS
                || spaced_items > MAX_SPACED_ITEMS
            {
                return None;
            }
            blanks = 0;
        }
        if prev_start == 0 {
            return None;
        }
        cur = prev_start;
    }
    None
}

/// One mention before merging.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// The object of a ceremony's name: the sentence's dates are the ceremony's.
    nested: bool,
    /// The name when it is not the span's text ("visita de trabajo [del viceministro ...] a la
    /// República de Colombia").
    name: Option<String>,
    /// A visit's destination, folded ("a seul"): two visits to different places are two.
    destination: Option<String>,
    head_word: String,
    key: String,
    /// The key without organisation labels (a short form the organisation extractor missed).
    plain_key: String,
    event_type: EventType,
    ordinal: Option<u32>,
    /// Named in the headline, where a short form of the body's full name is usual.
    headline: bool,
    rule: &'static str,
}

/// Words that make a bare head a reference to an earlier event ("esta reunión").
const DEMONSTRATIVES: &[&str] = &[
    "esta",
    "este",
    "estas",
    "estos",
    "dicha",
    "dicho",
    "citada",
    "citado",
    "mencionada",
    "mencionado",
    "referida",
    "referido",
];

/// Events of `doc`, one per event, in order of first mention, with byte spans.
/// `dates` and `organizations` carry byte spans too.
pub fn find(doc: &Doc<'_>, dates: &[DateMention], organizations: &[Organization]) -> Vec<Event> {
    let text = doc.text;
    let heads = &*HEADS;
    let date_starts: Vec<usize> = dates.iter().map(|d| d.span.start).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut references: Vec<(usize, usize, String)> = Vec::new();
    let mut follow_ups: Vec<(usize, usize, String)> = Vec::new();
    // Organisation mentions by start, for the "head inside a body's name" test.
    let mut org_spans: Vec<(usize, usize)> = organizations
        .iter()
        .flat_map(|o| std::iter::once(&o.span).chain(o.mentions.iter()))
        .map(|span| (span.start, span.end))
        .collect();
    org_spans.sort_unstable();
    for (pattern, head_start, head_end) in hyphenated_heads(text, word_matches(doc, &heads.matcher)) {
        let Some(&(event_type, class)) = heads.rows.get(pattern) else { continue };
        // A head inside the name of the previous event belongs to that name ("Reunión del
        // Foro de Ministros" is one meeting).
        // ... except the object of an opening or closing ceremony ("ceremonia de clausura del
        // Curso de ..."): the course is an event of its own (rule `event.ceremony_object`).
        let inside_previous = candidates.last().is_some_and(|c| head_start < c.end);
        let nested = inside_previous && ceremony_object(text, head_start);
        if class == Class::Not || inside_previous && !nested {
            continue;
        }
        let head_text = doc.slice(head_start, head_end);
        if class == Class::Reference {
            // "su visita a San José", "una breve visita a España": the first visit of the text,
            // its destination named, is an event (rule `event.visit_destination`).
            if let Some(candidate) = destination_visit(text, head_start, head_end, &candidates) {
                candidates.push(candidate);
                continue;
            }
            // Never an event: only a later mention ("La visita se desarrolló ...").
            let head_word = head_text.chars().map(fold_char).collect();
            note_reference(text, head_start, head_end, head_word, &mut references, &mut follow_ups);
            continue;
        }
        let head_word: String =
            head_text.split_whitespace().next().unwrap_or("").chars().map(fold_char).collect();
        let ordinal = ordinals::before(text, head_start)
            .filter(|o| !text.get(o.start..head_start).unwrap_or("\n").contains('\n'));
        let inside_org = org_spans
            .get(..org_spans.partition_point(|&(start, _)| start <= head_start))
            .unwrap_or(&[])
            .iter()
            .any(|&(_, end)| head_end <= end);
        if inside_org && ordinal.is_none() {
            continue;
        }
        let sentence_initial = starts_sentence(text, head_start);
        let first_word = Token { start: head_start, end: head_end, text: head_text };
        let capitalised =
            first_word.is_capitalised() && (!sentence_initial || capitalised_soon(text, head_end));
        let style = if capitalised || ordinal.is_some() { NameStyle::Proper } else { NameStyle::Common };
        // Cheap rejections before the name is measured: most heads are generic ("la
        // reunión") and only a demonstrative reference can come of them.
        // "mantuvo una reunión con ...", "participó en un foro con ...": a new, specific event
        // the sentence reports as held or attended.
        let held = ordinal.is_none()
            && !capitalised
            && matches!(class, Class::Proper | Class::Complement)
            && !head_text.contains(' ')
            && held_object(text, head_start);
        // "la Conferencia 2022 del ...": a body's yearly edition.
        let year_edition = ordinal.is_none()
            && capitalised
            && class == Class::Ordinal
            && next_token(text, head_end).is_some_and(|t| {
                t.text.len() == 4
                    && t.text.parse::<u32>().is_ok_and(|year| (1900..2100).contains(&year))
                    && next_token(text, t.end).is_some_and(|n| matches!(n.text, "de" | "del"))
            });
        // "la Conferencia Sectorial de Inmigración, celebrada el pasado 3 de marzo": a body's
        // name that the text says was held names its sitting.
        let held_name = ordinal.is_none()
            && capitalised
            && class == Class::Ordinal
            && !year_edition
            && held_clause_after(text, head_end);
        let hopeless = ordinal.is_none()
            && match class {
                Class::Ordinal => !year_edition && !held_name,
                Class::Reference | Class::Not => true,
                Class::Proper => {
                    !capitalised && !of_a_name(text, head_end) && !held && !quoted_title_after(text, head_end)
                }
                Class::Compound | Class::Complement => false,
            };
        if hopeless {
            note_reference(text, head_start, head_end, head_word, &mut references, &mut follow_ups);
            continue;
        }
        // "en su próxima reunión ordinaria": an unnamed future or possessed meeting. A visit is
        // its visitor's ("dio cuenta de su visita de trabajo a Puerto Príncipe"): it is one.
        let determiner = previous_word(text, head_start).map(|t| t.folded()).unwrap_or_default();
        let possessed = matches!(determiner.as_str(), "su" | "sus") && event_type != EventType::Visit;
        if ordinal.is_none()
            && !capitalised
            && (possessed
                || matches!(
                    determiner.as_str(),
                    "proxima" | "proximo" | "cada" | "futura" | "futuro" | "nueva"
                ))
        {
            continue;
        }
        // "esta reunión de cancilleres" after "la reunión ministerial": a later mention of the
        // one earlier event with that head, however qualified.
        if ordinal.is_none()
            && !capitalised
            && DEMONSTRATIVES.contains(&determiner.as_str())
            && candidates.iter().any(|c| c.head_word == head_word)
        {
            references.push((head_start, head_end, head_word));
            continue;
        }
        // The cheap test first: a list item's head opens its line.
        let head_line = line_start(text, head_start);
        let list_item =
            text.get(head_line..head_start).is_some_and(|lead| lead.split_whitespace().nth(3).is_none())
                && list_intro(text, head_line).is_some();
        let style = if list_item && style == NameStyle::Proper { NameStyle::Item } else { style };
        let (_, sentence_end) = sentence_bounds(text, head_start);
        let mut end = name_end(text, head_end, sentence_end, style, &date_starts);
        // A held event's counterparts are its only qualifier: "foro con organizaciones
        // empresariales".
        let counterparts = if held && end == head_end {
            next_token(text, head_end)
                .filter(|t| t.text == "con")
                .and_then(|con| Some(counterpart_end(text, con.end, sentence_end)).filter(|&e| e > con.end))
        } else {
            None
        };
        if let Some(counterpart) = counterparts {
            end = counterpart;
        }
        let has_more = end > head_end;
        let next_folded = next_token(text, head_end).map(|t| t.folded()).unwrap_or_default();
        let rule = if ordinal.is_some() && !matches!(class, Class::Not | Class::Reference) {
            Some("event.ordinal")
        } else {
            match class {
                Class::Compound => Some("event.compound_head"),
                Class::Proper if capitalised && has_more => Some("event.proper_name"),
                // "la cumbre del G8", "la reunión de la Celac": a lowercase head whose
                // complement is a name.
                Class::Proper if has_more && of_a_name(text, head_end) => Some("event.head_of_name"),
                // 'el curso "Gestión de fronteras"', 'el curso virtual "Registros ..."': a
                // lowercase head with a quoted title names an event, as a complement head does.
                Class::Proper if has_more && quoted_title_after(text, head_end) => {
                    Some("event.head_complement")
                }
                _ if counterparts.is_some() => Some("event.held_object"),
                Class::Ordinal if year_edition && has_more => Some("event.year_edition"),
                Class::Ordinal if held_name && has_more => Some("event.held_name"),
                Class::Complement
                    if has_more
                        && (capitalised
                            || head_text.contains(' ')
                            || matches!(
                                next_folded.as_str(),
                                "sobre"
                                    | "de"
                                    | "del"
                                    | "en"
                                    | "para"
                                    | "acerca"
                                    | "internacional"
                                    | "regional"
                                    | "nacional"
                                    | "virtual"
                                    | "tecnico"
                                    | "tecnica"
                                    | "binacional"
                                    | "subregional"
                                    | "practico"
                                    | "informativo"
                                    | "informativa"
                                    | "presencial"
                                    | "intensivo"
                                    // A quoted title: 'el webinar "Vacunas seguras ..."'.
                                    | "\""
                                    | "«"
                                    | "“"
                            )) =>
                {
                    Some("event.head_complement")
                }
                _ => None,
            }
        };
        let Some(mut rule) = rule else {
            note_reference(text, head_start, head_end, head_word, &mut references, &mut follow_ups);
            continue;
        };
        if list_item {
            rule = "event.list_item";
        }
        // "la primera reunión", "su segunda cumbre", "la decimotercera reunión entre ambos": a
        // lowercase ordinal word and a bare lowercase head number an edition without naming an
        // event (a past one recalled, a future one unnamed).
        let unnamed_edition = ordinal
            .is_some_and(|o| text.get(o.start..).is_some_and(|t| t.starts_with(char::is_lowercase)))
            && !head_text.starts_with(char::is_uppercase)
            && end == head_end
            && event_type != EventType::Visit
            && !list_item;
        // "una serie de talleres de capacitación", "la realización de talleres de guión": a
        // lowercase plural head names several unnamed events, not one.
        let unnamed_plural = ordinal.is_none()
            && !list_item
            && !head_text.starts_with(char::is_uppercase)
            && head_text.split_whitespace().next().is_some_and(|w| w.ends_with('s'))
            && event_type != EventType::Visit;
        if unnamed_edition || unnamed_plural {
            note_reference(text, head_start, head_end, head_word, &mut references, &mut follow_ups);
            continue;
        }
        let start = ordinal.map(|o| o.start).unwrap_or(head_start);
        let ordinal = ordinal
            .map(|o| o.value)
            .or_else(|| edition_before(text, head_start))
            .or_else(|| numbered_after(text, head_end, end))
            .or_else(|| {
                let window_end = (sentence_end).min(end + 60);
                text.get(end..window_end).and_then(ordinals::edition)
            });
        let key_end = end;
        // A visit's destination completes its name, even past an interleaved agent or duration.
        let destination =
            if event_type == EventType::Visit { visit_destination(text, end, sentence_end) } else { None };
        let destination_key = destination.and_then(|(to_start, to_end)| {
            Some(text.get(to_start..to_end)?.chars().map(fold_char).collect::<String>())
        });
        let (end, name) = match destination {
            Some((to_start, to_end)) => {
                // A visitor right before the destination stays in the name ("visita oficial de
                // la Canciller panameña a la República Dominicana"); a longer agent (with the
                // visitor's own name between commas) is left out.
                let agent = text.get(end..to_start).is_some_and(|gap| !gap.trim().is_empty())
                    && visitor_end(text, end, sentence_end)
                        .is_none_or(|v| next_token(text, v).is_none_or(|t| t.start != to_start));
                let name = if agent {
                    text.get(start..end)
                        .zip(text.get(to_start..to_end))
                        .map(|(head, to)| format!("{head} {to}"))
                } else {
                    None
                };
                (to_end, name)
            }
            None => (end, None),
        };
        // Rule `event.visitor`: the visitor named after a visit stays in its name ("visita
        // oficial al Paraguay del ministro de Relaciones Exteriores de la República Oriental del
        // Uruguay, Martín ...", "visita de trabajo de la ministra uruguaya de Ambiente").
        let (end, name) = match (event_type, name) {
            (EventType::Visit, None) => (visitor_end(text, end, sentence_end).unwrap_or(end), None),
            (_, name) => (end, name),
        };
        if nested {
            rule = "event.ceremony_object";
        }
        candidates.push(Candidate {
            start,
            end,
            nested,
            name,
            destination: destination_key,
            head_word,
            key: name_key(text, head_start, key_end, organizations),
            plain_key: name_key(text, head_start, key_end, &[]),
            event_type,
            ordinal,
            headline: headline_end(text, start).is_some(),
            rule,
        });
    }
    for (start, end) in held_names(text, &date_starts) {
        if candidates.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let first = next_token(text, start).map(|t| t.folded()).unwrap_or_default();
        let event_type = heads
            .matcher
            .automaton
            .find(first.as_str())
            .filter(|m| m.start() == 0 && m.end() == first.len())
            .and_then(|m| heads.rows.get(m.pattern().as_usize()))
            .map_or(EventType::Other, |&(event_type, _)| event_type);
        let at = candidates.partition_point(|c| c.start < start);
        candidates.insert(
            at,
            Candidate {
                start,
                end,
                nested: false,
                name: None,
                destination: None,
                head_word: first,
                key: name_key(text, start, end, organizations),
                plain_key: name_key(text, start, end, &[]),
                event_type,
                ordinal: None,
                headline: headline_end(text, start).is_some(),
                rule: "event.held_name",
            },
        );
    }
    // A bare "visita a X" is a short mention when the text names a visit otherwise ("visita de
    // Biden a México" in the headline, "una gira de trabajo que lo llevará a México" in the body).
    if candidates.iter().any(|c| c.event_type == EventType::Visit && c.rule != "event.visit_destination") {
        candidates.retain(|c| c.rule != "event.visit_destination");
    }
    merge(doc, candidates, references, follow_ups, dates, organizations)
}

/// What follows a name that says it is an event to be held: a participle agreeing with the
/// name's article and a date ("la Plataforma ..., prevista para mayo de 2025"), or a future
/// "que se celebrará / realizará / llevará a cabo".
const HELD_CLAUSES: &[(&str, Option<bool>, bool)] = &[
    // (clause, feminine: Some(agreement) or None for any, needs a date right after)
    (", prevista para ", Some(true), true),
    (", previsto para ", Some(false), true),
    (", que se celebrará", None, false),
    (", que se realizará", None, false),
    (", que se llevará a cabo", None, false),
];

/// Rule `event.held_name`: a capitalised name with no event head, introduced as a venue ("en
/// la" / "a la" / "al" + name) and followed by a clause saying it will be held ("presentará el
/// Plan en la Plataforma Global para la Reducción del Riesgo de Desastres, prevista para mayo de
/// 2025 en Ginebra"). The article agrees with the participle, so the clause is the name's (not
/// "la firma del Tratado ..., prevista para marzo"). Returns (start, end) byte ranges.
fn held_names(text: &str, date_starts: &[usize]) -> Vec<(usize, usize)> {
    // Every clause opens with a comma: one pass over the commas finds them all, each clause's
    // names kept together in the table's order.
    let mut found_by_clause: [Vec<(usize, usize)>; HELD_CLAUSES.len()] = Default::default();
    for (comma, _) in text.match_indices(',') {
        let rest = text.get(comma..).unwrap_or("");
        for (&(clause, feminine, dated), found) in HELD_CLAUSES.iter().zip(found_by_clause.iter_mut()) {
            if !rest.starts_with(clause) {
                continue;
            }
            let after = comma + clause.len();
            if dated && !date_starts.iter().any(|&d| (after..after + 4).contains(&d)) {
                continue;
            }
            let Some(last) = previous_word(text, comma).filter(Token::is_capitalised) else { continue };
            // Back over the name's words to its article.
            let mut first = last;
            let mut cursor = last.start;
            let mut article = None;
            for _ in 0..20 {
                let Some(word) = previous_word(text, cursor) else { break };
                if word.is_capitalised() {
                    first = word;
                } else if !matches!(
                    word.text,
                    "de" | "del" | "la" | "las" | "los" | "el" | "para" | "y" | "sobre"
                ) {
                    article = Some(word);
                    break;
                }
                cursor = word.start;
            }
            // The words between the stop and the name: exactly one article.
            let Some(stop) = article else { continue };
            let between: Vec<&str> =
                text.get(stop.end..first.start).unwrap_or("").split_whitespace().collect();
            let agrees = |word: &str| match feminine {
                Some(true) => word == "la",
                Some(false) => word == "el",
                None => matches!(word, "la" | "el"),
            };
            let venue = match (stop.text, between.as_slice()) {
                ("en" | "a", [the]) => agrees(the),
                ("al", []) => feminine != Some(true),
                _ => false,
            };
            if venue && last.end > first.end {
                found.push((first.start, last.end));
            }
        }
    }
    found_by_clause.concat()
}

/// Stems (folded) of the verbs that hold or attend an event: "celebró", "mantuvo",
/// "sostendrá", "organizó", "participó en", "asistió a", "llevó a cabo".
const HOLDING_STEMS: &[&str] = &[
    "celebr", "realiz", "organiz", "mantuv", "manten", "mantien", "sostuv", "sosten", "sostien", "tuv",
    "tendr", "convoc", "encabez", "presid", "efectu", "inaugur", "clausur", "cabo", "inici", "conclu",
    "termin", "finaliz", "inclu",
];

/// Stems of the verbs whose event is the object of "en" / "a": "participó en", "asistió a".
const ATTENDING_STEMS: &[&str] = &["particip", "asist", "acud", "interv"];

/// Rule `event.held_object`: whether the lowercase head at `head_start` is the indefinite
/// object of a verb that holds or attends it ("mantuvo una reunión", "participó en un foro"):
/// a new event, not a generic mention.
fn held_object(text: &str, head_start: usize) -> bool {
    let Some(article) = previous_word(text, head_start) else { return false };
    if !matches!(article.text, "un" | "una") {
        return false;
    }
    let Some(mut before) = previous_word(text, article.start) else { return false };
    // "durante un encuentro con ...", "acordó en una reunión con ...", "En una reunión con
    // ...": the event something happened at (not "pensar en una reunión").
    if matches!(before.text, "durante" | "tras" | "Durante" | "Tras" | "En") {
        return true;
    }
    if before.text == "en" {
        return previous_word(text, before.start).is_some_and(|verb| {
            let word = verb.folded();
            looks_like_verb(verb.text)
                || !verb.is_capitalised() && (word.ends_with("ado") || word.ends_with("ido"))
                || ATTENDING_STEMS.iter().any(|stem| word.starts_with(stem))
                    && !word.ends_with("ante")
                    && !word.ends_with("antes")
        });
    }
    // "ha mantenido en Madrid una reunión": a place between the verb and its object.
    if before.is_capitalised() {
        let mut cursor = before.start;
        let mut place = false;
        for _ in 0..4 {
            let Some(word) = previous_word(text, cursor) else { return false };
            cursor = word.start;
            if word.text == "en" {
                place = true;
                break;
            }
            if !word.is_capitalised() && !matches!(word.text, "de" | "del") {
                return false;
            }
        }
        let Some(verb) = previous_word(text, cursor).filter(|_| place) else { return false };
        before = verb;
    }
    let (verb, stems) = match before.text {
        "a" => (previous_word(text, before.start), ATTENDING_STEMS),
        _ => (Some(before), HOLDING_STEMS),
    };
    verb.is_some_and(|verb| {
        let word = verb.folded();
        // A verb, not its noun ("la celebración de una reunión") or agent ("participantes").
        !verb.is_capitalised()
            && !["cion", "ciones", "miento", "ante", "antes", "ente", "entes"]
                .iter()
                .any(|e| word.ends_with(e))
            && stems.iter().any(|stem| word.starts_with(stem))
    })
}

/// Where the counterparts after a held event's "con" end (`from` is the end of "con"): an
/// optional article, then lowercase content words, capitalised names, roles and "de" phrases
/// ("con su homólogo marroquí", "con el presidente Enrique Peña Nieto", "con organizaciones
/// empresariales"); they stop at punctuation, a clause, a verb or "para" / "en". Returns
/// `from` when nothing counts.
fn counterpart_end(text: &str, from: usize, limit: usize) -> usize {
    const MAX_TOKENS: usize = 10;
    let mut last_good = from;
    let mut pos = from;
    let mut after_de = false;
    for index in 0..MAX_TOKENS {
        let Some(token) = next_token(text, pos) else { break };
        if token.end > limit || !token.is_word() {
            break;
        }
        let word = token.folded();
        let w = word.as_str();
        let opening = index == 0 && matches!(w, "el" | "la" | "los" | "las" | "su" | "sus");
        let of = matches!(w, "de" | "del") || after_de && matches!(w, "la" | "los" | "las" | "el");
        after_de = w == "de";
        let content = token.is_capitalised()
            || ROLES.contains(&w)
            || !FUNCTION_WORDS.contains(&w)
                && !is_stop_word(w)
                && !looks_like_verb(token.text)
                && !CLAUSE_PARTICIPLES.iter().any(|p| w.starts_with(p))
                && !MONTHS.contains(&w)
                && !w.starts_with(|c: char| c.is_ascii_digit());
        if !(opening || of || content) {
            break;
        }
        if content {
            last_good = token.end;
        }
        pos = token.end;
    }
    last_good
}

/// Whether the head at `head_start` is the object of an opening or closing ceremony: "clausura
/// del", "inauguración de la", "apertura del" right before it.
fn ceremony_object(text: &str, head_start: usize) -> bool {
    let head_start = ordinals::before(text, head_start).map_or(head_start, |o| o.start);
    let mut cursor = head_start;
    for _ in 0..3 {
        let Some(word) = previous_word(text, cursor) else { return false };
        match word.folded().as_str() {
            "del" | "de" | "la" | "el" => cursor = word.start,
            "clausura" | "inauguracion" | "apertura" => return cursor != head_start,
            _ => return false,
        }
    }
    false
}

/// Records a head that names no event itself: after a demonstrative ("esta cumbre") it is a
/// mention of an earlier event; as a sentence-initial definite subject ("El seminario se celebró
/// los días 6 y 7") it may say when an earlier event took place (a follow-up, used for dates).
fn note_reference(
    text: &str,
    head_start: usize,
    head_end: usize,
    head_word: String,
    references: &mut Vec<(usize, usize, String)>,
    follow_ups: &mut Vec<(usize, usize, String)>,
) {
    let Some(before) = previous_word(text, head_start) else { return };
    let before_folded = before.folded();
    if DEMONSTRATIVES.contains(&before_folded.as_str()) {
        references.push((head_start, head_end, head_word));
    } else if matches!(before_folded.as_str(), "el" | "la" | "los" | "las")
        && starts_sentence(text, before.start)
    {
        follow_ups.push((head_start, head_end, head_word));
    } else if matches!(before_folded.as_str(), "el" | "la" | "del" | "al")
        && bare_capitalised(text, head_start, head_end)
        && !other_edition_before(text, before.start)
    {
        // "en el marco del Gabinete", "al término de la Cumbre": a capitalised bare head is
        // the one earlier event with that head (resolved in `merge`).
        references.push((head_start, head_end, head_word));
    }
}

/// Whether the two words before `pos` point to another edition than the one named ("la segunda
/// edición del Foro", "la próxima edición de la Cumbre").
fn other_edition_before(text: &str, pos: usize) -> bool {
    let mut cursor = pos;
    for _ in 0..2 {
        let Some(word) = previous_word(text, cursor) else { return false };
        let folded = word.folded();
        if folded == "edicion"
            || OTHER_EDITION.contains(&folded.as_str())
            || ordinals::word(&folded).is_some()
        {
            return true;
        }
        cursor = word.start;
    }
    false
}

/// Whether the head at `head_start..head_end` is capitalised mid-sentence and names nothing
/// after it: no capitalised word, nor "de"/"del"/"sobre" and one, follows.
fn bare_capitalised(text: &str, head_start: usize, head_end: usize) -> bool {
    let head = Token { start: head_start, end: head_end, text: text.get(head_start..head_end).unwrap_or("") };
    if !head.is_capitalised() || starts_sentence(text, head_start) {
        return false;
    }
    let Some(next) = next_token(text, head_end) else { return true };
    if next.is_word() && next.is_capitalised() {
        return false;
    }
    !(matches!(next.folded().as_str(), "de" | "del" | "sobre")
        && next_token(text, next.end)
            .is_some_and(|t| t.is_capitalised() || matches!(t.text, "la" | "las" | "los")))
}

/// Rule `event.visit_destination`: a bare "visita" with its destination ("su visita a San
/// José", "una breve visita a España", "la visita del canciller a Quito") when no visit is named
/// before it (else it is a later mention of that one), no word makes it a future or habitual
/// one ("su próxima visita a ...") and the text names no visit otherwise (checked in [`find`]).
fn destination_visit(
    text: &str,
    head_start: usize,
    head_end: usize,
    candidates: &[Candidate],
) -> Option<Candidate> {
    let head_text = text.get(head_start..head_end)?;
    if head_text.contains(' ') || candidates.iter().any(|c| c.event_type == EventType::Visit) {
        return None;
    }
    let ordinal = ordinals::before(text, head_start);
    let before = previous_word(text, ordinal.map_or(head_start, |o| o.start))?.folded();
    if matches!(
        before.as_str(),
        "proxima" | "proximo" | "futura" | "cada" | "nueva" | "otra" | "eventual" | "posible" | "sin"
    ) {
        return None;
    }
    let (_, sentence_end) = sentence_bounds(text, head_start);
    let (to_start, to_end) = visit_destination(text, head_end, sentence_end)?;
    let start = ordinal.map_or(head_start, |o| o.start);
    let agent = text.get(head_end..to_start).is_some_and(|gap| !gap.trim().is_empty());
    let name = if agent {
        text.get(start..head_end).zip(text.get(to_start..to_end)).map(|(head, to)| format!("{head} {to}"))
    } else {
        None
    };
    Some(Candidate {
        start,
        end: to_end,
        nested: false,
        name,
        destination: text.get(to_start..to_end).map(|to| to.chars().map(fold_char).collect()),
        head_word: head_text.chars().map(fold_char).collect(),
        key: name_key(text, start, to_end, &[]),
        plain_key: name_key(text, start, to_end, &[]),
        event_type: EventType::Visit,
        ordinal: ordinal.map(|o| o.value),
        headline: headline_end(text, start).is_some(),
        rule: "event.visit_destination",
    })
}

/// The longest stretch (tokens) between a visit's head and its destination ("del viceministro
/// para América Latina, Rubén Darío Contreras Pérez,").
const VISIT_GAP_TOKENS: usize = 16;

/// A visit's destination after its name ending at `from`: "a" / "al" + a capitalised place
/// ("visita oficial al Reino de España", "visita de Estado de dos días a la República del
/// Paraguay", "visita de trabajo del viceministro ..., Rubén Darío Contreras Pérez, a la
/// República de Colombia"), as (start of "a", end of the place). What comes between must be
/// an agent or a length ("de", "del" ...), with no verb, clause or other preposition.
fn visit_destination(text: &str, from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut pos = from;
    for index in 0..VISIT_GAP_TOKENS {
        let token = next_token(text, pos)?;
        if token.end > limit || token.text == "\n" {
            return None;
        }
        let word = token.folded();
        if word == "a" || word == "al" {
            let mut cursor = token.end;
            if word == "a" {
                if let Some(article) = next_token(text, cursor)
                    .filter(|t| matches!(t.folded().as_str(), "la" | "las" | "los" | "el"))
                {
                    cursor = article.end;
                }
            }
            let first = next_token(text, cursor).filter(|t| t.is_word() && t.is_capitalised())?;
            if ROLES.contains(&first.folded().as_str()) || MONTHS.contains(&first.folded().as_str()) {
                return None;
            }
            let mut end = capitalised_run_end(text, first.start, limit)?;
            // A country's name may hold a "y": "a Trinidad y Tobago", "a Antigua y Barbuda".
            if let Some(and) = next_token(text, end).filter(|t| matches!(t.text, "y" | "e")) {
                if let Some(longer) = capitalised_run_end(text, and.end, limit) {
                    if text.get(first.start..longer).is_some_and(crate::countries::is_country_name) {
                        end = longer;
                    }
                }
            }
            return Some((token.start, end));
        }
        let allowed = if index == 0 {
            matches!(word.as_str(), "de" | "del")
        } else if !token.is_word() {
            token.text == ","
        } else {
            (ROLES.contains(&word.as_str()) || !is_stop_word(&word))
                && !looks_like_verb(token.text)
                && !matches!(
                    word.as_str(),
                    "y" | "e" | "en" | "con" | "desde" | "hasta" | "por" | "ante" | "sobre"
                )
        };
        if !allowed {
            return None;
        }
        pos = token.end;
    }
    None
}

/// Whether the colon before `after` opens a proper name's subtitle in running text: a
/// capitalised word, or a lowercase article and a capitalised word, that does not open a list
/// ("Foro Regional sobre Movilidad Laboral: Trabajo Decente sin Fronteras en Centroamérica",
/// "Seminario ... sobre Talento sin Fronteras: la Movilidad Calificada en la Alianza del
/// Pacífico"; not "... Ministerial: Migración, Seguridad y Comercio").
fn running_subtitle(text: &str, style: NameStyle, after: Option<Token<'_>>) -> bool {
    let Some(first) = after.filter(|a| style == NameStyle::Proper && a.is_word()) else { return false };
    let capital = if first.is_capitalised() {
        Some(first)
    } else if matches!(first.text, "la" | "el" | "los" | "las") {
        next_token(text, first.end).filter(|t| t.is_word() && t.is_capitalised())
    } else {
        None
    };
    capital.is_some_and(|word| {
        !looks_like_verb(word.text)
            && !is_stop_word(&word.folded())
            && next_token(text, word.end).is_some_and(|n| !matches!(n.text, "," | ":" | ";" | "." | "\n"))
    })
}

/// The end of a visitor phrase right after `from`: "de"/"del" + an optional article + a role
/// noun ("del ministro", "de la Canciller") and its complements, up to a comma, a clause, a
/// date or a destination ("a", "al"): "del secretario del Trabajo y Previsión Social de
/// México", "de la ministra uruguaya de Ambiente".
fn visitor_end(text: &str, from: usize, limit: usize) -> Option<usize> {
    let de = next_token(text, from).filter(|t| matches!(t.folded().as_str(), "de" | "del"))?;
    let mut cursor = de.end;
    if de.folded() == "de" {
        let article = next_token(text, cursor).filter(|t| matches!(t.folded().as_str(), "la" | "el"))?;
        cursor = article.end;
    }
    let role = next_token(text, cursor).filter(|t| t.is_word() && ROLES.contains(&t.folded().as_str()))?;
    if role.end > limit {
        return None;
    }
    let mut end = role.end;
    cursor = role.end;
    for _ in 0..20 {
        let Some(token) = next_token(text, cursor) else { break };
        if token.end > limit || !token.is_word() {
            break;
        }
        let word = token.folded();
        let connector = matches!(word.as_str(), "de" | "del" | "la" | "el" | "los" | "las" | "y" | "e");
        if connector {
            // A connector goes on only into a capitalised word or a role's complement.
            let next = next_token(text, token.end).filter(|t| t.is_word() && t.end <= limit);
            let goes_on = next.is_some_and(|n| {
                n.is_capitalised() || matches!(word.as_str(), "de" | "del") && !is_stop_word(&n.folded())
            });
            if !goes_on {
                break;
            }
        } else if is_stop_word(&word)
            || looks_like_verb(token.text)
            || MONTHS.contains(&word.as_str())
            || word.starts_with(|c: char| c.is_ascii_digit())
            || FUNCTION_WORDS.contains(&word.as_str())
        {
            break;
        } else {
            end = token.end;
        }
        cursor = token.end;
    }
    Some(end)
}

/// The end of the run of capitalised words (joined by "de", "del", "la", "las", "los", "el")
/// that starts at `pos`.
fn capitalised_run_end(text: &str, pos: usize, limit: usize) -> Option<usize> {
    let mut end = None;
    let mut cursor = pos;
    for _ in 0..8 {
        let Some(token) = next_token(text, cursor) else { break };
        if token.end > limit {
            break;
        }
        if token.is_word() && token.is_capitalised() {
            end = Some(token.end);
        } else if !matches!(token.folded().as_str(), "de" | "del" | "la" | "las" | "los" | "el") {
            break;
        }
        cursor = token.end;
    }
    end
}

/// The number of "Sesión Ordinaria N.° 12", "Reunión N° 45 del Consejo": a number sign and a
/// plain number after the head and at most two capitalised qualifiers, inside the name
/// (`head_end..name_end`). "N.° 64-2026" is a code, not an ordinal.
fn numbered_after(text: &str, head_end: usize, name_end: usize) -> Option<u32> {
    let mut pos = head_end;
    for _ in 0..3 {
        if let Some(end) = signed_number_end(text, pos).filter(|&e| e <= name_end) {
            let number = text.get(pos..end)?.rsplit([' ', '.', '°', 'º']).next()?;
            let plain = !number.is_empty() && number.len() <= 4 && number.chars().all(|c| c.is_ascii_digit());
            return plain.then(|| number.parse().ok()).flatten();
        }
        let word =
            next_token(text, pos).filter(|t| t.end <= name_end && t.is_word() && t.is_capitalised())?;
        pos = word.end;
    }
    None
}

/// The ordinal of "la tercera edición del Foro ...": an ordinal before "edición del" / "edición
/// de la" right before the head at `pos`.
fn edition_before(text: &str, pos: usize) -> Option<u32> {
    let mut cursor = pos;
    for _ in 0..3 {
        let word = previous_word(text, cursor)?;
        match word.folded().as_str() {
            "del" | "de" | "la" | "el" => cursor = word.start,
            "edicion" => return ordinals::before(text, word.start).map(|o| o.value),
            _ => return None,
        }
    }
    None
}

/// The quote that closes one opened with `open` (straight quotes close themselves).
pub(crate) fn closing_quote(open: char) -> char {
    match open {
        '“' => '”',
        '«' => '»',
        other => other,
    }
}

/// Whether a quoted title follows the head at `head_end`, maybe after one word of manner or
/// scope ("virtual", "presencial", "regional", ...). The title opens with a capital: a quoted
/// lowercase word is an aside ('la reunión "amistosa"').
fn quoted_title_after(text: &str, head_end: usize) -> bool {
    let title = |t: &Token<'_>| {
        matches!(t.text, "\"" | "«" | "“")
            && text.get(t.end..).and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
    };
    let Some(next) = next_token(text, head_end) else { return false };
    title(&next)
        || matches!(
            next.folded().as_str(),
            "virtual"
                | "presencial"
                | "regional"
                | "internacional"
                | "nacional"
                | "subregional"
                | "intensivo"
        ) && next_token(text, next.end).is_some_and(|t| title(&t))
}

/// Whether "de" / "del" / "de la" + a capitalised word follows `pos`.
pub(crate) fn of_a_name(text: &str, pos: usize) -> bool {
    let mut cursor = pos;
    let mut seen_de = false;
    for _ in 0..3 {
        let Some(token) = next_token(text, cursor) else { return false };
        let word = token.folded();
        match word.as_str() {
            "de" | "del" if !seen_de => seen_de = true,
            "la" | "los" | "las" | "el" if seen_de => {}
            _ => return seen_de && token.is_word() && token.is_capitalised(),
        }
        cursor = token.end;
    }
    false
}

/// The folded name without its acronym parenthesis, for matching mentions.
fn name_key(text: &str, start: usize, end: usize, organizations: &[Organization]) -> String {
    // Organisation mentions become their label, so "Cumbre de la CELAC" and "Cumbre de la
    // Comunidad de Estados Latinoamericanos y Caribeños" match.
    let mut spans: Vec<(usize, usize, &str)> = organizations
        .iter()
        .flat_map(|o| {
            let label = o.acronym.as_deref().unwrap_or(&o.name);
            std::iter::once(o.span).chain(o.mentions.iter().copied()).map(move |s| (s.start, s.end, label))
        })
        .filter(|&(s, e, _)| start <= s && e <= end)
        .collect();
    spans.sort();
    let mut name = String::new();
    let mut cursor = start;
    for (s, e, label) in spans {
        if s < cursor {
            continue;
        }
        name.push_str(text.get(cursor..s).unwrap_or(""));
        name.push_str(label);
        cursor = e;
    }
    name.push_str(text.get(cursor..end).unwrap_or(""));
    let folded: String = name.chars().map(fold_char).collect();
    let without_acronym = match (folded.rfind(" ("), folded.ends_with(')')) {
        (Some(i), true) => folded.get(..i).unwrap_or(&folded).to_string(),
        _ => folded,
    };
    without_acronym
        .split_whitespace()
        .filter(|w| !matches!(*w, "el" | "la" | "los" | "las"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `short` is `long` or a word-prefix of it.
pub(crate) fn word_prefix(short: &str, long: &str) -> bool {
    long == short || long.strip_prefix(short).is_some_and(|rest| rest.starts_with([' ', ',', ':', '(']))
}

/// Whether two mentions name the same event.
fn same_event(a: &Candidate, b: &Candidate) -> bool {
    same_key(a, b, &a.key, &b.key) || same_key(a, b, &a.plain_key, &b.plain_key)
}

/// Whether two mentions' keys name the same event.
fn same_key(a: &Candidate, b: &Candidate, a_key: &str, b_key: &str) -> bool {
    if a.event_type != b.event_type {
        return false;
    }
    // "la visita oficial a Costa Rica" and "una visita oficial a Seúl": two visits.
    if let (Some(x), Some(y)) = (&a.destination, &b.destination) {
        if x != y {
            return false;
        }
    }
    let (short, long) = if a_key.len() <= b_key.len() { (a_key, b_key) } else { (b_key, a_key) };
    let short_words = short.split(' ').count();
    match (a.ordinal, b.ordinal) {
        (Some(x), Some(y)) => x == y && (word_prefix(short, long) || same_body(short, long)),
        (None, None) => short == long && short_words >= 2 || word_prefix(short, long) && short_words >= 3,
        _ => short == long && short_words >= 2 || word_prefix(short, long) && short_words >= 3,
    }
}

/// Whether a short name of an edition ends with the body the full name ends with: "VII Cumbre
/// de la CELAC" for "VII Cumbre de Jefas y Jefes de Estado y de Gobierno de la Comunidad de
/// Estados Latinoamericanos y Caribeños (CELAC)" (keys carry organisations as their labels).
/// The callers have checked that the ordinals agree.
fn same_body(short: &str, long: &str) -> bool {
    let short_words: Vec<&str> = short.split(' ').collect();
    let long_words: Vec<&str> = long.split(' ').collect();
    (3..=5).contains(&short_words.len())
        && short_words.get(..2) == long_words.get(..2)
        && short_words.last() == long_words.last()
}

/// Whether `short`'s content words are `long`'s in order, with the same first word and some
/// words added ("Comisión Mixta de Cooperación" in "Comisión Mixta Hispano-Peruana de
/// Cooperación", "Foro sobre Migración Laboral" in "Foro Dominicano sobre Migración Laboral y
/// Desarrollo"); words split at any non-alphanumeric ("Belice-Guatemala-México"), linking
/// words ("de", "sobre", "la") free to differ.
pub(crate) fn shortened(short: &str, long: &str) -> bool {
    // "con": "Encuentro Binacional con Guatemala" for "Encuentro Binacional México-Guatemala".
    const LINKING: &[&str] =
        &["de", "del", "la", "las", "los", "el", "sobre", "para", "y", "e", "en", "a", "al", "con"];
    let content = |text| words_of(text).filter(|w| !LINKING.contains(w));
    let (mut short_words, mut long_words) = (content(short), content(long));
    let (Some(first), Some(long_first)) = (short_words.next(), long_words.next()) else { return false };
    if first != long_first {
        return false;
    }
    let mut count = 1;
    for word in short_words {
        count += 1;
        if !long_words.any(|w| w == word) {
            return false;
        }
    }
    count >= 3 && content(long).count() > count
}

/// Whether the headline mention `short` is a short form of the body mention `long`: same type,
/// no conflicting ordinals, and its words kept in order in the longer name ("III Reunión de la
/// Comisión Mixta de Cooperación" / "III Reunión de la Comisión Mixta Hispano-Peruana de
/// Cooperación"), or two words or more that begin it.
fn headline_short_form(short: &Candidate, long: &Candidate) -> bool {
    short.headline
        && !long.headline
        && short.event_type == long.event_type
        && (short.ordinal.is_none() || long.ordinal.is_none() || short.ordinal == long.ordinal)
        && (shortened(&short.key, &long.key)
            || shortened(&short.plain_key, &long.plain_key)
            // "Sexta Reunión de su Comisión Binacional" for "... de la Comisión Binacional
            // Ecuador-Venezuela": a possessive stands for the parties the body names.
            || short.key.contains(" su ") && shortened(&short.key.replace(" su ", " la "), &long.key)
            // "en feria consular" for "la Feria Consular de Movilidad Humana": the name's start.
            || short.key.contains(' ') && word_prefix(&short.key, &long.key)
            // "cumbre del Mercosur" for "LXVI Cumbre de Presidentes del Mercosur": its head and
            // its body, the words between left out.
            || same_ends(&short.key, &long.key))
}

/// Whether `short` has two content words, and `long` begins with the first (after an
/// ordinal) and ends with the second.
fn same_ends(short: &str, long: &str) -> bool {
    const LINKING: &[&str] = &["de", "del", "la", "las", "los", "el", "y", "e", "en", "a", "al"];
    let content = |text| words_of(text).filter(|w| !LINKING.contains(w)).collect::<Vec<_>>();
    let (short, long) = (content(short), content(long));
    let long = match long.first() {
        Some(first) if ordinals::roman(first).is_some() || first.chars().all(|c| c.is_ascii_digit()) => {
            long.get(1..).unwrap_or(&[])
        }
        _ => long.as_slice(),
    };
    matches!(short.as_slice(), [head, body] if long.len() > 2 && long.first() == Some(head) && long.last() == Some(body))
}

/// Rule `event.headline_indefinite`: a headline's "un seminario internacional para ..." is the
/// one seminar the body names (when the body names exactly one event of that type), however
/// the body names it.
fn indefinite_headline(text: &str, groups: &[Vec<Candidate>], index: usize) -> Option<usize> {
    let group = groups.get(index)?;
    let indefinite = group.iter().all(|m| {
        text.get(m.start..).and_then(|t| t.chars().next()).is_some_and(char::is_lowercase)
            && previous_word(text, m.start).is_some_and(|w| matches!(w.folded().as_str(), "un" | "una"))
    });
    let kind = group.first()?.event_type;
    if !indefinite {
        return None;
    }
    let mut body = groups
        .iter()
        .enumerate()
        .filter(|&(j, g)| j != index && g.iter().any(|m| !m.headline && m.event_type == kind));
    let (j, _) = body.next()?;
    body.next().is_none().then_some(j)
}

/// Whether `candidate` may join `group`: no member has another ordinal.
fn ordinal_fits(group: &[Candidate], candidate: &Candidate) -> bool {
    candidate.ordinal.is_none_or(|o| group.iter().all(|m| m.ordinal.is_none_or(|x| x == o)))
}

/// Words before a bare name that point to another edition of a series than the one named.
const OTHER_EDITION: &[&str] = &[
    "proxima",
    "proximo",
    "proximas",
    "proximos",
    "siguiente",
    "anterior",
    "pasada",
    "pasado",
    "ultima",
    "ultimo",
    "futura",
    "futuro",
    "nueva",
    "nuevo",
    "otra",
    "otro",
    "cada",
    "una",
    "un",
];

/// The one earlier event a bare short name repeats ("la Reunión Hemisférica" after "la V
/// Reunión Hemisférica de Alto Nivel ..."): a name of two or more words without an ordinal that
/// begins exactly one earlier event's name of the same type.
fn bare_repeat(text: &str, groups: &[Vec<Candidate>], candidate: &Candidate) -> Option<usize> {
    if candidate.ordinal.is_some() || candidate.key.split(' ').nth(1).is_none() {
        return None;
    }
    // "la próxima Reunión Viceministerial": another edition of the series.
    let edition_word = previous_word(text, candidate.start).is_some_and(|w| {
        let word = w.folded();
        OTHER_EDITION.contains(&word.as_str())
    });
    if edition_word {
        return None;
    }
    let mut earlier = groups.iter().enumerate().filter(|(_, g)| {
        g.iter().any(|m| {
            m.event_type == candidate.event_type
                && m.end <= candidate.start
                && (word_prefix(&candidate.key, &m.key) || word_prefix(&candidate.plain_key, &m.plain_key))
        })
    });
    let (first, _) = earlier.next()?;
    earlier.next().is_none().then_some(first)
}

/// The earlier event whose name coordinates this one's after its first part: "III Gabinete
/// Binacional" after "Encuentro Presidencial y III Gabinete Binacional" (one event, held
/// together, whose ordinal the part carries).
fn coordinated_part(groups: &[Vec<Candidate>], candidate: &Candidate) -> Option<usize> {
    // Keys start at the head noun: the part's ordinal ("iii") sits before it in the long key
    // and must be the part's own.
    let ends_with_part = |long: &str, part: &str| {
        let Some(head) = long.strip_suffix(part).map(str::trim_end) else { return false };
        let (head, ordinal) = match head.rsplit_once(' ') {
            Some((before, last)) => {
                match ordinals::roman(&last.to_uppercase()).or_else(|| ordinals::word(last)) {
                    Some(n) => (before, Some(n)),
                    None => (head, None),
                }
            }
            None => (head, None),
        };
        ordinal == candidate.ordinal && (head.ends_with(" y") || head.ends_with(" e"))
    };
    groups.iter().position(|g| {
        ordinal_fits(g, candidate)
            && g.iter().any(|m| {
                m.event_type == candidate.event_type
                    && m.end <= candidate.start
                    && (ends_with_part(&m.key, &candidate.key)
                        || ends_with_part(&m.plain_key, &candidate.plain_key))
            })
    })
}

/// Groups mentions into events and links dates, places and organisations.
fn merge(
    doc: &Doc<'_>,
    candidates: Vec<Candidate>,
    references: Vec<(usize, usize, String)>,
    follow_ups: Vec<(usize, usize, String)>,
    dates: &[DateMention],
    organizations: &[Organization],
) -> Vec<Event> {
    let text = doc.text;
    let mut groups: Vec<Vec<Candidate>> = Vec::new();
    for candidate in candidates {
        // The same name first: a headline's short form may also fit a group that a repeated
        // full name (a deck under the headline) already started.
        // Two destinations are two visits, even through a mention that names none.
        let fits = |g: &Vec<Candidate>| {
            ordinal_fits(g, &candidate)
                && !g
                    .iter()
                    .any(|m| matches!((&m.destination, &candidate.destination), (Some(x), Some(y)) if x != y))
        };
        let same = |g: &Vec<Candidate>| fits(g) && g.iter().any(|m| same_event(m, &candidate));
        let short_form = |g: &Vec<Candidate>| fits(g) && g.iter().any(|m| headline_short_form(m, &candidate));
        let at = groups
            .iter()
            .position(same)
            .or_else(|| groups.iter().position(short_form))
            .or_else(|| bare_repeat(text, &groups, &candidate))
            .or_else(|| coordinated_part(&groups, &candidate));
        match at.and_then(|i| groups.get_mut(i)) {
            Some(group) => group.push(candidate),
            None => groups.push(vec![candidate]),
        }
    }
    // A headline's short form met before a deck repeating the full name: it joins the group
    // the body's mention ended in.
    let mut index = 0;
    while index < groups.len() {
        let headline_only = groups.get(index).is_some_and(|g| g.iter().all(|m| m.headline));
        let target = headline_only
            .then(|| {
                let group = groups.get(index)?;
                let mut fits = groups.iter().enumerate().filter(|&(j, other)| {
                    j != index
                        && other.iter().any(|long| {
                            group.iter().all(|m| ordinal_fits(other, m))
                                && group.iter().any(|m| headline_short_form(m, long))
                        })
                });
                let (j, _) = fits.next()?;
                fits.next().is_none().then_some(j)
            })
            .flatten()
            .or_else(|| headline_only.then(|| indefinite_headline(text, &groups, index)).flatten());
        match target {
            Some(j) => {
                let group = groups.remove(index);
                let j = if j > index { j - 1 } else { j };
                if let Some(other) = groups.get_mut(j) {
                    other.extend(group);
                    other.sort_by_key(|m| m.start);
                }
            }
            None => index += 1,
        }
    }
    let mut extra_mentions: Vec<Vec<Span>> = vec![Vec::new(); groups.len()];
    let mut extra_follow_ups: Vec<Vec<(usize, usize)>> = vec![Vec::new(); groups.len()];
    for (start, end, head_word) in references {
        if let Some(slot) = only_earlier(&groups, start, &head_word).and_then(|i| extra_mentions.get_mut(i)) {
            slot.push(Span::new(start, end));
        }
    }
    for (start, end, head_word) in follow_ups {
        if let Some(slot) = only_earlier(&groups, start, &head_word).and_then(|i| extra_follow_ups.get_mut(i))
        {
            slot.push((start, end));
        }
    }
    let dates_sorted = dates.is_sorted_by_key(|d| d.span.start);
    let all_mentions: Vec<(usize, usize)> =
        groups.iter().flat_map(|g| g.iter().map(|m| (m.start, m.end))).collect();
    let mut events: Vec<Event> = groups
        .into_iter()
        .zip(extra_mentions)
        .zip(extra_follow_ups)
        .filter_map(|((group, extra), follow)| {
            // The longest mention names the event; a visit's, the longest naming its destination.
            let fullest = group
                .iter()
                .max_by_key(|m| (m.destination.is_some(), m.end - m.start, std::cmp::Reverse(m.start)))?;
            let first = group.iter().min_by_key(|m| m.start)?;
            let mut mentions: Vec<Span> =
                group.iter().map(|m| Span::new(m.start, m.end)).chain(extra).collect();
            mentions.sort();
            mentions.dedup();
            let written = text.get(fullest.start..fullest.end)?.to_string();
            let name = fullest.name.clone().unwrap_or_else(|| written.clone());
            let mut statements: Vec<(usize, usize, bool)> = group
                .iter()
                .map(|m| (m.start, m.end, false))
                .chain(follow.iter().map(|&(s, e)| (s, e, true)))
                .collect();
            statements.sort_unstable();
            let date = if group.iter().all(|m| m.nested) {
                None
            } else {
                linked_date(text, &statements, &all_mentions, dates, dates_sorted)
            };
            let place = group.iter().find_map(|m| event_place(text, m.end));
            let mut orgs: Vec<String> = Vec::new();
            for org in organizations {
                let linked = std::iter::once(&org.span)
                    .chain(org.mentions.iter())
                    .any(|span| group.iter().any(|m| m.start <= span.start && span.end <= m.end));
                let label = org.acronym.as_deref().unwrap_or(&org.name);
                if linked && !orgs.iter().any(|o| o == label) {
                    orgs.push(label.to_string());
                }
            }
            Some(Event {
                text: written,
                span: Span::new(fullest.start, fullest.end),
                mentions,
                event_type: first.event_type,
                name,
                // "la primera visita de Estado de un presidente ecuatoriano desde 2019" counts
                // visits, it does not number the editions of a series.
                ordinal: group
                    .iter()
                    .find_map(|m| m.ordinal)
                    .filter(|_| first.event_type != EventType::Visit),
                organizations: orgs,
                date,
                place,
                rule: first.rule.to_string(),
            })
        })
        .collect();
    events.sort_by_key(|e| e.mentions.first().map(|m| m.start).unwrap_or(e.span.start));
    events
}

/// The one group with a mention of `head_word` ending before `start`, if there is exactly one.
/// A generic word ("la cita") refers to any one earlier event.
fn only_earlier(groups: &[Vec<Candidate>], start: usize, head_word: &str) -> Option<usize> {
    let generic = head_word == "cita";
    let mut earlier = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.iter().any(|m| (generic || m.head_word == head_word) && m.end <= start))
        .map(|(i, _)| i);
    let first = earlier.next()?;
    earlier.next().is_none().then_some(first)
}

/// The date of an event mention: the nearest day, interval, datetime or month mention in its
/// sentence, outside the name itself.
pub(crate) fn event_date(text: &str, start: usize, end: usize, dates: &[DateMention]) -> Option<String> {
    event_date_where(text, start, end, dates, |_| true)
}

/// [`event_date`] among the date mentions `keep` accepts (asked only of the mentions in the
/// sentence, outside `start..end`).
pub(crate) fn event_date_where(
    text: &str,
    start: usize,
    end: usize,
    dates: &[DateMention],
    keep: impl Fn(&DateMention) -> bool,
) -> Option<String> {
    let (sentence_start, sentence_end) = sentence_bounds(text, start);
    dates
        .iter()
        .filter(|d| {
            matches!(d.kind, DateKind::Date | DateKind::Interval | DateKind::Datetime | DateKind::Month)
        })
        .filter(|d| d.span.start >= sentence_start && d.span.end <= sentence_end)
        .filter(|d| d.span.end <= start || d.span.start >= end)
        // Last: `keep` sees only the sentence's mentions.
        .filter(|d| keep(d))
        .filter_map(|d| {
            let distance = if d.span.end <= start { start - d.span.end } else { d.span.start - end };
            Some((distance, d.value.clone()?))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, value)| value)
}

/// How far (bytes) a bare year may sit from an event mention and still date it ("celebrado en
/// 2010", "el próximo año se celebre en Caracas la XI Reunión"); farther, a year in the
/// sentence is usually about something else.
const YEAR_REACH: usize = 40;

/// Whether a date mention of this kind can date an event wherever it sits in the sentence.
fn dating_kind(kind: DateKind) -> bool {
    matches!(kind, DateKind::Date | DateKind::Interval | DateKind::Datetime | DateKind::Month)
}

/// The words of a stretch of text (no allocation; split on anything not alphanumeric).
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Whether a gap between an event and a date opens a clause about something else ("..., cuyo
/// debate continuará en el segundo semestre", "..., por lo que el acuerdo entrará en vigor en
/// enero").
///
/// So does a relative clause that hangs on something named after the event ("Al término de la
/// sesión plenaria, los ministros aprobaron la Guía ..., que había sido revisada ayer").
fn other_subject(gap: &str) -> bool {
    let rest = gap.trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    words_of(gap).any(|w| matches!(w, "cuyo" | "cuya" | "cuyos" | "cuyas"))
        // A consequence: "..., por lo que el instrumento entrará en vigor en enero".
        || [", por lo que ", ", por lo cual "].iter().any(|r| gap.contains(r))
        || [", que ", ", la cual ", ", el cual ", ", los cuales ", ", las cuales "]
            .iter()
            .any(|r| rest.contains(r))
}

/// Stems of verbs saying an event is (to be) held, after "que (se)" ("que se celebrará", "que
/// tendrá lugar", "que se llevó a cabo").
const OWN_CLAUSE_VERBS: &[&str] = &[
    "celebr",
    "realiz",
    "llev",
    "efectu",
    "desarroll",
    "tendr",
    "tuvo",
    "sesion",
    "reunir",
    // Courses: "que se dictará", "que impartirá", "que comenzará", "que se iniciará".
    "dict",
    "impart",
    "comenz",
    "inici",
    // "que la OEA organizó", "que ambas instituciones organizarán".
    "organiz",
];

/// Participles opening a clause about the event's own date ("prevista para", "a celebrarse").
const OWN_CLAUSE_PARTICIPLES: &[&str] = &[
    "celebrad",
    "realizad",
    "previst",
    "programad",
    "convocad",
    "efectuad",
    "desarrollad",
    "llevad",
    "fijad",
    "pautad",
    "agendad",
];

/// Maximum length (bytes) of the clause between an event's name and its own date.
const OWN_CLAUSE_REACH: usize = 180;

/// Maximum length (bytes) of a participle clause ("prevista para", "convocada por ...") or of
/// the event's own predicate between its name and its date: shorter, since what follows a
/// participle may qualify another noun ("convocada por la Presidencia ... correspondiente al
/// segundo semestre").
const OWN_SHORT_CLAUSE_REACH: usize = 120;

/// Whether `gap` (the text between an event's name and a date) opens a relative or participle
/// clause about the event's being held: ", que se celebrará en Tegucigalpa durante", ", prevista
/// para", ", a celebrarse el".
fn own_clause(gap: &str) -> bool {
    let trimmed = gap.trim_start();
    // "... del Consejo de Ministros de Salud (COMISCA), celebrada los días 25 y 26": the
    // acronym the name defines stands before the clause.
    let trimmed = trimmed
        .strip_prefix('(')
        .and_then(|inner| inner.split_once(')'))
        .filter(|(acronym, _)| acronym.len() <= 20 && !acronym.contains(['(', ',']))
        .map_or(trimmed, |(_, rest)| rest.trim_start());
    // "un Curso Binacional de Inspectores de Pesca de seis semanas, que comenzará el 1 de
    // junio": the event's length before the clause.
    let trimmed = match trimmed.strip_prefix("de ").and_then(|r| r.split_once(',')) {
        Some((length, rest))
            if length.len() <= 30
                && words_of(length).any(|w| {
                    matches!(
                        w,
                        "dia"
                            | "dias"
                            | "día"
                            | "días"
                            | "semana"
                            | "semanas"
                            | "mes"
                            | "meses"
                            | "hora"
                            | "horas"
                    )
                }) =>
        {
            // From the comma on.
            trimmed.get(trimmed.len() - rest.len() - 1..).unwrap_or(trimmed)
        }
        _ => trimmed,
    };
    // A restrictive relative clause needs no comma: "el Seminario ... que ambas instituciones
    // organizarán del 9 al 11 de diciembre".
    // Its verb holds the event: a start ("la visita ... que inició ayer", concluded today) is
    // only a part of it.
    let restrictive = trimmed.starts_with("que ");
    let rest = if restrictive { Some(trimmed) } else { trimmed.strip_prefix(',') };
    let Some(rest) = rest else {
        // The event as the subject of its own being held: "la LXXII Reunión ... se celebrará en
        // diciembre de 2024", "el foro tendrá lugar el 3 de mayo".
        let mut words = words_of(trimmed).map(|w| w.chars().map(fold_char).collect::<String>());
        let verb = words.next().filter(|w| w != "se").or_else(|| words.next());
        return gap.len() <= OWN_SHORT_CLAUSE_REACH
            && !trimmed.contains([',', ';', ':', '('])
            && verb.is_some_and(|w| OWN_CLAUSE_VERBS.iter().any(|stem| w.starts_with(stem)))
            && words.all(|w| w != "que");
    };
    // "Diplomado ..., de seis meses de duración, que se dictará ...": an apposition with "de"
    // before the clause.
    let rest = match rest.trim_start().strip_prefix("de ").and_then(|r| r.split_once(',')) {
        Some((apposition, clause)) if apposition.len() <= 40 => clause,
        _ => rest,
    };
    // An acronym in brackets inside the clause ("con la Universidad Nacional de Cuyo
    // (UNCuyo)") is part of it.
    let bracketed_acronym = |r: &str| {
        r.split('(').skip(1).all(|part| {
            part.split_once(')')
                .is_some_and(|(inside, _)| !inside.is_empty() && inside.len() <= 12 && !inside.contains(' '))
        })
    };
    if gap.len() > OWN_CLAUSE_REACH || rest.contains([';', ':']) {
        return false;
    }
    let mut words = words_of(rest).map(|w| w.chars().map(fold_char).collect::<String>());
    let Some(first) = words.next() else { return false };
    let stem_of = |word: &str, stems: &[&str]| stems.iter().any(|stem| word.starts_with(stem));
    match first.as_str() {
        // A relative clause whose verb holds the event may run longer.
        "que" => {
            // The verb after "se", or after a named subject ("que el ORAS-CONHU impartirá",
            // "que la OIM dictará").
            let mut raw = words_of(rest).skip(1).peekable();
            let mut skipped = 0;
            // "que ambas instituciones organizarán": a quantifier and its noun.
            if raw.peek().is_some_and(|w| matches!(*w, "ambas" | "ambos" | "dichas" | "dichos")) {
                raw.next();
                raw.next();
                skipped += 2;
            }
            while skipped < 4
                && raw.peek().is_some_and(|w| {
                    matches!(*w, "se" | "el" | "la" | "los" | "las") || w.starts_with(char::is_uppercase)
                })
            {
                raw.next();
                skipped += 1;
            }
            let verb = raw.next().map(|w| w.chars().map(fold_char).collect::<String>());
            bracketed_acronym(rest)
                && verb.is_some_and(|w| {
                    stem_of(&w, OWN_CLAUSE_VERBS) && !(restrictive && stem_of(&w, &["comenz", "inici"]))
                })
                && raw.all(|w| w != "que")
        }
        _ if gap.len() > OWN_SHORT_CLAUSE_REACH || rest.contains('(') => false,
        "a" => words.next().is_some_and(|w| w.ends_with("se") && stem_of(&w, OWN_CLAUSE_VERBS)),
        word => stem_of(word, OWN_CLAUSE_PARTICIPLES) && words.all(|w| w != "que"),
    }
}

/// Whether `gap` (after the event `name`) opens with a comma and a participle that does not
/// agree with the event's head noun, so qualifies a noun of its complement: "la II Reunión del
/// Grupo de Trabajo ..., creado hace tres años" (the group was), not "El Segundo Taller
/// Regional, dirigido a autoridades municipales, se celebrará en septiembre".
fn foreign_participle(name: &str, gap: &str) -> bool {
    let Some(rest) = gap.trim_start().strip_prefix(',') else { return false };
    let Some(first) = words_of(rest).next() else { return false };
    let word: String = first.chars().map(fold_char).collect();
    let participle_feminine =
        if ["ado", "ido", "ito", "ados", "idos", "itos"].iter().any(|e| word.ends_with(e)) {
            false
        } else if ["ada", "ida", "ita", "adas", "idas", "itas"].iter().any(|e| word.ends_with(e)) {
            true
        } else {
            return false;
        };
    let head_feminine = words_of(name).take(3).find_map(|w| {
        let w: String = w.chars().map(fold_char).collect();
        match w.as_str() {
            "reunion" | "reuniones" | "cumbre" | "conferencia" | "sesion" | "visita" | "mesa" | "jornada"
            | "feria" | "asamblea" | "gira" | "ceremonia" | "ronda" | "consulta" | "consultas" => Some(true),
            "foro" | "seminario" | "taller" | "curso" | "diplomado" | "congreso" | "encuentro"
            | "dialogo" | "gabinete" | "simposio" | "conversatorio" | "periodo" => Some(false),
            _ => None,
        }
    });
    word.chars().count() > 5 && head_feminine.is_some_and(|f| f != participle_feminine)
}

/// Rule `event.date.sentence`: the date mention nearest to the event mention at `start..end` in
/// its sentence, outside the name: a day, interval, datetime or month anywhere in the sentence,
/// else a year within [`YEAR_REACH`]; never across a "cuyo" clause or another event.
fn sentence_date<'d>(
    text: &str,
    (start, end): (usize, usize),
    (sentence_start, sentence_end): (usize, usize),
    dates: &'d [DateMention],
    events: &[(usize, usize)],
) -> Option<&'d DateMention> {
    // Candidates by (year?, distance); the clause tests below run only until one passes.
    let mut candidates: Vec<(bool, usize, &DateMention)> = dates
        .iter()
        .filter(|d| d.span.start >= sentence_start && d.span.end <= sentence_end && d.value.is_some())
        .filter_map(|d| {
            let distance = if d.span.end <= start {
                start - d.span.end
            } else if d.span.start >= end {
                d.span.start - end
            } else {
                return None;
            };
            // A year farther on in the event's own clause ("la Novena Reunión Anual, que se
            // celebrará en la Ciudad de Belice en 2026").
            let own_year = || {
                d.span.start >= end
                    && distance <= OWN_CLAUSE_REACH
                    && text.get(end..d.span.start).is_some_and(own_clause)
            };
            // A year right before the event's preposition dates it as closely as a day would:
            // "suscrito hace dos años durante la I Reunión ...", "en 2019 en la Cumbre ...".
            let adjacent_year = || {
                d.span.end <= start
                    && distance <= 20
                    && text.get(d.span.end..start).is_some_and(|gap| {
                        !gap.contains(',')
                            && words_of(gap)
                                .all(|w| matches!(w, "durante" | "en" | "el" | "la" | "los" | "las"))
                    })
            };
            if dating_kind(d.kind) || d.kind == DateKind::Year && adjacent_year() {
                Some((false, distance, d))
            } else if d.kind == DateKind::Year && (distance <= YEAR_REACH || own_year()) {
                Some((true, distance, d))
            } else {
                None
            }
        })
        .collect();
    candidates.sort_by_key(|&(is_year, distance, _)| (is_year, distance));
    // The date of a relative clause about the event itself wins over an earlier date of the
    // sentence, which dates another act ("acordaron hoy el calendario de la VI Reunión ..., que
    // se celebrará ... en octubre"), a year too ("..., suscrito en 2012, y recordaron que la
    // XVII Cumbre ..., celebrada en Ciudad de México en 2024").
    let own = candidates
        .iter()
        .filter(|&&(_, _, d)| d.span.start >= end)
        .min_by_key(|&&(_, distance, _)| distance)
        .map(|&(_, _, d)| d)
        .filter(|d| {
            text.get(end..d.span.start).is_some_and(|gap| {
                own_clause(gap) && !events.iter().any(|&(s, e)| end <= s && e <= d.span.start)
            })
        });
    if own.is_some() {
        return own;
    }
    let any_after = candidates.iter().any(|&(_, _, d)| d.span.start >= end);
    // "instalada el miércoles 20 de noviembre por el viceministro, quien recordó que Colombia
    // asumió la Presidencia hace dos años, en la XX Conferencia ...": a date across a reported
    // or relative clause's opening belongs to the main clause when the event's own clause has
    // a date of its own.
    let opens_clause = |gap: &str| words_of(gap).any(|w| matches!(w, "quien" | "quienes" | "que"));
    let gap_before = |d: &DateMention| text.get(d.span.end..start).unwrap_or("");
    let same_clause_date =
        candidates.iter().any(|&(_, _, d)| d.span.end <= start && !opens_clause(gap_before(d)));
    candidates.into_iter().map(|(_, _, date)| date).find(|date| {
        if same_clause_date && date.span.end <= start && opens_clause(gap_before(date)) {
            return false;
        }
        let before = date.span.end <= start;
        let (gap_start, gap_end) = if before { (date.span.end, start) } else { (end, date.span.start) };
        let Some(gap) = text.get(gap_start..gap_end) else { return false };
        // A date before a coordinated clause is the first clause's when the event's own clause
        // has one ("ejercer la Presidencia durante 2023 y para acoger la VIII Cumbre ... en
        // 2024", "celebrar una reunión ... en 2025 y convocar la IV Reunión ..."): "y" before an
        // infinitive, not the "y" of a subject ("los cancilleres de Chile y Perú").
        if before && any_after && coordinated_infinitive(gap) {
            return false;
        }
        // "el 10 de marzo se impartió el Curso ..., y el miércoles 11 de marzo la OACI presentó
        // el Seminario ...": a date opening the next coordinated clause is that clause's when
        // the event's own clause has one.
        if !before && same_clause_date && matches!(gap.trim(), ", y" | ", e" | "; y" | ", y el" | ", y la") {
            return false;
        }
        // The act dated is about the event, not its holding: "presentaron hoy la convocatoria
        // para la segunda edición del Diplomado ..." (a later sentence may date the course).
        let preparatory = |w: &str| PREPARATORY_NOUNS.iter().any(|n| w.chars().map(fold_char).eq(n.chars()));
        if before && words_of(gap).any(preparatory) {
            return false;
        }
        // A participle clause that does not hold the event is about what its name names: "la II
        // Reunión del Grupo de Trabajo ..., creado hace tres años en Guayaquil".
        if !before && foreign_participle(text.get(start..end).unwrap_or(""), gap) {
            return false;
        }
        // A date after another event and a comma before this one closes that event's clause.
        let claimed = before
            && gap.contains(',')
            && events.iter().any(|&(s, e)| sentence_start <= s && e <= date.span.start);
        // Another event between them takes the date ("... del Taller X, que se celebrará del 10
        // al 12 de marzo, y del Seminario Y, previsto para abril").
        // Events coordinated with this one share its verb and date ("Ayer se celebraron la
        // Tercera Sesión del Grupo ... y el Primer Foro Regional ...").
        let coordinated = |s: usize, e: usize| before && coordinated_with(text, events, (s, e), start);
        !claimed
            && !other_subject(gap)
            && !events.iter().any(|&(s, e)| gap_start <= s && e <= gap_end && !coordinated(s, e))
    })
}

/// Whether the event at `first` is joined to the one starting at `start` by "y" / "," and an
/// article, through other events joined the same way (a coordination of events).
fn coordinated_with(text: &str, events: &[(usize, usize)], first: (usize, usize), start: usize) -> bool {
    let joined = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|gap| {
            let words: Vec<&str> = words_of(gap).collect();
            !gap.contains(['.', ';', ':', '\n'])
                && matches!(
                    words.as_slice(),
                    ["y" | "e", "el" | "la" | "los" | "las"] | ["el" | "la" | "los" | "las"]
                )
        })
    };
    let mut at = first;
    for _ in 0..6 {
        if joined(at.1, start) {
            return true;
        }
        let Some(&next) = events.iter().find(|&&(s, _)| s > at.1 && s < start && joined(at.1, s)) else {
            return false;
        };
        at = next;
    }
    false
}

/// Whether `gap` holds "y" / "e" before an infinitive, maybe after "para" or "a".
fn coordinated_infinitive(gap: &str) -> bool {
    let words: Vec<&str> = words_of(gap).collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "y" | "e")
            && match words.get(i + 1) {
                Some(&("para" | "a")) => words.get(i + 2).is_some_and(|w| infinitive_word(w)),
                Some(next) => infinitive_word(next),
                None => false,
            }
    })
}

/// Nouns of what comes before an event is held (its call, its registration, its preparation):
/// a date governing them is not the event's.
const PREPARATORY_NOUNS: &[&str] =
    &["convocatoria", "convocatorias", "inscripcion", "inscripciones", "preparativos", "preparacion"];

/// Rule `event.date.follow_up`: the date a later sentence whose subject is the event gives for
/// it ("La visita se desarrolló del 24 al 26 de octubre", "El foro concluirá mañana"): the
/// first day, interval or datetime after the name, before any other event of that sentence;
/// with whether it ends the event ("hasta el viernes 9", "concluirá mañana").
fn follow_up_date<'d>(
    text: &str,
    start: usize,
    end: usize,
    dates: &'d [DateMention],
    events: &[(usize, usize)],
) -> Option<(&'d DateMention, Cue)> {
    let subject = starts_sentence(text, start)
        || previous_word(text, start).is_some_and(|w| {
            matches!(w.text, "el" | "la" | "los" | "las" | "El" | "La" | "Los" | "Las")
                && starts_sentence(text, w.start)
        });
    if !subject {
        return None;
    }
    let (_, sentence_end) = sentence_bounds(text, start);
    let stop = events
        .iter()
        .map(|&(s, _)| s)
        .filter(|&s| s >= end && s < sentence_end)
        .min()
        .unwrap_or(sentence_end);
    let date = dates
        .iter()
        .filter(|d| d.span.start >= end && d.span.end <= stop && d.value.is_some())
        .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Interval | DateKind::Datetime))
        .min_by_key(|d| d.span.start)?;
    let gap = text.get(end..date.span.start)?;
    // The predicate right after the subject ("se desarrolló", "sesionará hasta el"), not a
    // date of some other clause ("... que ocupaba desde junio").
    if gap.len() > FOLLOW_UP_REACH
        || words_of(gap).any(|w| {
            matches!(
                w,
                "que" | "quien" | "quienes" | "donde" | "cual" | "cuyo" | "cuya" | "desde" | "y" | "e"
            )
        })
    {
        return None;
    }
    let cue = if words_of(gap).any(|w| w == "hasta" || END_STEMS.iter().any(|stem| w.starts_with(stem))) {
        Cue::Ends
    } else if words_of(gap).any(|w| w == "desde" || START_STEMS.iter().any(|stem| w.starts_with(stem))) {
        Cue::Starts
    } else {
        Cue::None
    };
    Some((date, cue))
}

/// What a follow-up's verb says of its date: the event ends then ("concluirá mañana", "hasta
/// el viernes 9"), starts then ("inaugurada el pasado jueves"), or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Ends,
    Starts,
    None,
}

/// Verb stems of ending.
const END_STEMS: &[&str] = &["conclu", "finaliz", "culmin", "termin", "clausur"];
/// Verb stems of starting.
const START_STEMS: &[&str] = &["inaugur", "inici", "comenz", "arranc"];

/// How far (bytes) a follow-up subject's date may sit after it ("La mesa de trabajo sesionará
/// hasta el").
const FOLLOW_UP_REACH: usize = 50;

/// The first and last day a date value covers (a day, a datetime's day, a month, a year, or an
/// interval of those).
fn day_range(value: &str) -> Option<(CivilDate, CivilDate)> {
    if let Some((from, to)) = value.split_once('/') {
        return Some((day_range(from)?.0, day_range(to)?.1));
    }
    let day = value.get(..10).unwrap_or(value);
    match day.len() {
        10 => CivilDate::parse_iso(day).map(|d| (d, d)),
        7 => {
            let year = day.get(..4)?.parse().ok()?;
            let month = day.get(5..7)?.parse().ok()?;
            let first = CivilDate::new(year, month, 1)?;
            Some((first, CivilDate::new(year, month, days_in_month(year, month))?))
        }
        4 => {
            let year = day.parse().ok()?;
            Some((CivilDate::new(year, 1, 1)?, CivilDate::new(year, 12, 31)?))
        }
        _ => None,
    }
}

/// A later statement's date refining the value found first: a written interval replaces a
/// single day (a closing day, "hoy") or a wider period holding it ("esta semana" → "los días 6
/// y 7"); an end day after a single start day makes the interval ("hoy se instaló ... sesionará
/// hasta el viernes 9").
fn refine(current: &str, follow: &DateMention, cue: Cue) -> Option<String> {
    let (from, to) = day_range(current)?;
    let value = follow.value.as_deref()?;
    let (follow_from, follow_to) = day_range(value)?;
    let single = matches!(follow.kind, DateKind::Date | DateKind::Datetime) && from == to;
    match follow.kind {
        DateKind::Interval if follow_from < follow_to => {
            let wider = from <= follow_from && follow_to <= to && (from, to) != (follow_from, follow_to);
            (from == to || wider).then(|| value.to_string())
        }
        _ if single
            && cue == Cue::Ends
            && follow_from > from
            && follow_from.to_days() - from.to_days() <= MAX_EVENT_DAYS =>
        {
            Some(format!("{from}/{follow_from}"))
        }
        _ if single
            && cue == Cue::Starts
            && follow_from < from
            && from.to_days() - follow_from.to_days() <= MAX_EVENT_DAYS =>
        {
            Some(format!("{follow_from}/{from}"))
        }
        _ => None,
    }
}

/// The longest event an end day or a duration may stretch a start day into.
const MAX_EVENT_DAYS: i64 = 31;

/// Rule `event.date.clauses`: the event's own relative clauses give its first or last day
/// beside the day the sentence reports ("concluyó hoy la visita oficial a Asunción que inició
/// ayer"; "al cierre de la Reunión ..., que se instaló el sábado"; "la visita de Estado que el
/// mandatario inició este martes ... y que se extenderá hasta el jueves 21").
fn clause_interval(
    text: &str,
    mention_end: usize,
    sentence_end: usize,
    day: &DateMention,
    dates: &[DateMention],
) -> Option<String> {
    let reported = CivilDate::parse_iso(day.value.as_deref()?)?;
    let clause = text.get(mention_end..sentence_end)?;
    // Past a name in apposition: "la visita oficial a Asunción de la canciller ecuatoriana,
    // Gabriela Narváez Coello, que se prolongará hasta el viernes".
    let clause = apposition_len(clause).and_then(|len| clause.get(len..)).unwrap_or(clause);
    // Only a clause that opens right after the name ("..., que" / " que").
    if !clause.trim_start_matches([',', ' ']).starts_with("que ") || clause.find("que ")? > 3 {
        return None;
    }
    // "concluyó hoy la visita oficial que realizó al país los días 16 y 17 de septiembre": an
    // interval of the clause that holds the reported day is the event's.
    let clause_start = mention_end + (text.get(mention_end..sentence_end)?.len() - clause.len());
    let holding = dates.iter().find(|d| {
        d.kind == DateKind::Interval
            && d.span.start >= clause_start
            && text
                .get(clause_start..d.span.start)
                .is_some_and(|gap| !gap.contains([';', ':', '(']) && words_of(gap).count() <= 9)
            && d.value.as_deref().is_some_and(|v| {
                let days: Vec<CivilDate> = v.split('/').filter_map(CivilDate::parse_iso).collect();
                matches!(days.as_slice(), [a, b] if *a <= reported && reported <= *b)
            })
    });
    if let Some(interval) = holding {
        return interval.value.clone();
    }
    let (mut first, mut last) = (reported, reported);
    for date in dates.iter().filter(|d| d.kind == DateKind::Date && d.span.start >= mention_end) {
        let Some(value) = date.value.as_deref().and_then(CivilDate::parse_iso) else { continue };
        let before = text.get(mention_end..date.span.start)?;
        // The verb of the clause the date closes: the last "que" before it, a few words back.
        let Some(que) = before
            .rmatch_indices("que ")
            .find(|&(i, _)| {
                before.get(..i).and_then(|b| b.chars().next_back()).is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|(i, _)| i)
        else {
            continue;
        };
        let words: Vec<String> = words_of(before.get(que..)?).map(|w| w.to_lowercase()).collect();
        if words.len() > 9 || before.get(que..)?.contains([';', ':', '(']) {
            continue;
        }
        let has = |stems: &[&str]| words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)));
        if has(START_STEMS) || has(&["instal"]) {
            first = first.min(value);
        } else if has(&["extender", "prolongar"]) && words.last().is_some_and(|w| w == "hasta" || w == "el") {
            last = last.max(value);
        }
    }
    let days = last.to_days() - first.to_days();
    ((1..MAX_EVENT_DAYS).contains(&days)).then(|| format!("{first}/{last}"))
}

/// The length of a personal name in apposition at the start of `rest`: ", " + two to six
/// capitalised words + "," ("..., Gabriela Narváez Coello, que ...").
fn apposition_len(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(", ")?;
    let close = inner.find(',')?;
    let words: Vec<&str> = inner.get(..close)?.split(' ').collect();
    let name = (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    name.then_some(2 + close)
}

/// Rule `event.date.duration`: a single day stretched by a duration in the same sentence,
/// forwards after a verb of starting ("inició hoy una visita de Estado de dos días"),
/// backwards after one of ending ("concluyó hoy ... tras tres días de debates").
fn duration_interval(
    text: &str,
    mention_start: usize,
    day: &DateMention,
    dates: &[DateMention],
) -> Option<String> {
    // Most sentences have no duration: look before measuring the sentence.
    if !dates.iter().any(|d| d.kind == DateKind::Duration && d.span.start.abs_diff(mention_start) < 800) {
        return None;
    }
    let (sentence_start, sentence_end) = sentence_bounds(text, mention_start);
    let date = CivilDate::parse_iso(day.value.as_deref()?)?;
    let duration = dates.iter().find(|d| {
        d.kind == DateKind::Duration && d.span.start >= sentence_start && d.span.end <= sentence_end
    })?;
    let value = duration.value.as_deref()?;
    let days = match value.strip_prefix('P') {
        Some(rest) if rest.ends_with('D') => rest.trim_end_matches('D').parse::<i64>().ok()?,
        Some(rest) if rest.ends_with('W') => rest.trim_end_matches('W').parse::<i64>().ok()? * 7,
        _ => return None,
    };
    if !(2..=MAX_EVENT_DAYS).contains(&days) {
        return None;
    }
    let (mut starts, mut ends) = (false, false);
    for word in words_of(text.get(sentence_start..duration.span.start)?) {
        let word = word.to_lowercase();
        let w = word.as_str();
        starts |= START_STEMS.iter().any(|s| w.starts_with(s)) && !w.starts_with("iniciativ");
        ends |= END_STEMS.iter().any(|s| w.starts_with(s)) && !w.starts_with("conclusi");
    }
    match (starts, ends) {
        (true, false) => Some(format!("{date}/{}", date.add_days(days - 1)?)),
        (false, true) => Some(format!("{}/{date}", date.add_days(1 - days)?)),
        _ => None,
    }
}

/// Nouns of an act whose verb, in an earlier sentence, dates it: (noun, verb stems).
const ACT_NOUNS: &[(&str, &[&str])] =
    &[("firma", &["firm", "suscri"]), ("inauguracion", &["inaugur"]), ("clausura", &["clausur"])];

/// Rule `event.date.act_noun`: an undated event in a sentence about "la firma" / "la
/// inauguración" (or a "ceremonia de inauguración" itself) takes the day of the earlier
/// sentence that reports that act ("firmaron hoy ...", "inauguró hoy ...").
fn act_noun_date(
    text: &str,
    (start, end): (usize, usize),
    (sentence_start, sentence_end): (usize, usize),
    dates: &[DateMention],
) -> Option<String> {
    // Cheap test before any folding: the sentence must hold one of the nouns' stems.
    let sentence_text = text.get(sentence_start..sentence_end)?;
    if !["firma", "Firma", "naugura", "lausura"].iter().any(|stem| sentence_text.contains(stem)) {
        return None;
    }
    let sentence = tokens(text, sentence_start, sentence_end);
    let mut stems: Option<&[&str]> = None;
    let mut previous = String::new();
    for token in &sentence {
        let word = token.folded();
        if let Some(&(_, found)) = ACT_NOUNS.iter().find(|(noun, _)| *noun == word) {
            let inside = start <= token.start && token.end <= end;
            if inside || previous == "la" {
                stems = Some(found);
                break;
            }
        }
        previous = word;
    }
    let stems = stems?;
    let mut cursor = sentence_start;
    for _ in 0..6 {
        let before = text.get(..cursor)?.trim_end();
        if before.is_empty() {
            return None;
        }
        let (earlier_start, earlier_end) = sentence_bounds(text, before.len().saturating_sub(1));
        let verb = tokens(text, earlier_start, earlier_end).into_iter().find(|t| {
            let word = t.folded();
            stems.iter().any(|stem| word.starts_with(stem))
                && !ACT_NOUNS.iter().any(|(noun, _)| word == *noun || word.strip_suffix('s') == Some(noun))
                && !word.starts_with("firmante")
        });
        if let Some(verb) = verb {
            return dates
                .iter()
                .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Datetime) && d.value.is_some())
                .filter(|d| d.span.start >= earlier_start && d.span.end <= earlier_end)
                .min_by_key(|d| d.span.start.abs_diff(verb.start))
                .and_then(|d| d.value.clone());
        }
        cursor = earlier_start;
    }
    None
}

/// Rule `event.date.occasion`: an undated event named as the occasion of what its sentence
/// reports ("durante la sesión del Consejo", "en el marco de la Cumbre") takes the one day of
/// the sentence right before, which reports the same news ("Los ministros acordaron hoy ...
/// El ministro explicó que la propuesta fue respaldada durante la sesión ...").
fn occasion_date(text: &str, start: usize, sentence_start: usize, dates: &[DateMention]) -> Option<String> {
    let mut before: Vec<String> = Vec::with_capacity(5);
    let mut cursor = start;
    while before.len() < 5 && cursor > sentence_start {
        let Some(word) = previous_word(text, cursor).filter(|w| w.start >= sentence_start) else { break };
        before.push(word.folded());
        cursor = word.start;
    }
    let words: Vec<&str> = before.iter().map(String::as_str).collect();
    let occasion =
        matches!(words.as_slice(), ["la" | "el", "durante", ..] | ["del", "marco", "el", "en", ..])
            || matches!(words.as_slice(), ["la" | "los" | "las", "de", "marco", "el", "en", ..]);
    if !occasion {
        return None;
    }
    previous_sentence_day(text, sentence_start, dates)
}

/// The one day the sentence before the one starting at `sentence_start` gives.
fn previous_sentence_day(text: &str, sentence_start: usize, dates: &[DateMention]) -> Option<String> {
    let previous = text.get(..sentence_start)?.trim_end();
    if previous.is_empty() {
        return None;
    }
    let (previous_start, previous_end) = sentence_bounds(text, previous.len() - 1);
    let mut days = dates.iter().filter(|d| {
        d.kind == DateKind::Date
            && d.value.is_some()
            && d.span.start >= previous_start
            && d.span.end <= previous_end
    });
    let day = days.next()?;
    days.next().is_none().then(|| day.value.clone()).flatten()
}

/// Rule `event.date.same_day`: a sentence that opens by placing itself later on the day told
/// before ("El martes 23 ... firmaron la Carta. Por la tarde, los ministros inauguraron el
/// Foro ...": "Por la tarde", "Esa misma tarde", "Ese mismo día", "Más tarde") dates its event
/// by that day.
fn same_day_date(text: &str, sentence_start: usize, dates: &[DateMention]) -> Option<String> {
    let opening: Vec<String> = tokens(text, sentence_start, (sentence_start + 40).min(text.len()))
        .iter()
        .filter(|t| t.is_word())
        .take(3)
        .map(Token::folded)
        .collect();
    let words: Vec<&str> = opening.iter().map(String::as_str).collect();
    let same_day = matches!(
        words.as_slice(),
        ["por" | "en", "la", "tarde" | "manana" | "noche"]
            | ["esa", "misma", "tarde" | "manana" | "noche"]
            | ["ese", "mismo", "dia"]
            | ["mas", "tarde", ..]
    );
    if !same_day {
        return None;
    }
    previous_sentence_day(text, sentence_start, dates)
}

/// How far into the text (bytes) a headline may start: past the letterhead, dateline and
/// title block, lines are body text.
const HEADLINE_REACH: usize = 1200;

/// The end of the headline line holding byte `start`: a line without a final stop before any
/// body sentence, near the top; `None` when `start` is in the body.
pub(crate) fn headline_end(text: &str, start: usize) -> Option<usize> {
    let line_begin = line_start(text, start);
    if line_begin > HEADLINE_REACH {
        return None;
    }
    let line_end = text.get(start..).and_then(|rest| rest.find('\n')).map_or(text.len(), |i| start + i);
    let line = text.get(line_begin..line_end)?.trim_end();
    if line.ends_with(['.', ':', ';', ',', '?', '!']) || line.split_whitespace().count() > 30 {
        return None;
    }
    let head = text.get(..line_begin)?;
    if head.lines().any(|l| l.trim_end().ends_with('.') && l.split_whitespace().count() > 6) {
        return None;
    }
    Some(line_end)
}

/// Rule `event.date.headline_lead`: an undated event named in a headline (a line without a
/// final stop before any body sentence) takes the day the lead sentence gives ("Concluye la IV
/// Reunión ..." / "Los ministros, reunidos hoy en ...").
fn headline_date(text: &str, start: usize, dates: &[DateMention]) -> Option<String> {
    let line_end = headline_end(text, start)?;
    let rest = text.get(line_end..)?;
    let lead = line_end + (rest.len() - rest.trim_start().len());
    if lead >= text.len() {
        return None;
    }
    let (lead_start, lead_end) = sentence_bounds(text, lead);
    dates
        .iter()
        .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Interval | DateKind::Datetime))
        .find(|d| d.span.start >= lead_start && d.span.end <= lead_end)
        .and_then(|d| d.value.clone())
}

/// When an event took place, from every statement about it (its mentions and follow-up
/// subjects, in text order): the first statement with a date in its sentence, refined by later
/// follow-ups or a duration; else the act it is the occasion of; else a headline's lead.
/// `statements` are (start, end, follow-up); a follow-up subject ("La visita ...") dates the
/// event only through its own predicate ([`follow_up_date`]).
fn linked_date(
    text: &str,
    statements: &[(usize, usize, bool)],
    events: &[(usize, usize)],
    dates: &[DateMention],
    sorted: bool,
) -> Option<String> {
    // Each mention's sentence, measured once.
    let mentions: Vec<((usize, usize), (usize, usize))> = statements
        .iter()
        .filter(|&&(_, _, follow_up)| !follow_up)
        .map(|&(s, e, _)| ((s, e), sentence_bounds(text, s)))
        .collect();
    // Dates come in text order (`sorted`, checked once per document): look only at a
    // sentence's own.
    let within = |(from, to): (usize, usize)| {
        if !sorted {
            return dates;
        }
        let low = dates.partition_point(|d| d.span.start < from);
        let high = dates.partition_point(|d| d.span.start < to);
        dates.get(low..high).unwrap_or(&[])
    };
    let primary = mentions.iter().find_map(|&(mention, sentence)| {
        Some((mention, sentence, sentence_date(text, mention, sentence, within(sentence), events)?))
    });
    let Some(((primary_start, primary_end), primary_sentence, primary_date)) = primary else {
        return statements
            .iter()
            .find_map(|&(s, e, _)| follow_up_date(text, s, e, dates, events))
            .and_then(|(date, _)| date.value.clone())
            .or_else(|| {
                mentions.iter().find_map(|&(mention, sentence)| act_noun_date(text, mention, sentence, dates))
            })
            .or_else(|| {
                mentions
                    .iter()
                    .find_map(|&(mention, sentence)| occasion_date(text, mention.0, sentence.0, dates))
            })
            .or_else(|| mentions.iter().find_map(|&(_, sentence)| same_day_date(text, sentence.0, dates)))
            .or_else(|| mentions.first().and_then(|&((s, _), _)| headline_date(text, s, dates)));
    };
    let mut value = primary_date.value.clone()?;
    if primary_date.kind == DateKind::Date {
        if let Some(stretched) =
            clause_interval(text, primary_end, primary_sentence.1, primary_date, within(primary_sentence))
        {
            value = stretched;
        }
    }
    // A follow-up is a sentence's subject, so a later one is in a later sentence.
    for &(s, e, _) in statements.iter().filter(|&&(s, _, _)| s > primary_start) {
        if let Some((follow, cue)) = follow_up_date(text, s, e, dates, events) {
            if let Some(better) = refine(&value, follow, cue) {
                return Some(better);
            }
        }
    }
    if primary_date.kind == DateKind::Date {
        if let Some(stretched) = duration_interval(text, primary_start, primary_date, dates) {
            value = stretched;
        }
    }
    Some(value)
}

/// Verbs and participles that say where an event took place ("celebrada en Puebla").
const VENUE_WORDS: &[&str] = &[
    "celebrada",
    "celebrado",
    "celebradas",
    "celebrados",
    "realizada",
    "realizado",
    "realizadas",
    "realizados",
    "efectuada",
    "efectuado",
    "llevada",
    "llevado",
    "a",
    "cabo",
    "desarrollada",
    "desarrollado",
    "tuvo",
    "tendra",
    "lugar",
    "celebro",
    "realizo",
    "llevo",
    "efectuo",
    "celebrara",
    "realizara",
    "celebrarse",
    "realizarse",
    "llevarse",
    "prevista",
    "previsto",
    "para",
    "que",
    "se",
    "hoy",
    "ayer",
    "con",
    "sede",
    ",",
];

/// The place after an event name: "celebrada en Puebla", "que tuvo lugar en la ciudad de
/// Antigua", or "en Los Ángeles" right after the name.
fn event_place(text: &str, name_end: usize) -> Option<String> {
    let (_, sentence_end) = sentence_bounds(text, name_end.saturating_sub(1));
    let mut pos = name_end;
    for _ in 0..12 {
        let token = next_token(text, pos)?;
        if token.end > sentence_end || token.text == "\n" {
            return None;
        }
        // The name's acronym: "Conferencia ... (CHCI) en Washington".
        if token.text == "(" {
            let inner = text.get(token.end..sentence_end).and_then(|rest| rest.split_once(')'));
            match inner {
                Some((inner, _))
                    if (2..=15).contains(&inner.len()) && !inner.contains(char::is_whitespace) =>
                {
                    pos = token.end + inner.len() + 1;
                    continue;
                }
                _ => return None,
            }
        }
        let word = token.folded();
        if word == "en" {
            let mut cursor = token.end;
            // "en la ciudad de X"
            let lead: Vec<Token<'_>> = tokens(text, cursor, sentence_end).into_iter().take(3).collect();
            if lead.len() == 3 && lead.iter().map(Token::folded).collect::<Vec<_>>() == ["la", "ciudad", "de"]
            {
                cursor = lead.get(2).map(|t| t.end).unwrap_or(cursor);
            }
            return capitalised_run(text, cursor, sentence_end);
        }
        if !VENUE_WORDS.contains(&word.as_str()) {
            // Skip a date clause ("los días 8 y 9 de mayo") before the place.
            let is_date_word = matches!(
                word.as_str(),
                "el" | "los"
                    | "dia"
                    | "dias"
                    | "y"
                    | "de"
                    | "del"
                    | "al"
                    | "estos"
                    | "este"
                    | "esta"
                    | "semana"
                    | "pasado"
                    | "pasada"
                    | "proximo"
                    | "proxima"
                    | "lunes"
                    | "martes"
                    | "miercoles"
                    | "jueves"
                    | "viernes"
                    | "sabado"
                    | "domingo"
            ) || word.starts_with(|c: char| c.is_ascii_digit())
                || MONTHS.contains(&word.as_str());
            if !is_date_word {
                return None;
            }
        }
        pos = token.end;
    }
    None
}

/// The run of capitalised words (with "de", "del", "la" between them) starting at `pos`.
fn capitalised_run(text: &str, pos: usize, limit: usize) -> Option<String> {
    let mut start = None;
    let mut end = pos;
    let mut cursor = pos;
    for _ in 0..8 {
        let Some(token) = next_token(text, cursor) else { break };
        if token.end > limit {
            break;
        }
        if token.is_word() && token.is_capitalised() {
            start.get_or_insert(token.start);
            end = token.end;
        } else if start.is_none()
            || !matches!(token.folded().as_str(), "de" | "del" | "la" | "las" | "los" | "el")
        {
            break;
        }
        cursor = token.end;
    }
    let place = text.get(start?..end)?;
    // A body is not a place: "en la Secretaría", "en Materia"...
    let first: String = place.split_whitespace().next().unwrap_or("").chars().map(fold_char).collect();
    if matches!(
        first.as_str(),
        "materia" | "secretaria" | "ministerio" | "cancilleria" | "representacion" | "nombre"
    ) {
        return None;
    }
    Some(place.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use acta_normalize::{normalize, Flavor};

    /// (type, name, ordinal, rule) of the events of `text`.
    fn events_of(text: &str) -> Vec<(EventType, String, Option<u32>, String)> {
        let doc = Doc::new(text);
        find(&doc, &[], &[]).into_iter().map(|e| (e.event_type, e.name, e.ordinal, e.rule)).collect()
    }

    /// (type, name, ordinal) expected for one sentence.
    type Expected<'a> = &'a [(EventType, &'a str, Option<u32>)];

    fn check(rule: &str, cases: &[(&str, Expected<'_>)]) {
        for (text, expected) in cases {
            let found = events_of(text);
            let got: Vec<(EventType, &str, Option<u32>)> =
                found.iter().map(|(t, n, o, _)| (*t, n.as_str(), *o)).collect();
            assert_eq!(&got, expected, "{rule}: {text}");
            for (_, _, _, r) in &found {
                assert_eq!(r, rule, "{rule}: {text}");
            }
        }
    }

    use EventType::*;

    /// A visit's ordinal counts visits; it numbers no edition of a series.
    #[test]
    fn visits_have_no_edition_ordinal() {
        let found = events_of("Es la segunda visita oficial del canciller a Guatemala.");
        let got: Vec<(EventType, &str, Option<u32>)> =
            found.iter().map(|(t, n, o, _)| (*t, n.as_str(), *o)).collect();
        assert_eq!(got, [(Visit, "segunda visita oficial del canciller a Guatemala", None)]);
        // A meeting's ordinal word is its edition.
        let found = events_of("Concluyó la segunda reunión del grupo de trabajo sobre retorno.");
        assert_eq!(found.first().map(|(_, _, o, _)| *o), Some(Some(2)));
        // A lowercase ordinal and a bare head name no event: an edition recalled or unnamed.
        for text in [
            "Recordó que la primera cumbre se celebró en 2010.",
            "Dicho consejo sostendrá su primera reunión, en cuyo marco trabajará.",
            "Es la decimotercera reunión entre ambos dirigentes.",
        ] {
            assert!(events_of(text).is_empty(), "{text}");
        }
        // A lowercase plural head names several unnamed events.
        assert!(events_of("Se acompañará de una serie de talleres de capacitación.").is_empty());
        // Capitalised or numbered, it is named.
        let found = events_of("Se celebró la Primera Reunión en Lima.");
        assert_eq!(found.first().map(|(_, n, o, _)| (n.as_str(), *o)), Some(("Primera Reunión", Some(1))));
    }

    /// Names that run past a comma item, a hyphen, "ante la" or a country's "y", and stop
    /// before "con un".
    #[test]
    fn names_through_items_compounds_and_country_names() {
        let name = |text: &str| events_of(text).first().map(|(t, n, _, _)| (*t, n.clone()));
        assert_eq!(
            name("Belice acogerá el Taller Regional sobre Pesca Ilegal, No Declarada y No Reglamentada, con el apoyo de la FAO."),
            Some((Workshop, "Taller Regional sobre Pesca Ilegal, No Declarada y No Reglamentada".to_string()))
        );
        assert_eq!(
            name("Se anunció el Seminario-Taller Regional sobre Preparación ante la Temporada de Huracanes, el jueves."),
            Some((Seminar, "Seminario-Taller Regional sobre Preparación ante la Temporada de Huracanes".to_string()))
        );
        assert_eq!(
            name("Concluye la XXXI Reunión Ordinaria del Consejo de Ministros de la AEC con un Plan de Acción sobre el sargazo."),
            Some((Meeting, "XXXI Reunión Ordinaria del Consejo de Ministros de la AEC".to_string()))
        );
        assert_eq!(
            name("La canciller concluyó su visita oficial a Trinidad y Tobago, donde firmó dos acuerdos."),
            Some((Visit, "visita oficial a Trinidad y Tobago".to_string()))
        );
        // Two destinations are not one country.
        assert_eq!(
            name("El presidente inició una visita oficial a Perú y Chile."),
            Some((Visit, "visita oficial a Perú".to_string()))
        );
    }

    /// A number sign after the head and its qualifiers numbers the event; a code does not.
    #[test]
    fn numbered_events_take_their_number() {
        let found = events_of("Se celebró la Sesión Ordinaria N.° 12 del Comité Técnico en Quito.");
        assert_eq!(
            found.first().map(|(_, n, o, _)| (n.as_str(), *o)),
            Some(("Sesión Ordinaria N.° 12 del Comité Técnico", Some(12)))
        );
        let found = events_of("Se celebró la Reunión Técnica N.° 64-2026 en Quito.");
        assert_eq!(
            found.first().map(|(_, n, o, _)| (n.as_str(), *o)),
            Some(("Reunión Técnica N.° 64-2026", None))
        );
    }

    #[test]
    fn ordinal_events() {
        check(
            "event.ordinal",
            &[
                ("Concluyó la XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración (CRM).", &[(Meeting, "XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración", Some(26))]),
                ("Se celebró la LI Asamblea General de la OEA en Lima.", &[(Session, "LI Asamblea General de la OEA", Some(51))]),
                // A round of talks is a meeting.
                ("Acordaron celebrar la VI Ronda de Conversaciones Migratorias en Santo Domingo.", &[(Meeting, "VI Ronda de Conversaciones Migratorias", Some(6))]),
                // "en Santiago de Chile" is where, not the name's.
                ("Acordaron celebrar la Cuarta Reunión Binacional de Ministros del Interior en Santiago de Chile durante 2024.", &[(Meeting, "Cuarta Reunión Binacional de Ministros del Interior", Some(4))]),
                ("Los cancilleres asistieron a la Vigésima Sexta Cumbre Iberoamericana, que se celebró en Andorra.", &[(Summit, "Vigésima Sexta Cumbre Iberoamericana", Some(26))]),
                ("Se llevó a cabo la tercera reunión de la comisión binacional.", &[(Meeting, "tercera reunión de la comisión binacional", Some(3))]),
                ("Inició la 1.ª Conferencia Ministerial sobre Movilidad Humana en Quito.", &[(Conference, "1.ª Conferencia Ministerial sobre Movilidad Humana", Some(1))]),
                ("Participó en el 2do. Congreso de Alcaldes de frontera.", &[(Congress, "2do. Congreso de Alcaldes de frontera", Some(2))]),
                ("Se inauguró el 10a. Foro Regional de Juventudes.", &[(Forum, "10a. Foro Regional de Juventudes", Some(10))]),
                ("Organizaron el 1er Seminario Internacional de Protección Consular.", &[(Seminar, "1er Seminario Internacional de Protección Consular", Some(1))]),
                ("Asistió al III Congreso Regional sobre Mujeres en los contextos de la migración.", &[(Congress, "III Congreso Regional sobre Mujeres en los contextos de la migración", Some(3))]),
                ("Destaca la II Reunión Plenaria entre la Conferencia Regional sobre Migración y la Conferencia Suramericana sobre Migraciones. Este encuentro sirvió.", &[(Meeting, "II Reunión Plenaria entre la Conferencia Regional sobre Migración y la Conferencia Suramericana sobre Migraciones", Some(2))]),
                ("Concluyó la Décima Conferencia Sudamericana, en la que participaron doce países.", &[(Conference, "Décima Conferencia Sudamericana", Some(10))]),
            ],
        );
    }

    #[test]
    fn compound_heads() {
        check(
            "event.compound_head",
            &[
                (
                    "Ambos ministros sostuvieron una reunión bilateral con su homólogo.",
                    &[(Meeting, "reunión bilateral", None)],
                ),
                (
                    "El presidente realizó una visita oficial a Guatemala.",
                    &[(Visit, "visita oficial a Guatemala", None)],
                ),
                (
                    "La CIDH realizará una visita in loco a Guatemala del 8 al 12 de septiembre.",
                    &[(Visit, "visita in loco a Guatemala", None)],
                ),
                (
                    "La Reina inició una visita de Estado a Chile.",
                    &[(Visit, "visita de Estado a Chile", None)],
                ),
                (
                    "Se instaló la mesa de trabajo sobre retorno asistido, que sesionará cada mes.",
                    &[(Meeting, "mesa de trabajo sobre retorno asistido", None)],
                ),
                (
                    "Tuvo lugar la ceremonia de firma del acuerdo en la Cancillería.",
                    &[(Ceremony, "ceremonia de firma del acuerdo", None)],
                ),
                (
                    "Durante el Período Ordinario de Sesiones de la Asamblea General se debatió el tema.",
                    &[(Session, "Período Ordinario de Sesiones de la Asamblea General", None)],
                ),
                ("La reunión técnica concluyó sin acuerdos.", &[(Meeting, "reunión técnica", None)]),
                (
                    "Se celebró la Reunión de Alto Nivel sobre Refugiados en Ginebra.",
                    &[(Meeting, "Reunión de Alto Nivel sobre Refugiados", None)],
                ),
            ],
        );
    }

    /// A lowercase head with a quoted title names an event.
    #[test]
    fn a_lowercase_head_with_a_quoted_title() {
        check(
            "event.head_complement",
            &[(
                "Incluyó el webinar \"Vacunas seguras, comunidades protegidas\", organizado con la OPS.",
                &[(Seminar, "webinar \"Vacunas seguras, comunidades protegidas\"", None)],
            )],
        );
        // A head named only when capitalised takes a quoted title too, maybe after "virtual".
        check(
            "event.head_complement",
            &[
                (
                    "El instituto abrirá el curso virtual \"Registros administrativos para la medición\", de seis semanas.",
                    &[(Course, "curso virtual \"Registros administrativos para la medición\"", None)],
                ),
                ("Incluyó el curso «Gestión de fronteras» en abril.", &[(Course, "curso «Gestión de fronteras»", None)]),
                ("La reunión \"amistosa\" fue breve.", &[]),
            ],
        );
        check(
            "event.compound_head",
            &[(
                "Se realizó un conversatorio virtual «Juventud y trabajo decente» con jóvenes.",
                &[(Forum, "conversatorio virtual «Juventud y trabajo decente»", None)],
            )],
        );
    }

    /// A body's name that the text says was held names its sitting.
    #[test]
    fn a_bodys_name_held_is_an_event() {
        check(
            "event.held_name",
            &[(
                "Recoge las aportaciones formuladas en la Conferencia Sectorial de Inmigración, celebrada el pasado 3 de marzo.",
                &[(Conference, "Conferencia Sectorial de Inmigración", None)],
            )],
        );
        // Without the clause it is the body.
        check("event.held_name", &[("Lo aprobó la Conferencia Sectorial de Inmigración.", &[])]);
    }

    #[test]
    fn proper_names() {
        check(
            "event.proper_name",
            &[
                ("Los mandatarios asistieron a la Cumbre de las Américas en Los Ángeles.", &[(Summit, "Cumbre de las Américas", None)]),
                ("Se realizó el Foro de discusión con las Organizaciones de la Diáspora: Hacia la inversión.", &[(Forum, "Foro de discusión con las Organizaciones de la Diáspora: Hacia la inversión", None)]),
                ("México participó en la Cumbre de Líderes de América del Norte, celebrada el lunes.", &[(Summit, "Cumbre de Líderes de América del Norte", None)]),
                ("La Reunión del Foro de Ministros concluyó ayer.", &[(Meeting, "Reunión del Foro de Ministros", None)]),
                // After a course's head, "en" names its field.
                ("Se dictó el Curso en Derecho Migratorio Internacional.", &[(Course, "Curso en Derecho Migratorio Internacional", None)]),
                // Trade missions and business rounds.
                ("Concluyó la Misión Comercial «Chile Alimenta Europa», que reunió a 42 empresas.", &[(Other, "Misión Comercial «Chile Alimenta Europa»", None)]),
                ("Se celebró la Ronda de Negocios Chile-Alemania con importadores.", &[(Meeting, "Ronda de Negocios Chile-Alemania", None)]),
                // Deep in a course's title a plural subject goes on; a city after a meeting's
                // name is its venue.
                ("Inició el Curso Internacional de Gestión de Recursos Hídricos en Zonas Áridas.", &[(Course, "Curso Internacional de Gestión de Recursos Hídricos en Zonas Áridas", None)]),
                ("Se celebró la Reunión del Comité de Fronteras en Iquitos.", &[(Meeting, "Reunión del Comité de Fronteras", None)]),
                // A discussion panel with its quoted title.
                (
                    "Realizarán el Conversatorio \"Paraguay en el mundo: desafíos de la política exterior\", dirigido a estudiantes.",
                    &[(Forum, "Conversatorio \"Paraguay en el mundo: desafíos de la política exterior\"", None)],
                ),
            ],
        );
    }

    #[test]
    fn proper_names_rule_ids() {
        let found = events_of("El canciller viajó a la Cumbre de las Américas tiene lugar en junio.");
        assert_eq!(found.first().map(|f| f.1.as_str()), Some("Cumbre de las Américas"));
        assert_eq!(found.first().map(|f| f.3.as_str()), Some("event.proper_name"));
        let found = events_of("Se celebró la Reunión del Foro de Ministros de Salud en Panamá.");
        assert_eq!(found.first().map(|f| (f.0, f.3.as_str())), Some((Meeting, "event.proper_name")));
        // "MIX" is no Roman numeral here: a named meeting without ordinal.
        let found = events_of("Se reunió la MIX Reunión de expertos.");
        assert_eq!(found.first().map(|f| (f.1.as_str(), f.2)), Some(("Reunión de expertos", None)));
    }

    #[test]
    fn head_complements() {
        check(
            "event.head_complement",
            &[
                ("Se impartió un diplomado sobre prevención, persecución, protección y asistencia en materia de trata de personas.", &[(Course, "diplomado sobre prevención, persecución, protección y asistencia en materia de trata de personas", None)]),
                ("Se realizó un taller sobre mecanismos de búsqueda de personas migrantes desaparecidas.", &[(Workshop, "taller sobre mecanismos de búsqueda de personas migrantes desaparecidas", None)]),
                // After a course's head, "en" names its field, not a place.
                ("Se realizó el Diplomado en Gestión Migratoria el 3 de abril.", &[(Course, "Diplomado en Gestión Migratoria", None)]),
                ("Se organizó un seminario sobre protección consular que reunió a cien funcionarios.", &[(Seminar, "seminario sobre protección consular", None)]),
                ("La cancillería ofreció un curso sobre derecho internacional humanitario.", &[(Course, "curso sobre derecho internacional humanitario", None)]),
                ("Se impartió un taller de formación para periodistas.", &[(Workshop, "taller de formación para periodistas", None)]),
                ("El consulado realizará un taller informativo virtual sobre los requisitos del pasaporte.", &[(Workshop, "taller informativo virtual sobre los requisitos del pasaporte", None)]),
                ("En el curso de la semana se revisó el tema.", &[]),
                ("El taller concluyó ayer.", &[]),
            ],
        );
    }

    #[test]
    fn heads_of_a_name() {
        check(
            "event.head_of_name",
            &[
                (
                    "El plan se llevará a la cumbre del Grupo de los Ocho (G8), que se celebrará en mayo.",
                    &[(Summit, "cumbre del Grupo de los Ocho", None)],
                ),
                (
                    "Los cancilleres asistieron a la reunión de la Celac en Caracas.",
                    &[(Meeting, "reunión de la Celac", None)],
                ),
                (
                    "En el marco de la reunión de Panamá, las organizaciones abogaron por acuerdos.",
                    &[(Meeting, "reunión de Panamá", None)],
                ),
                (
                    "Fuera de la reunión del Consejo, los ministros hablaron.",
                    &[(Meeting, "reunión del Consejo", None)],
                ),
                ("Se habló de la cumbre de ayer.", &[]),
            ],
        );
    }

    #[test]
    fn sessions_and_technical_workshops() {
        check(
            "event.head_of_name",
            &[
                (
                    "El acuerdo se alcanzó durante la sesión del Consejo de Comercio y Desarrollo Sostenible.",
                    &[(Session, "sesión del Consejo de Comercio y Desarrollo Sostenible", None)],
                ),
                // Lowercase after "y": the proper name ends.
                (
                    "Habló durante la sesión del Consejo Andino y luego viajó.",
                    &[(Session, "sesión del Consejo Andino", None)],
                ),
                ("Se levantó la sesión a las tres.", &[]),
            ],
        );
        check(
            "event.head_complement",
            &[(
                "La agencia organizará un taller técnico sobre control de fronteras.",
                &[(Workshop, "taller técnico sobre control de fronteras", None)],
            )],
        );
    }

    #[test]
    fn organisation_mentions_merge_names() {
        let text = "Concluyó la Cumbre de la CELAC en Caracas. La Cumbre de la Comunidad de Estados Latinoamericanos y Caribeños aprobó un plan.";
        let orgs = vec![org(
            text,
            &["CELAC", "Comunidad de Estados Latinoamericanos y Caribeños"],
            "Comunidad de Estados Latinoamericanos y Caribeños",
            Some("CELAC"),
        )];
        let found = find(&Doc::new(text), &[], &orgs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions.len(), 2);
        assert_eq!(found[0].organizations, vec!["CELAC".to_string()]);
        assert_eq!(found[0].name, "Cumbre de la Comunidad de Estados Latinoamericanos y Caribeños");
    }

    /// An edition's short name that ends with the body its full name ends with is that edition.
    #[test]
    fn an_editions_short_name_by_its_body() {
        let text = "VII Cumbre de Jefas y Jefes de Estado y de Gobierno de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC)\n\nReunidos con ocasión de la VII Cumbre de la CELAC, adoptamos la Declaración.";
        let orgs = vec![org(
            text,
            &["Comunidad de Estados Latinoamericanos y Caribeños", "CELAC", "CELAC"],
            "Comunidad de Estados Latinoamericanos y Caribeños",
            Some("CELAC"),
        )];
        let found = find(&Doc::new(text), &[], &orgs);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].mentions.len(), 2);
        // Another edition of the same body stays apart.
        let text = "Se clausuró la VII Cumbre de Jefes de Estado de la CELAC. La VIII Cumbre de la CELAC será en 2024.";
        assert_eq!(find(&Doc::new(text), &[], &[]).len(), 2);
    }

    #[test]
    fn held_objects_are_events() {
        check(
            "event.held_object",
            &[
                ("La viceministra participó en un foro con cámaras de comercio.", &[(Forum, "foro con cámaras de comercio", None)]),
                ("El canciller mantuvo una reunión con su homóloga paraguaya, la ministra Ana Ruiz.", &[(Meeting, "reunión con su homóloga paraguaya", None)]),
                ("El secretario sostuvo en Lima un encuentro con el presidente Luis Prado para revisar la agenda.", &[(Meeting, "encuentro con el presidente Luis Prado", None)]),
                ("Lo anunció al concluir una reunión con representantes de la sociedad civil.", &[(Meeting, "reunión con representantes de la sociedad civil", None)]),
                ("Se acordó en una reunión con alcaldes fronterizos.", &[(Meeting, "reunión con alcaldes fronterizos", None)]),
            ],
        );
        // A definite, generic or agent-less head is no new event; nor a head without its
        // counterparts, nor the noun of the verb.
        for text in [
            "La reunión con los alcaldes fue productiva.",
            "Propuso una reunión con los alcaldes.",
            "El foro con mayor asistencia fue el de Lima.",
            "Los participantes en un foro con jóvenes opinaron.",
            "Insistió en pensar en una reunión con los alcaldes.",
            "Mantuvo una reunión en la sede de la cancillería.",
            "La celebración de una reunión con los alcaldes quedó pendiente.",
        ] {
            assert_eq!(events_of(text), Vec::new(), "not held: {text}");
        }
    }

    #[test]
    fn a_year_after_a_body_head_is_its_edition() {
        check(
            "event.year_edition",
            &[
                (
                    "Habló en la Conferencia 2024 del Instituto Andino de Estudios Fronterizos.",
                    &[(Conference, "Conferencia 2024 del Instituto Andino de Estudios Fronterizos", None)],
                ),
                (
                    "Se prepara el Congreso 2025 de la Asociación Latinoamericana de Sociología.",
                    &[(Congress, "Congreso 2025 de la Asociación Latinoamericana de Sociología", None)],
                ),
            ],
        );
        for text in [
            "La Conferencia Episcopal publicó su mensaje de 2024.",
            "La Conferencia aprobó en 2024 su reglamento.",
            "la conferencia 2024 del instituto",
        ] {
            assert_eq!(events_of(text), Vec::new(), "no edition: {text}");
        }
    }

    #[test]
    fn a_demonstrative_qualified_head_is_a_later_mention() {
        let text =
            "Comenzó la reunión ministerial del grupo. Los temas de esta reunión de cancilleres son tres.";
        let found = find(&Doc::new(text), &[], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "reunión ministerial del grupo");
        assert_eq!(found[0].mentions.len(), 2);
        // With no earlier meeting, the qualified head is an event of its own.
        let text = "Los temas de esta reunión de cancilleres son tres.";
        let found = find(&Doc::new(text), &[], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "reunión de cancilleres");
    }

    #[test]
    fn the_place_follows_the_acronym_of_the_name() {
        for (text, place) in [
            (
                "Clausuró la Cumbre del Sistema de la Integración Centroamericana (SICA) en San Salvador.",
                Some("San Salvador"),
            ),
            ("Asistió a la IV Reunión del Grupo Andino (GA), celebrada en Quito.", Some("Quito")),
            ("Asistió a la IV Reunión del Grupo Andino (véase el anexo) en Quito.", None),
        ] {
            let found = find(&Doc::new(text), &[], &[]);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].place.as_deref(), place, "{text}");
        }
    }

    #[test]
    fn a_name_to_be_held_is_an_event() {
        /// (name, date or "", place) of each event found.
        type Held<'a> = &'a [(&'a str, &'a str, Option<&'a str>)];
        let cases: &[(&str, Held<'_>)] = &[
            (
                "Presentará el informe en la Plataforma Regional para la Prevención de Incendios, prevista para junio de 2026 en Lima.",
                &[("Plataforma Regional para la Prevención de Incendios", "2026-06", Some("Lima"))],
            ),
            (
                "Los expertos acudirán al Diálogo Andino de Aguas, que se celebrará en Quito.",
                &[("Diálogo Andino de Aguas", "", Some("Quito"))],
            ),
            // The participle agrees with "la firma", not with the treaty; no venue; no date.
            ("Anunció la firma del Tratado de Libre Comercio, prevista para junio de 2026.", &[]),
            ("Elogió el trabajo de la Plataforma Regional de Incendios, prevista para junio de 2026.", &[]),
            ("Presentará el informe en la Plataforma Regional de Incendios, prevista para entonces.", &[]),
            ("Presentará el informe en el Fondo Regional de Incendios, prevista para junio de 2026.", &[]),
        ];
        for (text, expected) in cases {
            let dates: Vec<DateMention> = ["junio de 2026"]
                .iter()
                .filter(|needle| text.contains(*needle))
                .map(|needle| date(text, needle, "2026-06", DateKind::Month))
                .collect();
            let found = find(&Doc::new(text), &dates, &[]);
            let got: Vec<(&str, &str, Option<&str>)> = found
                .iter()
                .map(|e| (e.name.as_str(), e.date.as_deref().unwrap_or(""), e.place.as_deref()))
                .collect();
            assert_eq!(&got, expected, "{text}");
            assert!(found.iter().all(|e| e.rule == "event.held_name" && e.event_type == Other), "{text}");
        }
    }

    #[test]
    fn capitalised_participles_stay_in_names() {
        check(
            "event.ordinal",
            &[
                ("Se aprobó en la II Conferencia sobre Crimen Organizado Transnacional, celebrada en Quito.", &[(Conference, "II Conferencia sobre Crimen Organizado Transnacional", Some(2))]),
                ("Se aprobó en la II Conferencia sobre el Crimen, organizada en Quito.", &[(Conference, "II Conferencia sobre el Crimen", Some(2))]),
            ],
        );
    }

    #[test]
    fn generic_nouns_are_not_events() {
        for text in [
            "La reunión concluyó ayer.",
            "Este encuentro sirvió para fortalecer la relación.",
            "Los trabajos de la conferencia continuaron.",
            "La Conferencia Regional sobre Migración agradeció el apoyo.",
            "Ofreció una conferencia de prensa en Palacio Nacional.",
            "El Congreso de la República aprobó la ley.",
            "Se destacó la importancia de la cumbre.",
            // A day of a meeting, even with an ordinal.
            "La primera jornada de trabajo concluyó con un balance positivo.",
        ] {
            assert_eq!(events_of(text), Vec::new(), "generic: {text}");
        }
    }

    /// A capitalised "Jornada" names an event (a consular outreach, a study day).
    #[test]
    fn named_jornadas_are_events() {
        let found = events_of("El consulado informa que del 8 al 16 de noviembre se realizará una Jornada de Documentación bajo la modalidad de consulado móvil.");
        let got: Vec<(EventType, &str)> = found.iter().map(|(t, n, _, _)| (*t, n.as_str())).collect();
        assert_eq!(got, [(Other, "Jornada de Documentación")]);
    }

    #[test]
    fn list_items_are_events() {
        let text = "Se realizaron diversas actividades, dentro de las que destacan:\n\nEl III Congreso Regional sobre Mujeres.\nEl seguimiento al Pacto Mundial para una Migración Segura.\nEl taller sobre búsqueda de personas.\n\nFin.";
        let found = events_of(text);
        let got: Vec<(EventType, &str, &str)> =
            found.iter().map(|(t, n, _, r)| (*t, n.as_str(), r.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Congress, "III Congreso Regional sobre Mujeres", "event.list_item"),
                (Workshop, "taller sobre búsqueda de personas", "event.list_item"),
            ]
        );
    }

    #[test]
    fn names_stop_at_clauses() {
        let cases: &[(&str, &str)] = &[
            ("Se celebró la Cumbre del SICA, en la que participaron ocho países.", "Cumbre del SICA"),
            ("Inició la Cumbre Iberoamericana que reúne a 22 países.", "Cumbre Iberoamericana"),
            ("La Reunión Ministerial celebrada en Puebla fue un éxito.", "Reunión Ministerial"),
            ("La Cumbre Iberoamericana y la Cumbre UE-CELAC coincidieron.", "Cumbre Iberoamericana"),
            (
                "Se celebró la Cumbre de Jefes de Estado y de Gobierno del SICA.",
                "Cumbre de Jefes de Estado y de Gobierno del SICA",
            ),
            ("Se celebró la Cumbre Andina el 3 de mayo de 2021.", "Cumbre Andina"),
            ("Se celebró el Foro Social por consenso.", "Foro Social"),
            // A lowercase audience after "para" is not the name; a capitalised topic is.
            (
                "Inauguró el Curso de Actualización Consular para funcionarios del servicio exterior.",
                "Curso de Actualización Consular",
            ),
            (
                "Inauguró el Foro Regional para la Facilitación del Tránsito.",
                "Foro Regional para la Facilitación del Tránsito",
            ),
            // A number sign and its number belong to the name.
            ("Se inauguró el Seminario N.° 12 sobre Fronteras en Quito.", "Seminario N.° 12 sobre Fronteras"),
            // A subtitle after a colon goes on in running text: a capital, or an article and a
            // capital, that opens no list.
            (
                "Firmaron en la clausura del Foro Regional sobre Movilidad Laboral: Trabajo Decente sin Fronteras en Centroamérica, celebrado ayer.",
                "Foro Regional sobre Movilidad Laboral: Trabajo Decente sin Fronteras en Centroamérica",
            ),
            (
                "Organizaron el Seminario Internacional sobre Talento sin Fronteras: la Movilidad Calificada en la Alianza del Pacífico, que reunió a 140 especialistas.",
                "Seminario Internacional sobre Talento sin Fronteras: la Movilidad Calificada en la Alianza del Pacífico",
            ),
            ("Los temas de la Reunión Ministerial: Migración, Seguridad y Comercio.", "Reunión Ministerial"),
            ("Concluyó la Cumbre Andina: los presidentes firmaron la declaración.", "Cumbre Andina"),
        ];
        for (text, name) in cases {
            let found = events_of(text);
            assert_eq!(found.first().map(|f| f.1.as_str()), Some(*name), "name: {text}");
        }
    }

    #[test]
    fn names_with_a_counterparty_or_a_list_complement() {
        let cases: &[(&str, &str)] = &[
            // A bilateral body's counterparty is part of its name.
            (
                "Se celebró la III Reunión de la Comisión Binacional con la República del Ecuador en Lima.",
                "III Reunión de la Comisión Binacional con la República del Ecuador",
            ),
            (
                "Concluyó la I Reunión del Grupo de Trabajo Conjunta con el Reino de Marruecos.",
                "I Reunión del Grupo de Trabajo Conjunta con el Reino de Marruecos",
            ),
            // Otherwise "con" + a state is the counterparty of the act, not the name.
            (
                "Se celebró la III Reunión de Ministros de Salud con la República del Ecuador.",
                "III Reunión de Ministros de Salud",
            ),
            // A bilateral body with a clause after "con".
            (
                "Concluyó la II Reunión de la Comisión Mixta con la participación de diez expertos.",
                "II Reunión de la Comisión Mixta",
            ),
            // "en" + an abstract noun is the subject; a city is a place.
            (
                "Se abrió el Curso de Actualización en Documentación Consular, dirigido al personal.",
                "Curso de Actualización en Documentación Consular",
            ),
            (
                "Se celebró la Cumbre de Presidentes en Asunción, con la presencia de todos.",
                "Cumbre de Presidentes",
            ),
            // "en su territorio": a possessive is no title word.
            ("Se ofreció para acoger la VIII Cumbre en su territorio en 2024.", "VIII Cumbre"),
            // "en" + a bare lowercase noun is an adverbial.
            (
                "Acordaron celebrar la VII Cumbre Presidencial en territorio peruano.",
                "VII Cumbre Presidencial",
            ),
            ("Se realizó la II Reunión Técnica en formato virtual.", "II Reunión Técnica"),
        ];
        for (text, name) in cases {
            let found = events_of(text);
            assert_eq!(found.first().map(|f| f.1.as_str()), Some(*name), "name: {text}");
        }
        // A list item is its own name, place-like endings and "con" complements included.
        let text = "Entre las actividades destacan:\n\n- El Foro sobre Empleo Juvenil en Mesoamérica.\n- La Mesa de Trabajo con las cámaras de comercio de la región.\n\nFin.";
        let names: Vec<String> = events_of(text).into_iter().map(|f| f.1).collect();
        assert_eq!(
            names,
            vec![
                "Foro sobre Empleo Juvenil en Mesoamérica".to_string(),
                "Mesa de Trabajo con las cámaras de comercio de la región".to_string()
            ]
        );
    }

    #[test]
    fn visits_take_their_destination() {
        let cases: &[(&str, &str, &str)] = &[
            ("La ministra realizará una visita oficial a Panamá la próxima semana.", "visita oficial a Panamá", "visita oficial a Panamá"),
            ("El rey inició una visita de Estado al Reino de Marruecos.", "visita de Estado al Reino de Marruecos", "visita de Estado al Reino de Marruecos"),
            // A length or an agent between the head and the destination is left out of the name.
            (
                "Concluyó la visita oficial del canciller de Honduras, Juan Pérez Soto, a la República de Panamá.",
                "visita oficial a la República de Panamá",
                "visita oficial del canciller de Honduras, Juan Pérez Soto, a la República de Panamá",
            ),
            // A visit is its visitor's: "su" does not make it unnamed as it does a meeting.
            (
                "Dio cuenta de su visita de trabajo a Puerto Príncipe, realizada en febrero.",
                "visita de trabajo a Puerto Príncipe",
                "visita de trabajo a Puerto Príncipe",
            ),
            // No place after "a": the name is the head.
            ("Hizo una visita oficial a realizar acuerdos.", "visita oficial", "visita oficial"),
            ("Realizó una visita de trabajo al Presidente de Chile.", "visita de trabajo", "visita de trabajo"),
            // A verb or a clause in between: the destination is someone else's.
            ("Durante la visita oficial firmó un acuerdo a Chile.", "visita oficial", "visita oficial"),
            // Rule `event.visitor`: the visitor after the visit, to the comma before their name.
            (
                "En el marco de la visita oficial al Paraguay del ministro de Relaciones Exteriores del Uruguay, Martín Ferreira, se firmó.",
                "visita oficial al Paraguay del ministro de Relaciones Exteriores del Uruguay",
                "visita oficial al Paraguay del ministro de Relaciones Exteriores del Uruguay",
            ),
            (
                "Durante la visita de trabajo de la ministra uruguaya de Ambiente, Lucía Cabrera, se habló.",
                "visita de trabajo de la ministra uruguaya de Ambiente",
                "visita de trabajo de la ministra uruguaya de Ambiente",
            ),
            // ... and before the destination when no comma interrupts it.
            (
                "Con motivo de la visita oficial de la Canciller panameña a la República Dominicana, adoptan.",
                "visita oficial de la Canciller panameña a la República Dominicana",
                "visita oficial de la Canciller panameña a la República Dominicana",
            ),
            // A date, a clause or a non-role noun ends it or is no visitor.
            (
                "La visita oficial a Chile del presidente peruano los días 3 y 4 de mayo.",
                "visita oficial a Chile del presidente peruano",
                "visita oficial a Chile del presidente peruano",
            ),
            ("La visita de Estado del presidente que llegó ayer.", "visita de Estado del presidente", "visita de Estado del presidente"),
        ];
        let text = "El mandatario inició una visita de trabajo de tres días a la República de Chile.";
        let dates = vec![date(text, "tres días", "P3D", DateKind::Duration)];
        let found = find(&Doc::new(text), &dates, &[]);
        assert_eq!(found.first().map(|e| e.name.as_str()), Some("visita de trabajo a la República de Chile"));
        for (text, name, written) in cases {
            let found = find(&Doc::new(text), &[], &[]);
            let event = found.first().unwrap_or_else(|| panic!("event.compound_head: {text}"));
            assert_eq!(
                (event.name.as_str(), event.text.as_str()),
                (*name, *written),
                "event.compound_head: {text}"
            );
            assert_eq!(&text[event.span.start..event.span.end], event.text);
        }
    }

    #[test]
    fn the_object_of_a_ceremony_is_an_event() {
        let text = "Invitaron a la ceremonia de inauguración del III Foro Regional de Juventudes, que será el 5 de mayo.";
        let dates = vec![date(text, "5 de mayo", "2024-05-05", DateKind::Date)];
        let found = find(&Doc::new(text), &dates, &[]);
        let got: Vec<(EventType, &str, Option<&str>, &str)> = found
            .iter()
            .map(|e| (e.event_type, e.name.as_str(), e.date.as_deref(), e.rule.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Ceremony,
                    "ceremonia de inauguración del III Foro Regional de Juventudes",
                    Some("2024-05-05"),
                    "event.compound_head"
                ),
                (Forum, "III Foro Regional de Juventudes", None, "event.ceremony_object"),
            ]
        );
        // Any other head inside a name belongs to that name.
        let found = events_of("Se celebró la Reunión del Foro de Ministros de Salud.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn names_through_parties_and_scopes() {
        let cases: &[(&str, &str)] = &[
            (
                "Hoy se celebró la reunión trilateral entre Chile, EE.UU. y el Reino de Noruega sobre pesca en el sur de Sudamérica.",
                "reunión trilateral entre Chile, EE.UU. y el Reino de Noruega sobre pesca en el sur de Sudamérica",
            ),
            (
                "Se celebró la Cumbre Tripartita entre Brasil, Argentina y Uruguay sobre energía en Sudamérica.",
                "Cumbre Tripartita entre Brasil, Argentina y Uruguay sobre energía en Sudamérica",
            ),
            // Without a topic, "en" + a region is the venue.
            ("Se celebró la reunión trilateral entre Chile y Perú en Centroamérica.", "reunión trilateral entre Chile y Perú"),
            // A comma after a party with a lowercase word is a clause.
            ("Se celebró la Cumbre Bilateral entre Chile y Perú, que duró un día.", "Cumbre Bilateral entre Chile y Perú"),
        ];
        for (text, name) in cases {
            let found = events_of(text);
            assert_eq!(found.first().map(|f| f.1.as_str()), Some(*name), "name: {text}");
        }
    }

    fn date(text: &str, needle: &str, value: &str, kind: DateKind) -> DateMention {
        let start = text.find(needle).unwrap();
        DateMention {
            text: needle.to_string(),
            span: Span::new(start, start + needle.len()),
            value: Some(value.to_string()),
            kind,
            relative: false,
            rule: "test".to_string(),
        }
    }

    fn org(text: &str, needles: &[&str], name: &str, acronym: Option<&str>) -> Organization {
        let mentions: Vec<Span> = needles
            .iter()
            .map(|n| {
                let s = text.find(n).unwrap();
                Span::new(s, s + n.len())
            })
            .collect();
        Organization {
            text: needles[0].to_string(),
            span: mentions[0],
            mentions,
            name: name.to_string(),
            acronym: acronym.map(str::to_string),
            rule: "test".to_string(),
        }
    }

    #[test]
    fn dates_places_and_organisations_link() {
        let text = "La Reunión Ministerial de la OEA, celebrada en Puebla los días 8 y 9 de mayo, concluyó. Al día siguiente hubo otra cosa el 10 de mayo.";
        let dates = vec![
            date(text, "los días 8 y 9 de mayo", "2021-05-08/2021-05-09", DateKind::Interval),
            date(text, "10 de mayo", "2021-05-10", DateKind::Date),
        ];
        let orgs = vec![org(text, &["OEA"], "Organización de los Estados Americanos", Some("OEA"))];
        let doc = Doc::new(text);
        let found = find(&doc, &dates, &orgs);
        assert_eq!(found.len(), 1);
        let event = &found[0];
        assert_eq!(event.name, "Reunión Ministerial de la OEA");
        assert_eq!(event.date.as_deref(), Some("2021-05-08/2021-05-09"));
        assert_eq!(event.place.as_deref(), Some("Puebla"));
        assert_eq!(event.organizations, vec!["OEA".to_string()]);

        let text = "Destaca la II Reunión Plenaria entre la CRM y la CSM, que se celebró en Lima.";
        let orgs = vec![
            org(text, &["CRM"], "Conferencia Regional sobre Migración", Some("CRM")),
            org(text, &["CSM"], "Conferencia Suramericana sobre Migraciones", Some("CSM")),
        ];
        let found = find(&Doc::new(text), &[], &orgs);
        assert_eq!(found[0].organizations, vec!["CRM".to_string(), "CSM".to_string()]);
        assert_eq!(found[0].name, "II Reunión Plenaria entre la CRM y la CSM");

        // A head inside an organisation mention is the body, not an event.
        let text = "La Cumbre Iberoamericana emitió un comunicado.";
        let orgs = vec![org(text, &["Cumbre Iberoamericana"], "Cumbre Iberoamericana", None)];
        assert!(find(&Doc::new(text), &[], &orgs).is_empty());
    }

    /// A text, its date mentions (needle, value, kind) and the date expected for its first event.
    type DateCase<'a> = (&'a str, &'a [(&'a str, &'a str, DateKind)], Option<&'a str>);

    fn check_dates(rule: &str, cases: &[DateCase<'_>]) {
        for (text, found, expected) in cases {
            let dates: Vec<DateMention> =
                found.iter().map(|(needle, value, kind)| date(text, needle, value, *kind)).collect();
            let events = find(&Doc::new(text), &dates, &[]);
            let got = events.first().and_then(|e| e.date.as_deref());
            assert_eq!(got, *expected, "{rule}: {text}");
        }
    }

    use DateKind::{
        Date as Day, Duration as Length, Interval as Span_, Month as MonthKind, Year as YearKind,
    };

    /// The char-by-char definition `sentence_bounds` must agree with.
    fn sentence_bounds_by_chars(text: &str, pos: usize) -> (usize, usize) {
        let mut start = 0;
        let head = text.get(..pos).unwrap_or("");
        for (i, c) in head.char_indices().rev().take(800) {
            if c == '\n' || matches!(c, '.' | '?' | '!') && ends_sentence(text, i) {
                start = i + 1;
                break;
            }
            start = i;
        }
        let mut end = text.len();
        let tail = text.get(pos..).unwrap_or("");
        for (offset, c) in tail.char_indices().take(800) {
            let i = pos + offset;
            if c == '\n' {
                end = i;
                break;
            }
            if matches!(c, '.' | '?' | '!') && ends_sentence(text, i) {
                end = i + 1;
                break;
            }
            end = i + c.len_utf8();
        }
        let start = start + text.get(start..end).map(|s| s.len() - s.trim_start().len()).unwrap_or(0);
        (start, end.max(start))
    }

    /// An abbreviation before a number does not end the sentence; a word does.
    #[test]
    fn abbreviations_before_numbers_do_not_end_sentences() {
        let text = "Aprobó hoy la resolución CP/RES. 1247, en una sesión. 25 países votaron.";
        let at = text.find("sesión").unwrap();
        let (start, end) = sentence_bounds(text, at);
        assert_eq!(&text[start..end], "Aprobó hoy la resolución CP/RES. 1247, en una sesión.");
        let text = "Según el art. 5 del estatuto, la sesión es válida.";
        assert_eq!(sentence_bounds(text, 0), (0, text.len()));
        // An abbreviated ordinal before its noun ends no sentence.
        let text = "Guatemala organizará la 11a. Reunión del Grupo el próximo año.";
        assert_eq!(sentence_bounds(text, 0), (0, text.len()));
        let text = "Se validó en la 2da. Sesión del Comité.";
        assert_eq!(sentence_bounds(text, text.len() - 3), (0, text.len()));
        // Nor does a form of address before a name.
        let text =
            "Del 3 al 6 de mayo, la directora, Mtra. Lucía Ibarra, y el Excmo. Sr. Luis Mora viajaron.";
        assert_eq!(sentence_bounds(text, text.len() - 3), (0, text.len()));
    }

    #[test]
    fn sentence_bounds_agree_with_their_char_definition() {
        let texts = [
            "Concluyó la reunión. ¿Habrá otra? ¡Sí! Año 2021.\nNueva línea: “Cita” en Perú.".to_string(),
            "ñandú á é í ó ú ".repeat(120),
            format!("Inicio. {} Fin del texto. Otra frase aquí.", "Migración y coordinación ".repeat(60)),
            String::new(),
            // A whole communiqué: abbreviations, ordinals, lists, line breaks.
            include_str!("../../../fixtures/seed/crm-xxvi-reunion-viceministerial-2021.md").to_string(),
            // A run longer than the window between two stops, with a line break on one side.
            format!("Uno. Dos.\n{} tres. Cuatro", "a ".repeat(900)),
            "Lo dijo el Excmo. Sr. Luis Mora. Dra. Soto: sí. Fin.".to_string(),
        ];
        for text in &texts {
            for pos in 0..=text.len() + 2 {
                assert_eq!(sentence_bounds(text, pos), sentence_bounds_by_chars(text, pos), "at {pos}");
            }
        }
    }

    #[test]
    fn event_date_in_its_sentence() {
        check_dates(
            "event.date.sentence",
            &[
                // A date opening the next coordinated clause is that clause's.
                (
                    "Además, el 10 de marzo se impartió el Curso Básico de Investigación de Accidentes, y el miércoles 11 de marzo la OACI presentó un informe.",
                    &[("10 de marzo", "2026-03-10", Day), ("miércoles 11 de marzo", "2026-03-11", Day)],
                    Some("2026-03-10"),
                ),
                // The event's length may stand between its name and its own clause.
                (
                    "El memorando prevé un Curso Binacional de Inspectores de Pesca de seis semanas, que comenzará el 1 de junio en Puerto Cortés.",
                    &[("el 1 de junio", "2026-06-01", Day)],
                    Some("2026-06-01"),
                ),
                (
                    "Los cancilleres recordaron la VII Cumbre de las Américas, celebrada en 2015, y su legado.",
                    &[("2015", "2015", YearKind)],
                    Some("2015"),
                ),
                (
                    "Se espera que el año próximo se celebre en Lima la III Reunión Binacional de Gabinetes.",
                    &[("el año próximo", "2026", YearKind)],
                    Some("2026"),
                ),
                // The "y" of a subject is no coordinated clause.
                (
                    "El 5 de mayo los cancilleres de Chile y Perú inauguraron la Cumbre Andina, creada en 1969.",
                    &[("5 de mayo", "2024-05-05", Day), ("1969", "1969", YearKind)],
                    Some("2024-05-05"),
                ),
                // A date before a coordinated clause is that clause's when the event's clause
                // has its own.
                (
                    "Ofreció ejercer la Presidencia Pro Tempore durante 2023 y acoger la VIII Cumbre en su territorio en 2024.",
                    &[("2023", "2023", YearKind), ("2024", "2024", YearKind)],
                    Some("2024"),
                ),
                // The event's own clauses give its first and last days.
                (
                    "El canciller concluyó hoy la visita oficial a Asunción que inició ayer por invitación de su homólogo.",
                    &[("hoy", "2024-08-14", Day), ("ayer", "2024-08-13", Day)],
                    Some("2024-08-13/2024-08-14"),
                ),
                (
                    "Firmaron ayer tres acuerdos en el marco de la visita de Estado que el mandatario inició este martes en Bogotá y que se extenderá hasta el jueves 21 de septiembre.",
                    &[("ayer", "2023-09-19", Day), ("este martes", "2023-09-19", Day), ("jueves 21 de septiembre", "2023-09-21", Day)],
                    Some("2023-09-19/2023-09-21"),
                ),
                // A participle that does not agree with the event's head qualifies its
                // complement: the group was created three years ago, not the meeting.
                (
                    "Copresidieron la II Reunión del Grupo de Trabajo Conjunto, creado hace tres años en Guayaquil.",
                    &[("hace tres años", "2023", YearKind)],
                    None,
                ),
                (
                    "Inauguraron el Segundo Taller Regional, dirigido a autoridades municipales en 2024.",
                    &[("2024", "2024", YearKind)],
                    Some("2024"),
                ),
                // An interval of the event's own clause that holds the reported day.
                (
                    "El ministro concluyó hoy la visita oficial que realizó al país los días 16 y 17 de septiembre.",
                    &[("hoy", "2025-09-17", Day), ("los días 16 y 17 de septiembre", "2025-09-16/2025-09-17", Span_)],
                    Some("2025-09-16/2025-09-17"),
                ),
                // ... past the visitor's name in apposition.
                (
                    "Firmaron este miércoles cuatro acuerdos durante la visita oficial a Asunción de la canciller ecuatoriana, Gabriela Narváez Coello, que se prolongará hasta el viernes.",
                    &[("este miércoles", "2026-03-04", Day), ("el viernes", "2026-03-06", Day)],
                    Some("2026-03-04/2026-03-06"),
                ),
                // A date of the event's call is not the event's; a later sentence dates it.
                (
                    "Presentaron hoy la convocatoria para la segunda edición del Diplomado en Protección Consular. El diplomado comenzará el 4 de abril.",
                    &[("hoy", "2022-03-05", Day), ("4 de abril", "2022-04-04", Day)],
                    Some("2022-04-04"),
                ),
                // A year far from the name is about something else.
                (
                    "Concluyó la II Reunión Técnica Fronteriza, que revisó los compromisos adquiridos por ambos países durante 2019.",
                    &[("2019", "2019", YearKind)],
                    None,
                ),
                // A finer date wins over a nearer year.
                (
                    "El 4 de marzo se celebró la Cumbre Andina, fundada en 1969.",
                    &[("4 de marzo", "2024-03-04", Day), ("1969", "1969", YearKind)],
                    Some("2024-03-04"),
                ),
                // A "cuyo" clause dates its own subject, not the event.
                (
                    "Recordó la pasada reunión del Comité Técnico de Aduanas, cuyo informe se publicará en el segundo semestre.",
                    &[("el segundo semestre", "2024-07-01/2024-12-31", Span_)],
                    None,
                ),
                (
                    "En junio de 2023 tuvo lugar la Reunión de Cancilleres del Caribe.",
                    &[("junio de 2023", "2023-06", MonthKind)],
                    Some("2023-06"),
                ),
            ],
        );
    }

    #[test]
    fn event_date_from_a_follow_up() {
        check_dates(
            "event.date.follow_up",
            &[
                // A written interval replaces the closing day.
                (
                    "Ayer terminó la visita oficial del ministro a Chile. La visita se extendió del 2 al 5 de abril en Santiago.",
                    &[("Ayer", "2024-04-05", Day), ("del 2 al 5 de abril", "2024-04-02/2024-04-05", Span_)],
                    Some("2024-04-02/2024-04-05"),
                ),
                // ... and a wider relative period.
                (
                    "Esta semana se reunió el Foro Andino de Juventudes en Quito. El foro sesionó los días 9 y 10 de julio.",
                    &[("Esta semana", "2024-07-08/2024-07-14", Span_), ("los días 9 y 10 de julio", "2024-07-09/2024-07-10", Span_)],
                    Some("2024-07-09/2024-07-10"),
                ),
                // An end day after a start day makes the interval.
                (
                    "Hoy comenzó el Seminario Regional de Aduanas. El seminario continuará hasta el jueves 6 de junio.",
                    &[("Hoy", "2024-06-03", Day), ("jueves 6 de junio", "2024-06-06", Day)],
                    Some("2024-06-03/2024-06-06"),
                ),
                (
                    "Hoy abrió sus puertas el Foro Centroamericano de Empleo. El foro culminará mañana.",
                    &[("Hoy", "2024-06-03", Day), ("mañana", "2024-06-04", Day)],
                    Some("2024-06-03/2024-06-04"),
                ),
                // A later day without an end cue is another occasion: the first date stays.
                (
                    "Hoy comenzó el Seminario Regional de Aduanas. El seminario tendrá una sesión especial el 6 de junio.",
                    &[("Hoy", "2024-06-03", Day), ("6 de junio", "2024-06-06", Day)],
                    Some("2024-06-03"),
                ),
                // The follow-up's date must belong to its own predicate.
                (
                    "Concluyó la Cumbre Andina en Lima. La cumbre evaluó el plan que rige desde junio de 2012.",
                    &[("junio de 2012", "2012-06", MonthKind)],
                    None,
                ),
                // An undated event takes its follow-up's date.
                (
                    "Concluyó la visita de trabajo del canciller. La visita tuvo lugar el 3 de mayo.",
                    &[("3 de mayo", "2024-05-03", Day)],
                    Some("2024-05-03"),
                ),
                // Two earlier visits: "La visita" is ambiguous.
                (
                    "Hubo una visita oficial a Perú y una visita de trabajo a Chile. La visita se extendió del 2 al 5 de abril.",
                    &[("del 2 al 5 de abril", "2024-04-02/2024-04-05", Span_)],
                    None,
                ),
            ],
        );
    }

    #[test]
    fn event_date_not_taken_from_another_event() {
        check_dates(
            "event.date.sentence",
            &[
                // The first event's clause holds the interval; the second event has none.
                (
                    "Anunciaron la II Reunión Binacional de Empleo, que tendrá lugar del 3 al 5 de junio, y el Foro Andino de Pymes.",
                    &[("del 3 al 5 de junio", "2024-06-03/2024-06-05", Span_)],
                    Some("2024-06-03/2024-06-05"),
                ),
            ],
        );
        let text = "Anunciaron la II Reunión Binacional de Empleo, que tendrá lugar del 3 al 5 de junio, y el Foro Andino de Pymes.";
        let dates = vec![date(text, "del 3 al 5 de junio", "2024-06-03/2024-06-05", Span_)];
        let events = find(&Doc::new(text), &dates, &[]);
        assert_eq!(events.len(), 2);
        assert_eq!(events[1].date, None, "event.date.sentence: the forum is undated");
        // Between a date and an event, another event takes the date.
        let text =
            "El 9 de mayo se celebró la III Reunión Binacional de Empleo y luego el Foro Andino de Pymes.";
        let dates = vec![date(text, "9 de mayo", "2024-05-09", Day)];
        let events = find(&Doc::new(text), &dates, &[]);
        assert_eq!(
            events.iter().map(|e| e.date.as_deref()).collect::<Vec<_>>(),
            vec![Some("2024-05-09"), None]
        );
    }

    #[test]
    fn event_date_from_a_start_or_a_generic_follow_up() {
        check_dates(
            "event.date.follow_up",
            &[
                // "la cita" refers to the one earlier event; its start day opens the interval.
                (
                    "La IV Cumbre Andina de Alcaldes terminó el domingo en Cusco. La cita, inaugurada el viernes, reunió a 40 alcaldes.",
                    &[("el domingo", "2024-08-11", Day), ("el viernes", "2024-08-09", Day)],
                    Some("2024-08-09/2024-08-11"),
                ),
                // Two earlier events: "la cita" is ambiguous.
                (
                    "Terminaron el domingo la IV Cumbre Andina de Alcaldes y el Foro Andino de Pymes. La cita, inaugurada el viernes, fue breve.",
                    &[("el domingo", "2024-08-11", Day), ("el viernes", "2024-08-09", Day)],
                    Some("2024-08-11"),
                ),
            ],
        );
    }

    #[test]
    fn event_date_stretched_by_a_duration() {
        check_dates(
            "event.date.duration",
            &[
                (
                    "La presidenta inició hoy una visita de trabajo de tres días.",
                    &[("hoy", "2024-09-10", Day), ("tres días", "P3D", Length)],
                    Some("2024-09-10/2024-09-12"),
                ),
                (
                    "La Tercera Conferencia Andina de Salud concluyó hoy en Lima tras dos días de trabajo.",
                    &[("hoy", "2024-09-10", Day), ("dos días", "P2D", Length)],
                    Some("2024-09-09/2024-09-10"),
                ),
                (
                    "El Foro Regional de Empleo se inauguró el 2 de octubre y durará una semana.",
                    &[("2 de octubre", "2024-10-02", Day), ("una semana", "P1W", Length)],
                    Some("2024-10-02/2024-10-08"),
                ),
                // No verb of starting or ending: the day stays.
                (
                    "El 2 de octubre se celebró el Foro Regional de Empleo, con dos días de preparación.",
                    &[("2 de octubre", "2024-10-02", Day), ("dos días", "P2D", Length)],
                    Some("2024-10-02"),
                ),
            ],
        );
    }

    #[test]
    fn event_date_from_the_news_it_is_the_occasion_of() {
        check_dates(
            "event.date.occasion",
            &[
                (
                    "Los alcaldes acordaron hoy crear un fondo común.\n\nEl vocero dijo que la idea surgió durante la sesión del Consejo Municipal de Cuenca.",
                    &[("hoy", "2024-02-01", Day)],
                    Some("2024-02-01"),
                ),
                (
                    "Ambos países firmaron ayer un acuerdo pesquero. El texto se negoció en el marco de la Reunión de la Comisión Mixta de Pesca, dijo el ministro.",
                    &[("ayer", "2024-02-01", Day)],
                    Some("2024-02-01"),
                ),
                // Not the occasion ("antes de"), two days before, or no day in the sentence before.
                (
                    "Los alcaldes acordaron hoy crear un fondo. La idea surgió antes de la sesión del Consejo Municipal de Cuenca.",
                    &[("hoy", "2024-02-01", Day)],
                    None,
                ),
                (
                    "Se reunieron el lunes y el martes. La idea surgió durante la sesión del Consejo Municipal de Cuenca.",
                    &[("el lunes", "2024-01-29", Day), ("el martes", "2024-01-30", Day)],
                    None,
                ),
                (
                    "El fondo tendrá cien socios. Lo dijo durante la sesión del Consejo Municipal de Cuenca.",
                    &[],
                    None,
                ),
            ],
        );
    }

    #[test]
    fn event_date_from_the_act_it_hosts() {
        check_dates(
            "event.date.act_noun",
            &[
                (
                    "Los ministros firmaron hoy el convenio de pesca.\n\nLa firma se realizó al cierre de una reunión de trabajo celebrada en la cancillería.",
                    &[("hoy", "2024-02-01", Day)],
                    Some("2024-02-01"),
                ),
                (
                    "La alcaldía inauguró ayer el nuevo puerto. Asistieron cien invitados. En la ceremonia de inauguración habló el ministro.",
                    &[("ayer", "2024-02-01", Day)],
                    Some("2024-02-01"),
                ),
                // No act in the sentence: nothing to follow.
                (
                    "Los ministros firmaron hoy el convenio de pesca. Luego mantuvieron una reunión de trabajo.",
                    &[("hoy", "2024-02-01", Day)],
                    None,
                ),
            ],
        );
    }

    #[test]
    fn event_date_from_the_headline_lead() {
        check_dates(
            "event.date.headline_lead",
            &[
                (
                    "Lima, 5 de marzo de 2024\n\nConcluye la VI Reunión de la Comisión Mixta Peruano-Chilena\n\nLas delegaciones, reunidas hoy en Lima, aprobaron un plan.",
                    &[("5 de marzo de 2024", "2024-03-05", Day), ("hoy", "2024-03-05", Day)],
                    Some("2024-03-05"),
                ),
                // Below body text, a line without a stop is no headline.
                (
                    "Lima, 5 de marzo de 2024\n\nLa cancillería informó sobre sus actividades de este mes.\n\nVI Reunión de la Comisión Mixta Peruano-Chilena\n\nLas delegaciones, reunidas hoy en Lima, aprobaron un plan.",
                    &[("5 de marzo de 2024", "2024-03-05", Day), ("hoy", "2024-03-05", Day)],
                    None,
                ),
            ],
        );
    }

    #[test]
    fn mentions_merge_into_one_event() {
        let text = "XXVI Reunión Viceministerial\n\nEl día 3 de diciembre de 2021 concluyeron los trabajos de la XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración (CRM). Esta reunión fue productiva.";
        let dates = vec![date(text, "3 de diciembre de 2021", "2021-12-03", DateKind::Date)];
        let found = find(&Doc::new(text), &dates, &[]);
        assert_eq!(found.len(), 1);
        let event = &found[0];
        assert_eq!(event.mentions.len(), 3);
        assert_eq!(event.ordinal, Some(26));
        assert_eq!(event.date.as_deref(), Some("2021-12-03"));
        assert_eq!(event.text, "XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración");
        assert_eq!(&text[event.span.start..event.span.end], event.text);

        // Two summits: "dicha cumbre" is ambiguous and joins neither.
        let text =
            "Se celebró la Cumbre Iberoamericana y luego la Cumbre de las Américas. Dicha cumbre fue breve.";
        let found = find(&Doc::new(text), &[], &[]);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|e| e.mentions.len() == 1));

        // Different ordinals are different events.
        let text = "Se celebró la XXV Reunión Viceministerial. Luego la XXVI Reunión Viceministerial.";
        assert_eq!(find(&Doc::new(text), &[], &[]).len(), 2);
    }

    /// A text and the (name, ordinal, mention count) of its events.
    type MergeCase<'a> = (&'a str, &'a [(&'a str, Option<u32>, usize)]);

    /// (name, ordinal, mention count) of the events of `text`.
    fn merged(text: &str) -> Vec<(String, Option<u32>, usize)> {
        find(&Doc::new(text), &[], &[]).into_iter().map(|e| (e.name, e.ordinal, e.mentions.len())).collect()
    }

    #[test]
    fn a_headline_short_form_is_the_body_event() {
        // The headline drops words of the body's full name: one event, the full name kept.
        let cases: &[MergeCase<'_>] = &[
            (
                "Chile y Uruguay celebran la II Reunión de la Comisión Mixta de Cultura\n\nMontevideo, 4 de mayo de 2024.- Los cancilleres inauguraron hoy la II Reunión de la Comisión Mixta Chileno-Uruguaya de Cultura, en la sede de la cancillería.",
                &[("II Reunión de la Comisión Mixta Chileno-Uruguaya de Cultura", Some(2), 2)],
            ),
            (
                "Reunión de Ministros de Salud del SICA\n\nSe celebró hoy en San Salvador la XXX Reunión de Ministros de Salud y de Protección Social del SICA, con la presencia de ocho delegaciones.",
                &[("XXX Reunión de Ministros de Salud y de Protección Social del SICA", Some(30), 2)],
            ),
            (
                "Comunicado de la I Reunión Plenaria de la Comisión Binacional Chile-Argentina\n\nEl 3 de marzo se llevó a cabo la I Reunión Plenaria de la Comisión Binacional de Asuntos Fronterizos entre Chile y Argentina.",
                &[("I Reunión Plenaria de la Comisión Binacional de Asuntos Fronterizos entre Chile y Argentina", Some(1), 2)],
            ),
            // A possessive for the parties the body's name gives.
            (
                "Ecuador y Venezuela firman dos acuerdos en la Sexta Reunión de su Comisión Binacional\n\nCARACAS.- La Sexta Reunión de la Comisión Binacional Ecuador-Venezuela se celebró ayer en la capital.",
                &[("Sexta Reunión de la Comisión Binacional Ecuador-Venezuela", Some(6), 2)],
            ),
            // Two headline events joined by "y", each a short form of a body event whose last
            // words differ.
            (
                "Cancillería anuncia Foro sobre Migración Laboral y Seminario de Diplomacia Digital\n\nDel 22 al 24 de abril se celebrará el Foro Dominicano sobre Migración Laboral y Desarrollo. En mayo tendrá lugar el Seminario Internacional sobre Diplomacia Digital y Servicios Consulares.",
                &[
                    ("Foro Dominicano sobre Migración Laboral y Desarrollo", None, 2),
                    ("Seminario Internacional sobre Diplomacia Digital y Servicios Consulares", None, 2),
                ],
            ),
            // A headline's indefinite "un seminario ..." is the one seminar the body names
            // (`event.headline_indefinite`).
            (
                "Migraciones presenta cursos y un seminario internacional para funcionarios de frontera\n\nBuenos Aires, 30 de abril de 2025.- La Dirección presentó hoy su programa. El I Seminario Internacional «Movilidad Humana y Clima» será los días 10 y 11 de junio en Mendoza.",
                &[("I Seminario Internacional «Movilidad Humana y Clima»", Some(1), 2)],
            ),
            // "con" links the counterpart of a short form.
            (
                "La Cancillería informa sobre el Encuentro Binacional con Guatemala\n\nDel 10 al 14 de noviembre se celebrará en Tapachula el Encuentro Binacional México-Guatemala sobre Movilidad Laboral.",
                &[("Encuentro Binacional México-Guatemala sobre Movilidad Laboral", None, 2)],
            ),
            // Two words or more that begin the body's name.
            (
                "Ecuatorianos en España podrán renovar pasaportes en feria consular\n\nLos ecuatorianos podrán renovar sus pasaportes durante la Feria Consular de Movilidad Humana, que se realizará en Madrid.",
                &[("Feria Consular de Movilidad Humana", None, 2)],
            ),
            // Its head and its body, the words between left out.
            (
                "Milei confirma su asistencia a la cumbre del Mercosur\n\nEl presidente asistirá a la LXVI Cumbre de Presidentes del Mercosur en Buenos Aires.",
                &[("LXVI Cumbre de Presidentes del Mercosur", Some(66), 2)],
            ),
            // ... also when a deck under the headline repeats the full name first.
            (
                "Ecuatorianos en España podrán renovar pasaportes en feria consular\n\nLa Cancillería realizará en Madrid la Feria Consular de Movilidad Humana\n\nLos ecuatorianos podrán renovar sus pasaportes durante la Feria Consular de Movilidad Humana, que se realizará en Madrid.",
                &[("Feria Consular de Movilidad Humana", None, 3)],
            ),
            // Another ordinal is another meeting.
            (
                "Concluye la II Reunión de la Comisión Mixta de Cultura\n\nLa delegación recordó los acuerdos de la I Reunión de la Comisión Mixta Chileno-Uruguaya de Cultura.",
                &[
                    ("II Reunión de la Comisión Mixta de Cultura", Some(2), 1),
                    ("I Reunión de la Comisión Mixta Chileno-Uruguaya de Cultura", Some(1), 1),
                ],
            ),
            // Another body is another meeting.
            (
                "Reunión de Ministros de Salud del SICA\n\nEn paralelo sesionó la XXX Reunión de Ministros de Educación del SICA.",
                &[("Reunión de Ministros de Salud del SICA", None, 1), ("XXX Reunión de Ministros de Educación del SICA", Some(30), 1)],
            ),
            // Two body meetings with different ordinals: the headline joins the first only.
            (
                "Reunión de Ministros de Salud del SICA\n\nSe celebró la XXX Reunión de Ministros de Salud y Protección del SICA, un año después de la XXIX Reunión de Ministros de Salud y Deportes del SICA.",
                &[
                    ("XXX Reunión de Ministros de Salud y Protección del SICA", Some(30), 2),
                    ("XXIX Reunión de Ministros de Salud y Deportes del SICA", Some(29), 1),
                ],
            ),
        ];
        for (text, expected) in cases {
            let got = merged(text);
            let got: Vec<(&str, Option<u32>, usize)> =
                got.iter().map(|(n, o, m)| (n.as_str(), *o, *m)).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    /// "al término de la Cumbre", "en el marco del Foro": a capitalised bare head is a later
    /// mention of the one earlier event with that head; "la segunda edición del Foro" is
    /// another edition, and two earlier summits leave it unresolved.
    #[test]
    fn a_capitalised_bare_head_is_a_later_mention() {
        let cases: &[MergeCase<'_>] = &[
            (
                "Se celebró en Arequipa la XVIII Cumbre de la Alianza del Pacífico. Al término de la Cumbre, los mandatarios adoptaron la declaración.",
                &[("XVIII Cumbre de la Alianza del Pacífico", Some(18), 2)],
            ),
            // Two destinations are two visits, even through a mention that names none.
            (
                "Concluye visita oficial a Costa Rica\n\nEl canciller concluyó hoy la visita oficial que realizó al país. Aceptó la invitación para realizar una visita oficial a Seúl el próximo año.",
                &[("visita oficial a Costa Rica", None, 2), ("visita oficial a Seúl", None, 1)],
            ),
            // A headline's visit named by its visitor is the body's, named by its destination.
            (
                "Visita oficial del ministro de Negocios Extranjeros de Portugal\n\nEl ministro realizó una visita oficial a la Argentina los días 17 y 18 de septiembre.",
                &[("visita oficial a la Argentina", None, 2)],
            ),
            // "Gabinete" is a reference head: never an event alone.
            (
                "Los presidentes encabezaron el XIV Gabinete Binacional Ecuador-Perú. En el marco del Gabinete, los cancilleres aprobaron el plan.",
                &[("XIV Gabinete Binacional Ecuador-Perú", Some(14), 2)],
            ),
            (
                "Se inauguró el Primer Foro Regional de Movilidad Laboral. La ministra anunció que la segunda edición del Foro se realizará en Tegucigalpa.",
                &[("Primer Foro Regional de Movilidad Laboral", Some(1), 1)],
            ),
            (
                "Se celebró la XVIII Cumbre de la Alianza, tras la XVII Cumbre de la Alianza. Al término de la Cumbre, firmaron.",
                &[("XVIII Cumbre de la Alianza", Some(18), 1), ("XVII Cumbre de la Alianza", Some(17), 1)],
            ),
        ];
        for (text, expected) in cases {
            let got = merged(text);
            let got: Vec<(&str, Option<u32>, usize)> =
                got.iter().map(|(n, o, m)| (n.as_str(), *o, *m)).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    /// A later mention of the second part of a coordinated name ("Encuentro Presidencial y III
    /// Gabinete Binacional") is that event, and gives it its ordinal; another edition is not.
    #[test]
    fn a_coordinated_part_is_the_joint_event() {
        let text = "Los presidentes encabezaron el Encuentro Presidencial y III Gabinete Binacional. \
                    Dio continuidad al II Gabinete Binacional. Firmaron acuerdos en el marco del III \
                    Gabinete Binacional.";
        let got = merged(text);
        let got: Vec<(&str, Option<u32>, usize)> = got.iter().map(|(n, o, m)| (n.as_str(), *o, *m)).collect();
        assert_eq!(
            got,
            [
                ("Encuentro Presidencial y III Gabinete Binacional", Some(3), 2),
                ("II Gabinete Binacional", Some(2), 1)
            ]
        );
    }

    #[test]
    fn a_bare_short_name_repeats_the_one_earlier_event() {
        let cases: &[MergeCase<'_>] = &[
            (
                "Se celebró en Quito la IV Cumbre Andina de Energía Limpia. Los acuerdos de la Cumbre Andina serán públicos.",
                &[("IV Cumbre Andina de Energía Limpia", Some(4), 2)],
            ),
            // "próxima": another edition of the series.
            (
                "Se celebró en Quito la IV Cumbre Andina de Energía Limpia. La próxima Cumbre Andina será en Lima.",
                &[("IV Cumbre Andina de Energía Limpia", Some(4), 1), ("Cumbre Andina", None, 1)],
            ),
            // Two earlier editions: the bare name is neither.
            (
                "Tras la III Cumbre Andina de Energía y la IV Cumbre Andina de Energía Limpia, la Cumbre Andina creó un comité.",
                &[
                    ("III Cumbre Andina de Energía", Some(3), 1),
                    ("IV Cumbre Andina de Energía Limpia", Some(4), 1),
                    ("Cumbre Andina", None, 1),
                ],
            ),
        ];
        for (text, expected) in cases {
            let got = merged(text);
            let got: Vec<(&str, Option<u32>, usize)> =
                got.iter().map(|(n, o, m)| (n.as_str(), *o, *m)).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    #[test]
    fn coordinated_events_share_the_sentence_date() {
        let text = "Ayer se celebraron la Tercera Sesión del Grupo de Trabajo sobre Empleo y el Primer Foro Regional de Ciudades Solidarias, que reunió a alcaldes.";
        let dates = vec![date(text, "Ayer", "2024-03-01", Day)];
        let got: Vec<(String, Option<String>)> =
            find(&Doc::new(text), &dates, &[]).into_iter().map(|e| (e.name, e.date)).collect();
        let day = Some("2024-03-01".to_string());
        assert_eq!(
            got,
            [
                ("Tercera Sesión del Grupo de Trabajo sobre Empleo".to_string(), day.clone()),
                ("Primer Foro Regional de Ciudades Solidarias".to_string(), day)
            ],
            "event.date.sentence"
        );
        // Not through "y del": another event's own complement.
        let text =
            "Ayer se anunció el programa del Taller de Pesca, y del Foro de Turismo previsto para abril.";
        let dates = vec![date(text, "Ayer", "2024-03-01", Day)];
        let found = find(&Doc::new(text), &dates, &[]);
        assert_eq!(found.iter().find(|e| e.name == "Foro de Turismo").map(|e| e.date.clone()), Some(None));
    }

    #[test]
    fn event_date_from_its_own_clause() {
        check_dates(
            "event.date.sentence",
            &[
                // The relative clause about the meeting dates it, not the sentence's "hoy".
                (
                    "Las delegaciones aprobaron hoy la agenda de la IV Reunión de la Comisión Mixta, que se celebrará en Quito durante la segunda quincena de mayo.",
                    &[("hoy", "2024-03-02", Day), ("la segunda quincena de mayo", "2024-05-16/2024-05-31", Span_)],
                    Some("2024-05-16/2024-05-31"),
                ),
                (
                    "El 2 de marzo se presentó el programa del III Foro Andino de Pymes, previsto para el 9 de abril.",
                    &[("2 de marzo", "2024-03-02", Day), ("9 de abril", "2024-04-09", Day)],
                    Some("2024-04-09"),
                ),
                // A year right before the event's preposition dates it over a day farther off,
                // and a consequence clause ("por lo que ...") dates something else.
                (
                    "El Congreso ratificó el pasado viernes el Acuerdo Aduanero, suscrito hace dos años durante la I Reunión del Mecanismo de Consultas, por lo que entrará en vigor en enero de 2026.",
                    &[
                        ("el pasado viernes", "2025-10-31", Day),
                        ("hace dos años", "2023", YearKind),
                        ("enero de 2026", "2026-01", MonthKind),
                    ],
                    Some("2023"),
                ),
                // A restrictive clause needs no comma, and its subject may be "ambas ...".
                (
                    "El memorando se firmará en diciembre, durante el Seminario Regional sobre Plagas que ambas instituciones organizarán del 9 al 11 de diciembre.",
                    &[("en diciembre", "2024-12", MonthKind), ("del 9 al 11 de diciembre", "2024-12-09/2024-12-11", Span_)],
                    Some("2024-12-09/2024-12-11"),
                ),
                // The name's acronym may stand before the clause.
                (
                    "Concluyó ayer la LXXI Reunión Ordinaria del Consejo de Ministros de Salud (COMISCA), celebrada los días 29 de febrero y 1 de marzo.",
                    &[("ayer", "2024-03-01", Day), ("los días 29 de febrero y 1 de marzo", "2024-02-29/2024-03-01", Span_)],
                    Some("2024-02-29/2024-03-01"),
                ),
                // A course's own clause, after an apposition and with an acronym in brackets.
                (
                    "El 2 de marzo se anunció el Diplomado en Gestión Migratoria, de seis meses de duración, que se dictará con la Universidad Nacional de Cuyo (UNCuyo) a partir del 1 de julio.",
                    &[("2 de marzo", "2024-03-02", Day), ("1 de julio", "2024-07-01", Day)],
                    Some("2024-07-01"),
                ),
                // ... and with a named subject before its verb.
                (
                    "El 2 de marzo se abrieron las inscripciones para el Curso Virtual de Salud Mental, de 40 horas, que la OIM impartirá a partir del 1 de julio.",
                    &[("2 de marzo", "2024-03-02", Day), ("1 de julio", "2024-07-01", Day)],
                    Some("2024-07-01"),
                ),
                // The event as the subject of its own being held.
                (
                    "Honduras asumirá la presidencia durante el segundo semestre de 2024, y la V Reunión de la Comisión Mixta se celebrará en diciembre de 2024.",
                    &[("el segundo semestre de 2024", "2024-07-01/2024-12-31", Span_), ("diciembre de 2024", "2024-12", MonthKind)],
                    Some("2024-12"),
                ),
                // The date of the event's own clause beats a day across "quien recordó que".
                (
                    "La Conferencia fue instalada el miércoles 20 de noviembre por el viceministro, quien recordó que Colombia asumió la Presidencia hace dos años, en la XX Conferencia Suramericana sobre Migraciones, celebrada en Bogotá.",
                    &[("miércoles 20 de noviembre", "2024-11-20", Day), ("hace dos años", "2022", YearKind)],
                    Some("2022"),
                ),
                // A year in the event's own clause, however far in it, wins over a day of
                // another clause.
                (
                    "Belice asumirá la Presidencia a partir del 1 de enero y será sede de la Novena Reunión Anual, que se celebrará en la Ciudad de Belice en 2026.",
                    &[("1 de enero", "2025-01-01", Day), ("2026", "2026", YearKind)],
                    Some("2026"),
                ),
                // A year in the event's own clause wins over a nearer year of another clause.
                (
                    "Saludaron la adhesión al Acuerdo Marco, suscrito en 2012, y recordaron que la XVII Cumbre de la Alianza, celebrada en Lima en 2024, encomendó concluirla.",
                    &[("2012", "2012", YearKind), ("2024", "2024", YearKind)],
                    Some("2024"),
                ),
                // A clause about something else leaves the nearest date.
                (
                    "El 2 de marzo se inauguró la IV Reunión de la Comisión Mixta, que no se reunía desde mayo de 2019.",
                    &[("2 de marzo", "2024-03-02", Day), ("mayo de 2019", "2019-05", MonthKind)],
                    Some("2024-03-02"),
                ),
            ],
        );
    }

    #[test]
    fn event_date_from_the_same_day_told_before() {
        check_dates(
            "event.date.same_day",
            &[
                (
                    "El martes 23 los cancilleres firmaron la carta. Por la tarde, los ministros inauguraron el Foro de Negocios Costa Rica-Corea.",
                    &[("martes 23", "2025-09-23", Day)],
                    Some("2025-09-23"),
                ),
                // Without the opening that places it on that day, the day is not the event's.
                (
                    "El martes 23 los cancilleres firmaron la carta. Los ministros inauguraron el Foro de Negocios Costa Rica-Corea.",
                    &[("martes 23", "2025-09-23", Day)],
                    None,
                ),
            ],
        );
    }

    #[test]
    fn dotted_ordinal_abbreviations() {
        check(
            "event.ordinal",
            &[
                (
                    "Mañana tendrá lugar el 1.er Encuentro de Alcaldes Fronterizos en Tulcán.",
                    &[(Meeting, "1.er Encuentro de Alcaldes Fronterizos", Some(1))],
                ),
                (
                    "Concluyó el 3.er Foro de Economía Circular en Quito.",
                    &[(Forum, "3.er Foro de Economía Circular", Some(3))],
                ),
            ],
        );
        // "1.a" is a list marker, not an ordinal.
        assert_eq!(events_of("1.a Reunión de Trabajo con los alcaldes.").first().map(|e| e.2), Some(None));
    }

    #[test]
    fn a_bare_visit_with_its_destination() {
        check(
            "event.visit_destination",
            &[
                (
                    "La canciller concluyó ayer su visita a Montevideo con una rueda de prensa.",
                    &[(Visit, "visita a Montevideo", None)],
                ),
                (
                    "El presidente inicia hoy una breve visita a Portugal.",
                    &[(Visit, "visita a Portugal", None)],
                ),
                ("Se anunció la visita del primer ministro a Quito.", &[(Visit, "visita a Quito", None)]),
                // Future or habitual: not a reported visit.
                ("Confirmó su próxima visita a Lisboa.", &[]),
                // No destination: only a reference.
                ("La visita fue un éxito.", &[]),
            ],
        );
        // Another visit named in the text: the bare one is a short mention of it.
        let found = events_of(
            "Visita del ministro a Perú\n\nEl ministro inició una gira de trabajo por Perú y Bolivia.",
        );
        assert_eq!(found.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), vec!["gira de trabajo"]);
    }

    #[test]
    fn qualified_meetings_and_sessions() {
        // A meeting's bare "sesión plenaria" is part of it; a qualified one is an event.
        assert!(events_of("El jueves, en sesión plenaria, las delegaciones aprobaron el plan.").is_empty());
        let found = events_of("En la sesión plenaria de clausura se aprobó el plan.");
        assert_eq!(
            found.first().map(|e| (e.0, e.1.as_str())),
            Some((Session, "sesión plenaria de clausura"))
        );
        check(
            "event.compound_head",
            &[
                (
                    "Comenzó en Lima la reunión informal de cancilleres andinos.",
                    &[(Meeting, "reunión informal de cancilleres andinos", None)],
                ),
                (
                    "Firmaron el acuerdo en el encuentro semestral del Mercosur.",
                    &[(Meeting, "encuentro semestral del Mercosur", None)],
                ),
                (
                    "Participó en la sesión conjunta de las dos cámaras.",
                    &[(Session, "sesión conjunta de las dos cámaras", None)],
                ),
            ],
        );
    }

    #[test]
    fn edition_gives_the_ordinal() {
        let found = events_of("Se celebró el Foro Mundial de Migración, en su tercera edición.");
        assert_eq!(found.first().map(|f| f.2), Some(Some(3)));
        let found =
            events_of("Inició la tercera edición del Foro de Inversión de la Diáspora en San Salvador.");
        assert_eq!(
            found.first().map(|f| (f.1.as_str(), f.2)),
            Some(("Foro de Inversión de la Diáspora", Some(3)))
        );
    }

    #[test]
    fn bodies_possessives_and_roles() {
        // A body's name with an ordinal is its annual meeting.
        let found = events_of("Concluyó la XIX Conferencia Suramericana sobre Migraciones en Quito.");
        assert_eq!(
            found.first().map(|f| (f.0, f.1.as_str(), f.2)),
            Some((Conference, "XIX Conferencia Suramericana sobre Migraciones", Some(19)))
        );
        // "su próxima reunión ordinaria" is no reported event.
        assert!(events_of("Presentarán una propuesta en su próxima reunión ordinaria.").is_empty());
        // A role ends a name, except a visit's: the visitor is part of it (`event.visitor`).
        let found = events_of("Concluyó la visita de Estado del Presidente de Bolivia.");
        assert_eq!(found.first().map(|f| f.1.as_str()), Some("visita de Estado del Presidente de Bolivia"));
    }

    const SEED: &str = include_str!("../../../fixtures/seed/crm-xxvi-reunion-viceministerial-2021.md");

    #[test]
    fn seed_yields_the_six_events() {
        let normalized = normalize(SEED, Flavor::Markdown);
        let text = normalized.text.as_str();
        let first = text.find("3 de diciembre de 2021 concluyeron").unwrap();
        let dates = vec![DateMention {
            text: "3 de diciembre de 2021".to_string(),
            span: Span::new(first, first + "3 de diciembre de 2021".len()),
            value: Some("2021-12-03".to_string()),
            kind: DateKind::Date,
            relative: false,
            rule: "test".to_string(),
        }];
        let crm_mentions: Vec<Span> = text
            .match_indices("Conferencia Regional sobre Migración")
            .map(|(i, s)| Span::new(i, i + s.len()))
            .chain(text.match_indices("CRM").map(|(i, s)| Span::new(i, i + s.len())))
            .collect();
        let csm = text.find("Conferencia Suramericana sobre Migraciones").unwrap();
        let orgs = vec![
            Organization {
                text: "Conferencia Regional sobre Migración".into(),
                span: crm_mentions[0],
                mentions: crm_mentions.clone(),
                name: "Conferencia Regional sobre Migración".into(),
                acronym: Some("CRM".into()),
                rule: "test".into(),
            },
            Organization {
                text: "Conferencia Suramericana sobre Migraciones".into(),
                span: Span::new(csm, csm + 43),
                mentions: vec![Span::new(csm, csm + "Conferencia Suramericana sobre Migraciones".len())],
                name: "Conferencia Suramericana sobre Migraciones".into(),
                acronym: Some("CSM".into()),
                rule: "test".into(),
            },
        ];
        let doc = Doc::new(text);
        let found = find(&doc, &dates, &orgs);
        let got: Vec<(EventType, Option<u32>, &str)> =
            found.iter().map(|e| (e.event_type, e.ordinal, e.name.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Meeting, Some(26), "XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración"),
                (Meeting, Some(2), "II Reunión Plenaria entre la Conferencia Regional sobre Migración y la Conferencia Suramericana sobre Migraciones"),
                (Congress, Some(3), "III Congreso Regional sobre Mujeres en los contextos de la migración"),
                (Forum, None, "Foro de discusión con las Organizaciones de la Diáspora: Hacia el fortalecimiento de la inversión y desarrollo de las comunidades mediante la transferencia rápida, segura y económica de remesas"),
                (Course, None, "diplomado sobre prevención, persecución, protección y asistencia en materia de trata de personas"),
                (Workshop, None, "taller sobre mecanismos de búsqueda de personas migrantes desaparecidas"),
            ]
        );
        let first = &found[0];
        assert_eq!(first.mentions.len(), 2, "title and first sentence are one event");
        assert_eq!(first.date.as_deref(), Some("2021-12-03"));
        assert_eq!(first.organizations, vec!["CRM".to_string()]);
        assert_eq!(found[1].organizations, vec!["CRM".to_string(), "CSM".to_string()]);
        for event in &found {
            for span in std::iter::once(&event.span).chain(event.mentions.iter()) {
                assert!(text.get(span.start..span.end).is_some());
            }
            assert_eq!(&text[event.span.start..event.span.end], event.text);
        }
    }
}
