//! Organisations: one entity per body, with every mention (full name, short forms, acronym).
//!
//! Rules (stable ids):
//! - `organization.acronym_definition` — a capitalised name followed by its acronym in
//!   parentheses, "Conferencia Regional sobre Migración (CRM)"; the long form is the shortest
//!   run of capitalised words (with linking words) whose letters spell the acronym
//!   (Schwartz–Hearst), and it must start with an organisation head noun
//!   (`data/organization_heads.txt`), so documents, events and economic terms are left out.
//!   Every later whole-word, case-sensitive use of the acronym ("la CRM") and of the long form
//!   joins the same entity.
//! - `organization.acronym_definition_reverse` — "la OIM (Organización Internacional para las
//!   Migraciones)".
//! - `organization.gazetteer_name` / `organization.gazetteer_acronym` — the reviewed list
//!   `data/organizations.tsv`: names matched accent- and case-insensitively (capitalised first
//!   letter required) and acronyms matched case-sensitively, both as whole words. Both begin
//!   with a capital, so the listed forms are tried only at the capitals of the folded text,
//!   found by the one scan that also splits the words ([`scan_doc`]).
//! - `organization.government` — "Gobierno de X" (X a country mention when the countries
//!   extractor found one there, else a capitalised place name without "y").
//! - `organization.government_body` — "Ministerio de ...", "Secretaría de ...",
//!   "Subsecretaría de ...", "Instituto Nacional de Migración", "Embajada de México en Chile",
//!   "Dirección General de ...", "Procuraduría ...", "Cancillería", "Presidencia de la República",
//!   "Senado de la República", "Cámara de Diputados", "Oficina del Censo Electoral", "Junta
//!   Electoral Provincial", "Autoridad Portuaria de ...", "Banco de Desarrollo de China",
//!   "Comisaría General de ..." (with its accent), ...: the name runs over capitalised words
//!   and linking words and ends at its last capitalised word.
//!
//! Decisions: an office held by a government ("la Presidencia Pro-Témpore de México") is a
//! role, not an organisation, and is not reported; bare "Presidencia", "Secretaría", "Gobierno"
//! are not reported either. A body found by pattern may hold a named one: "la Secretaría General
//! de la OEA" is reported, and so is the OEA it names. An organ named inside an event's name
//! ("XXIV Reunión Ordinaria del Consejo de Ministros") belongs to the event and is not reported.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use acta_normalize::fold_char;
use acta_record::{CountryMention, CountryVia, Issuer, Organization, Span};
use regex::Regex;

use crate::events::closing_quote;
use crate::first_pairs::FirstPairs;
use crate::fnv::FnvBuild;
use crate::Doc;

const ORGANIZATIONS: &str = include_str!("../data/organizations.tsv");
const HEADS: &str = include_str!("../data/organization_heads.txt");

/// Rule ids.
pub const RULE_DEFINITION: &str = "organization.acronym_definition";
/// Rule id of "ACRONYM (Long Name)".
pub const RULE_DEFINITION_REVERSE: &str = "organization.acronym_definition_reverse";
/// Rule id of a gazetteer name.
pub const RULE_GAZETTEER_NAME: &str = "organization.gazetteer_name";
/// Rule id of a gazetteer acronym.
pub const RULE_GAZETTEER_ACRONYM: &str = "organization.gazetteer_acronym";
/// Rule id of "Gobierno de X".
pub const RULE_GOVERNMENT: &str = "organization.government";
/// Rule id of ministries, secretariats, embassies and the like.
pub const RULE_GOVERNMENT_BODY: &str = "organization.government_body";

/// The key of a body named in the text: folded, hyphens as spaces ("Hispano-Marroquí").
fn name_key(name: &str) -> String {
    name.chars()
        .map(|c| match fold_char(c) {
            '-' => ' ',
            folded => folded,
        })
        .collect()
}

/// Folds a string with the same one-char-per-char folding as [`Doc::folded`].
pub(crate) fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

// ---------------------------------------------------------------------------------------------
// Words of the original text

/// A word of the original text: letters, digits, and inner hyphens or apostrophes.
///
/// Offsets are kept as `u32` (a document has a word every six bytes or so, and this halves the
/// scan's memory); [`scan`] reads no text longer than `u32::MAX` bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// Byte range in the text, then the byte range of the same characters in the folded view
    /// (`&folded[folded_start..folded_end]` is the word's [`fold`], borrowed, not allocated).
    offsets: [u32; 4],
    /// Whether the word starts with an upper-case letter ([`is_capitalised`]).
    pub capitalised: bool,
}

impl Word {
    fn new(start: usize, end: usize, folded_start: usize, folded_end: usize, capitalised: bool) -> Self {
        // `scan` refuses texts whose offsets do not fit.
        let at = |offset: usize| offset as u32;
        Word { offsets: [at(start), at(end), at(folded_start), at(folded_end)], capitalised }
    }

    /// Byte offset of the word in the text.
    pub fn start(&self) -> usize {
        self.offsets[0] as usize
    }

    /// Byte offset of the word's end in the text.
    pub fn end(&self) -> usize {
        self.offsets[1] as usize
    }

    /// Byte offset of the word in the folded view.
    pub fn folded_start(&self) -> usize {
        self.offsets[2] as usize
    }

    /// Byte offset of the word's end in the folded view.
    pub fn folded_end(&self) -> usize {
        self.offsets[3] as usize
    }

    /// The word's folded text.
    pub fn folded<'f>(&self, folded: &'f str) -> &'f str {
        folded.get(self.folded_start()..self.folded_end()).unwrap_or("")
    }
}

/// An upper-case letter with no letter or digit before it in the folded view. Every mention
/// matched against a list of folded forms (gazetteer names and acronyms, a document's own
/// definitions, people's names) must start at one, since it must be a whole word and begin
/// with a capital: trying the forms only at these few places replaces an overlapping
/// automaton over every byte of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Capital {
    /// Byte offset in the text.
    pub start: usize,
    /// Byte offset of the same character in the folded view.
    pub folded: usize,
}

/// The words and the capitals of a document, read in one pass ([`scan_doc`]). Organisations and
/// people both read them from [`Doc::scan`], which makes it once per document.
#[derive(Debug, Default)]
pub struct Scan {
    pub(crate) words: Vec<Word>,
    pub(crate) capitals: Vec<Capital>,
    /// Indices of the capitalised words, in order: the only ones that can head a body.
    pub(crate) capitalised_words: Vec<usize>,
}

/// Reads the words and capitals of `doc` (use [`Doc::scan`], which keeps them).
pub fn scan_doc(doc: &Doc<'_>) -> Scan {
    scan(doc.text, doc.folded())
}

impl Scan {
    /// Whether the text has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Reads `text` and its folded view `folded` (one char per char, as [`Doc::folded`]) side by
/// side, once: the words with both byte ranges, and the capitals.
///
/// Runs of up to 64 ASCII bytes (most of any text) are read as bit masks, one bit per byte
/// (letter or digit, capital, joiner), from which word starts, word ends and capitals fall out
/// with shifts, without a branch per byte; each other character is read alone.
///
/// A text longer than `u32::MAX` bytes (4 GiB, far past any input limit) has no words.
pub(crate) fn scan(text: &str, folded: &str) -> Scan {
    if u32::try_from(text.len().max(folded.len())).is_err() {
        return Scan::default();
    }
    let bytes = text.as_bytes();
    // Room for a communiqué's words up front; a huge text grows the vectors as it goes rather
    // than reserving its estimate at once.
    let room = |estimate: usize| estimate.min(1 << 16);
    let mut scanner = Scanner {
        text,
        folded,
        scan: Scan {
            words: Vec::with_capacity(room(text.len() / 6)),
            capitals: Vec::with_capacity(room(text.len() / 16)),
            capitalised_words: Vec::with_capacity(room(text.len() / 64)),
        },
        open: None,
        previous_folded_alphanumeric: false,
    };
    let (mut i, mut f) = (0, 0);
    while let Some(rest) = bytes.get(i..).filter(|rest| !rest.is_empty()) {
        let window = rest.get(..64).unwrap_or(rest);
        let ascii = ascii_prefix(window);
        if let Some(run) = window.get(..ascii).filter(|run| !run.is_empty()) {
            scanner.ascii_run(i, f, run);
            i += ascii;
            f += ascii;
        } else {
            let Some(advance) = scanner.one_char(i, f) else { break };
            i += advance.0;
            f += advance.1;
        }
    }
    if let Some((start, folded_start, capitalised)) = scanner.open {
        scanner.scan.words.push(Word::new(start, text.len(), folded_start, f, capitalised));
    }
    scanner.scan
}

/// The state of [`scan`] between runs.
struct Scanner<'t> {
    text: &'t str,
    folded: &'t str,
    scan: Scan,
    /// The word being read: its start in the text and in the folded view, and whether capitalised.
    open: Option<(usize, usize, bool)>,
    previous_folded_alphanumeric: bool,
}

impl Scanner<'_> {
    /// Reads `run`, 1 to 64 ASCII bytes at text offset `i` and folded offset `f` (ASCII folds to
    /// itself byte for byte). A joiner ("-", "'") belongs to a word when the char before it does
    /// (a letter or digit; a joiner never precedes another in a word) and the char after it is
    /// a letter or digit.
    fn ascii_run(&mut self, i: usize, f: usize, run: &[u8]) {
        let (alphanumeric, upper, joiner) = ascii_masks(run);
        let n = run.len();
        let last = 1u64 << (n - 1);
        let next_alphanumeric =
            self.text.get(i + n..).and_then(|s| s.chars().next()).is_some_and(is_alphanumeric);
        let open_before = u64::from(self.open.is_some());
        let previous_in_word = (alphanumeric << 1) | open_before;
        let next_is_alphanumeric = (alphanumeric >> 1) | if next_alphanumeric { last } else { 0 };
        let in_word = alphanumeric | (joiner & previous_in_word & next_is_alphanumeric);
        let in_word_before = (in_word << 1) | open_before;
        let within = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        let mut starts = in_word & !in_word_before;
        let mut ends = !in_word & in_word_before & within;
        let mut capitals = upper & !((alphanumeric << 1) | u64::from(self.previous_folded_alphanumeric));
        while capitals != 0 {
            let k = capitals.trailing_zeros() as usize;
            capitals &= capitals - 1;
            self.scan.capitals.push(Capital { start: i + k, folded: f + k });
        }
        while starts | ends != 0 {
            let k = (starts | ends).trailing_zeros() as usize;
            let bit = 1u64 << k;
            if ends & bit != 0 {
                ends &= !bit;
                if let Some((start, folded_start, capitalised)) = self.open.take() {
                    self.scan.words.push(Word::new(start, i + k, folded_start, f + k, capitalised));
                }
            } else {
                starts &= !bit;
                self.open_word(i + k, f + k, upper & bit != 0);
            }
        }
        self.previous_folded_alphanumeric = alphanumeric & last != 0;
    }

    /// Starts a word at text offset `i` and folded offset `f`.
    fn open_word(&mut self, i: usize, f: usize, capitalised: bool) {
        if capitalised {
            // The index the word takes when it closes: no other word closes before it.
            self.scan.capitalised_words.push(self.scan.words.len());
        }
        self.open = Some((i, f, capitalised));
    }

    /// Reads the char at text offset `i` and folded offset `f`; returns how far both move on.
    fn one_char(&mut self, i: usize, f: usize) -> Option<(usize, usize)> {
        let ch = self.text.get(i..).and_then(|s| s.chars().next())?;
        let folded_ch = self.folded.get(f..).and_then(|s| s.chars().next()).unwrap_or_else(|| fold_char(ch));
        let upper = is_uppercase(ch);
        if upper && !self.previous_folded_alphanumeric {
            self.scan.capitals.push(Capital { start: i, folded: f });
        }
        let next = i + ch.len_utf8();
        let inner_joiner = matches!(ch, '-' | '\'' | '’')
            && self.open.is_some()
            && self.text.get(next..).and_then(|s| s.chars().next()).is_some_and(is_alphanumeric);
        if is_alphanumeric(ch) || inner_joiner {
            if self.open.is_none() {
                self.open_word(i, f, upper);
            }
        } else if let Some((start, folded_start, capitalised)) = self.open.take() {
            self.scan.words.push(Word::new(start, i, folded_start, f, capitalised));
        }
        self.previous_folded_alphanumeric = is_alphanumeric(folded_ch);
        Some((ch.len_utf8(), folded_ch.len_utf8()))
    }
}

/// [`char::is_alphanumeric`], answering Latin-1 letters (Spanish accents) without the Unicode
/// table search.
fn is_alphanumeric(ch: char) -> bool {
    match u32::from(ch) {
        0..=0x7f => ch.is_ascii_alphanumeric(),
        0xc0..=0xff => ch != '×' && ch != '÷',
        _ => ch.is_alphanumeric(),
    }
}

/// [`char::is_uppercase`], answering Latin-1 letters without the Unicode table search.
fn is_uppercase(ch: char) -> bool {
    match u32::from(ch) {
        0..=0x7f => ch.is_ascii_uppercase(),
        0xc0..=0xde => ch != '×',
        0xdf..=0xff => false,
        _ => ch.is_uppercase(),
    }
}

/// Every byte's high bit, eight bytes at a time.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// One byte repeated eight times.
const fn splat(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// How many bytes `window` starts with that are ASCII, eight at a time.
fn ascii_prefix(window: &[u8]) -> usize {
    let mut chunks = window.chunks_exact(8);
    let mut done = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
        let high = word & HIGH_BITS;
        if high != 0 {
            return done + high.trailing_zeros() as usize / 8;
        }
        done += 8;
    }
    let remainder = chunks.remainder();
    done + remainder.iter().position(|b| !b.is_ascii()).unwrap_or(remainder.len())
}

/// Bit masks of an ASCII run (at most 64 bytes), bit k for byte k: letters and digits, capitals,
/// joiners ("-", "'"). Eight bytes at a time: for ASCII bytes, adding `0x80 - lo` to every byte
/// sets its high bit exactly when the byte is `lo` or more, with no carry into the next byte.
fn ascii_masks(run: &[u8]) -> (u64, u64, u64) {
    /// The high bit of every byte of `word` that lies in `lo..=hi`.
    fn in_range(word: u64, lo: u8, hi: u8) -> u64 {
        let at_least_lo = word.wrapping_add(splat(0x80 - lo));
        let above_hi = word.wrapping_add(splat(0x7f - hi));
        at_least_lo & !above_hi & HIGH_BITS
    }
    /// The high bit of byte k of `bytes` moved to bit k.
    fn gather(bytes: u64) -> u64 {
        (bytes >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
    }
    let (mut alphanumeric, mut upper, mut joiner) = (0u64, 0u64, 0u64);
    let mut chunks = run.chunks_exact(8);
    let mut shift = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let capitals = in_range(word, b'A', b'Z');
        let letters_digits = capitals | in_range(word, b'a', b'z') | in_range(word, b'0', b'9');
        let joiners = in_range(word, b'-', b'-') | in_range(word, b'\'', b'\'');
        alphanumeric |= gather(letters_digits) << shift;
        upper |= gather(capitals) << shift;
        joiner |= gather(joiners) << shift;
        shift += 8;
    }
    for (k, &byte) in chunks.remainder().iter().enumerate() {
        let class = ASCII_CLASS.get(usize::from(byte)).copied().unwrap_or(0);
        alphanumeric |= u64::from(class & ALPHANUMERIC) << (shift + k);
        upper |= u64::from((class & UPPER) >> 1) << (shift + k);
        joiner |= u64::from((class & JOINER) >> 2) << (shift + k);
    }
    (alphanumeric, upper, joiner)
}

/// Bits of [`ASCII_CLASS`].
const ALPHANUMERIC: u8 = 1;
const UPPER: u8 = 2;
const JOINER: u8 = 4;

/// What [`scan`] needs to know of each ASCII byte (non-ASCII bytes are 0 and never looked up).
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_uppercase() {
            ALPHANUMERIC | UPPER
        } else if b.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if b == b'-' || b == b'\'' {
            JOINER
        } else {
            0
        };
        byte += 1;
    }
    table
};

/// Splits `text` into words, with byte ranges.
#[cfg(test)]
pub(crate) fn words(text: &str) -> Vec<Word> {
    scan(text, &fold(text)).words
}

/// A document's own folded forms (defined acronyms, long forms, people's names) grouped by their
/// first word: each capital of the text tries only the forms its own first word begins, so the
/// work grows with the capitals and the matches, not with capitals times forms.
pub(crate) struct FormIndex<'f> {
    forms: Vec<&'f str>,
    by_first_word: HashMap<&'f str, Vec<usize>, FnvBuild>,
}

impl<'f> FormIndex<'f> {
    /// Indexes `forms` (folded); an empty form is never found.
    pub(crate) fn new(forms: impl Iterator<Item = &'f str>) -> Self {
        let forms: Vec<&'f str> = forms.collect();
        let mut by_first_word: HashMap<&'f str, Vec<usize>, FnvBuild> = HashMap::default();
        for (index, form) in forms.iter().enumerate() {
            if !form.is_empty() {
                by_first_word.entry(first_word(form)).or_default().push(index);
            }
        }
        FormIndex { forms, by_first_word }
    }

    /// The forms found whole at `capital`, in form order, as (form index, folded end byte).
    pub(crate) fn at<'s>(
        &'s self,
        folded: &'s str,
        capital: Capital,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        // A form found at a capital begins with the capital's whole first word: the form's
        // first word ends where the form does or at a non-alphanumeric of the form itself.
        let word = folded.get(capital.folded..).map(first_word).unwrap_or("");
        self.by_first_word.get(word).into_iter().flatten().filter_map(move |&index| {
            let form = self.forms.get(index)?;
            form_at(folded, capital, form).map(|end| (index, end))
        })
    }
}

/// Whether `form` (folded, not empty) occurs as a whole word starting at `capital`: the folded
/// byte offset where it ends. The capital already has no letter or digit before it.
pub(crate) fn form_at(folded: &str, capital: Capital, form: &str) -> Option<usize> {
    let rest = folded.get(capital.folded..)?;
    // The first byte alone turns most capitals away without a call to compare.
    if form.is_empty() || rest.as_bytes().first() != form.as_bytes().first() || !rest.starts_with(form) {
        return None;
    }
    let after = rest.get(form.len()..).and_then(|s| s.chars().next());
    (!after.is_some_and(char::is_alphanumeric)).then_some(capital.folded + form.len())
}

