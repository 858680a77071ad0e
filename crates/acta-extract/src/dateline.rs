//! Dateline, title and issuer.
//!
//! A dateline is a place followed by a date at the head of a communiqué ("Ciudad de México, 3
//! de diciembre de 2021", "MADRID, 2 FEB. 2023.-", "Tegucigalpa, M.D.C., 3-IV-2018"), a
//! ministry-and-date header with no place ("Interior - 24.1.2025"), or a closing formula at the
//! foot ("Dado en Panamá, a 14 de marzo de 2019"). The date is read by the dates extractor
//! (one Spanish date grammar in the project); this module decides where the line is and which
//! part is the place.
//!
//! Rules: `dateline.place_date` (place, optional region, date), `dateline.ministry_date`
//! (ministry header and date, place null), `dateline.closing` (closing formula at the end, or a
//! last paragraph that is a place and a date alone);
//! `title.heading` (a marked heading), `title.first_line` (a headline-like first paragraph; a
//! genre label such as "Comunicado de prensa" or a banner only when no headline follows);
//! `issuer.communique_of` ("Comunicado del Gobierno de México"), `issuer.letterhead` (an
//! organisation's name alone on a head line), `issuer.reporting_verb` ("La Cancillería informa
//! ...", or in the past tense in the lead paragraph: "El SERMIG dio a conocer hoy ..."),
//! `issuer.banner` (an all-capitals banner before the dateline: "LA CASA BLANCA"; it outranks
//! the lead's subject), `issuer.letterhead_name` (a body's full name in the usual case alone
//! over the dateline, four words or more),
//! `issuer.section_banner` (a ministry's portfolio over the dateline: "Interior", when the text
//! names the "Ministerio del Interior"),
//! `issuer.ministry_header`.

use std::sync::LazyLock;

use acta_record::{DateKind, DateMention, Dateline, Issuer, Organization, Span};
use regex::Regex;

use crate::{dates, CivilDate, Doc};

/// How many leading paragraphs may hold the dateline (a title and subtitle may come first).
const HEAD_PARAGRAPHS: usize = 4;
/// How many trailing paragraphs may hold a closing dateline.
const TAIL_PARAGRAPHS: usize = 3;
/// The longest place-and-region prefix before the date, in characters.
const MAX_PREFIX_CHARS: usize = 90;
/// Bytes of a line read for its dateline: a prefix of MAX_PREFIX_CHARS chars of up to 4 bytes,
/// then the date and an agency tag.
const DATELINE_WINDOW: usize = MAX_PREFIX_CHARS * 4 + 160;
/// A date ending this close to the window's edge might continue past it.
const WINDOW_MARGIN: usize = 40;

/// Whether the capture holds at most `most` words.
///
/// The patterns below write "one to three words" as `+` or `*` and count the words here: a
/// bounded repetition (`{1,3}`) copies its Unicode classes once per repetition, and
/// `\p{L}` is costly to compile (`[\p{L}, ]{2,80}` alone took 18 ms, more than a whole
/// one-document run). Every repeated unit is one whitespace-separated word, so the count is
/// the bound the pattern had.
fn words_at_most(capture: Option<regex::Match<'_>>, most: usize) -> bool {
    capture.is_none_or(|m| m.as_str().split_whitespace().count() <= most)
}

/// Whether the capture holds at most `most` capitalised words (particles between them are
/// not counted).
fn capitalised_words_at_most(capture: Option<regex::Match<'_>>, most: usize) -> bool {
    capture.is_none_or(|m| {
        m.as_str().split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count() <= most
    })
}

/// What may stand before the date: a place (capitalised words and particles), optional
/// comma-separated regions ("Costa Rica", "M.D.C.", "D.F."), a comma, and "a"/"el"/weekday.
static PLACE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    // Initials ("M.D.C.") are words too: '.' is in the class.
    let word = r"\p{Lu}[\p{L}'’.\-]*";
    let particle = r"(?:de|del|la|las|los|el|y|D\.|en)";
    let name = format!(r"{word}(?:\s+(?:{particle}\s+)*{word})*");
    Regex::new(&format!(
        r"^(?P<lead>(?:Dad[oa]|Hech[oa]|Firmad[oa]|Emitid[oa]|Expedid[oa]|Suscrit[oa])\s+en\s+(?:la\s+(?:ciudad|Ciudad)\s+de\s+)?)?(?P<place>{name})(?P<regions>(?:\s*,\s*{name})*)\s*,?\s*(?:\((?:\p{{Lu}}[\p{{L}}.]*\s*)+\)\s*,?\s*)?(?:(?:a\s+los|a|el|hoy|este)\s+)?$"
    ))
    .expect("static regex")
});

/// A news dateline with a place and no date, opening the first paragraph: "México, DF. La
/// Procuraduría ...", "Tegucigalpa. Honduras retornará ...", "París (AFP). Ministros ...".
/// Up to four words of place and three of tag ([`words_at_most`]).
static PLACE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}'’\-]+";
    Regex::new(&format!(
        r"^(?P<head>(?P<place>{word}(?:\s+(?:de\s+|del\s+|la\s+|los\s+|las\s+)?{word})*)(?:,\s*(?:D\.?\s?F\.?|{word}(?:\s+{word})?))?(?:\s*\((?P<tag>(?:\p{{Lu}}[\p{{L}}.]*\s*)+)\))?)\.(?:-|\s*[-–—])?\s+[\p{{Lu}}\x22“«¿¡]"
    ))
    .expect("static regex")
});

/// A ministry-and-date header: "Interior - 24.1.2025", "Inclusión, Seguridad Social y
/// Migraciones - 24.1.2025".
/// The name is 3 to 81 characters long ([`is_ministry_prefix`]).
static MINISTRY_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}(?P<name>[\p{L}, ]+?)(?P<gap>\s+)[-–—]\s*$").expect("static regex"));

/// Whether `prefix` is a [`MINISTRY_PREFIX`] with 2 to 80 characters after the name's
/// capital. The name may take in the spaces before the dash but one.
fn is_ministry_prefix(prefix: &str) -> bool {
    let Some(caps) = MINISTRY_PREFIX.captures(prefix) else { return false };
    let name = caps.name("name").map_or(0, |m| m.as_str().chars().count());
    let gap = caps.name("gap").map_or("", |m| m.as_str());
    let spaces = gap.chars().take_while(|&c| c == ' ').count().min(gap.chars().count().saturating_sub(1));
    name <= 80 && name + spaces >= 2
}

/// Words that start a sentence, not a place.
const NOT_PLACES: &[&str] = &[
    "En",
    "Desde",
    "Hoy",
    "Este",
    "Esta",
    "Durante",
    "Con",
    "Para",
    "Por",
    "Al",
    "Del",
    "Tras",
    "Ante",
    "Según",
    "Un",
    "Una",
    "Se",
    "Entre",
    "Hasta",
    "Ayer",
    "Mañana",
    "A",
    "De",
    "Mediante",
    "Sin",
    "Sobre",
    "Como",
    "También",
    "Además",
    "Asimismo",
    "Mientras",
    "Luego",
    "Finalmente",
    "Igualmente",
    "Posteriormente",
    "Previamente",
    "Paralelamente",
    "Allí",
    "Aquí",
];
/// Articles start places only as part of a longer name ("Los Ángeles", "El Salvador", "La Paz").
const ARTICLES: &[&str] = &["El", "La", "Los", "Las"];

/// Whether a captured place reads as a place rather than the start of a sentence.
fn plausible_place(place: &str) -> bool {
    let mut words = place.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next();
    !NOT_PLACES.contains(&first)
        && (!ARTICLES.contains(&first) || second.is_some_and(|w| w.starts_with(char::is_uppercase)))
}

