//! People named with their role: one entity per person, with every later mention.
//!
//! Rules (stable ids):
//! - `person.role_comma_name` — role, comma, name: "el subsecretario de Derechos Humanos,
//!   Población y Migración, Alejandro Encinas Rodríguez"; the role may itself hold a
//!   comma-separated list ending in "y X", and the name is the first comma segment that is a
//!   valid name after it.
//! - `person.role_name` — role and name with no comma: "la canciller Antonia Urrejola",
//!   "el presidente venezolano Hugo Chávez", "el Secretario General Ban Ki-moon".
//! - `person.name_comma_role` — name, comma, role (apposition): "Marcelo Ebrard, secretario de
//!   Relaciones Exteriores, dijo".
//!
//! Role nouns come from `data/person_roles.txt` (one aho-corasick automaton over the folded
//! text). A name is 2 to 5 capitalised words, with the particles "de", "del", "de la",
//! "de los" between them ("y" is not allowed: "Juan Pérez y Ana Gómez" are two people); no word
//! may be a place, institution, document or event word, an acronym, a month or a weekday, and
//! the name may not overlap an organisation. A role noun counts only after an article or
//! determiner ("el", "la", "del", "su", "actual", ...), at the start of a clause, or after a
//! comma, so "por lo general, Estados Unidos" is no role. Later mentions are the full name, and
//! its surname parts standing alone ("Encinas", "García Sáenz").

use std::collections::HashSet;
use std::sync::LazyLock;

use acta_record::{Organization, Person, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::organizations::{
    fold, form_at, is_all_caps, is_capitalised, is_comma_gap, is_demonym_adjective, is_name_gap, is_org_head,
    is_space_gap, word_at, Capital, FirstBytes, Scan, Word,
};
use crate::Doc;

const ROLES: &str = include_str!("../data/person_roles.txt");

/// Rule id of "role, Name".
pub const RULE_ROLE_COMMA_NAME: &str = "person.role_comma_name";
/// Rule id of "role Name".
pub const RULE_ROLE_NAME: &str = "person.role_name";
/// Rule id of "Name, role".
pub const RULE_NAME_COMMA_ROLE: &str = "person.name_comma_role";

struct Roles {
    automaton: AhoCorasick,
    /// Per pattern: the forms as written in the data file (with accents).
    written: Vec<String>,
    /// Per pattern: the folded form (the automaton's pattern).
    folded: Vec<String>,
}

static ROLE_NOUNS: LazyLock<Roles> = LazyLock::new(|| {
    let written: Vec<String> = ROLES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let folded: Vec<String> = written.iter().map(|w| fold(w)).collect();
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&folded)
        .expect("the role nouns compile");
    Roles { automaton, written, folded }
});

/// Lower-case words that qualify a role without ending it ("secretario general").
fn is_role_modifier(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "general"
            | "adjunto"
            | "adjunta"
            | "ejecutivo"
            | "ejecutiva"
            | "especial"
            | "federal"
            | "interino"
            | "interina"
            | "electo"
            | "electa"
            | "saliente"
            | "entrante"
            | "constitucional"
            | "nacional"
            | "regional"
            | "permanente"
            | "alterno"
            | "alterna"
            | "municipal"
            | "estatal"
            | "provincial"
            | "honorario"
            | "plenipotenciario"
            | "plenipotenciaria"
            | "extraordinario"
            | "extraordinaria"
            | "pro-tempore"
            | "anfitrion"
            | "anfitriona"
            | "izquierdista"
            | "derechista"
            | "conservador"
            | "conservadora"
            | "socialista"
    )
}

/// A lower-case demonym right after a role ("el presidente venezolano", "la canciller
/// mexicana", "el presidente francés", "el ministro marroquí").
fn is_demonym_like(word: &str) -> bool {
    is_demonym_adjective(word)
}

/// Lower-case ranks and courtesy titles written between a role and the name ("director general
/// de Migración, vicealmirante Ramón Tejeda").
fn is_rank(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "vicealmirante"
            | "contralmirante"
            | "almirante"
            | "general"
            | "coronel"
            | "teniente"
            | "capitan"
            | "comandante"
            | "doctor"
            | "doctora"
            | "licenciado"
            | "licenciada"
            | "ingeniero"
            | "ingeniera"
            | "embajador"
            | "embajadora"
            | "don"
            | "dona"
            | "senor"
            | "senora"
    )
}

/// Lower-case nouns that continue a role title ("jefa de misión de la OIM").
fn is_office_noun(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "mision" | "gabinete" | "delegacion" | "despacho" | "cartera" | "estado" | "gobierno"
    )
}

/// Words that may open the tail of a role ("de Relaciones Exteriores", "ante la OEA").
fn is_role_linker(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "de" | "del"
            | "la"
            | "las"
            | "los"
            | "el"
            | "y"
            | "e"
            | "para"
            | "sobre"
            | "en"
            | "ante"
            | "a"
            | "al"
            | "contra"
    )
}

/// Words before a role noun that make it a role ("el", "del", "su", "actual", ...).
fn is_role_determiner(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "el" | "la"
            | "del"
            | "al"
            | "su"
            | "nuevo"
            | "nueva"
            | "actual"
            | "entonces"
            | "ex"
            | "y"
            | "e"
            | "como"
            | "tambien"
    )
}

