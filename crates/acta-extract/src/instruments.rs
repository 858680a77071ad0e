//! Instruments: the declarations, guidelines, guides, plans, agreements, memoranda, conventions,
//! protocols, resolutions, reports, roadmaps, pacts, letters of intent and strategies a
//! communiqué names, with what was done to them.
//!
//! How an instrument is found:
//!
//! 1. One aho-corasick pass over the folded text finds head nouns (`data/instruments.tsv`); the
//!    head fixes the type ("XXVI Declaración Viceministerial" is a declaration). The title runs
//!    from the ordinal (or head) to its natural end, as event names do
//!    ([`crate::events::name_end`]).
//! 2. A second pass finds the verbs and nouns that act on instruments
//!    (`data/instrument_verbs.tsv`: aprobar, adoptar, emitir, firmar, suscribir, ratificar in
//!    every form, "aprobación", "firma", "ratificación", plus the mode phrases). The governing
//!    act of an instrument is the nearest one before it in its sentence when only articles,
//!    adverbs, counts, dates, mode phrases and coordinated titles stand between
//!    ("se aprobaron por consenso la Declaración ... y el Plan ..."; "con la aprobación de la
//!    XXVI Declaración"; "con la adopción por aclamación de la Declaración"), or when a finite
//!    verb's object follows one interposed complement ("firmaron al margen de la cumbre un
//!    Memorando ..."), else a passive right after it ("... fue aprobado", "... se firmó").
//! 3. The action (rule ids `instrument.approved`, `instrument.adopted`, `instrument.signed`,
//!    `instrument.ratified`, `instrument.referenced`) follows that act's tense:
//!    - past, headline present ("Aprueban plan"), a noun of the act ("la firma del"), a
//!      participle after a past auxiliary ("fue aprobada", "han sido firmados"), or a perfect
//!      subjunctive after a verb of welcoming ("celebran que se hayan firmado") → the act;
//!    - **referenced** for everything that did not happen in the reported events: a future
//!      ("se firmará"), a conditional or subjunctive, an infinitive ("exhortaron a ratificar",
//!      "acordaron suscribir": an exhortation or an authorisation is not the act), a negation
//!      ("no se aprobó"), a noun governed by an exhortation, plan or purpose ("instaron a la
//!      ratificación", "para la firma"), a bare participle clause ("suscrito en 2002", "los
//!      acuerdos adoptados para ...", "la hoja de ruta firmada entre España y Marruecos": a past
//!      act in passing, unless it says "hoy" or how it was voted), a noun of the act dated to a
//!      month before the report's ("tras la aprobación del Pacto ... el pasado mes de mayo") or
//!      to a day after it (planned: an agenda's "martes 3 de marzo: ... firma del Memorando"),
//!      and a named instrument with no act at all ("el seguimiento al Pacto Mundial ...", "en
//!      el marco de la Agenda 2030").
//! 4. Which mentions are reported: a capitalised (named) instrument always, with its action or
//!    `referenced`; a lowercase one only when acted on ("firmaron un memorándum de
//!    entendimiento en materia de ...", "aprobaron una declaración"; a bare one only when no
//!    instrument of its type was named before, since it is then that one again), or when an act
//!    not (yet) done governs it and its subject identifies it ("suscribirán un memorándum de
//!    entendimiento sobre promoción turística": referenced). An unnamed
//!    instrument in passing ("se ha impulsado un plan de trabajo orientado a ...": the seed's
//!    plan, which SPEC.md does not list) is not identifiable and is not reported, nor is a count
//!    ("dos memorandos de entendimiento", "varios acuerdos").
//! 5. Lists (rule ids `instrument.<action>_list`): an announcing sentence with an act and a
//!    colon ("se aprobaron por consenso dos documentos ...:", or the counted noun before its
//!    participle and a copula: "los instrumentos firmados ayer son los siguientes:") followed by
//!    list lines, numbered items, an inline semicolon list ("a saber: a) ...; b) ..."), or named
//!    instruments joined by commas and "y" ("son: el Memorando ... y el Protocolo ..."): each item is an
//!    instrument carrying the announcement's action, mode and date; a list only presented
//!    ("la OIM presentó dos documentos de trabajo: ...") is `referenced_list`, undated, and still
//!    counted (items without a known head
//!    are type `other`). Unmarked items (a PDF list that lost its bullets: one paragraph of
//!    sentences, or paragraphs of their own) must each open with an instrument head, and the
//!    list ends at one that does not or at the announced count; a bulleted block counts only
//!    when one of its items names an instrument; a ";" between the act and the colon means the
//!    colon opens another clause (an agenda), not a list. When the announced count ("dos", "3") differs from the items found, a
//!    `count_mismatch` warning points at the announcing phrase.
//! 6. Mode: "por consenso" → consensus, "por unanimidad" → unanimity, only when the phrase sits in
//!    the same clause as the act ("también por consenso" carries it; a later sentence does not);
//!    "por aclamación", "por mayoría", a vote → null.
//! 7. Date: the action's date when the sentence gives one (a day, interval or month mention),
//!    or the date of an event mentioned in the same sentence; else the day the document reports
//!    on (its dateline's date). Dates after that day are never an act's (an entry into force, a
//!    period the plan covers). Referenced instruments have no date.
//! 8. Mentions merge: same type, compatible ordinals and one title a word-prefix of the other;
//!    a headline's unnamed "un memorando ..." or bare "aprueban estrategia ..." is the one
//!    instrument of its type the body names (`instrument.headline_merge`); a later mention with
//!    no act named by the first words of an earlier title ("El Plan Especial establece ..."
//!    after "el Plan Especial de la OPE 2024") is the latest such instrument. Titles stop before
//!    an agent complement ("Pacto sobre Migración y Asilo por los Veintisiete").
//!    The entity's action, mode and date come from its first acted-on mention.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use acta_normalize::fold_char;
use acta_record::{
    Action, DateKind, DateMention, Event, Instrument, InstrumentType, Mode, Span, Warning, WarningCode,
};

use crate::events::{
    capitalised_soon, closing_quote, event_date, event_date_where, headline_end, is_stop_word, line_start,
    list_intro, looks_like_verb, name_end, next_token, of_a_name, previous_word, sentence_bounds, shortened,
    signed_number_end, starts_sentence, table_rows, tokens, word_matches, word_prefix, Exclusion, NameStyle,
    PhraseMatcher, Token, FUNCTION_WORDS,
};
use crate::ordinals;
use crate::{CivilDate, Doc};

/// Instruments found in a document and the warnings they raise (count_mismatch).
#[derive(Debug, Clone, Default)]
pub struct InstrumentFindings {
    /// One per instrument, in order of first mention, with byte spans.
    pub instruments: Vec<Instrument>,
    /// Warnings with byte spans.
    pub warnings: Vec<Warning>,
}

/// When an instrument head names an instrument (see `data/instruments.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Head,
    Proper,
    Collective,
    Not,
}

struct Heads {
    matcher: PhraseMatcher,
    rows: Vec<(InstrumentType, Class)>,
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut rows = Vec::new();
    let mut exclusions = Vec::new();
    for (phrase, kind, class) in table_rows(include_str!("../data/instruments.tsv")) {
        if let Some(exclusion) = Exclusion::from_row(phrase, class) {
            exclusions.push(exclusion);
            continue;
        }
        let class = match class {
            "head" => Class::Head,
            "proper" => Class::Proper,
            "collective" => Class::Collective,
            _ => Class::Not,
        };
        phrases.push(phrase);
        rows.push((InstrumentType::from_word(kind).unwrap_or(InstrumentType::Other), class));
    }
    Heads { matcher: PhraseMatcher::new(&phrases, exclusions), rows }
});

/// The one-word heads of `data/instruments.tsv` that name instruments ("marco", "ley",
/// "decreto" ...), folded.
static HEAD_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    table_rows(include_str!("../data/instruments.tsv"))
        .filter(|&(phrase, _, class)| {
            !phrase.contains([' ', '|']) && matches!(class, "head" | "proper" | "collective")
        })
        .map(|(phrase, _, _)| phrase)
        .collect()
});

/// Whether a folded word heads an instrument's name ("de la Agenda 2030 y del Marco de Sendái",
/// "... y de la Ley 1/2023": a second title, not the first one's complement).
pub(crate) fn is_instrument_head(folded_word: &str) -> bool {
    HEAD_WORDS.contains(folded_word)
}

/// The tense of an act, which decides whether it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
    Noun,
    Participle,
    NotYet,
}

/// A row of the verb table: an act or a mode phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbRow {
    Act(Action, Tense),
    Mode(Option<Mode>),
}

struct Verbs {
    matcher: PhraseMatcher,
    rows: Vec<VerbRow>,
}

static VERBS: LazyLock<Verbs> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut rows = Vec::new();
    for (phrase, action, tense) in table_rows(include_str!("../data/instrument_verbs.tsv")) {
        let row = if action == "mode" {
            VerbRow::Mode(match tense {
                "consensus" => Some(Mode::Consensus),
                "unanimity" => Some(Mode::Unanimity),
                _ => None,
            })
        } else {
            let Some(action) = Action::from_word(action) else { continue };
            let tense = match tense {
                "past" => Tense::Past,
                "present" => Tense::Present,
                "noun" => Tense::Noun,
                "participle" => Tense::Participle,
                _ => Tense::NotYet,
            };
            VerbRow::Act(action, tense)
        };
        phrases.push(phrase);
        rows.push(row);
    }
    Verbs { matcher: PhraseMatcher::new(&phrases, Vec::new()), rows }
});

/// An act or mode phrase found in the text.
#[derive(Debug, Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    row: VerbRow,
}

/// Words that may stand between an act and its instrument ("aprobaron por consenso los dos
/// siguientes ...").
const GAP_WORDS: &[&str] = &[
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "del",
    "de",
    "al",
    "a",
    "y",
    "e",
    "tambien",
    "asimismo",
    "ademas",
    "hoy",
    "ayer",
    "este",
    "esta",
    "estos",
    "estas",
    "ambos",
    "ambas",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "siguiente",
    "siguientes",
    "nuevo",
    "nueva",
    "nuevos",
    "nuevas",
    "respectivo",
    "respectiva",
    "respectivos",
    "respectivas",
    "sendos",
    "sendas",
    "importante",
    "importantes",
    "historico",
    "historica",
    "por",
    "consenso",
    "unanimidad",
    "formalmente",
    "oficialmente",
    "ya",
    "finalmente",
    "posteriormente",
    "igualmente",
    "conjuntamente",
    "se",
    "en",
    "materia",
    "su",
    "sus",
    "mismo",
    "misma",
    "texto",
    "proyecto",
    "documento",
    "documentos",
    "con",
    "manera",
    "forma",
    "unanime",
    // "firmó ad referéndum el Acuerdo": signed, pending its approval at home.
    "ad",
    "referendum",
    "borrador",
    "version",
    "final",
    // "por amplia mayoría", "por abrumadora mayoría": a vote (mode null).
    "amplia",
    "abrumadora",
    "mayoria",
    // Discourse markers set off by commas: "adoptaron hoy por consenso, en cambio, la
    // Declaración ...", "sin embargo", "por su parte", "por otra parte".
    "cambio",
    "sin",
    "embargo",
    "parte",
    "otra",
];

/// Words that may stand between an instrument and a passive act after it.
const AFTER_GAP_WORDS: &[&str] = &[
    "que",
    "se",
    "ya",
    "fue",
    "fueron",
    "ha",
    "han",
    "habia",
    "habian",
    "sido",
    "quedo",
    "quedaron",
    "hoy",
    "ayer",
    "tambien",
    "finalmente",
    "formalmente",
    "oficialmente",
    "no",
    "sera",
    "seran",
    "sea",
    "sean",
    "podra",
    "podran",
    "debera",
    "deberan",
    "por",
    "consenso",
    "unanimidad",
    "ambos",
    "ambas",
];

/// Auxiliaries that make a following participle a past act.
const PAST_AUXILIARIES: &[&str] =
    &["fue", "fueron", "ha", "han", "habia", "habian", "hemos", "sido", "quedo", "quedaron"];

/// Stems that, shortly before a noun of the act, say it has not happened ("instaron a la
/// ratificación", "para la firma", "con miras a la adopción").
const NOT_YET_STEMS: &[&str] = &[
    "exhort", "inst", "llam", "invit", "autoriz", "promov", "impuls", "busc", "solicit", "propon", "propus",
    "esper", "prepar", "negoci", "pendient", "proxim", "futur", "previst", "para", "hacia", "miras",
    "avanzar", "lograr", "alcanzar", "proceso", "pid", "ped", "comenz", "inici",
];

/// Number words for announced counts.
const COUNT_WORDS: &[(&str, usize)] = &[
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
];

/// One instrument mention before merging.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    instrument_type: InstrumentType,
    key: String,
    ordinal: Option<u32>,
    action: Action,
    mode: Option<Mode>,
    date: Option<String>,
    rule: String,
}

/// Instruments of `doc`. `dates` and `events` carry byte spans; `report_day` is the dateline's
/// date, the day the document reports on.
pub fn find(
    doc: &Doc<'_>,
    dates: &[DateMention],
    events: &[Event],
    bodies: &[Span],
    report_day: Option<CivilDate>,
) -> InstrumentFindings {
    let text = doc.text;
    let act_dates = ActDates::new(dates, events, report_day);
    // A century written as a name's words ("... Asociación Estratégica para el Siglo XXI") does
    // not end a title the way a date of the act does.
    let date_starts: Vec<usize> =
        dates.iter().filter(|d| !named_century(doc.text, d)).map(|d| d.span.start).collect();
    let heads = &*HEADS;
    let verbs = &*VERBS;
    let cues: Vec<Cue> = word_matches(doc, &verbs.matcher)
        .into_iter()
        .filter_map(|(pattern, start, end)| Some(Cue { start, end, row: *verbs.rows.get(pattern)? }))
        .collect();
    let head_matches: Vec<(InstrumentType, Class, usize, usize)> = word_matches(doc, &heads.matcher)
        .into_iter()
        .filter_map(|(pattern, start, end)| {
            let &(kind, class) = heads.rows.get(pattern)?;
            Some((kind, class, start, end))
        })
        .collect();
    // The year the document reports on: its report day's (the dateline or the reference
    // date), else the latest full date it gives. Not the latest date whatever the report day:
    // "una reunión de seguimiento durante el primer trimestre de 2025" in a 2023 communiqué
    // made every 2023 signing look years old.
    let doc_year = report_day.and_then(|d| u32::try_from(d.year()).ok()).or_else(|| {
        dates
            .iter()
            .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Datetime | DateKind::Interval))
            .filter_map(|d| d.value.as_deref()?.get(..4)?.parse::<u32>().ok())
            .max()
    });
    let event_spans: Vec<Span> =
        events.iter().flat_map(|e| std::iter::once(e.span).chain(e.mentions.iter().copied())).collect();

    let mut findings = InstrumentFindings::default();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut claimed: Vec<(usize, usize)> = Vec::new();
    lists(
        doc,
        &cues,
        &head_matches,
        dates,
        &act_dates,
        &mut candidates,
        &mut claimed,
        &mut findings.warnings,
    );

    let mut context = Context {
        text,
        cues: &cues,
        dates,
        doc_year,
        earlier: Vec::new(),
        head_starts: head_matches
            .iter()
            .filter(|m| matches!(m.1, Class::Head | Class::Proper))
            .map(|m| ordinals::before(text, m.2).map(|o| o.start).unwrap_or(m.2))
            .collect(),
    };
    for &(instrument_type, class, head_start, head_end) in &head_matches {
        if matches!(class, Class::Not | Class::Collective)
            || claimed.iter().any(|&(s, e)| s <= head_start && head_start < e)
            || candidates.iter().any(|c| c.start <= head_start && head_start < c.end)
            || event_spans.iter().any(|s| s.start <= head_start && head_end <= s.end)
        {
            continue;
        }
        let head_text = doc.slice(head_start, head_end);
        let ordinal = ordinals::before(text, head_start)
            .filter(|o| !text.get(o.start..head_start).unwrap_or("\n").contains('\n'));
        let sentence_initial = starts_sentence(text, head_start);
        let head_token = Token { start: head_start, end: head_end, text: head_text };
        let capitalised =
            head_token.is_capitalised() && (!sentence_initial || capitalised_soon(text, head_end));
        // A capital names an instrument; an ordinal alone does not ("la primera resolución").
        // "el informe de la Secretaría General": a report is named by its author. 'el informe
        // "Panorama de la movilidad humana ..."': a quoted title names it too.
        let named = capitalised
            || instrument_type == InstrumentType::Report && of_a_name(text, head_end)
            || quoted_title_opens(text, head_end);
        if class == Class::Proper && !named {
            continue;
        }
        // "dos memorandos de entendimiento", "varios acuerdos": a count, not one instrument.
        if !named
            && previous_word(text, head_start).is_some_and(|w| {
                let w = w.folded();
                COUNT_WORDS.iter().any(|(c, _)| *c == w)
                    || w.chars().all(|c| c.is_ascii_digit())
                    || matches!(
                        w.as_str(),
                        "varios" | "varias" | "diversos" | "diversas" | "sendos" | "sendas"
                    )
            })
        {
            continue;
        }
        // "varios Memorandos de Entendimiento sobre ...": a set, even capitalised.
        if named
            && head_text.split_whitespace().next().is_some_and(|w| w.ends_with(['s', 'S']))
            && previous_word(text, head_start).is_some_and(|w| {
                let w = w.folded();
                COUNT_WORDS.iter().any(|(c, _)| *c == w)
                    || matches!(
                        w.as_str(),
                        "varios"
                            | "varias"
                            | "diversos"
                            | "diversas"
                            | "numerosos"
                            | "numerosas"
                            | "sendos"
                            | "sendas"
                    )
            })
        {
            continue;
        }
        // An unnamed head is reported only when acted on: skip it cheaply when no act cue is
        // near (the governing act stands within a few hundred bytes in its sentence).
        if !named {
            let low = cues.partition_point(|c| c.end + 400 < head_start);
            let near = cues
                .get(low..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.start < head_end + 200)
                .any(|c| matches!(c.row, VerbRow::Act(..)));
            if !near {
                continue;
            }
        }
        let (sentence_start, sentence_end) = sentence_bounds(text, head_start);
        let style = if named { NameStyle::Proper } else { NameStyle::Common };
        // "el Reglamento (UE) 2024/1351 sobre la gestión del asilo": the issuer's tag in
        // brackets before the number is part of the name.
        let tagged_end = named.then(|| eu_style_tag_end(text, head_end)).flatten();
        let end = name_end(text, tagged_end.unwrap_or(head_end), sentence_end, style, &date_starts);
        // A trailing "de 1984" stays: it is part of the usual name ("Declaración de Cartagena
        // sobre Refugiados de 1984", "Tratado de Paz y Amistad de 1984").
        let end = identifier_end(text, head_start, head_end, end, sentence_end).unwrap_or(end);
        let end = if named { by_which_end(text, head_text, end, sentence_end).unwrap_or(end) } else { end };
        let end = if named {
            let end = title_goes_on(text, end, sentence_end, &date_starts);
            let end = enumeration_end(text, end, sentence_end, &date_starts, &context.head_starts);
            // A bare head ("este Acuerdo, España y Paraguay darán ...") has no complement for an
            // enumeration to go on.
            let end = if end > head_end {
                bare_enumeration_end(text, end, sentence_end, &date_starts, &context.head_starts)
            } else {
                end
            };
            agreeing_participle_end(text, head_text, end)
        } else {
            end
        };
        let end = without_footnote_call(text, head_end, before_agent(text, head_end, end));
        let end = before_quoted_clause(text, head_end, end);
        // The ILO's citation form: "Convenio sobre los Trabajadores Domésticos, 2011 (núm. 189)".
        let ilo_end = if named { ilo_citation_end(text, end) } else { None };
        let end = ilo_end.unwrap_or(end);
        // The Palermo protocol's own ", especialmente Mujeres y Niños".
        let end = if named { especially_end(text, end, sentence_end, &date_starts) } else { end };
        let instrument_type = if (ilo_end.is_some() || numbered_convention(text, head_text, head_end))
            && instrument_type == InstrumentType::Agreement
        {
            InstrumentType::Convention
        } else {
            instrument_type
        };
        let start = ordinal.map(|o| o.start).unwrap_or(head_start);
        context.earlier = candidates.iter().map(|c| (c.start, c.end)).collect();
        let act = governing_act(&context, start, end, sentence_start, sentence_end);
        let (action, mode) = act.map_or((Action::Referenced, None), |a| (a.action, a.mode));
        let has_more = end > head_end || head_text.contains(' ');
        // An unnamed instrument an act not (yet) done governs is identifiable by its subject
        // ("suscribirán un memorándum de entendimiento sobre promoción turística"); "se firmará
        // un acuerdo de cooperación" is not.
        let identified_by_subject = !named
            && act.is_some_and(|a| a.before)
            && previous_word(text, start)
                .is_some_and(|w| matches!(w.folded().as_str(), "un" | "una" | "el" | "la"))
            && has_subject(text, head_end, end);
        if !named && action == Action::Referenced && !identified_by_subject {
            continue;
        }
        // A bare plural ("firmaron los acuerdos") is a set, not one instrument; a bare head after
        // a noun of the act ("la adopción de un tratado") is any such instrument.
        let bare_plural = !named && !has_more && head_text.ends_with(['s', 'S']);
        let generic = !named
            && !has_more
            && act.is_some_and(|a| a.tense == Tense::Noun)
            && previous_word(text, start).is_some_and(|w| matches!(w.folded().as_str(), "un" | "una"));
        if bare_plural || generic {
            continue;
        }
        // A bare lowercase head acted on ("aprobaron una declaración") is this document's
        // instrument unless one of its type was already named (then it is that one again).
        if !named && !has_more && candidates.iter().any(|c| c.instrument_type == instrument_type) {
            continue;
        }
        // "El acuerdo se ha suscrito ..." after "firman un memorando ...": a bare definite
        // "acuerdo" is the generic word for any instrument named before, not a new one.
        let definite = previous_word(text, start)
            .is_some_and(|w| matches!(w.folded().as_str(), "el" | "este" | "dicho"));
        if !named && !has_more && definite && fold(head_text) == "acuerdo" && !candidates.is_empty() {
            continue;
        }
        if named && !has_more && ordinal.is_none() {
            // A bare "el Acuerdo" does not say which one: not reported.
            continue;
        }
        // "POLÍTICA TERRITORIAL" alone on its line: a section heading in capitals (a
        // ministry's short name), not an instrument; a title in capitals has a complement
        // ("DECLARACIÓN DE SANTO DOMINGO").
        if class == Class::Proper && section_heading(text, start, end) {
            continue;
        }
        let (date_start, date_end) = act.and_then(|a| a.relative_verb).unwrap_or((start, end));
        let date = if action == Action::Referenced {
            None
        } else {
            act_dates.date(text, date_start, date_end, action, &candidates)
        };
        // An act dated years before the document is a past act recalled, not one it reports
        // ("recordó que los Estados adoptaron la Declaración ... en el XL Período de Sesiones,
        // celebrado en 2010").
        let act_year = date.as_deref().and_then(|d| d.get(..4)?.parse::<u32>().ok());
        // A noun of the act dated to a month before the report's ("tras la aprobación del Pacto
        // ... el pasado mes de mayo") recalls an earlier act: it is not this document's news.
        // One dated after the report's day is planned, not done.
        let recalled_noun = act.is_some_and(|a| a.tense == Tense::Noun && a.action != Action::Referenced)
            && (act_dates.earlier_month_in_sentence(text, start, end)
                || act_dates.later_day_in_sentence(text, start, end));
        // "El año pasado, durante la presidencia de Costa Rica, el MIRPS adoptó el Marco ...": a
        // year before the document's, set before the act in its sentence (and no day there),
        // places the act in that year.
        let earlier_year = action != Action::Referenced
            && earlier_year_before(context.dates, sentence_start, start, doc_year);
        let (action, mode, date) = match (act_year, doc_year) {
            (Some(year), Some(latest)) if year + 1 < latest => (Action::Referenced, None, None),
            _ if recalled_noun || earlier_year => (Action::Referenced, None, None),
            _ => (action, mode, date),
        };
        let (start, end) = quoted_title(text, end, sentence_end)
            .or_else(|| quoted_after_head(text, head_end, end))
            .or_else(|| {
                if named {
                    None
                } else {
                    capitalised_after_head(text, head_end, end, sentence_end, &date_starts)
                }
            })
            .unwrap_or((start, end));
        candidates.push(Candidate {
            start,
            end,
            instrument_type,
            key: fold(text.get(head_start..end).unwrap_or("")),
            ordinal: ordinal.map(|o| o.value),
            action,
            mode,
            date,
            rule: format!("instrument.{}", action.as_str()),
        });
    }
    if let Some((formula_start, formula_end)) = closing_formula(text) {
        // The document's heading: its first line, or a headline line of the block before the
        // first paragraph (a dateline or letterhead may come first).
        let title_end = leading_block_end(text);
        let date = dates
            .iter()
            .find(|d| d.kind == DateKind::Date && d.span.start >= formula_start && d.span.end <= formula_end)
            .and_then(|d| d.value.clone());
        for candidate in candidates
            .iter_mut()
            .filter(|c| c.end <= title_end && c.action == Action::Referenced && headline_line(text, c.start))
        {
            candidate.action = if candidate.instrument_type == InstrumentType::Declaration {
                Action::Adopted
            } else {
                Action::Signed
            };
            candidate.date.clone_from(&date);
            candidate.rule = "instrument.closing_formula".to_string();
        }
    }
    candidates.retain(|c| !names_a_body(text, bodies, c.start, c.end));
    findings.instruments = merge(text, candidates);
    findings
}

/// Rule `instrument.organization_name`: an instrument named inside a body's longer name
/// ("Organismo Andino de Salud - Convenio Hipólito Unanue", "Secretaría Ejecutiva del Plan
/// Trifinio", "Organización del Tratado de Cooperación Amazónica") names the body, not an
/// instrument: that mention takes no part (an act in its sentence is the body's). A clause of its
/// own after it makes it the instrument again ("la Comisión de Seguimiento del Acuerdo de
/// Cartagena, firmado el pasado domingo").
fn names_a_body(text: &str, bodies: &[Span], start: usize, end: usize) -> bool {
    let mention = Span { start, end, page: None };
    let after = text.get(end..).unwrap_or("").trim_start_matches([',', ' ']);
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    let own_clause = word == "que"
        || ["firmad", "suscrit", "aprobad", "adoptad", "ratificad", "celebrad", "vigente"]
            .iter()
            .any(|stem| word.starts_with(stem));
    !own_clause && bodies.iter().any(|body| crate::strictly_inside(&mention, body))
}

/// The end of a legal norm's formal title, which says what it does after "por el que" / "por
/// la que": "Real Decreto por el que se regula el procedimiento fronterizo de protección
/// internacional y el control de entrada en los puestos habilitados", "Ley 14/2025, por la que
/// se modifica ...". It runs to the end of its clause (a stop, a semicolon, a comma, a bracket).
fn by_which_end(text: &str, head_text: &str, end: usize, sentence_end: usize) -> Option<usize> {
    let head = fold(head_text);
    let legal = law_head(&head) || matches!(head.as_str(), "reglamento" | "orden ministerial");
    let rest = text.get(end..sentence_end)?;
    let clause = rest.trim_start_matches([',', ' ']);
    let opening =
        ["por el que ", "por la que ", "por el cual ", "por la cual "].iter().any(|o| clause.starts_with(o));
    if !legal || !opening || rest.len() - clause.len() > 2 {
        return None;
    }
    let skipped = rest.len() - clause.len();
    let length = clause.find(['.', ';', ',', '(', '\n']).unwrap_or(clause.len());
    let clause_end = end + skipped + clause.get(..length)?.trim_end().len();
    Some(clause_end)
}

/// The end of an issuer's tag in brackets between a head and its number ("Reglamento (UE)
/// 2024/1351", "Directiva (UE) 2024/1712", "Reglamento (CE) n.º 862/2007").
fn eu_style_tag_end(text: &str, head_end: usize) -> Option<usize> {
    let rest = text.get(head_end..)?;
    let inner = rest.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let tag = inner.get(..close)?;
    let after = inner.get(close + 1..)?;
    let numbered = after.strip_prefix(' ').is_some_and(|a| {
        a.starts_with(|c: char| c.is_ascii_digit()) || a.starts_with("n.º") || a.starts_with("N.º")
    });
    (tag.len() <= 4 && tag.chars().all(|c| c.is_ascii_uppercase()) && numbered)
        .then_some(head_end + 2 + close + 1)
}