/// Weekday names (a weekday that is part of a place name, "Santo Domingo").
const WEEKDAYS: &[&str] = &["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

/// An agency tag right after the date: "(EFE)", "(SRE)".
/// One to three words ([`words_at_most`]).
static AGENCY_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\((?P<tag>(?:\p{Lu}[\p{L}.\-]*\s*)+)\)").expect("static regex"));

/// The dateline of `doc`, with a byte span. Its date resolves a yearless date against
/// `reference`.
pub fn find_dateline(doc: &Doc<'_>, reference: Option<CivilDate>) -> Option<Dateline> {
    let paragraphs = doc.paragraphs();
    // A letterhead split in lines, labels and a headline may come first: the short one-line
    // paragraphs (no stop at the end) that open the text do not use up the head's paragraphs
    // (up to two more).
    let mut counted = 0;
    // The last paragraph of a longer text is the closing search's.
    let before_last =
        if paragraphs.len() > HEAD_PARAGRAPHS { paragraphs.len() - 1 } else { paragraphs.len() };
    let head = paragraphs.iter().take(before_last.min(HEAD_PARAGRAPHS + 2)).take_while(|&&(start, end)| {
        let paragraph = doc.slice(start, end).trim();
        let head_line = !paragraph.contains('\n') && paragraph.len() <= 160 && !paragraph.ends_with('.');
        if !head_line || counted > 0 {
            counted += 1;
        }
        counted <= HEAD_PARAGRAPHS
    });
    for &(start, end) in head {
        if doc.headings.iter().any(|&(hs, he)| hs <= start && end <= he) {
            continue;
        }
        // A dateline opens its block, or follows short head lines in it ("Comunicado No.
        // 512\nCiudad de México, 6 de noviembre de 2025").
        for (line_start, line_end) in lines(doc.text, start, end) {
            if let Some(dateline) = dateline_at(doc, line_start, line_end, reference, false) {
                return Some(dateline);
            }
            let line = doc.slice(line_start, line_end).trim();
            if line.chars().count() > 80 || line.ends_with(['.', ':']) {
                break;
            }
        }
    }
    // The lead of a news story, after its headline and maybe a deck and a byline: "SANTO
    // DOMINGO.- La ...".
    for &(start, end) in paragraphs.iter().take(4) {
        if let Some(dateline) = place_only_at(doc, start, end) {
            return Some(dateline);
        }
    }
    let tail_start =
        paragraphs.len().saturating_sub(TAIL_PARAGRAPHS).max(HEAD_PARAGRAPHS.min(paragraphs.len()));
    for &(start, end) in paragraphs.iter().skip(tail_start).rev() {
        for (line_start, line_end) in lines(doc.text, start, end) {
            if let Some(dateline) = dateline_at(doc, line_start, line_end, reference, true) {
                return Some(dateline);
            }
        }
    }
    None
}

/// Tries the line `start..end` as a dateline.
fn dateline_at(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    reference: Option<CivilDate>,
    closing: bool,
) -> Option<Dateline> {
    // The date must start within MAX_PREFIX_CHARS of the line's start: read only a window that
    // holds such a prefix, the longest date and an agency tag, not a whole first paragraph.
    let mut cut = end.min(start + DATELINE_WINDOW);
    while cut < end && !doc.text.is_char_boundary(cut) {
        cut += 1;
    }
    let line = doc.text.get(start..cut)?;
    let found = dates::find(&Doc::new(line), reference).mentions;
    // A date running into the window's edge may be cut short: not read from a window.
    let whole = |m: &DateMention| cut == end || m.span.end + WINDOW_MARGIN <= line.len();
    let Some(date) = found.iter().find(|m| is_day_mention(m) && whole(m)) else {
        return if closing { None } else { agency_day_at(doc, start, line, reference) };
    };
    let mut prefix = line.get(..date.span.start)?;
    // "Santo Domingo, 14 de febrero": a capitalised weekday glued to a place word is part of
    // the place, not of the date.
    let date_text = line.get(date.span.start..date.span.end).unwrap_or("");
    let first_word: String = date_text.chars().take_while(|c| c.is_alphabetic()).collect();
    let glued = !prefix.is_empty() && !prefix.trim_end().ends_with(',') && !prefix.trim_end().is_empty();
    if glued
        && first_word.starts_with(char::is_uppercase)
        && WEEKDAYS.contains(&first_word.to_lowercase().as_str())
    {
        let after_word = date.span.start + first_word.len();
        let rest = line.get(after_word..).unwrap_or("");
        let skipped = rest.len() - rest.trim_start_matches([',', ' ']).len();
        prefix = line.get(..after_word + skipped)?;
    }
    if prefix.chars().count() > MAX_PREFIX_CHARS {
        return None;
    }
    let after_date = line.get(date.span.end..).unwrap_or("");
    let tag_len = AGENCY_TAG
        .captures(after_date)
        .filter(|caps| words_at_most(caps.name("tag"), 3))
        .and_then(|caps| caps.get(0))
        .map_or(0, |m| m.end());
    let text_end = start + date.span.end + tag_len;
    let value = date.value.as_deref().filter(|v| v.len() == 10).map(str::to_string);

    if let Some(caps) = PLACE_PREFIX.captures(prefix) {
        let place = caps.name("place").map(|m| m.as_str()).unwrap_or("");
        // At the foot, "Dado en ..." or a line that is the dateline alone ("Tegucigalpa,
        // M.D.C., 5 de diciembre de 2023" closing a notice).
        let alone = cut == end
            && after_date.get(tag_len..).is_some_and(|rest| rest.trim_matches([' ', '.']).is_empty());
        let is_closing = caps.name("lead").is_some() || closing && alone;
        if plausible_place(place) && (!closing || is_closing) {
            let text_start = start + caps.name("lead").map_or(0, |m| m.end());
            return Some(Dateline {
                text: doc.slice(text_start, text_end).to_string(),
                span: Span::new(text_start, text_end),
                place: Some(place_as_written(place)),
                date: value,
                rule: if is_closing { "dateline.closing" } else { "dateline.place_date" }.to_string(),
            });
        }
    }
    if !closing && is_ministry_prefix(prefix) {
        let start = start + ministry_start(prefix);
        return Some(Dateline {
            text: doc.slice(start, text_end).to_string(),
            span: Span::new(start, text_end),
            place: None,
            date: value,
            rule: "dateline.ministry_date".to_string(),
        });
    }
    None
}

/// A wire dateline with the day of the month only: "BRUSELAS, 12 (EUROPA PRESS)", "Madrid, 3
/// (EFE)". The month is the reference date's, or the one before when the day is later than
/// the reference's (a story filed on the 12th read on 2 January was filed on 12 December).
/// Up to four words of place, one to three of tag ([`agency_day_captures`]).
static AGENCY_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}'’\-]+";
    Regex::new(&format!(
        r"^(?P<place>{word}(?:\s+(?:de\s+|del\s+|la\s+|los\s+|las\s+)?{word})*),\s*(?P<day>\d{{1,2}})\s*\((?P<tag>(?:\p{{Lu}}[\p{{L}}.]*\s*)+)\)"
    ))
    .expect("static regex")
});

/// [`AGENCY_DAY`]'s captures of `line`, within the pattern's word bounds.
fn agency_day_captures(line: &str) -> Option<regex::Captures<'_>> {
    AGENCY_DAY
        .captures(line)
        .filter(|caps| capitalised_words_at_most(caps.name("place"), 4) && words_at_most(caps.name("tag"), 3))
}

/// Tries `line` (at byte `start`) as an [`AGENCY_DAY`] dateline (rule `dateline.agency_day`).
fn agency_day_at(doc: &Doc<'_>, start: usize, line: &str, reference: Option<CivilDate>) -> Option<Dateline> {
    let caps = agency_day_captures(line)?;
    let place = caps.name("place")?.as_str();
    let day: u8 = caps.name("day")?.as_str().parse().ok()?;
    if !plausible_place(place) || !(1..=31).contains(&day) {
        return None;
    }
    let date = reference.and_then(|r| {
        let (year, month) = if day <= r.day() {
            (r.year(), r.month())
        } else if r.month() == 1 {
            (r.year() - 1, 12)
        } else {
            (r.year(), r.month() - 1)
        };
        CivilDate::new(year, month, day)
    });
    let end = start + caps.get(0)?.end();
    Some(Dateline {
        text: doc.slice(start, end).to_string(),
        span: Span::new(start, end),
        place: Some(place_as_written(place)),
        date: date.map(|d| d.to_string()),
        rule: "dateline.agency_day".to_string(),
    })
}

/// The day mention of an [`AGENCY_DAY`] dateline ("12" = its date), which the date grammar
/// does not read alone.
pub fn agency_day_mention(doc: &Doc<'_>, dateline: &Dateline) -> Option<DateMention> {
    if dateline.rule != "dateline.agency_day" {
        return None;
    }
    let caps = agency_day_captures(doc.slice(dateline.span.start, dateline.span.end))?;
    let day = caps.name("day")?;
    Some(DateMention {
        text: day.as_str().to_string(),
        span: Span::new(dateline.span.start + day.start(), dateline.span.start + day.end()),
        value: dateline.date.clone(),
        kind: DateKind::Date,
        relative: true,
        rule: "date.agency_day".to_string(),
    })
}

/// [`PLACE_ONLY`]'s captures of `text`, within the pattern's word bounds.
fn place_only_captures(text: &str) -> Option<regex::Captures<'_>> {
    PLACE_ONLY
        .captures(text)
        .filter(|caps| capitalised_words_at_most(caps.name("place"), 4) && words_at_most(caps.name("tag"), 3))
}

/// Tries the start of the paragraph `start..end` as a place-only news dateline.
fn place_only_at(doc: &Doc<'_>, start: usize, end: usize) -> Option<Dateline> {
    if doc.headings.iter().any(|&(hs, he)| hs <= start && end <= he) {
        return None;
    }
    let paragraph = doc.text.get(start..end)?;
    // A paragraph that is only a short line is a title, not a dateline; a lead of one long
    // sentence is running text.
    let one_sentence_lead = paragraph.trim_end().ends_with('.') && paragraph.split_whitespace().count() >= 12;
    if !paragraph.contains(". ") && !one_sentence_lead {
        return None;
    }
    let caps = place_only_captures(paragraph)?;
    let place = caps.name("place")?;
    if !plausible_place(place.as_str()) {
        return None;
    }
    let text = caps.name("head")?.as_str();
    Some(Dateline {
        text: text.to_string(),
        span: Span::new(start, start + text.len()),
        place: Some(place_as_written(place.as_str())),
        date: None,
        rule: "dateline.place_only".to_string(),
    })
}

/// Where the ministry's name starts in a header prefix: after the last lower-case word that is
/// not a particle, so a subtitle glued before it by a scraper ("Afiliados extranjeros
/// Inclusión, Seguridad Social y Migraciones - ") is left out.
fn ministry_start(prefix: &str) -> usize {
    let mut start = 0;
    let mut offset = 0;
    for word in prefix.split_inclusive(' ') {
        let bare = word.trim().trim_end_matches(',');
        let lowercase = bare.chars().next().is_some_and(char::is_lowercase);
        if lowercase && !matches!(bare, "y" | "e" | "de" | "del" | "la" | "las" | "los" | "el" | "para") {
            start = offset + word.len();
        }
        offset += word.len();
    }
    start
}

/// A mention that names a day (possibly yearless, then with a null value).
fn is_day_mention(mention: &DateMention) -> bool {
    matches!(mention.kind, DateKind::Date | DateKind::Datetime)
}