/// Whether a folded word is a whole role noun of the data file ("representante").
fn is_role_word(folded_word: &str) -> bool {
    ROLE_NOUNS.automaton.find(folded_word).is_some_and(|h| h.start() == 0 && h.end() == folded_word.len())
}

/// Capitalised words that never belong to a person's name.
fn is_non_name_word(folded_word: &str) -> bool {
    is_org_head(folded_word)
        || matches!(
            folded_word,
            "estados"
                | "unidos"
                | "unidas"
                | "republica"
                | "reino"
                | "ciudad"
                | "derechos"
                | "humanos"
                | "reunion"
                | "cumbre"
                | "declaracion"
                | "plan"
                | "pacto"
                | "congreso"
                | "dia"
                | "agenda"
                | "acuerdo"
                | "tratado"
                | "relaciones"
                | "exteriores"
                | "interior"
                | "asuntos"
                | "nacional"
                | "internacional"
                | "federal"
                | "naciones"
                | "casa"
                | "blanca"
                | "palacio"
                | "general"
                | "pro-tempore"
                | "presidente"
                | "presidenta"
                | "ministro"
                | "ministra"
                | "canciller"
                | "secretario"
                | "viceministro"
                | "viceministra"
                | "subsecretario"
                | "subsecretaria"
                | "embajador"
                | "embajadora"
                | "migracion"
                | "migraciones"
                | "poblacion"
                | "seguridad"
                | "desarrollo"
                | "cooperacion"
                | "america"
                | "latina"
                | "caribe"
                | "norte"
                | "sur"
                | "este"
                | "oeste"
                | "europa"
                | "africa"
                | "asia"
                | "centroamerica"
                | "sudamerica"
                | "latinoamerica"
                | "enero"
                | "febrero"
                | "marzo"
                | "abril"
                | "mayo"
                | "junio"
                | "julio"
                | "agosto"
                | "septiembre"
                | "setiembre"
                | "octubre"
                | "noviembre"
                | "diciembre"
                | "lunes"
                | "martes"
                | "miercoles"
                | "jueves"
                | "viernes"
                | "sabado"
                | "domingo"
        )
}

/// Capitalised words that open a clause and are not part of the name after them
/// ("Según Marcelo Ebrard, canciller...").
fn is_clause_opener(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "el" | "la"
            | "los"
            | "las"
            | "segun"
            | "para"
            | "con"
            | "por"
            | "hoy"
            | "ayer"
            | "este"
            | "esta"
            | "en"
            | "durante"
            | "tras"
            | "ante"
            | "asimismo"
            | "ademas"
            | "finalmente"
            | "tambien"
            | "mientras"
            | "cuando"
            | "y"
            | "a"
            | "al"
            | "del"
            | "de"
            | "sin"
            | "entre"
            | "despues"
            | "luego"
            | "entonces"
    )
}

/// Name particles between capitalised words.
fn is_particle(folded_word: &str) -> bool {
    matches!(folded_word, "de" | "del" | "la" | "los")
}

fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Sorts spans and merges the overlapping ones, for [`overlaps_any`].
fn disjoint_union(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match out.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => out.push(span),
        }
    }
    out
}