/// The index of the first word starting at or after `byte`.
pub(crate) fn word_at(words: &[Word], byte: usize) -> usize {
    words.partition_point(|w| w.start() < byte)
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is written all in capitals (at least two letters).
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether the gap between two words is plain spacing inside one line.
pub(crate) fn is_space_gap(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ')
}

/// Whether the gap after `word` continues a name: plain spacing, or the period of an initial
/// ("Gilbert F. Houngbo", "del H. Congreso de la Unión").
pub(crate) fn is_name_gap(word: &str, gap: &str) -> bool {
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    is_space_gap(gap)
        || initial && gap.strip_prefix('.').is_some_and(is_space_gap)
        || is_doubled_abbreviation_gap(word, gap)
}

/// "EE. UU.", "EE.UU.": the period inside a doubled-letter abbreviation.
fn is_doubled_abbreviation_gap(word: &str, gap: &str) -> bool {
    let mut letters = word.chars();
    let doubled = matches!((letters.next(), letters.next(), letters.next()), (Some(a), Some(b), None) if a == b && a.is_uppercase());
    doubled && (gap == "." || gap.strip_prefix('.').is_some_and(is_space_gap))
}

/// Whether the gap is a comma followed by spacing (", ").
pub(crate) fn is_comma_gap(gap: &str) -> bool {
    gap.strip_prefix(',').is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c == ' '))
}

/// Linking words allowed inside the names of bodies and in role titles.
pub(crate) fn is_name_linker(folded_word: &str) -> bool {
    matches!(folded_word, "de" | "del" | "la" | "las" | "los" | "y" | "e" | "para" | "sobre")
}

/// Linking words allowed inside a long form bounded by its acronym: the parenthesis fixes its
/// end, so looser words are safe ("América Latina y el Caribe", "contra la Droga").
fn is_definition_linker(folded_word: &str) -> bool {
    is_name_linker(folded_word)
        || matches!(folded_word, "el" | "contra" | "a" | "al" | "en" | "por" | "con" | "of" | "the" | "for")
}

// ---------------------------------------------------------------------------------------------
// The gazetteer

#[derive(Debug)]
struct Entry {
    name: String,
    acronyms: Vec<String>,
}

#[derive(Debug, Clone)]
enum Target {
    Name(usize),
    Acronym(usize, String),
}

struct Gazetteer {
    entries: Vec<Entry>,
    /// Every folded form (names, other names, acronyms), once.
    patterns: Vec<String>,
    /// Per pattern: every entry form that folds to it.
    targets: Vec<Vec<Target>>,
    /// First word of a pattern (its leading letters and digits) → the patterns it begins, so
    /// that a capital of the text is tried against the few forms its word can begin.
    by_first_word: HashMap<String, Vec<usize>, FnvBuild>,
    /// The pairs of leading bytes the patterns begin with: most capitals ("El", "La", names)
    /// begin no pattern and are turned away before hashing.
    first_pairs: FirstPairs,
    /// Folded canonical names and other names → entry.
    by_name: HashMap<String, usize>,
    /// Acronyms as written → entry.
    by_acronym: HashMap<String, usize>,
    /// Looked up for many capitalised words (by people's names too): FNV, like the first words.
    heads: HashSet<String, FnvBuild>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut entries = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut targets: Vec<Vec<Target>> = Vec::new();
    let mut pattern_index: HashMap<String, usize> = HashMap::new();
    let mut by_name = HashMap::new();
    let mut by_acronym = HashMap::new();
    let mut add =
        |folded: String, target: Target, patterns: &mut Vec<String>, targets: &mut Vec<Vec<Target>>| {
            let index = *pattern_index.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                targets.push(Vec::new());
                patterns.len() - 1
            });
            if let Some(list) = targets.get_mut(index) {
                list.push(target);
            }
        };
    for line in ORGANIZATIONS.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut columns = line.split('\t');
        let name = columns.next().unwrap_or("").trim().to_string();
        if name.is_empty() {
            continue;
        }
        let acronyms: Vec<String> = columns
            .next()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        let aliases: Vec<String> = columns
            .next()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        let index = entries.len();
        for form in std::iter::once(&name).chain(aliases.iter()) {
            by_name.insert(fold(form), index);
            add(fold(form), Target::Name(index), &mut patterns, &mut targets);
        }
        for acronym in &acronyms {
            by_acronym.insert(acronym.clone(), index);
            add(fold(acronym), Target::Acronym(index, acronym.clone()), &mut patterns, &mut targets);
        }
        entries.push(Entry { name, acronyms });
    }
    let first_pairs = FirstPairs::new(patterns.iter().map(String::as_str));
    let mut by_first_word: HashMap<String, Vec<usize>, FnvBuild> = HashMap::default();
    for (index, pattern) in patterns.iter().enumerate() {
        by_first_word.entry(first_word(pattern).to_string()).or_default().push(index);
    }
    let heads = HEADS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    Gazetteer { entries, patterns, targets, by_first_word, first_pairs, by_name, by_acronym, heads }
});

/// The leading letters and digits of `s`.
fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    s.get(..end).unwrap_or("")
}

/// Whether `folded_word` can begin the name of an organisation.
pub(crate) fn is_org_head(folded_word: &str) -> bool {
    GAZETTEER.heads.contains(folded_word)
}

// ---------------------------------------------------------------------------------------------
// Mentions and entities

/// Which entity a mention belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Gazetteer(usize),
    /// A body defined or named in the text, by folded name.
    Named(String),
}

#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    key: Key,
    rule: &'static str,
    /// Higher wins when two mentions cover the same text.
    priority: u8,
}

/// What the document itself defined.
#[derive(Debug, Default)]
struct Definitions {
    /// Acronym as written → entity.
    acronyms: HashMap<String, Key>,
    /// Entity → (long form as first written, acronym, rule).
    names: HashMap<Key, (String, String, &'static str)>,
    /// Folded long forms to search for later full-name mentions.
    long_forms: Vec<(String, Key)>,
}

/// "(CRM)", "(Corte IDH)", "(SG-SICA)": matched without capture groups so the regex runs on
/// its fast engine; the parentheses are sliced off.
static ACRONYM_IN_PARENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:[A-ZÁÉÍÓÚÑ]{1,4}-)?[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{1,11}(?:[- ][A-Z]{1,4})?\)")
        .expect("static regex")
});

/// A whole word that may be an acronym followed by its expansion in parentheses.
static ACRONYM_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{1,11}$").expect("static regex"));

/// Whether `acronym` looks like one: two capitals at least ("CRM", "Corte IDH"), or a
/// capitalised short word ("Celac") that the long-form check will have to confirm.
fn looks_like_acronym(acronym: &str) -> bool {
    let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2 && (capitals >= 2 || letters <= 9)
}

/// Schwartz–Hearst: whether the letters of `acronym` appear in order in `long` (both folded),
/// the first one starting the first word.
fn spells(acronym: &str, long: &str) -> bool {
    let mut letters = acronym.chars().filter(|c| c.is_alphanumeric());
    let Some(first) = letters.next() else { return false };
    if !long.starts_with(first) {
        return false;
    }
    let mut rest = long.chars().skip(1);
    letters.all(|letter| rest.any(|c| c == letter))
}

/// Finds the long form that ends at word `last` (inclusive) and spells `acronym`: the
/// shortest run of capitalised and linking words that starts with a capitalised head noun.
/// An acronym of three capitals or more that the Spanish name does not spell (an English
/// acronym: "Agencia Caribeña de Gestión de Emergencias en Casos de Desastre (CDEMA)") takes
/// the run from the nearest head noun.
fn long_form_before(doc: &Doc<'_>, words: &[Word], last: usize, acronym: &str) -> Option<(usize, usize)> {
    let text = doc.text;
    let folded = doc.folded();
    let folded_acronym = fold(acronym);
    let last_word = words.get(last)?;
    let last_text = text.get(last_word.start()..last_word.end())?;
    if !is_capitalised(last_text) {
        return None;
    }
    let mut first = last;
    let mut nearest_head = None;
    let mut nearest_head_word: Option<usize> = None;
    let mut commas = 0;
    let mut dashes_used = false;
    for _ in 0..14 {
        let Some(word) = words.get(first) else { break };
        let folded_word = word.folded(folded);
        if word.capitalised {
            if is_org_head(folded_word) && first < last {
                let long = folded.get(word.folded_start()..last_word.folded_end())?;
                if spells(&folded_acronym, long) {
                    // "Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados
                    // (ACNUR)": the office of the body the acronym spells is that body.
                    let office = first
                        .checked_sub(2)
                        .filter(|&o| {
                            words.get(o).is_some_and(|w| w.capitalised && w.folded(folded) == "oficina")
                                && words.get(o + 1).is_some_and(|w| w.folded(folded) == "del")
                                && text
                                    .get(words.get(o).map_or(0, Word::end)..word.start())
                                    .is_some_and(|gap| gap.split(' ').filter(|p| !p.is_empty()).eq(["del"]))
                        })
                        .unwrap_or(first);
                    return Some((honorific_start(text, folded, words, office), last_word.end()));
                }
                nearest_head = nearest_head.or(Some(honorific_start(text, folded, words, first)));
                nearest_head_word = nearest_head_word.or(Some(first));
            }
        } else if !is_definition_linker(folded_word) {
            break;
        }
        let Some(previous) = first.checked_sub(1) else { break };
        // "inscritos en el Registro de Matrícula Consular y en el Censo de Electores ... (CERA)":
        // "y en" coordinates two complements; the name starts after it.
        if folded_word == "en" && words.get(previous).is_some_and(|w| w.folded(folded) == "y") {
            break;
        }
        let gap = text.get(words.get(previous)?.end()..word.start())?;
        // A name may enumerate its portfolios: "Oficina de Población, Refugiados y Migración
        // (PRM)", "Dirección General de Registro Civil, Identificación y Cedulación (DIGERCIC)".
        let enumeration = gap.trim_matches(' ') == "," && word.capitalised && commas < 2;
        // A two-part acronym spells a two-part name joined by a dash: "Organismo Andino de Salud
        // - Convenio Hipólito Unanue (ORAS-CONHU)".
        let dash_join = acronym.contains('-')
            && !dashes_used
            && word.capitalised
            && matches!(gap.trim_matches(' '), "-" | "–" | "—")
            && gap.starts_with(' ');
        if !is_space_gap(gap) && !enumeration && !dash_join {
            break;
        }
        dashes_used |= dash_join;
        commas += usize::from(enumeration);
        first = previous;
    }
    // Three capitals and nothing else ("CDEMA"), or a brand-like short name of two capitals
    // or more joined to lower case or digits ("ApexBrasil", "R4V").
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
    let all_capitals = capitals == acronym.chars().filter(|c| c.is_alphabetic()).count();
    let brand = capitals >= 2 && !all_capitals && acronym.chars().all(char::is_alphanumeric);
    if !(capitals >= 3 && all_capitals || brand) {
        return None;
    }
    // Half its letters at least must still start words of the name: "Agencia de Cooperación
    // Internacional de Corea (KOICA)" keeps I, C, A of "Korea International Cooperation Agency".
    let start = nearest_head?;
    let initials: HashSet<char> =
        fold(text.get(start..last_word.end())?).split(' ').filter_map(|w| w.chars().next()).collect();
    let matched = folded_acronym.chars().filter(|c| initials.contains(c)).count();
    // A syllabic acronym of the name's complement, the head left out: "Comisión de Promoción
    // del Perú para la Exportación y el Turismo (PROMPERÚ)" (PROM-PERÚ).
    let syllabic = || {
        (nearest_head_word? + 1..last).find(|&k| {
            words.get(k).is_some_and(|w| {
                w.capitalised
                    && folded
                        .get(w.folded_start()..last_word.folded_end())
                        .is_some_and(|long| spells(&folded_acronym, long))
            })
        })
    };
    (matched * 2 >= folded_acronym.chars().count() || syllabic().is_some())
        .then_some((start, last_word.end()))
}

/// "Agencia Europea de la Guardia de Fronteras y Costas (Frontex)", "Mercado Común del Sur
/// (MERCOSUR)": a short name that spells nothing of the long form (a foreign or invented word)
/// but that the list gives as another form of the same body as the name that ends at word
/// `last`. Returns the start of that name.
fn listed_long_form_before(doc: &Doc<'_>, words: &[Word], last: usize, short: &str) -> Option<usize> {
    let gazetteer = &*GAZETTEER;
    let folded_short = fold(short);
    let entry = gazetteer.by_acronym.get(short).or_else(|| gazetteer.by_name.get(&folded_short)).copied()?;
    let folded = doc.folded();
    let last_word = words.get(last)?;
    // The longest listed name of that body ending at the word: at most 14 words back.
    let mut found = None;
    for first in (last.saturating_sub(14)..last).rev() {
        let word = words.get(first)?;
        if !word.capitalised {
            continue;
        }
        let long = folded.get(word.folded_start()..last_word.folded_end())?;
        if long != folded_short && gazetteer.by_name.get(long) == Some(&entry) {
            found = Some(word.start());
        }
    }
    found
}

fn find_definitions(doc: &Doc<'_>, words: &[Word], mentions: &mut Vec<Mention>) -> Definitions {
    let text = doc.text;
    let gazetteer = &*GAZETTEER;
    let mut definitions = Definitions::default();
    let mut define = |long_start: usize,
                      long_end: usize,
                      acronym_start: usize,
                      acronym_end: usize,
                      rule: &'static str,
                      mentions: &mut Vec<Mention>| {
        let long = text.get(long_start..long_end).unwrap_or("");
        let acronym = text.get(acronym_start..acronym_end).unwrap_or("");
        let folded_long = fold(long);
        let key = match (gazetteer.by_name.get(&folded_long), gazetteer.by_acronym.get(acronym)) {
            (Some(&index), _) => Key::Gazetteer(index),
            // A known acronym bound to a name the list does not have: trust the text.
            _ => definitions.acronyms.get(acronym).cloned().unwrap_or(Key::Named(folded_long.clone())),
        };
        definitions.acronyms.entry(acronym.to_string()).or_insert_with(|| key.clone());
        definitions.names.entry(key.clone()).or_insert_with(|| (long.to_string(), acronym.to_string(), rule));
        if !definitions.long_forms.iter().any(|(f, _)| *f == folded_long) {
            definitions.long_forms.push((folded_long, key.clone()));
        }
        mentions.push(Mention { start: long_start, end: long_end, key: key.clone(), rule, priority: 3 });
        mentions.push(Mention { start: acronym_start, end: acronym_end, key, rule, priority: 3 });
    };

    for whole in ACRONYM_IN_PARENS.find_iter(text) {
        let (acronym_start, acronym_end) = (whole.start() + 1, whole.end() - 1);
        let Some(acronym_text) = text.get(acronym_start..acronym_end) else { continue };
        if !looks_like_acronym(acronym_text) {
            continue;
        }
        // The word right before "(", separated by one space.
        let before = word_at(words, whole.start()).checked_sub(1);
        let Some(last) = before else { continue };
        let Some(last_word) = words.get(last) else { continue };
        if text.get(last_word.end()..whole.start()) != Some(" ") {
            // 'el Instituto Superior de Relaciones Internacionales "Raúl Roa García" (ISRI)': a
            // quoted eponym between the name and its acronym belongs to the name, and the
            // acronym spells what comes before it.
            if let Some(open) = quoted_eponym_before(text, whole.start()) {
                if let Some(name_last) = word_at(words, open).checked_sub(1) {
                    let spaced = words.get(name_last).is_some_and(|w| text.get(w.end()..open) == Some(" "));
                    if let Some((start, _)) =
                        spaced.then(|| long_form_before(doc, words, name_last, acronym_text)).flatten()
                    {
                        define(
                            start,
                            whole.start() - 1,
                            acronym_start,
                            acronym_end,
                            RULE_DEFINITION,
                            mentions,
                        );
                    }
                }
            }
            continue;
        }
        if let Some((start, end)) = long_form_before(doc, words, last, acronym_text) {
            define(start, end, acronym_start, acronym_end, RULE_DEFINITION, mentions);
        } else if let Some(start) = listed_long_form_before(doc, words, last, acronym_text) {
            define(start, last_word.end(), acronym_start, acronym_end, RULE_DEFINITION, mentions);
        }
    }

    // "ACRONYM (Long Name)": at every "(", the word before and the text up to ")".
    for (open, _) in text.match_indices('(') {
        let Some(acronym_index) = word_at(words, open).checked_sub(1) else { continue };
        let Some(acronym_word) = words.get(acronym_index) else { continue };
        if text.get(acronym_word.end()..open) != Some(" ") {
            continue;
        }
        let Some(after) = text.get(open + 1..) else { continue };
        let Some(close) = after.find([')', '(', '\n']) else { continue };
        if !after.get(close..).is_some_and(|rest| rest.starts_with(')')) || !(5..=160).contains(&close) {
            continue;
        }
        let inner = (open + 1, open + 1 + close);
        let acronym = (acronym_word.start(), acronym_word.end());
        let acronym_text = text.get(acronym.0..acronym.1).unwrap_or("");
        let inner_text = text.get(inner.0..inner.1).unwrap_or("");
        if !ACRONYM_WORD.is_match(acronym_text)
            || !looks_like_acronym(acronym_text)
            || is_capitalised_sentence_start(text, acronym.0)
        {
            continue;
        }
        // The parenthesis must hold exactly one long form that spells the acronym.
        let first = word_at(words, inner.0);
        let last = word_at(words, inner.1).saturating_sub(1);
        let (Some(first_word), Some(last_word)) = (words.get(first), words.get(last)) else { continue };
        if first_word.start() != inner.0 || last_word.end() != inner.1 || last <= first {
            continue;
        }
        let all_name_words = (first..=last).all(|i| {
            let Some(w) = words.get(i) else { return false };
            let word_text = text.get(w.start()..w.end()).unwrap_or("");
            let gap_ok = i == first
                || words.get(i - 1).is_some_and(|p| is_space_gap(text.get(p.end()..w.start()).unwrap_or("")));
            gap_ok && (is_capitalised(word_text) || is_definition_linker(&fold(word_text)))
        });
        let last_text = text.get(last_word.start()..last_word.end()).unwrap_or("");
        let first_text = text.get(first_word.start()..first_word.end()).unwrap_or("");
        if all_name_words
            && is_capitalised(last_text)
            && is_org_head(&fold(first_text))
            && spells(&fold(acronym_text), &fold(inner_text))
        {
            define(inner.0, inner.1, acronym.0, acronym.1, RULE_DEFINITION_REVERSE, mentions);
        }
    }
    definitions
}