/// The place as an analyst writes it: an all-capitals "MADRID" becomes "Madrid" (particles in
/// lower case); anything else is kept as written.
fn place_as_written(place: &str) -> String {
    // "Bogotá D.C.", "México D.F.": a district's letters with no comma before them are a region,
    // as they are after one ("Bogotá, D. C."), not part of the place.
    let place = [" D.C.", " D. C.", " D.F.", " D. F."]
        .iter()
        .find_map(|district| place.strip_suffix(district))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(place);
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return place.to_string();
    }
    place
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && matches!(lower.as_str(), "de" | "del" | "la" | "las" | "los" | "el" | "y") {
                lower
            } else {
                let mut chars = lower.chars();
                chars.next().map(|f| f.to_uppercase().chain(chars).collect()).unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte ranges of the lines of `start..end`.
fn lines(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = start;
    let block = text.get(start..end).unwrap_or("");
    for (index, _) in block.match_indices('\n') {
        out.push((line_start, start + index));
        line_start = start + index + 1;
    }
    out.push((line_start, end));
    out
}

/// The title: the first heading, else a headline-like paragraph among the first ones, that is
/// neither the dateline, a letterhead (the issuing body's name alone), a communiqué number
/// ("Comunicado No. 45") nor a country's name alone ("República de Costa Rica").
pub fn find_title(
    doc: &Doc<'_>,
    dateline: Option<&Dateline>,
    organizations: &[Organization],
) -> Option<String> {
    let usable = |start: usize, end: usize| {
        let text = doc.slice(start, end).trim();
        !text.is_empty()
            && !dateline.is_some_and(|d| d.span.start < end && start < d.span.end)
            && !is_letterhead(doc, start, end, organizations)
            && !COMMUNIQUE_NUMBER.is_match(text)
            && !is_state_line(text)
            // Not a reference code alone ("C-014/24", "087-2023").
            && (text.contains(char::is_whitespace) || !text.contains(|c: char| c.is_ascii_digit()))
    };
    // A heading that only names the genre ("COMUNICADO DE PRENSA") leaves the title to the head.
    let genre_only = |start: usize, end: usize| GENRE_LABEL.is_match(doc.slice(start, end).trim());
    // A letterhead set in bold ("**MINISTERIO DE RELACIONES EXTERIORES**") is a heading line
    // too, but a banner, not the title.
    let heading = doc.headings.iter().find(|&&(start, end)| {
        usable(start, end) && !genre_only(start, end) && !is_banner(doc.slice(start, end).trim())
    });
    if let Some(&(start, end)) = heading {
        return Some(doc.slice(start, end).trim().to_string());
    }
    // A genre label ("Comunicado de prensa") or a banner ("LA CASA BLANCA") is the title only
    // when no headline follows it in the head.
    let mut label: Option<String> = None;
    // Letterhead lines, labels and the dateline are passed over, so the headline may sit a few
    // paragraphs further down than the dateline's search window.
    for &(start, end) in doc.paragraphs().iter().take(HEAD_PARAGRAPHS + 3) {
        if !usable(start, end) {
            continue;
        }
        let paragraph = doc.slice(start, end).trim();
        let headline_like = !paragraph.contains('\n')
            && paragraph.chars().count() <= 220
            && paragraph.split_whitespace().count() >= 2
            && !paragraph.ends_with(['.', ':', ';', ','])
            && paragraph
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡' || c == '“' || c == '"');
        // Every label line is passed over, one-word ones ("COMUNICADO") too; the first that
        // reads like a headline is kept in case no headline follows.
        // A one-word line ("Interior", a ministry's section banner) is no headline either.
        // "Comunicado de la Presidencia Pro Tempore": the genre and its issuer.
        let label_like = !paragraph.contains('\n')
            && (GENRE_LABEL.is_match(paragraph)
                || paragraph.get(..10).is_some_and(|w| w.eq_ignore_ascii_case("comunicado"))
                    && COMMUNIQUE_OF_NAME.is_match(paragraph)
                || is_banner(paragraph)
                || is_banner_over_headline(doc, start, end, dateline)
                || !paragraph.contains(char::is_whitespace));
        if label_like {
            if headline_like && label.is_none() {
                label = Some(paragraph.to_string());
            }
            continue;
        }
        return if headline_like { Some(paragraph.to_string()) } else { label };
    }
    label
}

/// What may follow a genre word in a label, up to twice: "Comunicado Conjunto de Prensa",
/// "Boletín Estadístico", "Nota informativa".
/// The word after "a la comunidad" is a Spanish adjective ("salvadoreña"): a class of Spanish
/// letters, not `\w`, which is costly to compile and is copied four times (two repetitions, two
/// patterns).
const GENRE_QUALIFIERS: &str = r"(?:\s+(?:de\s+prensa|informativ[oa]|oficial|conjunt[oa]|consular|importante|estad[ií]stic[oa]|a\s+la\s+opini[oó]n\s+p[úu]blica|a\s+la\s+comunidad(?:\s+[a-zñáéíóúü]+)?)){0,2}";

/// A line naming only the kind of document: "Comunicado de prensa", "Nota informativa",
/// "COMUNICADO CONJUNTO", "Boletín".
static GENRE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:comunicado|nota|bolet[ií]n|aviso){GENRE_QUALIFIERS}$"))
        .expect("static regex")
});

/// A line in capitals that names a body (a head noun and capitalised words: "MINISTERIO DE
/// ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN") over a headline in the usual case, both
/// before the dateline: a letterhead, however long, and not the title.
fn is_banner_over_headline(doc: &Doc<'_>, start: usize, end: usize, dateline: Option<&Dateline>) -> bool {
    let line = doc.slice(start, end).trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let caps_name = !line.contains('\n')
        && !line.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        && names_a_body(&words, 3..=12);
    if !caps_name {
        return false;
    }
    let Some(&(next_start, next_end)) = doc.paragraphs().iter().find(|p| p.0 >= end) else { return false };
    let next = doc.slice(next_start, next_end).trim();
    !next.contains('\n')
        && next.chars().any(char::is_lowercase)
        && next.split_whitespace().count() >= 4
        && !next.ends_with('.')
        && dateline.is_some_and(|d| d.span.start >= next_end)
}

/// A short all-capitals line with no digits over the head: an institution's banner
/// ("LA CASA BLANCA", "MINISTERIO DEL INTERIOR"), not a headline.
/// Longer ones are banners when they open with an organisation's head and end with its
/// country ("MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ"); "MINISTERIO DE SALUD LANZA
/// CAMPAÑA ..." is a headline.
fn is_banner(paragraph: &str) -> bool {
    let caps = !paragraph.chars().any(|c| c.is_ascii_digit() || c.is_lowercase())
        && paragraph.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    let words = paragraph.split_whitespace().count();
    if !caps || words > 10 {
        return false;
    }
    if words <= 5 {
        return true;
    }
    let first = paragraph.split_whitespace().find(|w| !matches!(*w, "LA" | "EL" | "LOS" | "LAS"));
    let body = first.is_some_and(|w| crate::organizations::is_org_head(&crate::organizations::fold(w)));
    let line = paragraph.trim_end();
    body && crate::countries::find(&Doc::new(line)).last().is_some_and(|c| c.span.end == line.len())
}

/// Whether `words` are a body's name: the first (after an article) an organisation's head,
/// every word a linking word or capitalised (a comma may close one: "ASUNTOS EXTERIORES,"), the
/// last no linking word, and their number in `count`. Linking words are matched in any case.
fn names_a_body(words: &[&str], count: std::ops::RangeInclusive<usize>) -> bool {
    let linker = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "de" | "del" | "la" | "las" | "los" | "el" | "y" | "e" | "para" | "en" | "sobre" | "contra"
        )
    };
    let article = |w: &&&str| matches!(w.to_lowercase().as_str(), "la" | "el" | "los" | "las");
    count.contains(&words.len())
        && words
            .iter()
            .find(|w| !article(w))
            .is_some_and(|w| crate::organizations::is_org_head(&crate::organizations::fold(w)))
        && words.iter().all(|w| {
            let w = w.strip_suffix(',').unwrap_or(w);
            linker(w)
                || w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && words.last().is_some_and(|w| !linker(w))
}

/// A line that is only a body's head noun and its capitalised qualifiers ("Secretaría
/// General", "Dirección de Comunicación Social" under a letterhead). A body's full name in the
/// usual case may run long ("Centro de Coordinación para la Prevención de los Desastres en
/// América Central y República Dominicana"); a line in capitals longer than six words is the
/// banner rules'.
fn is_body_head_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let most = if line.chars().any(char::is_lowercase) { 16 } else { 6 };
    names_a_body(&words, 2..=most)
}

/// "Comunicado No. 45", "Comunicado de prensa 12/2023", "Nota informativa N.° 078-2024",
/// "Aviso consular n.º 2025-031", "Comunicado SG/C/41/2025" (a coded number),
/// "Información para la Prensa N° 412/24" (a state line is [`REPUBLIC`]'s).
static COMMUNIQUE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:(?:comunicado|nota|bolet[ií]n|circular|aviso|informaci[oó]n\s+para\s+la\s+prensa){GENRE_QUALIFIERS}(?:\s+(?:no\.?|nro\.?|n\.?\s?[º°]|n[úu]m\.?|número)?\s*(?:[a-z]{{1,6}}[/\-.])*\d[\d/\-]*)(?:\s*\([^()\n]{{1,60}}\))?|estados\s+unidos\s+mexicanos)$"))
        .expect("static regex")
});

/// A letterhead's state line: "República de Costa Rica", "República Argentina", "República
/// Oriental del Uruguay", "Estado Plurinacional de Bolivia", "Reino de España" (capitalised
/// words only, so "República Dominicana y Haití acuerdan ..." stays a headline).
/// One to four words after the head ([`is_state_line`]).
static REPUBLIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:República|Republica|Estado\s+Plurinacional|Reino|Principado)(?P<rest>(?:\s+(?:de|del|la|DE|DEL|LA|\p{Lu}[\p{L}\-]*))+)$",
    )
    .expect("static regex")
});

/// Whether `line` is a [`REPUBLIC`] state line.
fn is_state_line(line: &str) -> bool {
    REPUBLIC.captures(line).is_some_and(|caps| words_at_most(caps.name("rest"), 4))
}