/// Whether a folded head names a law, a decree or a resolution ("ley orgánica", "real
/// decreto-ley").
fn law_head(head: &str) -> bool {
    head.split([' ', '-']).any(|w| matches!(w, "ley" | "decreto" | "resolucion"))
}

/// The end of a law's identifier title: "Ley" / "Decreto" + number + "de" + year ("Ley 2136 de
/// 2021"); what follows ("sobre la política migratoria ...") is its subject, not its title.
/// (Treaty titles go on: "Convenio 183 sobre la protección de la maternidad".)
///
/// Spain's citation form is the law's official title: number/year, date and the title clause
/// after it, to the next stop: "Ley 1/2023, de 20 de febrero, de Cooperación para el Desarrollo
/// Sostenible y la Solidaridad Global"; "Real Decreto 1155/2024, de 19 de noviembre, por el que
/// se aprueba el Reglamento de la Ley Orgánica 4/2000"; "Ley Orgánica 4/2000, de 11 de enero,
/// sobre derechos y libertades de los extranjeros en España y su integración social".
fn identifier_end(
    text: &str,
    head_start: usize,
    head_end: usize,
    end: usize,
    sentence_end: usize,
) -> Option<usize> {
    if !law_head(&fold(text.get(head_start..head_end)?)) {
        return None;
    }
    // "Ley N° 21.325 de Migración y Extranjería" (Chile): a number sign, the number, and the
    // capitalised title after it.
    if let Some(number_end) = signed_number_end(text, head_end) {
        let title = name_end(text, number_end, sentence_end, NameStyle::Proper, &[]);
        return Some(title.max(number_end));
    }
    // "Ley General de Migración núm. 285-04", "Decreto Ejecutivo N.º 123-22 sobre visas": the
    // number after the name ends the title (its year with it); the subject after is not title.
    let number_in_name = text
        .get(head_end..(end + 1).min(text.len()))?
        .match_indices(' ')
        .find_map(|(offset, _)| signed_number_end(text, head_end + offset));
    if let Some(number_end) = number_in_name {
        return Some(year_after(text, number_end, sentence_end).unwrap_or(number_end));
    }
    let number = next_token(text, head_end).filter(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))?;
    if number.end > end {
        return None;
    }
    if let Some(cited) = citation_end(text, head_end, sentence_end) {
        return Some(cited);
    }
    year_after(text, number.end, end)
}

/// The end of " de 2021" / " del 2021" right after `pos`, within `limit`.
fn year_after(text: &str, pos: usize, limit: usize) -> Option<usize> {
    let year = next_token(text, pos)
        .filter(|t| matches!(t.text, "de" | "del"))
        .and_then(|de| next_token(text, de.end))
        .filter(|y| y.text.len() == 4 && y.text.chars().all(|c| c.is_ascii_digit()) && y.end <= limit);
    year.map(|y| y.end)
}

/// The end of "N/YYYY, de D de MES[, title clause]" after a law's head (see
/// [`identifier_end`]). The date is read here, not taken from the date mentions: a citation's
/// date is part of the law's identifier and is not reported as a date (`date.legal_citation`).
fn citation_end(text: &str, head_end: usize, sentence_end: usize) -> Option<usize> {
    let rest = text.get(head_end..)?;
    let number_len = rest.trim_start().find(|c: char| !(c.is_ascii_digit() || c == '/'))?;
    let number_at = head_end + (rest.len() - rest.trim_start().len());
    let number = text.get(number_at..number_at + number_len)?;
    let (_, year) = number.split_once('/')?;
    if year.len() != 4 {
        return None;
    }
    // ", de 20 de febrero"
    let after_number = text.get(number_at + number_len..sentence_end)?;
    let date = after_number.strip_prefix(", de ")?;
    let day_len = date.find(|c: char| !c.is_ascii_digit())?;
    let month = date.get(day_len..)?.strip_prefix(" de ")?;
    let month_len = month.find(|c: char| !c.is_alphabetic()).unwrap_or(month.len());
    if !(1..=2).contains(&day_len)
        || !crate::events::MONTHS.contains(&month.get(..month_len)?.to_lowercase().as_str())
    {
        return None;
    }
    let date_end = sentence_end - month.len() + month_len;
    // The title clause after the date runs to the next stop: ", de Cooperación para el
    // Desarrollo ...", ", sobre derechos y libertades ...", ", por el que se aprueba ...".
    let clause = text.get(date_end..sentence_end)?.strip_prefix(", ");
    let opens_title = clause.and_then(|c| c.split(' ').next()).is_some_and(|w| {
        matches!(
            w,
            "de" | "del"
                | "sobre"
                | "por"
                | "relativa"
                | "relativo"
                | "reguladora"
                | "regulador"
                | "para"
                | "contra"
        )
    });
    if !opens_title {
        return Some(date_end);
    }
    let clause = clause?;
    let bytes = clause.as_bytes();
    let stop = (0..bytes.len())
        .find(|&i| {
            matches!(bytes[i], b',' | b';' | b':' | b'(' | b')' | b'\n')
                || bytes[i] == b'.' && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
        })
        .unwrap_or(clause.len());
    Some(date_end + ", ".len() + clause.get(..stop)?.trim_end().len())
}

/// Where a named title ending at `end` really ends: a capitalised participle is a title word
/// ("Convención contra la Delincuencia Organizada Transnacional"; clause participles are
/// lowercase), and "relativa a" opens the subject of a title ("Declaración de la OIT relativa a
/// los principios y derechos fundamentales en el trabajo").
fn title_goes_on(text: &str, end: usize, sentence_end: usize, stops: &[usize]) -> usize {
    let mut end = end;
    for _ in 0..3 {
        let Some(next) = next_token(text, end) else { break };
        if next.end > sentence_end
            || !text.get(end..next.start).is_some_and(|gap| gap.chars().all(|c| c == ' '))
        {
            break;
        }
        let folded = next.folded();
        let participle = next.is_capitalised()
            && ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
                .iter()
                .any(|e| folded.ends_with(e));
        let relative = matches!(folded.as_str(), "relativo" | "relativa" | "relativos" | "relativas");
        let from = if participle {
            next.end
        } else if relative {
            match next_token(text, next.end).filter(|a| matches!(a.text, "a" | "al")) {
                Some(a) => a.end,
                None => break,
            }
        } else {
            break;
        };
        let further = name_end(text, from, sentence_end, NameStyle::Proper, stops);
        if further <= from && relative {
            break;
        }
        end = further.max(next.end);
    }
    end
}

/// Where a named title ending at `end` ends when it goes on with a capitalised enumeration of
/// its own: ", el Tránsito y la Readmisión de Extranjeros" after "Acuerdo sobre Circulación de
/// Personas" (", article + capitalised words, y/e + article + a name"). Another instrument's
/// head in the enumeration makes it a list of titles instead ("el Acuerdo X, el Convenio Y y
/// la Declaración Z").
fn enumeration_end(text: &str, end: usize, sentence_end: usize, stops: &[usize], heads: &[usize]) -> usize {
    let is_article = |t: &Token<'_>| matches!(t.text, "el" | "la" | "los" | "las");
    let Some(comma) = next_token(text, end).filter(|t| t.text == ",") else { return end };
    let Some(article) = next_token(text, comma.end).filter(is_article) else { return end };
    let mut pos = article.end;
    let mut words = 0;
    while let Some(word) = next_token(text, pos).filter(|t| t.is_word() && t.is_capitalised()) {
        words += 1;
        pos = word.end;
    }
    let Some(and) = next_token(text, pos).filter(|t| words > 0 && matches!(t.text, "y" | "e")) else {
        return end;
    };
    let Some(second) = next_token(text, and.end).filter(is_article) else { return end };
    if !next_token(text, second.end).is_some_and(|t| t.is_word() && t.is_capitalised()) {
        return end;
    }
    let further = name_end(text, second.end, sentence_end, NameStyle::Proper, stops);
    let other_head = heads.iter().any(|&h| h > end && h < further);
    if further <= second.end || other_head {
        return end;
    }
    further
}

/// Where a named title ending at `end` ends when its last complement goes on as a capitalised
/// enumeration without articles: ", Vehículos, Embarcaciones Fluviales y Marítimas" after
/// "Acuerdo sobre Tránsito de Personas" (", name, ..., y/e + a capitalised name"). Only the
/// whole enumeration extends the title; another instrument's head in it makes it a list of
/// titles.
fn bare_enumeration_end(
    text: &str,
    end: usize,
    sentence_end: usize,
    stops: &[usize],
    heads: &[usize],
) -> usize {
    if !previous_word(text, end).is_some_and(|w| w.is_capitalised()) {
        return end;
    }
    let mut pos = end;
    for _ in 0..8 {
        let Some(comma) = next_token(text, pos).filter(|t| t.text == ",") else { return end };
        let Some(first) = next_token(text, comma.end).filter(|t| t.is_word() && t.is_capitalised()) else {
            return end;
        };
        pos = first.end;
        while let Some(word) = next_token(text, pos).filter(|t| t.is_word() && t.is_capitalised()) {
            pos = word.end;
        }
        if let Some(and) = next_token(text, pos).filter(|t| matches!(t.text, "y" | "e")) {
            let Some(last) = next_token(text, and.end).filter(|t| t.is_word() && t.is_capitalised()) else {
                return end;
            };
            let further = name_end(text, last.start, sentence_end, NameStyle::Proper, stops).max(last.end);
            if heads.iter().any(|&h| h > end && h < further) {
                return end;
            }
            return further;
        }
    }
    end
}

/// Where a named title ending at `end` ends when a lowercase participle right after it agrees in
/// number with the title's last noun and not with its head: it qualifies that noun inside the
/// title ("Acuerdo sobre ... de Extranjeros entrados ilegalmente"), where a clause's participle
/// agrees with the head ("Acuerdo de Pesca firmado en 2002"). An adverb in -mente goes with it.
fn agreeing_participle_end(text: &str, head_text: &str, end: usize) -> usize {
    let Some(last) = previous_word(text, end).filter(|w| w.is_capitalised()) else { return end };
    let Some(participle) = next_token(text, end).filter(|t| t.is_word() && !t.is_capitalised()) else {
        return end;
    };
    if !text.get(end..participle.start).is_some_and(|gap| gap.chars().all(|c| c == ' ')) {
        return end;
    }
    let folded = participle.folded();
    let is_participle =
        ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"].iter().any(|e| folded.ends_with(e));
    let plural = |w: &str| w.ends_with('s');
    let head_word: String =
        head_text.split_whitespace().next().unwrap_or("").chars().map(fold_char).collect();
    if !is_participle || plural(&folded) != plural(&last.folded()) || plural(&folded) == plural(&head_word) {
        return end;
    }
    match next_token(text, participle.end).filter(|t| t.is_word() && t.folded().ends_with("mente")) {
        Some(adverb) => adverb.end,
        None => participle.end,
    }
}

/// Bodies and groups that act on an instrument: after "por" + article they are the act's agent
/// ("la aprobación del Pacto sobre Migración y Asilo por los Veintisiete"), not title words.
const AGENTS: &[&str] = &[
    "consejo",
    "asamblea",
    "congreso",
    "parlamento",
    "senado",
    "camara",
    "comision",
    "comite",
    "gobierno",
    "gobiernos",
    "estados",
    "paises",
    "partes",
    "ministros",
    "cancilleres",
    "presidentes",
    "jefes",
    "lideres",
    "delegaciones",
    "miembros",
    "doce",
    "quince",
    "veinticinco",
    "veintisiete",
    "veintiocho",
];

/// The end of a title before an agent complement: "por" + article + a body or group, once the
/// title has a complement of its own (the head's own "por" stays: "Pacto por la Migración").
fn before_agent(text: &str, head_end: usize, end: usize) -> usize {
    let words = tokens(text, head_end, end);
    for (index, window) in words.windows(3).enumerate() {
        let [por, article, agent] = window else { continue };
        if index > 0
            && por.text == "por"
            && matches!(article.text, "el" | "la" | "los" | "las")
            && agent.is_capitalised()
            && AGENTS.contains(&agent.folded().as_str())
        {
            return words.get(index - 1).map_or(end, |t| t.end);
        }
    }
    end
}

/// A resolution's title in quotes after its symbol: `la resolución CP/RES. 1247 (2519/24),
/// "Apoyo al restablecimiento del orden democrático ..."` is titled by the quoted words (OAS and
/// UN style). Returns the quoted title's span when one follows `end` after at most a code and a
/// comma.
fn quoted_title(text: &str, end: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..sentence_end.max(end))?;
    let (open_at, open) = rest.char_indices().find(|&(_, c)| matches!(c, '"' | '“' | '«'))?;
    let code = rest.get(..open_at)?;
    // Only after a symbol: a named title followed by ", “...”" keeps its name (a motto or a
    // quotation follows it).
    let code_like = open_at <= 40
        && code.trim_end().ends_with(',')
        && code.chars().any(|c| c.is_ascii_digit())
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || " ./()-,".contains(c));
    if !code_like {
        return None;
    }
    let close = closing_quote(open);
    let body_at = open_at + open.len_utf8();
    let body = rest.get(body_at..)?;
    let close_at = body.find(close)?;
    let title = body.get(..close_at)?;
    let words = title.split_whitespace().count();
    (title.starts_with(char::is_uppercase) && (3..=40).contains(&words))
        .then(|| (end + body_at, end + body_at + close_at))
}

/// Where a title ends before a quotation that opens after it with a lowercase word: the quote
/// is someone's words about the instrument ("el Protocolo de Kyoto “todavía no ...”"), not a
/// title's capitalised motto ("Declaración de Lima “Por un Futuro Común”" keeps it).
fn before_quoted_clause(text: &str, head_end: usize, end: usize) -> usize {
    let Some(title) = text.get(head_end..end) else { return end };
    for (at, quote) in title.match_indices([' ', '\u{a0}']) {
        let rest = title.get(at + quote.len()..).unwrap_or("");
        let mut chars = rest.chars();
        if chars.next().is_some_and(|c| matches!(c, '“' | '«' | '"'))
            && chars.next().is_some_and(char::is_lowercase)
        {
            return head_end + title.get(..at).unwrap_or("").trim_end_matches([',', ' ']).len();
        }
    }
    end
}

/// Whether a date mention is a century written with a capital ("el Siglo XXI").
fn named_century(text: &str, date: &DateMention) -> bool {
    date.rule == "date.century"
        && text.get(date.span.start..date.span.end).is_some_and(|t| t.contains("Siglo"))
}

/// Whether `start..end` is a whole line in capitals with no complement word.
fn section_heading(text: &str, start: usize, end: usize) -> bool {
    // The cheap test first: a heading has no lower case.
    if text.get(start..end).is_none_or(|mention| mention.chars().any(char::is_lowercase)) {
        return false;
    }
    let line = line_start(text, start);
    let line_end = text.get(end..).and_then(|rest| rest.find('\n')).map_or(text.len(), |i| end + i);
    let Some(heading) = text.get(line..line_end) else { return false };
    heading.trim() == text.get(start..end).unwrap_or("").trim()
        && !heading.chars().any(char::is_lowercase)
        && !heading.split_whitespace().any(|w| matches!(w, "DE" | "DEL" | "SOBRE" | "PARA" | "CONTRA" | "EN"))
}

/// Whether a quoted title of three words or more, opening with a capital, follows right after
/// the head ending at `head_end` on its line.
fn quoted_title_opens(text: &str, head_end: usize) -> bool {
    let Some(after) = text.get(head_end..) else { return false };
    let Some(quoted) = after.strip_prefix(' ') else { return false };
    let Some(open) = quoted.chars().next().filter(|c| matches!(c, '"' | '“' | '«')) else { return false };
    let close = closing_quote(open);
    let body = quoted.get(open.len_utf8()..).unwrap_or("");
    body.split_once(close).is_some_and(|(title, _)| {
        title.starts_with(char::is_uppercase)
            && !title.contains('\n')
            && (3..=40).contains(&title.split_whitespace().count())
    })
}

/// A common head followed by its quoted title and nothing else (`la resolución "La situación de
/// los derechos humanos en Nicaragua"`) is titled by the quoted words, as after a symbol.
fn quoted_after_head(text: &str, head_end: usize, end: usize) -> Option<(usize, usize)> {
    let after = text.get(head_end..end)?;
    let quoted = after.trim_start();
    let open = quoted.chars().next().filter(|c| matches!(c, '"' | '“' | '«'))?;
    let close = closing_quote(open);
    let body = quoted.get(open.len_utf8()..)?.strip_suffix(close)?;
    let words = body.split_whitespace().count();
    let body_at = head_end + (after.len() - quoted.len()) + open.len_utf8();
    (body.starts_with(char::is_uppercase) && !body.contains(close) && (3..=40).contains(&words))
        .then(|| (body_at, body_at + body.len()))
}

/// A capitalised title right after a lowercase head and
/// its adjectives is the instrument's name ("el informe temático Personas en Movilidad Humana
/// en Tránsito por Centroamérica y México", as a bold title reads once its marks are gone): the
/// run from its first capital, read as a proper name, with three capitalised words at least.
fn capitalised_after_head(
    text: &str,
    head_end: usize,
    end: usize,
    sentence_end: usize,
    date_starts: &[usize],
) -> Option<(usize, usize)> {
    let mut pos = head_end;
    for _ in 0..3 {
        let token = next_token(text, pos).filter(|t| t.is_word() && t.start < end)?;
        if token.is_capitalised() {
            let run_end = name_end(text, token.end, sentence_end, NameStyle::Proper, date_starts);
            let capitals = tokens(text, token.start, run_end)
                .iter()
                .filter(|t| t.is_capitalised() && t.text.chars().count() > 2)
                .count();
            return (capitals >= 3).then_some((token.start, run_end));
        }
        // Adjectives of the head only ("temático", "anual"): no function word, verb or number.
        let word = token.folded();
        if is_stop_word(&word) || FUNCTION_WORDS.contains(&word.as_str()) || looks_like_verb(token.text) {
            return None;
        }
        pos = token.end;
    }
    None
}

/// Rule of the footnote call: one or two digits glued to a title's last word, a lowercase word
/// ("... Segura, Ordenada y Regular1", "Agenda 2030 para el Desarrollo Sostenible2"), call a
/// footnote in text taken from a PDF and are not part of the title ("Agenda 2030", "COVID-19",
/// "G20" keep theirs: a space, a hyphen or a capital stands before the number).
fn without_footnote_call(text: &str, head_end: usize, end: usize) -> usize {
    let Some(title) = text.get(head_end..end) else { return end };
    let digits = title.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return end;
    }
    let word = title.get(..title.len() - digits).unwrap_or("");
    let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>();
    if letters.len() >= 3 && letters.first().is_some_and(|c| c.is_lowercase()) {
        end - digits
    } else {
        end
    }
}

/// Whether the title after its head (`head_end..end`) states a subject ("sobre promoción
/// turística", "en materia de pesca").
fn has_subject(text: &str, head_end: usize, end: usize) -> bool {
    let words = tokens(text, head_end, end);
    words.iter().enumerate().any(|(index, t)| {
        t.text == "sobre"
            || t.text == "en" && words.get(index + 1).is_some_and(|m| m.folded() == "materia")
            || t.text == "relativo"
    }) && words.last().is_some_and(|t| t.is_word())
}

/// Where a named title ending at `end` ends when it goes on with ", especialmente" and a
/// capitalised complement ("Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas,
/// especialmente Mujeres y Niños").
fn especially_end(text: &str, end: usize, sentence_end: usize, stops: &[usize]) -> usize {
    let Some(comma) = next_token(text, end).filter(|t| t.text == ",") else { return end };
    let Some(word) = next_token(text, comma.end).filter(|t| t.folded() == "especialmente") else {
        return end;
    };
    if !next_token(text, word.end).is_some_and(|t| t.is_word() && t.is_capitalised()) {
        return end;
    }
    let further = name_end(text, word.end, sentence_end, NameStyle::Proper, stops);
    if further > word.end {
        further
    } else {
        end
    }
}

/// Whether a "Convenio" is numbered right after its head ("Convenio 190 sobre Violencia y
/// Acoso", "Convenio núm. 169", "Convenio N.º 97"): the numbering of the ILO's (and the Council
/// of Europe's) conventions; bilateral agreements are named by their subject.
fn numbered_convention(text: &str, head_text: &str, head_end: usize) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ (?:(?:núm\.|num\.|n\.º|n\.°|No\.|N\.º|N\.°|Nº|N°|número) ?)?\d{1,3}\b(?:[^/\-.\d]|$)")
            .expect("static regex")
    });
    fold(head_text) == "convenio" && text.get(head_end..).is_some_and(|rest| NUMBER.is_match(rest))
}

static ILO_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^, (?:19|20)\d\d \((?:núm\.|num\.|n\.º|n\.°|No\.) ?\d{1,3}\)").expect("static regex")
});

/// The end of an International Labour Organization convention's citation right after a title
/// ending at `end`: ", 2011 (núm. 189)" (a convention, whatever its head says: "Convenio").
fn ilo_citation_end(text: &str, end: usize) -> Option<usize> {
    ILO_CITATION.find(text.get(end..)?).map(|m| end + m.end())
}

/// How far from the end (bytes) a closing formula is looked for.
const FORMULA_TAIL: usize = 1500;

/// Rule `instrument.closing_formula`: the line that closes a document that is itself the
/// instrument ("Dado en Panamá, a 14 de marzo de 2019, en dos ejemplares originales"), as a
/// byte range. The instrument named by the document's first line was then signed (a
/// declaration adopted) on that line's date.
fn closing_formula(text: &str) -> Option<(usize, usize)> {
    // The formula closes the document: only its last lines are read (the signature block
    // after it is short).
    let mut tail_start = text.len().saturating_sub(FORMULA_TAIL);
    while !text.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    // The last line of the tail that opens with the formula ("Dada en Buenos Aires, ..., a los
    // veinticuatro días ...", "Hecho en Lima ..., en dos ejemplares originales").
    let tail = text.get(tail_start..)?;
    let mut end = text.len();
    for line in tail.rsplit('\n') {
        let start = end - line.len();
        let opening: String =
            line.split_whitespace().take(2).collect::<Vec<_>>().join(" ").chars().map(fold_char).collect();
        let formula = matches!(
            opening.as_str(),
            "dado en"
                | "dada en"
                | "hecho en"
                | "hecha en"
                | "firmado en"
                | "firmada en"
                | "suscrito en"
                | "suscrita en"
        );
        if formula {
            return Some((start, end));
        }
        end = start.saturating_sub(1);
    }
    None
}

/// The end of the document's leading block: its lines up to the first one that reads as a
/// paragraph (ends with a stop, or is long), at most five lines; at least the first line.
fn leading_block_end(text: &str) -> usize {
    let mut end = text.len() - text.trim_start().len();
    for (index, line) in text.get(end..).unwrap_or("").split('\n').enumerate() {
        let trimmed = line.trim();
        if index > 0
            && !trimmed.is_empty()
            && (index >= 5 || !headline_line(text, end + (line.len() - line.trim_start().len())))
        {
            break;
        }
        end += line.len() + 1;
    }
    end.min(text.len())
}

/// Whether the line holding `pos` is a headline: no final stop, a few words.
fn headline_line(text: &str, pos: usize) -> bool {
    let start = line_start(text, pos);
    let end = text.get(pos..).and_then(|rest| rest.find('\n')).map_or(text.len(), |i| pos + i);
    let line = text.get(start..end).unwrap_or("").trim_end().trim_end_matches(['*', '#', ' ']);
    !line.ends_with(['.', ':', ';', ',']) && line.split_whitespace().count() <= 30
}

/// Whether a mention is a headline's unnamed "un memorando", "un plan binacional sobre ...",
/// or a bare noun as headlines write it ("aprueban por unanimidad estrategia común de ..."):
/// the instrument the body then names. A definite article or a preposition refers back
/// instead ("la estrategia", "de la estrategia").
fn headline_indefinite(text: &str, candidate: &Candidate) -> bool {
    let lowercase =
        text.get(candidate.start..).and_then(|s| s.chars().next()).is_some_and(char::is_lowercase);
    let unnamed = previous_word(text, candidate.start).is_some_and(|w| {
        let w = w.folded();
        matches!(w.as_str(), "un" | "una")
            || !matches!(
                w.as_str(),
                "el" | "la"
                    | "los"
                    | "las"
                    | "lo"
                    | "del"
                    | "al"
                    | "de"
                    | "a"
                    | "en"
                    | "su"
                    | "sus"
                    | "este"
                    | "esta"
                    | "ese"
                    | "esa"
                    | "dicho"
                    | "dicha"
                    | "nuestro"
                    | "nuestra"
                    | "y"
                    | "e"
            )
    });
    // "aprueba nuevo plan de acción y guía sobre apatridia": after "y", a bare noun when the
    // headline writes no definite article before it (its first conjunct is bare too).
    let bare_after_and = previous_word(text, candidate.start).is_some_and(|w| matches!(w.text, "y" | "e"))
        && !text.get(line_start(text, candidate.start)..candidate.start).is_some_and(|before| {
            before.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "el" | "la" | "los" | "las"))
        });
    // "aprueba Hoja de Ruta para la protección social de personas trabajadoras migrantes": a
    // headline may capitalise the head of a description that ends in lower case, where a name
    // ends in a capital or a number.
    let described = text
        .get(candidate.start..candidate.end)
        .and_then(|t| t.split_whitespace().next_back())
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    // "El Gobierno aprueba el real decreto que regula ...": in the document's heading a definite
    // article has nothing before it to refer back to.
    let heading_definite = lowercase
        && candidate.start < leading_block_end(text)
        && previous_word(text, candidate.start).is_some_and(|w| matches!(w.folded().as_str(), "el" | "la"));
    (lowercase || described)
        && (unnamed || bare_after_and || heading_definite)
        && headline_line(text, candidate.start)
}

/// The folded, space-normalised form of a title.
fn fold(text: &str) -> String {
    let folded: String = text.chars().map(fold_char).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the act analysis of one document needs.
struct Context<'a> {
    text: &'a str,
    cues: &'a [Cue],
    dates: &'a [DateMention],
    /// Year of the latest full date of the document (the reported events' year).
    doc_year: Option<u32>,
    /// Spans of instruments already found: coordinated titles may stand between an act and
    /// a later instrument ("firmaron el Acuerdo X y el Convenio Y").
    earlier: Vec<(usize, usize)>,
    /// Start of every instrument head, to bound a mode phrase to its own instrument.
    head_starts: Vec<usize>,
}

/// The act that governs an instrument.
#[derive(Debug, Clone, Copy)]
struct Governing {
    /// The act's action, `Referenced` when it did not happen.
    action: Action,
    mode: Option<Mode>,
    /// The act's tense (`Noun` for "la aprobación del ...").
    tense: Tense,
    /// Whether the act stands before the instrument ("suscribirán un memorándum ..."), not a
    /// participle after it.
    before: bool,
    /// The verb of a relative clause after the title ("que los ministros firmaron ayer"): its
    /// clause, not the title's, holds the act's date.
    relative_verb: Option<(usize, usize)>,
}