/// Whether `[start, end)` overlaps a span of `disjoint` (sorted, non-overlapping).
fn overlaps_any(disjoint: &[Span], start: usize, end: usize) -> bool {
    let first_ending_after = disjoint.partition_point(|s| s.end <= start);
    disjoint.get(first_ending_after).is_some_and(|s| s.start < end)
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    words: &'d [Word],
    /// Where a later mention of a name can begin.
    capitals: &'d [Capital],
    organizations: Vec<Span>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// The words and capitals of `doc`, and the spans of its organisations.
    fn new(doc: &'d Doc<'a>, scan: &'d Scan, organizations: &[Organization]) -> Self {
        let organizations = disjoint_union(
            organizations
                .iter()
                .flat_map(|o| std::iter::once(o.span).chain(o.mentions.iter().copied()))
                .collect(),
        );
        Ctx { doc, words: &scan.words, capitals: &scan.capitals, organizations }
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.words.get(i).and_then(|w| self.doc.text.get(w.start()..w.end()))
    }

    /// The folded text of word `i` (empty past the last word), borrowed from the folded view.
    fn folded(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.folded(self.doc.folded()))
    }

    /// The text between word `i - 1` and word `i`.
    fn gap_before(&self, i: usize) -> Option<&str> {
        let previous = self.words.get(i.checked_sub(1)?)?;
        let word = self.words.get(i)?;
        self.doc.text.get(previous.end()..word.start())
    }

    /// Whether word `i` continues a name from word `i - 1` (a space, or an initial's period).
    fn name_gap_before(&self, i: usize) -> bool {
        let previous = i.checked_sub(1).and_then(|p| self.word(p)).unwrap_or("");
        self.gap_before(i).is_some_and(|g| is_name_gap(previous, g))
    }

    fn start(&self, i: usize) -> usize {
        self.words.get(i).map_or(0, |w| w.start())
    }

    fn end(&self, i: usize) -> usize {
        self.words.get(i).map_or(0, |w| w.end())
    }

    /// Whether words `first..=last` form a person's name.
    fn is_name(&self, first: usize, last: usize) -> bool {
        if last < first || last - first > 6 {
            return false;
        }
        let mut capitalised = 0;
        for i in first..=last {
            let Some(word) = self.word(i) else { return false };
            if i > first && !self.name_gap_before(i) {
                return false;
            }
            let folded = self.folded(i);
            if is_capitalised(word) {
                let roman_after_name = i == last && i > first && is_roman_numeral(word);
                // "Julio Estrada", "Abril Méndez": months that are given names, first of a name.
                let month_given_name = i == first && i < last && matches!(folded, "julio" | "abril");
                if !roman_after_name
                    && (is_all_caps(word)
                        || is_non_name_word(folded) && !month_given_name
                        || is_role_word(folded))
                {
                    return false;
                }
                if word.chars().any(|c| c.is_ascii_digit()) {
                    return false;
                }
                capitalised += 1;
            } else if !is_particle(folded) || i == first || i == last {
                return false;
            }
        }
        // "de la" but not "la" alone.
        for i in first..=last {
            if self.word(i) == Some("la") && self.word(i.wrapping_sub(1)) != Some("de") {
                return false;
            }
            if self.word(i) == Some("los") && self.word(i.wrapping_sub(1)) != Some("de") {
                return false;
            }
        }
        if self.word(last).is_some_and(|w| w.chars().count() == 1) {
            return false;
        }
        let (start, end) = (self.start(first), self.end(last));
        let overlaps_organization = overlaps_any(&self.organizations, start, end);
        (2..=5).contains(&capitalised) && !overlaps_organization
    }

    /// The run of capitalised words and particles starting at word `first`, inside one gap-free
    /// stretch: returns its last word (trailing particles dropped) and whether it runs on into
    /// more words than a name has.
    fn capitalised_run(&self, first: usize) -> Option<usize> {
        let mut last = None;
        let mut i = first;
        while i < first + 8 {
            let Some(word) = self.word(i) else { break };
            if i > first && !self.name_gap_before(i) {
                break;
            }
            if is_capitalised(word) {
                last = Some(i);
            } else if !is_particle(self.folded(i)) {
                break;
            }
            i += 1;
        }
        if i >= first + 8 {
            return None;
        }
        last
    }

    /// Scans from word `from` over words allowed in a role title (capitalised words, linking
    /// words, modifiers, demonyms) as long as the gaps are spaces. Returns the index of the last
    /// word consumed (or `from - 1`), and the index where the scan stopped.
    fn role_tail(&self, from: usize) -> (Option<usize>, usize) {
        let mut last = from.checked_sub(1);
        let mut i = from;
        while let Some(word) = self.word(i) {
            if !self.gap_before(i).is_some_and(is_space_gap) {
                break;
            }
            let folded = self.folded(i);
            if is_capitalised(word)
                || is_role_modifier(folded)
                || is_demonym_like(word)
                || is_office_noun(folded)
            {
                last = Some(i);
            } else if !is_role_linker(folded) {
                break;
            }
            i += 1;
        }
        (last, i)
    }
}

/// A person as first found.
#[derive(Debug)]
struct Found {
    name_start: usize,
    name_end: usize,
    role: Option<(usize, usize)>,
    rule: &'static str,
}

/// Tries "role, [list items,] Name" with the role noun ending at word `role_last`.
fn role_comma_name(ctx: &Ctx<'_, '_>, role_first: usize, role_last: usize) -> Option<Found> {
    // A capitalised word right after the role noun and its modifiers is a name ("la
    // embajadora Liz Benítez, ..."), the business of [`role_name`].
    let mut after = role_last + 1;
    while ctx.word(after).is_some_and(|w| is_role_modifier(ctx.folded(after)) || is_demonym_like(w)) {
        after += 1;
    }
    if ctx.word(after).is_some_and(|w| is_capitalised(w) && !is_role_modifier(ctx.folded(after)))
        && ctx.gap_before(after).is_some_and(is_space_gap)
    {
        return None;
    }
    // The first comma segment: the role noun and its tail, up to a comma.
    let (tail_last, stop) = ctx.role_tail(role_last + 1);
    let tail_last = tail_last.unwrap_or(role_last).max(role_last);
    if stop != tail_last + 1 || !ctx.gap_before(stop).is_some_and(is_comma_gap) {
        return None;
    }
    // Later segments: capitalised runs separated by commas.
    let mut role_end = ctx.end(tail_last);
    let mut segment_first = stop;
    let mut saw_list_end = true; // A name may follow the first segment directly.
    for _ in 0..5 {
        let mut word = ctx.word(segment_first)?;
        if saw_list_end
            && is_rank(ctx.folded(segment_first))
            && ctx.gap_before(segment_first + 1).is_some_and(is_space_gap)
        {
            segment_first += 1;
            word = ctx.word(segment_first)?;
        }
        if !is_capitalised(word) {
            return None;
        }
        if let Some(name_last) = ctx.capitalised_run(segment_first) {
            if saw_list_end && ctx.is_name(segment_first, name_last) && name_ends_here(ctx, name_last) {
                return Some(Found {
                    name_start: ctx.start(segment_first),
                    name_end: ctx.end(name_last),
                    role: Some((ctx.start(role_first), role_end)),
                    rule: RULE_ROLE_COMMA_NAME,
                });
            }
        }
        let (segment_last, next) = segment(ctx, segment_first);
        let ends_clause = !ctx.gap_before(next).is_some_and(|g| is_comma_gap(g) || is_space_gap(g))
            || ctx.word(next).is_none()
            || !ctx.word(next).is_some_and(is_capitalised)
            || ctx.gap_before(next).is_some_and(is_space_gap);
        if ends_clause {
            return None;
        }
        // A list item of the role ("Población y Migración"): the list ends with "y".
        saw_list_end = (segment_first + 1..segment_last).any(|i| matches!(ctx.word(i), Some("y" | "e")));
        role_end = ctx.end(segment_last);
        segment_first = next;
    }
    None
}