/// A line that is only an organisation's name (a letterhead): an organisation mention starts
/// the line and covers nearly all of it.
fn is_letterhead(doc: &Doc<'_>, start: usize, end: usize, organizations: &[Organization]) -> bool {
    let line = doc.slice(start, end);
    if line.contains('\n') || line.ends_with('.') {
        return false;
    }
    if is_body_head_line(line.trim()) {
        return true;
    }
    // "CONSULADO GENERAL DE HONDURAS EN NUEVA ORLEANS": a body's name in capitals, which the
    // organisations extractor reads only in running text.
    let trimmed = line.trim();
    if !trimmed.chars().any(char::is_lowercase) && trimmed.contains(' ') {
        let folded = crate::organizations::fold(trimmed);
        if organizations.iter().any(|o| crate::organizations::fold(&o.name) == folded) {
            return true;
        }
    }
    // "Ministerio de Seguridad Pública Comunicado de prensa": a letterhead and its genre label
    // on separate lines, reflowed into one.
    let line = line
        .char_indices()
        .filter(|&(i, c)| {
            c == ' ' && line.get(i + 1..).is_some_and(|rest| GENRE_LABEL.is_match(rest.trim_end()))
        })
        .map(|(i, _)| line.get(..i).unwrap_or(line))
        .next()
        .unwrap_or(line);
    let mut lead = line.len() - line.trim_start().len();
    // "PERÚ | Ministerio de Relaciones Exteriores": a brand before a bar.
    if let Some(bar) = line.find(" | ").filter(|&b| b <= 30) {
        lead = bar + " | ".len();
    }
    let named = line.get(lead..).unwrap_or("").trim_end();
    organizations.iter().flat_map(|o| o.mentions.iter()).any(|m| {
        m.start == start + lead && m.end <= start + line.len() && (m.end - m.start) * 10 >= named.len() * 7
    })
}

/// Reporting verbs that make the subject of the first sentence the issuer.
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:,[^,]{0,80},\s*)?(?:informa|comunica|anuncia|convoca|invita|notifica|aclara|recuerda|exhorta|agradece|felicita|rechaza|da a conocer|hace del conocimiento|expresa|manifiesta|saluda|condena|lamenta|reitera|celebra|emite|desea informar)\b")
        .expect("static regex")
});
/// The same verbs in the past, news style ("El SERMIG dio a conocer hoy ..."): they make an
/// issuer only in the lead paragraph; later they report what a body said.
static REPORTED_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:,[^,]{0,80},\s*)?(?:inform[oó]|comunic[oó]|anunci[oó]|dio a conocer|hizo del conocimiento|notific[oó])\b")
        .expect("static regex")
});
/// A news agency's tag in a dateline.
static WIRE_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:EFE|Notimex|NTX|AFP|AP|Reuters|Prensa Latina|PL|Europa Press|EP|DPA|dpa|ANSA|Xinhua|Andina|ANDINA|Télam|ABI|AVN|Sputnik|EFE/[^)]{1,30})\)")
        .expect("static regex")
});
/// "Comunicado (de prensa / conjunto) del|de la" just before the issuer in a title.
static COMMUNIQUE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:comunicado|nota|bolet[ií]n|declaraci[oó]n|pronunciamiento)(?:\s+de\s+prensa|\s+conjunto|\s+oficial)?\s+(?:del|de\s+la|de\s+los|de)\s+$")
        .expect("static regex")
});

/// The issuing body: the organisation named after "Comunicado del/de la" in the title or head,
/// the subject of a reporting verb at the start of the body, or a ministry header.
pub fn find_issuer(
    doc: &Doc<'_>,
    organizations: &[Organization],
    dateline: Option<&Dateline>,
) -> Option<Issuer> {
    let head_end = {
        let all = doc.paragraphs();
        all.get(..(HEAD_PARAGRAPHS + 1).min(all.len())).and_then(|p| p.last()).map_or(0, |p| p.1)
    };
    let mut mentions: Vec<(&Organization, Span)> = organizations
        .iter()
        .flat_map(|org| org.mentions.iter().map(move |span| (org, *span)))
        .filter(|(_, span)| span.end <= head_end)
        .collect();
    mentions.sort_by_key(|(_, span)| span.start);
    for (org, span) in &mentions {
        let before = doc.text.get(span.start.saturating_sub(60)..span.start).unwrap_or("");
        let before = before.get(before.find(' ').map_or(0, |i| i + 1)..).unwrap_or(before);
        if COMMUNIQUE_OF.is_match(before) {
            return Some(issuer(doc, org, *span, "issuer.communique_of"));
        }
    }
    if let Some(found) = communique_of_name(doc, head_end, organizations) {
        return Some(found);
    }
    for &(start, end) in doc.paragraphs().iter().take(HEAD_PARAGRAPHS) {
        if dateline.is_some_and(|d| d.span.start < end && start < d.span.end) {
            break;
        }
        if is_letterhead(doc, start, end, organizations) {
            if let Some((org, span)) =
                mentions.iter().find(|(_, span)| span.start >= start && span.end <= end)
            {
                if let Some(found) = unit_under_letterhead(doc, organizations, org, span.end) {
                    return Some(found);
                }
                return Some(issuer(doc, org, *span, "issuer.letterhead"));
            }
        }
        // A ministry's section banner ("Interior" over "Madrid, martes 7 de mayo de 2024"): the
        // ministry the text names by it ("la sede del Ministerio del Interior").
        if let Some(found) = section_banner(doc, start, end, dateline, organizations) {
            return Some(found);
        }
    }
    // An institution's banner over the dateline names the issuer before the lead's subject
    // does ("MINISTERIO DE RELACIONES EXTERIORES" over "El Gobierno de la República ... condena").
    if let Some(found) = banner_issuer(doc, dateline) {
        return Some(found);
    }
    // The lead: the first paragraph of running text (a sentence of a dozen words or more).
    let lead_paragraph =
        doc.paragraphs().iter().take(HEAD_PARAGRAPHS + 1).copied().find_map(|(start, end)| {
            let paragraph = doc.slice(start, end).trim_end();
            (paragraph.ends_with('.') && paragraph.split_whitespace().count() >= 12).then_some(start)
        });
    // A wire story ("Quito, 1 abr (EFE)") reports what a body said, in its headline too ("La
    // Comunidad Andina convoca una cumbre ..."); the body did not issue it.
    let wire_story = WIRE_TAG.is_match(doc.text.get(..head_end).unwrap_or(""));
    for (org, span) in &mentions {
        let paragraph_start = doc.text.get(..span.start).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
        let lead = doc.text.get(paragraph_start..span.start).unwrap_or("").trim();
        // The subject opens the paragraph, maybe after its article and an inline dateline.
        let lead = ["El", "La", "Los", "Las"]
            .iter()
            .find_map(|article| {
                lead.strip_suffix(article).filter(|rest| rest.is_empty() || rest.ends_with(' '))
            })
            .unwrap_or(lead)
            .trim_end();
        let lead_ok = lead.is_empty() || lead.ends_with(".-") || lead.ends_with(".–") || lead.ends_with(".—");
        let after = doc.text.get(span.end..).unwrap_or("");
        let in_lead = lead_paragraph == Some(paragraph_start) && !wire_story;
        if lead_ok
            && !wire_story
            && (REPORTING_VERB.is_match(after) || (in_lead && REPORTED_VERB.is_match(after)))
        {
            return Some(issuer(doc, org, *span, "issuer.reporting_verb"));
        }
    }
    let dateline = dateline.filter(|d| d.rule == "dateline.ministry_date")?;
    let ministry_end =
        doc.text.get(dateline.span.start..dateline.span.end)?.find([' ', '-', '–', '—']).map(|_| {
            let text = doc.slice(dateline.span.start, dateline.span.end);
            let cut =
                text.find(" -").or_else(|| text.find(" –")).or_else(|| text.find(" —")).unwrap_or(text.len());
            dateline.span.start + cut
        })?;
    let text = doc.slice(dateline.span.start, ministry_end).trim().to_string();
    if text.is_empty() {
        return None;
    }
    // The header names the ministry by its portfolio: "Interior" is the Ministerio del Interior.
    let name = if text.starts_with("Interior") {
        format!("Ministerio del {text}")
    } else if text.starts_with("Ministerio") {
        text.clone()
    } else {
        format!("Ministerio de {text}")
    };
    Some(Issuer {
        span: Span::new(dateline.span.start, dateline.span.start + text.len()),
        text,
        name,
        rule: "issuer.ministry_header".to_string(),
    })
}

/// Rule `issuer.letterhead_unit`: a unit's line under the body's letterhead ("COMUNIDAD ANDINA"
/// over "Secretaría General") names the issuer when the text names that unit of that body
/// ("la Secretaría General de la Comunidad Andina (SGCAN)").
fn unit_under_letterhead(
    doc: &Doc<'_>,
    organizations: &[Organization],
    body: &Organization,
    body_end: usize,
) -> Option<Issuer> {
    let rest = doc.text.get(body_end..)?;
    let line = rest.trim_start_matches([' ', '\t']).strip_prefix('\n')?.trim_start_matches('\n');
    let line = line.split('\n').next()?.trim();
    if line.split_whitespace().count() > 6 || !is_body_head_line(line) {
        return None;
    }
    let unit = crate::organizations::fold(line);
    let body_name = crate::organizations::fold(&body.name);
    let named = |name: &str| {
        let name = crate::organizations::fold(name);
        name.strip_prefix(&unit).and_then(|tail| {
            ["de la ", "del ", "de los ", "de las ", "de "]
                .iter()
                .find_map(|p| tail.strip_prefix(&format!(" {p}")))
        }) == Some(body_name.as_str())
    };
    let org = organizations.iter().find(|o| named(&o.name))?;
    let span = *org.mentions.iter().min_by_key(|m| m.start)?;
    Some(issuer(doc, org, span, "issuer.letterhead_unit"))
}