/// The act governing an instrument at `start..end`, with its mode; `None` when nothing acts on
/// it (a referenced instrument).
fn governing_act(
    context: &Context<'_>,
    start: usize,
    end: usize,
    sentence_start: usize,
    sentence_end: usize,
) -> Option<Governing> {
    let Context { text, cues, dates, doc_year, .. } = *context;
    let next_head = context.head_starts.iter().copied().find(|&s| s >= end).unwrap_or(usize::MAX);
    // Cues are in text order: bound them to the sentence once.
    let low = cues.partition_point(|c| c.start < sentence_start);
    let high = cues.partition_point(|c| c.start < sentence_end);
    let cues = cues.get(low..high).unwrap_or(&[]);
    let in_sentence = |c: &&Cue| c.end <= sentence_end;
    // Earlier titles and mode phrases may stand in a gap ("la adopción por aclamación de la
    // Declaración ...").
    let mut skip = context.earlier.clone();
    skip.extend(cues.iter().filter(|c| matches!(c.row, VerbRow::Mode(_))).map(|c| (c.start, c.end)));
    let skip = skip.as_slice();
    // Before: the nearest act whose gap to the instrument is only gap words, or a finite verb
    // whose object follows an interposed complement ("firmaron al margen de la cumbre un ...").
    let before = cues
        .iter()
        .filter(in_sentence)
        .rfind(|c| c.end <= start && matches!(c.row, VerbRow::Act(..)))
        .filter(|c| {
            gap_allows(text, c.end, start, GAP_WORDS, dates, skip)
                || matches!(c.row, VerbRow::Act(_, Tense::Past | Tense::Present))
                    && interposed_complement(text, c.end, start)
                || matches!(c.row, VerbRow::Act(_, Tense::Past | Tense::Present | Tense::Participle))
                    && comma_aside(text, c.end, start, dates)
        });
    if let Some(cue) = before {
        let VerbRow::Act(action, tense) = cue.row else { return None };
        let happened = match tense {
            Tense::Past | Tense::Present => {
                !negated(text, cue.start) && !recalled_by_relative(text, cue.start, doc_year)
            }
            Tense::Noun => !not_yet_before(text, cue.start),
            Tense::Participle => {
                (previous_word(text, cue.start)
                    .is_some_and(|w| PAST_AUXILIARIES.contains(&w.folded().as_str()))
                    || welcomed_perfect(text, cue.start))
                    && !negated(text, cue.start)
            }
            Tense::NotYet => resolutive_item(text, cue.start),
        };
        if !happened {
            return Some(Governing {
                action: Action::Referenced,
                mode: None,
                tense,
                before: true,
                relative_verb: None,
            });
        }
        let next_act = cues
            .iter()
            .filter(in_sentence)
            .find(|c| c.start >= end && matches!(c.row, VerbRow::Act(..)))
            .map(|c| c.start)
            .unwrap_or(sentence_end);
        // A mode phrase after the title is its own only when no other title follows it before
        // the next act ("aprobaron X y también por consenso Y": the consensus is Y's).
        let after_mode = if next_head < next_act { None } else { mode_in(cues, end, next_act) };
        // "Por consenso, los mandatarios adoptaron la Declaración ...": a mode that opens the
        // sentence, set off by a comma, is its act's.
        let fronted = cues
            .iter()
            .find(|c| {
                matches!(c.row, VerbRow::Mode(_))
                    && c.end <= cue.start
                    && text.get(sentence_start..c.start).is_some_and(|lead| lead.trim().is_empty())
                    && text.get(c.end..).is_some_and(|rest| rest.starts_with(','))
            })
            .and_then(|c| if let VerbRow::Mode(mode) = c.row { Some(mode) } else { None });
        let mode = mode_in(cues, cue.end, start).or(after_mode).or(fronted);
        return Some(Governing { action, mode: mode.flatten(), tense, before: true, relative_verb: None });
    }
    // After: a passive or participle right after the title, or the verb of a relative clause
    // whose subject follows "que" ("la Declaración que los ministros firmaron ayer").
    let after = cues
        .iter()
        .filter(in_sentence)
        .find(|c| c.start >= end && matches!(c.row, VerbRow::Act(..)))
        .filter(|c| {
            gap_allows(text, end, c.start, AFTER_GAP_WORDS, dates, skip)
                || matches!(c.row, VerbRow::Act(_, Tense::Past | Tense::Present))
                    && relative_subject(text, end, c.start)
                || status_colon(text, start, end, c.start)
        })?;
    let VerbRow::Act(action, tense) = after.row else { return None };
    let gap_words: Vec<String> = tokens(text, end, after.start).iter().map(Token::folded).collect();
    let negated_gap = gap_words.iter().any(|w| w == "no");
    let future_gap = gap_words.iter().any(|w| {
        matches!(w.as_str(), "sera" | "seran" | "sea" | "sean" | "podra" | "podran" | "debera" | "deberan")
    });
    let happened = !negated_gap
        && !future_gap
        && match tense {
            Tense::Past | Tense::Present => true,
            Tense::Participle => {
                let auxiliary = gap_words.iter().any(|w| PAST_AUXILIARIES.contains(&w.as_str()));
                // A bare participle clause ("los acuerdos adoptados para ...", "suscrito en
                // 2002", "firmada entre España y Marruecos") describes a past act in passing,
                // unless it says the act is today's or yesterday's, or how it was voted
                // ("aprobada hoy por consenso", "la carta de intención firmada ayer").
                let today = tokens(text, after.end, sentence_end)
                    .iter()
                    .take(5)
                    .any(|t| matches!(t.folded().as_str(), "hoy" | "ayer" | "consenso" | "unanimidad"));
                auxiliary
                    || status_colon(text, start, end, after.start)
                    || today && !earlier_year_follows(text, after.end, sentence_end, doc_year, dates)
            }
            Tense::Noun | Tense::NotYet => false,
        };
    if !happened {
        return Some(Governing {
            action: Action::Referenced,
            mode: None,
            tense,
            before: false,
            relative_verb: None,
        });
    }
    let next_act = cues
        .iter()
        .filter(in_sentence)
        .find(|c| c.start >= after.end && matches!(c.row, VerbRow::Act(..)))
        .map(|c| c.start)
        .unwrap_or(sentence_end);
    let mode = if next_head < after.start { None } else { mode_in(cues, end, next_act) };
    let relative_verb = (!gap_allows(text, end, after.start, AFTER_GAP_WORDS, dates, skip)
        && !status_colon(text, start, end, after.start))
    .then_some((after.start, after.end));
    // "el Convenio ... que la Cancillería y la UNAM suscribieron en 2019", "el Acuerdo ... que
    // ambos Gobiernos firmaron hace tres años": a past act recalled.
    let relative = relative_verb.is_some() || gap_words.iter().any(|w| w == "que");
    if relative && earlier_year_follows(text, after.end, sentence_end, doc_year, dates) {
        return Some(Governing {
            action: Action::Referenced,
            mode: None,
            tense,
            before: false,
            relative_verb: None,
        });
    }
    Some(Governing { action, mode: mode.flatten(), tense, before: false, relative_verb })
}

/// Whether the infinitive at `verb` opens an operative paragraph of a decision: a numbered or
/// bulleted item under an introduction that says the body agreed, resolved or decided ("En la
/// resolución, los países acordaron: 1. Aprobar el Programa de Trabajo ..."). The decision
/// does what its items say.
fn resolutive_item(text: &str, verb: usize) -> bool {
    let line = line_start(text, verb);
    let infinitive =
        text.get(verb..).and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next()).is_some_and(|w| {
            w.starts_with(char::is_uppercase) && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"))
        });
    if !infinitive || !opens_list_item(text, verb) {
        return false;
    }
    let Some(colon) = list_intro(text, line) else { return false };
    let (intro_start, _) = sentence_bounds(text, colon);
    tokens(text, intro_start, colon).iter().any(|t| {
        let w = t.folded();
        ["acord", "resolv", "resuel", "decid"].iter().any(|stem| w.starts_with(stem))
            && !matches!(w.as_str(), "acordar" | "resolver" | "decidir")
    })
}

/// Whether the title at `start..end` opens a list item and states its status after a colon,
/// with the participle at `participle` right after it: "• Memorando de Entendimiento sobre
/// ...: suscrito por ambos cancilleres." The item reports the act as done.
fn status_colon(text: &str, start: usize, end: usize, participle: usize) -> bool {
    text.get(end..participle).is_some_and(|gap| gap.trim() == ":") && opens_list_item(text, start)
}

/// Whether `at` opens its line, or follows only the line's enumerator or bullet (bullets are
/// removed in normalisation, enumerators kept).
fn opens_list_item(text: &str, at: usize) -> bool {
    text.get(line_start(text, at)..at).is_some_and(|lead| lead.trim().is_empty())
        || item_marker_before(text, at)
}

/// Whether the line starting at `line` has a non-blank line right before or after it: a list
/// whose bullets normalisation removed, not a paragraph of running text (those stand apart).
fn in_line_block(text: &str, line: usize) -> bool {
    let before = text.get(..line).unwrap_or("");
    let previous = before.strip_suffix('\n').is_some_and(|b| !b.is_empty() && !b.ends_with('\n'));
    let after = text.get(line..).unwrap_or("");
    let next = after
        .find('\n')
        .and_then(|i| after.get(i + 1..))
        .is_some_and(|n| !n.is_empty() && !n.starts_with('\n'));
    previous || next
}

/// Whether a bullet or an enumerator ("•", "-", "1.", "b)") alone stands between the start of
/// the line and `start`.
fn item_marker_before(text: &str, start: usize) -> bool {
    let marker = text.get(line_start(text, start)..start).unwrap_or("").trim();
    !marker.is_empty()
        && marker.len() <= 4
        && marker
            .chars()
            .all(|c| matches!(c, '•' | '-' | '*' | '–' | '·' | '.' | ')') || c.is_ascii_alphanumeric())
        && !marker.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Prepositions that open a complement interposed between a verb and its object ("firmaron al
/// margen de la cumbre un memorando", "aprobaron durante la sesión plenaria la declaración").
const INTERPOSED_OPENERS: &[&str] = &["al", "en", "durante", "tras", "ante", "desde", "bajo", "con"];

/// Whether the words between a finite act (ending at `from`) and its object (at `to`) are one
/// interposed complement: it opens with a preposition, holds no clause ("que"), no coordination
/// and no other stop, and the object has its own article right after a content word. "en el
/// marco de la Declaración ..." is not one: there the title sits inside the complement.
fn interposed_complement(text: &str, from: usize, to: usize) -> bool {
    if to.saturating_sub(from) > 120 {
        return false;
    }
    let words = tokens(text, from, to);
    let words: Vec<&Token<'_>> = words.iter().filter(|t| t.text != ",").collect();
    let [first, middle @ .., before_article, article] = words.as_slice() else { return false };
    let article_ok = matches!(article.folded().as_str(), "el" | "la" | "los" | "las" | "un" | "una");
    let opener_ok = INTERPOSED_OPENERS.contains(&first.folded().as_str());
    let content_before = before_article.is_word()
        && !matches!(
            before_article.folded().as_str(),
            "de" | "del"
                | "a"
                | "al"
                | "en"
                | "con"
                | "por"
                | "para"
                | "sobre"
                | "entre"
                | "y"
                | "e"
                | "o"
                | "que"
        );
    let clean = middle.len() <= 7
        && middle.iter().chain([before_article]).all(|t| {
            t.is_word()
                && !matches!(t.folded().as_str(), "que" | "cual" | "cuales" | "y" | "e" | "o" | "donde")
        });
    article_ok && opener_ok && content_before && clean
}

/// Whether the words between an act (ending at `from`) and its object (at `to`) are an aside
/// set off by commas, maybe after the act's date: "han adoptado este viernes, en la reunión del
/// Consejo ... celebrada en Bruselas, el Reglamento ...", "ha aprobado este martes, a propuesta
/// del Ministerio del Interior, un real decreto". The aside holds no clause and no stop.
fn comma_aside(text: &str, from: usize, to: usize, dates: &[DateMention]) -> bool {
    const MAX_ASIDE: usize = 200;
    let Some(gap) = text.get(from..to) else { return false };
    if gap.len() > MAX_ASIDE + 40 {
        return false;
    }
    // The act's own date may come first.
    let lead = gap.len() - gap.trim_start().len();
    let after_date =
        dates.iter().find(|d| d.span.start == from + lead && d.span.end <= to).map_or(from, |d| d.span.end);
    let Some(aside) = text.get(after_date..to).map(str::trim) else { return false };
    // So may the manner of the act: "firmó ad referéndum, en nombre del Gobierno de Chile, el
    // Acuerdo ...".
    let aside = ["ad referéndum", "ad referendum", "formalmente", "oficialmente"]
        .iter()
        .find_map(|manner| aside.strip_prefix(manner))
        .unwrap_or(aside)
        .trim_start();
    let Some(aside) = aside.strip_prefix(',') else { return false };
    let Some((aside, article)) = aside.trim_end().rsplit_once(", ") else { return false };
    let article_ok = matches!(article.to_lowercase().as_str(), "el" | "la" | "los" | "las" | "un" | "una");
    let no_clause = !aside.contains([',', ';', ':', '.'])
        && !aside.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "que" | "cual" | "donde"));
    article_ok && no_clause && !aside.trim().is_empty()
}

/// Whether the words between a title (ending at `from`) and an act (at `to`) are "que" and
/// the subject of a relative clause, a noun phrase with no verb of its own: "la Declaración
/// de Los Cancilleres que los ministros de Relaciones Exteriores del Mercosur firmaron ayer".
fn relative_subject(text: &str, from: usize, to: usize) -> bool {
    let words = tokens(text, from, to);
    let Some((first, subject)) = words.split_first() else { return false };
    let article = subject.first().is_some_and(|t| matches!(t.folded().as_str(), "el" | "la" | "los" | "las"));
    first.folded() == "que"
        && article
        && subject.len() <= 20
        && subject.iter().all(|t| {
            if !t.is_word() {
                return matches!(t.text, "(" | ")");
            }
            let word = t.folded();
            !looks_like_verb(t.text) && !matches!(word.as_str(), "que" | "se" | "no" | "cual" | "donde")
        })
}

/// Stems of the verbs that welcome, regret or acknowledge a fact ("celebran que", "se
/// felicitan de que", "lamentan que").
const WELCOMING_STEMS: &[&str] = &[
    "celebr",
    "salud",
    "felicit",
    "congratul",
    "acog",
    "valor",
    "aplaud",
    "destac",
    "reconoc",
    "agradec",
    "satisf",
    "complac",
    "alegr",
    "lament",
    "tom",
];

/// Whether the participle at `pos` is a perfect subjunctive after a verb of welcoming ("Celebran
/// que hoy se hayan firmado el Acuerdo ..."): that subjunctive reports a fact, an act that
/// happened (after "esperan que" or "para que" it has not).
fn welcomed_perfect(text: &str, pos: usize) -> bool {
    let Some(auxiliary) = previous_word(text, pos) else { return false };
    if !matches!(auxiliary.folded().as_str(), "haya" | "hayan" | "hayamos" | "hubiera" | "hubieran") {
        return false;
    }
    let welcoming = |que: usize| {
        let mut verb = previous_word(text, que);
        if verb.as_ref().is_some_and(|v| v.folded() == "de") {
            verb = verb.and_then(|v| previous_word(text, v.start));
        }
        verb.is_some_and(|v| {
            let folded = v.folded();
            WELCOMING_STEMS.iter().any(|stem| folded.starts_with(stem))
        })
    };
    let mut cursor = auxiliary.start;
    for _ in 0..4 {
        let Some(word) = previous_word(text, cursor) else { break };
        match word.folded().as_str() {
            "se" | "hoy" | "ya" | "ayer" | "finalmente" | "tambien" | "ahora" => cursor = word.start,
            "que" => return welcoming(word.start),
            _ => break,
        }
    }
    // A subject between "que" and the auxiliary ("Celebran que hoy la Policía Nacional del Perú
    // (PNP) y la PDI hayan suscrito ..."): the clause's "que", with no stop and no other verb
    // between.
    let mut from = auxiliary.start.saturating_sub(250);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let clause = text.get(from..auxiliary.start).unwrap_or("");
    let Some(que) = clause.rfind(" que ").map(|i| from + i + 1) else { return false };
    let subject = text.get(que + "que".len()..auxiliary.start).unwrap_or("");
    !subject.contains(['.', ';', ':', '\n'])
        && tokens(text, que + "que".len(), auxiliary.start)
            .iter()
            .all(|t| !t.is_word() || !looks_like_verb(t.text) && !matches!(t.text, "que" | "quien" | "cual"))
        && welcoming(que)
}

/// The mode phrase between `from` and `to`: `Some(None)` for "por aclamación" and the like.
fn mode_in(cues: &[Cue], from: usize, to: usize) -> Option<Option<Mode>> {
    cues.iter().filter(|c| c.start >= from && c.end <= to).find_map(|c| match c.row {
        VerbRow::Mode(mode) => Some(mode),
        VerbRow::Act(..) => None,
    })
}

/// Whether only `allowed` words, dates, capitalised words (coordinated titles) and punctuation
/// other than ";" stand between `from` and `to`.
fn gap_allows(
    text: &str,
    from: usize,
    to: usize,
    allowed: &[&str],
    dates: &[DateMention],
    skip: &[(usize, usize)],
) -> bool {
    if to.saturating_sub(from) > 400 {
        return false;
    }
    let words = tokens(text, from, to);
    words.iter().enumerate().all(|(index, token)| {
        // "de forma contundente", "de manera unánime": an adverbial of manner.
        let manner = index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| matches!(w.folded().as_str(), "forma" | "manera"));
        if manner && token.is_word()
            || dates.iter().any(|d| d.span.start <= token.start && token.end <= d.span.end)
            || skip.iter().any(|&(s, e)| s <= token.start && token.end <= e)
        {
            return true;
        }
        if !token.is_word() {
            return matches!(token.text, "," | "(" | ")" | "\"" | "“" | "”");
        }
        let word = token.folded();
        allowed.contains(&word.as_str()) || token.is_capitalised() || word.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether the act at `pos` is told in a relative clause of a text dated years before the
/// document: "el Decreto 216 de 2021, por medio del cual se adoptó el Estatuto ..." recalls
/// how the statute came about; it is not this document's news.
fn recalled_by_relative(text: &str, pos: usize, doc_year: Option<u32>) -> bool {
    const ANTECEDENT: usize = 100;
    let Some(doc_year) = doc_year else { return false };
    let mut cursor = pos;
    let mut relative_at = None;
    for _ in 0..4 {
        let Some(word) = previous_word(text, cursor) else { break };
        if matches!(word.folded().as_str(), "cual" | "cuales") {
            relative_at = Some(word.start);
            break;
        }
        cursor = word.start;
    }
    let Some(relative_at) = relative_at else { return false };
    let mut from = relative_at.saturating_sub(ANTECEDENT);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..relative_at).is_some_and(|antecedent| {
        antecedent
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| (n.len() == 4).then(|| n.parse::<u32>().ok()).flatten())
            .any(|year| (1900..doc_year).contains(&year))
    })
}

/// Whether "no" (or "no se") stands right before the act at `pos`.
fn negated(text: &str, pos: usize) -> bool {
    let Some(previous) = previous_word(text, pos) else { return false };
    let word = previous.folded();
    if word == "no" || word == "nunca" {
        return true;
    }
    (word == "se" || word == "lo" || word == "la" || word == "los" || word == "las")
        && previous_word(text, previous.start).is_some_and(|w| matches!(w.folded().as_str(), "no" | "nunca"))
}

/// Whether an exhortation, plan or purpose governs the noun of an act at `pos` (looking at
/// the four words before it).
///
/// A comma aside right before the noun's article is passed over: "ha autorizado este martes, a
/// propuesta del Ministerio, la firma del Acuerdo".
fn not_yet_before(text: &str, pos: usize) -> bool {
    not_yet_words_before(text, pos)
        || aside_openings(text, pos).into_iter().any(|c| not_yet_words_before(text, c))
}

/// [`not_yet_before`] without the aside: the four words before `pos`.
fn not_yet_words_before(text: &str, pos: usize) -> bool {
    let mut cursor = pos;
    for _ in 0..4 {
        let Some(word) = previous_word(text, cursor) else { return false };
        if NOT_YET_STEMS.iter().any(|stem| word.folded().starts_with(stem)) {
            return true;
        }
        cursor = word.start;
    }
    false
}

/// Where a comma aside that ends right before `pos` (an article between them allowed) may
/// open: the commas before it, nearest first, up to three (the aside may hold commas of its
/// own: ", a propuesta del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación, la
/// firma"). Nothing past 200 bytes or a sentence end.
fn aside_openings(text: &str, pos: usize) -> Vec<usize> {
    let Some(mut before) = text.get(..pos).map(str::trim_end) else { return Vec::new() };
    for article in ["la", "el", "los", "las"] {
        if let Some(rest) = before.strip_suffix(article).filter(|r| r.ends_with(char::is_whitespace)) {
            before = rest.trim_end();
            break;
        }
    }
    let Some(inner) = before.strip_suffix(',') else { return Vec::new() };
    let mut from = inner.len().saturating_sub(200);
    while !inner.is_char_boundary(from) {
        from += 1;
    }
    let window = inner.get(from..).unwrap_or("");
    let window = window.rfind(['.', ';', '\n']).map_or(window, |stop| window.get(stop..).unwrap_or(""));
    let base = inner.len() - window.len();
    window.rmatch_indices(',').take(3).map(|(at, _)| base + at).collect()
}

/// Whether the sentence before `start` (from `sentence_start`) dates itself to a year before
/// the document's ("El año pasado, ...", "En 2019, ...") and names no day or month.
fn earlier_year_before(
    dates: &[DateMention],
    sentence_start: usize,
    start: usize,
    doc_year: Option<u32>,
) -> bool {
    let Some(doc_year) = doc_year else { return false };
    let in_clause: Vec<&DateMention> =
        dates.iter().filter(|d| d.span.start >= sentence_start && d.span.end <= start).collect();
    let year_of = |d: &DateMention| d.value.as_deref().and_then(|v| v.get(..4)?.parse::<u32>().ok());
    in_clause.iter().any(|d| d.kind == DateKind::Year && year_of(d).is_some_and(|y| y < doc_year))
        && !in_clause.iter().any(|d| matches!(d.kind, DateKind::Date | DateKind::Datetime | DateKind::Month))
}

/// Whether a year earlier than the document's own follows within a few words ("suscrito en
/// 2002"). Without a document year, any written year counts as earlier.
fn earlier_year_follows(
    text: &str,
    from: usize,
    sentence_end: usize,
    doc_year: Option<u32>,
    dates: &[DateMention],
) -> bool {
    let window: Vec<Token<'_>> = tokens(text, from, sentence_end).into_iter().take(8).collect();
    window.iter().any(|token| {
        let year = token.text.parse::<u32>().ok().filter(|y| (1900..2100).contains(y)).or_else(|| {
            dates
                .iter()
                .find(|d| d.span.start <= token.start && token.end <= d.span.end)
                .and_then(|d| d.value.as_deref()?.get(..4)?.parse().ok())
        });
        match (year, doc_year) {
            (Some(year), Some(doc_year)) => year < doc_year,
            (Some(_), None) => true,
            _ => false,
        }
    })
}

/// What dates an act: the document's date mentions and events up to its report day. An act the
/// document reports happened by its date: a later date in the sentence (an entry into force, a
/// deadline, an implementation period) is not the act's.
struct ActDates<'a> {
    /// The date mentions whose value does not start after the report day.
    dates: Vec<DateMention>,
    /// Every date mention.
    all: &'a [DateMention],
    events: &'a [Event],
    report_day: Option<String>,
}

impl<'a> ActDates<'a> {
    fn new(dates: &'a [DateMention], events: &'a [Event], report_day: Option<CivilDate>) -> Self {
        let report_day = report_day.map(|d| d.to_string());
        let all = dates;
        let dates = dates
            .iter()
            .filter(|d| d.value.as_deref().is_none_or(|v| by_day(v, report_day.as_deref())))
            .cloned()
            .collect();
        ActDates { dates, all, events, report_day }
    }

    /// The date of the act of an instrument at `start..end` (rule ids stay the action's): a day,
    /// interval, datetime or month in its sentence, else the date of an event mentioned in that
    /// sentence, else the day the document reports on (an act told in the past tense with no
    /// other date happened then: "las delegaciones aprobaron el Programa de Trabajo").
    ///
    /// `earlier` are the instruments found before this one: "En el mismo acto" with no day in
    /// the sentence before takes the last one's act date.
    fn date(
        &self,
        text: &str,
        start: usize,
        end: usize,
        action: Action,
        earlier: &[Candidate],
    ) -> Option<String> {
        // A date after the name in a relative clause dates that clause's verb ("aprobaron la
        // Guía ..., que había sido revisada ayer por ..."), not the act.
        // (Both callers below test a mention against the sentence first, so the gap is short.)
        // So does a participle clause of another act ("ratificó ... el Tratado ..., suscrito
        // por ambos gobiernos en octubre de 2025").
        let own_clause = |at: usize| {
            at < end
                || !text.get(end..at).is_some_and(|gap| {
                    let participle = gap.trim_start().strip_prefix(',').is_some_and(|rest| {
                        let word: String =
                            rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
                        let stems: &[&str] = match action {
                            Action::Signed => &["adoptad", "aprobad", "negociad"],
                            Action::Approved | Action::Adopted => &["suscrit", "firmad", "negociad"],
                            _ => &["suscrit", "firmad", "adoptad", "aprobad", "negociad"],
                        };
                        stems.iter().any(|stem| word.starts_with(stem))
                    });
                    participle
                        || gap
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| matches!(w, "que" | "cual" | "cuales" | "cuyo" | "cuya" | "donde"))
                })
        };
        event_date_where(text, start, end, &self.dates, |d| own_clause(d.span.start))
            .or_else(|| {
                let (sentence_start, sentence_end) = sentence_bounds(text, start);
                self.events.iter().find_map(|event| {
                    let in_sentence = std::iter::once(&event.span)
                        .chain(event.mentions.iter())
                        .any(|s| s.start >= sentence_start && s.end <= sentence_end && own_clause(s.start));
                    event.date.clone().filter(|v| in_sentence && by_day(v, self.report_day.as_deref()))
                })
            })
            .or_else(|| self.same_occasion(text, start, earlier))
            .or_else(|| self.list_intro_day(text, start))
            .or_else(|| self.report_day.clone())
    }

    /// An item of a list (numbered, or one of a block of lines) with no date of its own takes
    /// the last day its introducing sentence names:
    /// "Al término de la reunión, ayer por la tarde, ... se dio cuenta del estado de los
    /// instrumentos: • Memorando ...: suscrito por ambos cancilleres."
    fn list_intro_day(&self, text: &str, start: usize) -> Option<String> {
        let line = line_start(text, start);
        if !item_marker_before(text, start) && !in_line_block(text, line) {
            return None;
        }
        let colon = list_intro(text, line)?;
        let (intro_start, _) = sentence_bounds(text, colon);
        self.dates
            .iter()
            .filter(|d| d.span.start >= intro_start && d.span.end <= colon)
            .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Datetime))
            .filter_map(|d| d.value.as_deref()?.get(..10).map(str::to_string))
            .next_back()
    }

    /// "Ayer ... firmaron un Memorándum .... En la misma ceremonia, ... firmaron una Carta de
    /// Intención": a sentence that opens on the occasion of the one before ("En la misma
    /// reunión / ceremonia / ocasión / jornada", "En el mismo acto", "Ese mismo día") takes that
    /// sentence's day.
    fn same_occasion(&self, text: &str, start: usize, earlier: &[Candidate]) -> Option<String> {
        let (sentence_start, _) = sentence_bounds(text, start);
        let opening: Vec<String> = tokens(text, sentence_start, start)
            .iter()
            .filter(|t| t.is_word())
            .take(5)
            .map(|t| t.folded())
            .collect();
        let words: Vec<&str> = opening.iter().map(String::as_str).collect();
        // "Al término de la reunión, las partes suscribieron ...": the event's close reads as
        // "durante", and its act falls on the event's last day.
        let (closing, words): (bool, Vec<&str>) = match words.as_slice() {
            ["al", "termino" | "cierre" | "final", "de", rest @ ..]
            | ["al", "concluir" | "finalizar" | "terminar", rest @ ..] => {
                (true, std::iter::once("durante").chain(rest.iter().copied()).collect())
            }
            _ => (false, words),
        };
        let same = matches!(
            words.as_slice(),
            [
                "en",
                "la" | "esa",
                "misma",
                "reunion" | "ceremonia" | "ocasion" | "jornada" | "sesion" | "cita",
                ..
            ] | ["en", "el" | "ese", "mismo", "acto" | "encuentro", ..]
                | ["ese" | "el", "mismo", "dia", ..]
                // "... celebrada el pasado 26 de septiembre. En ella, las delegaciones aprobaron"
                | ["en" | "durante", "ella", ..]
                | ["en" | "durante", "dicha" | "esa", "reunion" | "ceremonia" | "jornada" | "sesion" | "cita", ..]
                | ["en" | "durante", "dicho" | "ese", "acto" | "encuentro", ..]
        );
        // "Durante la cita, los ministros firmaron ...": the event of that kind just reported.
        let during_event = matches!(
            words.as_slice(),
            ["durante", "la", "cita" | "reunion" | "jornada" | "sesion" | "visita" | "cumbre", ..]
                | ["durante", "el", "encuentro" | "gabinete" | "foro", ..]
        );
        if !same && !during_event {
            return None;
        }
        let before = text.get(..sentence_start)?.trim_end();
        let (previous_start, previous_end) = sentence_bounds(text, before.len().checked_sub(1)?);
        // The last day named between `from` and `to`.
        let last_day_in = |from: usize, to: usize| {
            self.dates
                .iter()
                .filter(|d| d.span.start >= from && d.span.end <= to)
                .filter(|d| matches!(d.kind, DateKind::Date | DateKind::Datetime))
                .filter_map(|d| d.value.as_deref()?.get(..10).map(str::to_string))
                .next_back()
        };
        // "En el mismo acto": the day of the sentence before; else the act of the last
        // instrument acted on shortly before ("firmaron hoy el Convenio .... El convenio ... fue
        // suscrito por .... En el mismo acto, ..."); else, when the lists were read before that
        // instrument, the last day named within 600 bytes ("concluyó hoy su visita ... con la
        // firma del Acta .... El Acta compromete .... Bolivia .... En el mismo acto, ...").
        let same_act = || {
            last_day_in(previous_start, previous_end)
                .or_else(|| {
                    earlier
                        .iter()
                        .filter(|c| c.action != Action::Referenced && c.end <= sentence_start)
                        .filter(|c| sentence_start - c.end <= 800)
                        .max_by_key(|c| c.end)
                        .and_then(|c| c.date.clone())
                        .filter(|v| by_day(v, self.report_day.as_deref()))
                })
                .or_else(|| last_day_in(sentence_start.saturating_sub(600), previous_start))
        };
        (!during_event).then(same_act).flatten().or_else(|| {
            // Else the day of the last event named shortly before the sentence, of the kind
            // the opening names ("Durante la sesión": a session; "la cita": any).
            let noun = words.get(2).copied().unwrap_or("");
            let generic = !during_event || matches!(noun, "cita" | "jornada");
            // Only an event dated to the day and lately: "la reunión" is the one the text
            // reports, not "la Segunda Reunión, realizada en Roma hace dos años" nor "la I
            // Reunión Plenaria, celebrada en Chetumal el 14 de octubre de 2016".
            let recent = |v: &str| {
                let first = v.split('/').next().and_then(CivilDate::parse_iso);
                let report = self.report_day.as_deref().and_then(CivilDate::parse_iso);
                match (first, report) {
                    (Some(first), Some(report)) => first.to_days() + 31 >= report.to_days(),
                    (first, _) => first.is_some(),
                }
            };
            self.events
                .iter()
                .filter(|e| generic || e.name.chars().map(fold_char).collect::<String>().contains(noun))
                .filter(|e| {
                    e.date.as_deref().is_some_and(|v| recent(v) && by_day(v, self.report_day.as_deref()))
                })
                .filter(|e| {
                    std::iter::once(&e.span)
                        .chain(&e.mentions)
                        .any(|m| m.end <= sentence_start && sentence_start - m.end <= 800)
                })
                .max_by_key(|e| {
                    std::iter::once(&e.span)
                        .chain(&e.mentions)
                        .filter(|m| m.end <= sentence_start)
                        .map(|m| m.end)
                        .max()
                })
                .and_then(|e| e.date.clone())
                .filter(|v| by_day(v, self.report_day.as_deref()))
                .map(|v| if closing { v.rsplit('/').next().unwrap_or(&v).to_string() } else { v })
        })
    }
}