/// The capitalised run from `first` with linking words: (last word, index after the segment).
fn segment(ctx: &Ctx<'_, '_>, first: usize) -> (usize, usize) {
    let mut last = first;
    let mut i = first + 1;
    while let Some(word) = ctx.word(i) {
        if !ctx.gap_before(i).is_some_and(is_space_gap) {
            break;
        }
        if is_capitalised(word) {
            last = i;
        } else if !is_role_linker(ctx.folded(i)) {
            break;
        }
        i += 1;
    }
    (last, last + 1)
}

/// Whether a name ending at word `last` is followed by the end of its clause (not by more
/// capitalised words that would make it a longer, different name).
fn name_ends_here(ctx: &Ctx<'_, '_>, last: usize) -> bool {
    match (ctx.gap_before(last + 1), ctx.word(last + 1)) {
        (Some(gap), Some(word)) if is_space_gap(gap) => !is_capitalised(word),
        _ => true,
    }
}

/// Tries "role [modifiers] Name" with no comma.
fn role_name(ctx: &Ctx<'_, '_>, role_first: usize, role_last: usize) -> Option<Found> {
    let mut last_role_word = role_last;
    let mut i = role_last + 1;
    // Modifiers, lower-case or capitalised ("el Secretario General Ban Ki-moon").
    while let Some(word) = ctx.word(i) {
        if !ctx.gap_before(i).is_some_and(is_space_gap) {
            return None;
        }
        let folded = ctx.folded(i);
        if is_role_modifier(folded) || is_demonym_like(word) {
            last_role_word = i;
            i += 1;
        } else {
            break;
        }
    }
    let word = ctx.word(i)?;
    if !is_capitalised(word) || !ctx.gap_before(i).is_some_and(is_space_gap) {
        return None;
    }
    let last = ctx.capitalised_run(i)?;
    if !ctx.is_name(i, last) {
        return None;
    }
    // "la embajadora Liz Benítez, Representante Permanente de ... ante la OEA": the appositive
    // title says more than the noun before the name.
    let mut role = (ctx.start(role_first), ctx.end(last_role_word));
    if ctx.gap_before(last + 1).is_some_and(is_comma_gap) {
        let next = ctx.word(last + 1).map(fold).unwrap_or_default();
        let hit = ROLE_NOUNS.automaton.find(next.as_str());
        if hit.is_some_and(|h| h.start() == 0 && h.end() == next.len()) {
            let (tail_last, _) = ctx.role_tail(last + 2);
            let tail_last = tail_last.unwrap_or(last + 1).max(last + 1);
            if tail_last > last + 1 {
                role = (ctx.start(last + 1), ctx.end(tail_last));
            }
        }
    }
    Some(Found { name_start: ctx.start(i), name_end: ctx.end(last), role: Some(role), rule: RULE_ROLE_NAME })
}

/// Tries "Name, role ..." where the role noun (at word `role_first`) follows a comma.
fn name_comma_role(ctx: &Ctx<'_, '_>, role_first: usize, role_last: usize) -> Option<Found> {
    if !ctx.gap_before(role_first).is_some_and(is_comma_gap) {
        return None;
    }
    let name_last = role_first.checked_sub(1)?;
    if !is_capitalised(ctx.word(name_last)?) {
        return None;
    }
    // Walk back over the capitalised run.
    let mut first = name_last;
    while first > 0 && name_last - first < 8 {
        let previous = first - 1;
        let (Some(word), Some(gap)) = (ctx.word(previous), ctx.gap_before(first)) else { break };
        if !is_space_gap(gap) || !(is_capitalised(word) || is_particle(ctx.folded(previous))) {
            break;
        }
        first = previous;
    }
    while first < name_last
        && ctx.word(first).is_some_and(|w| is_clause_opener(ctx.folded(first)) || is_particle(w))
    {
        first += 1;
    }
    if !ctx.is_name(first, name_last) {
        return None;
    }
    // The role: noun and tail up to the end of its clause.
    let (tail_last, _) = ctx.role_tail(role_last + 1);
    let role_end = ctx.end(tail_last.unwrap_or(role_last).max(role_last));
    Some(Found {
        name_start: ctx.start(first),
        name_end: ctx.end(name_last),
        role: Some((ctx.start(role_first), role_end)),
        rule: RULE_NAME_COMMA_ROLE,
    })
}

