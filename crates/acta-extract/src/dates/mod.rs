//! Spanish temporal expressions: every date, period, relative date and duration of a text,
//! normalised to ISO 8601 at the grain the words give (SPEC.md's value conventions).
//!
//! One pass: the folded text is tokenised once ([`lexer`]); at each token that can open a
//! date phrase (digits, a word of the [`lexicon`] or a function word) the [`grammar`] rules
//! are tried and the longest match wins; the scan resumes after it, so mentions never overlap.
//! The vocabulary (months, weekdays, number words, units, seasons...) is data under
//! `data/dates/`, loaded once per process.

mod grammar;
mod lexer;
mod lexicon;
mod value;

#[cfg(test)]
mod tests;

use acta_record::{DateKind, DateMention, Span, Warning, WarningCode};

use crate::spans::CharIndex;
use crate::{CivilDate, Doc};

pub use value::Value;

/// Dates found in a document, and the warnings they raise (impossible dates).
#[derive(Debug, Clone, Default)]
pub struct DateFindings {
    /// Every temporal expression, in document order, with byte spans.
    pub mentions: Vec<DateMention>,
    /// impossible_date warnings, with byte spans.
    pub warnings: Vec<Warning>,
}

/// Finds every temporal expression of `doc`; relative ones resolve against `anchor`.
pub fn find(doc: &Doc<'_>, anchor: Option<CivilDate>) -> DateFindings {
    let folded = doc.folded();
    let mut findings = DateFindings::default();
    // The year and month of the previous mention, where it ended, and whether its year was
    // written: a yearless date later in the same sentence reads on from it.
    let mut previous: Option<Previous> = None;
    for segment in lexer::segments(folded, SEGMENT_BYTES) {
        let toks = lexer::tokenize_range(folded, segment);
        find_in(doc, &toks, anchor, &mut previous, &mut findings);
    }
    appositions(doc.text, &mut findings.mentions);
    if let Some(anchor) = anchor {
        tense_years(doc.text, anchor, &mut findings.mentions);
        weekday_tenses(doc.text, anchor, &mut findings.mentions);
    }
    findings
}

/// Rule `date.weekday_tense`: a bare weekday reads as the nearest one, unless its verb says
/// otherwise: "La ministra viajará el lunes" on a Wednesday is the coming Monday, "llegó el
/// viernes" on a Monday the one before. The verb is the last word in "-rá"/"-rán" (future) or
/// "-ó"/"-aron"/"-ieron" (past) before the weekday in its sentence, within 80 bytes.
fn weekday_tenses(text: &str, anchor: CivilDate, mentions: &mut [DateMention]) {
    // A bare "el fin de semana" reads as the coming one too, and moves the same way ("las
    // lluvias que afectaron el fin de semana" is the one before).
    let bare = |m: &DateMention| {
        m.rule == "date.weekday"
            || m.rule == "date.week_relative"
                && matches!(m.text.to_lowercase().as_str(), "el fin de semana" | "fin de semana")
    };
    let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
    for mention in mentions.iter_mut().filter(|m| bare(m)) {
        let days: Vec<CivilDate> =
            mention.value.as_deref().unwrap_or("").split('/').map_while(CivilDate::parse_iso).collect();
        let Some(first) = days.first() else { continue };
        let clause = clause_before(text, mention.span.start, 80);
        // With no verb before it, a fronted weekday takes the verb that follows it in its
        // clause ("El viernes se reunieron ...", "durante el fin de semana el sistema presentó
        // fallas"), up to the next date.
        let next_date = starts.iter().copied().find(|&s| s > mention.span.start).unwrap_or(usize::MAX);
        let verb = clause.split(|c: char| !c.is_alphabetic()).rev().find_map(verb_tense).or_else(|| {
            clause_after(text, mention.span.end, 80, next_date)
                .split(|c: char| !c.is_alphabetic())
                .find_map(verb_tense)
        });
        let shift = match verb {
            Some(true) if first.to_days() < anchor.to_days() => 7,
            Some(false) if first.to_days() > anchor.to_days() => -7,
            _ => continue,
        };
        let moved: Option<Vec<String>> =
            days.iter().map(|d| d.add_days(shift).map(|d| d.to_string())).collect();
        if let Some(moved) = moved {
            mention.value = Some(moved.join("/"));
            mention.rule = "date.weekday_tense".to_string();
        }
    }
}