/// The byte offset of the opening quote of a capitalised quoted name that ends with its
/// closing quote and one space right before `paren` ('"Raúl Roa García" (', '«José Martí» (').
fn quoted_eponym_before(text: &str, paren: usize) -> Option<usize> {
    let before = text.get(..paren)?.strip_suffix(' ')?;
    let (open, close) =
        ['"', '“', '«'].into_iter().map(|o| (o, closing_quote(o))).find(|&(_, c)| before.ends_with(c))?;
    let inner_end = before.len() - close.len_utf8();
    let inner_start = before.get(..inner_end)?.rfind(open)? + open.len_utf8();
    let inner = before.get(inner_start..inner_end)?;
    (inner.starts_with(char::is_uppercase) && inner.len() <= 60 && !inner.contains(['\n', '(', ')']))
        .then(|| inner_start - open.len_utf8())
}

/// A mixed-case "acronym" at the start of a sentence is an ordinary word ("Durante (...)").
fn is_capitalised_sentence_start(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    let mixed = text.get(start..).and_then(|s| s.chars().nth(1)).is_some_and(char::is_lowercase);
    mixed && (before.is_empty() || before.ends_with(['.', '\n', ':']))
}

static MINISTRY_LIST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Ministerio|[Mm]inistr[oa]) de(?: [A-ZÁÉÍÓÚÑ][\w-]*| de| del| la| y)+, $")
        .expect("static regex")
});

/// Whether a match starting at `start` is an item of a ministry's name that lists its
/// portfolios ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación").
fn inside_ministry_list(text: &str, start: usize) -> bool {
    // The list's comma and space end the text before the match: the regex needs them.
    if !text.get(..start).is_some_and(|before| before.ends_with(", ")) {
        return false;
    }
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..start).is_some_and(|before| MINISTRY_LIST_BEFORE.is_match(before))
}

/// Whether the folded match `[start, end)` stands as whole words.
fn whole_word(folded: &str, start: usize, end: usize) -> bool {
    let before = folded.get(..start).and_then(|s| s.chars().next_back());
    let after = folded.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether an acronym at `[start, end)` sits inside a line written in capitals, where every
/// word looks like an acronym.
fn inside_capitals(text: &str, words: &[Word], start: usize) -> bool {
    let index = word_at(words, start);
    let neighbour_caps = |i: Option<usize>| {
        i.and_then(|i| words.get(i)).and_then(|w| text.get(w.start()..w.end())).is_some_and(|w| {
            is_all_caps(w) && w.chars().count() >= 4 && !GAZETTEER.by_acronym.contains_key(w)
        })
    };
    neighbour_caps(index.checked_sub(1)) || neighbour_caps(Some(index + 1))
}

/// Gazetteer names and acronyms. A name must be capitalised and an acronym written as listed
/// (every listed acronym begins with a capital), so both begin at a [`Capital`]: each capital
/// tries the forms its first word begins.
fn find_gazetteer(doc: &Doc<'_>, scan: &Scan, definitions: &Definitions, mentions: &mut Vec<Mention>) {
    let folded = doc.folded();
    let words = &scan.words;
    let gazetteer = &*GAZETTEER;
    for &capital in &scan.capitals {
        let Some(rest) = folded.get(capital.folded..) else { continue };
        if !gazetteer.first_pairs.may_begin(rest.as_bytes()) {
            continue;
        }
        let word = first_word(rest);
        let Some(candidates) = gazetteer.by_first_word.get(word) else { continue };
        for &pattern in candidates {
            let Some(form) = gazetteer.patterns.get(pattern) else { continue };
            let Some(folded_end) = form_at(folded, capital, form) else { continue };
            let (start, end) = (capital.start, doc.folded.to_original(folded_end));
            find_gazetteer_at(doc, words, definitions, start, end, pattern, mentions);
        }
    }
}

/// The gazetteer mention of pattern `pattern` found whole at `[start, end)`, if it counts.
fn find_gazetteer_at(
    doc: &Doc<'_>,
    words: &[Word],
    definitions: &Definitions,
    start: usize,
    end: usize,
    pattern: usize,
    mentions: &mut Vec<Mention>,
) {
    let gazetteer = &*GAZETTEER;
    let Some(original) = doc.text.get(start..end) else { return };
    let Some(targets) = gazetteer.targets.get(pattern) else { return };
    for target in targets {
        match target {
            Target::Name(index)
                if is_capitalised(original)
                    && last_word_capitalised(original)
                    && !inside_ministry_list(doc.text, start) =>
            {
                mentions.push(Mention {
                    start,
                    end,
                    key: Key::Gazetteer(*index),
                    rule: RULE_GAZETTEER_NAME,
                    priority: 2,
                });
                break;
            }
            Target::Acronym(index, written)
                if written == original && !inside_ministry_list(doc.text, start) =>
            {
                if inside_capitals(doc.text, words, start) {
                    break;
                }
                // The document's own definition of the acronym wins over the list.
                let key = definitions.acronyms.get(original).cloned().unwrap_or(Key::Gazetteer(*index));
                mentions.push(Mention { start, end, key, rule: RULE_GAZETTEER_ACRONYM, priority: 2 });
                break;
            }
            _ => {}
        }
    }
}

/// Whether the last word of a name is not written in lower case: every listed name ends with a
/// capitalised word or a number ("G-20"), so "Casa blanca" is no "Casa Blanca".
fn last_word_capitalised(name: &str) -> bool {
    name.rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| !w.chars().next().is_some_and(char::is_lowercase))
}