/// Whether the role noun at word `first` is used as a role here (after an article, a
/// determiner, a comma or at the start of a clause).
fn introduced_as_role(ctx: &Ctx<'_, '_>, first: usize) -> bool {
    let Some(gap) = ctx.gap_before(first) else { return true };
    if !is_space_gap(gap) {
        return true;
    }
    ctx.word(first - 1).is_some_and(|_| is_role_determiner(ctx.folded(first - 1)))
}

/// People of `doc`, one per person, in order of first mention, with byte spans.
pub fn find(doc: &Doc<'_>, organizations: &[Organization]) -> Vec<Person> {
    let scan = doc.scan();
    let roles = &*ROLE_NOUNS;
    let folded = doc.folded();
    // The organisation spans, made at the first role noun that needs them: a document with
    // none has no people and needs none of them.
    let mut context: Option<Ctx<'_, '_>> = None;
    let mut found: Vec<Found> = Vec::new();
    let mut consumed_until = 0;
    for hit in roles.automaton.find_iter(folded) {
        let (fs, fe) = (hit.start(), hit.end());
        let before = folded.get(..fs).and_then(|s| s.chars().next_back());
        let after = folded.get(fe..).and_then(|s| s.chars().next());
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        let (start, end) = doc.original_range(fs, fe);
        if start < consumed_until {
            continue;
        }
        // "secretaría" (the body) folds like "secretaria" (the person): compare as written, in
        // lower case (char by char: the forms hold no Greek sigma, the one letter whose lower
        // case depends on its neighbours).
        let written = doc.slice(start, end);
        let pattern = hit.pattern().as_usize();
        let (Some(form), Some(folded_form)) = (roles.written.get(pattern), roles.folded.get(pattern)) else {
            continue;
        };
        let lower = || written.chars().flat_map(char::to_lowercase);
        if !lower().eq(form.chars()) && !lower().eq(folded_form.chars()) {
            continue;
        }
        let ctx = context.get_or_insert_with(|| Ctx::new(doc, scan, organizations));
        let role_first = word_at(ctx.words, start);
        let role_last = word_at(ctx.words, end).saturating_sub(1);
        if !introduced_as_role(ctx, role_first) {
            continue;
        }
        let person = name_comma_role(ctx, role_first, role_last)
            .or_else(|| role_comma_name(ctx, role_first, role_last))
            .or_else(|| role_name(ctx, role_first, role_last));
        if let Some(mut person) = person {
            person.name_end = cut_at_known_surname(ctx, &found, &person);
            consumed_until = person.name_end.max(person.role.map_or(0, |r| r.1));
            found.push(person);
        }
    }
    match context {
        Some(ctx) => build_people(doc, &ctx, found),
        None => Vec::new(),
    }
}

/// "Igor Klimenko Grande-Marlaska ha destacado": where a lost full stop runs a name into the
/// surname of a person named before (Fernando Grande-Marlaska), the name ends before that
/// surname, provided what is left is still a name. Returns the name's end.
fn cut_at_known_surname(ctx: &Ctx<'_, '_>, earlier: &[Found], person: &Found) -> usize {
    let first = word_at(ctx.words, person.name_start);
    let last = word_at(ctx.words, person.name_end).saturating_sub(1);
    for other in earlier {
        let other_first = word_at(ctx.words, other.name_start);
        let other_last = word_at(ctx.words, other.name_end).saturating_sub(1);
        // The other's surname: every word after its first.
        let surname_length = other_last.saturating_sub(other_first);
        if surname_length == 0 || last < first + surname_length + 1 {
            continue;
        }
        let cut = last - surname_length;
        let same_surname = (1..=surname_length).all(|k| ctx.folded(cut + k) == ctx.folded(other_first + k));
        // The same person written again in full is not cut ("Fernando Grande-Marlaska").
        if same_surname && ctx.folded(cut) != ctx.folded(other_first) && ctx.is_name(first, cut) {
            return ctx.end(cut);
        }
    }
    person.name_end
}

