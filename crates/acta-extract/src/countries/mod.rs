//! Country mentions: every ISO 3166-1 entry by name, official name, abbreviation or demonym.
//!
//! A leftmost-longest Aho-Corasick search anchored at each word start of the folded text finds
//! every form of the gazetteer ([`gazetteer`]); the longest form wins, so "Guinea Ecuatorial" is not "Guinea",
//! "Estados Unidos Mexicanos" is México and "Ciudad de México" (a blocked phrase) hides the
//! country inside it. Each match is then checked where it stands ([`context`]): whole words,
//! the capitals of the name ("El Salvador", not "el salvador"), demonyms in lower case or
//! inside an institution's name, and the guards of ambiguous forms. Forms that need country
//! context (Granada, Santa Lucía, ...) are decided last, from the cue before them or the list
//! of countries they stand in.
//!
//! Rule ids:
//! - `country.name` — a short name or variant ("México", "Holanda")
//! - `country.official_name` — an official name ("Estados Unidos Mexicanos")
//! - `country.abbreviation` — "EE.UU.", "EUA"
//! - `country.demonym` — "la delegación salvadoreña"; also the first element of a compound
//!   adjective ("la comisión hispano-marroquí": Spain and Morocco)
//! - `country.name_after_cue` — an ambiguous name after a country cue ("la isla de Granada")
//! - `country.name_in_list` — an ambiguous name in a list of countries ("Jamaica, Granada y Haití")

mod context;
mod gazetteer;
#[cfg(test)]
mod tests;

use acta_record::{CountryMention, CountryVia, Span};

use crate::Doc;
use context::Gap;
use gazetteer::{guard, Entry, Kind, GAZETTEER};

/// A match that passed every check that needs only its own surroundings.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    entry: usize,
    folded_start: usize,
    folded_end: usize,
    start: usize,
    end: usize,
    /// Needs a cue or a list of countries (`context` / `island` guards).
    needs_context: bool,
    rule: &'static str,
}

/// What one automaton match turned out to be.
enum Verdict {
    Mention(Candidate),
    /// A blocked phrase: skip all of it.
    Blocked,
    /// Not a mention here; a shorter form may still start inside it.
    Rejected,
    /// A language name ("en español"): rejected, and a list after it is languages too.
    Language,
}

/// The gazetteer entries of the word or phrase when it is, as a whole, one of their forms.
fn whole_form_entries(written: &str) -> Option<&'static [usize]> {
    let folded = gazetteer::fold(written);
    let (_, pattern) = GAZETTEER.find_at(&folded, 0).filter(|&(end, _)| end == folded.len())?;
    GAZETTEER.patterns.get(pattern).map(Vec::as_slice)
}

/// Whether the word or phrase is, as a whole, a country name or demonym of the gazetteer.
pub(crate) fn is_country_form(written: &str) -> bool {
    whole_form_entries(written).is_some()
}

/// Whether the word or phrase is, as a whole, a country's name (not a demonym) in the gazetteer.
pub(crate) fn is_country_name(written: &str) -> bool {
    whole_form_entries(written).is_some_and(|entries| {
        entries.iter().any(|&e| {
            GAZETTEER
                .entries
                .get(e)
                .is_some_and(|entry| matches!(entry.kind, Kind::Name | Kind::OfficialName))
        })
    })
}

/// Every country mention of `doc`, in document order, with byte spans.
pub fn find(doc: &Doc<'_>) -> Vec<CountryMention> {
    let gazetteer = &*GAZETTEER;
    let folded = doc.folded();
    let mut candidates = Vec::new();
    let mut last_language_end: Option<usize> = None;
    // Where the next mention may start: after the end of an accepted or blocked one.
    let mut position = 0;
    for start in word_starts(folded) {
        if start < position {
            continue;
        }
        let Some((end, pattern)) = gazetteer.find_at(folded, start) else { continue };
        let entries = gazetteer.patterns.get(pattern).map(Vec::as_slice).unwrap_or(&[]);
        match judge(doc, entries, start, end, last_language_end) {
            Verdict::Mention(candidate) => {
                candidates.push(candidate);
                position = end;
            }
            Verdict::Blocked => position = end,
            Verdict::Language => {
                last_language_end = Some(end);
                position = end;
            }
            // A shorter form may not start here: the next word may.
            Verdict::Rejected => {}
        }
    }
    resolve_context(doc, &mut candidates);
    candidates.iter().filter_map(|candidate| mention(doc, candidate)).collect()
}