/// "Comunicado de la Presidencia Pro Tempore de la Conferencia Suramericana sobre Migraciones":
/// the capitalised name after "Comunicado de(l)" in a line of its own, when no organisation was
/// recognised there (offices such as a pro tempore presidency, "los Presidentes de ...").
/// An office held by someone and followed by the body it serves ("Presidencia Pro Tempore de
/// Honduras de la CRM") is the holder's office: the name stops before the body.
fn communique_of_name(doc: &Doc<'_>, head_end: usize, organizations: &[Organization]) -> Option<Issuer> {
    let head = doc.text.get(..head_end)?;
    let caps = COMMUNIQUE_OF_NAME.captures(head)?;
    let name = caps.name("name")?;
    let mut text = name.as_str().trim_end();
    // After a bare "de", one word is a place or a genre ("Declaración de Mendoza",
    // "Comunicado de Prensa"), not an issuing body.
    let bare_de = caps.name("prep").is_some_and(|p| p.as_str() == "de");
    if GENRE_WORDS.iter().any(|w| text.eq_ignore_ascii_case(w)) || (bare_de && !text.contains(' ')) {
        return None;
    }
    // After a bare "de", a name that is no organisation is a place ("Declaración de Buenos
    // Aires", "Declaración de San José").
    if bare_de
        && !organizations.iter().flat_map(|org| org.mentions.iter()).any(|span| span.start == name.start())
    {
        return None;
    }
    // "Comunicado Conjunto de la República de Cuba y la República Dominicana": states, not an
    // issuing body; the letterhead's ministry issues it.
    let states = text.split(" y ").all(|part| {
        let part = ["la ", "el ", "los ", "las "].iter().find_map(|a| part.strip_prefix(a)).unwrap_or(part);
        crate::countries::is_country_form(part)
    });
    if states {
        return None;
    }
    let body_start = organizations
        .iter()
        .flat_map(|org| org.mentions.iter())
        .map(|span| span.start)
        .filter(|&start| start > name.start() && start < name.start() + text.len())
        .min();
    // "Comunicado conjunto de la II Reunión Plenaria de la Comisión ...": a meeting issues
    // nothing; the body that met does, when it is a known organisation.
    if EVENT_OPENING.is_match(text) {
        let org =
            organizations.iter().find(|org| org.mentions.iter().any(|m| Some(m.start) == body_start))?;
        let span = org.mentions.iter().find(|m| Some(m.start) == body_start)?;
        return Some(issuer(doc, org, *span, "issuer.communique_of"));
    }
    if let Some(held) = body_start
        .and_then(|start| doc.text.get(name.start()..start))
        .and_then(|before| HELD_OFFICE.captures(before))
        .and_then(|c| c.name("office"))
    {
        text = held.as_str();
    }
    Some(Issuer {
        text: text.to_string(),
        span: Span::new(name.start(), name.start() + text.len()),
        name: text.to_string(),
        rule: "issuer.communique_of".to_string(),
    })
}

/// A short line just above the dateline naming a ministry by its portfolio ("Interior",
/// "Asuntos Exteriores, Unión Europea y Cooperación"), when the text names that ministry.
fn section_banner(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    dateline: Option<&Dateline>,
    organizations: &[Organization],
) -> Option<Issuer> {
    let line = doc.slice(start, end).trim();
    let next_is_dateline = dateline.is_some_and(|d| {
        d.span.start > end && doc.text.get(end..d.span.start).is_some_and(|gap| gap.trim().is_empty())
    });
    if !next_is_dateline || line.contains('\n') || line.split_whitespace().count() > 8 || line.ends_with('.')
    {
        return None;
    }
    let portfolio = crate::organizations::fold(line);
    let org = organizations.iter().find(|org| {
        let name = crate::organizations::fold(&org.name);
        ["ministerio de ", "ministerio del ", "ministerio de la "]
            .iter()
            .any(|prefix| name.strip_prefix(prefix).is_some_and(|rest| rest == portfolio))
    })?;
    let span = *org.mentions.first()?;
    Some(issuer(doc, org, span, "issuer.section_banner"))
}

/// The institution's banner opening the document, before the dateline ("LA CASA BLANCA",
/// "MINISTERIO DEL INTERIOR"): the issuer, written in the usual case without its article.
fn banner_issuer(doc: &Doc<'_>, dateline: Option<&Dateline>) -> Option<Issuer> {
    // A state line over the ministry ("REPÚBLICA DEL PARAGUAY") is the country, not the issuer.
    let head = &doc.paragraphs()[..doc.paragraphs().len().min(2)];
    let state = |&&(start, end): &&(usize, usize)| is_state_line(doc.slice(start, end).trim());
    let &(start, end) = head.iter().find(|p| !state(p))?;
    if dateline.is_none_or(|d| d.span.start < end) {
        return None;
    }
    let line = doc.slice(start, end).trim_end();
    // A letterhead that writes the body's full name in the usual case ("Centro de Coordinación
    // para la Prevención de los Desastres en América Central y República Dominicana") names the
    // issuer as written; a short one ("Secretaría General") only names a unit of it.
    if !line.contains('\n')
        && line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() >= 4
        && is_body_head_line(line)
    {
        return Some(Issuer {
            text: line.to_string(),
            span: Span::new(start, start + line.len()),
            name: line.to_string(),
            rule: "issuer.letterhead_name".to_string(),
        });
    }
    if line.contains('\n')
        || !(is_banner(line) || is_banner_over_headline(doc, start, end, dateline))
        || line.split_whitespace().count() < 2
        || GENRE_LABEL.is_match(line)
    {
        return None;
    }
    let article =
        ["LA ", "EL ", "LOS ", "LAS "].iter().find(|a| line.starts_with(**a)).map_or(0, |a| a.len());
    let text = line.get(article..)?;
    let name = text
        .split(' ')
        .enumerate()
        .map(|(index, word)| {
            let lower = word.to_lowercase();
            if word.contains('.') {
                word.to_string()
            } else if index > 0
                && matches!(
                    lower.as_str(),
                    "de" | "del" | "la" | "las" | "los" | "y" | "e" | "para" | "en" | "sobre"
                )
            {
                lower
            } else {
                let mut chars = lower.chars();
                chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ");
    Some(Issuer {
        text: text.to_string(),
        span: Span::new(start + article, start + line.len()),
        name,
        rule: "issuer.banner".to_string(),
    })
}

/// Several words after "Comunicado de" that still make a genre label, not an issuer (one word
/// after a bare "de" never names one: "Comunicado de Prensa").
const GENRE_WORDS: &[&str] = &["Interés Público", "Última Hora"];

/// The part of an office's name before "de la BODY" that already names its holder: it ends in
/// "de" + capitalised words ("Presidencia Pro Tempore de Honduras").
static HELD_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<office>\p{Lu}[\p{L}\-]*(?:\s+\p{L}[\p{L}\-]*)*?\s+de\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*)\s+(?:de\s+la|del|de\s+los|de\s+las)\s+$")
        .expect("static regex")
});

/// A heading line "Comunicado (Conjunto|de prensa)? de(l|la|los) NAME" up to the line end or a
/// parenthesis.
/// A name that opens with a meeting ("II Reunión Plenaria de ...", "Cumbre de ..."): an
/// event, not an issuing body.
static EVENT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\S+\s+){0,2}?(?:Reuni[oó]n|REUNI[OÓ]N|Cumbre|CUMBRE|Sesi[oó]n|SESI[OÓ]N|Encuentro|ENCUENTRO|Ronda|RONDA)\b")
        .expect("static regex")
});

static COMMUNIQUE_OF_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}\-]*";
    Regex::new(&format!(
        r"(?m)^(?:Comunicado|COMUNICADO|Declaración|Pronunciamiento)(?:\s+(?:Conjunto|conjunto|de prensa|oficial))?\s+(?P<prep>del|de la|de los|de las|de)\s+(?P<name>{word}(?:[ \t]+(?:(?:de|del|la|las|los|y|para|sobre|en)[ \t]+)*{word})*)[ \t]*(?:\([^)\n]*\)[ \t]*)?$"
    ))
    .expect("static regex")
});