/// Later uses of acronyms and long forms the document defined itself.
fn find_defined_uses(
    doc: &Doc<'_>,
    capitals: &[Capital],
    definitions: &Definitions,
    mentions: &mut Vec<Mention>,
) {
    let text = doc.text;
    let folded = doc.folded();
    // What this document defined, as folded forms: acronyms (checked case-sensitively against
    // the original afterwards) and long forms. An acronym begins with a capital and a long form
    // must be capitalised, so both are tried only at the capitals of the text, in form order.
    let mut patterns: Vec<String> = Vec::new();
    let mut targets: Vec<(Key, Option<&str>)> = Vec::new();
    for (acronym, key) in &definitions.acronyms {
        if let Key::Gazetteer(index) = key {
            // Already found by the gazetteer pass when the list spells it this way.
            if GAZETTEER.entries.get(*index).is_some_and(|e| e.acronyms.iter().any(|a| a == acronym)) {
                continue;
            }
        }
        patterns.push(fold(acronym));
        targets.push((key.clone(), Some(acronym.as_str())));
    }
    for (long, key) in &definitions.long_forms {
        patterns.push(long.clone());
        targets.push((key.clone(), None));
    }
    if patterns.is_empty() {
        return;
    }
    let index = FormIndex::new(patterns.iter().map(String::as_str));
    for &capital in capitals {
        for (pattern, folded_end) in index.at(folded, capital) {
            let Some((key, acronym)) = targets.get(pattern) else { continue };
            let (start, end) = (capital.start, doc.folded.to_original(folded_end));
            let Some(original) = text.get(start..end) else { continue };
            let matches = match acronym {
                Some(acronym) => original == *acronym,
                None => is_capitalised(original),
            };
            if matches {
                mentions.push(Mention { start, end, key: key.clone(), rule: RULE_DEFINITION, priority: 2 });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Government bodies

/// How a government head noun takes its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// "Gobierno de X": a place.
    Place,
    /// Needs a capitalised tail ("Ministerio de Salud", "Instituto Nacional de Migración").
    Required,
    /// Complete alone ("Cancillería", "Senado"), may take a tail.
    Optional,
    /// Only with an exact tail ("Presidencia de la República").
    Exact(&'static str),
}

fn government_head(folded_word: &str) -> Option<Tail> {
    Some(match folded_word {
        "gobierno" => Tail::Place,
        "secretaria" | "subsecretaria" | "ministerio" | "instituto" | "embajada" | "consulado"
        | "direccion" | "procuraduria" | "fiscalia" | "defensoria" | "camara" | "superintendencia"
        | "subdireccion" | "viceministerio" | "contraloria" | "universidad" | "policia" | "guardia"
        | "fuerza" | "fuerzas" | "departamento" | "servicio" | "comision" | "consejo" | "comite" => {
            Tail::Required
        }
        "comando" => Tail::Required,
        // Bodies of every kind named by a head noun and a capitalised tail: "Oficina del Censo
        // Electoral", "Autoridad Portuaria de Algeciras", "Banco de Desarrollo de China", "Junta
        // Electoral Provincial", "Comisaría General de Información", "Gendarmería Real".
        "oficina" | "junta" | "autoridad" | "banco" | "academia" | "organismo" | "gendarmeria"
        | "tribunal" | "corte" | "fundacion" | "confederacion" | "federacion" | "observatorio" | "liga"
        | "parlamento" | "partido" | "corporacion" | "mancomunidad" | "coordinadora" | "secretariado"
        | "subdelegacion" | "comisaria" | "aduana" | "empresa" | "cuerpo" | "mecanismo" | "subgrupo"
        | "asociacion" | "agencia" => Tail::Required,
        // Local governments: "Alcaldía Distrital de Cartagena de Indias", "Municipalidad de
        // Lima", "Ayuntamiento de Madrid", "Intendencia de Montevideo". Not "Gobernación": a
        // head ends the name before it, and Mexico's "Secretaría de Gobernación" is a ministry.
        "alcaldia" | "municipalidad" | "ayuntamiento" | "intendencia" | "prefectura" => Tail::Required,
        "cancilleria" | "senado" => Tail::Optional,
        "presidencia" => Tail::Exact("presidencia de la republica"),
        _ => return None,
    })
}

/// The length of a dotted place qualifier right after a name that ends in a place: ", D.C." in
/// "Embajada de Honduras en Washington, D.C.", ", D. C.", ", M.D.C." (one to three capitals,
/// each with its stop, and no word going on after them).
fn place_qualifier_len(rest: &str) -> usize {
    static QUALIFIER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^, (?:[A-Z]\. ?){0,2}[A-Z]\.").expect("static regex"));
    QUALIFIER
        .find(rest)
        .filter(|m| !rest.get(m.end()..).is_some_and(|after| after.starts_with(char::is_alphanumeric)))
        .map_or(0, |m| m.end())
}

/// Heads that also name organs of other bodies, reported only outside event names: "XXIV
/// Reunión Ordinaria del Consejo de Ministros" names a meeting, not a body.
fn is_organ_head(folded_word: &str) -> bool {
    matches!(folded_word, "comision" | "consejo" | "comite" | "departamento" | "servicio" | "mecanismo")
}

/// Event head nouns.
fn is_event_noun(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "reunion"
            | "sesion"
            | "cumbre"
            | "foro"
            | "congreso"
            | "taller"
            | "seminario"
            | "encuentro"
            | "jornada"
            | "jornadas"
            | "mesa"
            | "curso"
            | "diplomado"
            | "dialogo"
            | "simposio"
            | "conversatorio"
    )
}

/// Whether word `head` sits inside a capitalised name that began with an event noun.
fn inside_event_name(text: &str, folded_text: &str, words: &[Word], head: usize) -> bool {
    let mut i = head;
    for _ in 0..10 {
        let (Some(previous), Some(word)) = (i.checked_sub(1).and_then(|p| words.get(p)), words.get(i)) else {
            return false;
        };
        if !is_space_gap(text.get(previous.end()..word.start()).unwrap_or("")) {
            return false;
        }
        let folded = previous.folded(folded_text);
        // "la XXIV Reunión Ordinaria del Consejo", "la reunión de la Comisión Mixta".
        if is_event_noun(folded) {
            return true;
        }
        // "la Sesión Ordinaria N.° 12 del Comité": the event's number is stepped over.
        if folded.chars().all(|c| c.is_ascii_digit()) {
            let before = text.get(..previous.start()).unwrap_or("").trim_end();
            let sign =
                crate::ordinals::NUMBER_SIGNS.iter().find_map(|sign| before.strip_suffix(sign).map(str::len));
            if let Some(sign_start) = sign {
                while i > 0 && words.get(i - 1).is_some_and(|w| w.end() > sign_start) {
                    i -= 1;
                }
                continue;
            }
        }
        if !previous.capitalised && !is_name_linker(folded) {
            return false;
        }
        i -= 1;
    }
    false
}

/// Extends a body's name from word `head`: capitalised words and linking words, ending at the
/// last capitalised word; stops at punctuation, a lower-case content word, or another head.
/// Returns the index of the last word of the name.
fn name_tail(
    text: &str,
    folded: &str,
    words: &[Word],
    head: usize,
    allow_en: bool,
    allow_y: bool,
    max: usize,
) -> usize {
    tail_scan(text, folded, words, head, allow_en, allow_y, max).0
}

/// Whether word `i` starts a country name (one or two words) that closes the run right after
/// another capitalised word, with no "de" before it: a letterhead's country line reflowed onto
/// the body's ("Ministerio de Trabajo y Seguridad Social Costa Rica"), not part of the name
/// ("Agencia Argentina de Inversiones" goes on after the country word; "Ministerio de Salud de
/// Chile" has its "de").
fn trailing_country(text: &str, words: &[Word], i: usize) -> bool {
    let Some(previous) = i.checked_sub(1).and_then(|p| words.get(p)) else { return false };
    if !text.get(previous.start()..previous.end()).is_some_and(is_capitalised) {
        return false;
    }
    let closes = |last: usize| {
        let Some(end) = words.get(last).map(|w| w.end()) else { return false };
        let rest = text.get(end..).unwrap_or("");
        rest.is_empty() || rest.starts_with(['\n', ',', '.', ';', ':', ')'])
    };
    [i, i + 1].into_iter().any(|last| closes(last) && names_a_country(text, words, i, last))
}

/// Whether words `first..=last` are a country's name ("Perú", "Estados Unidos", "Reino de
/// España").
fn names_a_country(text: &str, words: &[Word], first: usize, last: usize) -> bool {
    words
        .get(first)
        .zip(words.get(last))
        .and_then(|(first, last)| text.get(first.start()..last.end()))
        .is_some_and(crate::countries::is_country_name)
}

/// Whether a country's name of one to three words starts at word `i`.
fn country_name_at(text: &str, words: &[Word], i: usize) -> bool {
    (i..i + 3).any(|last| names_a_country(text, words, i, last))
}

/// Whether word `i` follows "en" + a country's name with no linker between ("Embajada de
/// México en Japón Sección de Prensa", a signature's two lines reflowed into one): a body's
/// name ends at the country of its seat.
fn after_country_seat(text: &str, folded: &str, words: &[Word], i: usize) -> bool {
    (1..=3).any(|n| {
        let Some(en) = i.checked_sub(n + 1) else { return false };
        words.get(en).is_some_and(|w| w.folded(folded) == "en") && names_a_country(text, words, en + 1, i - 1)
    })
}

/// Whether the "en" at word `en` introduces a place that closes its clause ("el Ministerio de
/// Salud en Lima.", "la Embajada en Tokio, ..."): one or two capitalised words with no article,
/// then punctuation or a lower-case word that links no name. A name going on through "en"
/// does not end so ("Protección a Mexicanos en el Exterior" has its article).
fn place_after_en(text: &str, words: &[Word], en: usize) -> bool {
    let word_text = |j: usize| words.get(j).and_then(|w| text.get(w.start()..w.end()));
    let gap_before = |j: usize| {
        words.get(j.wrapping_sub(1)).zip(words.get(j)).and_then(|(a, b)| text.get(a.end()..b.start()))
    };
    let place_word = |j: usize| {
        word_text(j).is_some_and(|w| is_capitalised(w) && !is_all_caps(w))
            && gap_before(j).is_some_and(is_space_gap)
    };
    if !place_word(en + 1) {
        return false;
    }
    let last = if place_word(en + 2) { en + 2 } else { en + 1 };
    if place_word(last + 1) {
        return false;
    }
    match (gap_before(last + 1), word_text(last + 1)) {
        // "Mecanismo Mundial de Financiación en Condiciones Favorables (GCFF)": an acronym
        // after it closes a name.
        (Some(gap), _) if gap.trim_start().starts_with('(') => false,
        (Some(gap), Some(next)) if is_space_gap(gap) => {
            let next = fold(next);
            !is_name_linker(&next) && !matches!(next.as_str(), "en" | "el" | "a" | "al")
        }
        _ => true,
    }
}

/// [`name_tail`], plus whether the end is uncertain: the scan stopped at "en" or "el" followed
/// by a capitalised word ("Dirección General de Protección a Mexicanos en el Exterior" or
/// "la Secretaría de Salud en Madrid"?), where a name might go on.
fn tail_scan(
    text: &str,
    folded: &str,
    words: &[Word],
    head: usize,
    allow_en: bool,
    allow_y: bool,
    max: usize,
) -> (usize, bool) {
    let mut last = head;
    let mut i = head + 1;
    let mut uncertain = false;
    while i <= head + max {
        let (Some(previous), Some(word)) = (words.get(i - 1), words.get(i)) else { break };
        let previous_text = text.get(previous.start()..previous.end()).unwrap_or("");
        if !is_name_gap(previous_text, text.get(previous.end()..word.start()).unwrap_or("")) {
            break;
        }
        let word_text = text.get(word.start()..word.end()).unwrap_or("");
        let folded_word = word.folded(folded);
        if word.capitalised {
            // "Ministerio de Seguridad Pública\nComunicado de prensa", a letterhead reflowed
            // into one line: a genre label is never part of a body's name.
            if government_head(folded_word).is_some()
                || word_text.chars().any(|c| c.is_ascii_digit())
                || matches!(folded_word, "comunicado" | "comunicados" | "boletin" | "nota")
                || trailing_country(text, words, i)
                || after_country_seat(text, folded, words, i)
            {
                break;
            }
            last = i;
        } else if matches!(folded_word, "y" | "e")
            && i == head + 1
            && words.get(head).is_some_and(|h| {
                let head_word = h.folded(folded);
                (is_org_head(head_word) || government_head(head_word).is_some()) && !head_word.ends_with('s')
            })
        {
            // "entre el Ministerio y Cruz Roja Española": "y" right after a singular head noun
            // joins two bodies ("Ministerio de Trabajo y Seguridad Social" has its "y" in the
            // complement; "Fuerzas y Cuerpos de Seguridad" is one plural name).
            break;
        } else if matches!(folded_word, "y" | "e")
            && words
                .get(i + 1)
                .and_then(|w| text.get(w.start()..w.end()))
                .is_some_and(|w| matches!(w, "la" | "el" | "las" | "los"))
            && {
                // "... y las Artes" ends the name; "... y la Comisión Económica ..." or
                // "... y la Academia China de Ciencias Sociales" begins another body.
                let word_at = |j: usize| words.get(j).and_then(|w| text.get(w.start()..w.end()));
                // "... la Cancillería y la UNAM suscribieron": an acronym is another body.
                let head = word_at(i + 2).is_some_and(|w| {
                    let folded = fold(w);
                    is_org_head(&folded) || government_head(&folded).is_some() || is_all_caps(w)
                });
                let runs_on = words.get(i + 3).is_some_and(|next| {
                    let gap = words.get(i + 2).and_then(|w| text.get(w.end()..next.start())).unwrap_or("");
                    let next_text = text.get(next.start()..next.end()).unwrap_or("");
                    let folded_next = fold(next_text);
                    is_space_gap(gap)
                        && (is_capitalised(next_text)
                            || is_name_linker(&folded_next) && !matches!(folded_next.as_str(), "y" | "e"))
                });
                head || runs_on
            }
        {
            // "... de Costa Rica y la Comisión Económica ...": another body begins.
            break;
        } else if matches!(folded_word, "y" | "e") && {
            // "la Prefectura Nacional Naval y de la Armada Paraguaya": "y de (la)" + a body's
            // head begins another body's complement of the same noun.
            let word_at = |j: usize| words.get(j).map(|w| w.folded(folded));
            let de = matches!(word_at(i + 1), Some("de" | "del"));
            let at = if matches!(word_at(i + 2), Some("la" | "el" | "las" | "los")) { i + 3 } else { i + 2 };
            de && words.get(at).is_some_and(|w| {
                let head = w.folded(folded);
                w.capitalised && (is_org_head(head) || government_head(head).is_some())
            })
        } {
            break;
        } else if matches!(folded_word, "y" | "e") && latin_america_and_the_caribbean(folded, words, i) {
            // "Oficina Regional de la FAO para América Latina y el Caribe": the region's name
            // holds its own "y el".
            last = i + 2;
            i += 3;
            continue;
        } else if matches!(folded_word, "el" | "la" | "los" | "las") && previous.capitalised {
            // "en la sede de la Cancillería la VII Reunión ...": an article right after a
            // capitalised word, with no preposition, opens another phrase (the verb's object).
            break;
        } else if allow_en
            && matches!(folded_word, "el" | "la" | "los")
            && words.get(i - 1).is_some_and(|w| w.folded(folded) == "en")
            && country_name_at(text, words, i + 1)
        {
            // "Embajada de Italia en el Perú", "Consulado General en los Estados Unidos": the
            // seat's country keeps its article.
            i += 1;
            continue;
        } else if folded_word == "en" && is_secretariat_of_state_office(text, folded, words, i) {
            // "Secretaría de Estado en los Despachos de Relaciones Exteriores": the Honduran
            // and Guatemalan style of a ministry's name goes on through "en el Despacho" (the
            // article is read here: "el" links no other name).
            i += 1;
        } else if !(is_name_linker(folded_word) && (allow_y || !matches!(folded_word, "y" | "e"))
            || allow_en && folded_word == "en")
        {
            // "Protección a Mexicanos en el Exterior" or "entregó la presidencia del Consejo a
            // Belice"? Stopping here could cut a name short, so the end is uncertain.
            if matches!(folded_word, "en" | "el" | "a" | "al" | "contra") && i == last + 1 {
                // Only in the same clause: "instruyeron al Consejo de Ministros a:\n\n1.
                // Presentar ..." is certain.
                let next_capitalised = |j: usize| {
                    let joined = (i..j).all(|k| {
                        let gap = words
                            .get(k)
                            .zip(words.get(k + 1))
                            .and_then(|(a, b)| text.get(a.end()..b.start()));
                        gap.is_some_and(|g| !g.contains(['\n', ':', ';', '.']))
                    });
                    joined
                        && words.get(j).and_then(|w| text.get(w.start()..w.end())).is_some_and(is_capitalised)
                };
                uncertain = (next_capitalised(i + 1) || next_capitalised(i + 2) && folded_word != "el")
                    && !(folded_word == "en" && place_after_en(text, words, i));
            }
            break;
        }
        i += 1;
    }
    (last, uncertain)
}

/// Whether the "y" at word `y` joins "América Latina y el Caribe" (folded words).
fn latin_america_and_the_caribbean(folded: &str, words: &[Word], y: usize) -> bool {
    let word_at = |j: Option<usize>| j.and_then(|j| words.get(j)).map(|w| w.folded(folded));
    word_at(y.checked_sub(2)) == Some("america")
        && word_at(y.checked_sub(1)) == Some("latina")
        && word_at(Some(y + 1)) == Some("el")
        && word_at(Some(y + 2)) == Some("caribe")
}

/// Honorific adjectives that open a body's name before its head noun (folded).
const HONORIFICS: &[&str] = &["pontificia", "benemerita", "ilustre", "honorable"];

/// Where the name headed by word `head` starts: at an honorific right before it ("Pontificia
/// Universidad Católica del Perú", "Benemérita Universidad Autónoma de Puebla"), else at the head.
fn honorific_start(text: &str, folded: &str, words: &[Word], head: usize) -> usize {
    let Some(word) = words.get(head) else { return 0 };
    head.checked_sub(1)
        .and_then(|p| words.get(p))
        .filter(|p| {
            p.capitalised
                && HONORIFICS.contains(&p.folded(folded))
                && text.get(p.end()..word.start()).is_some_and(is_space_gap)
        })
        .map_or(word.start(), |p| p.start())
}

/// Whether the tail of head `head` up to word `last` is one complement: capitalised adjectives,
/// one "de"/"del"/"para", then one to three capitalised words ("Dirección General de Migración",
/// "Departamento de Empleo"), as opposed to a name already long ("... de Salud y Trabajo").
fn is_single_complement(folded: &str, words: &[Word], head: usize, last: usize) -> bool {
    let mut linkers = 0;
    let mut after = 0;
    for word in words.get(head + 1..=last).unwrap_or(&[]) {
        if word.capitalised {
            after += usize::from(linkers == 1);
        } else if matches!(word.folded(folded), "de" | "del" | "para") && linkers == 0 {
            linkers = 1;
        } else {
            return false;
        }
    }
    linkers == 1 && (1..=3).contains(&after)
}

/// Whether word `en` (an "en") follows "de Estado" and opens "el Despacho"/"los Despachos":
/// "Secretaría de Estado en el Despacho de Seguridad".
fn is_secretariat_of_state_office(text: &str, folded: &str, words: &[Word], en: usize) -> bool {
    let folded_at = |j: usize| words.get(j).map_or("", |w| w.folded(folded));
    let spaced = (en.saturating_sub(1)..en + 2).all(|j| {
        words
            .get(j)
            .zip(words.get(j + 1))
            .and_then(|(a, b)| text.get(a.end()..b.start()))
            .is_some_and(is_space_gap)
    });
    en >= 2
        && spaced
        && folded_at(en - 2) == "de"
        && folded_at(en - 1) == "estado"
        && matches!(folded_at(en + 1), "el" | "los")
        && matches!(folded_at(en + 2), "despacho" | "despachos")
        && words.get(en + 2).is_some_and(|w| w.capitalised)
}

/// ", Seguridad Social y Migraciones": a comma-separated continuation that ends in "y X", as in
/// ministry names that list their portfolios. Returns the index of its last word.
pub(crate) fn enumeration_tail(text: &str, folded: &str, words: &[Word], last: usize) -> Option<usize> {
    let mut current = last;
    let mut saw_and = false;
    loop {
        let (word, next) = (words.get(current)?, words.get(current + 1)?);
        let gap = text.get(word.end()..next.start())?;
        if !is_comma_gap(gap) {
            break;
        }
        let next_text = text.get(next.start()..next.end())?;
        if !is_capitalised(next_text) {
            break;
        }
        let end = name_tail(text, folded, words, current + 1, false, true, 6);
        // "el Ministerio de Salud, la OIM y el ACNUR" has articles; "..., OIM y ACNUR" or
        // "..., Migración y Policía Nacional" ends with another body (an acronym, a head noun),
        // where "Asuntos Exteriores, UE y Cooperación" ends with a portfolio.
        let word_at = |i: usize| words.get(i).and_then(|w| text.get(w.start()..w.end()));
        let other_body = (current + 2..=end + 1).any(|i| {
            word_at(i).is_some_and(|w| w == "y" || w == "e")
                && word_at(i + 1).is_some_and(|w| {
                    is_capitalised(w) && (is_all_caps(w) || government_head(&fold(w)).is_some())
                })
        });
        if other_body {
            return None;
        }
        let and_at = (current + 2..=end).find(|&i| {
            words.get(i).and_then(|w| text.get(w.start()..w.end())).is_some_and(|w| w == "y" || w == "e")
        });
        if let Some(and_at) = and_at {
            // The last item is the capitalised words right after "y": "... y Cooperación" in
            // "... y Cooperación del Reino de España" (the country is not part of the name).
            let mut item_end = and_at;
            while item_end < end
                && words
                    .get(item_end + 1)
                    .and_then(|w| text.get(w.start()..w.end()))
                    .is_some_and(is_capitalised)
            {
                item_end += 1;
            }
            current = item_end;
            saw_and = item_end > and_at;
            break;
        }
        current = end;
    }
    (saw_and && current > last).then_some(current)
}

fn find_government(doc: &Doc<'_>, scan: &Scan, countries: &[CountryMention], mentions: &mut Vec<Mention>) {
    let text = doc.text;
    let folded = doc.folded();
    let words = &scan.words;
    // Organs named inside an event's name, by key, with those mentions held back until the end.
    let mut organs_of_events: HashMap<Key, &str> = HashMap::new();
    let mut held_back: Vec<Mention> = Vec::new();
    // Heads written bare outside an event's name ("el Consejo aprobó"): a reference back.
    let mut bare_heads: HashMap<&str, usize> = HashMap::new();
    let first_new = mentions.len();
    // Only capitalised words can head a body, and few of them are heads: test those first.
    for &index in &scan.capitalised_words {
        let Some(word) = words.get(index) else { continue };
        let folded_word = word.folded(folded);
        let Some(tail) = government_head(folded_word) else { continue };
        let Some(word_text) = text.get(word.start()..word.end()) else { continue };
        if is_all_caps(word_text) {
            continue;
        }
        let inside_event = is_organ_head(folded_word) && inside_event_name(text, folded, words, index);
        // "Secretaria de Gobernación" without its accent is the title of the person who heads it.
        if matches!(folded_word, "secretaria" | "subsecretaria" | "comisaria") && !word_text.contains('í') {
            continue;
        }
        // "para el Establecimiento de un Mecanismo de Consultas Políticas": a body still to be
        // made, not one that exists.
        let previous_folded = index.checked_sub(1).and_then(|p| words.get(p)).map(|w| w.folded(folded));
        if matches!(previous_folded, Some("un" | "una")) {
            continue;
        }
        // "el Cuerpo Diplomático acreditado": the diplomats, not a body.
        let next_folded = words.get(index + 1).map(|w| w.folded(folded));
        if folded_word == "cuerpo" && matches!(next_folded, Some("diplomatico" | "consular")) {
            continue;
        }
        // "jefes de Estado y de Gobierno de ...", "Palacio de Gobierno de Toluca": not a body.
        let previous =
            index.checked_sub(1).and_then(|p| words.get(p)).and_then(|w| text.get(w.start()..w.end()));
        if tail == Tail::Place && previous.is_some_and(|p| matches!(fold(p).as_str(), "de" | "y" | "e")) {
            continue;
        }
        let end = match tail {
            Tail::Place => government_place(text, folded, words, index, countries),
            Tail::Exact(phrase) => {
                let end = word.start() + phrase.len();
                let candidate =
                    text.get(word.start()..).and_then(|s| s.char_indices().nth(phrase.chars().count()));
                let end = candidate.map(|(b, _)| word.start() + b).unwrap_or(end);
                let written = text.get(word.start()..end).map(fold);
                (written.as_deref() == Some(phrase) && whole_word(text, word.start(), end)).then(|| {
                    // "Presidencia de la República de Colombia" (the country's official name
                    // overlapping the phrase), "Presidencia de la República del Perú".
                    let after = |at: usize| {
                        [" de ", " del "].iter().any(|link| {
                            text.get(end..).is_some_and(|rest| rest.starts_with(link))
                                && at == end + link.len()
                        })
                    };
                    countries
                        .iter()
                        .find(|c| {
                            c.span.end > end
                                && (c.span.start > word.start() && c.span.start < end || after(c.span.start))
                        })
                        .map_or(end, |c| c.span.end)
                })
            }
            Tail::Required | Tail::Optional => {
                let allow_en = matches!(folded_word, "embajada" | "consulado");
                let (mut last, uncertain) = tail_scan(text, folded, words, index, allow_en, true, 12);
                if uncertain {
                    continue;
                }
                // "la Secretaría General", "la Secretaría Técnica": an unnamed organ.
                let generic = (index + 1..=last)
                    .all(|i| words.get(i).is_some_and(|w| is_generic_organ_word(w.folded(folded))));
                if last > index && generic {
                    // "ante el Consejo Permanente" after "el Consejo Permanente de la OEA": the
                    // short form of the one organ of that name named before.
                    let end = words.get(last).map_or(word.end(), |w| w.end());
                    let short = fold(text.get(word.start()..end).unwrap_or(""));
                    let mut keys = mentions.get(first_new..).unwrap_or(&[]).iter().filter_map(|m| {
                        let name = fold(text.get(m.start..m.end).unwrap_or(""));
                        let rest = name.strip_prefix(short.as_str())?;
                        (m.rule == RULE_GOVERNMENT_BODY
                            && (rest.starts_with(" de ") || rest.starts_with(" del ")))
                        .then_some(&m.key)
                    });
                    let first_key = keys.next().cloned();
                    if let Some(key) = first_key.filter(|k| keys.all(|other| other == k)) {
                        mentions.push(Mention {
                            start: word.start(),
                            end,
                            key,
                            rule: RULE_GOVERNMENT_BODY,
                            priority: 1,
                        });
                    }
                    continue;
                }
                // "la Secretaría Técnica de la Conferencia": the organ of a body left unnamed.
                let first_generic = words
                    .get(index + 1)
                    .is_some_and(|w| w.capitalised && is_generic_organ_word(w.folded(folded)));
                let last_is_head = words.get(last).is_some_and(|w| is_org_head(w.folded(folded)));
                if first_generic && last_is_head && last > index + 1 {
                    continue;
                }
                // "la Cancillería venezolana": the ministry with its demonym.
                // ("Cancillería habilita atención consular": a verb, whatever its ending.)
                if folded_word == "cancilleria" && last == index {
                    let next = words.get(index + 1);
                    let gap = next.and_then(|w| text.get(word.end()..w.start())).unwrap_or("");
                    if is_space_gap(gap)
                        && next.is_some_and(|w| country_demonym_at(countries, w.start()).is_some())
                    {
                        last = index + 1;
                    }
                }
                // "Ministerio de Inclusión, Seguridad Social y Migraciones", "Departamento de
                // Empleo, Diversidad y Protección Social": portfolios listed after the first one.
                // Other heads than "Ministerio" take the list only right after one complement
                // ("Dirección General de Migración, ..."), and no list takes a country.
                if last > index
                    && (folded_word == "ministerio" || is_single_complement(folded, words, index, last))
                {
                    if let Some(end) = enumeration_tail(text, folded, words, last) {
                        let (from, to) = (
                            words.get(last + 1).map_or(0, |w| w.start()),
                            words.get(end).map_or(0, |w| w.end()),
                        );
                        if !countries.iter().any(|c| c.span.start >= from && c.span.start < to) {
                            last = end;
                        }
                    }
                }
                // "Asociación" and "Agencia" also name ties and news wires ("elevar a
                // Asociación Estratégica la relación", "Agencia EFE"): a body's name says whose
                // or what it is ("Asociación Nacional del Rifle", "Agencia Espacial Europea").
                let says_whose = || {
                    (index + 1..=last).any(|i| {
                        words.get(i).is_some_and(|w| {
                            let folded_word = w.folded(folded);
                            matches!(folded_word, "de" | "del" | "para" | "europeo" | "europea")
                                || text
                                    .get(w.start()..w.end())
                                    .is_some_and(|t| is_demonym_adjective(&t.to_lowercase()))
                        })
                    })
                };
                if matches!(folded_word, "asociacion" | "agencia") && !says_whose() {
                    continue;
                }
                if last == index && tail == Tail::Required {
                    if is_organ_head(folded_word) && !inside_event {
                        // The last one: it must come after the organ, to refer back to it.
                        bare_heads.insert(folded_word, word.start());
                    }
                    None
                } else {
                    // "de los EE. UU." keeps its final period.
                    words.get(last).map(|w| {
                        let last_text = text.get(w.start()..w.end()).unwrap_or("");
                        let abbreviation = last > index + 1
                            && is_doubled_abbreviation_gap(last_text, ".")
                            && text.get(w.end()..).is_some_and(|rest| rest.starts_with('.'));
                        if abbreviation {
                            w.end() + 1
                        } else {
                            w.end()
                        }
                    })
                }
            }
        };
        if let Some(end) = end {
            let end = end + place_qualifier_len(text.get(end..).unwrap_or(""));
            let start = honorific_start(text, folded, words, index);
            let folded_name = fold(text.get(start..end).unwrap_or(""));
            let key = match GAZETTEER.by_name.get(&folded_name) {
                Some(&i) => Key::Gazetteer(i),
                None => Key::Named(name_key(&folded_name)),
            };
            let rule = if tail == Tail::Place { RULE_GOVERNMENT } else { RULE_GOVERNMENT_BODY };
            let mention = Mention { start, end, key, rule, priority: 1 };
            if inside_event {
                organs_of_events.insert(mention.key.clone(), folded_word);
                held_back.push(mention);
                continue;
            }
            mentions.push(mention);
        }
    }
    // An organ named by an event's name belongs to that event ("En la reunión de la Comisión
    // Mixta se acordó...") unless the text refers to it again outside any event: by its name
    // ("la presidencia del Consejo de Ministros") or by its bare head ("el Consejo aprobó",
    // "la presidencia semestral del Consejo") after it, when no other body of that head was
    // named (by pattern, by the list or by a definition: "la Comisión" after "la Comisión
    // Europea" is the Commission).
    if organs_of_events.is_empty() {
        return;
    }
    let named_outside: HashSet<&Key> =
        mentions.get(first_new..).unwrap_or(&[]).iter().map(|m| &m.key).collect();
    // How many bodies of each organ head were named: a bare head refers back only to the one.
    let mut heads_named: HashMap<&str, usize> = HashMap::new();
    let outside_keys = named_outside.iter().filter(|k| !organs_of_events.contains_key(**k));
    for key in organs_of_events.keys().chain(outside_keys.copied()) {
        if let Key::Named(name) = key {
            *heads_named.entry(first_word(name)).or_default() += 1;
        }
    }
    let mut listed_heads: HashSet<Key> = HashSet::new();
    for mention in mentions.get(..first_new).unwrap_or(&[]) {
        let head_of_listed = words
            .get(word_at(words, mention.start))
            .map(|w| w.folded(folded))
            .filter(|head| organs_of_events.values().any(|h| h == head));
        if let Some(head) = head_of_listed {
            if listed_heads.insert(mention.key.clone()) {
                *heads_named.entry(head).or_default() += 1;
            }
        }
    }
    let first_held_back =
        |key: &Key| held_back.iter().find(|m| m.key == *key).map_or(usize::MAX, |m| m.start);
    let confirmed: HashSet<Key> = organs_of_events
        .iter()
        .filter(|(key, head)| {
            let referred_to = named_outside.contains(key)
                || bare_heads.get(*head).is_some_and(|&at| at > first_held_back(key))
                    && heads_named.get(*head) == Some(&1);
            referred_to && !is_generic_organ_name(key)
        })
        .map(|(key, _)| key.clone())
        .collect();
    // An organ left to its event is left out wherever else it is named.
    let mut position = 0;
    mentions.retain(|m| {
        position += 1;
        position <= first_new || !organs_of_events.contains_key(&m.key) || confirmed.contains(&m.key)
    });
    mentions.extend(held_back.into_iter().filter(|m| confirmed.contains(&m.key)));
}

/// "Consejo de Ministros", "Comité de Expertos": a name that only says who sits in the organ,
/// the same in every body that has one; named in an event of some body, it is that body's organ.
fn is_generic_organ_name(key: &Key) -> bool {
    let Key::Named(name) = key else { return false };
    let mut words = name.split(' ');
    let (Some(_head), Some("de"), Some(members), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    matches!(
        members,
        "ministros"
            | "ministras"
            | "cancilleres"
            | "viceministros"
            | "delegados"
            | "representantes"
            | "gobernadores"
            | "directores"
            | "expertos"
            | "embajadores"
            | "presidentes"
            | "jefes"
    )
}

/// Words that alone only name an organ of some body ("Secretaría General", "Secretaría Técnica").
fn is_generic_organ_word(folded_word: &str) -> bool {
    matches!(
        folded_word,
        "general"
            | "tecnica"
            | "ejecutiva"
            | "ejecutivo"
            | "permanente"
            | "pro"
            | "tempore"
            | "pro-tempore"
            | "adjunta"
            | "particular"
            | "privada"
    )
}

/// A lower-case demonym adjective ("venezolana", "uruguaya", "guatemalteca", "marroquí").
pub(crate) fn is_demonym_adjective(word: &str) -> bool {
    if !word.chars().all(char::is_lowercase) {
        return false;
    }
    // Most words looked at are ASCII: folded already, no copy.
    let folded: std::borrow::Cow<'_, str> = if word.is_ascii() { word.into() } else { fold(word).into() };
    const SUFFIXES: &[&str] = &[
        "ano", "ana", "ense", "eno", "ena", "ino", "ina", "esa", "ol", "ola", "eco", "eca", "ita", "aco",
        "aca", "ego", "ega", "aya", "ayo",
    ];
    let singular = folded.strip_suffix('s').unwrap_or(&folded);
    if word.chars().count() >= 5
        && (word.ends_with("és")
            || word.ends_with("án")
            || word.ends_with('í')
            || SUFFIXES.iter().any(|s| singular.ends_with(s)))
    {
        return true;
    }
    // Demonyms whose ending is not a demonym suffix ("el ministro belga", "la canciller suiza").
    matches!(
        singular,
        "belga"
            | "croata"
            | "persa"
            | "suizo"
            | "suiza"
            | "ruso"
            | "rusa"
            | "turco"
            | "turca"
            | "egipcio"
            | "egipcia"
            | "sirio"
            | "siria"
            | "libio"
            | "libia"
            | "indio"
            | "india"
            | "serbio"
            | "serbia"
            | "bulgaro"
            | "bulgara"
            | "hungaro"
            | "hungara"
            | "arabe"
            | "britanico"
            | "britanica"
            | "kazajo"
            | "kazaja"
            | "uzbeko"
            | "uzbeka"
            | "estonio"
            | "estonia"
            | "leton"
            | "letona"
            | "chipriota"
            | "moldavo"
            | "moldava"
            | "armenio"
            | "armenia"
            | "somali"
            | "eritreo"
            | "eritrea"
            | "etiope"
            | "bosnio"
            | "bosnia"
            | "macedonio"
            | "macedonia"
            | "griego"
            | "griega"
            | "checo"
            | "checa"
    )
}

/// Rule `organization.undefined_acronym`: the issuer's acronym used with no definition in
/// brackets ("El CEPREDENAC convocó ...", under a letterhead that names the Centro de
/// Coordinación para la Prevención de los Desastres en América Central) joins the issuer, when
/// the issuer's name spells it. A body seldom defines its own acronym; tried on every body of
/// a document, the same test tied other bodies' acronyms to the wrong names (INM to the
/// Instituto Guatemalteco de Migración, DOL to the Departamento de Agricultura).
///
/// The word is three to twelve capitals standing in running text (its line has lower case: a
/// line in capitals is a heading), not a Roman numeral, not a word of the name itself, not an
/// acronym the gazetteer lists for a body or any body of the document has, not a country
/// ("MÉXICO" in a quoted heading), and half its letters start words of the name.
pub fn link_undefined_acronyms(text: &str, organizations: &mut [Organization], issuer: &Issuer) {
    let Some(index) = organizations.iter().position(|o| o.name == issuer.name && o.acronym.is_none()) else {
        return;
    };
    let name = fold(&issuer.name);
    let name_words: Vec<&str> = name.split(' ').collect();
    let initials: HashSet<char> = name_words.iter().filter_map(|w| w.chars().next()).collect();
    let spelled = |word: &str| {
        let acronym = fold(word);
        let at_initials = acronym.chars().filter(|c| initials.contains(c)).count();
        let taken = GAZETTEER.by_acronym.contains_key(word)
            || crate::countries::is_country_form(word)
            || organizations.iter().any(|o| o.acronym.as_deref() == Some(word) || fold(&o.name) == acronym);
        name_words.len() >= 2
            && !taken
            && !word.chars().all(|c| "IVXLCDM".contains(c))
            && !name_words.contains(&acronym.as_str())
            && spells(&acronym, &name)
            && at_initials * 2 >= acronym.chars().count()
    };
    // The first word the name spells, with its every use in running text.
    let mut found: Option<(&str, Vec<Span>)> = None;
    for line in text.split('\n').filter(|line| line.chars().any(char::is_lowercase)) {
        let line_start = line.as_ptr() as usize - text.as_ptr() as usize;
        for (at, word) in capital_words(line) {
            let span = Span::new(line_start + at, line_start + at + word.len());
            match &mut found {
                Some((acronym, spans)) if *acronym == word => spans.push(span),
                Some(_) => {}
                None if spelled(word) => found = Some((word, vec![span])),
                None => {}
            }
        }
    }
    let (Some((acronym, spans)), Some(organization)) = (found, organizations.get_mut(index)) else { return };
    organization.acronym = Some(acronym.to_string());
    organization.mentions.extend(spans);
    organization.mentions.sort_by_key(|m| (m.start, m.end));
    organization.mentions.dedup();
}

/// Whole words of three to twelve capital letters, with their byte offsets.
fn capital_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| (3..=12).contains(&w.chars().count()) && w.chars().all(char::is_uppercase))
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// "MINISTERIO DE RELACIONES EXTERIORES" over a text that then says only "la Cancillería" or
/// "la Cancillería boliviana": the Cancillería is the issuing foreign ministry, named as the
/// letterhead names it (rule `organization.issuer`). Only when the text names no foreign
/// ministry of its own; a Cancillería's demonym must be the country of the document's head.
/// (A bare "Cancillería" with no ministry to refer to is dropped by the extractor, so its
/// mentions are looked up again here.)
pub fn join_issuer(
    text: &str,
    organizations: &mut Vec<Organization>,
    issuer: &Issuer,
    countries: &[CountryMention],
) {
    const HEAD: usize = 400;
    let issuer_name = fold(&issuer.name);
    if !is_foreign_ministry(&issuer_name) || issuer_name.starts_with("cancilleria") {
        return;
    }
    let names: Vec<String> = organizations.iter().map(|o| fold(&o.name)).collect();
    if names.iter().any(|n| is_foreign_ministry(n) && !n.starts_with("cancilleria")) {
        return;
    }
    let mut cancillerias = names
        .iter()
        .enumerate()
        .filter(|(_, n)| *n == "cancilleria" || n.starts_with("cancilleria ") && !n.contains(" de "));
    let organization = match (cancillerias.next(), cancillerias.next()) {
        (Some((index, _)), None) => {
            let Some(organization) = organizations.get_mut(index) else { return };
            let demonym = countries
                .iter()
                .find(|c| organization.span.start <= c.span.start && c.span.end <= organization.span.end);
            let first =
                organization.mentions.iter().map(|m| m.start).min().unwrap_or(organization.span.start);
            let before = HEAD.min(first);
            if demonym.is_some_and(|d| !countries.iter().any(|c| c.code == d.code && c.span.start < before)) {
                return;
            }
            organization
        }
        (None, _) => {
            let bare: Vec<Span> = text
                .match_indices("Cancillería")
                .map(|(at, word)| Span::new(at, at + word.len()))
                .filter(|m| m.start >= issuer.span.end && whole_word(text, m.start, m.end))
                .filter(|m| {
                    let after = text.get(m.end..).unwrap_or("");
                    let demonym = countries.iter().any(|c| c.span.start == m.end + 1);
                    !(after.starts_with(" de ") || after.starts_with(" del ") || demonym)
                })
                .collect();
            if bare.is_empty() {
                return;
            }
            // Taken from the one other Cancillería they were given to ("Cancillería de Chile").
            for other in organizations.iter_mut() {
                other.mentions.retain(|m| !bare.contains(m) || *m == other.span);
            }
            let first = |o: &Organization| o.mentions.iter().map(|m| m.start).min().unwrap_or(o.span.start);
            let at = organizations.partition_point(|o| first(o) < issuer.span.start);
            organizations.insert(
                at,
                Organization {
                    text: String::new(),
                    span: issuer.span,
                    mentions: bare,
                    name: String::new(),
                    acronym: None,
                    rule: String::new(),
                },
            );
            let Some(organization) = organizations.get_mut(at) else { return };
            organization
        }
        _ => return,
    };
    organization.mentions.push(issuer.span);
    organization.mentions.sort_by_key(|m| (m.start, m.end));
    organization.mentions.dedup();
    if issuer.text.chars().count() > organization.text.chars().count() {
        organization.text.clone_from(&issuer.text);
        organization.span = issuer.span;
    }
    organization.name.clone_from(&issuer.name);
    organization.rule = "organization.issuer".to_string();
}

/// Rule `organization.issuer`: the issuing body is one of the bodies the text names, even
/// when its only mention is a letterhead in capitals ("MINISTERIO DE RELACIONES EXTERIORES"),
/// which the organisation rules read only in running text.
pub fn keep_issuer(organizations: &mut Vec<Organization>, issuer: &Issuer) {
    let issuer_name = fold(&issuer.name);
    // A body named inside the issuer's name ("Unión Europea" in "Ministerio de Asuntos
    // Exteriores, Unión Europea y Cooperación") does not name the issuer: a mention must cover
    // most of the issuer's span.
    let covers = |m: &Span| {
        let overlap = m.end.min(issuer.span.end).saturating_sub(m.start.max(issuer.span.start));
        overlap * 10 >= (issuer.span.end - issuer.span.start) * 7
    };
    let named = organizations.iter().any(|o| fold(&o.name) == issuer_name || o.mentions.iter().any(covers));
    // An office ("Presidencia Pro Tempore de Honduras") issues communiqués but is no body.
    let head = first_word(&issuer_name);
    if named || !is_org_head(head) || head == "presidencia" {
        return;
    }
    let first = |o: &Organization| o.mentions.iter().map(|m| m.start).min().unwrap_or(o.span.start);
    let at = organizations.partition_point(|o| first(o) < issuer.span.start);
    organizations.insert(
        at,
        Organization {
            text: issuer.text.clone(),
            span: issuer.span,
            mentions: vec![issuer.span],
            name: issuer.name.clone(),
            acronym: None,
            rule: "organization.issuer".to_string(),
        },
    );
}

/// Whether a body is the foreign ministry that a bare "Cancillería" refers back to.
fn is_foreign_ministry(folded_name: &str) -> bool {
    (folded_name.starts_with("ministerio")
        || folded_name.starts_with("secretaria")
        || folded_name.starts_with("cancilleria "))
        && (folded_name.contains("relaciones exteriores")
            || folded_name.contains("asuntos exteriores")
            || folded_name.starts_with("cancilleria "))
}

/// "Gobierno de X": the end of X, a country mention or a capitalised place name.
fn government_place(
    text: &str,
    folded: &str,
    words: &[Word],
    head: usize,
    countries: &[CountryMention],
) -> Option<usize> {
    let de = words.get(head + 1)?;
    if !is_space_gap(text.get(words.get(head)?.end()..de.start())?) {
        return None;
    }
    // "el Gobierno peruano": the government with its country's demonym.
    if let Some(demonym) = country_demonym_at(countries, de.start()) {
        return Some(demonym);
    }
    if !matches!(text.get(de.start()..de.end())?, "de" | "del") {
        return None;
    }
    let after_de = text.get(de.end()..)?;
    let place_start = de.end() + (after_de.len() - after_de.trim_start_matches(' ').len());
    if let Some(country) = countries.iter().find(|c| c.span.start == place_start) {
        return Some(country.span.end);
    }
    // "Gobierno de la República", "Gobierno de El Salvador", "Gobierno de los Estados Unidos".
    let last = name_tail(text, folded, words, head + 1, false, false, 8);
    (last > head + 1).then(|| words.get(last).map(|w| w.end())).flatten()
}

// ---------------------------------------------------------------------------------------------

/// The end of a country's demonym in the singular written at byte `start` ("peruano",
/// "venezolana"; "al pueblo y al Gobierno argentinos" agrees with two nouns).
fn country_demonym_at(countries: &[CountryMention], start: usize) -> Option<usize> {
    countries
        .iter()
        .find(|c| c.span.start == start && c.via == CountryVia::Demonym && !c.text.ends_with('s'))
        .map(|c| c.span.end)
}

/// Organisations of `doc`, one per entity, in order of first mention, with byte spans.
pub fn find(doc: &Doc<'_>, countries: &[CountryMention]) -> Vec<Organization> {
    let scan = doc.scan();
    let words = &scan.words;
    let mut mentions = Vec::new();
    let definitions = find_definitions(doc, words, &mut mentions);
    find_gazetteer(doc, scan, &definitions, &mut mentions);
    find_defined_uses(doc, &scan.capitals, &definitions, &mut mentions);
    find_government(doc, scan, countries, &mut mentions);

    // Named bodies (definitions, gazetteer) and bodies found by pattern are resolved apart:
    // within each, the longest mention at a place wins. A pattern mention may then hold a named
    // body ("Secretaría General de la OEA" holds the OEA, both reported), but one that crosses
    // a named body's edge, or lies within it, is dropped.
    mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(b.priority.cmp(&a.priority)));
    let longest = |class: &dyn Fn(&Mention) -> bool| {
        let mut kept: Vec<Mention> = Vec::new();
        for mention in mentions.iter().filter(|m| class(m)) {
            if kept.last().is_some_and(|k| mention.start < k.end) {
                continue;
            }
            kept.push(mention.clone());
        }
        kept
    };
    let named = longest(&|m: &Mention| m.priority >= 2);
    let patterns = longest(&|m: &Mention| m.priority < 2);
    let mut kept = named.clone();
    for mention in patterns {
        // `named` is sorted and non-overlapping: only a contiguous run can overlap.
        let first = named.partition_point(|n| n.end <= mention.start);
        let clashes =
            named.get(first..).unwrap_or(&[]).iter().take_while(|n| n.start < mention.end).any(|n| {
                let holds = mention.start <= n.start
                    && n.end <= mention.end
                    && (mention.end - mention.start) > (n.end - n.start);
                !holds
            });
        if !clashes {
            kept.push(mention);
        }
    }
    kept.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let expanded = expand_ministries(doc, words, &mut kept);
    build_entities(doc, &definitions, kept, &expanded)
}

/// Re-keys short forms to the fuller body they refer to: "el Ministerio de Relaciones
/// Exteriores" after "el Ministerio de Relaciones Exteriores de El Salvador", and "la
/// Cancillería" (bare or with its demonym) after a foreign ministry. A bare "Cancillería" with
/// no such ministry names no one in particular and is dropped.
fn merge_short_forms(doc: &Doc<'_>, mentions: &mut Vec<Mention>) {
    let is_bare_cancilleria =
        |name: &str| name == "cancilleria" || name.starts_with("cancilleria ") && !name.contains(" de ");
    // "Consejo de Seguridad" → the "Consejo de Seguridad de las Naciones Unidas" of the same
    // document: for each body named by pattern (other than "Cancillería"), the one other entity
    // with a mention whose text (folded, hyphens as spaces) is its name followed by more words.
    // Decided over the keys as found, before any is changed.
    let longer: Vec<Option<Key>> = mentions
        .iter()
        .map(|mention| {
            let Key::Named(name) = &mention.key else { return None };
            if mention.rule != RULE_GOVERNMENT_BODY || is_bare_cancilleria(name) {
                return None;
            }
            let mut found: Option<&Key> = None;
            for other in mentions.iter() {
                if other.key == mention.key || !extends_name(doc.slice(other.start, other.end), name) {
                    continue;
                }
                match found {
                    Some(key) if *key != other.key => return None,
                    _ => found = Some(&other.key),
                }
            }
            found.cloned()
        })
        .collect();
    let named: Vec<String> = {
        let mut names: Vec<String> = Vec::new();
        for m in mentions.iter() {
            if let (Key::Named(name), RULE_GOVERNMENT_BODY | RULE_GOVERNMENT) = (&m.key, m.rule) {
                if !names.contains(name) {
                    names.push(name.clone());
                }
            }
        }
        names
    };
    let foreign: Vec<&String> = named
        .iter()
        .filter(|n| is_foreign_ministry(n) && !n.starts_with("cancilleria"))
        .filter(|n| {
            !named.iter().any(|other| other.strip_prefix(n.as_str()).is_some_and(|r| r.starts_with(' ')))
        })
        .collect();
    let mut drop = vec![false; mentions.len()];
    for (i, mention) in mentions.iter_mut().enumerate() {
        let Key::Named(name) = &mention.key else { continue };
        if mention.rule != RULE_GOVERNMENT_BODY {
            continue;
        }
        if is_bare_cancilleria(name) {
            match foreign.as_slice() {
                [one] => mention.key = Key::Named((*one).clone()),
                _ if name == "cancilleria" => {
                    if let Some(other) = named.iter().find(|n| n.starts_with("cancilleria ")) {
                        mention.key = Key::Named(other.clone());
                    } else if let Some(i) = drop.get_mut(i) {
                        *i = true;
                    }
                }
                _ => {}
            }
            continue;
        }
        if let Some(Some(target)) = longer.get(i) {
            mention.key = target.clone();
        }
    }
    let mut index = 0;
    mentions.retain(|_| {
        let keep = !drop.get(index).copied().unwrap_or(false);
        index += 1;
        keep
    });
}

/// Whether the key of `text` ([`name_key`]) begins with `name` and a space, compared
/// char by char instead of building the key.
fn extends_name(text: &str, name: &str) -> bool {
    let mut key = text.chars().map(|c| match fold_char(c) {
        '-' => ' ',
        folded => folded,
    });
    name.chars().all(|c| key.next() == Some(c)) && key.next() == Some(' ')
}

/// "el Ministerio de Inclusión" where the text also names "la ministra de Inclusión, Seguridad
/// Social y Migraciones": the ministry's full name lists its portfolios as its minister's title
/// does, and a short form is that ministry when exactly one minister's title lists portfolios
/// beginning with its own. Re-keys those mentions to the full name and returns, per key, the
/// full name to report (the mentions keep their text as written).
fn expand_ministries(doc: &Doc<'_>, words: &[Word], mentions: &mut [Mention]) -> Vec<(Key, String)> {
    let text = doc.text;
    let folded = doc.folded();
    let mut out: Vec<(Key, String)> = Vec::new();
    let is_short_ministry = |m: &Mention| {
        m.rule == RULE_GOVERNMENT_BODY
            && matches!(&m.key, Key::Named(name) if name.starts_with("ministerio de "))
    };
    if !mentions.iter().any(is_short_ministry) {
        return out;
    }
    // Every "ministro de"/"ministra de" whose portfolios are a list ending in "y X": (index of
    // the first portfolio word, index of the last word of the list).
    let mut titles: Vec<(usize, usize)> = Vec::new();
    for (at, _) in folded.match_indices("ministr") {
        let Some(rest) = folded.get(at + "ministr".len()..) else { continue };
        if !(rest.starts_with("o de ") || rest.starts_with("a de "))
            || !whole_word(folded, at, at + "ministro".len())
        {
            continue;
        }
        let role = word_at(words, doc.folded.to_original(at));
        let first = role + 2;
        // The portfolios run to the first comma, then the list goes on to its "y X".
        let mut last = first;
        while words.get(last + 1).is_some_and(|next| {
            words.get(last).and_then(|w| text.get(w.end()..next.start())).is_some_and(is_space_gap)
                && (next.capitalised || is_name_linker(next.folded(folded)))
        }) {
            last += 1;
        }
        if let Some(end) = enumeration_tail(text, folded, words, last) {
            titles.push((first, end));
        }
    }
    for mention in mentions.iter_mut() {
        if !is_short_ministry(mention) {
            continue;
        }
        // The short name's portfolio words, after "Ministerio de".
        let first = word_at(words, mention.start) + 2;
        let last = word_at(words, mention.end).saturating_sub(1);
        if last < first || mention.end - mention.start > 120 {
            continue;
        }
        let same = |&&(title_first, title_end): &&(usize, usize)| {
            title_end > title_first + (last - first)
                && (0..=last - first).all(|k| {
                    words.get(first + k).map(|w| w.folded(folded)) == words.get(title_first + k).map(|w| w.folded(folded))
                })
                // The short form must stop where the title's first portfolio ends, at its comma.
                && words
                    .get(title_first + (last - first))
                    .zip(words.get(title_first + (last - first) + 1))
                    .and_then(|(w, next)| text.get(w.end()..next.start()))
                    .is_some_and(is_comma_gap)
        };
        // The same title written several times is one title.
        let folded_list = |&(title_first, title_end): &(usize, usize)| {
            words
                .get(title_first)
                .zip(words.get(title_end))
                .and_then(|(a, b)| folded.get(a.folded_start()..b.folded_end()))
        };
        let mut matching = titles.iter().filter(same);
        let Some(&title) = matching.next() else { continue };
        if matching.any(|other| folded_list(other) != folded_list(&title)) {
            continue;
        }
        let (Some(from), Some(to)) = (words.get(title.0), words.get(title.1)) else { continue };
        let Some(portfolios) = text.get(from.start()..to.end()) else { continue };
        let head =
            text.get(mention.start..words.get(first).map_or(mention.start, |w| w.start())).unwrap_or("");
        let full = format!("{head}{portfolios}");
        let key = Key::Named(name_key(&fold(&full)));
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key.clone(), full));
        }
        mention.key = key;
    }
    out
}

