//! Context checks for ambiguous country forms: capitals, surnames, US states, languages, cues.
//!
//! Every check reads a short window of the folded text (lower case, no accents) or of the
//! original text around one match; the regexes are compiled once per process.

use std::sync::LazyLock;

use regex::Regex;

use super::gazetteer::Kind;

/// How many bytes before a match the cue regexes look at.
const WINDOW: usize = 64;

/// The `WINDOW` bytes of `text` before `at` (shorter at the start; on char boundaries).
pub(crate) fn before(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(WINDOW);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    text.get(start..at).unwrap_or("")
}

/// The `WINDOW` bytes of `text` from `at`.
pub(crate) fn after(text: &str, at: usize) -> &str {
    let mut end = (at + WINDOW).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    text.get(at..end).unwrap_or("")
}

/// Articles whose capital is optional in a name ("en el Salvador" is still not required to
/// write "El"; the capital of "Salvador" is).
const OPTIONAL_CAPITALS: [&str; 4] = ["El", "La", "Los", "Las"];

/// Whether `written` carries the capitals `form` requires: the first letter of every word for
/// names ("El Salvador" but not "el salvador"), every capital for abbreviations ("EE.UU." but
/// not "ee.uu."). Lower-case letters of the form accept either case ("MÉXICO").
pub(crate) fn capitals_match(form: &str, written: &str, kind: Kind) -> bool {
    let mut written_words = written.split(' ');
    for form_word in form.split(' ') {
        let Some(written_word) = written_words.next() else { return false };
        if OPTIONAL_CAPITALS.contains(&form_word) {
            continue;
        }
        let mut word_start = true;
        for (f, w) in form_word.chars().zip(written_word.chars()) {
            let required = kind == Kind::Abbreviation || word_start;
            if required && f.is_uppercase() && !w.is_uppercase() {
                return false;
            }
            // "Guinea-Bisáu", "Timor-Leste": the letter after a hyphen starts a word too.
            word_start = !f.is_alphanumeric() && f != '\'';
        }
    }
    true
}

/// Words that may stand capitalised right before a demonym inside a proper name
/// ("Gobierno Mexicano", "Agencia Española de Cooperación", "Cruz Roja Salvadoreña").
const INSTITUTION_WORDS: &[&str] = &[
    "academia",
    "aerea",
    "agencia",
    "alianza",
    "armada",
    "asamblea",
    "asociacion",
    "banco",
    "camara",
    "caja",
    "cancilleria",
    "centro",
    "colegio",
    "comision",
    "comite",
    "confederacion",
    "conferencia",
    "congreso",
    "consejo",
    "consulado",
    "cooperacion",
    "corte",
    "cumbre",
    "delegacion",
    "direccion",
    "ejercito",
    "embajada",
    "encuentro",
    "escuela",
    "estado",
    "federacion",
    "feria",
    "festival",
    "fondo",
    "foro",
    "frente",
    "fuerza",
    "fuerzas",
    "gobierno",
    "guardia",
    "hospital",
    "iglesia",
    "instituto",
    "marina",
    "ministerio",
    "movimiento",
    "museo",
    "nacion",
    "nacional",
    "observatorio",
    "oficina",
    "partido",
    "plan",
    "policia",
    "presidencia",
    "programa",
    "pueblo",
    "red",
    "republica",
    "reunion",
    "roja",
    "secretaria",
    "seleccion",
    "seminario",
    "senado",
    "servicio",
    "sistema",
    "sociedad",
    "tribunal",
    "universidad",
];

/// Whether a demonym's capitalisation fits a demonym. Spanish writes demonyms in lower case,
/// so a capitalised one mid-sentence is either inside a proper name ("Instituto Mexicano",
/// "Diáspora Salvadoreña", "Cátedra de Estudios Mexicanos") or a surname ("Arnoldo Alemán").
/// It counts when it starts the sentence, is written all in capitals (a heading), follows an
/// institution's word, or follows another capitalised word and is not the dictionary form
/// (surnames are masculine singular).
pub(crate) fn demonym_case_fits(text: &str, start: usize, written: &str, dictionary_form: bool) -> bool {
    let mut letters = written.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return false };
    if first.is_lowercase() {
        return true;
    }
    if written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return true;
    }
    if sentence_start(text, start) {
        return true;
    }
    let head = before(text, start);
    let previous = head.trim_end_matches(' ').rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let touching =
        head.ends_with(' ') && !head.trim_end_matches(' ').ends_with(|c: char| !c.is_alphanumeric());
    let capitalised = touching && previous.chars().next().is_some_and(char::is_uppercase);
    // "Instituto de Dominicanos y Dominicanas en el Exterior": after an institution's word
    // with only linking words between, any form.
    capitalised && !dictionary_form || institution_name_before(head)
}