/// Merges people found more than once and collects every mention of each.
fn build_people(doc: &Doc<'_>, ctx: &Ctx<'_, '_>, found: Vec<Found>) -> Vec<Person> {
    // One entry per folded name; a name contained in another is the same person.
    struct Entity {
        words: Vec<String>,
        name_span: (usize, usize),
        role: Option<(usize, usize)>,
        rule: &'static str,
    }
    let mut entities: Vec<Entity> = Vec::new();
    for person in found {
        let name = doc.slice(person.name_start, person.name_end);
        let name_words: Vec<String> = name.split(' ').map(fold).collect();
        let contains = |outer: &[String], inner: &[String]| {
            inner.len() <= outer.len() && outer.windows(inner.len()).any(|w| w == inner)
        };
        if let Some(existing) =
            entities.iter_mut().find(|e| contains(&e.words, &name_words) || contains(&name_words, &e.words))
        {
            if name_words.len() > existing.words.len() {
                existing.words = name_words;
                existing.name_span = (person.name_start, person.name_end);
            }
            if existing.role.is_none() {
                existing.role = person.role;
            }
            continue;
        }
        entities.push(Entity {
            words: name_words,
            name_span: (person.name_start, person.name_end),
            role: person.role,
            rule: person.rule,
        });
    }

    // Forms to look for: the full name, and runs of its words after the first (surnames).
    let folded = doc.folded();
    let mut forms: Vec<(String, usize, bool)> = Vec::new();
    for (index, entity) in entities.iter().enumerate() {
        let n = entity.words.len();
        forms.push((entity.words.join(" "), index, true));
        for from in 1..n {
            for to in from + 1..=n {
                let Some(part) = entity.words.get(from..to) else { continue };
                let (Some(first), Some(last)) = (part.first(), part.last()) else { continue };
                if is_particle(first) || is_particle(last) || (part.len() == 1 && first.chars().count() < 4) {
                    continue;
                }
                if part.len() == n {
                    continue;
                }
                forms.push((part.join(" "), index, false));
            }
        }
        // "Alejandro Encinas" for "Alejandro Encinas Rodríguez".
        if n >= 3 {
            if let Some(part) = entity.words.get(..2) {
                if !is_particle(&part[1]) {
                    forms.push((part.join(" "), index, false));
                }
            }
        }
    }
    // A short form shared by two people names neither.
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut ambiguous: HashSet<String> = HashSet::new();
    for (form, index, _) in &forms {
        if seen.iter().any(|(f, i)| f == form && i != index) {
            ambiguous.insert(form.clone());
        }
        seen.push((form.clone(), *index));
    }

    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    // This document's name forms, tried at the capitals of its folded text (a mention must
    // start with a capital and stand as whole words).
    let usable: Vec<&(String, usize, bool)> =
        forms.iter().filter(|(form, _, _)| !form.is_empty() && !ambiguous.contains(form)).collect();
    let first_bytes = FirstBytes::of(usable.iter().map(|(form, _, _)| form.as_str()));
    for &capital in ctx.capitals.iter().filter(|c| first_bytes.may_begin(folded, c)) {
        for (form, index, full) in usable.iter().copied() {
            let Some(folded_end) = form_at(folded, capital, form) else { continue };
            let (start, end) = (capital.start, doc.folded.to_original(folded_end));
            if !doc.slice(start, end).starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            if !full && next_to_capitalised(ctx, start, end) {
                continue;
            }
            if overlaps_any(&ctx.organizations, start, end) {
                continue;
            }
            candidates.push((start, end, *index));
        }
    }
    for (index, entity) in entities.iter().enumerate() {
        candidates.push((entity.name_span.0, entity.name_span.1, index));
    }
    candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut mentions: Vec<Vec<Span>> = vec![Vec::new(); entities.len()];
    let mut last_end = 0;
    for (start, end, index) in candidates {
        if start < last_end {
            continue;
        }
        last_end = end;
        if let Some(list) = mentions.get_mut(index) {
            list.push(Span::new(start, end));
        }
    }

    let mut people: Vec<(usize, Person)> = Vec::new();
    for (entity, spans) in entities.iter().zip(mentions) {
        let Some(first) = spans.first() else { continue };
        let (start, end) = entity.name_span;
        let text = doc.slice(start, end).to_string();
        people.push((
            first.start,
            Person {
                text: text.clone(),
                span: Span::new(start, end),
                mentions: spans,
                name: text,
                role: entity.role.map(|(s, e)| doc.slice(s, e).to_string()),
                rule: entity.rule.to_string(),
            },
        ));
    }
    people.sort_by_key(|(first, _)| *first);
    people.into_iter().map(|(_, p)| p).collect()
}