fn build_entities(
    doc: &Doc<'_>,
    definitions: &Definitions,
    mut mentions: Vec<Mention>,
    expanded: &[(Key, String)],
) -> Vec<Organization> {
    merge_short_forms(doc, &mut mentions);
    // The mentions of each entity, entities in order of first mention; keys are borrowed.
    let mut group_of: HashMap<&Key, usize> = HashMap::new();
    let mut groups: Vec<Vec<&Mention>> = Vec::new();
    for mention in &mentions {
        let next = groups.len();
        let index = *group_of.entry(&mention.key).or_insert(next);
        if index == next {
            groups.push(Vec::new());
        }
        if let Some(group) = groups.get_mut(index) {
            group.push(mention);
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for group in groups {
        let Some(key) = group.first().map(|m| &m.key) else { continue };
        let Some(fullest) = group.iter().copied().fold(None::<&Mention>, |best, m| match best {
            Some(b)
                if doc.slice(b.start, b.end).chars().count() >= doc.slice(m.start, m.end).chars().count() =>
            {
                Some(b)
            }
            _ => Some(m),
        }) else {
            continue;
        };
        let defined = definitions.names.get(key);
        let (name, acronym) = match (key, defined) {
            (Key::Gazetteer(i), defined) => {
                let entry = GAZETTEER.entries.get(*i);
                // The acronym is reported only when the text writes it.
                let written = group.iter().find_map(|m| {
                    let text = doc.slice(m.start, m.end);
                    entry.and_then(|e| e.acronyms.iter().any(|a| a == text).then(|| text.to_string()))
                });
                let acronym = defined.map(|d| d.1.clone()).or(written);
                // A body the list knows by a short name ("Frontex", "Mercosur") that the text
                // defines with its long form: the text's long form is the name, the short one
                // its acronym.
                let short_name_defined = defined.is_some_and(|d| {
                    let short = fold(&d.1);
                    GAZETTEER.by_name.get(&short) == Some(i) && fold(&d.0) != short
                });
                // Names are kept as written: the list's name when the text writes it, else the
                // fullest of its other names the text writes ("Migración Colombia", "Corporación
                // Andina de Fomento", "Consejo de Seguridad de la ONU"); the list's name for a
                // body written as an acronym alone.
                let canonical = entry.map(|e| fold(&e.name)).unwrap_or_default();
                let written: Vec<&str> = group
                    .iter()
                    .map(|m| doc.slice(m.start, m.end))
                    .filter(|t| GAZETTEER.by_name.get(&fold(t)) == Some(i))
                    .collect();
                // ("H. Congreso de la Unión" is the list's name with an honorific.)
                let written_name = (!written.iter().any(|t| fold(t).contains(canonical.as_str())))
                    .then(|| written.iter().copied().max_by_key(|t| t.chars().count()))
                    .flatten();
                let name = match defined {
                    Some(d) if short_name_defined => d.0.clone(),
                    _ => written_name
                        .map(String::from)
                        .or_else(|| entry.map(|e| e.name.clone()))
                        .unwrap_or_default(),
                };
                (name, acronym)
            }
            (Key::Named(_), Some(defined)) => (defined.0.clone(), Some(defined.1.clone())),
            (Key::Named(_), None) => match expanded.iter().find(|(k, _)| k == key) {
                Some((_, full)) => (full.clone(), None),
                None => (doc.slice(fullest.start, fullest.end).to_string(), None),
            },
        };
        let rule = defined.map(|d| d.2).unwrap_or(fullest.rule);
        out.push(Organization {
            text: doc.slice(fullest.start, fullest.end).to_string(),
            span: Span::new(fullest.start, fullest.end),
            mentions: group.iter().map(|m| Span::new(m.start, m.end)).collect(),
            name,
            acronym,
            rule: rule.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (rule id, sentence, expected organisations as (name, acronym, mention texts)).
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, Option<&'static str>, &'static [&'static str])],
    );

    fn run(sentence: &str) -> Vec<(String, Option<String>, Vec<String>, String)> {
        let doc = Doc::new(sentence);
        find(&doc, &crate::countries::find(&doc))
            .into_iter()
            .map(|o| {
                assert_eq!(o.text, sentence[o.span.start..o.span.end]);
                let mentions = o.mentions.iter().map(|s| sentence[s.start..s.end].to_string()).collect();
                (o.name, o.acronym, mentions, o.rule)
            })
            .collect()
    }

    fn check(cases: &[Case]) {
        for (rule, sentence, expected) in cases {
            let found = run(sentence);
            let got: Vec<(String, Option<String>, Vec<String>)> =
                found.iter().map(|(n, a, m, _)| (n.clone(), a.clone(), m.clone())).collect();
            let want: Vec<(String, Option<String>, Vec<String>)> = expected
                .iter()
                .map(|(n, a, m)| {
                    (n.to_string(), a.map(String::from), m.iter().map(|s| s.to_string()).collect())
                })
                .collect();
            assert_eq!(got, want, "[{rule}] {sentence}");
            if !expected.is_empty() {
                assert!(
                    found.iter().any(|(_, _, _, r)| r == rule),
                    "[{rule}] not used in: {sentence} {found:?}"
                );
            }
        }
    }

    #[test]
    fn acronym_definitions() {
        check(&[
            (
                RULE_DEFINITION,
                "El Comité Nacional de Refugiados (CONARE) sesionó; luego el CONARE emitió un aviso.",
                &[("Comité Nacional de Refugiados", Some("CONARE"), &["Comité Nacional de Refugiados", "CONARE", "CONARE"])],
            ),
            // An English acronym keeps half its letters as initials of the Spanish name.
            (
                RULE_DEFINITION,
                "Visitó los laboratorios que la Agencia de Cooperación Internacional de Corea (KOICA) apoya.",
                &[(
                    "Agencia de Cooperación Internacional de Corea",
                    Some("KOICA"),
                    &["Agencia de Cooperación Internacional de Corea", "KOICA"],
                )],
            ),
            // A quoted eponym between the name and its acronym belongs to the name.
            (
                RULE_DEFINITION,
                "Firmó el Instituto Superior de Relaciones Internacionales \"Raúl Roa García\" (ISRI). El ISRI celebró.",
                &[(
                    "Instituto Superior de Relaciones Internacionales \"Raúl Roa García\"",
                    Some("ISRI"),
                    &["Instituto Superior de Relaciones Internacionales \"Raúl Roa García\"", "ISRI", "ISRI"],
                )],
            ),
            // A brand-like short name of two capitals or more does not spell the name either.
            (
                RULE_DEFINITION,
                "La feria fue organizada por la Agencia Brasileña de Promoción de Exportaciones e Inversiones (ApexBrasil).",
                &[(
                    "Agencia Brasileña de Promoción de Exportaciones e Inversiones",
                    Some("ApexBrasil"),
                    &["Agencia Brasileña de Promoción de Exportaciones e Inversiones", "ApexBrasil"],
                )],
            ),
            // A syllabic acronym of the complement, the head left out (PROM-PERÚ).
            (
                RULE_DEFINITION,
                "El foro fue organizado por la Comisión de Promoción del Perú para la Exportación y el Turismo (PROMPERÚ).",
                &[(
                    "Comisión de Promoción del Perú para la Exportación y el Turismo",
                    Some("PROMPERÚ"),
                    &["Comisión de Promoción del Perú para la Exportación y el Turismo", "PROMPERÚ"],
                )],
            ),
            // A body the text names only by another of its names keeps the written name; one
            // named by its acronym alone takes the list's name.
            (
                RULE_GAZETTEER_NAME,
                "Lo anunció Migración Colombia. La OIM apoyó.",
                &[
                    ("Migración Colombia", None, &["Migración Colombia"]),
                    ("Organización Internacional para las Migraciones", Some("OIM"), &["OIM"]),
                ],
            ),
            // The office of the body the acronym spells is that body.
            (
                RULE_DEFINITION,
                "Asistió la Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR).",
                &[(
                    "Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados",
                    Some("ACNUR"),
                    &["Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Participó la Promotora del Comercio Exterior de Costa Rica (PROCOMER).",
                &[(
                    "Promotora del Comercio Exterior de Costa Rica",
                    Some("PROCOMER"),
                    &["Promotora del Comercio Exterior de Costa Rica", "PROCOMER"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Colaboraron la Unidad Militar de Emergencias (UME) y los bomberos.",
                &[("Unidad Militar de Emergencias", Some("UME"), &["Unidad Militar de Emergencias", "UME"])],
            ),
            (
                RULE_DEFINITION,
                "La Comisión Mexicana de Ayuda a Refugiados (COMAR) recibió solicitudes. La Comisión Mexicana de Ayuda a Refugiados dio cifras.",
                &[(
                    "Comisión Mexicana de Ayuda a Refugiados",
                    Some("COMAR"),
                    &["Comisión Mexicana de Ayuda a Refugiados", "COMAR", "Comisión Mexicana de Ayuda a Refugiados"],
                )],
            ),
            // Acronyms written as words, up to nine letters ("Conaculta", "Mercosur").
            (
                RULE_DEFINITION,
                "El Consejo Nacional para la Cultura y las Artes (Conaculta) convocó. Conaculta premió.",
                &[(
                    "Consejo Nacional para la Cultura y las Artes",
                    Some("Conaculta"),
                    &["Consejo Nacional para la Cultura y las Artes", "Conaculta", "Conaculta"],
                )],
            ),
            // Faculties and schools head names; a mixed-case acronym spells them.
            (
                RULE_DEFINITION,
                "Lo imparte la Facultad de Ciencias Políticas y Sociales (FCPyS) de la universidad.",
                &[(
                    "Facultad de Ciencias Políticas y Sociales",
                    Some("FCPyS"),
                    &["Facultad de Ciencias Políticas y Sociales", "FCPyS"],
                )],
            ),
            // An organ's acronym prefixed to its body's: "SE-COMISCA", "SG-CAN".
            (
                RULE_DEFINITION,
                "La Secretaría Ejecutiva del Consejo Andino de Pesca (SE-CAP) informa que la SE-CAP sesionó.",
                &[(
                    "Secretaría Ejecutiva del Consejo Andino de Pesca",
                    Some("SE-CAP"),
                    &["Secretaría Ejecutiva del Consejo Andino de Pesca", "SE-CAP", "SE-CAP"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Informó el Servicio Nacional de Migraciones (SNM) de Panamá.",
                &[("Servicio Nacional de Migraciones", Some("SNM"), &["Servicio Nacional de Migraciones", "SNM"])],
            ),
            (
                RULE_DEFINITION,
                "Comunicado del Gobierno de México como Presidencia Pro-Témpore de la Conferencia Regional sobre Migración (CRM) y de la CRM.",
                &[
                    ("Gobierno de México", None, &["Gobierno de México"]),
                    ("Conferencia Regional sobre Migración", Some("CRM"), &["Conferencia Regional sobre Migración", "CRM", "CRM"]),
                ],
            ),
            // "y en" coordinates two complements: the acronym's name starts after it.
            (
                RULE_DEFINITION,
                "Deberán estar inscritos en el Registro de Matrícula Consular y en el Censo de Electores Residentes Ausentes (CERA).",
                &[],
            ),
            // A name that enumerates its portfolios, spelled syllabically or in English.
            (
                RULE_DEFINITION,
                "En coordinación con la Dirección General de Registro Civil, Identificación y Cedulación (DIGERCIC), que emite las cédulas.",
                &[(
                    "Dirección General de Registro Civil, Identificación y Cedulación",
                    Some("DIGERCIC"),
                    &["Dirección General de Registro Civil, Identificación y Cedulación", "DIGERCIC"],
                )],
            ),
            // An honorific before the head is part of the name.
            (
                RULE_DEFINITION,
                "Lo organiza con la Pontificia Universidad Católica del Perú (PUCP).",
                &[(
                    "Pontificia Universidad Católica del Perú",
                    Some("PUCP"),
                    &["Pontificia Universidad Católica del Perú", "PUCP"],
                )],
            ),
            (
                RULE_DEFINITION,
                "El documento lo emite el Registro Nacional de las Personas (RNP).",
                &[("Registro Nacional de las Personas", Some("RNP"), &["Registro Nacional de las Personas", "RNP"])],
            ),
            (
                RULE_DEFINITION,
                "Con el financiamiento de la Oficina de Población, Refugiados y Migración (PRM).",
                &[(
                    "Oficina de Población, Refugiados y Migración",
                    Some("PRM"),
                    &["Oficina de Población, Refugiados y Migración", "PRM"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Con la Agencia Caribeña de Gestión de Emergencias en Casos de Desastre (CDEMA) y la CDEMA.",
                &[(
                    "Agencia Caribeña de Gestión de Emergencias en Casos de Desastre",
                    Some("CDEMA"),
                    &["Agencia Caribeña de Gestión de Emergencias en Casos de Desastre", "CDEMA", "CDEMA"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Con el apoyo de la Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres (UNDRR).",
                &[(
                    "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres",
                    Some("UNDRR"),
                    &["Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres", "UNDRR"],
                )],
            ),
            // A short name the list knows, defined with a long form it does not spell.
            (
                RULE_DEFINITION,
                "Refuerza la Agencia Europea de la Guardia de Fronteras y Costas (Frontex); Frontex tendrá más agentes.",
                &[(
                    "Agencia Europea de la Guardia de Fronteras y Costas",
                    Some("Frontex"),
                    &["Agencia Europea de la Guardia de Fronteras y Costas", "Frontex", "Frontex"],
                )],
            ),
            (
                RULE_DEFINITION,
                "Los socios del Mercado Común del Sur (MERCOSUR) firmaron; el MERCOSUR crece.",
                &[("Mercado Común del Sur", Some("MERCOSUR"), &["Mercado Común del Sur", "MERCOSUR", "MERCOSUR"])],
            ),
            // Written alone, the short name stays the name.
            (RULE_GAZETTEER_NAME, "Frontex y el Mercosur colaboran.", &[("Frontex", None, &["Frontex"]), ("Mercosur", None, &["Mercosur"])]),
            // Not organisations: documents, events, economic terms.
            (RULE_DEFINITION, "Se revisó el Producto Interno Bruto (PIB) del año.", &[]),
            (RULE_DEFINITION, "Se adoptó el Pacto Mundial para la Migración (PMM) en 2018.", &[]),
            (RULE_DEFINITION, "Asistió a la Cumbre de las Américas (CA) en junio.", &[]),
            (RULE_DEFINITION, "Viajó a la capital (Lima) ayer.", &[]),
            (RULE_DEFINITION, "Un acuerdo con la Red Nacional (XYZ) se firmó.", &[]),
        ]);
    }

    #[test]
    fn reverse_definitions() {
        check(&[
            (
                RULE_DEFINITION_REVERSE,
                "La delegación del INM (Instituto Nacional de Migración) asistió; el INM informó.",
                &[(
                    "Instituto Nacional de Migración",
                    Some("INM"),
                    &["INM", "Instituto Nacional de Migración", "INM"],
                )],
            ),
            (
                RULE_DEFINITION_REVERSE,
                "Apoyo de la OIM (Organización Internacional para las Migraciones) en la región.",
                &[(
                    "Organización Internacional para las Migraciones",
                    Some("OIM"),
                    &["OIM", "Organización Internacional para las Migraciones"],
                )],
            ),
            (RULE_DEFINITION_REVERSE, "La reunión con AB (algo que decir) terminó.", &[]),
        ]);
    }

    #[test]
    fn gazetteer_names_and_acronyms() {
        check(&[
            (
                RULE_GAZETTEER_ACRONYM,
                "La OEA y la ONU se reunieron; la OEA emitió un comunicado.",
                &[
                    ("Organización de los Estados Americanos", Some("OEA"), &["OEA", "OEA"]),
                    ("Organización de las Naciones Unidas", Some("ONU"), &["ONU"]),
                ],
            ),
            (
                RULE_GAZETTEER_NAME,
                "Las Naciones Unidas y la Organización de las Naciones Unidas son lo mismo.",
                &[(
                    "Organización de las Naciones Unidas",
                    None,
                    &["Naciones Unidas", "Organización de las Naciones Unidas"],
                )],
            ),
            (
                RULE_GAZETTEER_NAME,
                "La Comunidad Andina aprobó la norma; la CAN la publicará. Ellos no can.",
                &[("Comunidad Andina", Some("CAN"), &["Comunidad Andina", "CAN"])],
            ),
            (
                RULE_GAZETTEER_ACRONYM,
                "Los miembros de la Celac y del Mercosur, con la UE.",
                &[
                    ("Comunidad de Estados Latinoamericanos y Caribeños", Some("Celac"), &["Celac"]),
                    ("Mercosur", None, &["Mercosur"]),
                    ("Unión Europea", Some("UE"), &["UE"]),
                ],
            ),
            (
                RULE_GAZETTEER_NAME,
                "El Consejo de Seguridad de la ONU sesionó con la Unión Europea.",
                &[
                    ("Consejo de Seguridad de la ONU", None, &["Consejo de Seguridad de la ONU"]),
                    ("Unión Europea", None, &["Unión Europea"]),
                ],
            ),
            (
                RULE_GAZETTEER_NAME,
                "la II Reunión Plenaria entre la Conferencia Regional sobre Migración y la Conferencia Suramericana sobre Migraciones.",
                &[
                    ("Conferencia Regional sobre Migración", None, &["Conferencia Regional sobre Migración"]),
                    ("Conferencia Suramericana sobre Migraciones", None, &["Conferencia Suramericana sobre Migraciones"]),
                ],
            ),
            (RULE_GAZETTEER_NAME, "las naciones unidas en minúsculas no cuentan; tampoco el alba ni la oea.", &[]),
            (
                RULE_GAZETTEER_NAME,
                "Un portavoz de la Casa Blanca confirmó la visita.",
                &[("Casa Blanca", None, &["Casa Blanca"])],
            ),
            (
                RULE_GAZETTEER_NAME,
                "La reunión del G-20 y la del G20.",
                &[("G20", None, &["G-20", "G20"])],
            ),
            // A listed name must end capitalised too.
            (RULE_GAZETTEER_NAME, "Vivían en una casa blanca. Casa blanca con jardín, se vende.", &[]),
            (RULE_GAZETTEER_NAME, "Naciones unidas por la historia.", &[]),
            (RULE_GAZETTEER_ACRONYM, "LA CUMBRE DE MANDATARIOS TERMINA", &[]),
        ]);
    }

    #[test]
    fn governments() {
        check(&[
            // A government named by its country's demonym, in the singular; "Cancillería" takes
            // a demonym, not a verb ending like one.
            (
                RULE_GOVERNMENT,
                "El Gobierno peruano despachó ayuda, agradecieron al pueblo y al Gobierno argentinos.",
                &[("Gobierno peruano", None, &["Gobierno peruano"])],
            ),
            (RULE_GOVERNMENT_BODY, "Cancillería habilita atención consular especial.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "La Cancillería venezolana informó.",
                &[("Cancillería venezolana", None, &["Cancillería venezolana"])],
            ),
            (
                RULE_GOVERNMENT,
                "El Gobierno de México acompaña al Gobierno de El Salvador; el Gobierno de México lo reitera.",
                &[
                    ("Gobierno de México", None, &["Gobierno de México", "Gobierno de México"]),
                    ("Gobierno de El Salvador", None, &["Gobierno de El Salvador"]),
                ],
            ),
            (
                RULE_GOVERNMENT,
                "El honor al Gobierno de México de ostentar la presidencia.",
                &[("Gobierno de México", None, &["Gobierno de México"])],
            ),
            (
                RULE_GOVERNMENT,
                "Acuerdo del Gobierno de Chile y el Gobierno de los Estados Unidos.",
                &[
                    ("Gobierno de Chile", None, &["Gobierno de Chile"]),
                    ("Gobierno de los Estados Unidos", None, &["Gobierno de los Estados Unidos"]),
                ],
            ),
            (
                RULE_GOVERNMENT,
                "Lo agradeció el Gobierno del Ecuador.",
                &[("Gobierno del Ecuador", None, &["Gobierno del Ecuador"])],
            ),
            (RULE_GOVERNMENT, "El Gobierno de Colombia y Ecuador firmaron.", &[("Gobierno de Colombia", None, &["Gobierno de Colombia"])]),
            (RULE_GOVERNMENT, "El Gobierno anunció medidas; el gobierno de turno también.", &[]),
            (RULE_GOVERNMENT, "Los jefes de Estado y de Gobierno de América Latina llegaron.", &[]),
            (RULE_GOVERNMENT, "Llegó al Palacio de Gobierno de Toluca por la tarde.", &[]),
        ]);
    }

    #[test]
    fn government_bodies() {
        check(&[
            // "Asociación" and "Agencia" head a body when its name says whose or what it is.
            (
                RULE_GOVERNMENT_BODY,
                "Agradeció a la Asociación Alemana de Importadores de Alimentos y a la Agencia Espacial Europea.",
                &[
                    ("Asociación Alemana de Importadores de Alimentos", None, &["Asociación Alemana de Importadores de Alimentos"]),
                    ("Agencia Espacial Europea", None, &["Agencia Espacial Europea"]),
                ],
            ),
            (RULE_GOVERNMENT_BODY, "Buscan elevar a Asociación Estratégica la relación, dijo a la Agencia EFE.", &[]),
            // An article right after the name, with no preposition, opens the verb's object.
            (
                RULE_GOVERNMENT_BODY,
                "Presidieron en la sede del Ministerio de Cultura la VII Reunión del Comité.",
                &[("Ministerio de Cultura", None, &["Ministerio de Cultura"])],
            ),
            // The region's own "y el" stays in the name.
            (
                RULE_GOVERNMENT_BODY,
                "Participó la Oficina Regional de la FAO para América Latina y el Caribe en la reunión.",
                &[
                    (
                        "Oficina Regional de la FAO para América Latina y el Caribe",
                        None,
                        &["Oficina Regional de la FAO para América Latina y el Caribe"],
                    ),
                    (
                        "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
                        Some("FAO"),
                        &["FAO"],
                    ),
                ],
            ),
            // A place after "en" ends a name; a capitalised run with an article or an acronym
            // after it may be the name going on, and leaves it unsaid.
            (
                RULE_GOVERNMENT_BODY,
                "Participó el Ministerio de Salud en Lima. Habló la Oficina Técnica de Cooperación en Lima, y luego otros.",
                &[
                    ("Ministerio de Salud", None, &["Ministerio de Salud"]),
                    ("Oficina Técnica de Cooperación", None, &["Oficina Técnica de Cooperación"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Aportarán al Mecanismo Mundial de Financiación en Condiciones Favorables (GCFF, por sus siglas en inglés).",
                &[],
            ),
            // An embassy's seat keeps its country's article.
            (
                RULE_GOVERNMENT_BODY,
                "La Embajada de Italia en el Perú informa que la reunión concluyó.",
                &[("Embajada de Italia en el Perú", None, &["Embajada de Italia en el Perú"])],
            ),
            // A name ends at the country of its seat: a signature's lines reflowed into one.
            (
                RULE_GOVERNMENT_BODY,
                "Atentamente.\n\nEmbajada de México en Japón Sección de Prensa y Asuntos Culturales",
                &[("Embajada de México en Japón", None, &["Embajada de México en Japón"])],
            ),
            // "y" right after a singular head joins two bodies; a plural name keeps its own.
            (RULE_GOVERNMENT_BODY, "Se firmó un convenio entre el Ministerio y Acción contra el Hambre.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "Actuaron las Fuerzas y Cuerpos de Seguridad del Estado en la frontera.",
                &[("Fuerzas y Cuerpos de Seguridad del Estado", None, &["Fuerzas y Cuerpos de Seguridad del Estado"])],
            ),
            // A letterhead's country line reflowed onto the body's is no part of its name; a
            // demonym or a country word the name goes on after is.
            (
                RULE_GOVERNMENT_BODY,
                "Ministerio de Trabajo y Seguridad Social Costa Rica\n\nEl texto.",
                &[("Ministerio de Trabajo y Seguridad Social", None, &["Ministerio de Trabajo y Seguridad Social"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Despegó un avión de la Fuerza Aérea Guatemalteca.",
                &[("Fuerza Aérea Guatemalteca", None, &["Fuerza Aérea Guatemalteca"])],
            ),
            // Local governments; Mexico's "Secretaría de Gobernación" stays one ministry.
            (
                RULE_GOVERNMENT_BODY,
                "Agradeció a la Alcaldía Distrital de Cartagena de Indias su apoyo.",
                &[("Alcaldía Distrital de Cartagena de Indias", None, &["Alcaldía Distrital de Cartagena de Indias"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Firmaron la Municipalidad de Lima y la Secretaría de Gobernación.",
                &[
                    ("Municipalidad de Lima", None, &["Municipalidad de Lima"]),
                    ("Secretaría de Gobernación", None, &["Secretaría de Gobernación"]),
                ],
            ),
            // "y la" + an acronym is another body.
            (
                RULE_GOVERNMENT_BODY,
                "El convenio que la Secretaría de Cultura y la UNAM suscribieron en 2019.",
                &[("Secretaría de Cultura", None, &["Secretaría de Cultura"])],
            ),
            // The presidency of a named republic keeps its country.
            (
                RULE_GOVERNMENT_BODY,
                "La Presidencia de la República de Colombia informó hoy.",
                &[("Presidencia de la República de Colombia", None, &["Presidencia de la República de Colombia"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La Presidencia de la República informó que Colombia firmará.",
                &[("Presidencia de la República", None, &["Presidencia de la República"])],
            ),
            // A letterhead reflowed into one line: the genre label is not the name's.
            (
                RULE_GOVERNMENT_BODY,
                "Ministerio de Seguridad Pública Comunicado de prensa. El Ministerio de Seguridad Pública informa.",
                &[(
                    "Ministerio de Seguridad Pública",
                    None,
                    &["Ministerio de Seguridad Pública", "Ministerio de Seguridad Pública"],
                )],
            ),
            // Other heads of bodies, with a capitalised tail.
            (
                RULE_GOVERNMENT_BODY,
                "La Junta Electoral Central y la Autoridad Portuaria de Valencia firmaron con el Banco de Fomento Rural.",
                &[
                    ("Junta Electoral Central", None, &["Junta Electoral Central"]),
                    ("Autoridad Portuaria de Valencia", None, &["Autoridad Portuaria de Valencia"]),
                    ("Banco de Fomento Rural", None, &["Banco de Fomento Rural"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Lo investiga la Comisaría General de Extranjería junto a la Gendarmería Nacional.",
                &[
                    ("Comisaría General de Extranjería", None, &["Comisaría General de Extranjería"]),
                    ("Gendarmería Nacional", None, &["Gendarmería Nacional"]),
                ],
            ),
            // A body still to be made is not one.
            (RULE_GOVERNMENT_BODY, "Firmaron un memorando para crear una Comisión Mixta de Cooperación.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "Apoyan la Aduana Nacional boliviana y la Empresa Portuaria del Callao; el Cuerpo Diplomático asistió. Se creó el Mecanismo Binacional de Seguimiento Fronterizo.",
                &[
                    ("Aduana Nacional", None, &["Aduana Nacional"]),
                    ("Empresa Portuaria del Callao", None, &["Empresa Portuaria del Callao"]),
                    ("Mecanismo Binacional de Seguimiento Fronterizo", None, &["Mecanismo Binacional de Seguimiento Fronterizo"]),
                ],
            ),
            // A generic organ's bare name refers back to the one organ of that name named before.
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría Ejecutiva del Pacto Andino de Pesca sesionó. Luego la Secretaría Ejecutiva aprobó el plan.",
                &[(
                    "Secretaría Ejecutiva del Pacto Andino de Pesca",
                    None,
                    &["Secretaría Ejecutiva del Pacto Andino de Pesca", "Secretaría Ejecutiva"],
                )],
            ),
            // Two organs of that name: the bare one refers to neither.
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría Ejecutiva del Pacto Andino y la Secretaría Ejecutiva del Foro Lacustre firmaron; la Secretaría Ejecutiva informó.",
                &[
                    ("Secretaría Ejecutiva del Pacto Andino", None, &["Secretaría Ejecutiva del Pacto Andino"]),
                    ("Secretaría Ejecutiva del Foro Lacustre", None, &["Secretaría Ejecutiva del Foro Lacustre"]),
                ],
            ),
            // A head with no tail, or the person ("comisaria" without its accent), is no body.
            (RULE_GOVERNMENT_BODY, "La Junta aprobó el plan y el Banco lo financia.", &[]),
            (RULE_GOVERNMENT_BODY, "Habló la Comisaria Europea de Interior ayer.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría de Relaciones Exteriores informó que el Instituto Nacional de Migración participará.",
                &[
                    ("Secretaría de Relaciones Exteriores", None, &["Secretaría de Relaciones Exteriores"]),
                    ("Instituto Nacional de Migración", None, &["Instituto Nacional de Migración"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Ministerio de Inclusión, Seguridad Social y Migraciones publicó datos.",
                &[(
                    "Ministerio de Inclusión, Seguridad Social y Migraciones",
                    None,
                    &["Ministerio de Inclusión, Seguridad Social y Migraciones"],
                )],
            ),
            // A short form named after its minister's full title.
            (
                RULE_GOVERNMENT_BODY,
                "Habló la ministra de Trabajo, Empleo y Economía Social, Marta Gil. El programa es del Ministerio de Trabajo y lo paga la Unión Europea.",
                &[
                    ("Ministerio de Trabajo, Empleo y Economía Social", None, &["Ministerio de Trabajo"]),
                    ("Unión Europea", None, &["Unión Europea"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Ministro de Cultura y Deporte, Luis Paz, visitó el Ministerio de Cultura, Juventud y Deporte; luego el Ministerio de Cultura, Juventud y Deporte respondió.",
                &[(
                    "Ministerio de Cultura, Juventud y Deporte",
                    None,
                    &["Ministerio de Cultura, Juventud y Deporte", "Ministerio de Cultura, Juventud y Deporte"],
                )],
            ),
            // Two ministers whose titles begin alike: the short form is left as written.
            (
                RULE_GOVERNMENT_BODY,
                "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, Juan Gil, y el ministro de Asuntos Exteriores, Comercio y Culto, Pedro Paz, firmaron en el Ministerio de Asuntos Exteriores.",
                &[("Ministerio de Asuntos Exteriores", None, &["Ministerio de Asuntos Exteriores"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La ministra de Trabajo, Empleo y Economía Social, Marta Gil, firmó. Según la ministra de Trabajo, Empleo y Economía Social, el Ministerio de Trabajo pagará.",
                &[("Ministerio de Trabajo, Empleo y Economía Social", None, &["Ministerio de Trabajo"])],
            ),
            // A title that lists no portfolios leaves the name as written.
            (
                RULE_GOVERNMENT_BODY,
                "La ministra de Trabajo, Marta Gil, y su equipo llegaron al Ministerio de Trabajo.",
                &[("Ministerio de Trabajo", None, &["Ministerio de Trabajo"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Ministerio del Interior, que dirige el ministro, habló.",
                &[("Ministerio del Interior", None, &["Ministerio del Interior"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La Embajada de México en Chile y la Cancillería colaboran con la Subsecretaría para América del Norte.",
                &[
                    ("Embajada de México en Chile", None, &["Embajada de México en Chile"]),
                    ("Subsecretaría para América del Norte", None, &["Subsecretaría para América del Norte"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La Presidencia de la República y el Senado de la República, con la Cámara de Diputados.",
                &[
                    ("Presidencia de la República", None, &["Presidencia de la República"]),
                    ("Senado de la República", None, &["Senado de la República"]),
                    ("Cámara de Diputados", None, &["Cámara de Diputados"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La Dirección General de Protección a Mexicanos en el Exterior y la Procuraduría General de la República.",
                &[
                    ("Procuraduría General de la República", None, &["Procuraduría General de la República"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría de Gobernación y Secretaría de Salud trabajan.",
                &[
                    ("Secretaría de Gobernación", None, &["Secretaría de Gobernación"]),
                    ("Secretaría de Salud", None, &["Secretaría de Salud"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Ministerio de Relaciones Exteriores de El Salvador convocó. El Ministerio de Relaciones Exteriores informó y la Cancillería salvadoreña agradeció.",
                &[(
                    "Ministerio de Relaciones Exteriores de El Salvador",
                    None,
                    &[
                        "Ministerio de Relaciones Exteriores de El Salvador",
                        "Ministerio de Relaciones Exteriores",
                        "Cancillería salvadoreña",
                    ],
                )],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Lo dijo la Cancillería uruguaya y lo repitió la Cancillería.",
                &[("Cancillería uruguaya", None, &["Cancillería uruguaya", "Cancillería"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación del Reino de España financia.",
                &[(
                    "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
                    None,
                    &["Ministerio de Asuntos Exteriores, Unión Europea y Cooperación"],
                )],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Firmaron el Ministerio de Relaciones Exteriores y Culto de Costa Rica y la Comisión Económica para América Latina y el Caribe (CEPAL).",
                &[
                    (
                        "Ministerio de Relaciones Exteriores y Culto de Costa Rica",
                        None,
                        &["Ministerio de Relaciones Exteriores y Culto de Costa Rica"],
                    ),
                    (
                        "Comisión Económica para América Latina y el Caribe",
                        Some("CEPAL"),
                        &["Comisión Económica para América Latina y el Caribe", "CEPAL"],
                    ),
                ],
            ),
            (RULE_GOVERNMENT_BODY, "La Secretaría General y la Secretaría Técnica de la Conferencia apoyaron.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "La Comisión Binacional sesionó con el Departamento de Estado y la Universidad de Granada.",
                &[
                    ("Comisión Binacional", None, &["Comisión Binacional"]),
                    ("Departamento de Estado", None, &["Departamento de Estado"]),
                    ("Universidad de Granada", None, &["Universidad de Granada"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Agentes de la Guardia Civil y de la Policía Nacional, con la Fuerza Aérea Guatemalteca.",
                &[
                    ("Guardia Civil", None, &["Guardia Civil"]),
                    ("Policía Nacional", None, &["Policía Nacional"]),
                    ("Fuerza Aérea Guatemalteca", None, &["Fuerza Aérea Guatemalteca"]),
                ],
            ),
            // Organs named inside an event name belong to the event, unless the text refers to
            // them again outside it, by name or by their bare head.
            (
                RULE_GOVERNMENT_BODY,
                "Concluyó la XXIV Reunión Ordinaria del Consejo de Ministros. La presidencia del Consejo de Ministros pasará a Guatemala.",
                &[],
            ),
            // "y de la" + another head begins another body; a Mercosur "Subgrupo" is one.
            (
                RULE_GOVERNMENT_BODY,
                "Participaron la Prefectura Naval y de la Policía Nacional en el operativo.",
                &[("Prefectura Naval", None, &["Prefectura Naval"]), ("Policía Nacional", None, &["Policía Nacional"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Lo examinará el Subgrupo de Trabajo sobre Comercio Electrónico, que se reunirá en julio.",
                &[(
                    "Subgrupo de Trabajo sobre Comercio Electrónico",
                    None,
                    &["Subgrupo de Trabajo sobre Comercio Electrónico"],
                )],
            ),
            // ... past the event's number too.
            (
                RULE_GOVERNMENT_BODY,
                "Se prevé la Sesión Ordinaria N.° 12 del Comité Técnico Binacional de Asuntos Ambientales.",
                &[],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Lo acordaron en la sesión del Consejo de Agricultura y Pesca. Polonia preside el Consejo este semestre.",
                &[("Consejo de Agricultura y Pesca", None, &["Consejo de Agricultura y Pesca"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Terminó la II Reunión de la Comisión de Pesca del Pacífico Sur. La Comisión de Pesca del Pacífico Sur publicará las actas.",
                &[(
                    "Comisión de Pesca del Pacífico Sur",
                    None,
                    &["Comisión de Pesca del Pacífico Sur", "Comisión de Pesca del Pacífico Sur"],
                )],
            ),
            // A bare head before the organ does not refer back to it.
            (
                RULE_GOVERNMENT_BODY,
                "La presidenta de la Comisión habló. Luego, en la reunión de la Comisión Mixta se firmó un acta.",
                &[],
            ),
            // "la Comisión" after the Commission of the list is the Commission.
            (
                RULE_GAZETTEER_NAME,
                "La Comisión Europea asistió a la sesión de la Comisión de Pesca del Pacífico Sur. La Comisión propuso cuotas.",
                &[("Comisión Europea", None, &["Comisión Europea"])],
            ),
            // Two bodies of that head named: a bare "Consejo" points to neither.
            (
                RULE_GOVERNMENT_BODY,
                "En la sesión del Consejo de Agricultura y Pesca habló el Consejo de Estado. El Consejo decidió.",
                &[("Consejo de Estado", None, &["Consejo de Estado"])],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Hubo novedades en el Comando Sur de EE.UU. y en el Comando Norte.",
                &[
                    ("Comando Sur de EE.UU.", None, &["Comando Sur de EE.UU."]),
                    ("Comando Norte", None, &["Comando Norte"]),
                ],
            ),
            (RULE_GOVERNMENT_BODY, "En la reunión de la Comisión Mixta se acordó un programa.", &[]),
            (RULE_GOVERNMENT_BODY, "Entregó la presidencia del Consejo a Belice en junio.", &[]),
            // A dotted place qualifier ends the name with its place.
            (
                RULE_GOVERNMENT_BODY,
                "Acuda a la Embajada de Honduras en Washington, D.C. o a los consulados.",
                &[(
                    "Embajada de Honduras en Washington, D.C.",
                    None,
                    &["Embajada de Honduras en Washington, D.C."],
                )],
            ),
            // A list after the colon is no name going on.
            (
                RULE_GOVERNMENT_BODY,
                "Los presidentes instruyeron al Consejo de Ministros a:\n\n1. Presentar un plan.",
                &[("Consejo de Ministros", None, &["Consejo de Ministros"])],
            ),
            (RULE_GOVERNMENT_BODY, "El ministro de Asuntos Exteriores, Unión Europea y Cooperación viajó.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría General de la OEA presentó el informe.",
                &[
                    ("Secretaría General de la OEA", None, &["Secretaría General de la OEA"]),
                    ("Organización de los Estados Americanos", Some("OEA"), &["OEA"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Un programa del Departamento de Agricultura de los EE. UU. (USDA) comenzará.",
                &[(
                    "Departamento de Agricultura de los EE. UU.",
                    None,
                    &["Departamento de Agricultura de los EE. UU."],
                )],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "El Consejo Nacional para la Cultura y las Artes y la Comisión Mixta Hispano-Marroquí; la Comisión Mixta Hispano Marroquí.",
                &[
                    ("Consejo Nacional para la Cultura y las Artes", None, &["Consejo Nacional para la Cultura y las Artes"]),
                    (
                        "Comisión Mixta Hispano-Marroquí",
                        None,
                        &["Comisión Mixta Hispano-Marroquí", "Comisión Mixta Hispano Marroquí"],
                    ),
                ],
            ),
            (
                RULE_GAZETTEER_NAME,
                "El Consejo de Seguridad de las Naciones Unidas sesionó. El Consejo de Seguridad votó.",
                &[(
                    "Consejo de Seguridad de las Naciones Unidas",
                    None,
                    &["Consejo de Seguridad de las Naciones Unidas", "Consejo de Seguridad"],
                )],
            ),
            // Offices and bare heads are not organisations.
            (RULE_GOVERNMENT_BODY, "Desde la Presidencia Pro-Témpore de México y la Presidencia de turno.", &[]),
            (RULE_GOVERNMENT_BODY, "La Secretaría informó y el Ministerio calló.", &[]),
            // Without its accent, "Secretaria" is the title of a person.
            (RULE_GOVERNMENT_BODY, "Janet Napolitano, Secretaria de Seguridad Interna, llegó.", &[]),
            (
                RULE_GOVERNMENT_BODY,
                "Lo aprobó la Cámara de Senadores del H. Congreso de la Unión.",
                // The legislature the chamber belongs to is named too (a listed name).
                &[
                    (
                        "Cámara de Senadores del H. Congreso de la Unión",
                        None,
                        &["Cámara de Senadores del H. Congreso de la Unión"],
                    ),
                    ("Congreso de la Unión", None, &["H. Congreso de la Unión"]),
                ],
            ),
            (RULE_GOVERNMENT_BODY, "La XXVI Reunión Viceministerial y la Declaración de Quito.", &[]),
            // "en el Despacho" continues a "Secretaría de Estado"; "en" elsewhere ends a name.
            (
                RULE_GOVERNMENT_BODY,
                "La Secretaría de Estado en el Despacho de Finanzas publicó la Secretaría de Estado en los Despachos de Agricultura y Ganadería.",
                &[
                    (
                        "Secretaría de Estado en el Despacho de Finanzas",
                        None,
                        &["Secretaría de Estado en el Despacho de Finanzas"],
                    ),
                    (
                        "Secretaría de Estado en los Despachos de Agricultura y Ganadería",
                        None,
                        &["Secretaría de Estado en los Despachos de Agricultura y Ganadería"],
                    ),
                ],
            ),
            (RULE_GOVERNMENT_BODY, "Lo dijo la Secretaría de Estado en el acto.", &[("Secretaría de Estado", None, &["Secretaría de Estado"])]),
            // Portfolios listed after the first complement of heads other than "Ministerio".
            (
                RULE_GOVERNMENT_BODY,
                "El Departamento de Vivienda, Cultura y Deporte Local firmó con la Dirección General de Pesca, Acuicultura y Costas.",
                &[
                    ("Departamento de Vivienda, Cultura y Deporte Local", None, &["Departamento de Vivienda, Cultura y Deporte Local"]),
                    (
                        "Dirección General de Pesca, Acuicultura y Costas",
                        None,
                        &["Dirección General de Pesca, Acuicultura y Costas"],
                    ),
                ],
            ),
            // Not after a name already long, nor a list of acronyms or of bodies with heads.
            (
                RULE_GOVERNMENT_BODY,
                "Firmaron la Dirección de Aguas y Suelos, Montes y Ríos, y el Ministerio de Pesca, ANP y DGRA.",
                &[
                    ("Dirección de Aguas y Suelos", None, &["Dirección de Aguas y Suelos"]),
                    ("Ministerio de Pesca", None, &["Ministerio de Pesca"]),
                ],
            ),
            (
                RULE_GOVERNMENT_BODY,
                "Actuaron el Ministerio de Obras, Aduanas y Policía Nacional.",
                &[("Ministerio de Obras", None, &["Ministerio de Obras"]), ("Policía Nacional", None, &["Policía Nacional"])],
            ),
        ]);
    }

    /// The word splitting [`scan`] replaced, char by char, as the reference it must match.
    fn reference_words(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            let inner_joiner = (ch == '-' || ch == '\'' || ch == '’')
                && start.is_some()
                && chars.peek().is_some_and(|&(_, next)| next.is_alphanumeric());
            if ch.is_alphanumeric() || inner_joiner {
                start = start.or(Some(i));
            } else if let Some(s) = start.take() {
                out.push((s, i));
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    }

    /// The capitals by their definition: an upper-case char whose folded predecessor is no letter
    /// or digit, with its folded offset.
    fn reference_capitals(text: &str) -> Vec<(usize, usize)> {
        let folded = fold(text);
        let folded_starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
        let mut previous_alphanumeric = false;
        let mut out = Vec::new();
        for (n, (byte, ch)) in text.char_indices().enumerate() {
            if ch.is_uppercase() && !previous_alphanumeric {
                out.push((byte, folded_starts[n]));
            }
            previous_alphanumeric = fold_char(ch).is_alphanumeric();
        }
        out
    }

    #[test]
    fn scan_matches_the_char_by_char_definitions() {
        let texts = [
            "Pro-Témpore, (CRM) l'ONU -x",
            "La Organización Internacional para las Migraciones (OIM) y el ACNUR.",
            "Hispano-Marroquí, d’Ivoire, l'Équipe — “Ñandú” «Año» º ª ´Á",
            "ÁNGEL ÉXITO ÑOÑO 123 4x 5-A 'quote' trailing-",
            "x-Y Y-x -Z 'Z ’Z Z’ a’b İstanbul ǅemal ﬁn Ⅻ ⅻ ß ẞ",
            "  \n\tEl\tMinisterio\nde Salud...EE. UU.;Gilbert F. Houngbo,canciller",
            "",
            "é",
            "A",
        ];
        for text in texts {
            let folded = fold(text);
            let scan = scan(text, &folded);
            let words: Vec<(usize, usize)> = scan.words.iter().map(|w| (w.start(), w.end())).collect();
            assert_eq!(words, reference_words(text), "{text:?}");
            for word in &scan.words {
                assert_eq!(word.folded(&folded), fold(&text[word.start()..word.end()]), "{text:?}");
                assert_eq!(word.capitalised, is_capitalised(&text[word.start()..word.end()]), "{text:?}");
            }
            let capitals: Vec<(usize, usize)> = scan.capitals.iter().map(|c| (c.start, c.folded)).collect();
            assert_eq!(capitals, reference_capitals(text), "{text:?}");
        }
    }

    /// Random texts over the characters that matter to the scan (letters of both cases with and
    /// without accents, digits, joiners, spacing, punctuation, letters whose folding changes
    /// their length), long enough to cross its 64-byte runs at every offset.
    #[test]
    fn scan_matches_the_char_by_char_definitions_on_random_texts() {
        let alphabet: Vec<char> =
            "aaaaaeeeoosnrtlZMCDE0119--''’’    ,.\n()ÁéíÑñÜ“”İǅßẞﬁⅫºª´Ⱥ".chars().collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        for _ in 0..3000 {
            let length = next(300);
            let text: String = (0..length).map(|_| alphabet[next(alphabet.len())]).collect();
            let folded = fold(&text);
            let scan = scan(&text, &folded);
            let words: Vec<(usize, usize)> = scan.words.iter().map(|w| (w.start(), w.end())).collect();
            assert_eq!(words, reference_words(&text), "{text:?}");
            for word in &scan.words {
                assert_eq!(word.folded(&folded), fold(&text[word.start()..word.end()]), "{text:?}");
                assert_eq!(word.capitalised, is_capitalised(&text[word.start()..word.end()]), "{text:?}");
            }
            let capitals: Vec<(usize, usize)> = scan.capitals.iter().map(|c| (c.start, c.folded)).collect();
            assert_eq!(capitals, reference_capitals(&text), "{text:?}");
            let capitalised: Vec<usize> =
                (0..scan.words.len()).filter(|&i| scan.words[i].capitalised).collect();
            assert_eq!(scan.capitalised_words, capitalised, "{text:?}");
        }
    }

    #[test]
    fn latin_fast_paths_agree_with_the_unicode_tables() {
        for ch in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(ch), ch.is_alphanumeric(), "{ch:?}");
            assert_eq!(is_uppercase(ch), ch.is_uppercase(), "{ch:?}");
        }
    }

    #[test]
    fn ascii_masks_agree_byte_by_byte() {
        let run: Vec<u8> = (0u8..128).collect();
        for start in 0..64 {
            for length in 1..=64 {
                let Some(part) = run.get(start..start + length) else { continue };
                let (alphanumeric, upper, joiner) = ascii_masks(part);
                for (k, &byte) in part.iter().enumerate() {
                    assert_eq!(alphanumeric >> k & 1 == 1, byte.is_ascii_alphanumeric(), "{byte}");
                    assert_eq!(upper >> k & 1 == 1, byte.is_ascii_uppercase(), "{byte}");
                    assert_eq!(joiner >> k & 1 == 1, byte == b'-' || byte == b'\'', "{byte}");
                }
                if length < 64 {
                    assert_eq!(alphanumeric >> length, 0);
                }
            }
        }
        assert_eq!(ascii_prefix("abc\u{e9}defghij".as_bytes()), 3);
        assert_eq!(ascii_prefix(b"abcdefghijklmnop"), 16);
        assert_eq!(ascii_prefix("abcdefgh\u{e9}".as_bytes()), 8);
        assert_eq!(ascii_prefix("abcdefghij\u{e9}".as_bytes()), 10);
    }

    #[test]
    fn extends_name_agrees_with_the_name_key() {
        let texts =
            ["Consejo de Seguridad", "Consejo de Seguridad de la ONU", "Hispano-Marroquí", "CONSEJO-DE", ""];
        let names = ["consejo", "consejo de seguridad", "hispano", "hispano marroqui", "consejo de", ""];
        for text in texts {
            for name in names {
                let expected = name_key(text).starts_with(&format!("{name} "));
                assert_eq!(extends_name(text, name), expected, "{text:?} {name:?}");
            }
        }
    }

    /// Gazetteer forms are tried only at capitals, by their first word: every name must begin
    /// with a letter or digit and every acronym with a capital, or it would never be found.
    #[test]
    fn every_gazetteer_form_can_be_found_at_a_capital() {
        let gazetteer = &*GAZETTEER;
        for (pattern, targets) in gazetteer.patterns.iter().zip(&gazetteer.targets) {
            assert!(!first_word(pattern).is_empty(), "{pattern:?} does not begin with a letter or digit");
            for target in targets {
                if let Target::Acronym(_, written) = target {
                    assert!(is_capitalised(written), "acronym {written:?} does not begin with a capital");
                }
            }
        }
    }

    #[test]
    fn words_split_on_punctuation_and_keep_inner_hyphens() {
        let text = "Pro-Témpore, (CRM) l'ONU -x";
        let got: Vec<&str> = words(text).iter().map(|w| &text[w.start()..w.end()]).collect();
        assert_eq!(got, ["Pro-Témpore", "CRM", "l'ONU", "x"]);
    }
}