fn issuer(doc: &Doc<'_>, org: &Organization, span: Span, rule: &str) -> Issuer {
    Issuer {
        text: doc.slice(span.start, span.end).to_string(),
        span,
        name: org.name.clone(),
        rule: rule.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place_of(prefix: &str) -> Option<String> {
        PLACE_PREFIX.captures(prefix).and_then(|c| c.name("place")).map(|m| m.as_str().to_string())
    }

    #[test]
    fn place_prefixes() {
        let cases = [
            ("Ciudad de México, ", Some("Ciudad de México")),
            ("San José, Costa Rica, ", Some("San José")),
            ("Tegucigalpa, M.D.C., ", Some("Tegucigalpa")),
            ("México, D.F., a ", Some("México")),
            ("MADRID, ", Some("MADRID")),
            ("Lima, ", Some("Lima")),
            ("Bruselas, ", Some("Bruselas")),
            ("Dado en Panamá, a ", Some("Panamá")),
            ("Dada en Mendoza, República Argentina, a ", Some("Mendoza")),
            // The notarial formula: "a los veinticuatro días del mes de enero de 2023".
            ("Dada en Buenos Aires, República Argentina, a los ", Some("Buenos Aires")),
            ("Hecha en la ciudad de Quito, a ", Some("Quito")),
            ("Ciudad de Guatemala (SRE), ", Some("Ciudad de Guatemala")),
            ("El día ", None),
            ("Los Ángeles, ", Some("Los Ángeles")),
            ("En Lima, el ", None),
            ("concluyeron el ", None),
        ];
        for (prefix, expected) in cases {
            let place = place_of(prefix).filter(|p| plausible_place(p));
            assert_eq!(place.as_deref(), expected, "{prefix:?}");
        }
    }

    #[test]
    fn all_capital_places_are_written_as_an_analyst_would() {
        assert_eq!(place_as_written("MADRID"), "Madrid");
        assert_eq!(place_as_written("CIUDAD DE MÉXICO"), "Ciudad de México");
        assert_eq!(place_as_written("San José"), "San José");
    }

    #[test]
    fn place_only_news_datelines() {
        let cases = [
            ("México, DF. La Procuraduría General suscribió un convenio.", Some("México")),
            ("Tegucigalpa. Honduras retornará el próximo miércoles.", Some("Tegucigalpa")),
            ("París (AFP). Ministros de 22 países firmaron hoy.", Some("París")),
            ("Los Cabos, BCS. Inicia la reunión de cancilleres.", Some("Los Cabos")),
            ("Honduras retornará a la OEA. Así lo dijo.", None),
            ("Se destacó la labor. Luego habló.", None),
            // Four words of place at most, three of agency tag.
            ("San Juan de Puerto Rico. Llegó la ayuda.", Some("San Juan de Puerto Rico")),
            ("Uno Dos Tres Cuatro Cinco. Llegó la ayuda.", None),
            ("Lima (EFE Agencia Noticias). Llegó la ayuda.", Some("Lima")),
            ("Lima (EFE Agencia De Noticias). Llegó la ayuda.", None),
        ];
        for (text, expected) in cases {
            let place =
                place_only_captures(text).and_then(|c| c.name("place")).map(|m| m.as_str().to_string());
            let place = place.filter(|p| plausible_place(p));
            assert_eq!(place.as_deref(), expected, "{text:?}");
        }
    }

    /// A dateline under a two-line letterhead, a press label and the headline (fifth paragraph).
    #[test]
    fn a_dateline_under_a_long_head() {
        let text = "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto\n\nRepública Argentina\n\nInformación para la Prensa N° 412/24\n\nVisita oficial del ministro de Portugal\n\nBuenos Aires, 18 de septiembre de 2024.- El ministro recibió hoy a su homólogo.\n\nAmbos firmaron tres memorandos.";
        let found = find_dateline(&Doc::new(text), None).expect("dateline");
        assert_eq!(
            (found.place.as_deref(), found.date.as_deref()),
            (Some("Buenos Aires"), Some("2024-09-18"))
        );
    }

    /// A news lead after a headline and a deck, one long sentence: its place opens it.
    #[test]
    fn place_only_lead_after_headline_and_deck() {
        let text = "RD y Venezuela firman acuerdo\n\nMigración anuncia el primer vuelo\n\nSANTO DOMINGO.- La Dirección General de Migración informó ayer que la próxima semana partirá el primer vuelo de repatriación.";
        let found = find_dateline(&Doc::new(text), None).expect("dateline");
        assert_eq!(
            (found.place.as_deref(), found.rule.as_str()),
            (Some("Santo Domingo"), "dateline.place_only")
        );
    }

    /// After a byline too, and with an en dash: "BUENOS AIRES.– El presidente ...".
    #[test]
    fn place_only_lead_after_a_byline() {
        let text = "Confirman la cumbre del Mercosur\n\nEl Presidente anunció que los jefes de Estado se reunirán.\n\nPor Ana Belén Sosa\n\nBUENOS AIRES.– El presidente anunció ayer que la cumbre se realizará en julio en esta ciudad, con los cinco socios.";
        let found = find_dateline(&Doc::new(text), None).expect("dateline");
        assert_eq!((found.place.as_deref(), found.date.as_deref()), (Some("Buenos Aires"), None));
    }

    /// A dateline on the line after a numbered label, in one block.
    #[test]
    fn a_dateline_under_a_label_line() {
        let text = "Secretaría de Relaciones Exteriores\n\nComunicado No. 512\nCiudad de México, 6 de noviembre de 2025\n\nLa Cancillería informa sobre el Foro\n\nEn la conferencia se informó.";
        let found = find_dateline(&Doc::new(text), None).expect("dateline");
        assert_eq!(
            (found.place.as_deref(), found.date.as_deref(), found.text.as_str()),
            (Some("Ciudad de México"), Some("2025-11-06"), "Ciudad de México, 6 de noviembre de 2025")
        );
        // A paragraph of prose is not read past its first line.
        let text = "La Cancillería informó que el canciller viajará mañana a la región.\nCiudad de México, 6 de noviembre de 2025\n\nTexto.";
        assert!(find_dateline(&Doc::new(text), None).is_none_or(|d| d.rule == "dateline.closing"));
    }

    /// `dateline.agency_day`: a wire dateline with only the day; the month is the reference's,
    /// or the one before when the day is later than the reference's.
    #[test]
    fn wire_datelines_with_the_day_only() {
        let cases = [
            (
                "BRUSELAS, 12 (EUROPA PRESS)\n\nLos ministros adoptaron hoy el reglamento.",
                (2025, 12, 13),
                Some("2025-12-12"),
            ),
            ("Madrid, 28 (EFE)\n\nEl Gobierno aprobó hoy el plan.", (2026, 1, 2), Some("2025-12-28")),
            ("Lima, 3 (Andina)\n\nEl canciller viajó hoy.", (2024, 3, 5), Some("2024-03-03")),
        ];
        for (text, (y, m, d), expected) in cases {
            let reference = CivilDate::new(y, m, d);
            let doc = Doc::new(text);
            let found = find_dateline(&doc, reference).expect("dateline");
            assert_eq!(found.date.as_deref(), expected, "{text}");
            assert_eq!(found.rule, "dateline.agency_day");
            let day = agency_day_mention(&doc, &found).expect("day mention");
            assert_eq!(
                (&text[day.span.start..day.span.end], day.value.as_deref()),
                (day.text.as_str(), expected)
            );
        }
        // Four words of place at most, one to three words of tag.
        assert!(agency_day_captures("San Juan de Puerto Rico, 3 (EFE)").is_some());
        assert!(agency_day_captures("Uno Dos Tres Cuatro Cinco, 3 (EFE)").is_none());
        assert!(agency_day_captures("Madrid, 3 (Agencia EFE Madrid)").is_some());
        assert!(agency_day_captures("Madrid, 3 (Agencia EFE De Madrid)").is_none());
        // Without a reference date the day has no month: the place stays, the date is null.
        let found =
            find_dateline(&Doc::new("BRUSELAS, 12 (EUROPA PRESS)\n\nTexto."), None).expect("dateline");
        assert_eq!((found.place.as_deref(), found.date), (Some("Bruselas"), None));
    }

    #[test]
    fn ministry_headers() {
        assert!(is_ministry_prefix("Interior - "));
        assert!(is_ministry_prefix("Inclusión, Seguridad Social y Migraciones - "));
        assert!(!is_ministry_prefix("El día "));
        // The bounds of the name: two characters after its capital, at most 80.
        assert!(!is_ministry_prefix("Ab - "));
        assert!(is_ministry_prefix("Ab  - "));
        assert!(is_ministry_prefix("Abc - "));
        assert!(is_ministry_prefix(&format!("A{} - ", "b".repeat(80))));
        assert!(!is_ministry_prefix(&format!("A{} - ", "b".repeat(81))));
        let glued = "Afiliados extranjeros Inclusión, Seguridad Social y Migraciones - ";
        assert_eq!(&glued[ministry_start(glued)..], "Inclusión, Seguridad Social y Migraciones - ");
        assert_eq!(ministry_start("Interior - "), 0);
    }

    fn issuer_of(text: &str) -> Option<(String, String)> {
        let doc = Doc::new(text);
        crate::extract(&doc, &crate::Options::default()).issuer.map(|i| (i.name, i.rule))
    }

    #[test]
    fn issuers_named_after_communique_of() {
        let body = "\n\nLas delegaciones se reunieron durante dos días en la capital.";
        let cases = [
            // An office with its holder, then the body it serves: the holder's office.
            (
                "Comunicado de la Presidencia Pro Tempore de Chile de la Conferencia Regional sobre Migración (CRM)",
                Some("Presidencia Pro Tempore de Chile"),
            ),
            (
                "Comunicado de la Presidencia Pro Tempore de Costa Rica del Sistema de la Integración Centroamericana (SICA)",
                Some("Presidencia Pro Tempore de Costa Rica"),
            ),
            // No holder named: the office of the body, whole.
            (
                "Comunicado de la Secretaría Técnica de la Conferencia Regional sobre Migración",
                Some("Secretaría Técnica de la Conferencia Regional sobre Migración"),
            ),
            ("Comunicado de la Presidencia Pro Tempore de la Conferencia Suramericana sobre Migraciones", None),
            // A meeting is not an issuer; the body that met is, when it is an organisation.
            (
                "Comunicado conjunto de la XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración",
                Some("Conferencia Regional sobre Migración"),
            ),
        ];
        for (title, expected) in cases {
            let found = issuer_of(&format!("{title}{body}"));
            match expected {
                Some(name) => {
                    assert_eq!(found, Some((name.to_string(), "issuer.communique_of".to_string())), "{title}")
                }
                None => assert!(
                    found.as_ref().is_some_and(|(name, _)| name.contains("Conferencia Suramericana")),
                    "{title}: {found:?}"
                ),
            }
        }
    }

    fn title_of(text: &str) -> Option<String> {
        let doc = Doc::new(text);
        crate::extract(&doc, &crate::Options::default()).title
    }

    /// States named after "Comunicado Conjunto de" issue nothing: the letterhead's ministry does.
    #[test]
    fn states_are_no_issuer() {
        let text = "MINISTERIO DE RELACIONES EXTERIORES\n\nComunicado Conjunto de la República de Cuba y la República Dominicana\n\nLa Habana, 17 de abril de 2026\n\nLos cancilleres se reunieron en la capital.";
        assert_eq!(
            issuer_of(text).map(|(name, _)| name).as_deref(),
            Some("Ministerio de Relaciones Exteriores")
        );
    }

    #[test]
    fn a_meeting_issues_nothing() {
        let text = "Comunicado conjunto de la II Reunión Plenaria de la Mesa Trinacional Norte\n\nLas \
                    delegaciones se reunieron durante dos días en la capital.";
        assert_eq!(issuer_of(text), None);
    }

    #[test]
    fn genre_labels_and_banners_give_way_to_a_headline() {
        let body = "Las delegaciones se reunieron durante dos días en la capital y acordaron un plan.";
        let cases = [
            (format!("Comunicado de Prensa\n\nCancilleres acuerdan un plan común\n\n{body}"), Some("Cancilleres acuerdan un plan común")),
            (format!("NOTA INFORMATIVA\n\nConcluye la reunión de ministros\n\n{body}"), Some("Concluye la reunión de ministros")),
            // A label naming its issuer.
            (
                format!("Foro para el Progreso de América del Sur (PROSUR)\n\nComunicado de la Presidencia Pro Tempore\n\nJefes de Estado adoptan la Declaración de Asunción\n\n{body}"),
                Some("Jefes de Estado adoptan la Declaración de Asunción"),
            ),
            // A numbered label with a note in brackets; a headline in capitals after the dateline.
            (
                format!("Comunicado de prensa 214/2026 (traducción no oficial al español)\n\nGeorgetown, Guyana, 29 de septiembre de 2026\n\nLOS JEFES DE GOBIERNO ADOPTAN LA DECLARACIÓN DE GEORGETOWN\n\n{body}"),
                Some("LOS JEFES DE GOBIERNO ADOPTAN LA DECLARACIÓN DE GEORGETOWN"),
            ),
            (
                format!("LA CASA BLANCA\n\nWashington, 3 de mayo de 2023\n\nDeclaración del Presidente sobre la cumbre\n\n{body}"),
                Some("Declaración del Presidente sobre la cumbre"),
            ),
            // A one-word label after the dateline is passed over too.
            (
                format!("Tegucigalpa, 21 de junio de 2022\n\nCOMUNICADO\n\nHonduras y El Salvador instalan la comisión\n\n{body}"),
                Some("Honduras y El Salvador instalan la comisión"),
            ),
            (format!("COMUNICADO\n\nNOTA INFORMATIVA\n\nConcluye la reunión de ministros\n\n{body}"), Some("Concluye la reunión de ministros")),
            // A two-line letterhead (split in two by acta-normalize), a label and the dateline
            // come before the headline.
            (
                format!("Ministerio de Relaciones Exteriores y Culto\n\nRepública de Costa Rica\n\nCOMUNICADO DE PRENSA\n\nSan José, 21 de noviembre de 2023\n\nCosta Rica y Nicaragua aprueban una hoja de ruta\n\n{body}"),
                Some("Costa Rica y Nicaragua aprueban una hoja de ruta"),
            ),
            // A letterhead with the country ("República Argentina", split off by
            // acta-normalize) and a numbered press label; a brand before a bar.
            (
                format!("Ministerio de Relaciones Exteriores, Comercio Internacional y Culto\n\nRepública Argentina\n\nInformación para la Prensa N° 412/24\n\nVisita oficial del ministro de Portugal\n\n{body}"),
                Some("Visita oficial del ministro de Portugal"),
            ),
            (
                format!("MINISTERIO DE RELACIONES EXTERIORES\n\nEstado Plurinacional de Bolivia\n\nCOMUNICADO DE PRENSA\n\nBolivia y Chile firman cinco acuerdos\n\n{body}"),
                Some("Bolivia y Chile firman cinco acuerdos"),
            ),
            (
                format!("Ministerio del Interior\n\nReino de España\n\nEspaña y Marruecos firman un memorando\n\n{body}"),
                Some("España y Marruecos firman un memorando"),
            ),
            (
                format!("PERÚ | Ministerio de Relaciones Exteriores\n\nNota informativa N.° 078-2024\n\nCancillería inaugura un diplomado\n\n{body}"),
                Some("Cancillería inaugura un diplomado"),
            ),
            // A consulate's name in capitals, a numbered circular and a notice label come first.
            (
                "CONSULADO GENERAL DE HONDURAS EN NUEVA ORLEANS\n\nCircular N.° 09/2025\n\nAVISO A LA COMUNIDAD HONDUREÑA\n\nNuevo horario de atención\n\nEl Consulado General de Honduras en Nueva Orleans informa a los compatriotas el nuevo horario.".to_string(),
                Some("Nuevo horario de atención"),
            ),
            // A consulate's numbered notice label.
            (
                "CONSULADO GENERAL DE LA REPÚBLICA DOMINICANA EN MADRID\n\nAviso consular n.º 2025-031\n\nHorario especial de Semana Santa\n\nMadrid, 2 de abril de 2025\n\nEl Consulado General de la República Dominicana en Madrid informa a la comunidad el nuevo horario.".to_string(),
                Some("Horario especial de Semana Santa"),
            ),
            // An important-notice label addressed to a community.
            (
                "CONSULADO GENERAL DE EL SALVADOR EN SANTIAGO DE CHILE\n\nAVISO IMPORTANTE A LA COMUNIDAD SALVADOREÑA\n\nNuevo horario de atención\n\nEl Consulado General de El Salvador en Santiago de Chile informa el nuevo horario.".to_string(),
                Some("Nuevo horario de atención"),
            ),
            // A body's head line under its letterhead and a coded communiqué number.
            (
                format!("COMUNIDAD ANDINA\n\nSecretaría General\n\nComunicado SG/C/41/2025\n\nAutoridades andinas aprueban una guía\n\n{body}"),
                Some("Autoridades andinas aprueban una guía"),
            ),
            // A longer banner: a body's head and its country.
            (
                format!("MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ\n\nNota de Prensa N.° 087-2025\n\nCanciller de Guatemala visita el Perú\n\nLima, 3 de junio de 2025\n\n{body}"),
                Some("Canciller de Guatemala visita el Perú"),
            ),
            // An all-capitals headline that opens with a body's head is a headline.
            (
                format!("MINISTERIO DE SALUD LANZA CAMPAÑA NACIONAL DE VACUNACIÓN\n\n{body}"),
                Some("MINISTERIO DE SALUD LANZA CAMPAÑA NACIONAL DE VACUNACIÓN"),
            ),
            // A headline that opens with "República ..." is a headline.
            (
                format!("República Dominicana y Haití acuerdan un calendario de trabajo\n\n{body}"),
                Some("República Dominicana y Haití acuerdan un calendario de trabajo"),
            ),
            // Two qualifiers, "Nro." and a statistics bulletin's number are labels too.
            (
                format!("Ministerio de Relaciones Exteriores y Movilidad Humana\n\nBoletín de Prensa Nro. 231\n\nEcuador y Perú suscriben una declaración\n\n{body}"),
                Some("Ecuador y Perú suscriben una declaración"),
            ),
            (format!("Alianza del Pacífico\n\nComunicado Conjunto de Prensa\n\nPresidentes adoptan una declaración\n\n{body}"), Some("Presidentes adoptan una declaración")),
            (format!("Instituto Guatemalteco de Migración\n\nBoletín Estadístico N.° 4-2025\n\nRetornos disminuyen en el cuatrimestre\n\n{body}"), Some("Retornos disminuyen en el cuatrimestre")),
            // A one-word section banner is passed over.
            (format!("Interior\n\nMadrid, martes 7 de mayo de 2024\n\nEspaña y Marruecos firman un memorando\n\n{body}"), Some("España y Marruecos firman un memorando")),
            // A reference code under the label is passed over too.
            (format!("Comunicado de Prensa\n\nC-014/24\n\nConcluye la reunión de ministros\n\n{body}"), Some("Concluye la reunión de ministros")),
            // With no headline after it, the label is the only title there is; a one-word
            // label says nothing a title would.
            (format!("Comunicado de prensa\n\n{body}"), Some("Comunicado de prensa")),
            (format!("COMUNICADO\n\n{body}"), None),
            // An all-capitals headline of more than five words is a headline.
            (format!("CONCLUYE LA REUNIÓN DE MINISTROS DEL CARIBE\n\n{body}"), Some("CONCLUYE LA REUNIÓN DE MINISTROS DEL CARIBE")),
        ];
        for (text, expected) in cases {
            assert_eq!(title_of(&text).as_deref(), expected, "{text}");
        }
        // A letterhead in bold is a heading line too, but a banner: the next heading is the title.
        let banner = "MINISTERIO DE RELACIONES EXTERIORES";
        let headline = "Canciller de Chile concluye su visita";
        let text = format!("{banner}\n\n{headline}\n\n{body}");
        let headings = vec![(0, banner.len()), (banner.len() + 2, banner.len() + 2 + headline.len())];
        let doc = Doc::with_headings(&text, headings);
        assert_eq!(crate::extract(&doc, &crate::Options::default()).title.as_deref(), Some(headline));
        // Genre labels and places after "de" name no issuer.
        for label in [
            "Comunicado de Prensa",
            "Comunicado de Interés Público",
            "Declaración de Mendoza",
            "Declaración de Buenos Aires",
        ] {
            let text =
                format!("{label}\n\nCancilleres acuerdan un plan común\n\nLos cancilleres se reunieron.");
            assert_eq!(crate::extract(&Doc::new(&text), &crate::Options::default()).issuer, None, "{label}");
        }
    }

    /// A last paragraph that is a place and a date alone closes the document as its dateline;
    /// a sentence that opens with them does not.
    #[test]
    fn a_place_and_date_alone_at_the_foot_is_the_dateline() {
        let body = "Comunicado sobre el TPS\n\nLa Cancillería informa a la comunidad hondureña.\n\nOtro párrafo.\n\nUno más.\n\n";
        let text = format!("{body}Tegucigalpa, M.D.C., 5 de diciembre de 2023");
        let dateline = find_dateline(&Doc::new(&text), None).expect("closing dateline");
        assert_eq!(
            (dateline.place.as_deref(), dateline.date.as_deref()),
            (Some("Tegucigalpa"), Some("2023-12-05"))
        );
        assert_eq!(dateline.rule, "dateline.closing");
        let text = format!("{body}Lima, 3 de mayo de 2021, se firmó el acta de la reunión.");
        assert_eq!(find_dateline(&Doc::new(&text), None), None);
    }

    /// A letterhead with its genre label on the next line is a letterhead (the text here is as
    /// normalisation leaves it: the two lines reflowed into one).
    #[test]
    fn a_letterhead_followed_by_its_genre_label() {
        let body = "\n\nSan José, 15 de abril de 2024\n\nCosta Rica reúne a policías de seis países\n\n\
                    El Ministerio de Seguridad Pública realizará un taller regional con la UNODC.";
        let found = issuer_of(&format!("Ministerio de Seguridad Pública Comunicado de prensa{body}"));
        assert_eq!(
            found,
            Some(("Ministerio de Seguridad Pública".to_string(), "issuer.letterhead".to_string()))
        );
        // Anything else after the body's name is no letterhead.
        let found = issuer_of(&format!("Ministerio de Seguridad Pública Costa Rica reúne a policías{body}"));
        assert_ne!(found.map(|(_, rule)| rule).as_deref(), Some("issuer.letterhead"));
    }

    #[test]
    fn a_section_banner_names_its_ministry() {
        let text = "Interior\n\nMadrid, martes 7 de mayo de 2024\n\nEspaña y Marruecos firman un memorando\n\nEl memorando se firmó hoy en la sede del Ministerio del Interior.";
        assert_eq!(
            issuer_of(text),
            Some(("Ministerio del Interior".to_string(), "issuer.section_banner".to_string()))
        );
        // No ministry of that portfolio in the text: no issuer from the banner.
        let text = "Interior\n\nMadrid, martes 7 de mayo de 2024\n\nEspaña y Marruecos firman un memorando\n\nEl memorando se firmó hoy.";
        assert_eq!(issuer_of(text), None);
    }

    #[test]
    fn banners_before_the_dateline_name_the_issuer() {
        let body = "\n\nDeclaración sobre la cumbre\n\nEl Gobierno celebra la reunión de los ministros de la región.";
        let cases = [
            ("LA CASA BLANCA\n\nWashington, 3 de mayo de 2023", Some("Casa Blanca")),
            ("MINISTERIO DEL INTERIOR\n\nMadrid, 3 de mayo de 2023", Some("Ministerio del Interior")),
            // Under a state line.
            (
                "REPÚBLICA DEL PARAGUAY\n\nMINISTERIO DE RELACIONES EXTERIORES\n\nAsunción, 6 de junio de 2025",
                Some("Ministerio de Relaciones Exteriores"),
            ),
            // A longer banner, a body and its country.
            (
                "MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ\n\nLima, 3 de junio de 2025",
                Some("Ministerio de Relaciones Exteriores del Perú"),
            ),
            // A label is not a body; a banner after the dateline is not a letterhead.
            ("COMUNICADO DE PRENSA\n\nMadrid, 3 de mayo de 2023", None),
            ("Madrid, 3 de mayo de 2023\n\nLA CASA BLANCA", None),
        ];
        for (head, expected) in cases {
            let found = issuer_of(&format!("{head}{body}"));
            assert_eq!(found.as_ref().map(|(name, _)| name.as_str()), expected, "{head}");
            if expected.is_some() {
                assert_eq!(found.map(|(_, rule)| rule).as_deref(), Some("issuer.banner"));
            }
        }
        // The banner outranks the lead's subject: the ministry issued the government's voice.
        let text = "MINISTERIO DE RELACIONES EXTERIORES\n\nMontevideo, 14 de julio de 2024\n\nUruguay condena el atentado\n\nEl Gobierno de la República Oriental del Uruguay condena en los términos más enérgicos el atentado perpetrado anoche.";
        assert_eq!(
            issuer_of(text),
            Some(("Ministerio de Relaciones Exteriores".to_string(), "issuer.banner".to_string()))
        );
    }

    /// A sentence opening on an adverb and a relative day ("También ayer, el pleno ...") is no
    /// dateline.
    #[test]
    fn an_adverb_opening_a_later_paragraph_is_no_place() {
        let text = "Titular de la nota\n\nQUITO.- El presidente encabezó ayer el gabinete en Tulcán.\n\nTambién ayer, el pleno de la Asamblea Nacional ratificó el tratado.";
        let doc = Doc::new(text);
        let dateline = find_dateline(&doc, None);
        assert_ne!(dateline.as_ref().and_then(|d| d.place.as_deref()), Some("También"));
    }

    /// Rule `issuer.letterhead_unit`: a unit's line under the body's letterhead names the issuer
    /// when the text names that unit of that body; otherwise the body stays the issuer.
    #[test]
    fn a_unit_under_the_letterhead_names_the_issuer() {
        let head = "COMUNIDAD ANDINA\nSecretaría General\n\nComunicado de prensa\n\nLa Comisión aprueba la eliminación del roaming\n\nLima, 27 de noviembre de 2026\n\n";
        // As the command reads it: normalised, each short head line its own paragraph.
        let issuer_of =
            |text: &str| issuer_of(&acta_normalize::normalize(text, acta_normalize::Flavor::Plain).text);
        let named = format!("{head}La Comisión de la Comunidad Andina celebró hoy en la sede de la Secretaría General de la Comunidad Andina (SGCAN) su período de sesiones.");
        assert_eq!(
            issuer_of(&named),
            Some((
                "Secretaría General de la Comunidad Andina".to_string(),
                "issuer.letterhead_unit".to_string()
            ))
        );
        let unnamed =
            format!("{head}La Comisión de la Comunidad Andina celebró hoy su período de sesiones en Lima.");
        assert_eq!(issuer_of(&unnamed).map(|(name, _)| name).as_deref(), Some("Comunidad Andina"));
    }

    /// A long letterhead in capitals over a headline is the issuer, and the headline the title;
    /// the same capitals with no headline after them are the title ("MINISTERIO DE SALUD LANZA
    /// CAMPAÑA ...").
    #[test]
    fn a_long_capitals_letterhead_over_a_headline_is_the_banner() {
        let head = "MINISTERIO DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN";
        let text = format!("{head}\n\nEspaña y México celebran la XIV Reunión de la Comisión Binacional\n\nMadrid, 20 de octubre de 2025\n\nEl ministro copresidió hoy la reunión con su homóloga mexicana en el Palacio de Viana.");
        assert_eq!(
            issuer_of(&text),
            Some((
                "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación".to_string(),
                "issuer.banner".to_string()
            ))
        );
        let doc = Doc::new(&text);
        let dateline = find_dateline(&doc, None);
        assert_eq!(
            find_title(&doc, dateline.as_ref(), &[]).as_deref(),
            Some("España y México celebran la XIV Reunión de la Comisión Binacional")
        );
        let text = "MINISTERIO DE SALUD LANZA CAMPAÑA NACIONAL DE VACUNACIÓN\n\nLima, 3 de junio de 2025\n\nEl ministerio informó hoy que la campaña comenzará el lunes en todo el país.";
        let doc = Doc::new(text);
        let dateline = find_dateline(&doc, None);
        assert_eq!(
            find_title(&doc, dateline.as_ref(), &[]).as_deref(),
            Some("MINISTERIO DE SALUD LANZA CAMPAÑA NACIONAL DE VACUNACIÓN")
        );
        assert_ne!(issuer_of(text).map(|(_, rule)| rule).as_deref(), Some("issuer.banner"));
    }

    /// Rule `issuer.letterhead_name`: a body's full name in the usual case, alone over the
    /// dateline, is the issuer as written, and not the title.
    #[test]
    fn a_full_name_letterhead_names_the_issuer() {
        let text = "Centro de Coordinación para la Prevención de los Desastres en América Central y República Dominicana\n\nCOMUNICADO DE PRENSA\n\nCiudad de Panamá, 28 de agosto de 2025\n\nEl Consejo aprueba por consenso el Plan Regional de Alerta Temprana\n\nLas autoridades nacionales aprobaron ayer el plan al concluir la reunión.";
        let name = "Centro de Coordinación para la Prevención de los Desastres en América Central y República Dominicana";
        assert_eq!(issuer_of(text), Some((name.to_string(), "issuer.letterhead_name".to_string())));
        let doc = Doc::new(text);
        let dateline = find_dateline(&doc, None);
        assert_eq!(
            find_title(&doc, dateline.as_ref(), &[]).as_deref(),
            Some("El Consejo aprueba por consenso el Plan Regional de Alerta Temprana")
        );
        // A unit's short name is no issuer; a headline with a verb is no letterhead.
        for head in ["Secretaría General", "Consejo de Ministros aprueba el Plan Regional de Alerta"] {
            let text = format!("{head}\n\nLima, 3 de junio de 2025\n\nLas autoridades aprobaron ayer el plan al concluir la reunión.");
            assert_eq!(issuer_of(&text), None, "{head}");
        }
    }

    #[test]
    fn reporting_verbs_in_the_past_name_the_issuer() {
        for verb in ["informó", "dio a conocer", "anunció", "comunicó"] {
            let text = format!("Santiago, 9 de enero de 2024.- El Servicio Nacional de Migraciones (SERMIG) {verb} hoy el balance anual.");
            let found = issuer_of(&text);
            assert_eq!(
                found,
                Some(("Servicio Nacional de Migraciones".to_string(), "issuer.reporting_verb".to_string())),
                "{verb}"
            );
            // The same lead in a wire story reports the body's words: no issuer.
            let wire = text.replace("2024.-", "2024 (EFE).-");
            assert_eq!(issuer_of(&wire), None, "{wire}");
        }
        // Nor does a wire story's headline name its issuer.
        let text = "La Comunidad Andina convoca una cumbre en Cusco\n\nLIMA, 11 mar (EFE).- Los cancilleres de la Comunidad Andina (CAN) acordaron este martes convocar la cumbre.";
        assert_eq!(issuer_of(text), None);
    }

    /// A district's letters after the place, with or without a comma, are not the place's.
    #[test]
    fn district_letters_are_no_place() {
        for text in
            ["Bogotá D.C., 3 de junio de 2025\n\nTexto.", "Bogotá, D. C., 3 de junio de 2025\n\nTexto."]
        {
            let found = find_dateline(&Doc::new(text), None).expect("dateline");
            assert_eq!(found.place.as_deref(), Some("Bogotá"), "{text}");
        }
    }

    /// A letterhead's state line: a head and one to four words.
    #[test]
    fn state_lines() {
        for line in [
            "República de Costa Rica",
            "REPÚBLICA DEL PARAGUAY",
            "Estado Plurinacional de Bolivia",
            "Reino de España",
            "República Oriental del Uruguay",
        ] {
            assert!(is_state_line(line), "{line}");
        }
        for line in [
            "República",
            "República Dominicana y Haití acuerdan",
            "República de la Isla de Gran Bretaña Norte",
        ] {
            assert!(!is_state_line(line), "{line}");
        }
    }
}