/// Whether a short-form match touches another capitalised word ("Miguel" in "Miguel Ángel").
fn next_to_capitalised(ctx: &Ctx<'_, '_>, start: usize, end: usize) -> bool {
    let first = word_at(ctx.words, start);
    let last = word_at(ctx.words, end).saturating_sub(1);
    // A capitalised word before is harmless when it opens the sentence ("Después Urrejola").
    let before = first.checked_sub(1).is_some_and(|p| {
        let sentence_start = ctx.gap_before(p).is_none_or(|g| g.contains(['.', '\n', ':', ';']));
        ctx.gap_before(first).is_some_and(is_space_gap)
            && ctx
                .word(p)
                .is_some_and(|w| is_capitalised(w) && !is_clause_opener(ctx.folded(p)) && !sentence_start)
    });
    let after =
        ctx.gap_before(last + 1).is_some_and(is_space_gap) && ctx.word(last + 1).is_some_and(is_capitalised);
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (rule id, sentence, expected people as (name, role, mention texts)).
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, Option<&'static str>, &'static [&'static str])],
    );

    fn check(cases: &[Case]) {
        for (rule, sentence, expected) in cases {
            let doc = Doc::new(sentence);
            let organizations = crate::organizations::find(&doc, &[]);
            let found = find(&doc, &organizations);
            for person in &found {
                assert_eq!(person.text, sentence[person.span.start..person.span.end]);
            }
            let got: Vec<(String, Option<String>, Vec<String>)> = found
                .iter()
                .map(|p| {
                    (
                        p.name.clone(),
                        p.role.clone(),
                        p.mentions.iter().map(|s| sentence[s.start..s.end].to_string()).collect(),
                    )
                })
                .collect();
            let want: Vec<(String, Option<String>, Vec<String>)> = expected
                .iter()
                .map(|(n, r, m)| {
                    (n.to_string(), r.map(String::from), m.iter().map(|s| s.to_string()).collect())
                })
                .collect();
            assert_eq!(got, want, "[{rule}] {sentence}");
            if !expected.is_empty() {
                assert!(found.iter().any(|p| p.rule == *rule), "[{rule}] not used in: {sentence} {found:?}");
            }
        }
    }

    #[test]
    fn role_comma_name() {
        check(&[
            (
                RULE_ROLE_COMMA_NAME,
                "Desde la Presidencia Pro-Témpore de México a cargo del subsecretario de Derechos Humanos, Población y Migración, Alejandro Encinas Rodríguez, se ha impulsado un plan. Encinas agradeció.",
                &[(
                    "Alejandro Encinas Rodríguez",
                    Some("subsecretario de Derechos Humanos, Población y Migración"),
                    &["Alejandro Encinas Rodríguez", "Encinas"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Participó el Viceministro de Relaciones Exteriores de Guatemala, Pablo César García Sáenz, quien habló.",
                &[(
                    "Pablo César García Sáenz",
                    Some("Viceministro de Relaciones Exteriores de Guatemala"),
                    &["Pablo César García Sáenz"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Según la Ministra de Relaciones Exteriores, Antonia Urrejola. Después Urrejola viajó.",
                &[("Antonia Urrejola", Some("Ministra de Relaciones Exteriores"), &["Antonia Urrejola", "Urrejola"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Lo anunció el Presidente de la República, Andrés López.",
                &[("Andrés López", Some("Presidente de la República"), &["Andrés López"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Habló el secretario general de la OEA, José Miguel Insulza, y luego Insulza se retiró.",
                &[("José Miguel Insulza", Some("secretario general de la OEA"), &["José Miguel Insulza", "Insulza"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Asistió el ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares.",
                &[(
                    "José Manuel Albares",
                    Some("ministro de Asuntos Exteriores, Unión Europea y Cooperación"),
                    &["José Manuel Albares"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "La propuesta del presidente de Panamá, Ricardo Martinelli, fue aceptada.",
                &[("Ricardo Martinelli", Some("presidente de Panamá"), &["Ricardo Martinelli"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "El embajador de México en Chile, Juan Carlos de la Fuente, presentó cartas.",
                &[("Juan Carlos de la Fuente", Some("embajador de México en Chile"), &["Juan Carlos de la Fuente"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "En su encuentro con el director general de la OIT, Gilbert F. Houngbo, la ministra habló.",
                &[("Gilbert F. Houngbo", Some("director general de la OIT"), &["Gilbert F. Houngbo"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Habló el director general de Migración, vicealmirante Ramón Ernesto Tejeda Ulloa, en la apertura.",
                &[("Ramón Ernesto Tejeda Ulloa", Some("director general de Migración"), &["Ramón Ernesto Tejeda Ulloa"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Asistió la jefa de misión de la OIM en Guatemala, Ingrid Solberg, y otros.",
                &[("Ingrid Solberg", Some("jefa de misión de la OIM en Guatemala"), &["Ingrid Solberg"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Lo recibió el ministro marroquí de Inclusión Económica, Youssef Benali.",
                &[("Youssef Benali", Some("ministro marroquí de Inclusión Económica"), &["Youssef Benali"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Participó el ministro español del Interior, Tomás Berrocal Iglesias.",
                &[("Tomás Berrocal Iglesias", Some("ministro español del Interior"), &["Tomás Berrocal Iglesias"])],
            ),
            // A demonym without a demonym ending still belongs to the role.
            (
                RULE_ROLE_COMMA_NAME,
                "Tomó la palabra el canciller belga de Exteriores, Marc Dewael, antes del receso.",
                &[("Marc Dewael", Some("canciller belga de Exteriores"), &["Marc Dewael"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Firmó la ministra suiza de Justicia, Anna Keller Brunner, el acuerdo.",
                &[("Anna Keller Brunner", Some("ministra suiza de Justicia"), &["Anna Keller Brunner"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Lo dijo el viceministro ruso de Defensa, Oleg Petrov, en rueda de prensa.",
                &[("Oleg Petrov", Some("viceministro ruso de Defensa"), &["Oleg Petrov"])],
            ),
            // The second of a coordinated pair, and a month that is a given name.
            (
                RULE_ROLE_COMMA_NAME,
                "Llegaron la gobernadora de Oaxaca, Rosa Ruiz Lara, y el alcalde de Quito, Julio Andrade Paz.",
                &[
                    ("Rosa Ruiz Lara", Some("gobernadora de Oaxaca"), &["Rosa Ruiz Lara"]),
                    ("Julio Andrade Paz", Some("alcalde de Quito"), &["Julio Andrade Paz"]),
                ],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Intervino la directora de Migración, Abril Solís, en el panel.",
                &[("Abril Solís", Some("directora de Migración"), &["Abril Solís"])],
            ),
            // A lost full stop runs a name into the surname of someone named before.
            (
                RULE_ROLE_COMMA_NAME,
                "Habló el ministro de Justicia, Pablo Ortega Ruiz. Intervino el ministro de Salud de Perú, Iván Soto Ortega Ruiz destacó el acuerdo.",
                &[
                    // The surname run on is not taken as a mention: it touches "Soto".
                    ("Pablo Ortega Ruiz", Some("ministro de Justicia"), &["Pablo Ortega Ruiz"]),
                    ("Iván Soto", Some("ministro de Salud de Perú"), &["Iván Soto"]),
                ],
            ),
            // Not a name after the comma.
            (RULE_ROLE_COMMA_NAME, "Julio de 2020, el ministro de Salud, Julio y agosto fueron meses duros.", &[]),
            (RULE_ROLE_COMMA_NAME, "El ministro de Salud, Ciudad de México y otros asistieron.", &[]),
            (RULE_ROLE_COMMA_NAME, "Por lo general, Estados Unidos no firma.", &[]),
            (RULE_ROLE_COMMA_NAME, "La presidenta de la Comisión, Reunión Plenaria mediante, habló.", &[]),
        ]);
    }

    #[test]
    fn role_name() {
        check(&[
            (
                RULE_ROLE_NAME,
                "Se reunió con la canciller Antonia Urrejola en Santiago.",
                &[("Antonia Urrejola", Some("canciller"), &["Antonia Urrejola"])],
            ),
            (
                RULE_ROLE_NAME,
                "El presidente Joe Biden firmó. Biden dijo que sí.",
                &[("Joe Biden", Some("presidente"), &["Joe Biden", "Biden"])],
            ),
            (
                RULE_ROLE_NAME,
                "Encabezó el presidente venezolano Hugo Chávez la sesión.",
                &[("Hugo Chávez", Some("presidente venezolano"), &["Hugo Chávez"])],
            ),
            (
                RULE_ROLE_NAME,
                "Lo recibió el Secretario General Ban Ki-moon en Nueva York.",
                &[("Ban Ki-moon", Some("Secretario General"), &["Ban Ki-moon"])],
            ),
            (
                RULE_ROLE_NAME,
                "Saludó al rey Felipe VI en la recepción.",
                &[("Felipe VI", Some("rey"), &["Felipe VI"])],
            ),
            (
                RULE_ROLE_NAME,
                "Presidió la embajadora Liz Carolina Benítez Ayala, Representante Permanente del Paraguay ante la OEA, la sesión.",
                &[(
                    "Liz Carolina Benítez Ayala",
                    Some("Representante Permanente del Paraguay ante la OEA"),
                    &["Liz Carolina Benítez Ayala"],
                )],
            ),
            (
                RULE_ROLE_NAME,
                "Lo anunció el vicecanciller panameño Federico Arosemena Chiari ayer.",
                &[("Federico Arosemena Chiari", Some("vicecanciller panameño"), &["Federico Arosemena Chiari"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Habló la presidenta anfitriona, Laura Chinchilla, al cierre.",
                &[("Laura Chinchilla", Some("presidenta anfitriona"), &["Laura Chinchilla"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Según el ministro alemán, Otto Schily, la medida funciona.",
                &[("Otto Schily", Some("ministro alemán"), &["Otto Schily"])],
            ),
            (RULE_ROLE_NAME, "La Secretaría General Iberoamericana convoca.", &[]),
            (RULE_ROLE_NAME, "El presidente Obama llegó.", &[]),
            (RULE_ROLE_NAME, "La presidenta Pro-Témpore de México habló.", &[]),
            (RULE_ROLE_NAME, "El ministro dijo que Juan Pérez vendría.", &[]),
        ]);
    }

    #[test]
    fn name_comma_role() {
        check(&[
            (
                RULE_NAME_COMMA_ROLE,
                "Marcelo Ebrard, secretario de Relaciones Exteriores de México, dijo que Ebrard volverá.",
                &[(
                    "Marcelo Ebrard",
                    Some("secretario de Relaciones Exteriores de México"),
                    &["Marcelo Ebrard", "Ebrard"],
                )],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Según Antonio Guterres, secretario general de la ONU, la crisis sigue.",
                &[("Antonio Guterres", Some("secretario general de la ONU"), &["Antonio Guterres"])],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Juan Pérez, ministro de Salud, y Ana Gómez, ministra de Trabajo, firmaron.",
                &[
                    ("Juan Pérez", Some("ministro de Salud"), &["Juan Pérez"]),
                    ("Ana Gómez", Some("ministra de Trabajo"), &["Ana Gómez"]),
                ],
            ),
            (RULE_NAME_COMMA_ROLE, "En Ciudad de México, presidente y ministros se reunieron.", &[]),
            (RULE_NAME_COMMA_ROLE, "La Reunión Plenaria, presidente de turno incluido, sesionó.", &[]),
        ]);
    }

    #[test]
    fn seed_sentences_yield_one_person() {
        let text = "Comunicado del Gobierno de México como Presidencia Pro-Témpore de la Conferencia Regional sobre Migración (CRM)\n\nSe destacó que desde la Presidencia Pro-Témpore de México a cargo del subsecretario de Derechos Humanos, Población y Migración, Alejandro Encinas Rodríguez, se ha impulsado un plan.\n\nLas y los viceministros y jefes de delegación de los 11 países miembros de la CRM.";
        let doc = Doc::new(text);
        let organizations = crate::organizations::find(&doc, &[]);
        let people = find(&doc, &organizations);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Alejandro Encinas Rodríguez");
    }
}