/// Whether a compound adjective's first element (`compound` guard: "hispano", "franco",
/// "luso") ending at `end` (folded) / `original_end` (text) opens a compound: a hyphen (or en
/// dash) and a demonym right after it ("hispano-marroquí", "franco–alemana"), or a space and a
/// demonym when both are capitalised inside a name ("Comisión Mixta Hispano Marroquí"). A
/// space alone is not enough in lower case: "el franco suizo" is a currency.
pub(crate) fn opens_compound(text: &str, folded: &str, original_end: usize, end: usize) -> bool {
    let after = folded.get(end..).unwrap_or("");
    let (joiner, rest) = match after.chars().next() {
        Some(c @ ('-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | ' ')) => (c, &after[c.len_utf8()..]),
        _ => return false,
    };
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let Some(word) = rest.get(..word_end).filter(|w| !w.is_empty()) else { return false };
    if !crate::countries::gazetteer::GAZETTEER.demonyms.contains(word) {
        return false;
    }
    if joiner != ' ' {
        return true;
    }
    let capitalised =
        |at: usize| text.get(at..).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase);
    let first_start = text
        .get(..original_end)
        .and_then(|head| head.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let first_capitalised = capitalised(first_start);
    first_capitalised && capitalised(original_end + 1)
}

/// Whether the form starting at folded `start` is the second element of a compound joined by
/// a hyphen ("la cumbre hispano-lusa").
pub(crate) fn closes_compound(folded: &str, start: usize) -> bool {
    let head = folded.get(..start).unwrap_or("");
    let Some(head) = head.strip_suffix(['-', '\u{2010}', '\u{2011}', '\u{2013}']) else { return false };
    let word_start =
        head.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(at, c)| at + c.len_utf8());
    head.get(word_start..).is_some_and(|word| crate::countries::gazetteer::GAZETTEER.demonyms.contains(word))
}

/// Whether the capitalised words just before (a few, maybe joined by "de", "del", "la": "Consejo
/// Empresarial", "Cámara de Comercio") open with an institution's word: the demonym is then
/// part of that institution's name.
fn institution_name_before(head: &str) -> bool {
    let mut words = head.trim_end_matches(' ').rsplit(' ');
    for _ in 0..5 {
        let Some(word) = words.next() else { return false };
        if matches!(word, "de" | "del" | "la" | "las" | "los" | "y" | "e" | "a" | "al" | "para") {
            continue;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
            return false;
        }
        if INSTITUTION_WORDS.contains(&super::gazetteer::fold(word).as_str()) {
            return true;
        }
    }
    false
}

/// Whether `start` begins a sentence, a line or a quotation.
pub(crate) fn sentence_start(text: &str, start: usize) -> bool {
    for c in text.get(..start).unwrap_or("").chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '"' | '“' | '«' | '\'' | '‘' | '(' | '¿' | '¡' | '-' | '–' | '—' | '•' | '*' => {
                continue
            }
            '.' | '!' | '?' | ':' | ';' => return true,
            _ => return false,
        }
    }
    true
}

/// Whether a capitalised word that looks like a surname follows (`given_name` guard):
/// "Chad Wolf", "Israel Vargas", "Francia Márquez". Uses the original text (capitals).
pub(crate) fn surname_follows(text: &str, end: usize) -> bool {
    let rest = after(text, end);
    let Some(word) = rest.strip_prefix(' ') else { return false };
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}

static US_STATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\bestado(?:\s+(?:estadounidense|norteamericano|federal|sureno))?\s+de|\b(?:atlanta|savannah|augusta|columbus|macon|athens|albany|valdosta|gobernador(?:a)?\s+de)\s*,?)\s*$",
    )
    .expect("static regex")
});
static US_STATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[,(]\s*(?:estados unidos|ee\.?\s?uu\b|eeuu\b|e\.?u\.?a\b|usa\b)").expect("static regex")
});

/// Whether "Georgia" here is the US state (`us_state` guard), from the folded text.
pub(crate) fn us_state(folded: &str, start: usize, end: usize) -> bool {
    US_STATE_BEFORE.is_match(before(folded, start)) || US_STATE_AFTER.is_match(after(folded, end))
}

static LANGUAGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{Alphabetic}])(?:en|al|idioma|idiomas|lengua|lenguas|habla|hablan|hablar|hablaba|hablo|domina|dominan|dominar|aprender|aprende|ensenar|estudiar|ensenanza del|aprendizaje del|clases? de|cursos? de|version(?:es)? en|traduccion (?:al|del)|traducid[oa]s? (?:al|del)|interpretacion al|interpretacion en|de habla|(?:idiomas|lenguas)\s+[a-z]+(?:\s*,\s*[a-z]+)*\s*(?:,|y|e))\s+$",
    )
    .expect("static regex")
});
static LANGUAGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+como\s+(?:primeras?\s+|segundas?\s+)?(?:lenguas?|idiomas?)\b").expect("static regex")
});

/// Whether a language-named demonym is the language here (`language` guard): "en español",
/// "traducido al inglés", "el idioma francés".
pub(crate) fn language(folded: &str, start: usize, end: usize) -> bool {
    LANGUAGE_BEFORE.is_match(before(folded, start)) || LANGUAGE_AFTER.is_match(after(folded, end))
}

static LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*[,;/]\s*|\s*,?\s+(?:y|e|o|u)\s+)$").expect("static regex"));
static CONJUNCTION_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,?\s+(?:y|e|o|u)\s+$").expect("static regex"));

/// How two neighbouring mentions are joined: not a list, a comma, or a conjunction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    None,
    Comma,
    Conjunction,
}

/// Classifies the folded text between two mentions.
pub(crate) fn list_gap(gap: &str) -> Gap {
    if gap.len() > 8 || !LIST_GAP.is_match(gap) {
        Gap::None
    } else if CONJUNCTION_GAP.is_match(gap) {
        Gap::Conjunction
    } else {
        Gap::Comma
    }
}

static ISLAND_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:isla|islas|isla caribena|archipielago|departamento de ultramar)(?:\s+(?:de|del))?(?:\s+la)?\s+$")
        .expect("static regex")
});
static STATE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:(?:gobierno|embajada|embajador|embajadora|cancilleria|canciller|primer ministro|primera ministra|mision permanente|estado caribeno|pais caribeno|nacion caribena)\s+de|(?:embajada|embajador|embajadora)\s+en|(?:estado|pais|nacion) insular de)\s+$",
    )
    .expect("static regex")
});

static CITY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:dad[oa]s?\s+en|(?:declaracion|compromiso|consenso|carta|protocolo|acta|llamado|proceso)\s+de)\s+$",
    )
    .expect("static regex")
});

/// Whether a country named like its capital stands for the city here (`city_state` guard):
/// the place of a signature formula ("Dado en Panamá") or an instrument named after the host
/// city ("Declaración de Panamá").
pub(crate) fn city_of_city_state(folded: &str, start: usize) -> bool {
    CITY_BEFORE.is_match(before(folded, start))
}

static DATELINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\.\s|,\s*(?:\d|a\s+\d|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b))")
        .expect("static regex")
});

/// Whether a city-state name opens a dateline ("Panamá, 14 de marzo de 2019", "Panamá. Delegados
/// de 194 países ..."): there it is the locality, the city.
pub(crate) fn opens_dateline(text: &str, folded: &str, start: usize, folded_end: usize) -> bool {
    let line_start =
        text.get(..start).unwrap_or("").trim_end_matches([' ', '\t']).ends_with('\n') || start == 0;
    line_start && DATELINE_AFTER.is_match(after(folded, folded_end))
}

/// Whether a capitalised first name stands right before `start` ("Lisa Monaco", "Juan Chad"):
/// a capitalised word after a lower-case word, a single space away.
pub(crate) fn first_name_before(text: &str, start: usize) -> bool {
    let head = before(text, start);
    let Some(head) = head.strip_suffix(' ') else { return false };
    let mut words = head.rsplit(' ');
    let (Some(name), Some(previous)) = (words.next(), words.next()) else { return false };
    let mut chars = name.chars();
    let title_case = matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
        && name.chars().all(char::is_alphabetic);
    let lower_before =
        previous.chars().next().is_some_and(char::is_lowercase) && previous.chars().all(char::is_alphabetic);
    title_case && lower_before && !INSTITUTION_WORDS.contains(&super::gazetteer::fold(name).as_str())
}

