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
//! - `person.signature` — a signature block: the name alone on its line and the capitalised
//!   role under it ("Karla Patricia Mejía Rosales / Cónsul General"), also when normalisation
//!   reflowed the two lines into one.
//! - `person.shared_role` — a plural role shared by the names after it: "Los cancilleres de
//!   Costa Rica y de Panamá, Ana Pérez y Luis Mora" (each gets the singular role and, when the
//!   complements are as many as the names and plainly separate, their own complement:
//!   "canciller de Costa Rica", "canciller de Panamá"), "los presidentes Ana Pérez y Luis Mora",
//!   "los secretarios de Economía, Ana Pérez; de Salud, Luis Mora". The plurals are made from
//!   the one-word roles of the data file; they are never role words inside a name ("Reyes").
//!
//! Role nouns come from `data/person_roles.txt` (one aho-corasick automaton over the folded
//! text). A name is 2 to 5 capitalised words, with the particles "de", "del", "de la",
//! "de los" between them ("y" is not allowed: "Juan Pérez y Ana Gómez" are two people); no word
//! may be a place, institution, document or event word, an acronym, a month or a weekday, and
//! the name may not overlap an organisation. A role noun counts only after an article or
//! determiner ("el", "la", "del", "su", "actual", ...), at the start of a clause, or after a
//! comma, so "por lo general, Estados Unidos" is no role. Later mentions are the full name, and
//! its surname parts standing alone ("Encinas", "García Sáenz").

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use acta_record::{CountryMention, Organization, Person, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::fnv::FnvBuild;
use crate::organizations::{
    enumeration_tail, fold, is_all_caps, is_capitalised, is_comma_gap, is_demonym_adjective, is_name_gap,
    is_org_head, is_space_gap, word_at, Capital, FormIndex, Scan, Word,
};
use crate::Doc;

const ROLES: &str = include_str!("../data/person_roles.txt");

/// Rule id of "role, Name".
pub const RULE_ROLE_COMMA_NAME: &str = "person.role_comma_name";
/// Rule id of "role Name".
pub const RULE_ROLE_NAME: &str = "person.role_name";
/// Rule id of "Name, role".
pub const RULE_NAME_COMMA_ROLE: &str = "person.name_comma_role";
/// Rule id of a signature block: the name on its line, the role under it.
pub const RULE_SIGNATURE: &str = "person.signature";
/// Rule id of a plural role shared by the names after it ("Los cancilleres ..., A y B").
pub const RULE_SHARED_ROLE: &str = "person.shared_role";

struct Roles {
    automaton: AhoCorasick,
    /// Per pattern: the forms as written in the data file (with accents).
    written: Vec<String>,
    /// Per pattern: the folded form (the automaton's pattern).
    folded: Vec<String>,
    /// Per pattern: for a plural made from a one-word role ("cancilleres"), its singular's
    /// pattern ("canciller").
    singular: Vec<Option<usize>>,
}

/// The plural of a one-word role noun: "-s" after a vowel, "-es" after a consonant
/// ("ministros", "cancilleres", "cónsules").
fn plural(noun: &str) -> String {
    let vowel = noun.chars().next_back().is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'));
    if vowel {
        format!("{noun}s")
    } else {
        format!("{noun}es")
    }
}

static ROLE_NOUNS: LazyLock<Roles> = LazyLock::new(|| {
    let mut written: Vec<String> = ROLES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let mut singular: Vec<Option<usize>> = vec![None; written.len()];
    for index in 0..written.len() {
        let plural = written.get(index).filter(|w| !w.contains(' ')).map(|w| plural(w));
        if let Some(plural) = plural.filter(|p| !written.contains(p)) {
            written.push(plural);
            singular.push(Some(index));
        }
    }
    let folded: Vec<String> = written.iter().map(|w| fold(w)).collect();
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&folded)
        .expect("the role nouns compile");
    Roles { automaton, written, folded, singular }
});

/// Lower-case words that qualify a role without ending it ("secretario general").
fn is_role_modifier(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "general"
            | "tecnico"
            | "tecnica"
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
            // "presidente pro tempore", "presidenta pro témpore".
            | "pro"
            | "tempore"
            | "anfitrion"
            | "anfitriona"
            | "izquierdista"
            | "derechista"
            | "conservador"
            | "conservadora"
            | "socialista"
            | "primero"
            | "primera"
            | "segundo"
            | "segunda"
            | "europeo"
            | "europea"
            | "comunitario"
            | "comunitaria"
            // "el ministro consejero", "la ministra consejera": a diplomatic rank.
            | "consejero"
            | "consejera"
            // "la subdirectora jurídica", "el director administrativo", "el agregado comercial".
            | "juridico"
            | "juridica"
            | "administrativo"
            | "administrativa"
            | "financiero"
            | "financiera"
            | "comercial"
            | "consular"
            | "legal"
            | "operativo"
            | "operativa"
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
            // "el director de Inmigración de la Policía Federal, comisario Marcelo Souza".
            | "comisario"
            | "comisaria"
            | "inspector"
            | "inspectora"
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
            // "diputada por Madrid", "parlamentaria andina por Colombia".
            | "por"
    )
}