/// Byte offsets of the first letter or digit of every word of `text`. ASCII bytes are read as
/// bytes; other characters are decoded.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut previous_alphanumeric = false;
    std::iter::from_fn(move || {
        while let Some(&byte) = bytes.get(at) {
            let start = at;
            let alphanumeric = if byte.is_ascii() {
                at += 1;
                byte.is_ascii_alphanumeric()
            } else {
                let c = text.get(at..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
                at += c.len_utf8();
                c.is_alphanumeric()
            };
            let opens = alphanumeric && !previous_alphanumeric;
            previous_alphanumeric = alphanumeric;
            if opens {
                return Some(start);
            }
        }
        None
    })
}

/// Decides one automaton match at folded `start..end`.
fn judge(
    doc: &Doc<'_>,
    entries: &[usize],
    start: usize,
    end: usize,
    last_language_end: Option<usize>,
) -> Verdict {
    let gazetteer = &*GAZETTEER;
    let folded = doc.folded();
    if !whole_word(folded, start, end) {
        return Verdict::Rejected;
    }
    let (original_start, original_end) = doc.original_range(start, end);
    let written = doc.slice(original_start, original_end);
    let mut language = false;
    for &index in entries {
        let Some(entry) = gazetteer.entries.get(index) else { continue };
        if entry.kind == Kind::Block {
            return Verdict::Blocked;
        }
        if !locally_fits(doc, entry, written, (start, end), (original_start, original_end)) {
            continue;
        }
        if entry.guards & guard::LANGUAGE != 0 {
            let listed_after_language = last_language_end
                .and_then(|e| folded.get(e..start))
                .is_some_and(|gap| context::list_gap(gap) != Gap::None);
            if listed_after_language || context::language(folded, start, end) {
                language = true;
                continue;
            }
        }
        let needs_context = entry.guards & (guard::CONTEXT | guard::ISLAND) != 0;
        return Verdict::Mention(Candidate {
            entry: index,
            folded_start: start,
            folded_end: end,
            start: original_start,
            end: original_end,
            needs_context,
            rule: rule_of(entry.kind),
        });
    }
    if language {
        Verdict::Language
    } else {
        Verdict::Rejected
    }
}

/// The checks that need only the match and its surroundings.
fn locally_fits(
    doc: &Doc<'_>,
    entry: &Entry,
    written: &str,
    folded: (usize, usize),
    original: (usize, usize),
) -> bool {
    let (start, end) = folded;
    let case_fits = match entry.kind {
        // "Hispano-Hondureña": the second element of a compound takes the first one's case.
        Kind::Demonym => {
            context::demonym_case_fits(doc.text, original.0, written, entry.dictionary_form)
                || context::closes_compound(doc.folded(), start)
        }
        _ => context::capitals_match(entry.form, written, entry.kind),
    };
    if !case_fits {
        return false;
    }
    if entry.guards & guard::GIVEN_NAME != 0
        && (context::surname_follows(doc.text, original.1)
            || context::first_name_before(doc.text, original.0))
    {
        return false;
    }
    // Any one-word country name between given names and a surname is a surname ("la ministra
    // Mariana Cuba Rentería", "Israel Montenegro Paz", "Marta Julia España Morales").
    if entry.kind == Kind::Name
        && !written.contains(' ')
        && context::surname_follows(doc.text, original.1)
        && context::given_names_before(doc.text, original.0)
    {
        return false;
    }
    // ... and so is one right after a given name that follows a lower-case word: "el analista
    // Ricardo Portugal".
    if entry.kind == Kind::Name
        && !written.contains(' ')
        && context::given_name_after_noun(doc.text, original)
    {
        return false;
    }
    if matches!(entry.kind, Kind::Name | Kind::OfficialName)
        && (context::street_name(doc.folded(), start)
            || context::before(doc.text, original.0).ends_with("Puerto "))
    {
        // ("Puerto Colombia", a town in Atlántico: "Puerto" capitalised before a country name.)
        return false;
    }
    if entry.kind == Kind::Demonym && context::after_language_noun(doc.folded(), start) {
        return false;
    }
    if entry.guards & guard::US_STATE != 0 && context::us_state(doc.folded(), start, end) {
        return false;
    }
    if entry.guards & guard::COMPOUND != 0
        && !context::opens_compound(doc.text, doc.folded(), original.1, end)
        && !context::closes_compound(doc.folded(), start)
    {
        return false;
    }
    if entry.guards & guard::CITY_STATE != 0
        && (context::city_of_city_state(doc.folded(), start)
            || context::opens_dateline(doc.text, doc.folded(), original.0, end))
    {
        return false;
    }
    true
}