/// Rules `date.future_year` and `date.past_year`: a yearless day, interval or month takes the
/// dateline's year unless the tense of its sentence says otherwise.
///
/// - After a future verb ("España acogerá en Madrid, del 2 al 4 de marzo, el I Foro ..." in a
///   November text; "se celebrará el 10 de enero"), a date the dateline's year would put more
///   than a month in the past falls in the next year.
/// - When the last verb before it is a preterite and none is future ("La Seguridad Social
///   registró 2.712.113 afiliados en diciembre", "la reunión se celebró el 12 de diciembre" in
///   January), a date the dateline's year would put more than a month ahead falls in the year
///   before.
///
/// A future verb is a word ending in "-rá"/"-rán", a preterite one in "-ó"/"-aron"/"-ieron"
/// (`verb_tense`), looked for in the sentence before the date.
fn tense_years(text: &str, anchor: CivilDate, mentions: &mut [DateMention]) {
    for mention in mentions.iter_mut() {
        if !mention.relative || mention.rule.starts_with("date.weekday") {
            // Absolute dates name their year; a written weekday has chosen its year already
            // (`date.weekday_date`).
            continue;
        }
        // The sentence before the date, within 300 bytes (a text with no stops stays linear).
        let before = clause_before(text, mention.span.start, 300);
        let future = before.split(|c: char| !c.is_alphabetic()).any(|w| verb_tense(w) == Some(true));
        let past = !future && preterite_governs(before, &mention.text);
        if !future && !past {
            continue;
        }
        let (rule, years) = if future { ("date.future_year", 1) } else { ("date.past_year", -1) };
        // A yearless month ("la reunión se celebrará a mediados de abril" in November).
        // ("julio de este año" names its year.)
        let names_year = mention.text.contains(|c: char| c.is_ascii_digit()) || mention.text.contains("año");
        if mention.kind == DateKind::Month {
            let month = mention.value.as_deref().and_then(|v| {
                let (year, month) = v.split_once('-')?;
                Some((year.parse::<i32>().ok()?, month.parse::<u8>().ok()?))
            });
            let Some((year, month)) = month else { continue };
            let out_of_reach = if future { month + 1 < anchor.month() } else { month > anchor.month() + 1 };
            if !names_year && year == anchor.year() && out_of_reach {
                mention.value = Some(format!("{:04}-{month:02}", year + years));
                mention.rule = rule.to_string();
            }
            continue;
        }
        // Deictic dates ("mañana", "el próximo lunes") are resolved already; only written days.
        if !matches!(mention.kind, DateKind::Date | DateKind::Interval)
            || !mention.text.contains(|c: char| c.is_ascii_digit())
            || mention.text.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4)
        {
            continue;
        }
        let Some(value) = mention.value.as_deref() else { continue };
        let days: Vec<CivilDate> = value.split('/').map_while(CivilDate::parse_iso).collect();
        let [first, rest @ ..] = days.as_slice() else { continue };
        let out_of_reach = if future {
            first.to_days() + 31 < anchor.to_days()
        } else {
            first.to_days() > anchor.to_days() + 31
        };
        if first.year() != anchor.year() || !out_of_reach {
            continue;
        }
        let shifted: Option<Vec<String>> = std::iter::once(first)
            .chain(rest)
            .map(|d| d.add_months(12 * i64::from(years)).map(|d| d.to_string()))
            .collect();
        if let Some(shifted) = shifted {
            mention.value = Some(shifted.join("/"));
            mention.rule = rule.to_string();
        }
    }
}