/// Lower-case words that end a role's clause: finite verbs ("dijo", "llegó", "llegaron",
/// "será", "firmarán"), relatives and clitic pronouns. `word` as written keeps the accents of
/// the preterite and the future.
fn reads_as_verb(word: &str, folded_word: &str) -> bool {
    matches!(
        folded_word,
        "que"
            | "quien"
            | "quienes"
            | "cual"
            | "cuyo"
            | "cuya"
            | "se"
            | "lo"
            | "le"
            | "les"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "era"
            | "ha"
            | "han"
            | "habia"
            | "esta"
            | "estan"
            | "dijo"
            | "hizo"
            | "tiene"
            | "tienen"
            | "puede"
            | "debe"
            | "va"
            | "van"
            | "no"
            | "cuando"
            | "donde"
            | "como"
            | "porque"
            | "pero"
            | "ayer"
            | "hoy"
            | "durante"
            | "tras"
            | "segun"
    ) || word.ends_with(['ó', 'á'])
        || ["aron", "ieron", "aban", "rán", "rían"].iter().any(|e| word.ends_with(e))
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

/// Whether a folded word is a whole role noun of the data file ("representante"); plurals made
/// from them do not count, "Reyes" is a surname.
fn is_role_word(folded_word: &str) -> bool {
    ROLE_NOUNS.automaton.find(folded_word).is_some_and(|h| {
        h.start() == 0
            && h.end() == folded_word.len()
            && ROLE_NOUNS.singular.get(h.pattern().as_usize()).is_some_and(Option::is_none)
    })
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
                | "palacio"
                | "general"
                | "pro-tempore"
            // "presidente pro tempore", "presidenta pro témpore".
            | "pro"
            | "tempore"
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
    /// The country mentions, found when a shared role needs them (rarely).
    countries: std::cell::OnceCell<Vec<CountryMention>>,
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
        Ctx {
            doc,
            words: &scan.words,
            capitals: &scan.capitals,
            organizations,
            countries: Default::default(),
        }
    }

    /// Whether a country mention starts at word `first` ("Costa Rica" is no person).
    fn country_at(&self, first: usize) -> bool {
        let countries = self.countries.get_or_init(|| crate::countries::find(self.doc));
        let start = self.start(first);
        countries.iter().any(|c| c.span.start == start)
    }

    /// Whether words `first..=last` are exactly one country mention.
    fn is_country(&self, first: usize, last: usize) -> bool {
        let countries = self.countries.get_or_init(|| crate::countries::find(self.doc));
        let (start, end) = (self.start(first), self.end(last));
        countries.iter().any(|c| c.span.start == start && c.span.end == end)
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
                // "Adriana Mercado Ibarra", "Luis Guardia Santamaría": a body's head noun that
                // is a common surname, between a given name and another surname.
                let surname_head =
                    i > first && i < last && matches!(folded, "mercado" | "guardia" | "corte" | "camara");
                if !roman_after_name
                    && (is_all_caps(word)
                        || is_non_name_word(folded) && !month_given_name && !surname_head
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
        self.scan_role_tail(from, false)
    }

    /// [`Ctx::role_tail`] where a comma and the name will end the role: lower-case nouns
    /// right after a linking word belong to it too ("el ministro francés del interior, Claude
    /// Gueant", "la secretaria de la convención de Cambio Climático, ..."), up to three.
    fn role_tail_to_comma(&self, from: usize) -> (Option<usize>, usize) {
        self.scan_role_tail(from, true)
    }

    /// The role of "Name, role ..." when [`Ctx::role_tail`] stopped at a lower-case word: the
    /// words up to the next comma or the end of the clause ("director de empleo y formación de
    /// la OCDE, ..."), at most twelve words, when the role noun opens with a linking word, no word
    /// reads as a verb or a pronoun and the clause really ends there. Returns its last word.
    fn role_tail_to_clause_end(&self, from: usize) -> Option<usize> {
        if !self.word(from).is_some_and(|_| is_role_linker(self.folded(from))) {
            return None;
        }
        let mut i = from;
        while i < from + 12 {
            let Some(word) = self.word(i) else { break };
            if !self.gap_before(i).is_some_and(is_space_gap) {
                break;
            }
            if !is_capitalised(word) && reads_as_verb(word, self.folded(i)) {
                return None;
            }
            i += 1;
        }
        let last = i.checked_sub(1).filter(|&last| last >= from)?;
        // The clause ends after the last word: a comma, a stop, a bracket or the end of the text.
        let ends = match self.gap_before(i) {
            Some(gap) => gap.starts_with([',', '.', ';', ':', ')']),
            None => self.word(i).is_none(),
        };
        (ends && !is_role_linker(self.folded(last))).then_some(last)
    }

    fn scan_role_tail(&self, from: usize, lower_case_nouns: bool) -> (Option<usize>, usize) {
        let mut last = from.checked_sub(1);
        let mut i = from;
        let mut nouns = 0;
        while let Some(word) = self.word(i) {
            if !self.gap_before(i).is_some_and(is_space_gap) {
                break;
            }
            let folded = self.folded(i);
            let after_linker = i > from && is_role_linker(self.folded(i - 1));
            // "Acompañan a la canciller el viceministro ...": an article right after a noun (not
            // after "de", "y", "para" ...) opens another phrase.
            let article = matches!(folded, "el" | "la" | "los" | "las");
            if article && i > 0 && !is_role_linker(self.folded(i - 1)) {
                break;
            }
            // "la canciller y el viceministro de ..., Name": a second person's role opens.
            if matches!(folded, "y" | "e")
                && matches!(self.folded(i + 1), "el" | "la")
                && self.word(i + 2).is_some_and(|w| !is_capitalised(w) && is_role_word(self.folded(i + 2)))
            {
                break;
            }
            if is_capitalised(word)
                || is_role_modifier(folded)
                || is_demonym_like(word)
                || is_office_noun(folded)
            {
                last = Some(i);
            } else if is_role_linker(folded) {
            } else if lower_case_nouns && after_linker && nouns < 3 && folded != "que" {
                nouns += 1;
                last = Some(i);
            } else {
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
    role: Option<Role>,
    rule: &'static str,
}

/// A person's role: a span of the text, or a text made from one ("canciller de Costa Rica" for
/// one of "Los cancilleres de Costa Rica y de Panamá").
#[derive(Debug, Clone)]
enum Role {
    Span(usize, usize),
    Made(String),
}

impl Role {
    fn end(&self) -> usize {
        match self {
            Role::Span(_, end) => *end,
            Role::Made(_) => 0,
        }
    }

    fn text(&self, doc: &Doc<'_>) -> String {
        match self {
            Role::Span(start, end) => doc.slice(*start, *end).to_string(),
            Role::Made(text) => text.clone(),
        }
    }
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
    let (tail_last, stop) = ctx.role_tail_to_comma(role_last + 1);
    let tail_last = tail_last.unwrap_or(role_last).max(role_last);
    let acronym_after = ctx.gap_before(stop) == Some(" (");
    if stop != tail_last + 1 || !(acronym_after || ctx.gap_before(stop).is_some_and(is_comma_gap)) {
        return None;
    }
    // Later segments: capitalised runs separated by commas.
    let mut role_end = ctx.end(tail_last);
    let mut segment_first = stop;
    // "el director ejecutivo de la Oficina de las Naciones Unidas contra la Droga y el Delito
    // (UNODC), Yuri Fedotov": the body's acronym in brackets is stepped over; the role ends
    // with the body's name, as analysts write it (the acronym is the organisation's).
    // ("del Parlamento del Mercosur (Parlasur), Carolina Medina": an acronym in capitals and
    // lower case too.)
    if ctx.gap_before(stop) == Some(" (")
        && ctx.word(stop).is_some_and(|w| is_all_caps(w) || is_capitalised(w))
        && ctx.gap_before(stop + 1).is_some_and(|g| g.strip_prefix(')').is_some_and(is_comma_gap))
    {
        segment_first = stop + 1;
    } else if acronym_after
        && ctx.word(stop).is_some_and(is_all_caps)
        && ctx.gap_before(stop + 1) == Some(") ")
    {
        // "el representante del Banco de Desarrollo ... (CAF) en el Paraguay, Federico Ibarra
        // Lugo": the role goes on past the acronym, which stays in it as written.
        if !ctx.word(stop + 1).is_some_and(|_| is_role_linker(ctx.folded(stop + 1))) {
            return None;
        }
        let (tail_last, next) = ctx.role_tail_to_comma(stop + 2);
        let tail_last = tail_last.filter(|&last| last >= stop + 2)?;
        if next != tail_last + 1 || !ctx.gap_before(next).is_some_and(is_comma_gap) {
            return None;
        }
        role_end = ctx.end(tail_last);
        segment_first = next;
    } else if acronym_after {
        return None;
    }
    let mut saw_list_end = true; // A name may follow the first segment directly.
    for _ in 0..5 {
        let mut word = ctx.word(segment_first)?;
        // "el secretario general de Unasur, el venezolano Alí Rodríguez": a demonym for the name.
        if saw_list_end
            && matches!(ctx.folded(segment_first), "el" | "la")
            && ctx.word(segment_first + 1).is_some_and(is_demonym_like)
            && ctx.gap_before(segment_first + 1).is_some_and(is_space_gap)
            && ctx.gap_before(segment_first + 2).is_some_and(is_space_gap)
        {
            segment_first += 2;
            word = ctx.word(segment_first)?;
        }
        if saw_list_end
            && is_rank(ctx.folded(segment_first))
            && ctx.gap_before(segment_first + 1).is_some_and(is_space_gap)
        {
            segment_first += 1;
            word = ctx.word(segment_first)?;
        }
        if saw_list_end {
            // "..., la Dra. Sandra Beckles-Thomas": an article before the form of address.
            let article = matches!(ctx.folded(segment_first), "el" | "la")
                && after_honorifics(ctx, segment_first + 1) > segment_first + 1;
            segment_first = after_honorifics(ctx, segment_first + usize::from(article));
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
                    role: Some(Role::Span(ctx.start(role_first), role_end)),
                    rule: RULE_ROLE_COMMA_NAME,
                });
            }
        }
        let (segment_last, next) = segment(ctx, segment_first);
        // "el ministro de Ganadería, Agricultura y Pesca de Uruguay y presidente pro tempore del
        // CAS, Martín ...": a second role coordinated after the list goes on to its own comma.
        if matches!(ctx.word(next), Some("y" | "e"))
            && ctx.word(next + 1).is_some_and(|w| !is_capitalised(w) && is_role_word(ctx.folded(next + 1)))
            && ctx.gap_before(next).is_some_and(is_space_gap)
            && ctx.gap_before(next + 1).is_some_and(is_space_gap)
        {
            let (tail_last, stop) = ctx.role_tail_to_comma(next + 2);
            let tail_last = tail_last.unwrap_or(next + 1).max(next + 1);
            if stop == tail_last + 1 && ctx.gap_before(stop).is_some_and(is_comma_gap) {
                role_end = ctx.end(tail_last);
                segment_first = stop;
                saw_list_end = true;
                continue;
            }
        }
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

/// The word after the abbreviated forms of address that may stand before a name ("la directora
/// ejecutiva ..., Mtra. Lucía Ibarra", "el embajador ..., Excmo. Sr. Ricardo Solís"): they are
/// neither role nor name.
fn after_honorifics(ctx: &Ctx<'_, '_>, mut at: usize) -> usize {
    while ctx.gap_before(at + 1) == Some(". ")
        && crate::events::FORMS_OF_ADDRESS.contains(&ctx.folded(at))
        && ctx.word(at).is_some_and(is_capitalised)
    {
        at += 1;
    }
    at
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
    if !ctx.gap_before(i).is_some_and(is_space_gap) {
        return None;
    }
    let i = after_honorifics(ctx, i);
    let word = ctx.word(i)?;
    if !is_capitalised(word) {
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
    Some(Found {
        name_start: ctx.start(i),
        name_end: ctx.end(last),
        role: Some(Role::Span(role.0, role.1)),
        rule: RULE_ROLE_NAME,
    })
}

/// Tries "Name, role ..." where the role noun (at word `role_first`) follows a comma.
///
/// A signature block is the same apposition across a line break: "Karla Patricia Mejía
/// Rosales\nCónsul General", the name alone on its line.
fn name_comma_role(ctx: &Ctx<'_, '_>, role_first: usize, role_last: usize) -> Option<Found> {
    // (Normalisation may have reflowed the two lines into one: "Rosales Cónsul General".)
    let gap = ctx.gap_before(role_first)?;
    let comma = is_comma_gap(gap);
    let signature = !comma
        && (gap.trim_matches(' ') == "\n" || is_space_gap(gap))
        && ctx.word(role_first).is_some_and(is_capitalised);
    if !comma && !signature {
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
    // "Llegaron Tomás Ibarra, ministro de ...": a preterite verb opening the sentence ("-ron",
    // "-ó") is not a given name.
    if first < name_last && ctx.gap_before(first).is_none_or(|g| !is_space_gap(g)) {
        let word = ctx.word(first).unwrap_or("");
        if word.ends_with('ó') || word.ends_with("ron") {
            first += 1;
        }
    }
    if !ctx.is_name(first, name_last) {
        return None;
    }
    // A signature opens its line, maybe after an abbreviated title ("Lic. Andrea ...").
    let line_opener = |at: usize| at == 0 || ctx.gap_before(at).is_some_and(|g| g.contains('\n'));
    let after_title = first > 0
        && ctx.gap_before(first) == Some(". ")
        && matches!(
            ctx.folded(first - 1),
            "lic" | "licda" | "dr" | "dra" | "ing" | "mtro" | "mtra" | "abg" | "arq"
        )
        && line_opener(first - 1);
    if signature && !line_opener(first) && !after_title {
        return None;
    }
    // The role: noun and tail up to the end of its clause.
    let (tail_last, stop) = ctx.role_tail(role_last + 1);
    let mut tail_last = tail_last.unwrap_or(role_last).max(role_last);
    // "Mark Ruiz, director de empleo y formación de la OCDE, dijo": a lower-case title runs to
    // the end of its clause.
    // Only a bare noun: "ministra de Salud en la reunión de ayer" keeps its capitalised tail.
    if tail_last == role_last
        && ctx.word(stop).is_some_and(|w| !is_capitalised(w))
        && ctx.gap_before(stop).is_some_and(is_space_gap)
    {
        if let Some(last) = ctx.role_tail_to_clause_end(role_last + 1) {
            tail_last = last;
        }
    }
    // "Subsecretaria de Población, Migración y Asuntos Religiosos": the portfolios listed after
    // a comma, ending in "y X", belong to the title unless a person's name opens the list.
    if tail_last > role_last {
        let opens_with_name =
            ctx.capitalised_run(tail_last + 1).is_some_and(|last| ctx.is_name(tail_last + 1, last));
        if !opens_with_name {
            let folded = ctx.doc.folded();
            tail_last = enumeration_tail(ctx.doc.text, folded, ctx.words, tail_last).unwrap_or(tail_last);
        }
    }
    // In a signature reflowed into one line, a body's name right after the role is the next
    // line ("Directora de Comunicación Institucional Ministerio de ..."), not the role's tail.
    if signature {
        if let Some(body) = (role_last + 1..=tail_last)
            .find(|&i| is_org_head(ctx.folded(i)) && i > 0 && !is_particle(ctx.folded(i - 1)))
        {
            tail_last = body - 1;
        }
    }
    let role_end = ctx.end(tail_last);
    // A signature's role closes its line, or the body's name follows it there (a block reflowed
    // into one line: "... Directora de Comunicación Institucional Ministerio de ...").
    let rest_of_line = ctx.doc.text.get(role_end..).map_or("", |rest| rest.split('\n').next().unwrap_or(""));
    let body_follows = rest_of_line.split_whitespace().next().is_some_and(|w| is_org_head(&fold(w)));
    if signature && !rest_of_line.trim().is_empty() && !body_follows {
        return None;
    }
    Some(Found {
        name_start: ctx.start(first),
        name_end: ctx.end(name_last),
        role: Some(Role::Span(ctx.start(role_first), role_end)),
        rule: if signature { RULE_SIGNATURE } else { RULE_NAME_COMMA_ROLE },
    })
}

/// Whether the role noun at word `first` is used as a role here (after an article, a
/// determiner, a comma or at the start of a clause).
fn introduced_as_role(ctx: &Ctx<'_, '_>, first: usize) -> bool {
    let Some(gap) = ctx.gap_before(first) else { return true };
    if !is_space_gap(gap) {
        return true;
    }
    ctx.word(first - 1).is_some_and(|_| {
        let previous = ctx.folded(first - 1);
        is_role_determiner(previous) || matches!(previous, "los" | "las" | "sus" | "ambos" | "ambas")
    }) || signature_line(ctx, first)
}

/// Whether the capitalised role noun at word `first` closes a signature line: "Karla Patricia
/// Mejía Rosales Cónsul General" (name and role reflowed into one line), a short line of
/// capitalised words with no stop.
fn signature_line(ctx: &Ctx<'_, '_>, first: usize) -> bool {
    let text = ctx.doc.text;
    let at = ctx.start(first);
    let line_start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let line_end = text.get(at..).and_then(|t| t.find('\n')).map_or(text.len(), |i| at + i);
    let Some(line) = text.get(line_start..line_end) else { return false };
    let words: Vec<&str> = line.split_whitespace().collect();
    ctx.word(first).is_some_and(is_capitalised)
        && (3..=16).contains(&words.len())
        && !line.trim_end().ends_with(['.', ':', ';', ','])
        && words.iter().all(|w| is_capitalised(w) || matches!(*w, "de" | "del" | "la" | "las" | "los" | "y"))
}

/// `singular` written in the case of `written` ("Cancilleres" → "Canciller").
fn in_case_of(singular: &str, written: &str) -> String {
    if is_all_caps(written) {
        singular.to_uppercase()
    } else if is_capitalised(written) {
        let mut chars = singular.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    } else {
        singular.to_string()
    }
}

/// The singular of a plural modifier or demonym after a plural role ("generales" → "general",
/// "mexicanos" → "mexicano"), when it is one.
fn singular_modifier(word: &str) -> Option<&str> {
    // "Directores Generales": a capitalised modifier after a capitalised noun.
    let fits = |w: &str| is_role_modifier(&fold(w)) || is_demonym_adjective(w);
    [word.strip_suffix("es"), word.strip_suffix('s')].into_iter().flatten().find(|w| fits(w))
}

/// Prepositions that open a complement of a role ("de Costa Rica", "ante la OEA").
fn is_role_preposition(folded_word: &str) -> bool {
    matches!(folded_word, "de" | "del" | "ante" | "en" | "para" | "por")
}

/// One complement of a shared role and the names that hold it: ("de Chile", [Ana Pérez]).
struct Holders {
    /// First and last word of the complement, none when the names follow the noun.
    complement: Option<(usize, usize)>,
    /// First and last word of each name.
    names: Vec<(usize, usize)>,
}

/// "Los cancilleres de Costa Rica y de Panamá, Ana Pérez y Luis Mora": a plural role noun (at
/// words `role_first..=role_last`, `singular` its singular form) shared by the names after it.
/// Each person gets the singular role with the complement that is theirs: the complements are
/// handed out in order when they are as many as the names and plainly separate ("de Costa
/// Rica y de Panamá", a repeated preposition; "de Salud de Chile y Perú", countries), else
/// the whole complement is shared ("los ministros de Relaciones Exteriores y Culto"). Written
/// one complement before each name ("los secretarios de Economía, Ana Pérez; de Salud, Luis
/// Mora, y de Turismo, ..."), each name takes its own.
fn shared_role(ctx: &Ctx<'_, '_>, role_first: usize, role_last: usize, singular: &str) -> Vec<Found> {
    let written_noun = ctx.doc.slice(ctx.start(role_first), ctx.end(role_last));
    let mut prefix = in_case_of(singular, written_noun);
    let mut i = role_last + 1;
    while let Some(modifier) =
        ctx.word(i).filter(|_| ctx.gap_before(i).is_some_and(is_space_gap)).and_then(singular_modifier)
    {
        prefix.push(' ');
        prefix.push_str(modifier);
        i += 1;
    }
    let mut groups: Vec<Holders> = Vec::new();
    let mut at = i;
    for _ in 0..8 {
        let Some(word) = ctx.word(at) else { break };
        if !ctx.gap_before(at).is_some_and(|g| is_space_gap(g) || is_comma_gap(g) || is_semicolon_gap(g)) {
            break;
        }
        if is_capitalised(word) {
            // A name: the first of a group with no complement, or one more of the group.
            let Some(last) = ctx.capitalised_run(at).filter(|&last| ctx.is_name(at, last)) else { break };
            if ctx.country_at(at) {
                break;
            }
            if groups.is_empty() {
                if !ctx.gap_before(at).is_some_and(is_space_gap) {
                    break;
                }
                groups.push(Holders { complement: None, names: Vec::new() });
            }
            if let Some(group) = groups.last_mut() {
                group.names.push((at, last));
            }
            match next_list_item(ctx, last + 1) {
                Some(next) => at = next,
                None => break,
            }
        } else if is_role_preposition(ctx.folded(at)) && groups.last().is_none_or(|g| !g.names.is_empty()) {
            // A complement, ended by the comma before its name(s).
            let (tail_last, stop) = ctx.role_tail(at + 1);
            let Some(tail_last) = tail_last.filter(|&t| t > at && stop == t + 1) else { break };
            if !ctx.gap_before(stop).is_some_and(is_comma_gap) || !ctx.word(stop).is_some_and(is_capitalised)
            {
                break;
            }
            groups.push(Holders { complement: Some((at, tail_last)), names: Vec::new() });
            at = stop;
        } else {
            break;
        }
    }
    // Every complement needs its names; a lone name is no shared role.
    if groups.iter().any(|g| g.names.is_empty()) || groups.iter().map(|g| g.names.len()).sum::<usize>() < 2 {
        return Vec::new();
    }
    let role_of = |complement: Option<String>| match complement {
        Some(c) => format!("{prefix} {c}"),
        None => prefix.clone(),
    };
    let mut found = Vec::new();
    let single = groups.len() == 1;
    for group in &groups {
        let complements: Vec<Option<String>> = match group.complement {
            Some((first, last)) if single && group.names.len() > 1 => {
                distributed(ctx, first, last, group.names.len())
                    .unwrap_or_else(|| vec![Some(ctx.doc.slice(ctx.start(first), ctx.end(last)).to_string())])
            }
            Some((first, last)) => vec![Some(ctx.doc.slice(ctx.start(first), ctx.end(last)).to_string())],
            None => vec![None],
        };
        for (k, &(first, last)) in group.names.iter().enumerate() {
            let complement = complements.get(k).or(complements.first()).cloned().flatten();
            found.push(Found {
                name_start: ctx.start(first),
                name_end: ctx.end(last),
                role: Some(Role::Made(role_of(complement))),
                rule: RULE_SHARED_ROLE,
            });
        }
    }
    found
}

/// Whether the gap is a semicolon followed by spacing ("; ").
fn is_semicolon_gap(gap: &str) -> bool {
    gap.strip_prefix(';').is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c == ' '))
}

/// After a name ending before word `next`: where the next item of the list starts (", ",
/// "; ", " y ", ", y "), or none when the list ends.
fn next_list_item(ctx: &Ctx<'_, '_>, next: usize) -> Option<usize> {
    let gap = ctx.gap_before(next)?;
    let separator = is_space_gap(gap) || is_comma_gap(gap) || is_semicolon_gap(gap);
    if matches!(ctx.folded(next), "y" | "e") && separator {
        return ctx.gap_before(next + 1).is_some_and(is_space_gap).then_some(next + 1);
    }
    let item = ctx.word(next).is_some_and(|w| is_capitalised(w) || is_role_preposition(&fold(w)));
    ((is_comma_gap(gap) || is_semicolon_gap(gap)) && item).then_some(next)
}

/// The complement `first..=last` of a shared role split into one complement per name, when it
/// coordinates exactly `count` plainly separate ones: "de Costa Rica y de la República de
/// Panamá" → "de Costa Rica", "de la República de Panamá"; "de Salud de Chile y Perú" (Perú a
/// country) → "de Salud de Chile", "de Salud de Perú". None when it is one complement
/// ("de Relaciones Exteriores y Culto").
fn distributed(ctx: &Ctx<'_, '_>, first: usize, last: usize, count: usize) -> Option<Vec<Option<String>>> {
    // The conjuncts, split at "y" / "e".
    let mut conjuncts: Vec<(usize, usize)> = Vec::new();
    let mut start = first;
    for i in first..=last {
        if matches!(ctx.folded(i), "y" | "e") {
            conjuncts.push((start, i.checked_sub(1)?));
            start = i + 1;
        }
    }
    conjuncts.push((start, last));
    if conjuncts.len() != count || conjuncts.iter().any(|&(a, b)| b < a) {
        return None;
    }
    let (head_first, head_last) = *conjuncts.first()?;
    // The prepositions of the first conjunct: where each of its complements starts.
    let head_prepositions: Vec<usize> =
        (head_first..=head_last).filter(|&i| is_role_preposition(ctx.folded(i))).collect();
    let slice = |a: usize, b: usize| ctx.doc.slice(ctx.start(a), ctx.end(b));
    let mut out = vec![Some(slice(head_first, head_last).to_string())];
    for &(a, b) in conjuncts.get(1..)? {
        if is_role_preposition(ctx.folded(a)) {
            // "de Salud de Chile y de Perú": the conjunct replaces as many complements as it holds.
            let own = (a..=b).filter(|&i| is_role_preposition(ctx.folded(i))).count();
            let kept = head_prepositions.len().saturating_sub(own);
            let text = match head_prepositions.get(kept) {
                Some(&cut) if kept > 0 => format!("{} {}", slice(head_first, cut - 1), slice(a, b)),
                _ => slice(a, b).to_string(),
            };
            out.push(Some(text));
        } else {
            // "de Chile y Perú": only a country stands for the last complement's object.
            if !ctx.is_country(a, b) {
                return None;
            }
            let &last_preposition = head_prepositions.last()?;
            // "de la República de Chile y Perú" keeps "de"; "del Perú y Chile" keeps "del".
            out.push(Some(format!("{} {}", slice(head_first, last_preposition), slice(a, b))));
        }
    }
    // The first conjunct must itself be a complement.
    head_prepositions.first().filter(|&&p| p == head_first)?;
    Some(out)
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
        if let Some(singular) = roles.singular.get(pattern).copied().flatten() {
            let shared = roles.written.get(singular).map(|s| shared_role(ctx, role_first, role_last, s));
            if let Some(last) = shared.as_ref().and_then(|s| s.last()) {
                consumed_until = last.name_end;
            }
            found.extend(shared.into_iter().flatten());
            continue;
        }
        let person = name_comma_role(ctx, role_first, role_last)
            .or_else(|| role_comma_name(ctx, role_first, role_last))
            .or_else(|| role_name(ctx, role_first, role_last));
        if let Some(mut person) = person {
            person.name_end = cut_at_known_surname(ctx, &found, &person);
            consumed_until = person.name_end.max(person.role.as_ref().map_or(0, Role::end));
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
        role: Option<Role>,
        rule: &'static str,
        /// Every span where the person was found, in whatever form ("Ana Solís").
        found_at: Vec<(usize, usize)>,
    }
    let mut entities: Vec<Entity> = Vec::new();
    for person in found {
        let name = doc.slice(person.name_start, person.name_end);
        let name_words: Vec<String> = name.split(' ').map(fold).collect();
        // "María Holguín" is "María Angela Holguín": the same first and last word, the other
        // words in order.
        let contains = |outer: &[String], inner: &[String]| {
            inner.len() <= outer.len()
                && (outer.windows(inner.len()).any(|w| w == inner)
                    || inner.len() >= 2
                        && inner.first() == outer.first()
                        && inner.last() == outer.last()
                        && {
                            let mut rest = outer.iter();
                            inner.iter().all(|w| rest.any(|o| o == w))
                        })
        };
        if let Some(existing) =
            entities.iter_mut().find(|e| contains(&e.words, &name_words) || contains(&name_words, &e.words))
        {
            existing.found_at.push((person.name_start, person.name_end));
            if name_words.len() > existing.words.len() {
                existing.words = name_words;
                existing.name_span = (person.name_start, person.name_end);
                // The role written with the full name (the body's introduction) says more than
                // the one with a short form (a headline's "La ministra boliviana Rosa Lima").
                if matches!(person.role, Some(Role::Span(..))) {
                    existing.role = person.role;
                    existing.rule = person.rule;
                    continue;
                }
            }
            // A role written for this person alone says more than one handed out from a plural.
            if existing.role.is_none()
                || matches!(existing.role, Some(Role::Made(_))) && matches!(person.role, Some(Role::Span(..)))
            {
                existing.role = person.role;
                existing.rule = person.rule;
            }
            continue;
        }
        entities.push(Entity {
            words: name_words,
            name_span: (person.name_start, person.name_end),
            role: person.role,
            rule: person.rule,
            found_at: vec![(person.name_start, person.name_end)],
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
                // A surname alone that names a country ("España" of "Marta Julia España Morales")
                // is the country's: "España apoyará el plan".
                if part.len() == 1 && crate::countries::is_country_form(first) {
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
    let mut owner: HashMap<&str, usize, FnvBuild> = HashMap::default();
    let mut ambiguous: HashSet<&str, FnvBuild> = HashSet::default();
    for (form, index, _) in &forms {
        if *owner.entry(form.as_str()).or_insert(*index) != *index {
            ambiguous.insert(form.as_str());
        }
    }

    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    // This document's name forms, tried at the capitals of its folded text (a mention must
    // start with a capital and stand as whole words).
    let usable: Vec<&(String, usize, bool)> =
        forms.iter().filter(|(form, _, _)| !form.is_empty() && !ambiguous.contains(form.as_str())).collect();
    let names = FormIndex::new(usable.iter().map(|(form, _, _)| form.as_str()));
    for &capital in ctx.capitals {
        for (form, folded_end) in names.at(folded, capital) {
            let Some(&&(_, entity, full)) = usable.get(form) else { continue };
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
            candidates.push((start, end, entity));
        }
    }
    for (index, entity) in entities.iter().enumerate() {
        candidates.extend(entity.found_at.iter().map(|&(start, end)| (start, end, index)));
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
                role: entity.role.as_ref().map(|r| r.text(doc)),
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
            // The EU's High Representative: a two-word role.
            (
                RULE_ROLE_COMMA_NAME,
                "La alta representante de la UE para Asuntos Exteriores y Política de Seguridad, Liesbeth Vanderhoven, que copresidió la reunión, habló.",
                &[(
                    "Liesbeth Vanderhoven",
                    Some("alta representante de la UE para Asuntos Exteriores y Política de Seguridad"),
                    &["Liesbeth Vanderhoven"],
                )],
            ),
            // The role written with the full name wins over a headline's with a short form.
            (
                RULE_ROLE_COMMA_NAME,
                "La ministra boliviana Rosa Lima asume la presidencia\n\nLa ministra de Salud y Deportes de Bolivia, Rosa Lima Quispe, asumió hoy.",
                &[("Rosa Lima Quispe", Some("ministra de Salud y Deportes de Bolivia"), &["Rosa Lima", "Rosa Lima Quispe"])],
            ),
            // Abbreviated forms of address before the name are neither role nor name; "consejera"
            // after "ministra" is a diplomatic rank.
            (
                RULE_ROLE_COMMA_NAME,
                "Viajó la directora ejecutiva de la AMEXCID, Mtra. Lucía Ibarra Quintanilla, con el embajador de México en Japón, Excmo. Sr. Ricardo Solís Mendoza, y la ministra consejera de la Embajada, Javiera Paz Olivares, a Kioto.",
                &[
                    ("Lucía Ibarra Quintanilla", Some("directora ejecutiva de la AMEXCID"), &["Lucía Ibarra Quintanilla"]),
                    ("Ricardo Solís Mendoza", Some("embajador de México en Japón"), &["Ricardo Solís Mendoza"]),
                    ("Javiera Paz Olivares", Some("ministra consejera de la Embajada"), &["Javiera Paz Olivares"]),
                ],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Fue recibido por la presidenta del Parlamento del Mercosur (Parlasur), Carolina Medina Suárez, con quien habló.",
                &[(
                    "Carolina Medina Suárez",
                    Some("presidenta del Parlamento del Mercosur"),
                    &["Carolina Medina Suárez"],
                )],
            ),
            // A rank before the name; a qualifying adjective after the role noun.
            (
                RULE_ROLE_COMMA_NAME,
                "Firmó el director de Inmigración de la Policía Federal, comisario Marcelo Argentina Souza, y se fue.",
                &[(
                    "Marcelo Argentina Souza",
                    Some("director de Inmigración de la Policía Federal"),
                    &["Marcelo Argentina Souza"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "La subdirectora jurídica del SERMIG, Paula San Martín Riquelme, estimó que sí.",
                &[("Paula San Martín Riquelme", Some("subdirectora jurídica del SERMIG"), &["Paula San Martín Riquelme"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "En Bocas del Toro, la directora regional de Salud, Lcda. Rosa Argentina Pinzón, coordinará.",
                &[("Rosa Argentina Pinzón", Some("directora regional de Salud"), &["Rosa Argentina Pinzón"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "La Secretaria General de la CARICOM, la Dra. Sandra Beckles-Thomas, viajará.",
                &[("Sandra Beckles-Thomas", Some("Secretaria General de la CARICOM"), &["Sandra Beckles-Thomas"])],
            ),
            // Researchers, experts and analysts are named with their trade.
            (
                RULE_ROLE_COMMA_NAME,
                "Participó la investigadora de la Universidad de Kioto, Aiko Nakamura, junto al público.",
                &[("Aiko Nakamura", Some("investigadora de la Universidad de Kioto"), &["Aiko Nakamura"])],
            ),
            // "técnico" qualifies a role as "general" does.
            (
                RULE_ROLE_COMMA_NAME,
                "El secretario técnico de la OCAM, Rodrigo Alfaro Quintanilla, informó que los documentos serán remitidos.",
                &[("Rodrigo Alfaro Quintanilla", Some("secretario técnico de la OCAM"), &["Rodrigo Alfaro Quintanilla"])],
            ),
            // An article after the first noun opens the next phrase: the role is the second's.
            (
                RULE_ROLE_COMMA_NAME,
                "Acompañan a la canciller el viceministro de Relaciones Exteriores de Guatemala, Julio Armando Pineda Solís, y el embajador.",
                &[(
                    "Julio Armando Pineda Solís",
                    Some("viceministro de Relaciones Exteriores de Guatemala"),
                    &["Julio Armando Pineda Solís"],
                )],
            ),
            // A representative's constituency after "por".
            (
                RULE_ROLE_COMMA_NAME,
                "La norma, presentada por la parlamentaria andina por Colombia, Lucía Fernanda Ardila Peña, establece estándares.",
                &[(
                    "Lucía Fernanda Ardila Peña",
                    Some("parlamentaria andina por Colombia"),
                    &["Lucía Fernanda Ardila Peña"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Desde la Presidencia Pro-Témpore de México a cargo del subsecretario de Derechos Humanos, Población y Migración, Alejandro Encinas Rodríguez, se ha impulsado un plan. Encinas agradeció.",
                &[(
                    "Alejandro Encinas Rodríguez",
                    Some("subsecretario de Derechos Humanos, Población y Migración"),
                    &["Alejandro Encinas Rodríguez", "Encinas"],
                )],
            ),
            // "la canciller y el viceministro ..., Name": the name is the second role's.
            (
                RULE_ROLE_COMMA_NAME,
                "El martes, la canciller y el viceministro de Asuntos Multilaterales de Colombia, Andrés Felipe Gaviria Londoño, presidieron la reunión.",
                &[(
                    "Andrés Felipe Gaviria Londoño",
                    Some("viceministro de Asuntos Multilaterales de Colombia"),
                    &["Andrés Felipe Gaviria Londoño"],
                )],
            ),
            // A surname that is a body's head noun ("Mercado").
            (
                RULE_ROLE_COMMA_NAME,
                "Hoy la canciller y la gobernadora del Estado de México, Adriana Sol Mercado Ibarra, firmaron el convenio.",
                &[(
                    "Adriana Sol Mercado Ibarra",
                    Some("gobernadora del Estado de México"),
                    &["Adriana Sol Mercado Ibarra"],
                )],
            ),
            // A second role coordinated after the listed portfolios goes on to its comma.
            (
                RULE_ROLE_COMMA_NAME,
                "Dijo el ministro de Ganadería, Agricultura y Pesca de Uruguay y presidente pro tempore del CAS, Martín Echenique Olivera.",
                &[(
                    "Martín Echenique Olivera",
                    Some("ministro de Ganadería, Agricultura y Pesca de Uruguay y presidente pro tempore del CAS"),
                    &["Martín Echenique Olivera"],
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
            // "pro tempore" qualifies a role; superintendents and intendants are roles.
            (
                RULE_ROLE_COMMA_NAME,
                "Habló el ministro de Salud y presidente pro tempore del COMISCA, Mario Ruiz Paz, ayer.",
                &[(
                    "Mario Ruiz Paz",
                    Some("ministro de Salud y presidente pro tempore del COMISCA"),
                    &["Mario Ruiz Paz"],
                )],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Asistió el superintendente nacional de Migraciones, Jorge Paredes Ugarte, con su equipo.",
                &[(
                    "Jorge Paredes Ugarte",
                    Some("superintendente nacional de Migraciones"),
                    &["Jorge Paredes Ugarte"],
                )],
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
                "Lo explicó el analista Ricardo Portugal, de la Universidad Nacional, y la Dra. Ana Soto.",
                &[("Ricardo Portugal", Some("analista"), &["Ricardo Portugal"])],
            ),
            (
                RULE_ROLE_NAME,
                "Lo explicó la especialista Dra. Ana Soto Ruiz en el foro.",
                &[("Ana Soto Ruiz", Some("especialista"), &["Ana Soto Ruiz"])],
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
    fn signatures() {
        check(&[
            (
                RULE_SIGNATURE,
                "Nueva Orleans, 2 de septiembre de 2025.\n\nKarla Patricia Mejía Rosales\nCónsul General",
                &[(
                    "Karla Patricia Mejía Rosales",
                    Some("Cónsul General"),
                    &["Karla Patricia Mejía Rosales"],
                )],
            ),
            // Reflowed into one line by normalisation.
            (
                RULE_SIGNATURE,
                "Atentamente.\n\nKarla Patricia Mejía Rosales Cónsul General",
                &[(
                    "Karla Patricia Mejía Rosales",
                    Some("Cónsul General"),
                    &["Karla Patricia Mejía Rosales"],
                )],
            ),
            // After an abbreviated title, with the body's line reflowed after the role.
            (
                RULE_SIGNATURE,
                "Las actividades están sujetas a cambios.\n\nLic. Andrea Beatriz Giménez Ocampo Directora de Comunicación Institucional Ministerio de Relaciones Exteriores",
                &[(
                    "Andrea Beatriz Giménez Ocampo",
                    Some("Directora de Comunicación Institucional"),
                    &["Andrea Beatriz Giménez Ocampo"],
                )],
            ),
            // A name and a role in running text need their comma.
            (RULE_SIGNATURE, "Lo dijo Karla Mejía Rosales cónsul de Honduras en la ciudad.", &[]),
            (RULE_SIGNATURE, "Lo dijo la Lic. Karla Mejía Rosales Cónsul General Consulado de Honduras.", &[]),
        ]);
    }

    #[test]
    fn name_comma_role() {
        check(&[
            // A lower-case title after a bare role noun runs to the end of its clause.
            (
                RULE_NAME_COMMA_ROLE,
                "Pablo Irigoyen, coordinador de políticas de vivienda social de la CEPAL, presentó el informe.",
                &[(
                    "Pablo Irigoyen",
                    Some("coordinador de políticas de vivienda social de la CEPAL"),
                    &["Pablo Irigoyen"],
                )],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Según Marta Oyarzún, asesora en temas de pesca artesanal.",
                &[("Marta Oyarzún", Some("asesora en temas de pesca artesanal"), &["Marta Oyarzún"])],
            ),
            // Not through a verb, nor when the clause goes on past the limit.
            (
                RULE_NAME_COMMA_ROLE,
                "Ernesto Villa, director de la escuela que visitó la delegación, habló.",
                &[("Ernesto Villa", Some("director"), &["Ernesto Villa"])],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Ernesto Villa, director de la escuela y presentó el plan.",
                &[("Ernesto Villa", Some("director"), &["Ernesto Villa"])],
            ),
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
            // Portfolios listed after a comma belong to the title; names after it do not.
            (
                RULE_NAME_COMMA_ROLE,
                "Asistieron Laura Benítez Ríos, Subsecretaria de Empleo, Juventud y Deportes; y otros.",
                &[(
                    "Laura Benítez Ríos",
                    Some("Subsecretaria de Empleo, Juventud y Deportes"),
                    &["Laura Benítez Ríos"],
                )],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Llegaron Tomás Ibarra, ministro de Salud, Pedro Soler y Ana Gil al acto.",
                &[("Tomás Ibarra", Some("ministro de Salud"), &["Tomás Ibarra"])],
            ),
            (
                RULE_NAME_COMMA_ROLE,
                "Habló ayer. Participó Rosa Elena Quiroz, ministra de Vivienda, en el foro.",
                &[("Rosa Elena Quiroz", Some("ministra de Vivienda"), &["Rosa Elena Quiroz"])],
            ),
            (RULE_NAME_COMMA_ROLE, "En Ciudad de México, presidente y ministros se reunieron.", &[]),
            (RULE_NAME_COMMA_ROLE, "La Reunión Plenaria, presidente de turno incluido, sesionó.", &[]),
        ]);
    }

    #[test]
    fn shared_role() {
        check(&[
            // Complements handed out in order: a repeated preposition.
            (
                RULE_SHARED_ROLE,
                "Los cancilleres de Chile y de la República del Ecuador, Marta Ibáñez Soto y Tomás Quiroga, firmaron hoy.",
                &[
                    ("Marta Ibáñez Soto", Some("canciller de Chile"), &["Marta Ibáñez Soto"]),
                    ("Tomás Quiroga", Some("canciller de la República del Ecuador"), &["Tomás Quiroga"]),
                ],
            ),
            // Countries after one preposition: each takes the last complement's place.
            (
                RULE_SHARED_ROLE,
                "Las ministras de Salud de Uruguay y Paraguay, Rosa Benítez y Carla Duarte, inauguraron la sala.",
                &[
                    ("Rosa Benítez", Some("ministra de Salud de Uruguay"), &["Rosa Benítez"]),
                    ("Carla Duarte", Some("ministra de Salud de Paraguay"), &["Carla Duarte"]),
                ],
            ),
            // One complement that is a single title: shared as it is.
            (
                RULE_SHARED_ROLE,
                "Los viceministros de Comercio y Turismo, Iván Robles y Hugo Paredes, viajaron juntos.",
                &[
                    ("Iván Robles", Some("viceministro de Comercio y Turismo"), &["Iván Robles"]),
                    ("Hugo Paredes", Some("viceministro de Comercio y Turismo"), &["Hugo Paredes"]),
                ],
            ),
            // A complement before each name.
            (
                RULE_SHARED_ROLE,
                "Asistieron los secretarios de Hacienda, Lucía Prado; de Energía, Mateo Ruiz Lagos, y de Marina, Rubén Ocampo.",
                &[
                    ("Lucía Prado", Some("secretario de Hacienda"), &["Lucía Prado"]),
                    ("Mateo Ruiz Lagos", Some("secretario de Energía"), &["Mateo Ruiz Lagos"]),
                    ("Rubén Ocampo", Some("secretario de Marina"), &["Rubén Ocampo"]),
                ],
            ),
            // No complement; a capitalised plural; a plural modifier.
            (
                RULE_SHARED_ROLE,
                "Se reunieron los presidentes Jorge Ávila y Elena Cortés en la frontera.",
                &[
                    ("Jorge Ávila", Some("presidente"), &["Jorge Ávila"]),
                    ("Elena Cortés", Some("presidente"), &["Elena Cortés"]),
                ],
            ),
            (
                RULE_SHARED_ROLE,
                "Los Embajadores de Italia y de Grecia, Paolo Conti y Nikos Stavrou, presentaron cartas.",
                &[
                    ("Paolo Conti", Some("Embajador de Italia"), &["Paolo Conti"]),
                    ("Nikos Stavrou", Some("Embajador de Grecia"), &["Nikos Stavrou"]),
                ],
            ),
            (
                RULE_SHARED_ROLE,
                "Los directores generales de Aduanas, Pedro Salas y Inés Lobo, firmaron.",
                &[
                    ("Pedro Salas", Some("director general de Aduanas"), &["Pedro Salas"]),
                    ("Inés Lobo", Some("director general de Aduanas"), &["Inés Lobo"]),
                ],
            ),
            // A list of countries is no list of people; a lone name is no shared role.
            (
                RULE_SHARED_ROLE,
                "Firmaron los Directores Generales de Aduanas, Pedro Salas y Inés Lobo.",
                &[
                    ("Pedro Salas", Some("Director General de Aduanas"), &["Pedro Salas"]),
                    ("Inés Lobo", Some("Director General de Aduanas"), &["Inés Lobo"]),
                ],
            ),
            (RULE_SHARED_ROLE, "Los presidentes de Belice, Costa Rica, El Salvador y Honduras firmaron.", &[]),
            (RULE_SHARED_ROLE, "Los ministros de Salud, Educación y Trabajo, reunidos hoy, acordaron.", &[]),
            (RULE_SHARED_ROLE, "Los ministros de Defensa, Carlos Prieto, llegaron.", &[]),
            // "Reyes" is a surname, not the plural of "rey".
            (
                RULE_ROLE_COMMA_NAME,
                "Habló el embajador chileno, Gonzalo Reyes, ante la prensa.",
                &[("Gonzalo Reyes", Some("embajador chileno"), &["Gonzalo Reyes"])],
            ),
        ]);
    }

    #[test]
    fn role_words_and_shapes() {
        check(&[
            (
                RULE_ROLE_COMMA_NAME,
                "Se reunió con su homólogo boliviano, Rubén Zárate, en La Paz.",
                &[("Rubén Zárate", Some("homólogo boliviano"), &["Rubén Zárate"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Viajó con la comisaria europea de Comercio, Greta Lindqvist, a Lima.",
                &[("Greta Lindqvist", Some("comisaria europea de Comercio"), &["Greta Lindqvist"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Lo dijo el vicepresidente primero del Gobierno, Ramón Iturbe, ayer.",
                &[("Ramón Iturbe", Some("vicepresidente primero del Gobierno"), &["Ramón Iturbe"])],
            ),
            // An acronym inside the role, with the role going on after it, stays as written.
            (
                RULE_ROLE_COMMA_NAME,
                "Por su parte, el representante del Banco de Desarrollo (CAF) en el Paraguay, Federico Ibarra Lugo, anunció un préstamo.",
                &[("Federico Ibarra Lugo", Some("representante del Banco de Desarrollo (CAF) en el Paraguay"), &["Federico Ibarra Lugo"])],
            ),
            // The body's acronym after the role is stepped over, not kept in it.
            (
                RULE_ROLE_COMMA_NAME,
                "Según la directora del Fondo Andino de Vivienda (FAV), Nora Campos, el plan avanza.",
                &[("Nora Campos", Some("directora del Fondo Andino de Vivienda"), &["Nora Campos"])],
            ),
            // A demonym between the comma and the name.
            (
                RULE_ROLE_COMMA_NAME,
                "Renunció el secretario general de la Comunidad Andina, el peruano Julio Benavides Sanz, tras dos años.",
                &[("Julio Benavides Sanz", Some("secretario general de la Comunidad Andina"), &["Julio Benavides Sanz"])],
            ),
            // Two written forms of one name are one person.
            (
                RULE_ROLE_COMMA_NAME,
                "Llegó la canciller de Chile, Ana María Solís. Más tarde la ministra de Chile, Ana Solís, habló.",
                &[("Ana María Solís", Some("canciller de Chile"), &["Ana María Solís", "Ana Solís"])],
            ),
            // Lower-case nouns after a linking word, when a comma and the name end the role.
            (
                RULE_ROLE_COMMA_NAME,
                "Lo confirmó el ministro italiano del interior, Marco Bellini, en Roma.",
                &[("Marco Bellini", Some("ministro italiano del interior"), &["Marco Bellini"])],
            ),
            (
                RULE_ROLE_COMMA_NAME,
                "Intervino la enviada de la FAO a la conferencia, Irene Vidal, al final.",
                &[("Irene Vidal", Some("enviada de la FAO a la conferencia"), &["Irene Vidal"])],
            ),
            (RULE_ROLE_COMMA_NAME, "El ministro de salud dijo que, Marco Bellini aparte, nadie vino.", &[]),
            // "Blanca" is a given name; "Casa Blanca" stays a body.
            (
                RULE_ROLE_COMMA_NAME,
                "Asistió la vocera de la Casa Blanca, Blanca Ortiz Peña, a la rueda de prensa.",
                &[("Blanca Ortiz Peña", Some("vocera de la Casa Blanca"), &["Blanca Ortiz Peña"])],
            ),
            (
                RULE_ROLE_NAME,
                "Lo inauguró el rector Julián Paredes Mora con su colega peruana Elsa Quispe.",
                &[
                    ("Julián Paredes Mora", Some("rector"), &["Julián Paredes Mora"]),
                    ("Elsa Quispe", Some("colega peruana"), &["Elsa Quispe"]),
                ],
            ),
            (RULE_ROLE_COMMA_NAME, "Según el director del Fondo (FAV) y otros, Nora Campos habló.", &[]),
            (RULE_ROLE_COMMA_NAME, "El responsable es el Estado, Juan Pérez dixit.", &[]),
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