/// Whether `start..end` of the folded text is a whole word (or words).
fn whole_word(folded: &str, start: usize, end: usize) -> bool {
    let matched = folded.get(start..end).unwrap_or("");
    let starts_with_word = matched.chars().next().is_some_and(char::is_alphanumeric);
    let ends_with_word = matched.chars().next_back().is_some_and(char::is_alphanumeric);
    let before = folded.get(..start).and_then(|s| s.chars().next_back());
    let after = folded.get(end..).and_then(|s| s.chars().next());
    let joined = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !(starts_with_word && joined(before) || ends_with_word && joined(after))
}

fn rule_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Name | Kind::Block => "country.name",
        Kind::OfficialName => "country.official_name",
        Kind::Abbreviation => "country.abbreviation",
        Kind::Demonym => "country.demonym",
    }
}

/// Keeps the context-needing candidates that have a cue before them or stand in a list of
/// countries, and drops the others.
///
/// A list is a run of mentions joined by commas or conjunctions. A run of two joined by a
/// comma is not a list: "Granada, Nicaragua" is a place and its country. In a list, an
/// ambiguous name counts when the list holds a plain country, or at least one other, different
/// ambiguous name ("Granada y San Vicente").
fn resolve_context(doc: &Doc<'_>, candidates: &mut Vec<Candidate>) {
    let gazetteer = &*GAZETTEER;
    let folded = doc.folded();
    let guards_of = |c: &Candidate| gazetteer.entries.get(c.entry).map_or(0, |e| e.guards);
    let country_of = |c: &Candidate| gazetteer.entries.get(c.entry).and_then(|e| e.country);

    // For each context candidate: the rule that keeps it, or None.
    let mut verdicts: Vec<Option<&'static str>> = vec![None; candidates.len()];
    // Runs of mentions joined by list separators: (first, last, any conjunction).
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut index = 0;
    while index < candidates.len() {
        let mut last = index;
        let mut conjunction = false;
        while let (Some(a), Some(b)) = (candidates.get(last), candidates.get(last + 1)) {
            match context::list_gap(folded.get(a.folded_end..b.folded_start).unwrap_or("x")) {
                Gap::None => break,
                Gap::Conjunction => conjunction = true,
                Gap::Comma => {}
            }
            last += 1;
        }
        runs.push((index, last, conjunction));
        index = last + 1;
    }

    for &(first, last, conjunction) in &runs {
        let members = candidates.get(first..=last).unwrap_or(&[]);
        let is_list = members.len() >= 3 || (members.len() == 2 && conjunction);
        let plain = members.iter().any(|c| !c.needs_context);
        let mut ambiguous_codes: Vec<usize> = members
            .iter()
            .filter(|c| c.needs_context && guards_of(c) & guard::NO_LIST == 0)
            .filter_map(country_of)
            .collect();
        ambiguous_codes.sort_unstable();
        ambiguous_codes.dedup();
        for (offset, candidate) in members.iter().enumerate() {
            if !candidate.needs_context {
                continue;
            }
            let guards = guards_of(candidate);
            let island_only = guards & guard::ISLAND != 0 && guards & guard::CONTEXT == 0;
            let cued = context::country_cue(folded, candidate.folded_start, island_only);
            let listed = guards & guard::NO_LIST == 0 && is_list && (plain || ambiguous_codes.len() >= 2);
            if let Some(slot) = verdicts.get_mut(first + offset) {
                *slot = match (cued, listed) {
                    (true, _) => Some("country.name_after_cue"),
                    (false, true) => Some("country.name_in_list"),
                    (false, false) => None,
                };
            }
        }
    }
    let mut keep = Vec::with_capacity(candidates.len());
    for (candidate, verdict) in candidates.iter_mut().zip(verdicts) {
        if let Some(rule) = verdict {
            candidate.rule = rule;
        }
        keep.push(!candidate.needs_context || verdict.is_some());
    }
    let mut flags = keep.into_iter();
    candidates.retain(|_| flags.next().unwrap_or(false));
}

/// The record's mention for a kept candidate.
fn mention(doc: &Doc<'_>, candidate: &Candidate) -> Option<CountryMention> {
    let gazetteer = &*GAZETTEER;
    let entry = gazetteer.entries.get(candidate.entry)?;
    let country = gazetteer.countries.get(entry.country?)?;
    let via = match entry.kind {
        Kind::Name => CountryVia::Name,
        Kind::OfficialName => CountryVia::OfficialName,
        Kind::Abbreviation => CountryVia::Abbreviation,
        Kind::Demonym => CountryVia::Demonym,
        Kind::Block => return None,
    };
    Some(CountryMention {
        text: doc.slice(candidate.start, candidate.end).to_string(),
        span: Span::new(candidate.start, candidate.end),
        code: country.alpha2.to_string(),
        alpha3: country.alpha3.to_string(),
        name: country.name.to_string(),
        via,
        rule: candidate.rule.to_string(),
    })
}