/// Whether the clause `before` a date ends in a preterite that governs it: the verb stands at
/// most 80 bytes before the date, and no subordinate clause ("recordó que la temporada se
/// prolonga hasta ..."), infinitive ("acordaron iniciar, a principios de noviembre, ...") or
/// purpose ("prevista para") comes between. A date that says "próximo" looks ahead whatever the
/// verb.
fn preterite_governs(before: &str, date_text: &str) -> bool {
    let folded = date_text.to_lowercase();
    if folded.contains("próxim") || folded.contains("proxim") {
        return false;
    }
    let mut rest = before;
    while let Some(word_end) = rest.rfind(char::is_alphabetic) {
        let word_start = rest[..word_end].rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + 1);
        let word = rest.get(word_start..).unwrap_or("").trim_end_matches(|c: char| !c.is_alphabetic());
        let lower = word.to_lowercase();
        if let Some(future) = verb_tense(word) {
            // Putting off, scheduling or announcing looks ahead: "su firma se aplazó hasta
            // junio", "se programó para octubre", "anunció en diciembre" is the report's.
            let ahead =
                ["aplaz", "pospus", "posterg", "difiri", "program", "convoc", "agend", "fij", "anunci"]
                    .iter()
                    .any(|stem| lower.starts_with(stem));
            return !future && !ahead && before.len() - word_start <= 80 + word.len();
        }
        let infinitive = lower.chars().count() > 4 && ["ar", "er", "ir"].iter().any(|e| lower.ends_with(e));
        if infinitive || matches!(lower.as_str(), "que" | "para" | "prevista" | "previsto" | "cuando") {
            return false;
        }
        rest = rest.get(..word_start).unwrap_or("");
    }
    false
}

/// The sentence before byte `start`, within `reach` bytes (a text with no stops stays linear).
fn clause_before(text: &str, start: usize, reach: usize) -> &str {
    let mut from = start.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text.get(from..start).unwrap_or("");
    // A stop between digits groups a number ("2.712.113 afiliados"), it ends no sentence.
    let bytes = window.as_bytes();
    let ends_sentence = |i: usize| {
        bytes[i] != b'.'
            || !(i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    };
    let cut = window.rmatch_indices(['.', '\n', ';']).map(|(i, _)| i).find(|&i| ends_sentence(i));
    cut.map_or(window, |i| window.get(i + 1..).unwrap_or(""))
}

/// Up to `reach` bytes of `text` from `end`, stopping at the clause's end (".", ";", a line
/// break) and before `limit`.
fn clause_after(text: &str, end: usize, reach: usize, limit: usize) -> &str {
    let mut to = (end + reach).min(limit).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = text.get(end..to).unwrap_or("");
    window.find(['.', '\n', ';']).map_or(window, |i| window.get(..i).unwrap_or(""))
}

/// The tense a word shows, if it reads as a verb: `Some(true)` for a future in "-rá"/"-rán",
/// `Some(false)` for a preterite in "-ó"/"-aron"/"-ieron" (Spanish has next to no other words
/// of more than three letters so written).
fn verb_tense(word: &str) -> Option<bool> {
    if word.chars().count() <= 3 {
        None
    } else if word.ends_with("rá") || word.ends_with("rán") {
        Some(true)
    } else if word.ends_with('ó') || word.ends_with("aron") || word.ends_with("ieron") {
        Some(false)
    } else {
        None
    }
}

/// Rule `date.apposition`: a relative date followed by the written date it stands for ("el
/// próximo fin de semana, el 14 y 15 de junio"; "este jueves, 12 de junio") takes the written
/// value: the text's own date outranks the reading of the deictic against the reference day,
/// when the two are at most a week apart (farther, the apposition is about something else).
fn appositions(text: &str, mentions: &mut [DateMention]) {
    for i in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(i);
        let (Some(relative), Some(written)) = (before.last_mut(), after.first()) else { continue };
        let gap = text.get(relative.span.end..written.span.start).unwrap_or("");
        let gap = gap.trim_start().strip_prefix(',').map(str::trim).unwrap_or("-");
        if !matches!(gap, "" | "el" | "los días" | "los dias")
            || !relative.relative
            || relative.kind != written.kind
            || relative.text.contains(|c: char| c.is_ascii_digit())
            || !written.text.contains(|c: char| c.is_ascii_digit())
            || !matches!(written.kind, DateKind::Date | DateKind::Interval)
        {
            continue;
        }
        let first_day = |value: &str| CivilDate::parse_iso(value.split('/').next().unwrap_or(value));
        let (Some(a), Some(b)) =
            (relative.value.as_deref().and_then(first_day), written.value.as_deref().and_then(first_day))
        else {
            continue;
        };
        if a != b && (a.to_days() - b.to_days()).abs() <= 7 {
            relative.value = written.value.clone();
            relative.rule = "date.apposition".to_string();
        }
    }
}