impl ActDates<'_> {
    /// Whether the sentence of `start..end` dates its act to a month before the report day's
    /// ("el pasado mes de mayo" in a June communiqué).
    fn earlier_month_in_sentence(&self, text: &str, start: usize, end: usize) -> bool {
        let (Some(day), Some(value)) =
            (self.report_day.as_deref(), event_date(text, start, end, &self.dates))
        else {
            return false;
        };
        let last = value.rsplit('/').next().unwrap_or(&value);
        match (last.get(..7), day.get(..7)) {
            (Some(month), Some(report_month)) => month < report_month,
            _ => false,
        }
    }

    /// Whether the sentence of `start..end` dates its act after the report day: a planned act
    /// ("martes 3 de marzo: ... firma del Memorando ..." in an agenda issued on 28 February;
    /// "la firma del Acuerdo, prevista para el 15 de julio"). Only a date whose day is written in
    /// figures counts: a deictic one ("concluyó este sábado con la firma ...") is only as good as
    /// its anchor, and a communiqué dated the day before it reports on is common.
    fn later_day_in_sentence(&self, text: &str, start: usize, end: usize) -> bool {
        let Some(day) = self.report_day.as_deref() else { return false };
        // A written day or a month named ("dejaron para julio la aprobación del Plan").
        let written =
            |d: &DateMention| d.text.contains(|c: char| c.is_ascii_digit()) || d.kind == DateKind::Month;
        event_date_where(text, start, end, self.all, written).is_some_and(|value| !by_day(&value, Some(day)))
    }
}

/// Whether an ISO value (a date, month, year or interval) starts by `day` (always, with no day).
fn by_day(value: &str, day: Option<&str>) -> bool {
    let first = value.split('/').next().unwrap_or(value);
    day.is_none_or(|day| first <= day)
}

/// Instruments announced as a list: "se aprobaron por consenso dos documentos ...:" followed by
/// list lines, or "a saber: a) ...; b) ...".
#[allow(clippy::too_many_arguments)]
fn lists(
    doc: &Doc<'_>,
    cues: &[Cue],
    heads: &[(InstrumentType, Class, usize, usize)],
    dates: &[DateMention],
    act: &ActDates<'_>,
    candidates: &mut Vec<Candidate>,
    claimed: &mut Vec<(usize, usize)>,
    warnings: &mut Vec<Warning>,
) {
    let text = doc.text;
    let mut seen_colons: Vec<usize> = Vec::new();
    for cue in cues {
        let VerbRow::Act(action, tense) = cue.row else { continue };
        // Cheap test first: a colon on the same line within reach.
        let line_rest = text.get(cue.end..).map(|s| s.split('\n').next().unwrap_or("")).unwrap_or("");
        if !line_rest.chars().take(400).any(|c| c == ':') {
            continue;
        }
        let (sentence_start, sentence_end) = sentence_bounds(text, cue.start);
        // The announcement ends with a colon: at the end of its line, or before an inline list.
        let Some(colon) =
            text.get(cue.end..sentence_end.min(text.len())).and_then(|s| s.find(':')).map(|i| cue.end + i)
        else {
            continue;
        };
        // A ";" before the colon ends the act's clause: the colon opens another clause
        // ("... y firma del Memorando X; miércoles 4: sesión del Consejo; ...", an agenda).
        if seen_colons.contains(&colon) || text.get(cue.end..colon).is_some_and(|s| s.contains(';')) {
            continue;
        }
        // "Los instrumentos firmados ayer por los cancilleres son los siguientes:": the counted
        // noun before a participle, and a copula in the past or present before the colon.
        let noun_before = (tense == Tense::Participle)
            .then(|| {
                let first_after = heads.partition_point(|h| h.2 < cue.start);
                let previous = heads.get(first_after.checked_sub(1)?)?;
                let between = text.get(previous.3..cue.start)?;
                let copula = text.get(cue.end..colon).is_some_and(|s| {
                    s.len() <= 160
                        && s.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "son" | "fueron"))
                });
                (matches!(previous.1, Class::Collective | Class::Head)
                    && between.trim().is_empty()
                    && copula
                    && !negated(text, previous.2))
                .then_some(previous)
            })
            .flatten();
        let happened = match tense {
            Tense::Past | Tense::Present => !negated(text, cue.start),
            Tense::Noun => !not_yet_before(text, cue.start),
            Tense::Participle => {
                noun_before.is_some()
                    || previous_word(text, cue.start)
                        .is_some_and(|w| PAST_AUXILIARIES.contains(&w.folded().as_str()))
            }
            Tense::NotYet => false,
        };
        // The announcement counts documents or instruments between the act and the colon (or
        // names them just before its participle).
        let first_after = heads.partition_point(|h| h.2 < cue.end);
        let announced = noun_before.or_else(|| {
            heads.get(first_after..).unwrap_or(&[]).iter().take_while(|h| h.2 < colon).find(
                |&&(_, class, s, e)| {
                    s >= cue.end
                        && e <= colon
                        && matches!(class, Class::Collective | Class::Head | Class::Proper)
                },
            )
        });
        // "se aprobaron por consenso: la Declaración ...; el Plan ...": the verb itself
        // announces the list when only its mode or an adverb stands before the colon.
        let verb_announces = announced.is_none() && only_mode_before_colon(text, cues, cue.end, colon);
        let (noun_start, noun_end) = match announced {
            Some(&(_, _, start, end)) => (start, end),
            None if verb_announces => (colon, colon),
            None => continue,
        };
        let lead = text.get(cue.end..noun_start).unwrap_or("");
        // Only a plural announces several instruments: after "aprobaron el Plan de Acción, que
        // recoge ... los cuatro ejes temáticos:" the items are the plan's parts, not instruments.
        let plural = text
            .get(noun_start..noun_end)
            .and_then(|noun| noun.split_whitespace().next())
            .is_some_and(|word| word.ends_with(['s', 'S']) || fold(word) == "memoranda");
        // "aprobaron ayer por unanimidad, en la XXXII Reunión Ordinaria del Consejo de Ministros
        // de ..., tres documentos:": an aside between commas may stand in the lead.
        let aside = lead.len() <= 200
            && lead.matches(',').count() >= 2
            && !lead.contains(['.', ';', ':'])
            && !lead.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "que" | "cual" | "donde"));
        if lead.len() > 80 && !aside || !happened || !(plural || verb_announces) {
            continue;
        }
        // The count and the phrase that announces it ("dos documentos").
        let counted = |noun_start: usize, noun_end: usize| {
            let token = previous_word(text, noun_start)?;
            let word = token.folded();
            let n = COUNT_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|&(_, n)| n)
                .or_else(|| word.parse().ok())?;
            Some((n, token.start, noun_end))
        };
        // "firmaron cinco instrumentos ...; en concreto, se suscribieron los siguientes
        // instrumentos:", "suscribieron tres acuerdos ... . Los instrumentos firmados son:": a
        // definite announcement without a count takes the count of the nearest counted
        // instruments before it, in its sentence or the one before.
        let definite = previous_word(text, noun_start)
            .is_some_and(|w| matches!(w.folded().as_str(), "los" | "las" | "siguientes"));
        let count = counted(noun_start, noun_end).or_else(|| {
            let from = previous_sentence_start(text, sentence_start);
            let before = heads.partition_point(|h| h.2 < noun_start.min(cue.start));
            heads
                .get(..before)?
                .iter()
                .rev()
                .take_while(|h| h.2 >= from)
                .filter(|h| matches!(h.1, Class::Collective | Class::Head))
                .find_map(|h| counted(h.2, h.3))
                .filter(|_| definite)
        });
        let (count, phrase) = (count.map(|c| c.0), count.map(|c| (c.1, c.2)));
        let mut items = list_items(text, heads, colon, sentence_end, count);
        // Without a noun to type them, the items must name instruments themselves.
        if verb_announces {
            items.retain(|&(start, end)| names_instrument(text, heads, start, end));
        }
        if items.len() < 2 && count.is_none_or(|n| n != items.len()) {
            continue;
        }
        seen_colons.push(colon);
        let mode = mode_in(cues, sentence_start, colon).flatten();
        // The announcement's own date ("los instrumentos firmados ayer ... son:"), before its colon.
        // A list only presented or mentioned is not dated: nothing was done to it.
        let date = if action == Action::Referenced {
            None
        } else {
            act.date(text, colon, sentence_end, action, &[])
        };
        let rule = format!("instrument.{}_list", action.as_str());
        for &(item_start, item_end) in &items {
            // The item's own mode ("la Guía ..., aprobada por unanimidad;") is its, whatever the list's.
            let mode = mode_in(cues, item_start, item_end).flatten().or(mode);
            // So is its own act, when the list's is done ("concluyó con la adopción de tres
            // instrumentos: 1) la Hoja de Ruta ..., aprobada por consenso;").
            let item_action = if action == Action::Referenced {
                action
            } else {
                cues.iter()
                    .filter(|c| c.start > item_start && c.end <= item_end)
                    .find_map(|c| match c.row {
                        VerbRow::Act(act, Tense::Participle)
                            if act != Action::Referenced
                                && text.get(..c.start).is_some_and(|b| b.trim_end().ends_with(',')) =>
                        {
                            Some(act)
                        }
                        _ => None,
                    })
                    .unwrap_or(action)
            };
            let rule = if item_action == action {
                rule.clone()
            } else {
                format!("instrument.{}_list", item_action.as_str())
            };
            if let Some(candidate) =
                list_item(text, heads, item_start, item_end, item_action, mode, date.clone(), &rule, dates)
            {
                candidates.push(candidate);
            }
            claimed.push((item_start, item_end));
        }
        if let (Some(n), Some((phrase_start, phrase_end))) = (count, phrase) {
            if n != items.len() {
                warnings.push(Warning {
                    code: WarningCode::CountMismatch,
                    message: format!(
                        "the text announces {} and {} were found",
                        doc.slice(phrase_start, phrase_end),
                        items.len()
                    ),
                    span: Some(Span::new(phrase_start, phrase_end)),
                });
            }
        }
    }
}

/// Whether only a mode phrase of the verb table ("por consenso", "por unanimidad"), an adverb
/// ("además", "hoy") or nothing stands between an act's verb ending at `from` and the colon at
/// `colon`.
fn only_mode_before_colon(text: &str, cues: &[Cue], from: usize, colon: usize) -> bool {
    let in_mode = |t: &Token<'_>| {
        cues.iter().any(|c| matches!(c.row, VerbRow::Mode(_)) && c.start <= t.start && t.end <= c.end)
    };
    colon.saturating_sub(from) <= 40
        && tokens(text, from, colon)
            .iter()
            .filter(|t| t.is_word() && !in_mode(t))
            .all(|t| matches!(t.folded().as_str(), "ademas" | "tambien" | "asimismo" | "hoy"))
}

/// The start of the sentence before the one starting at `sentence_start` (that start itself
/// when none comes before).
fn previous_sentence_start(text: &str, sentence_start: usize) -> usize {
    let last_char = text.get(..sentence_start).and_then(|t| t.trim_end().char_indices().next_back());
    last_char.map_or(sentence_start, |(at, _)| sentence_bounds(text, at).0)
}

/// The byte ranges of the items after the colon at `colon`: an inline list to the end of the
/// sentence split on ";" (and on "a)", "1." markers), or the lines of the next block.
///
/// A block of two lines or more is a list (its lines kept apart are its items, whatever they
/// name) when one of them names an instrument: "Intercambiar información ...", "El taller sobre
/// ..." items list acts or events. Anything else may be running text, so an item there must name an instrument
/// ([`names_instrument`]): a paragraph on its own (PDF lists lose their bullets, and their items
/// come out as one paragraph of sentences, or as paragraphs of their own) gives the sentences
/// that each name one, from its first, and the list ends at a sentence or paragraph that names
/// none ("Dada en ...", "Las y los viceministros concluyeron ..."). Paragraphs after the first
/// are read only when the announcement counts them ("dos documentos"), and never more items
/// than it counts: without bullets nothing else tells the last item from the next paragraph.
fn list_items(
    text: &str,
    heads: &[(InstrumentType, Class, usize, usize)],
    colon: usize,
    sentence_end: usize,
    announced: Option<usize>,
) -> Vec<(usize, usize)> {
    let inline = text.get(colon + 1..sentence_end).unwrap_or("");
    if !inline.trim().is_empty() {
        if !inline.contains(';') {
            return split_on_named(text, heads, colon + 1, sentence_end);
        }
        return with_named_pairs(text, heads, split_on_semicolons(inline, colon + 1));
    }
    // Blocks of lines after the announcement's line (one blank line between blocks).
    let mut blocks: Vec<Vec<(usize, usize)>> = vec![Vec::new()];
    let mut pos = text.get(colon..).and_then(|s| s.find('\n')).map(|i| colon + i + 1).unwrap_or(text.len());
    let mut blank_lines = 0;
    let mut lines = 0;
    while pos < text.len() && lines < 50 {
        let line_end = text.get(pos..).and_then(|s| s.find('\n')).map(|i| pos + i).unwrap_or(text.len());
        let line = text.get(pos..line_end).unwrap_or("");
        if line.trim().is_empty() {
            blank_lines += 1;
            if blank_lines > 1 {
                break;
            }
            if blocks.last().is_some_and(|b| !b.is_empty()) {
                // A block of two lines is a bulleted list: what follows its blank line is not
                // an item; single paragraphs go on only while items are still announced.
                if blocks.iter().any(|b| b.len() > 1) || announced.is_none() {
                    break;
                }
                blocks.push(Vec::new());
            }
        } else {
            blank_lines = 0;
            if list_intro(text, line_start(text, pos)).is_none() {
                break;
            }
            let start = pos + (line.len() - line.trim_start().len());
            if let Some(block) = blocks.last_mut() {
                block.push((start, pos + line.trim_end().len()));
            }
            lines += 1;
        }
        pos = line_end + 1;
    }
    blocks.retain(|b| !b.is_empty());
    match blocks.as_slice() {
        [] => return Vec::new(),
        // A list of other things (acts, events, people) is no list of instruments.
        [list] if list.len() > 1 => {
            let any_named = list.iter().any(|&(s, e)| names_instrument(text, heads, s, e));
            return if any_named { list.clone() } else { Vec::new() };
        }
        // One paragraph of items separated by ";" ("Un memorándum ...; declaración de ...; y
        // uno más para ...").
        [only] => {
            if let [(start, end)] = only.as_slice() {
                let paragraph = text.get(*start..*end).unwrap_or("");
                if paragraph.contains(';') {
                    let parts = split_on_semicolons(paragraph, *start);
                    let named = parts.first().is_some_and(|&(s, e)| names_instrument(text, heads, s, e));
                    return if named { with_named_pairs(text, heads, parts) } else { Vec::new() };
                }
            }
        }
        _ => {}
    }
    // Paragraphs: the sentences that name an instrument, while they do, up to the count.
    let limit = announced.unwrap_or(usize::MAX);
    let mut items = Vec::new();
    'paragraphs: for &(start, end) in blocks.iter().flatten() {
        // "1. Acuerdo ...": the marker's stop ends no sentence.
        let mut from = past_marker(text, start, end);
        let mut first = true;
        while from < end && items.len() < limit {
            let (_, sentence_end) = sentence_bounds(text, from);
            let sentence_end = sentence_end.clamp(from + 1, end);
            if !names_instrument(text, heads, from, sentence_end) {
                if first {
                    break 'paragraphs;
                }
                break;
            }
            items.push((from, sentence_end));
            first = false;
            from = sentence_end
                + text.get(sentence_end..end).map_or(0, |rest| rest.len() - rest.trim_start().len());
        }
        if items.len() >= limit {
            break;
        }
    }
    items
}

/// Where a paragraph starting at `start` begins past its list marker ("1.", "2)", "a)", "-",
/// "•") and the spaces after it; `start` when it has none.
fn past_marker(text: &str, start: usize, end: usize) -> usize {
    let line = text.get(start..end).unwrap_or("");
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if (1..=3).contains(&digits) && line[digits..].starts_with(['.', ')']) {
        digits + 1
    } else if line.chars().next().is_some_and(char::is_alphabetic) && line.chars().nth(1) == Some(')') {
        line.chars().next().map_or(0, char::len_utf8) + 1
    } else if line.starts_with(['-', '•', '*', '–', '—']) {
        line.chars().next().map_or(0, char::len_utf8)
    } else {
        return start;
    };
    let rest = line.get(marker..).unwrap_or("");
    if !rest.starts_with([' ', '\t']) {
        return start;
    }
    start + marker + (rest.len() - rest.trim_start().len())
}

/// Where the words of a list item begin, past markers ("1.", "a)", "-", "•") and an article or
/// conjunction: the index into `words`.
fn item_words_start(words: &[Token<'_>]) -> usize {
    let mut index = 0;
    while let Some(token) = words.get(index) {
        let folded = token.folded();
        let marker = !token.is_word()
            || folded.chars().all(|c| c.is_ascii_digit())
            || folded.len() == 1 && words.get(index + 1).is_some_and(|t| t.text == ")" || t.text == ".");
        let article = matches!(
            folded.as_str(),
            "el" | "la" | "los" | "las" | "un" | "una" | "unos" | "unas" | "y" | "e"
        );
        if !(marker || article) || index > 4 {
            break;
        }
        index += 1;
    }
    index
}

/// The head an item opens with: an instrument head among its first three words (after markers
/// and an article), where only an ordinal or adjectives come first ("XXVI Declaración ...",
/// "Nueva Agenda ..."), not a noun with a complement ("El seguimiento al Pacto ..." is about an
/// instrument, not one). With `proper`, a capitalised proper head counts too ("Reglamento ...").
fn item_head<'h>(
    text: &str,
    heads: &'h [(InstrumentType, Class, usize, usize)],
    item_start: usize,
    item_end: usize,
    proper: bool,
) -> Option<&'h (InstrumentType, Class, usize, usize)> {
    let words = tokens(text, item_start, item_end);
    let index = item_words_start(&words);
    let first = words.get(index)?;
    let low = heads.partition_point(|h| h.2 < first.start);
    let opening = words.get(index..).unwrap_or(&[]);
    let opening = opening.get(..opening.len().min(3)).unwrap_or(&[]);
    heads.get(low..)?.iter().take_while(|h| h.2 < item_end).find(|&&(_, class, s, _)| {
        let Some(at) = opening.iter().position(|t| t.start == s) else { return false };
        let kind = class == Class::Head
            || proper && class == Class::Proper && opening.get(at).is_some_and(Token::is_capitalised);
        kind && opening.iter().take(at).all(|t| {
            t.is_word()
                && !matches!(
                    t.folded().as_str(),
                    "a" | "al" | "de" | "del" | "en" | "para" | "por" | "con" | "sobre" | "y" | "e" | "que"
                )
        })
    })
}

/// Whether an unmarked item names an instrument: it opens with an instrument head
/// ("Los lineamientos regionales para ...", "La guía operativa ..."), not with a place, a
/// person or an office ("Dada en Mendoza ...", "La Presidencia Pro Tempore ...").
fn names_instrument(
    text: &str,
    heads: &[(InstrumentType, Class, usize, usize)],
    item_start: usize,
    item_end: usize,
) -> bool {
    item_head(text, heads, item_start, item_end, true).is_some()
}

/// The trimmed parts of `part_text` (starting at byte `offset`) between ";", when at least two.
fn split_on_semicolons(part_text: &str, offset: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut offset = offset;
    for part in part_text.split(';') {
        let trimmed_start = offset + (part.len() - part.trim_start().len());
        let trimmed_end = offset + part.trim_end().len();
        if trimmed_end > trimmed_start {
            items.push((trimmed_start, trimmed_end));
        }
        offset += part.len() + 1;
    }
    if items.len() >= 2 {
        items
    } else {
        Vec::new()
    }
}

/// Semicolon-separated items, with a last one that joins two named instruments (", y el
/// Protocolo ...", the serial comma before the last item) split in two.
fn with_named_pairs(
    text: &str,
    heads: &[(InstrumentType, Class, usize, usize)],
    parts: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut items = Vec::with_capacity(parts.len() + 1);
    for (start, end) in parts {
        let pair = split_on_named(text, heads, start, end);
        if pair.len() >= 2 {
            items.extend(pair);
        } else {
            items.push((start, end));
        }
    }
    items
}

/// An inline list without semicolons ("los instrumentos firmados son: el Memorando ... y el
/// Protocolo ..."): an item begins at the article of each named instrument that opens the list
/// or follows a comma or "y"; it ends before the next one's comma or coordinator.
fn split_on_named(
    text: &str,
    heads: &[(InstrumentType, Class, usize, usize)],
    from: usize,
    to: usize,
) -> Vec<(usize, usize)> {
    let mut starts: Vec<usize> = Vec::new();
    let first = heads.partition_point(|h| h.2 < from);
    for &(_, class, head_start, head_end) in heads.get(first..).unwrap_or(&[]) {
        if head_end > to {
            break;
        }
        let capitalised =
            text.get(head_start..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
        if !matches!(class, Class::Head | Class::Proper) || !capitalised {
            continue;
        }
        let Some(article) = previous_word(text, head_start) else { continue };
        // ("a saber: un Memorándum de Entendimiento ... y una Carta de Intención ...")
        if !matches!(article.folded().as_str(), "el" | "la" | "los" | "las" | "un" | "una")
            || article.start < from
        {
            continue;
        }
        let before = text.get(from..article.start).unwrap_or("").trim_end();
        let joined = before.is_empty()
            || before.ends_with(',')
            || previous_word(text, article.start).is_some_and(|w| matches!(w.folded().as_str(), "y" | "e"));
        if joined && starts.last().is_none_or(|&last| last < article.start) {
            starts.push(article.start);
        }
    }
    if starts.len() < 2 {
        return Vec::new();
    }
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(to));
    starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| {
            let item = text.get(start..end).unwrap_or("").trim_end();
            let item = item.strip_suffix(" y").or_else(|| item.strip_suffix(" e")).unwrap_or(item);
            let item = item.trim_end_matches([',', '.', ' ']);
            (start, start + item.len())
        })
        .collect()
}

/// The instrument an item names: its head (after a marker, an article and at most one
/// adjective) and title, or type `other` with the item's own words.
#[allow(clippy::too_many_arguments)]
fn list_item(
    text: &str,
    heads: &[(InstrumentType, Class, usize, usize)],
    item_start: usize,
    item_end: usize,
    action: Action,
    mode: Option<Mode>,
    date: Option<String>,
    rule: &str,
    dates: &[DateMention],
) -> Option<Candidate> {
    let words = tokens(text, item_start, item_end);
    let first = words.get(item_words_start(&words))?;
    let head = item_head(text, heads, item_start, item_end, false);
    let date_starts: Vec<usize> = dates.iter().map(|d| d.span.start).collect();
    let (instrument_type, head_start, head_end) = match head {
        Some(&(kind, _, s, e)) => (kind, s, e),
        // A programme an act list names is a plan document ("el Programa Regional de
        // Ordenamiento de la Pesquería ..." approved), though "Programa" alone heads schemes
        // and funds more often than plans.
        None if first.folded() == "programa" => (InstrumentType::Plan, first.start, first.end),
        None => (InstrumentType::Other, first.start, first.end),
    };
    let ordinal = ordinals::before(text, head_start).filter(|o| o.start >= item_start);
    let start = ordinal.map(|o| o.start).unwrap_or(if head.is_some() { head_start } else { first.start });
    // An item is a title: it runs to its natural end whatever its case.
    let end = name_end(text, head_end, item_end, NameStyle::Item, &date_starts).max(head_end);
    let end = without_footnote_call(text, head_end, end);
    Some(Candidate {
        start,
        end,
        instrument_type,
        key: fold(text.get(head_start..end).unwrap_or("")),
        ordinal: ordinal.map(|o| o.value),
        action,
        mode,
        date,
        rule: rule.to_string(),
    })
}

/// Whether two mentions name the same instrument.
fn same_instrument(a: &Candidate, b: &Candidate) -> bool {
    if a.instrument_type != b.instrument_type {
        return false;
    }
    let (short, long) = if a.key.len() <= b.key.len() { (&a.key, &b.key) } else { (&b.key, &a.key) };
    let short_words = short.split(' ').count();
    match (a.ordinal, b.ordinal) {
        (Some(x), Some(y)) => x == y && word_prefix(short, long),
        _ => short == long && short_words >= 2 || word_prefix(short, long) && short_words >= 3,
    }
}