/// Whether a one-word country name at `span` is a surname after a given name that follows a
/// noun or verb ("el analista Ricardo Portugal", "dijo Ana Chile"), rather than the country
/// after the capitalised word of a name ("de Migración Colombia", "y Pro Ecuador", "Plan de
/// Acción México-CARICOM"): the word before the given name is no function word, and no compound
/// goes on after the country.
pub(crate) fn given_name_after_noun(text: &str, (start, end): (usize, usize)) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "de", "del", "la", "el", "los", "las", "y", "e", "o", "u", "en", "a", "al", "con", "por", "para",
        "entre",
    ];
    if !first_name_before(text, start) || after(text, end).starts_with(['-', '–']) {
        return false;
    }
    let head = before(text, start).trim_end_matches(' ');
    let previous = head.rsplit(' ').nth(1).unwrap_or("");
    !FUNCTION_WORDS.contains(&previous)
}

/// Whether one or two capitalised given names stand right before `start`, after a lower-case
/// word or a comma ("la ministra Mariana Cuba", "Previsión Social, Marta Julia España").
pub(crate) fn given_names_before(text: &str, start: usize) -> bool {
    let head = before(text, start);
    let Some(head) = head.strip_suffix(' ') else { return false };
    let title_case = |word: &str| {
        let mut chars = word.chars();
        matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
            && word.chars().all(char::is_alphabetic)
            && !INSTITUTION_WORDS.contains(&super::gazetteer::fold(word).as_str())
    };
    let opener = |word: &str| {
        word.ends_with(',')
            || word.chars().next().is_some_and(char::is_lowercase) && word.chars().all(char::is_alphabetic)
    };
    let mut words = head.rsplit(' ');
    let (Some(last), Some(previous)) = (words.next(), words.next()) else { return false };
    if !title_case(last) {
        return false;
    }
    opener(previous) || title_case(previous) && words.next().is_some_and(opener)
}

static STREET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Alphabetic}])(?:plaza|avenida|av\.|calle|paseo|parque|glorieta|barrio|colonia|villa|estadio|hotel|puente internacional)(?:\s+de(?:\s+la|\s+los)?|\s+del)?\s+$")
        .expect("static regex")
});

/// Whether a country name here names a street, a square, a building, a border bridge or a
/// town ("Plaza de España", "avenida Brasil", "Hotel Panamá", "el puente internacional de
/// Colombia", "Villa El Salvador"), from the folded text.
pub(crate) fn street_name(folded: &str, start: usize) -> bool {
    STREET_BEFORE.is_match(before(folded, start))
}

static LANGUAGE_NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{Alphabetic}])(?:lengua|lenguas|idioma|idiomas|habla)\s+$").expect("static regex")
});

/// Whether any demonym follows a language noun ("la lengua española", "de habla francesa").
pub(crate) fn after_language_noun(folded: &str, start: usize) -> bool {
    LANGUAGE_NOUN_BEFORE.is_match(before(folded, start))
}

/// Whether a cue right before `start` says a country follows. `island_only` restricts the cues
/// to islands ("isla de la Reunión").
pub(crate) fn country_cue(folded: &str, start: usize, island_only: bool) -> bool {
    let head = before(folded, start);
    ISLAND_CUE.is_match(head) || (!island_only && STATE_CUE.is_match(head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_follow_the_form() {
        let cases = [
            ("El Salvador", "El Salvador", Kind::Name, true),
            ("El Salvador", "el Salvador", Kind::Name, true),
            ("El Salvador", "EL SALVADOR", Kind::Name, true),
            ("El Salvador", "el salvador", Kind::Name, false),
            ("Chile", "chile", Kind::Name, false),
            ("México", "MÉXICO", Kind::Name, true),
            ("Guinea-Bisáu", "Guinea-bisáu", Kind::Name, false),
            ("EE.UU.", "EE.UU.", Kind::Abbreviation, true),
            ("EE.UU.", "Ee.Uu.", Kind::Abbreviation, false),
            ("USA", "usa", Kind::Abbreviation, false),
        ];
        for (form, written, kind, expected) in cases {
            assert_eq!(capitals_match(form, written, kind), expected, "{form} / {written}");
        }
    }

    #[test]
    fn list_gaps() {
        assert_eq!(list_gap(", "), Gap::Comma);
        assert_eq!(list_gap(" y "), Gap::Conjunction);
        assert_eq!(list_gap(", y "), Gap::Conjunction);
        assert_eq!(list_gap(" e "), Gap::Conjunction);
        assert_eq!(list_gap(" de "), Gap::None);
        assert_eq!(list_gap(" y la "), Gap::None);
    }
}