/// The size of the ranges a document is tokenised in ([`lexer::segments`]): every communiqué
/// is one range; only archives concatenated into one file are cut.
const SEGMENT_BYTES: usize = 1 << 20;

/// The dates of one tokenised range, appended to `findings`.
fn find_in(
    doc: &Doc<'_>,
    toks: &[lexer::Tok<'_>],
    anchor: Option<CivilDate>,
    previous: &mut Option<Previous>,
    findings: &mut DateFindings,
) {
    let capitalised = |i: usize| {
        toks.get(i)
            .map(|t| doc.original_range(t.start, t.end).0)
            .and_then(|start| doc.text.get(start..))
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let grammar = grammar::Grammar::new(toks, anchor, &capitalised);
    let mut i = 0;
    while i < toks.len() {
        if !grammar.worth_trying(i) {
            i += 1;
            continue;
        }
        let Some(found) = grammar.best_at(i) else {
            i += 1;
            continue;
        };
        i = found.end.max(i + 1);
        if found.suppress {
            continue;
        }
        let (Some(first), Some(last)) =
            (toks.get(found.start), found.end.checked_sub(1).and_then(|e| toks.get(e)))
        else {
            continue;
        };
        let (start, end) = doc.original_range(first.start, last.end);
        let mut found = found;
        if found.rule == "date.day_anaphoric" {
            if let Some(day) = anaphoric_day(&findings.mentions, start, doc.slice(start, end)) {
                found.value = Some(Value::Day(day));
            }
        }
        let mut written = !found.relative;
        if let Some(prev) = previous.filter(|p| same_sentence(doc.text, p.end, start)) {
            if let Some(value) = year_from_context(&found, prev, anchor) {
                found.value = Some(value);
                found.rule = "date.year_from_context";
                // "del 8 al 9 de mayo de 2019 ... el 3 de junio y el 12 de junio": the third
                // date reads on from the written year as the second did.
                written = prev.written;
            }
        }
        *previous = found.value.as_ref().and_then(|v| Previous::of(v, end, written)).or(*previous);
        let text = doc.slice(start, end).to_string();
        if found.impossible {
            findings.warnings.push(Warning {
                code: WarningCode::ImpossibleDate,
                message: format!("\"{text}\" is not a calendar date"),
                span: Some(Span::new(start, end)),
            });
        }
        findings.mentions.push(DateMention {
            text,
            span: Span::new(start, end),
            value: found.value.as_ref().map(ToString::to_string),
            kind: found.kind,
            relative: found.relative,
            rule: found.rule.to_string(),
        });
    }
}

/// How far back (bytes) "el día anterior" / "al día siguiente" looks for the day it counts
/// from: about a paragraph or two.
const ANAPHORA_BYTES: usize = 1500;

/// The day "el día anterior" / "al día siguiente" / "la víspera" at byte `start` stands for
/// (`date.day_anaphoric`): the day before or after the last day the text named within
/// [`ANAPHORA_BYTES`] (the first day of an interval for the day before, its last for the day
/// after); None when there is none, and the grammar's reading against the anchor stands.
fn anaphoric_day(mentions: &[DateMention], start: usize, text: &str) -> Option<CivilDate> {
    let offset = if text.to_lowercase().contains("siguiente") { 1 } else { -1 };
    let last = mentions
        .iter()
        .rev()
        .take_while(|m| start.saturating_sub(m.span.end) <= ANAPHORA_BYTES)
        .find(|m| matches!(m.kind, DateKind::Date | DateKind::Interval | DateKind::Datetime))?;
    let value = last.value.as_deref()?;
    let (first, final_day) = value.split_once('/').unwrap_or((value, value));
    let day = CivilDate::parse_iso(if offset > 0 { final_day } else { first }.get(..10)?)?;
    day.add_days(offset)
}

/// The last mention's calendar position, for yearless dates after it.
#[derive(Debug, Clone, Copy)]
struct Previous {
    year: i32,
    month: u8,
    /// Its first day.
    first: CivilDate,
    /// Byte offset where the mention ends.
    end: usize,
    /// The year was written ("de 2025"), not taken from the anchor.
    written: bool,
}

impl Previous {
    fn of(value: &Value, end: usize, written: bool) -> Option<Self> {
        let (year, month, first) = match value {
            Value::Day(d) | Value::DateTime(d, ..) => (d.year(), d.month(), *d),
            Value::Days(a, d) => (d.year(), d.month(), *a),
            Value::Month((y, m)) => (*y, *m, CivilDate::new(*y, *m, 1)?),
            Value::Months((ya, ma), (y, m)) => (*y, *m, CivilDate::new(*ya, *ma, 1)?),
            _ => return None,
        };
        Some(Previous { year, month, first, end, written })
    }
}

/// No sentence end between two byte offsets of the text.
fn same_sentence(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|between| !between.contains(['.', '!', '?', '\n', ';']))
}

/// A day or month written without a year, later in the sentence than another date, reads on
/// from it (`date.year_from_context`): "del 10 al 12 de marzo de 2025 y ... previsto para
/// abril" is April 2025, not the dateline's April; "del 24 al 26 de diciembre, así como el 1.º
/// de enero" in a notice of 20 December is the coming January. Only the yearless rules whose
/// year came from the anchor are re-read.
fn year_from_context(found: &grammar::Found, prev: Previous, anchor: Option<CivilDate>) -> Option<Value> {
    if !matches!(found.rule, "date.day_month" | "date.month" | "date.numeric_day_month" | "date.month_day") {
        return None;
    }
    let anchor = anchor?;
    let (month, day) = match found.value.as_ref()? {
        Value::Day(d) if d.year() == anchor.year() => (d.month(), Some(d.day())),
        Value::Month((y, m)) if *y == anchor.year() => (*m, None),
        _ => return None,
    };
    let year = if prev.written && prev.year != anchor.year() && month >= prev.month {
        // The sentence is about another year: its later months are that year's.
        prev.year
    } else if !prev.written
        && prev.year == anchor.year()
        && month < prev.month
        && prev.month >= 10
        && month <= 3
        && (0..=62).contains(&(prev.first.to_days() - anchor.to_days()))
    {
        // A list that runs on past December from a date in the two months after the anchor
        // (a yearless date far ahead of the anchor may well be a past one: no guess on it);
        // only from the year's last months into its first ("el segundo semestre del año, ...
        // que comenzará el 15 de junio" in May is this June).
        anchor.year() + 1
    } else {
        return None;
    };
    match day {
        Some(day) => CivilDate::new(year, month, day).map(Value::Day),
        None => Some(Value::Month((year, month))),
    }
}

/// Every temporal expression of `text` with CHARACTER spans (what the record and the
/// `acta dates` subcommand report), using exactly the pipeline's extractor.
pub fn find_in_text(text: &str, anchor: Option<CivilDate>) -> Vec<DateMention> {
    let doc = Doc::new(text);
    let mut mentions = find(&doc, anchor).mentions;
    let index = CharIndex::new(text);
    for mention in &mut mentions {
        mention.span = Span::new(index.char_offset(mention.span.start), index.char_offset(mention.span.end));
    }
    mentions
}