/// "El Plan Especial establece ..." after "el Plan Especial de la OPE 2024": a later mention
/// with no act, named by the first two or more words of an instrument named before, is a short
/// reference to it (the latest such one), not another instrument.
fn short_reference(text: &str, groups: &[Vec<Candidate>], candidate: &Candidate) -> Option<usize> {
    if candidate.ordinal.is_some() || !candidate.key.contains(' ') {
        return None;
    }
    // An act on the short name joins only the document's own title ("Declaración Conjunta de
    // Santo Domingo" as the heading, then "adoptan la siguiente Declaración Conjunta:").
    let acted = candidate.action != Action::Referenced;
    groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let latest = g
                .iter()
                .filter(|m| {
                    m.instrument_type == candidate.instrument_type
                        && m.end <= candidate.start
                        && m.key.len() > candidate.key.len()
                        && (word_prefix(&candidate.key, &m.key)
                            || word_prefix(&candidate.key, &without_qualifiers(&m.key)))
                        && (!acted || headline_end(text, m.start).is_some())
                })
                .map(|m| m.start)
                .max()?;
            Some((latest, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// The one later group whose name the headline group at `index` shortens (same type, content
/// words kept in order, see `events::shortened`), when every mention of that group is in the
/// headline.
fn headline_short_form(text: &str, groups: &[Vec<Candidate>], index: usize) -> Option<usize> {
    let group = groups.get(index)?;
    let short = group.first()?;
    if !group.iter().all(|m| headline_end(text, m.start).is_some()) {
        return None;
    }
    // A headline in capitals runs its title on into the rest of the line ("ADOPTAN LA
    // DECLARACIÓN DE GEORGETOWN TRAS EL PASO DEL HURACÁN"): its first three words name it.
    let capitals = text.get(short.start..short.end).is_some_and(|t| !t.chars().any(char::is_lowercase));
    let same_start = |long: &str| {
        let words = |k: &str| k.split(' ').take(3).map(str::to_string).collect::<Vec<_>>();
        words(&short.key).len() == 3 && words(&short.key) == words(long)
    };
    let mut found = groups.iter().enumerate().skip(index + 1).filter(|(_, g)| {
        g.iter().any(|m| {
            m.instrument_type == short.instrument_type
                && headline_end(text, m.start).is_none()
                && (shortened(&short.key, &m.key) || capitals && same_start(&m.key))
        })
    });
    let (at, _) = found.next()?;
    found.next().is_none().then_some(at)
}

/// A folded key without the adjectives a short reference leaves out ("la Declaración de
/// Asunción" for "la Declaración Presidencial de Asunción sobre ...").
fn without_qualifiers(key: &str) -> String {
    key.split(' ')
        .filter(|w| !matches!(*w, "presidencial" | "conjunta" | "conjunto" | "ministerial" | "final"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "el Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe
/// (Tratado de Tlatelolco)": a name in parentheses right after an instrument, closing them, is
/// that instrument's other name (its group), not a second instrument.
fn parenthesised_alias(text: &str, groups: &[Vec<Candidate>], candidate: &Candidate) -> Option<usize> {
    let closes = text.get(candidate.end..).is_some_and(|rest| rest.trim_start_matches(' ').starts_with(')'));
    let before = text.get(..candidate.start)?.trim_end_matches(' ').strip_suffix('(')?;
    let previous_end = before.trim_end_matches(' ').len();
    if !closes || candidate.action != Action::Referenced {
        return None;
    }
    groups.iter().position(|g| g.iter().any(|m| m.end == previous_end))
}

/// Groups mentions into instruments, in order of first mention.
fn merge(text: &str, candidates: Vec<Candidate>) -> Vec<Instrument> {
    let mut candidates = candidates;
    candidates.sort_by_key(|c| c.start);
    let mut groups: Vec<Vec<Candidate>> = Vec::new();
    for candidate in candidates {
        // The latest such: a short mention ("la Hoja de Ruta") begins the names of the headline's
        // description and of the body's instrument alike, and refers to the nearer.
        let at = groups
            .iter()
            .rposition(|g| g.iter().any(|m| same_instrument(m, &candidate)))
            .or_else(|| parenthesised_alias(text, &groups, &candidate))
            .or_else(|| short_reference(text, &groups, &candidate));
        match at.and_then(|i| groups.get_mut(i)) {
            Some(group) => group.push(candidate),
            None => groups.push(vec![candidate]),
        }
    }
    // Rule `instrument.headline_merge`: a headline's "un memorando" is the one memorandum the
    // body names (when the body names exactly one of that type).
    let mut unnamed: Vec<bool> =
        groups.iter().map(|g| g.iter().all(|m| headline_indefinite(text, m))).collect();
    let mut index = 0;
    while index < groups.len() {
        if unnamed.get(index) == Some(&true) {
            let kind = groups.get(index).and_then(|g| g.first()).map(|m| m.instrument_type);
            let named: Vec<usize> = groups
                .iter()
                .enumerate()
                .skip(index + 1)
                .filter(|&(i, g)| {
                    g.first().map(|m| m.instrument_type) == kind && unnamed.get(i) == Some(&false)
                })
                .map(|(i, _)| i)
                .collect();
            // "aprueba resoluciones sobre ...": a headline's plural is the several the body names.
            let plural = groups
                .get(index)
                .and_then(|g| g.first())
                .and_then(|m| text.get(m.start..m.end)?.split_whitespace().next())
                .is_some_and(|w| w.ends_with('s'));
            // With several, the one the headline's act governs ("Congreso ratifica acuerdo con
            // Brasil": the ratified agreement, not a treaty referenced in passing).
            let action = groups.get(index).and_then(|g| g.first()).map(|m| m.action);
            let acted: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&i| {
                    action != Some(Action::Referenced)
                        && groups.get(i).and_then(|g| g.first()).map(|m| m.action) == action
                })
                .collect();
            let named = if named.len() > 1 && acted.len() == 1 { acted } else { named };
            if let [only] = named.as_slice() {
                let body = groups.remove(*only);
                unnamed.remove(*only);
                if let Some(group) = groups.get_mut(index) {
                    group.extend(body);
                }
            } else if plural && named.len() >= 2 {
                groups.remove(index);
                unnamed.remove(index);
                continue;
            }
        } else if let Some(at) = headline_short_form(text, &groups, index) {
            // A headline's named short form ("Acuerdo de Libre Comercio entre Chile y
            // Filipinas") is the body's full name ("... entre la República de Chile y la
            // República de Filipinas") when it is the only one it shortens.
            let body = groups.remove(at);
            unnamed.remove(at);
            if let Some(group) = groups.get_mut(index) {
                group.extend(body);
            }
        }
        index += 1;
    }
    // "Formulamos esta Declaración de compromisos ...": a demonstrative points back at an
    // instrument (often the document itself); alone and not acted on, it names no new one.
    let pointing_back = |m: &Candidate| {
        m.action == Action::Referenced
            && previous_word(text, m.start).is_some_and(|w| {
                matches!(w.folded().as_str(), "este" | "esta" | "estos" | "estas" | "dicho" | "dicha")
            })
    };
    groups.retain(|group| !group.iter().all(pointing_back));
    groups
        .into_iter()
        .filter_map(|group| {
            // The longest mention; between equals, the capitalised (named) one. A headline's
            // lowercase description ("el plan especial para la Operación Paso del Estrecho
            // 2024") gives way to the body's name ("Plan Especial de la OPE 2024").
            let capitalised = |m: &Candidate| {
                text.get(m.start..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase)
            };
            // So does a headline in capitals, which runs its title on into the line, when the
            // body names the instrument in full ("la Declaración de Georgetown sobre
            // Resiliencia ante Huracanes"; not a bare "la presente Carta de Intención").
            let in_capitals =
                |m: &Candidate| text.get(m.start..m.end).is_some_and(|t| !t.chars().any(char::is_lowercase));
            let named_in_full = group.iter().any(|m| {
                capitalised(m)
                    && !in_capitals(m)
                    && text.get(m.start..m.end).is_some_and(|t| t.split_whitespace().count() >= 4)
            });
            let description = |m: &Candidate| {
                headline_line(text, m.start) && (!capitalised(m) || named_in_full && in_capitals(m))
            };
            let fullest = group.iter().max_by_key(|m| {
                (!description(m), m.end - m.start, capitalised(m), std::cmp::Reverse(m.start))
            })?;
            let first = group.first()?;
            // The act as the body reports it: a headline's "aprueban una hoja de ruta" gives
            // way to the body's "aprobó ayer por unanimidad la Hoja de Ruta ..." (its date and
            // mode); the mode of any report of the same act fills a gap. When the headline and
            // the body name different acts ("adoptan la Declaración ..." over "se aprobaron por
            // consenso: la Declaración ..."), the body's is the report.
            let acts = || group.iter().filter(|m| m.action != Action::Referenced);
            let act =
                acts().find(|m| !headline_line(text, m.start)).or_else(|| acts().next()).map(|m| m.action);
            let reports: Vec<&Candidate> = group.iter().filter(|m| Some(m.action) == act).collect();
            // The document's own closing formula dates it best ("Dada en ..., a 14 de octubre");
            // then the body's report of the act.
            let acted = reports
                .iter()
                .find(|m| m.rule == "instrument.closing_formula")
                .or_else(|| reports.iter().find(|m| !headline_line(text, m.start)))
                .or_else(|| reports.iter().find(|m| !headline_indefinite(text, m)))
                .or(reports.first())
                .copied()
                .unwrap_or(first);
            let mode = acted.mode.or_else(|| reports.iter().find_map(|m| m.mode));
            let mut mentions: Vec<Span> = group.iter().map(|m| Span::new(m.start, m.end)).collect();
            mentions.sort();
            mentions.dedup();
            let title = text.get(fullest.start..fullest.end)?.to_string();
            Some(Instrument {
                text: title.clone(),
                span: Span::new(fullest.start, fullest.end),
                mentions,
                instrument_type: first.instrument_type,
                title,
                action: acted.action,
                mode,
                ordinal: group.iter().find_map(|m| m.ordinal),
                date: acted.date.clone(),
                rule: acted.rule.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use acta_normalize::{normalize, Flavor};
    use InstrumentType::*;

    /// (type, title, action, mode, ordinal) of one instrument.
    type Row<'a> = (InstrumentType, &'a str, Action, Option<Mode>, Option<u32>);

    /// The rows of found instruments.
    fn rows(found: &[Instrument]) -> Vec<Row<'_>> {
        found.iter().map(|i| (i.instrument_type, i.title.as_str(), i.action, i.mode, i.ordinal)).collect()
    }

    fn instruments_of(text: &str) -> (Vec<Instrument>, Vec<Warning>) {
        let found = find(&Doc::new(text), &[], &[], &[], None);
        (found.instruments, found.warnings)
    }

    fn check(rule: &str, cases: &[(&str, &[Row<'_>])]) {
        for (text, expected) in cases {
            let (found, _) = instruments_of(text);
            let got = rows(&found);
            assert_eq!(&got, expected, "{rule}: {text}");
            for instrument in &found {
                assert_eq!(instrument.rule, rule, "{rule}: {text}");
                assert_eq!(&text[instrument.span.start..instrument.span.end], instrument.text);
            }
        }
    }

    const A: Action = Action::Approved;
    const C: Option<Mode> = Some(Mode::Consensus);
    const U: Option<Mode> = Some(Mode::Unanimity);

    /// PDF lists lose their bullets and keep their spacing: counted items set apart as
    /// paragraphs are read, and only as many as announced; a bulleted block ends at its blank line.
    #[test]
    fn spaced_list_items_are_read_only_as_many_as_announced() {
        let spaced =
            "Se aprobaron por consenso dos documentos:\n\nLa guía regional de protección consular.\n\n\
                      El plan regional de retorno asistido.\n\nLos ministros concluyeron la reunión.";
        let (found, warnings) = instruments_of(spaced);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["guía regional de protección consular", "plan regional de retorno asistido"]);
        assert!(warnings.is_empty(), "{warnings:?}");

        let block = "Se aprobaron tres documentos:\n\nLa guía regional de protección consular.\n\
                     El plan regional de retorno asistido.\n\nLa Declaración de Lima fue leída.";
        let (found, warnings) = instruments_of(block);
        assert_eq!(found.iter().filter(|i| i.action == Action::Approved).count(), 2);
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), [WarningCode::CountMismatch]);
    }

    /// A mode that opens the sentence is its act's.
    #[test]
    fn fronted_modes() {
        check(
            "instrument.adopted",
            &[(
                "Por consenso, los mandatarios adoptaron la Declaración de Tela, en la que reafirman su compromiso.",
                &[(T::Declaration, "Declaración de Tela", Action::Adopted, Some(Mode::Consensus), None)],
            )],
        );
    }

    /// Agreeing on a text adopts it; agreeing to do something else acts on nothing.
    #[test]
    fn agreed_texts_are_adopted() {
        check(
            "instrument.adopted",
            &[(
                "Los mandatarios acordaron también la Declaración Especial sobre la Cuestión de las Islas Malvinas.",
                &[(
                    T::Declaration,
                    "Declaración Especial sobre la Cuestión de las Islas Malvinas",
                    Action::Adopted,
                    None,
                    None,
                )],
            )],
        );
        assert!(instruments_of("Los ministros acordaron elaborar un plan de trabajo conjunto.").0.is_empty());
    }

    /// A resolution titled in quotes after its symbol takes the quoted title; a named title
    /// followed by a quotation keeps its name.
    #[test]
    fn quoted_resolution_titles() {
        check(
            "instrument.adopted",
            &[(
                "Adoptaron la Declaración de Lima, \"Por un Futuro Común de la Región Andina\", al cierre.",
                &[(T::Declaration, "Declaración de Lima", Action::Adopted, None, None)],
            )],
        );
        check(
            "instrument.approved",
            &[(
                "El Consejo aprobó hoy por consenso la resolución CP/RES. 1247 (2519/24), \"Apoyo al restablecimiento del orden democrático en la República de Haití\", en una sesión extraordinaria.",
                &[(
                    T::Resolution,
                    "Apoyo al restablecimiento del orden democrático en la República de Haití",
                    Action::Approved,
                    Some(Mode::Consensus),
                    None,
                )],
            )],
        );
    }

    #[test]
    fn a_quoted_title_after_a_common_head() {
        check(
            "instrument.approved",
            &[(
                "La Asamblea General aprobó por votación la resolución \"La situación de los derechos humanos en Nicaragua\", con 21 votos a favor.",
                &[(T::Resolution, "La situación de los derechos humanos en Nicaragua", Action::Approved, None, None)],
            )],
        );
        // Capitalised, unquoted (a bold title once its marks are gone): three capitals at least.
        check(
            "instrument.approved",
            &[
                (
                    "La CIDH aprobó por unanimidad el informe temático Personas en Movilidad Humana en Tránsito por Centroamérica y México.",
                    &[(
                        T::Report,
                        "Personas en Movilidad Humana en Tránsito por Centroamérica y México",
                        Action::Approved,
                        Some(Mode::Unanimity),
                        None,
                    )],
                ),
                (
                    "La Comisión aprobó el informe anual sobre Chile y Perú.",
                    &[(T::Report, "informe anual sobre Chile y Perú", Action::Approved, None, None)],
                ),
            ],
        );
    }

    /// A bloc's normative "Decisión" is an instrument when named (capitalised mid-sentence);
    /// "la decisión de" is a common noun.
    #[test]
    fn named_decisions() {
        check(
            "instrument.approved",
            &[(
                "Saludaron la aprobación de la Decisión CMC N.º 12/23 por el Consejo del Mercado Común.",
                &[(T::Other, "Decisión CMC N.º 12/23", Action::Approved, None, None)],
            )],
        );
        assert!(instruments_of("Saludaron la decisión de aprobar el calendario de reuniones.").0.is_empty());
        // A ministerial decree named "Acuerdo" is a regulation, not an agreement.
        check(
            "instrument.referenced",
            &[(
                "Las tarifas están fijadas en el Acuerdo Ministerial 45-2024 y nadie puede cobrar más.",
                &[(T::Other, "Acuerdo Ministerial 45-2024", Action::Referenced, None, None)],
            )],
        );
    }

    /// A list only presented is counted like any other, its items referenced and undated.
    #[test]
    fn presented_lists_are_counted_but_not_acted_on() {
        let text = "Hoy, la OIM presentó a las delegaciones dos documentos de trabajo: la Guía Regional de Atención Psicosocial, la Hoja de Ruta para la Certificación de Competencias y el Protocolo de Referencia Interinstitucional.";
        let doc = Doc::new(text);
        let dates = crate::dates::find(&doc, CivilDate::new(2024, 5, 16)).mentions;
        let found = find(&doc, &dates, &[], &[], CivilDate::new(2024, 5, 16));
        let got: Vec<(&str, Action, Option<&str>)> =
            found.instruments.iter().map(|i| (i.title.as_str(), i.action, i.date.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("Guía Regional de Atención Psicosocial", Action::Referenced, None),
                ("Hoja de Ruta para la Certificación de Competencias", Action::Referenced, None),
                ("Protocolo de Referencia Interinstitucional", Action::Referenced, None),
            ]
        );
        assert_eq!(found.warnings.iter().map(|w| w.code).collect::<Vec<_>>(), [WarningCode::CountMismatch]);
    }

    /// Items that lost their bullets come out of PDFs as sentences of one paragraph, or as
    /// paragraphs: each item must name an instrument, and the list ends at one that does not.
    #[test]
    fn unmarked_items_name_an_instrument() {
        let summary = |text: &str| -> Vec<(String, Action, &'static str)> {
            let (found, _) = instruments_of(text);
            found
                .iter()
                .map(|i| {
                    let rule = if i.rule.ends_with("_list") { "list" } else { "sentence" };
                    (i.title.clone(), i.action, rule)
                })
                .collect()
        };
        type Item<'a> = (&'a str, Action, &'a str);
        let cases: &[(&str, &[Item<'_>])] = &[
            // Two items joined into one paragraph, then a paragraph that names none: not an item,
            // and its own act stands.
            (
                "Se aprobaron por consenso dos documentos:\n\nLa guía regional de protección consular. \
                 El plan regional de retorno asistido.\n\nLos ministros cerraron la cita con la \
                 aprobación de la Declaración de Tegucigalpa.",
                &[
                    ("guía regional de protección consular", A, "list"),
                    ("plan regional de retorno asistido", A, "list"),
                    ("Declaración de Tegucigalpa", A, "sentence"),
                ],
            ),
            // Never more than announced.
            (
                "Se firmaron dos instrumentos:\n\nEl Convenio de Pesca Artesanal. El Acuerdo de Transporte \
                 Fluvial. La Declaración de Encarnación fue leída al final.",
                &[
                    ("Convenio de Pesca Artesanal", Action::Signed, "list"),
                    ("Acuerdo de Transporte Fluvial", Action::Signed, "list"),
                    ("Declaración de Encarnación", Action::Referenced, "sentence"),
                ],
            ),
            // Paragraphs that name no instrument are no items.
            (
                "Se aprobaron por consenso dos documentos:\n\nDada en Asunción, a 3 de mayo de 2023, en \
                 dos ejemplares.\n\nLa Presidencia Pro Tempore será ejercida por Paraguay.",
                &[],
            ),
            // A bulleted block that lists acts or events is no list of instruments.
            (
                "Los ministros suscribieron los siguientes compromisos:\n\n1. Compartir datos de \
                 fronteras.\n2. El seguimiento al Plan Andino de Retorno.\n3. El foro sobre remesas.",
                &[("Plan Andino de Retorno", Action::Referenced, "sentence")],
            ),
            (
                "Se aprobaron tres documentos:\n\nLos delegados de Chile y Perú llegaron ayer.\n\nLa guía \
                 regional de protección consular.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, Action, &str)> =
                expected.iter().map(|&(t, a, r)| (t.to_string(), a, r)).collect();
            assert_eq!(summary(text), expected, "{text}");
        }
    }

    /// A title's own enumeration of capitalised names without articles stays in the title.
    #[test]
    fn bare_enumerations_stay_in_titles() {
        let cases: &[(&str, &str)] = &[
            ("Pidieron concluir el Acuerdo sobre Pesca de Atún, Sardina, Merluza y Calamar, y revisar cuotas.", "Acuerdo sobre Pesca de Atún, Sardina, Merluza y Calamar"),
            // No enumeration of names: the title stops at the comma.
            (
                "Pidieron concluir el Acuerdo sobre Pesca de Atún, Merluza en Lima y revisar cuotas.",
                "Acuerdo sobre Pesca de Atún",
            ),
            // Another head: a list of titles.
            ("Citaron el Acuerdo de Pesca, Convenio de Aguas y Protocolo de Puertos.", "Acuerdo de Pesca"),
        ];
        for (text, title) in cases {
            let (found, _) = instruments_of(text);
            assert_eq!(found.first().map(|i| i.title.as_str()), Some(*title), "{text}");
        }
    }

    /// An agenda's "day: item;" clauses are no list announced by an act before them.
    #[test]
    fn agenda_clauses_are_no_list() {
        let text = "lunes 2 de junio: llegada del canciller y firma del Convenio de Cooperación Cultural; \
                    martes 3: reunión del Consejo de Comercio; miércoles 4: rueda de prensa.";
        let (found, _) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Convenio de Cooperación Cultural"], "instrument.signed");
        assert_eq!(found[0].action, Action::Signed);
    }

    /// A quotation opening with a lowercase word after a title is not part of it.
    #[test]
    fn quoted_clauses_end_titles() {
        let cases: &[(&str, &str)] = &[
            (
                "Lamentó que tras el Protocolo de Montreal “aún no hayamos logrado metas comunes”, dijo.",
                "Protocolo de Montreal",
            ),
            (
                "Se aprobó la Declaración de Lima “Por un Futuro Común”.",
                "Declaración de Lima “Por un Futuro Común”",
            ),
        ];
        for (text, title) in cases {
            let (found, _) = instruments_of(text);
            assert_eq!(found.first().map(|i| i.title.as_str()), Some(*title), "{text}");
        }
    }

    /// A footnote call glued to a title's last word is not part of the title.
    #[test]
    fn footnote_calls_are_not_title_words() {
        let cases: &[(&str, &str)] = &[
            ("El informe se alinea con el Pacto Andino para una Movilidad Ordenada y Segura1, entre otros textos.", "Pacto Andino para una Movilidad Ordenada y Segura"),
            ("Las metas responden a la Agenda 2030 para el Desarrollo Sostenible12.", "Agenda 2030 para el Desarrollo Sostenible"),
            // Not a call: a number of the title's own.
            ("Se recordó la Estrategia Regional COVID-19.", "Estrategia Regional COVID-19"),
            ("Se recordó el Plan de Respuesta G20.", "Plan de Respuesta G20"),
        ];
        for (text, title) in cases {
            let (found, _) = instruments_of(text);
            assert_eq!(found.first().map(|i| i.title.as_str()), Some(*title), "{text}");
        }
    }

    /// Rule of the act's date: the sentence's date, an event's, else the report's day; never a
    /// date after the report's day.
    #[test]
    fn act_dates() {
        let report_day = CivilDate::new(2022, 10, 27);
        let cases: &[(&str, Option<&str>)] = &[
            // The sentence dates the act.
            ("El 25 de octubre de 2022 los ministros aprobaron el Plan Regional de Empleo.", Some("2022-10-25")),
            // No date of its own: the day the document reports on.
            ("Las delegaciones aprobaron por consenso el Plan Regional de Empleo.", Some("2022-10-27")),
            (
                "Los ministros aprobaron el Plan Regional de Empleo, que se ejecutará durante el primer trimestre de 2023.",
                Some("2022-10-27"),
            ),
            ("La Declaración de Lima entrará en vigor el 1 de enero de 2023, informaron los cancilleres.", None),
        ];
        for (text, expected) in cases {
            let doc = Doc::new(text);
            let dates = crate::dates::find(&doc, report_day).mentions;
            let events = crate::events::find(&doc, &dates, &[]);
            let found = find(&doc, &dates, &events, &[], report_day);
            let got = found.instruments.first().and_then(|i| i.date.clone());
            assert_eq!(got.as_deref(), *expected, "{text}");
        }
        // Without a dated dateline there is no report day to fall back on.
        let doc = Doc::new("Las delegaciones aprobaron por consenso el Plan Regional de Empleo.");
        let found = find(&doc, &[], &[], &[], None);
        assert_eq!(found.instruments.first().map(|i| i.date.clone()), Some(None));
    }

    /// The act's verb and its object apart: an aside set off by commas between them, or the verb
    /// of a relative clause after the title, whose own date dates the act.
    #[test]
    fn acts_across_an_aside_or_in_a_relative_clause() {
        let report_day = CivilDate::new(2025, 12, 12);
        let cases: &[(&str, Action, Option<&str>)] = &[
            (
                "Los ministros han adoptado este viernes, en la reunión del Consejo de Justicia y Asuntos de Interior celebrada en Bruselas, el Reglamento sobre el Sistema Europeo de Alerta.",
                Action::Adopted,
                Some("2025-12-12"),
            ),
            (
                "El Consejo de Ministros ha aprobado este martes, a propuesta del Ministerio del Interior, el Reglamento de Acogida.",
                Action::Approved,
                Some("2025-12-09"),
            ),
            (
                "El presidente celebró la Declaración de Los Cancilleres que los ministros de Relaciones Exteriores del Mercosur firmaron ayer en el Palacio San Martín.",
                Action::Signed,
                Some("2025-12-11"),
            ),
            // An act told in a relative clause of a decree of years before is recalled.
            (
                "Se desarrolla en cumplimiento del Decreto 216 de 2021, por medio del cual se adoptó el Estatuto Temporal de Protección para Migrantes.",
                Action::Referenced,
                None,
            ),
            (
                "El Consejo aprobó el Decreto 216 de 2025, por medio del cual se adoptó hoy el Estatuto Temporal de Protección.",
                Action::Approved,
                Some("2025-12-12"),
            ),
            // An earlier year in the relative clause recalls a past act.
            (
                "Se realiza en el marco del Convenio General de Colaboración que la Cancillería y la UNAM suscribieron en 2019.",
                Action::Referenced,
                None,
            ),
            // A noun of the act put off to a later month names a plan not yet approved.
            (
                "Acordaron hoy reforzar la cooperación, pero dejaron para julio la aprobación del Plan de Acción Conjunto 2026-2028.",
                Action::Referenced,
                None,
            ),
            // ... with a subject that needs no article, and a year counted back.
            (
                "Complementa el Acuerdo de Cooperación Policial que ambos Gobiernos firmaron hace tres años en Lima.",
                Action::Referenced,
                None,
            ),
            // A clause in the aside, or a verb of its own in the relative clause: not the act's.
            (
                "Los ministros aprobaron ayer, tras un debate que duró horas, el Reglamento de Acogida.",
                Action::Referenced,
                None,
            ),
            (
                "Recordó la Declaración de Lima que los ministros dijeron que firmarían.",
                Action::Referenced,
                None,
            ),
        ];
        for (text, action, date) in cases {
            let doc = Doc::new(text);
            let dates = crate::dates::find(&doc, report_day).mentions;
            let events = crate::events::find(&doc, &dates, &[]);
            let found = find(&doc, &dates, &events, &[], report_day);
            let got = found.instruments.first().map(|i| (i.action, i.date.clone()));
            assert_eq!(got, Some((*action, date.map(str::to_string))), "{text}");
        }
    }

    #[test]
    fn an_authorised_signature_is_still_to_come() {
        // Authorising a signature across an aside is no signature yet; "este Acuerdo" with the
        // subject after its comma is the same agreement, not "Acuerdo, España y Paraguay".
        let text = "El Consejo de Ministros ha autorizado este martes, a propuesta del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación, la firma del Acuerdo entre el Reino de España y la República del Paraguay sobre Protección Civil. Con la firma de este Acuerdo, España y Paraguay darán un nuevo impulso a la agenda común.";
        let found = instruments_of(text).0;
        let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
        assert_eq!(
            got,
            [(
                "Acuerdo entre el Reino de España y la República del Paraguay sobre Protección Civil",
                Action::Referenced
            )],
            "instrument.referenced"
        );
    }

    #[test]
    fn approved() {
        check(
            "instrument.approved",
            &[
                ("Los ministros concluyeron con la aprobación de la XXVI Declaración Viceministerial de la CRM.", &[(Declaration, "XXVI Declaración Viceministerial de la CRM", A, None, Some(26))]),
                ("Se aprobó por consenso el Plan de Acción de Brasil 2014-2024.", &[(Plan, "Plan de Acción de Brasil 2014-2024", A, C, None)]),
                ("El Consejo aprobó por unanimidad la Estrategia Regional de Seguridad.", &[(Strategy, "Estrategia Regional de Seguridad", A, U, None)]),
                ("La Guía Regional de Protección Consular fue aprobada por consenso.", &[(Guide, "Guía Regional de Protección Consular", A, C, None)]),
                ("Aprobaron la Resolución sobre Migración Laboral y también por consenso el Informe Anual de Actividades.", &[(Resolution, "Resolución sobre Migración Laboral", A, None, None), (Report, "Informe Anual de Actividades", A, C, None)]),
                ("Los ministros aprobaron la hoja de ruta para la integración regional.", &[(Roadmap, "hoja de ruta para la integración regional", A, None, None)]),
                ("Se aprobaron los lineamientos regionales para la atención de niñez migrante.", &[(Guidelines, "lineamientos regionales para la atención de niñez migrante", A, None, None)]),
                ("Se aprobó la Declaración de San José por aclamación.", &[(Declaration, "Declaración de San José", A, None, None)]),
                // A discourse marker between the act and its object.
                ("Aprobaron, sin embargo, el Plan de Acción de Lima.", &[(Plan, "Plan de Acción de Lima", A, None, None)]),
                ("Se aprobó el Plan Nacional de Desarrollo. Todo fue por consenso.", &[(Plan, "Plan Nacional de Desarrollo", A, None, None)]),
            ],
        );
    }

    #[test]
    fn adopted() {
        check(
            "instrument.adopted",
            &[
                ("Los Jefes de Estado adoptaron la Declaración de Los Ángeles sobre Migración y Protección.", &[(Declaration, "Declaración de Los Ángeles sobre Migración y Protección", Action::Adopted, None, None)]),
                ("En la cumbre se adoptó por consenso la Declaración de Lima.", &[(Declaration, "Declaración de Lima", Action::Adopted, C, None)]),
                // A discourse marker between the act and its object.
                ("Sí adoptaron hoy por consenso, en cambio, la Declaración de Quito sobre Integración.", &[(Declaration, "Declaración de Quito sobre Integración", Action::Adopted, C, None)]),
                ("Los cancilleres emitieron una declaración conjunta sobre la crisis humanitaria.", &[(Declaration, "declaración conjunta sobre la crisis humanitaria", Action::Adopted, None, None)]),
                ("La Convención Interamericana contra la Corrupción fue adoptada en la sesión.", &[(Convention, "Convención Interamericana contra la Corrupción", Action::Adopted, None, None)]),
            ],
        );
    }

    #[test]
    fn signed() {
        check(
            "instrument.signed",
            &[
                ("Ambos cancilleres firmaron un Memorándum de Entendimiento en materia de cooperación consular.", &[(Memorandum, "Memorándum de Entendimiento en materia de cooperación consular", Action::Signed, None, None)]),
                ("Los ministros suscribieron el Convenio Marco de Cooperación Técnica.", &[(Agreement, "Convenio Marco de Cooperación Técnica", Action::Signed, None, None)]),
                ("Tras la firma del Acuerdo de Libre Comercio, los presidentes ofrecieron un mensaje.", &[(Agreement, "Acuerdo de Libre Comercio", Action::Signed, None, None)]),
                ("Las partes firmaron una carta de intención para la cooperación educativa.", &[(LetterOfIntent, "carta de intención para la cooperación educativa", Action::Signed, None, None)]),
                ("El Protocolo de Cooperación Aduanera fue firmado hoy por ambos países.", &[(Protocol, "Protocolo de Cooperación Aduanera", Action::Signed, None, None)]),
                ("Se firmó el Acuerdo sobre Movilidad Laboral y el Convenio de Seguridad Social.", &[(Agreement, "Acuerdo sobre Movilidad Laboral", Action::Signed, None, None), (Agreement, "Convenio de Seguridad Social", Action::Signed, None, None)]),
                // "y" + article + a capitalised word that heads nothing continues a name; a head
                // or a year before "y" ends it.
                ("Se firmó el Memorando sobre el Tráfico Ilícito de Migrantes y la Trata de Seres Humanos.", &[(Memorandum, "Memorando sobre el Tráfico Ilícito de Migrantes y la Trata de Seres Humanos", Action::Signed, None, None)]),
                ("Se firmó el Acuerdo de Pesca y la Hoja de Ruta de Turismo.", &[(Agreement, "Acuerdo de Pesca", Action::Signed, None, None), (Roadmap, "Hoja de Ruta de Turismo", Action::Signed, None, None)]),
                ("Se firmó el Convenio de Lima de 1998 y el Derecho de Paso quedó vigente.", &[(Agreement, "Convenio de Lima de 1998", Action::Signed, None, None)]),
                // An agent after "por" (a meeting, a body) is not the title's.
                ("Fue firmado el Convenio de Cooperación Técnica por la Reunión de Ministros del Área.", &[(Agreement, "Convenio de Cooperación Técnica", Action::Signed, None, None)]),
                ("Se firmó el Pacto por la Migración Segura.", &[(Pact, "Pacto por la Migración Segura", Action::Signed, None, None)]),
                // A lowercase phrase after "y" is not the title's ("y tres instrumentos ...").
                ("Ambos presidentes suscribieron la Declaración Conjunta Presidencial y tres instrumentos de cooperación.", &[(Declaration, "Declaración Conjunta Presidencial", Action::Signed, None, None)]),
                ("Se firmó el Convenio de Cooperación Técnica y Científica.", &[(Agreement, "Convenio de Cooperación Técnica y Científica", Action::Signed, None, None)]),
                // "ante" + a capitalised word, and a plural subject after "en" in a topic, go on.
                ("Firmaron una Carta de Intención sobre Sistemas de Alerta Temprana ante Huracanes.", &[(LetterOfIntent, "Carta de Intención sobre Sistemas de Alerta Temprana ante Huracanes", Action::Signed, None, None)]),
                ("Firmaron el Convenio sobre Supresión de Visas en Pasaportes Ordinarios.", &[(Agreement, "Convenio sobre Supresión de Visas en Pasaportes Ordinarios", Action::Signed, None, None)]),
                ("Firmaron el Convenio sobre Cooperación Policial en Estados Unidos.", &[(Agreement, "Convenio sobre Cooperación Policial", Action::Signed, None, None)]),
                // After a noun of joint work, "en" names a field of more than one word; a city or
                // a country is the venue.
                ("Firmaron el Acuerdo de Cooperación en Hidrógeno Verde.", &[(Agreement, "Acuerdo de Cooperación en Hidrógeno Verde", Action::Signed, None, None)]),
                ("Firmaron el Acuerdo de Cooperación en Costa Rica.", &[(Agreement, "Acuerdo de Cooperación", Action::Signed, None, None)]),
                ("Firmaron el Acuerdo de Cooperación en Lima.", &[(Agreement, "Acuerdo de Cooperación", Action::Signed, None, None)]),
                // A legal norm's formal title: the issuer's tag before its number, what it does
                // after "por el que", and a topic's last lowercase subject after "y la".
                ("Firmaron el Reglamento (UE) 2024/1351 sobre la gestión del asilo y la migración.", &[(Other, "Reglamento (UE) 2024/1351 sobre la gestión del asilo y la migración", Action::Signed, None, None)]),
                ("Firmaron el Real Decreto por el que se regula el control de entrada en los puestos habilitados. Luego hablaron.", &[(Other, "Real Decreto por el que se regula el control de entrada en los puestos habilitados", Action::Signed, None, None)]),
                // "en los Estados miembros" names no party of the title.
                ("Firmaron el Pacto Europeo sobre Migración en los Estados miembros con frontera exterior.", &[(Pact, "Pacto Europeo sobre Migración", Action::Signed, None, None)]),
                // Unnamed parties after "entre" are no part of the title; named ones are.
                ("Firmaron el Memorando sobre Buques Pesqueros entre los Estados miembros del Sistema.", &[(Memorandum, "Memorando sobre Buques Pesqueros", Action::Signed, None, None)]),
                ("Firmaron el Acuerdo de Pesca entre los Estados Unidos y Chile.", &[(Agreement, "Acuerdo de Pesca entre los Estados Unidos y Chile", Action::Signed, None, None)]),
                // "ad referéndum" says how it was signed, also before an aside.
                ("El embajador firmó ad referéndum el Acuerdo de Pesca.", &[(Agreement, "Acuerdo de Pesca", Action::Signed, None, None)]),
                ("El embajador firmó ad referéndum, en nombre del Gobierno de Chile, el Acuerdo de Pesca.", &[(Agreement, "Acuerdo de Pesca", Action::Signed, None, None)]),
                // So does a plural subject deep in a document's capitalised title; a city ends it.
                ("Firmaron el Protocolo Andino de Asistencia Mutua en Emergencias.", &[(Protocol, "Protocolo Andino de Asistencia Mutua en Emergencias", Action::Signed, None, None)]),
                ("Firmaron el Protocolo Andino de Asistencia Mutua en Honduras.", &[(Protocol, "Protocolo Andino de Asistencia Mutua", Action::Signed, None, None)]),
                // "crimen organizado" is a collocation, not a participle clause; later items of
                // the enumeration share the verb.
                ("Suscribieron un acuerdo contra el crimen organizado transnacional, un memorando sobre intercambio de información migratoria y una carta de intención para la creación de un grupo de trabajo.", &[(Agreement, "acuerdo contra el crimen organizado transnacional", Action::Signed, None, None), (Memorandum, "memorando sobre intercambio de información migratoria", Action::Signed, None, None), (LetterOfIntent, "carta de intención para la creación de un grupo de trabajo", Action::Signed, None, None)]),
                // "en materia de X y Y": one lowercase subject after "y" ending the phrase is the
                // matter's; an article or a verb after "y" is not.
                ("Se firmó un memorándum de entendimiento en materia de energía y minería; y otro de turismo.", &[(Memorandum, "memorándum de entendimiento en materia de energía y minería", Action::Signed, None, None)]),
                ("Firmaron un memorándum en materia de energía y acordaron reunirse.", &[(Memorandum, "memorándum en materia de energía", Action::Signed, None, None)]),
                ("Firmaron un memorándum en materia de energía y la cooperación seguirá.", &[(Memorandum, "memorándum en materia de energía", Action::Signed, None, None)]),
                // A named "Acta" is an instrument (other); a lowercase one is a record of minutes.
                ("Los cancilleres firmaron el Acta de la Décima Reunión Binacional de Ministros.", &[(Other, "Acta de la Décima Reunión Binacional de Ministros", Action::Signed, None, None)]),
                ("Los secretarios firmaron el acta de la sesión.", &[]),
            ],
        );
    }

    #[test]
    fn ratified() {
        check(
            "instrument.ratified",
            &[
                (
                    "El Senado ratificó el Tratado de Extradición con Colombia.",
                    &[(Agreement, "Tratado de Extradición con Colombia", Action::Ratified, None, None)],
                ),
                (
                    "Con la ratificación del Protocolo de Palermo concluyó el proceso.",
                    &[(Protocol, "Protocolo de Palermo", Action::Ratified, None, None)],
                ),
            ],
        );
    }

    #[test]
    fn referenced() {
        let r = Action::Referenced;
        check(
            "instrument.referenced",
            &[
                (
                    "El seguimiento al Pacto Mundial para una Migración Segura, Ordenada y Regular.",
                    &[(Pact, "Pacto Mundial para una Migración Segura, Ordenada y Regular", r, None, None)],
                ),
                // "en el marco de" is an idiom; "en el Marco de Sendai" names a framework.
                (
                    "Su elaboración se enmarca en el Marco de Sendai para la Reducción del Riesgo de Desastres 2015-2030.",
                    &[(Other, "Marco de Sendai para la Reducción del Riesgo de Desastres 2015-2030", r, None, None)],
                ),
                ("La reunión se celebró en el marco de la cooperación regional.", &[]),
                (
                    "Trabajan en el marco de la Agenda 2030 para el Desarrollo Sostenible.",
                    &[(Other, "Agenda 2030 para el Desarrollo Sostenible", r, None, None)],
                ),
                // A capitalised "Marco de ..." is a named framework; the idiom is not, even
                // capitalised.
                (
                    "Actúan en coherencia con el Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030.",
                    &[(Other, "Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030", r, None, None)],
                ),
                ("Trabajan en el Marco de la cooperación bilateral.", &[]),
                (
                    "Exhortaron a los Estados a ratificar la Convención sobre los Derechos del Niño.",
                    &[(Convention, "Convención sobre los Derechos del Niño", r, None, None)],
                ),
                (
                    "El Senado autorizó la firma del Acuerdo de Asociación Estratégica.",
                    &[(Agreement, "Acuerdo de Asociación Estratégica", r, None, None)],
                ),
                (
                    "En la próxima reunión se firmará el Acuerdo de Cooperación Policial.",
                    &[(Agreement, "Acuerdo de Cooperación Policial", r, None, None)],
                ),
                (
                    "Finalmente no se aprobó la Resolución sobre Desplazamiento Interno.",
                    &[(Resolution, "Resolución sobre Desplazamiento Interno", r, None, None)],
                ),
                (
                    "Recordaron el Acuerdo de Cooperación Fronteriza, suscrito en 2002 por ambos gobiernos.",
                    &[(Agreement, "Acuerdo de Cooperación Fronteriza", r, None, None)],
                ),
                ("Ratificaron su compromiso con la Agenda 2030.", &[(Other, "Agenda 2030", r, None, None)]),
                (
                    "Acordaron suscribir el Memorándum de Entendimiento sobre Turismo.",
                    &[(Memorandum, "Memorándum de Entendimiento sobre Turismo", r, None, None)],
                ),
            ],
        );
    }

    #[test]
    fn participle_clauses() {
        // With an auxiliary or "hoy"/a mode it is the reported act; bare, it is in passing.
        check(
            "instrument.approved",
            &[
                (
                    "La Declaración de Quito, aprobada hoy por consenso, orienta la acción regional.",
                    &[(Declaration, "Declaración de Quito", A, C, None)],
                ),
                (
                    "Los líderes aprobaron una declaración en la que condenan la violencia.",
                    &[(Declaration, "declaración", A, None, None)],
                ),
            ],
        );
        check(
            "instrument.referenced",
            &[(
                "Recordaron la Declaración de Quito, aprobada por los ministros.",
                &[(Declaration, "Declaración de Quito", Action::Referenced, None, None)],
            )],
        );
        for text in [
            "Alertó sobre el vencimiento de los acuerdos adoptados para reducir emisiones.",
            "Es un compromiso de la hoja de ruta firmada entre ambos países.",
        ] {
            assert_eq!(instruments_of(text).0, Vec::new(), "in passing: {text}");
        }
    }

    #[test]
    fn short_forms_merge_across_commas() {
        let text = "Apoyan el Pacto Mundial para una Migración Segura, Ordenada y Regular. El Pacto Mundial para una Migración Segura es clave.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions.len(), 2);
        assert_eq!(found[0].title, "Pacto Mundial para una Migración Segura, Ordenada y Regular");
    }

    #[test]
    fn unnamed_instruments_in_passing_are_not_reported() {
        for text in [
            "Se ha impulsado un plan de trabajo orientado a fortalecer la gobernanza migratoria.",
            "De acuerdo con el informe, la migración aumentó.",
            "El acuerdo fue un éxito.",
            "Se firmará un acuerdo de cooperación el próximo año.",
            "El Acuerdo fue bien recibido.",
            "Guatemala y México suscriben dos memorandos de entendimiento",
            "Los ministros firmaron varios acuerdos.",
            "En declaraciones a la prensa, el ministro habló.",
        ] {
            assert_eq!(instruments_of(text).0, Vec::new(), "not reported: {text}");
        }
    }

    #[test]
    fn announced_lists() {
        let text = "Asimismo, se aprobaron por consenso dos documentos que serán orientadores de las políticas:\n\nLos lineamientos regionales para la identificación de perfiles.\nLa guía operativa para la aplicación del interés superior de la niñez.\n\nOtro párrafo.";
        let (found, warnings) = instruments_of(text);
        let got = rows(&found);
        assert_eq!(
            got,
            vec![
                (Guidelines, "lineamientos regionales para la identificación de perfiles", A, C, None),
                (Guide, "guía operativa para la aplicación del interés superior de la niñez", A, C, None),
            ]
        );
        assert!(found.iter().all(|i| i.rule == "instrument.approved_list"));
        assert!(warnings.is_empty());

        // Only a plural announces a list: a named plan's parts after its colon are not
        // instruments of their own.
        for text in [
            "Los cancilleres aprobaron el Plan de Acción de Macará, que recoge 124 compromisos distribuidos en los cuatro ejes temáticos del mecanismo: Asuntos Sociales y Culturales; Seguridad y Defensa; Infraestructura y Conectividad.",
            "Los presidentes aprobaron asimismo hoy la Hoja de Ruta 2026-2030, que fija cuatro ejes de trabajo: facilitación del comercio; movilidad de personas y turismo; transformación digital.",
        ] {
            let (found, _) = instruments_of(text);
            assert_eq!(found.len(), 1, "instrument.approved_list: {found:?}");
            assert_eq!(found[0].rule, "instrument.approved", "{text}");
        }

        // A bloc's decisions (a proper-class head) announced by a count that disagrees.
        let text = "En la reunión de hoy se aprobaron las siguientes cinco decisiones:\n\n- Decisión CMC N° 05/25, sobre reglas de origen.\n- Decisión CMC N° 09/25, sobre licencias de conducir.\n\nOtro párrafo.";
        let (found, warnings) = instruments_of(text);
        let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
        assert_eq!(
            got,
            [("Decisión CMC N° 05/25", A), ("Decisión CMC N° 09/25", A)],
            "instrument.approved_list"
        );
        assert_eq!(warnings.len(), 1, "count_mismatch");

        // A numbered list with a count that disagrees.
        let text = "Los cancilleres firmaron tres acuerdos:\n1. Acuerdo de Cooperación Cultural.\n2. Memorándum de Entendimiento sobre Turismo.\n\nFin.";
        let (found, warnings) = instruments_of(text);
        let got: Vec<(InstrumentType, &str, &str)> =
            found.iter().map(|i| (i.instrument_type, i.title.as_str(), i.rule.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Agreement, "Acuerdo de Cooperación Cultural", "instrument.signed_list"),
                (Memorandum, "Memorándum de Entendimiento sobre Turismo", "instrument.signed_list"),
            ]
        );
        assert_eq!(warnings.len(), 1);
        let warning = &warnings[0];
        assert_eq!(warning.code, WarningCode::CountMismatch);
        let span = warning.span.unwrap();
        assert_eq!(&text[span.start..span.end], "tres acuerdos");

        // Numbered items set apart as paragraphs, each with a clause after its title: the
        // marker's stop ends no sentence.
        let text = "Al término de la reunión, ambas delegaciones han firmado los tres instrumentos siguientes:\n\n1. Acuerdo Administrativo sobre Migración Circular, que fija un procedimiento único.\n\n2. Memorando de Entendimiento en materia de Inspección de Trabajo, que prevé inspecciones.\n\n3. Protocolo de Reconocimiento de Cualificaciones.\n\nLos equipos técnicos cerraron el texto.";
        let (found, warnings) = instruments_of(text);
        let got: Vec<(&str, Action, &str)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.rule.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Acuerdo Administrativo sobre Migración Circular", Action::Signed, "instrument.signed_list"),
                (
                    "Memorando de Entendimiento en materia de Inspección de Trabajo",
                    Action::Signed,
                    "instrument.signed_list"
                ),
                ("Protocolo de Reconocimiento de Cualificaciones", Action::Signed, "instrument.signed_list"),
            ]
        );
        assert!(warnings.is_empty());

        // A definite announcement takes the count said just before it, in its sentence or the
        // one before; a count two sentences back, or an indefinite announcement, does not.
        let mismatch = |text: &str| {
            instruments_of(text).1.iter().find(|w| w.code == WarningCode::CountMismatch).map(|w| {
                let span = w.span.unwrap();
                text[span.start..span.end].to_string()
            })
        };
        let list =
            "\n1. Acuerdo de Cooperación Cultural.\n2. Memorándum de Entendimiento sobre Turismo.\n\nFin.";
        for (lead, expected) in [
            (
                "Firmaron cinco instrumentos de cooperación; en concreto, se suscribieron los siguientes instrumentos:",
                Some("cinco instrumentos"),
            ),
            ("Suscribieron hoy tres acuerdos en La Paz. Los instrumentos firmados son:", Some("tres acuerdos")),
            ("Suscribieron hoy tres acuerdos en La Paz. Se firmaron estos instrumentos:", None),
            ("Suscribieron tres acuerdos. Hubo un almuerzo. Los instrumentos firmados son:", None),
        ] {
            assert_eq!(mismatch(&format!("{lead}{list}")).as_deref(), expected, "{lead}");
        }

        // An inline semicolon list after "a saber:".
        let text = "Se adoptaron por unanimidad 3 instrumentos, a saber: la Declaración de Quito; el Plan de Acción de Quito; y la Hoja de Ruta de Quito.";
        let (found, warnings) = instruments_of(text);
        let got = rows(&found);
        let adopted = Action::Adopted;
        assert_eq!(
            got,
            vec![
                (Declaration, "Declaración de Quito", adopted, U, None),
                (Plan, "Plan de Acción de Quito", adopted, U, None),
                (Roadmap, "Hoja de Ruta de Quito", adopted, U, None),
            ]
        );
        assert!(warnings.is_empty());

        // The verb announces the list itself when only its mode stands before the colon; a
        // colon after other words is something else's.
        let text = "Tras las deliberaciones, se aprobaron por consenso: la Declaración de Guatemala sobre Migración y Desarrollo; el Plan de Acción 2019-2020 de la CRM; y el informe financiero correspondiente al ejercicio 2018.";
        let (found, warnings) = instruments_of(text);
        let got = rows(&found);
        assert_eq!(
            got,
            vec![
                (Declaration, "Declaración de Guatemala sobre Migración y Desarrollo", A, C, None),
                (Plan, "Plan de Acción 2019-2020 de la CRM", A, C, None),
                (Report, "informe financiero correspondiente al ejercicio 2018", A, C, None),
            ],
            "instrument.approved_list"
        );
        assert!(found.iter().all(|i| i.rule == "instrument.approved_list"));
        assert!(warnings.is_empty());
        let text = "Los ministros aprobaron, tras un largo debate sobre los ejes: la Declaración de Lima; y el Plan de Acción de Lima.";
        assert!(instruments_of(text).0.iter().all(|i| i.rule != "instrument.approved_list"), "{text}");

        // The serial comma before the last item: ", y el Protocolo ..." is a third item.
        let text = "Aprobaron por consenso tres documentos, a saber: el Plan Regional 2025-2027; los Lineamientos Regionales para la Atención de Niñas y Niños No Acompañados, y el Protocolo Centroamericano de Alertas Migratorias.";
        let (found, warnings) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Plan Regional 2025-2027",
                "Lineamientos Regionales para la Atención de Niñas y Niños No Acompañados",
                "Protocolo Centroamericano de Alertas Migratorias"
            ],
            "instrument.approved_list"
        );
        assert!(warnings.is_empty(), "{warnings:?}");

        // The counted noun before its participle, a copula before the colon; list lines.
        let text = "Los instrumentos firmados ayer por los cancilleres son los siguientes:\n\n- el Acuerdo de Cooperación Cultural;\n- el Memorándum de Entendimiento sobre Turismo.\n\nFin.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Action, &str)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.rule.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("Acuerdo de Cooperación Cultural", Action::Signed, "instrument.signed_list"),
                ("Memorándum de Entendimiento sobre Turismo", Action::Signed, "instrument.signed_list"),
            ]
        );
        // The same inline, items joined by "y" with no semicolons.
        let text = "Según el comunicado, los instrumentos firmados son: el Acuerdo de Cooperación Cultural y el Memorándum de Entendimiento sobre Turismo.";
        let got: Vec<(String, Action)> =
            instruments_of(text).0.iter().map(|i| (i.title.clone(), i.action)).collect();
        assert_eq!(
            got,
            vec![
                ("Acuerdo de Cooperación Cultural".to_string(), Action::Signed),
                ("Memorándum de Entendimiento sobre Turismo".to_string(), Action::Signed),
            ]
        );
        // A participle with no copula is an act in passing: the instruments are referenced.
        let text = "Los instrumentos firmados en 2015 siguen vigentes: el Acuerdo de Cooperación Cultural y el Memorándum de Entendimiento sobre Turismo.";
        assert!(instruments_of(text).0.iter().all(|i| i.action == Action::Referenced), "{text}");

        // A list announced by an activity, not an act, gives nothing but named references.
        let text = "Se realizaron diversas actividades, dentro de las que destacan:\n\nEl taller sobre búsqueda.\nEl seguimiento al Pacto Mundial para una Migración Segura.";
        let (found, warnings) = instruments_of(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].action, Action::Referenced);
        assert!(warnings.is_empty());
    }

    use InstrumentType as T;

    /// A day mention for `needle` in `text`.
    fn day(text: &str, needle: &str, value: &str) -> DateMention {
        let start = text.find(needle).unwrap();
        DateMention {
            text: needle.into(),
            span: Span::new(start, start + needle.len()),
            value: Some(value.into()),
            kind: DateKind::Date,
            relative: false,
            rule: "test".into(),
        }
    }

    /// `instrument.referenced`: an act placed by its sentence in a year before the report's is a
    /// past act recalled; a day in the sentence keeps it this report's.
    #[test]
    fn an_act_of_an_earlier_year_is_recalled() {
        let report = CivilDate::new(2025, 12, 5);
        let year = |text: &str, needle: &str, value: &str| DateMention {
            kind: DateKind::Year,
            ..day(text, needle, value)
        };
        let text = "El año pasado, durante la presidencia de Costa Rica, el MIRPS adoptó el Marco de Acción Regional sobre Desplazamiento Interno.";
        let dates = vec![year(text, "El año pasado", "2024")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        assert_eq!(found.first().map(|i| (i.action, i.date.clone())), Some((Action::Referenced, None)));
        let text = "En 2024 se adoptó el Marco de Acción Regional; hoy se aprobó el Plan de Trabajo 2026.";
        let dates = vec![year(text, "2024", "2024"), day(text, "hoy", "2025-12-05")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
        assert_eq!(got, [("Marco de Acción Regional", Action::Referenced), ("Plan de Trabajo 2026", A)]);
    }

    /// The body's report of an act dates it rather than the headline's.
    #[test]
    fn the_body_dates_an_act_the_headline_also_reports() {
        let report = CivilDate::new(2025, 5, 9);
        let text = "Cumbre adopta del 8 al 9 de mayo la Declaración de Chetumal\n\nLos mandatarios adoptaron hoy por consenso la Declaración de Chetumal.";
        let mut interval = day(text, "del 8 al 9 de mayo", "2025-05-08/2025-05-09");
        interval.kind = DateKind::Interval;
        let dates = vec![interval, day(text, "hoy", "2025-05-09")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        let got: Vec<(Action, Option<Mode>, Option<&str>)> =
            found.iter().map(|i| (i.action, i.mode, i.date.as_deref())).collect();
        assert_eq!(got, [(Action::Adopted, C, Some("2025-05-09"))], "instrument.adopted");
    }

    /// An act "En la misma ceremonia" takes the day of the sentence before.
    #[test]
    fn the_same_occasion_dates_an_act() {
        let report = CivilDate::new(2025, 5, 9);
        let text = "Ayer, los cancilleres firmaron el Memorándum de Entendimiento sobre Infraestructura. En la misma ceremonia, las agencias firmaron una Carta de Intención sobre Alerta Temprana.";
        let dates = vec![day(text, "Ayer", "2025-05-08")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2025-05-08"), Some("2025-05-08")], "instrument.signed");
        // Without the opening, the report's day.
        let text = "Ayer, los cancilleres firmaron el Memorándum de Entendimiento sobre Infraestructura. Las agencias firmaron una Carta de Intención sobre Alerta Temprana.";
        let dates = vec![day(text, "Ayer", "2025-05-08")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2025-05-08"), Some("2025-05-09")], "instrument.signed");
        // "En ella" (the meeting the sentence before dates) is the same occasion.
        let report = CivilDate::new(2025, 10, 3);
        let text = "Fue anfitrión de la Reunión del Grupo Técnico, celebrada el pasado 26 de septiembre. En ella, las delegaciones aprobaron por consenso el Plan de Acción 2025-2027.";
        let dates = vec![day(text, "el pasado 26 de septiembre", "2025-09-26")];
        let found = find(&Doc::new(text), &dates, &[], &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2025-09-26")], "instrument.approved");
        // "Durante la sesión": the session just reported, not another event of the sentence
        // before.
        let report = CivilDate::new(2024, 8, 29);
        let text = "Hoy se celebró la 2.ª Sesión Plenaria Extraordinaria. Ayer tuvo lugar el Foro Parlamentario sobre Movilidad. Durante la sesión, el Pleno aprobó por unanimidad la Estrategia Regional contra la Trata.";
        let dates = vec![day(text, "Hoy", "2024-08-29"), day(text, "Ayer", "2024-08-28")];
        let doc = Doc::new(text);
        let events = crate::events::find(&doc, &dates, &[]);
        let found = find(&doc, &dates, &events, &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2024-08-29")], "instrument.approved");
        // "Durante la cita": the day of the event just reported, two sentences back.
        let report = CivilDate::new(2026, 5, 27);
        let text = "Ayer se celebró el VIII Gabinete Binacional en Tulcán. Los equipos revisaron los compromisos. Durante la cita, los ministros firmaron el Convenio de Interconexión Eléctrica.";
        let dates = vec![day(text, "Ayer", "2026-05-26")];
        let doc = Doc::new(text);
        let events = crate::events::find(&doc, &dates, &[]);
        let found = find(&doc, &dates, &events, &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2026-05-26")], "instrument.signed");
        // "Al término de la reunión": the last day of the meeting the text reports, not of
        // an earlier edition it recalls.
        let report = CivilDate::new(2017, 12, 1);
        let text = "Los días 29 y 30 de noviembre de 2017 se llevó a cabo la II Reunión Plenaria, tras la I Reunión Plenaria, celebrada el 14 de octubre de 2016. Al término de la reunión, las delegaciones aprobaron por unanimidad la Guía Trinacional de Emergencias.";
        let dates = vec![
            DateMention {
                kind: DateKind::Interval,
                ..day(text, "Los días 29 y 30 de noviembre de 2017", "2017-11-29/2017-11-30")
            },
            day(text, "14 de octubre de 2016", "2016-10-14"),
        ];
        let doc = Doc::new(text);
        let events = crate::events::find(&doc, &dates, &[]);
        let found = find(&doc, &dates, &events, &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2017-11-30")], "instrument.approved");
        // "En el mismo acto" after sentences with no day: the act of the instrument before,
        // not the visit the first sentence also dates.
        let report = CivilDate::new(2025, 2, 6);
        let text = "Ambos firmaron hoy el Convenio Marco de Cooperación Hídrica, durante la visita oficial que el director realiza del 4 al 7 de febrero. El convenio fue suscrito por el director. En el mismo acto, el ITC suscribió una Carta de Intención para un Proyecto Piloto.";
        let dates = vec![
            day(text, "hoy", "2025-02-06"),
            DateMention {
                kind: DateKind::Interval,
                ..day(text, "del 4 al 7 de febrero", "2025-02-04/2025-02-07")
            },
        ];
        let doc = Doc::new(text);
        let events = crate::events::find(&doc, &dates, &[]);
        let found = find(&doc, &dates, &events, &[], report).instruments;
        let got: Vec<Option<&str>> = found.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(got, [Some("2025-02-06"), Some("2025-02-06")], "instrument.signed");
        // A list item that states its status after a colon ("Memorando ...: suscrito por ...")
        // reports the act, on the day its introducing sentence names; an item to be signed
        // later is only referenced.
        let report = CivilDate::new(2025, 11, 5);
        let text = "Ayer los cancilleres dieron cuenta del estado de los instrumentos:\n\nMemorando de Entendimiento sobre Cooperación Portuaria: suscrito por ambos cancilleres.\nAcuerdo de Servicios Aéreos: se firmará a finales de mes.";
        let dates = vec![day(text, "Ayer", "2025-11-04")];
        let doc = Doc::new(text);
        let events = crate::events::find(&doc, &dates, &[]);
        let found = find(&doc, &dates, &events, &[], report).instruments;
        let got: Vec<(&str, Action, Option<&str>)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.date.as_deref())).collect();
        assert_eq!(
            got,
            [
                (
                    "Memorando de Entendimiento sobre Cooperación Portuaria",
                    Action::Signed,
                    Some("2025-11-04")
                ),
                ("Acuerdo de Servicios Aéreos", Action::Referenced, None)
            ],
            "instrument.signed"
        );
    }

    /// A bare participle clause dated "ayer" reports the act, as "hoy" does.
    #[test]
    fn a_participle_dated_yesterday_is_the_act() {
        check(
            "instrument.approved",
            &[(
                "Aplicarán el Protocolo Binacional de Vigilancia Epidemiológica, aprobado ayer por los ministerios de Salud.",
                &[(InstrumentType::Protocol, "Protocolo Binacional de Vigilancia Epidemiológica", Action::Approved, None, None)],
            )],
        );
    }

    /// A century in a title's words is part of the title, though the dates extractor reads it.
    #[test]
    fn a_century_in_a_title() {
        let text = "Los presidentes firmaron la Declaración de Santiago sobre una Asociación Estratégica para el Siglo XXI.";
        let doc = Doc::new(text);
        let dates = crate::dates::find(&doc, CivilDate::new(2025, 5, 30)).mentions;
        assert!(dates.iter().any(|d| d.rule == "date.century"), "{dates:?}");
        let found = find(&doc, &dates, &[], &[], CivilDate::new(2025, 5, 30)).instruments;
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Declaración de Santiago sobre una Asociación Estratégica para el Siglo XXI"]);
    }

    /// A named policy is an instrument; the Constitución Política and a portfolio naming a
    /// policy field are not.
    #[test]
    fn named_policies() {
        check(
            "instrument.referenced",
            &[
                (
                    "Las acciones se guiarán por la Política Centroamericana de Gestión Integral de Riesgo de Desastres.",
                    &[(InstrumentType::Other, "Política Centroamericana de Gestión Integral de Riesgo de Desastres", Action::Referenced, None, None)],
                ),
                ("Lo garantiza la Constitución Política del Estado.", &[]),
                // The Council of the EU's conclusions.
                (
                    "Los ministros recordaron las Conclusiones del Consejo sobre la Asociación Birregional con la CELAC.",
                    &[(InstrumentType::Other, "Conclusiones del Consejo sobre la Asociación Birregional con la CELAC", Action::Referenced, None, None)],
                ),
                // A section heading in capitals.
                ("POLÍTICA TERRITORIAL\n\nEl Consejo se reunió hoy.", &[]),
                // A bill is named by "Proyecto de Ley" / "Anteproyecto de Ley", not by its "Ley".
                (
                    "El Consejo tomó en consideración el Anteproyecto de Ley de Acción Exterior del Estado.",
                    &[(InstrumentType::Other, "Anteproyecto de Ley de Acción Exterior del Estado", Action::Referenced, None, None)],
                ),
                ("Habló el Alto Representante para Asuntos Exteriores y Política de Seguridad.", &[]),
            ],
        );
    }

    /// A quoted title after a lowercase head names the instrument, acted on or not.
    #[test]
    fn a_quoted_title_names_an_instrument() {
        check(
            "instrument.referenced",
            &[
                (
                    "La CEPAL presentó el informe \"Panorama de la movilidad humana en la región\", elaborado por el CELADE.",
                    &[(InstrumentType::Report, "Panorama de la movilidad humana en la región", Action::Referenced, None, None)],
                ),
                // Two words are a label, not a title.
                ("La CEPAL presentó el informe \"Panorama regional\" ayer.", &[]),
            ],
        );
    }

    /// An operative paragraph of a decision does what it says ("acordaron: 1. Aprobar ...");
    /// an infinitive elsewhere is an intention.
    #[test]
    fn operative_paragraphs_of_a_decision() {
        check(
            "instrument.approved",
            &[(
                "En la resolución, los países acordaron:\n1. Aprobar el Programa de Trabajo 2026-2028 de la Mesa Directiva.\n2. Solicitar a la CEPAL un informe.",
                &[(InstrumentType::Plan, "Programa de Trabajo 2026-2028 de la Mesa Directiva", Action::Approved, None, None)],
            )],
        );
        check(
            "instrument.referenced",
            &[(
                "Los países se comprometieron a lo siguiente:\n1. Aprobar el Plan de Trabajo 2026-2028.\n2. Revisarlo en la próxima reunión.",
                &[(InstrumentType::Plan, "Plan de Trabajo 2026-2028", Action::Referenced, None, None)],
            )],
        );
    }

    /// A topic's scope ("en la Región del Darién", "en el norte de Centroamérica") is part of
    /// the title; a venue after the name is not.
    #[test]
    fn a_topics_region_stays_in_the_title() {
        check(
            "instrument.signed",
            &[
                (
                    "Firmaron hoy el Memorando de Entendimiento sobre Gestión de los Flujos Migratorios en la Región del Darién, al cierre de la reunión.",
                    &[(
                        T::Memorandum,
                        "Memorando de Entendimiento sobre Gestión de los Flujos Migratorios en la Región del Darién",
                        Action::Signed,
                        None,
                        None,
                    )],
                ),
                (
                    "Suscribieron el Acuerdo Trinacional para la Facilitación del Tránsito de Trabajadores en la Región Trifinio, en una ceremonia.",
                    &[(
                        T::Agreement,
                        "Acuerdo Trinacional para la Facilitación del Tránsito de Trabajadores en la Región Trifinio",
                        Action::Signed,
                        None,
                        None,
                    )],
                ),
                (
                    "Firmaron hoy el Memorando de Entendimiento sobre Turismo en la Ciudad de Panamá.",
                    &[(T::Memorandum, "Memorando de Entendimiento sobre Turismo", Action::Signed, None, None)],
                ),
            ],
        );
    }

    /// Spain's law citation runs through its date and the title clause after it.
    #[test]
    fn spanish_law_citations() {
        let cases = [
            (
                "Se rige por la Ley 1/2023, de 20 de febrero, de Cooperación para el Desarrollo Sostenible y la Solidaridad Global, desde su entrada en vigor.",
                "Ley 1/2023, de 20 de febrero, de Cooperación para el Desarrollo Sostenible y la Solidaridad Global",
            ),
            (
                "Lo prevé el Real Decreto 1155/2024, de 19 de noviembre, por el que se aprueba el Reglamento de la citada ley, que entró en vigor.",
                "Real Decreto 1155/2024, de 19 de noviembre, por el que se aprueba el Reglamento de la citada ley",
            ),
            (
                "La Ley Orgánica 4/2000, de 11 de enero, sobre derechos de los extranjeros.",
                "Ley Orgánica 4/2000, de 11 de enero, sobre derechos de los extranjeros",
            ),
            // A number sign before the number (Chile).
            (
                "Conforme a la Ley N° 21.325 de Migración y Extranjería, el Servicio actuará.",
                "Ley N° 21.325 de Migración y Extranjería",
            ),
            // A verb after the date is the sentence's, not the title's.
            ("La Ley 3/2021, de 5 de mayo, establece el marco.", "Ley 3/2021, de 5 de mayo"),
        ];
        for (text, title) in cases {
            let doc = Doc::new(text);
            let dates = crate::dates::find(&doc, None).mentions;
            let found = find(&doc, &dates, &[], &[], None).instruments;
            let got: Vec<(&str, InstrumentType, Action)> =
                found.iter().map(|i| (i.title.as_str(), i.instrument_type, i.action)).collect();
            assert_eq!(got, vec![(title, T::Other, Action::Referenced)], "{text}");
        }
    }

    #[test]
    fn titles_keep_their_year_and_law_identifiers() {
        check(
            "instrument.referenced",
            &[
                // The year is part of the usual name.
                (
                    "Invocó la Convención sobre el Estatuto de los Apátridas de 1954.",
                    &[(T::Convention, "Convención sobre el Estatuto de los Apátridas de 1954", Action::Referenced, None, None)],
                ),
                ("Recordó los Acuerdos de 1994.", &[(T::Agreement, "Acuerdos de 1994", Action::Referenced, None, None)]),
                // The Palermo protocol's ", especialmente Mujeres y Niños" is its title's.
                (
                    "Recordaron el Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, especialmente Mujeres y Niños, y su aplicación.",
                    &[(T::Protocol, "Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, especialmente Mujeres y Niños", Action::Referenced, None, None)],
                ),
                // The ILO's citation form; an ILO "Convenio" is a convention.
                (
                    "Citó el Convenio sobre los Trabajadores Migrantes, 1949 (núm. 97), de la OIT.",
                    &[(T::Convention, "Convenio sobre los Trabajadores Migrantes, 1949 (núm. 97)", Action::Referenced, None, None)],
                ),
                // A plural modal ends the title ("... deben orientar").
                (
                    "Coincidieron en que el Convenio 97 de la OIT sobre los trabajadores migrantes deben orientar las políticas.",
                    &[(T::Convention, "Convenio 97 de la OIT sobre los trabajadores migrantes", Action::Referenced, None, None)],
                ),
                // ... and so is one numbered right after its head; a bilateral one is named by
                // its subject.
                (
                    "Recordó el Convenio 190 sobre Violencia y Acoso y el Convenio de Seguridad Social.",
                    &[
                        (T::Convention, "Convenio 190 sobre Violencia y Acoso", Action::Referenced, None, None),
                        (T::Agreement, "Convenio de Seguridad Social", Action::Referenced, None, None),
                    ],
                ),
                // A law's title is its number and year; its subject follows.
                (
                    "La Ley 1955 de 2019 sobre el plan de desarrollo sigue vigente.",
                    &[(T::Other, "Ley 1955 de 2019", Action::Referenced, None, None)],
                ),
                // What a norm does, after "por el cual", is part of its formal title.
                (
                    "Citó el Decreto 216 de 2021 por el cual se adopta el estatuto.",
                    &[(T::Other, "Decreto 216 de 2021 por el cual se adopta el estatuto", Action::Referenced, None, None)],
                ),
                // The number after a law's name ends its title, with its year.
                (
                    "La delegación invocó la Ley General de Migración núm. 285-04 y sus reglamentos.",
                    &[(T::Other, "Ley General de Migración núm. 285-04", Action::Referenced, None, None)],
                ),
                (
                    "Rige la Ley de Migración No. 5 de 2010 sobre extranjería.",
                    &[(T::Other, "Ley de Migración No. 5 de 2010", Action::Referenced, None, None)],
                ),
                (
                    "Citó el Decreto Ejecutivo N.º 123-22 sobre visas.",
                    &[(T::Other, "Decreto Ejecutivo N.º 123-22", Action::Referenced, None, None)],
                ),
                (
                    "Conforme a la Resolución 971 de 2021 por la cual se implementa el estatuto.",
                    &[(
                        T::Resolution,
                        "Resolución 971 de 2021 por la cual se implementa el estatuto",
                        Action::Referenced,
                        None,
                        None,
                    )],
                ),
                // More heads: directives, recommendations (with their number sign), normative
                // frameworks; a bare head followed by a lowercase place is the head alone (not
                // identifiable, so not reported).
                (
                    "Alcanzaron una orientación general sobre la Directiva relativa a la protección de los trabajadores.",
                    &[(T::Other, "Directiva relativa a la protección de los trabajadores", Action::Referenced, None, None)],
                ),
                (
                    "Se sustenta en el Marco Normativo para la Gestión Integral de las Fronteras.",
                    &[(T::Other, "Marco Normativo para la Gestión Integral de las Fronteras", Action::Referenced, None, None)],
                ),
                ("Abordaron la aplicación del Pacto en los países de primera línea.", &[]),
                // The "Mesa Directiva" of a chamber is its board.
                ("Habló el presidente de la Mesa Directiva del Senado.", &[]),
                // A treaty's number does not end its title.
                (
                    "Pidió ratificar el Convenio 189 sobre las trabajadoras domésticas.",
                    &[(T::Convention, "Convenio 189 sobre las trabajadoras domésticas", Action::Referenced, None, None)],
                ),
                // A report named by its author, in lower case.
                (
                    "Las delegaciones tomaron nota del informe de la Secretaría Ejecutiva sobre el presupuesto.",
                    &[(T::Report, "informe de la Secretaría Ejecutiva sobre el presupuesto", Action::Referenced, None, None)],
                ),
            ],
        );
        // An instrument's counterparty stays out of its title, even after "Bilateral".
        check(
            "instrument.signed",
            &[(
                "Firmaron el Acuerdo de Cooperación Bilateral con la República de Chile.",
                &[(T::Agreement, "Acuerdo de Cooperación Bilateral", Action::Signed, None, None)],
            )],
        );
        // A lowercase report without an author is not identifiable.
        assert!(instruments_of("Las delegaciones tomaron nota del informe anual.").0.is_empty());
    }

    #[test]
    fn acts_years_before_the_document_are_referenced() {
        let text = "Lima, 2 de mayo de 2024. El ministro recordó que el 9 de junio de 2015 los países adoptaron la Declaración de Quito sobre Movilidad.";
        let dates =
            vec![day(text, "2 de mayo de 2024", "2024-05-02"), day(text, "9 de junio de 2015", "2015-06-09")];
        let found = find(&Doc::new(text), &dates, &[], &[], None).instruments;
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].action, found[0].date.as_deref()),
            (Action::Referenced, None),
            "instrument.referenced"
        );
        // The year before is still this document's news (a January communiqué on December).
        let text = "Lima, 5 de enero de 2024. El 20 de diciembre de 2023 los países adoptaron la Declaración de Quito.";
        let dates = vec![
            day(text, "5 de enero de 2024", "2024-01-05"),
            day(text, "20 de diciembre de 2023", "2023-12-20"),
        ];
        let found = find(&Doc::new(text), &dates, &[], &[], None).instruments;
        assert_eq!(found[0].action, Action::Adopted, "instrument.adopted");
        // A later year in the text (a follow-up planned for 2025) does not make the report
        // day's signing years old: the document's year is its report day's.
        let text = "Madrid, 2 de febrero de 2023. La AECID y la APCI suscribieron un memorando de entendimiento sobre cooperación triangular. Celebrarán una reunión de seguimiento el 10 de marzo de 2025.";
        let dates = vec![
            day(text, "2 de febrero de 2023", "2023-02-02"),
            day(text, "10 de marzo de 2025", "2025-03-10"),
        ];
        let found = find(&Doc::new(text), &dates, &[], &[], CivilDate::new(2023, 2, 2)).instruments;
        assert_eq!(
            (found[0].action, found[0].date.as_deref()),
            (Action::Signed, Some("2023-02-02")),
            "instrument.signed"
        );
    }

    #[test]
    fn a_named_mention_gives_the_title() {
        let text = "España firma un memorando de entendimiento sobre pesca artesanal\n\nLos ministros firmaron hoy el Memorando de Entendimiento sobre Pesca Artesanal.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "Memorando de Entendimiento sobre Pesca Artesanal", "instrument.signed");
        assert_eq!(found[0].mentions.len(), 2);
    }

    #[test]
    fn a_closing_formula_signs_the_document() {
        let text = "MEMORANDO DE ENTENDIMIENTO ENTRE CHILE Y PERÚ SOBRE PESCA\n\nLas Partes acuerdan cooperar.\n\nHecho en Lima, el 4 de junio de 2023, en dos ejemplares igualmente auténticos.\n";
        let dates = vec![day(text, "4 de junio de 2023", "2023-06-04")];
        let found = find(&Doc::new(text), &dates, &[], &[], None).instruments;
        assert_eq!(found.len(), 1);
        let memo = &found[0];
        assert_eq!((memo.instrument_type, memo.action), (T::Memorandum, Action::Signed));
        assert_eq!(
            (memo.date.as_deref(), memo.rule.as_str()),
            (Some("2023-06-04"), "instrument.closing_formula")
        );
        // A declaration is adopted.
        let text = "Declaración de Arica\n\nLos presidentes expresan su voluntad.\n\nDada en Arica, en dos ejemplares.\n";
        let found = find(&Doc::new(text), &[], &[], &[], None).instruments;
        assert_eq!(found.first().map(|d| d.action), Some(Action::Adopted), "instrument.closing_formula");
        // The formula needs no "ejemplares": "Dada en ..., a los veinticuatro días del mes ...".
        let text = "Declaración de Arica\n\nLos presidentes expresan su voluntad.\n\nDada en Arica, a los cuatro días del mes de junio de 2023.\n";
        let dates = vec![day(text, "cuatro días del mes de junio de 2023", "2023-06-04")];
        let found = find(&Doc::new(text), &dates, &[], &[], None).instruments;
        assert_eq!(
            found.first().map(|d| (d.action, d.date.as_deref())),
            Some((Action::Adopted, Some("2023-06-04"))),
            "instrument.closing_formula"
        );
        // A dateline or a letterhead before the heading: the heading is still the document's;
        // an instrument named in the body is not.
        let text = "Quito, 4 de abril de 2022\n\nDeclaración Conjunta de los Presidentes de la República del Ecuador y de la República de Colombia\n\nLos presidentes saludan la vigencia del Plan Binacional de Integración Fronteriza.\n\nSuscrita en Quito, el cuatro de abril de dos mil veintidós.\n";
        let found = find(&Doc::new(text), &[], &[], &[], None).instruments;
        let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
        assert_eq!(
            got,
            [
                (
                    "Declaración Conjunta de los Presidentes de la República del Ecuador y de la República de Colombia",
                    Action::Adopted
                ),
                ("Plan Binacional de Integración Fronteriza", Action::Referenced)
            ],
            "instrument.closing_formula"
        );
        // "ejemplares" elsewhere is no formula.
        let text = "Declaración de Arica\n\nSe imprimieron mil ejemplares del libro.\n";
        let found = find(&Doc::new(text), &[], &[], &[], None).instruments;
        assert_eq!(found.first().map(|d| d.action), Some(Action::Referenced), "instrument.referenced");
    }

    #[test]
    fn a_headline_instrument_is_the_one_the_body_names() {
        let text = "Chile y Perú firman un memorando sobre pesca\n\nLos cancilleres firmaron hoy el Memorando de Entendimiento sobre Pesca Artesanal.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 1, "instrument.headline_merge");
        assert_eq!(found[0].title, "Memorando de Entendimiento sobre Pesca Artesanal");
        assert_eq!(found[0].mentions.len(), 2);
        // A headline in capitals runs its title on; its first words name the body's instrument.
        let text = "LOS JEFES DE GOBIERNO ADOPTAN LA DECLARACIÓN DE GEORGETOWN TRAS EL PASO DEL HURACÁN\n\nEn la Cumbre adoptaron por unanimidad la Declaración de Georgetown sobre Resiliencia ante Huracanes.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(
            got,
            [("Declaración de Georgetown sobre Resiliencia ante Huracanes", 2)],
            "instrument.headline_merge"
        );
        // In the heading a definite article refers forward; the body's name is the title.
        let text = "Interior aprueba el plan especial para la Operación Paso del Estrecho\n\nEl Comité culminó con la aprobación del Plan Especial de la OPE 2024.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(got, [("Plan Especial de la OPE 2024", 2)], "instrument.headline_merge");
        // A headline's capitalised head over a lowercase description is that too; the body's
        // later short "la Hoja de Ruta" refers to the nearer, named one.
        let text = "El Consejo aprueba Hoja de Ruta para la protección social de personas migrantes\n\nEl Consejo aprobó por consenso la Hoja de Ruta Regional para la Portabilidad de la Protección Social 2026-2030. La Hoja de Ruta tendrá una vigencia de cinco años.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(
            got,
            [("Hoja de Ruta Regional para la Portabilidad de la Protección Social 2026-2030", 3)],
            "instrument.headline_merge"
        );
        // Headline and body name different acts: the body's act, with its mode, is the report.
        let text = "Los Estados adoptan la Declaración de Washington\n\nTras dos días de deliberaciones, se aprobó por consenso la Declaración de Washington.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Action, Option<Mode>)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.mode)).collect();
        assert_eq!(got, [("Declaración de Washington", A, C)], "instrument.approved");
        // With several of its type, the one the headline's act governs.
        let text = "Congreso ratifica acuerdo con Brasil\n\nEl Congreso ratificó el martes el Acuerdo sobre Localidades Fronterizas Vinculadas, que facilitará el tránsito. Se firmó en 2023 en el marco del Tratado de Cooperación Amazónica.";
        let doc = Doc::new(text);
        let report = CivilDate::new(2026, 5, 21);
        let dates = crate::dates::find(&doc, report).mentions;
        let found = find(&doc, &dates, &[], &[], report).instruments;
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(
            got,
            [
                ("Acuerdo sobre Localidades Fronterizas Vinculadas", 2),
                ("Tratado de Cooperación Amazónica", 1)
            ],
            "instrument.headline_merge"
        );
        // Two named memoranda: the headline's stays apart.
        let text = "Chile y Perú firman un memorando sobre pesca\n\nLos cancilleres firmaron hoy el Memorando de Entendimiento sobre Pesca Artesanal y el Memorando de Entendimiento sobre Turismo.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 3, "instrument.headline_merge");
        // A headline's named short form is the body's full name.
        let text = "Acuerdo de Libre Comercio entre Chile y Filipinas entrará en vigor en enero\n\nEl Ministerio informa que el Acuerdo de Libre Comercio entre la República de Chile y la República de Filipinas entrará en vigor el 1 de enero.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(
            got,
            [("Acuerdo de Libre Comercio entre la República de Chile y la República de Filipinas", 2)],
            "instrument.headline_merge"
        );
        // Two body names it could shorten: it stays apart.
        let text = "Chile firma el Acuerdo de Cooperación con Perú\n\nChile firmó hoy el Acuerdo de Cooperación Cultural con el Perú y el Acuerdo de Cooperación Aduanera con el Perú.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 3, "instrument.headline_merge: {found:?}");
        // A headline's plural is the several instruments the body names.
        let text = "La Asamblea aprueba resoluciones sobre resiliencia climática y derechos humanos\n\nLa Asamblea aprobó hoy la resolución CP/RES. 12 (25/25), \"Fortalecimiento de la resiliencia climática en el Hemisferio\". También aprobó la resolución CP/RES. 13 (26/25), \"La situación de los derechos humanos en Nicaragua\".";
        let (found, _) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Fortalecimiento de la resiliencia climática en el Hemisferio",
                "La situación de los derechos humanos en Nicaragua"
            ],
            "instrument.headline_merge"
        );
    }

    #[test]
    fn dates_of_acts() {
        let text = "El 3 de diciembre de 2021 se aprobó la Declaración de Puebla.";
        let start = text.find("3 de diciembre de 2021").unwrap();
        let dates = vec![DateMention {
            text: "3 de diciembre de 2021".into(),
            span: Span::new(start, start + "3 de diciembre de 2021".len()),
            value: Some("2021-12-03".into()),
            kind: DateKind::Date,
            relative: false,
            rule: "test".into(),
        }];
        let found = find(&Doc::new(text), &dates, &[], &[], None);
        assert_eq!(found.instruments[0].date.as_deref(), Some("2021-12-03"));

        // The date of an event in the same sentence.
        let text = "En la Cumbre de Lima se adoptó la Declaración de Lima.";
        let start = text.find("Cumbre de Lima").unwrap();
        let event = Event {
            text: "Cumbre de Lima".into(),
            span: Span::new(start, start + 14),
            mentions: vec![Span::new(start, start + 14)],
            event_type: acta_record::EventType::Summit,
            name: "Cumbre de Lima".into(),
            ordinal: None,
            organizations: vec![],
            date: Some("2018-04-14".into()),
            place: None,
            rule: "test".into(),
        };
        let found = find(&Doc::new(text), &[], &[event], &[], None);
        assert_eq!(found.instruments.len(), 1);
        assert_eq!(found.instruments[0].date.as_deref(), Some("2018-04-14"));
    }

    /// The act as the body tells it: its date and mode win over a headline's bare report, and
    /// a date in a relative clause after the name is that clause's, not the act's.
    #[test]
    fn the_body_dates_the_act() {
        let run = |text: &str| {
            let found = crate::extract(&Doc::new(text), &crate::Options::default()).instruments;
            found.iter().map(|i| (i.action, i.mode, i.date.clone())).collect::<Vec<_>>()
        };
        let text = "San José, 21 de noviembre de 2023\n\nCosta Rica y Nicaragua aprueban una hoja de ruta\n\nLa Comisión aprobó ayer por unanimidad la Hoja de Ruta para la Gestión Migratoria Fronteriza, que ordena las acciones.";
        assert_eq!(
            run(text),
            vec![(Action::Approved, Some(Mode::Unanimity), Some("2023-11-20".to_string()))]
        );
        let text = "San Salvador, 15 de noviembre de 2023\n\nAl término de la sesión plenaria, los ministros aprobaron por consenso la Guía Regional de Coordinación, que había sido revisada ayer por la Reunión Técnica de Viceministros.";
        assert_eq!(
            run(text),
            vec![(Action::Approved, Some(Mode::Consensus), Some("2023-11-15".to_string()))]
        );
    }

    #[test]
    fn mentions_merge() {
        let text = "Se adoptó la Declaración de Los Ángeles sobre Migración y Protección. La Declaración de Los Ángeles será revisada.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions.len(), 2);
        assert_eq!(found[0].action, Action::Adopted);
        // The document's own title as its heading, then the act on its short name.
        let text = "Declaración Conjunta de Santo Domingo\n\nLos cancilleres, reunidos en Santo Domingo, adoptan la siguiente Declaración Conjunta:\n\n1. Destacan la amistad.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Action, usize)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.mentions.len())).collect();
        assert_eq!(
            got,
            [("Declaración Conjunta de Santo Domingo", Action::Adopted, 2)],
            "instrument.adopted"
        );
        // In running text an act on a short name is not the earlier full name's.
        let text = "Recordaron la Declaración Conjunta de Lima de 2019. Hoy adoptaron una nueva Declaración Conjunta sobre pesca.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    /// Rules of the gap between an act and its object: a mode phrase after a noun of the act,
    /// and a complement interposed between a finite verb and its object.
    #[test]
    fn interposed_words_between_act_and_instrument() {
        check(
            "instrument.adopted",
            &[(
                "La reunión concluyó con la adopción por aclamación de la Declaración de Cusco.",
                &[(T::Declaration, "Declaración de Cusco", Action::Adopted, None, None)],
            )],
        );
        check(
            "instrument.approved",
            &[(
                "La cumbre terminó con la aprobación por consenso del Plan Regional de Empleo.",
                &[(T::Plan, "Plan Regional de Empleo", A, C, None)],
            )],
        );
        check(
            "instrument.signed",
            &[
                (
                    "Los ministros firmaron al margen del foro un Memorando de Entendimiento sobre Pesca Artesanal.",
                    &[(T::Memorandum, "Memorando de Entendimiento sobre Pesca Artesanal", Action::Signed, None, None)],
                ),
                (
                    "Ambos gobiernos suscribieron durante la visita oficial el Convenio de Cooperación Turística.",
                    &[(T::Agreement, "Convenio de Cooperación Turística", Action::Signed, None, None)],
                ),
            ],
        );
        let r = Action::Referenced;
        check(
            "instrument.referenced",
            &[
                // The title sits inside the complement: the act's object is something else.
                (
                    "Firmaron en el marco de la Declaración de Cusco varios compromisos.",
                    &[(T::Declaration, "Declaración de Cusco", r, None, None)],
                ),
                // A clause, not a complement, stands between.
                (
                    "Firmaron ante la prensa que cubre el Acuerdo de Pesca Artesanal su compromiso.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
            ],
        );
    }

    /// A perfect subjunctive after a verb of welcoming reports an act that happened.
    #[test]
    fn welcomed_perfect_subjunctive() {
        let s = Action::Signed;
        check(
            "instrument.signed",
            &[
                (
                    "Celebran que hoy se hayan firmado el Acuerdo de Pesca Artesanal y el Convenio de Turismo Rural.",
                    &[
                        (T::Agreement, "Acuerdo de Pesca Artesanal", s, None, None),
                        (T::Agreement, "Convenio de Turismo Rural", s, None, None),
                    ],
                ),
                // A subject between "que" and the auxiliary.
                (
                    "Celebran que hoy la Policía Nacional (PNP) y la Policía de Investigaciones (PDI) hayan suscrito el Memorándum de Cooperación Policial.",
                    &[(T::Memorandum, "Memorándum de Cooperación Policial", s, None, None)],
                ),
            ],
        );
        let r = Action::Referenced;
        check(
            "instrument.referenced",
            &[
                (
                    "Esperan que para junio se haya firmado el Acuerdo de Pesca Artesanal.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
                (
                    "Confían en que se hayan firmado el Acuerdo de Pesca Artesanal antes del verano.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
                (
                    "Esperan que ambas policías hayan suscrito el Acuerdo de Pesca Artesanal antes del verano.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
                // Another verb between: the subjunctive is that clause's.
                (
                    "Celebran que las policías que negociaron hayan suscrito el Acuerdo de Pesca Artesanal.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
            ],
        );
    }

    /// An agent complement ("por los Veintisiete") is not part of a title; the head's own
    /// "por" is.
    #[test]
    fn titles_stop_before_an_agent() {
        check(
            "instrument.approved",
            &[(
                "Celebró la aprobación del Pacto sobre Pesca Sostenible por el Consejo de Ministros.",
                &[(T::Pact, "Pacto sobre Pesca Sostenible", A, None, None)],
            )],
        );
        check(
            "instrument.signed",
            &[(
                "Los alcaldes firmaron el Pacto por la Seguridad Alimentaria.",
                &[(T::Pact, "Pacto por la Seguridad Alimentaria", Action::Signed, None, None)],
            )],
        );
    }

    /// A noun of the act dated a month before the report recalls an earlier act; one dated after
    /// the report's day is planned.
    #[test]
    fn recalled_acts_of_an_earlier_month() {
        let report_day = CivilDate::new(2024, 6, 13);
        let cases: &[(&str, &[(&str, Action)])] = &[
            (
                "Tras la aprobación del Pacto sobre Pesca Sostenible el pasado mes de mayo, los ministros adoptaron hoy la Hoja de Ruta sobre Retorno.",
                &[("Pacto sobre Pesca Sostenible", Action::Referenced), ("Hoja de Ruta sobre Retorno", Action::Adopted)],
            ),
            // The same month is the reported act.
            (
                "Con la firma del Acuerdo de Pesca Artesanal el 12 de junio concluyó la visita.",
                &[("Acuerdo de Pesca Artesanal", Action::Signed)],
            ),
            // A day after the report's is a planned act (an agenda line, a scheduled signing).
            (
                "martes 18 de junio: visita oficial del canciller de Belice y firma del Memorando de Entendimiento sobre Consultas Políticas;",
                &[("Memorando de Entendimiento sobre Consultas Políticas", Action::Referenced)],
            ),
            (
                "Los ministros anunciaron la firma del Convenio de Cooperación Aduanera, prevista para el 2 de julio.",
                &[("Convenio de Cooperación Aduanera", Action::Referenced)],
            ),
            // The report's own day is the act.
            (
                "Hoy, 13 de junio, con la firma del Convenio de Cooperación Aduanera culminó la visita.",
                &[("Convenio de Cooperación Aduanera", Action::Signed)],
            ),
            // A relative day is only as good as its anchor: the verb's past tells.
            (
                "La cumbre concluyó este sábado con la firma del Convenio de Cooperación Aduanera.",
                &[("Convenio de Cooperación Aduanera", Action::Signed)],
            ),
        ];
        for (text, expected) in cases {
            let doc = Doc::new(text);
            let dates = crate::dates::find(&doc, report_day).mentions;
            let found = find(&doc, &dates, &[], &[], report_day).instruments;
            let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    /// A lowercase instrument a future act governs is reported when its subject identifies it.
    #[test]
    fn unnamed_instruments_identified_by_their_subject() {
        check(
            "instrument.referenced",
            &[(
                "Ambos presidentes suscribirán un memorándum de entendimiento sobre promoción turística.",
                &[(
                    T::Memorandum,
                    "memorándum de entendimiento sobre promoción turística",
                    Action::Referenced,
                    None,
                    None,
                )],
            )],
        );
        for text in [
            "Ambos presidentes suscribirán un acuerdo de cooperación.",
            "Los acuerdos sobre pesca fueron un éxito.",
            "Un memorándum sobre turismo sería bienvenido.",
        ] {
            assert_eq!(instruments_of(text).0, Vec::new(), "not reported: {text}");
        }
    }

    /// "El acuerdo" after another instrument is that one again, not a new agreement; alone it
    /// is the document's agreement.
    #[test]
    fn a_bare_definite_acuerdo_refers_back() {
        let text = "España y Marruecos firman un memorando de entendimiento sobre migración\n\nEl acuerdo se ha suscrito hoy en Madrid.";
        let titles: Vec<String> = instruments_of(text).0.into_iter().map(|i| i.title).collect();
        assert_eq!(titles, ["memorando de entendimiento sobre migración"]);
        let titles: Vec<String> = instruments_of("Ambos países firmaron el acuerdo hoy en Lima.")
            .0
            .into_iter()
            .map(|i| i.title)
            .collect();
        assert_eq!(titles, ["acuerdo"]);
    }

    /// A headline's bare noun ("aprueban estrategia ...") is the instrument the body names.
    #[test]
    fn a_headline_bare_noun_is_the_body_instrument() {
        let text = "Ministros aprueban por unanimidad estrategia común de fronteras\n\nLos ministros aprobaron hoy por unanimidad la Estrategia Regional de Gestión de Fronteras.";
        let (found, _) = instruments_of(text);
        assert_eq!(found.len(), 1, "instrument.headline_merge");
        assert_eq!(found[0].title, "Estrategia Regional de Gestión de Fronteras");
        assert_eq!(found[0].mentions.len(), 2);
        // Two named strategies: the headline's stays apart.
        let text = "Ministros aprueban estrategia común de fronteras\n\nLos ministros aprobaron la Estrategia Regional de Gestión de Fronteras y la Estrategia Regional de Empleo.";
        assert_eq!(instruments_of(text).0.len(), 3, "instrument.headline_merge");
        // A bare noun after "y" in a headline with no definite article is bare too.
        let text = "Foro aprueba nuevo plan de acción y guía sobre apatridia\n\nLas delegaciones aprobaron hoy el Plan de Acción Migratorio 2026-2028 y la Guía Regional de Identificación de Personas Apátridas.";
        let titles: Vec<String> = instruments_of(text).0.into_iter().map(|i| i.title).collect();
        assert_eq!(
            titles,
            ["Plan de Acción Migratorio 2026-2028", "Guía Regional de Identificación de Personas Apátridas"],
            "instrument.headline_merge"
        );
    }

    /// A later unacted mention by the first words of an earlier title is that instrument.
    #[test]
    fn a_short_reference_is_the_latest_instrument_it_begins() {
        let text =
            "Se aprobó el Plan Especial de la Operación Verano 2024. El Plan Especial establece turnos.";
        let (found, _) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Plan Especial de la Operación Verano 2024"]);
        assert_eq!(found[0].mentions.len(), 2);
        assert_eq!(found[0].action, Action::Approved);
        // A short reference may leave out a qualifier; "al cierre de" dates an act, it names
        // nothing.
        let text = "Los presidentes adoptaron la Declaración Presidencial de Asunción sobre Conectividad al cierre de la Décima Cumbre. La Declaración de Asunción reafirma el compromiso.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, usize)> = found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(got, [("Declaración Presidencial de Asunción sobre Conectividad", 2)]);
        // Two earlier candidates: the latest is meant.
        let text = "Se aprobó el Plan Nacional de Empleo. Se aprobó también el Plan Nacional de Vivienda. \
                    El Plan Nacional prevé inversiones.";
        let (found, _) = instruments_of(text);
        let mentions: Vec<(&str, usize)> =
            found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(mentions, [("Plan Nacional de Empleo", 1), ("Plan Nacional de Vivienda", 2)]);
        // A longer title named later, or another type, is another instrument.
        for text in [
            "El Plan Nacional prevé inversiones. Se aprobó el Plan Nacional de Empleo.",
            "Se aprobó el Plan Especial de la Operación Verano 2024. La Estrategia Especial sigue vigente.",
        ] {
            assert_eq!(instruments_of(text).0.len(), 2, "{text}");
        }
    }

    /// "Recomendación N.° 512 sobre ...": the number sign and number stay in the title.
    #[test]
    fn numbered_recommendations() {
        let (found, _) =
            instruments_of("Por unanimidad, el Pleno aprobó también hoy la Recomendación N.° 512 sobre Interoperabilidad de los Registros Migratorios, que insta a los Gobiernos.");
        let got: Vec<(&str, Action, Option<Mode>)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.mode)).collect();
        assert_eq!(
            got,
            [(
                "Recomendación N.° 512 sobre Interoperabilidad de los Registros Migratorios",
                Action::Approved,
                Some(Mode::Unanimity)
            )]
        );
    }

    /// A name in parentheses right after an instrument is its other name.
    #[test]
    fn a_parenthesised_name_is_the_instruments_alias() {
        let text = "Reafirmamos la vigencia del Tratado para la Proscripción de las Armas Nucleares en la \
                    América Latina y el Caribe (Tratado de Tlatelolco), cuyo aniversario se conmemora.";
        let (found, _) = instruments_of(text);
        let mentions: Vec<(&str, usize)> =
            found.iter().map(|i| (i.title.as_str(), i.mentions.len())).collect();
        assert_eq!(
            mentions,
            [("Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe", 2)],
            "instrument.alias"
        );
        // Parentheses that go on past the name, or a name further on, are another instrument.
        for text in [
            "Invocaron el Tratado de Asunción (y el Protocolo de Ouro Preto firmado después).",
            "Invocaron el Tratado de Asunción y, en otro párrafo (Protocolo de Ouro Preto).",
        ] {
            assert_eq!(instruments_of(text).0.len(), 2, "{text}");
        }
    }

    /// A list item is a whole title: "en Tránsito" is part of it, not a venue.
    /// A participle clause of another act after the title dates that act, not the governing
    /// one; the same act's participle still dates it.
    #[test]
    fn participle_clauses_of_other_acts_do_not_date_the_act() {
        let dates_of = |text: &str| -> Vec<Option<String>> {
            let doc = Doc::new(text);
            let anchor = CivilDate::new(2026, 5, 27);
            let dates = crate::dates::find(&doc, anchor).mentions;
            find(&doc, &dates, &[], &[], anchor).instruments.into_iter().map(|i| i.date).collect()
        };
        assert_eq!(
            dates_of("Ayer, la Asamblea ratificó el Tratado del Puente Internacional, suscrito por ambos gobiernos en octubre de 2025."),
            [Some("2026-05-26".to_string())]
        );
        assert_eq!(
            dates_of("Los cancilleres firmaron el Acuerdo de Pesca, suscrito hoy en Lima."),
            [Some("2026-05-27".to_string())]
        );
    }

    #[test]
    fn list_items_keep_their_whole_title() {
        let text = "Se aprobaron por consenso los siguientes documentos:\n\n- La Guía Regional para Personas Migrantes en Tránsito.\n- El Protocolo Regional sobre Retorno.\n\nFin.";
        let (found, _) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Guía Regional para Personas Migrantes en Tránsito", "Protocolo Regional sobre Retorno"]
        );
        // A numbered item goes on through "relativa al", as through "sobre".
        // An aside between commas in the announcement.
        let text = "Los ministros aprobaron ayer por unanimidad, en la XXXII Reunión Ordinaria del Consejo de Ministros de Trabajo de Centroamérica y República Dominicana, tres documentos: la Estrategia Regional de Empleo Juvenil 2026-2030 y la Guía Regional para la Inspección del Trabajo.";
        let (found, warnings) = instruments_of(text);
        let got: Vec<(&str, Action, Option<Mode>)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.mode)).collect();
        assert_eq!(
            got,
            [
                ("Estrategia Regional de Empleo Juvenil 2026-2030", Action::Approved, Some(Mode::Unanimity)),
                ("Guía Regional para la Inspección del Trabajo", Action::Approved, Some(Mode::Unanimity))
            ]
        );
        assert_eq!(warnings.len(), 1, "count_mismatch: three announced, two listed");
        // Items named with indefinite articles, joined by "y".
        let text = "Los cancilleres suscribieron dos instrumentos complementarios, a saber: un Memorándum de Entendimiento sobre Formación Diplomática y una Carta de Intención sobre Riesgos Hídricos.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Action)> = found.iter().map(|i| (i.title.as_str(), i.action)).collect();
        assert_eq!(
            got,
            [
                ("Memorándum de Entendimiento sobre Formación Diplomática", Action::Signed),
                ("Carta de Intención sobre Riesgos Hídricos", Action::Signed)
            ]
        );
        let text = "Se adoptaron dos resoluciones, a saber: la Resolución 01-2026 sobre el Monitoreo Conjunto del Agua; y la Resolución 02-2026 relativa al Sistema Binacional de Alerta Temprana de Sequías.";
        let (found, _) = instruments_of(text);
        let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Resolución 01-2026 sobre el Monitoreo Conjunto del Agua",
                "Resolución 02-2026 relativa al Sistema Binacional de Alerta Temprana de Sequías"
            ]
        );
        // A programme an act list names is a plan; a regulation, with no head of its own, other.
        let text = "Se aprobaron dos instrumentos, a saber: el Reglamento Regional de Trazabilidad Pesquera; y el Programa Regional de Ordenamiento de la Pesquería de Langosta.";
        let (found, _) = instruments_of(text);
        let kinds: Vec<(InstrumentType, &str)> =
            found.iter().map(|i| (i.instrument_type, i.title.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (InstrumentType::Other, "Reglamento Regional de Trazabilidad Pesquera"),
                (InstrumentType::Plan, "Programa Regional de Ordenamiento de la Pesquería de Langosta")
            ]
        );
    }

    /// A capitalised participle and "relativa a" go on in a named title; a lowercase participle
    /// clause does not.
    #[test]
    fn titles_go_on_through_capitalised_participles_and_relativa_a() {
        let r = Action::Referenced;
        check(
            "instrument.referenced",
            &[
                (
                    "Invocaron la Convención contra la Delincuencia Organizada Transnacional y sus protocolos.",
                    &[(T::Convention, "Convención contra la Delincuencia Organizada Transnacional", r, None, None)],
                ),
                (
                    "Recordaron la Declaración de la OIT relativa a los principios y derechos fundamentales en el trabajo.",
                    &[(
                        T::Declaration,
                        "Declaración de la OIT relativa a los principios y derechos fundamentales en el trabajo",
                        r,
                        None,
                        None,
                    )],
                ),
                (
                    "Recordaron el Acuerdo de Pesca Artesanal firmado en 2002 por ambos gobiernos.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
            ],
        );
    }

    /// Acts through an adverbial of manner; requests and processes are not the act.
    #[test]
    fn manner_adverbials_and_processes() {
        check(
            "instrument.approved",
            &[(
                "La Asamblea aprobó de forma contundente el Tratado sobre Comercio de Armas.",
                &[(T::Agreement, "Tratado sobre Comercio de Armas", A, None, None)],
            )],
        );
        check(
            "instrument.referenced",
            &[(
                "Pidieron iniciar el proceso de firma y ratificación del Tratado sobre Comercio de Armas.",
                &[(T::Agreement, "Tratado sobre Comercio de Armas", Action::Referenced, None, None)],
            )],
        );
    }

    /// A bare plural and a bare head after a noun of the act are not one identifiable
    /// instrument; a finite act on a bare singular still is.
    #[test]
    fn bare_plurals_and_generic_heads() {
        for text in [
            "Los presidentes firmaron los acuerdos en la cumbre.",
            "El único resultado posible era la adopción de un tratado a cualquier precio.",
        ] {
            assert_eq!(instruments_of(text).0, Vec::new(), "not reported: {text}");
        }
        check(
            "instrument.signed",
            &[(
                "Los presidentes firmaron un convenio con el gobierno vecino.",
                &[(T::Agreement, "convenio", Action::Signed, None, None)],
            )],
        );
    }

    /// A list given as one paragraph of items separated by semicolons.
    #[test]
    fn a_paragraph_list_split_on_semicolons() {
        let text = "Los cancilleres presenciaron la firma de los siguientes instrumentos:\n\nUn memorándum de entendimiento sobre pesca; el Convenio de Cooperación Cultural; y una carta de intención sobre turismo.\n\nOtro párrafo.";
        let (found, _) = instruments_of(text);
        let got: Vec<(InstrumentType, &str, &str)> =
            found.iter().map(|i| (i.instrument_type, i.title.as_str(), i.rule.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (T::Memorandum, "memorándum de entendimiento sobre pesca", "instrument.signed_list"),
                (T::Agreement, "Convenio de Cooperación Cultural", "instrument.signed_list"),
                (T::LetterOfIntent, "carta de intención sobre turismo", "instrument.signed_list"),
            ]
        );
        // One item without semicolons is no list.
        let text = "Los cancilleres presenciaron la firma de los siguientes instrumentos:\n\nUn memorándum de entendimiento sobre pesca.\n\nOtro párrafo.";
        assert!(instruments_of(text).0.iter().all(|i| i.rule != "instrument.signed_list"));
    }

    /// An item's own mode ("..., aprobada por unanimidad;") is that item's alone.
    #[test]
    fn a_list_item_keeps_its_own_mode() {
        let text = "El Comité aprobó los siguientes dos instrumentos:\n\n- la Guía Andina de Atención, aprobada por unanimidad;\n- el Plan de Trabajo 2025-2026.\n\nOtro párrafo.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Option<Mode>)> = found.iter().map(|i| (i.title.as_str(), i.mode)).collect();
        assert_eq!(
            got,
            [("Guía Andina de Atención", Some(Mode::Unanimity)), ("Plan de Trabajo 2025-2026", None)]
        );
        // So is its own act, after a comma, when the list's act is done.
        let text = "La reunión concluyó con la adopción de tres instrumentos:\n\n1) la Hoja de Ruta Regional 2026-2030, aprobada por consenso;\n2) la Resolución 03 sobre financiamiento, adoptada por mayoría;\n3) la Guía Metodológica de Registro, aprobada por unanimidad.\n\nOtro párrafo.";
        let (found, _) = instruments_of(text);
        let got: Vec<(&str, Action, Option<Mode>)> =
            found.iter().map(|i| (i.title.as_str(), i.action, i.mode)).collect();
        assert_eq!(
            got,
            [
                ("Hoja de Ruta Regional 2026-2030", Action::Approved, Some(Mode::Consensus)),
                ("Resolución 03 sobre financiamiento", Action::Adopted, None),
                ("Guía Metodológica de Registro", Action::Approved, Some(Mode::Unanimity)),
            ]
        );
    }

    /// A title's own capitalised enumeration and a participle agreeing with its last noun.
    #[test]
    fn titles_with_enumerations_and_agreeing_participles() {
        let r = Action::Referenced;
        check(
            "instrument.referenced",
            &[
                // The parties' acronyms between "entre" and "y" stay in the title.
                (
                    "Citaron el Memorando de Entendimiento entre la Agencia Uruguaya de Cooperación Internacional (AUCI) y la Agencia Española de Cooperación Internacional para el Desarrollo (AECID) sobre cooperación triangular, que rige desde 2020.",
                    &[(
                        T::Memorandum,
                        "Memorando de Entendimiento entre la Agencia Uruguaya de Cooperación Internacional (AUCI) y la Agencia Española de Cooperación Internacional para el Desarrollo (AECID) sobre cooperación triangular",
                        r,
                        None,
                        None,
                    )],
                ),
                (
                    "Se enmarca en el Convenio sobre Protección de Humedales, la Conservación y el Uso de Recursos Hídricos, firmado en 1998.",
                    &[(T::Agreement, "Convenio sobre Protección de Humedales, la Conservación y el Uso de Recursos Hídricos", r, None, None)],
                ),
                (
                    "Invocaron el Protocolo sobre Personas desaparecidas en el mar.",
                    &[(T::Protocol, "Protocolo sobre Personas desaparecidas", r, None, None)],
                ),
                // "en" + a capitalised enumeration with an abstract noun is the subject; with
                // places only it is where.
                (
                    "Recordaron la Carta de Intención para la Cooperación en Semiconductores, Ciberseguridad y Gobierno Digital, que prevé becas.",
                    &[(
                        T::LetterOfIntent,
                        "Carta de Intención para la Cooperación en Semiconductores, Ciberseguridad y Gobierno Digital",
                        r,
                        None,
                        None,
                    )],
                ),
                (
                    "Recordaron el Memorando de Entendimiento sobre Turismo en Lima, Cusco y Arequipa.",
                    &[(T::Memorandum, "Memorando de Entendimiento sobre Turismo", r, None, None)],
                ),
                (
                    "Invocaron el Acuerdo sobre Trabajadores Agrícolas contratados temporalmente.",
                    &[(T::Agreement, "Acuerdo sobre Trabajadores Agrícolas contratados temporalmente", r, None, None)],
                ),
                // The participle agrees with the head: a clause.
                (
                    "Recordaron el Acuerdo de Pesca Artesanal suscrito hace años.",
                    &[(T::Agreement, "Acuerdo de Pesca Artesanal", r, None, None)],
                ),
            ],
        );
        // Three titles listed, not one title's enumeration.
        check(
            "instrument.signed",
            &[(
                "Firmaron el Acuerdo de Pesca, el Convenio Cultural y la Declaración de Lima.",
                &[
                    (T::Agreement, "Acuerdo de Pesca", Action::Signed, None, None),
                    (T::Agreement, "Convenio Cultural", Action::Signed, None, None),
                    (T::Declaration, "Declaración de Lima", Action::Signed, None, None),
                ],
            )],
        );
    }

    /// A vote "por amplia mayoría" stands between an act and its object (mode null); a count
    /// before a capitalised plural is a set.
    #[test]
    fn votes_in_the_gap_and_counted_sets() {
        check(
            "instrument.approved",
            &[(
                "La Asamblea aprobó hoy por amplia mayoría la Resolución sobre Refugiados Climáticos.",
                &[(T::Resolution, "Resolución sobre Refugiados Climáticos", A, None, None)],
            )],
        );
        for text in [
            "Se firmaron varios Memorandos de Entendimiento sobre cooperación económica.",
            "Se firmaron dos Acuerdos de Cooperación Técnica.",
        ] {
            assert_eq!(instruments_of(text).0, Vec::new(), "a set: {text}");
        }
    }

    /// A demonstrative points back: alone and not acted on, it is no new instrument.
    #[test]
    fn demonstratives_point_back() {
        assert!(instruments_of("Formulamos esta Declaración de compromisos no vinculantes.").0.is_empty());
        let (found, _) = instruments_of(
            "Se adoptó la Declaración de Principios de Quito. Esta Declaración de Principios de Quito orienta la acción.",
        );
        assert_eq!((found.len(), found[0].mentions.len()), (1, 2), "instrument.adopted");
        // Acted on, it is reported.
        let (found, _) = instruments_of("Los ministros firmaron este Acuerdo de Pesca Artesanal.");
        assert_eq!(found.len(), 1, "instrument.signed");
    }

    const SEED: &str = include_str!("../../../fixtures/seed/crm-xxvi-reunion-viceministerial-2021.md");

    #[test]
    fn seed_yields_the_four_instruments() {
        let normalized = normalize(SEED, Flavor::Markdown);
        let doc = Doc::new(&normalized.text);
        let events = crate::events::find(&doc, &[], &[]);
        let found = find(&doc, &[], &events, &[], None);
        let got = rows(&found.instruments);
        assert_eq!(
            got,
            vec![
                (Pact, "Pacto Mundial para una Migración Segura, Ordenada y Regular", Action::Referenced, None, None),
                (Guidelines, "lineamientos regionales para la identificación preliminar de perfiles y mecanismos de referencia de poblaciones migrantes en condición de vulnerabilidad", A, C, None),
                (Guide, "guía operativa para la aplicación del interés superior de la niñez en contextos de movilidad humana", A, C, None),
                (Declaration, "XXVI Declaración Viceministerial de la CRM", A, None, Some(26)),
            ]
        );
        assert!(found.warnings.is_empty());
        for instrument in &found.instruments {
            assert_eq!(&normalized.text[instrument.span.start..instrument.span.end], instrument.text);
        }
    }
}
