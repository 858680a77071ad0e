//! The Spanish date vocabulary, read once from `data/dates/*.tsv` (HeidelTime-style resource
//! files: the language knowledge is data, the grammar is code).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::fnv::FnvBuild;

type FastMap<K, V> = HashMap<K, V, FnvBuild>;

/// What a time unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Hours.
    Hour,
    /// Minutes.
    Minute,
    /// Seconds.
    Second,
}

/// A time unit: `amount` of `kind` ("trimestre" = 3 months).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// How many base units one of these is.
    pub amount: u32,
    /// The base unit.
    pub kind: UnitKind,
}

/// The part of a period a word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// principios, inicios, comienzos.
    Start,
    /// mediados.
    Mid,
    /// finales, fines.
    End,
}

/// Where an age word stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeCue {
    /// A noun before "de N años".
    BeforeDe,
    /// A verb or noun directly before the number.
    Verb,
}

/// Everything the lexicon knows about one folded word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Month number and whether the form is an abbreviation.
    pub month: Option<(u8, bool)>,
    /// Day of the week, Monday = 0.
    pub weekday: Option<u8>,
    /// Cardinal value.
    pub number: Option<u32>,
    /// Ordinal value.
    pub ordinal: Option<u32>,
    /// Time unit.
    pub unit: Option<Unit>,
    /// Season: first and last month.
    pub season: Option<(u8, u8)>,
    /// Part of a period.
    pub part: Option<Part>,
    /// Deictic offset and whether it may stand before / after the noun.
    pub relative: Option<(i32, bool, bool)>,
    /// Age cue.
    pub age: Option<AgeCue>,
    /// The word opens a holiday name ("navidad", "dia" of "día del trabajo").
    pub holiday: bool,
}

const MONTHS: &str = include_str!("../../data/dates/months.tsv");
const WEEKDAYS: &str = include_str!("../../data/dates/weekdays.tsv");
const NUMBERS: &str = include_str!("../../data/dates/numbers.tsv");
const ORDINALS: &str = include_str!("../../data/dates/ordinals.tsv");
const UNITS: &str = include_str!("../../data/dates/units.tsv");
const SEASONS: &str = include_str!("../../data/dates/seasons.tsv");
const PARTS: &str = include_str!("../../data/dates/parts.tsv");
const RELATIVE: &str = include_str!("../../data/dates/relative.tsv");
const AGES: &str = include_str!("../../data/dates/ages.tsv");
const HOLIDAYS: &str = include_str!("../../data/dates/holidays.tsv");
const IDENTIFIER_HEADS: &str = include_str!("../../data/dates/identifier_heads.txt");

/// How a holiday's date follows from the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// The same month and day every year.
    Fixed(u8, u8),
    /// Days from Easter Sunday.
    Easter(i64),
    /// Palm Sunday to Easter Sunday.
    EasterWeek,
    /// The N-th weekday (Monday = 0) of a month: (month, n, weekday).
    Nth(u8, u8, u8),
}

/// A holiday name: its words after the first one, and its rule.
#[derive(Debug, Clone)]
pub struct Holiday {
    /// The words after the first, folded.
    pub rest: Vec<&'static str>,
    /// How the date follows from the year.
    pub rule: HolidayRule,
}

static HOLIDAY_TABLE: LazyLock<FastMap<&'static str, Vec<Holiday>>> = LazyLock::new(build_holidays);

static IDENTIFIER_HEAD_SET: LazyLock<FastMap<&'static str, ()>> = LazyLock::new(|| {
    IDENTIFIER_HEADS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| (l, ()))
        .collect()
});

/// Whether `word` (folded) names what a number after it identifies ("ley", "expediente").
pub fn is_identifier_head(word: &str) -> bool {
    IDENTIFIER_HEAD_SET.contains_key(word)
}

/// Holiday names opening with `first` (folded), longest first.
pub fn holidays(first: &str) -> Option<&'static [Holiday]> {
    HOLIDAY_TABLE.get(first).map(Vec::as_slice)
}

fn build_holidays() -> FastMap<&'static str, Vec<Holiday>> {
    let mut map: FastMap<&'static str, Vec<Holiday>> = FastMap::default();
    for row in rows(HOLIDAYS) {
        let mut words = row.first().copied().unwrap_or_default().split(' ');
        let Some(first) = words.next().filter(|w| !w.is_empty()) else {
            continue;
        };
        let args: Vec<u8> = row
            .get(2)
            .copied()
            .unwrap_or_default()
            .split([' ', '-'])
            .filter_map(|a| a.parse().ok())
            .collect();
        let rule = match (row.get(1).copied().unwrap_or_default(), args.as_slice()) {
            ("fixed", [m, d]) => HolidayRule::Fixed(*m, *d),
            ("easter", _) => {
                HolidayRule::Easter(row.get(2).and_then(|a| a.trim().parse::<i64>().ok()).unwrap_or_default())
            }
            ("easter_week", _) => HolidayRule::EasterWeek,
            ("nth", [m, n, w]) => HolidayRule::Nth(*m, *n, *w),
            _ => continue,
        };
        map.entry(first).or_default().push(Holiday { rest: words.collect(), rule });
    }
    for list in map.values_mut() {
        list.sort_by_key(|h| std::cmp::Reverse(h.rest.len()));
    }
    map
}

/// Longest word of the lexicon, in bytes: longer words are not looked up.
pub const MAX_WORD_LEN: usize = 14;

static LEXICON: LazyLock<FastMap<&'static str, WordInfo>> = LazyLock::new(build);

/// The lexicon entry of a folded word.
pub fn lookup(word: &str) -> Option<&'static WordInfo> {
    if word.len() > MAX_WORD_LEN {
        return None;
    }
    LEXICON.get(word)
}

/// Data lines split on tabs, comments and blank lines skipped.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

fn build() -> FastMap<&'static str, WordInfo> {
    let mut map: FastMap<&'static str, WordInfo> = FastMap::default();
    let num = |s: Option<&&str>| s.and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    for row in rows(MONTHS) {
        let entry = map.entry(row.first().copied().unwrap_or_default()).or_default();
        entry.month = Some((num(row.get(1)) as u8, row.get(2) == Some(&"abbr")));
    }
    for row in rows(WEEKDAYS) {
        map.entry(row.first().copied().unwrap_or_default()).or_default().weekday =
            Some(num(row.get(1)) as u8);
    }
    for row in rows(NUMBERS) {
        map.entry(row.first().copied().unwrap_or_default()).or_default().number =
            Some(num(row.get(1)) as u32);
    }
    for row in rows(ORDINALS) {
        map.entry(row.first().copied().unwrap_or_default()).or_default().ordinal =
            Some(num(row.get(1)) as u32);
    }
    for row in rows(UNITS) {
        let kind = match row.get(2).copied().unwrap_or_default() {
            "D" => UnitKind::Day,
            "W" => UnitKind::Week,
            "M" => UnitKind::Month,
            "Y" => UnitKind::Year,
            "H" => UnitKind::Hour,
            "MIN" => UnitKind::Minute,
            _ => UnitKind::Second,
        };
        let unit = Unit { amount: num(row.get(1)) as u32, kind };
        map.entry(row.first().copied().unwrap_or_default()).or_default().unit = Some(unit);
    }
    for row in rows(SEASONS) {
        let season = (num(row.get(1)) as u8, num(row.get(2)) as u8);
        map.entry(row.first().copied().unwrap_or_default()).or_default().season = Some(season);
    }
    for row in rows(PARTS) {
        let part = match row.get(1).copied().unwrap_or_default() {
            "start" => Part::Start,
            "mid" => Part::Mid,
            _ => Part::End,
        };
        map.entry(row.first().copied().unwrap_or_default()).or_default().part = Some(part);
    }
    for row in rows(RELATIVE) {
        let place = row.get(2).copied().unwrap_or_default();
        let rel = (num(row.get(1)) as i32, place != "post", place != "pre");
        map.entry(row.first().copied().unwrap_or_default()).or_default().relative = Some(rel);
    }
    for row in rows(AGES) {
        let cue = if row.get(1) == Some(&"verb") { AgeCue::Verb } else { AgeCue::BeforeDe };
        let entry = map.entry(row.first().copied().unwrap_or_default()).or_default();
        // A word may be both ("edad"); the verb cue is the stronger one.
        if entry.age != Some(AgeCue::Verb) {
            entry.age = Some(cue);
        }
    }
    for row in rows(HOLIDAYS) {
        if let Some(first) = row.first().and_then(|p| p.split(' ').next()).filter(|w| !w.is_empty()) {
            map.entry(first).or_default().holiday = true;
        }
    }
    map.remove("");
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_table() {
        assert_eq!(lookup("diciembre").and_then(|w| w.month), Some((12, false)));
        assert_eq!(lookup("dic").and_then(|w| w.month), Some((12, true)));
        assert_eq!(lookup("miercoles").and_then(|w| w.weekday), Some(2));
        assert_eq!(lookup("veintinueve").and_then(|w| w.number), Some(29));
        assert_eq!(lookup("tercer").and_then(|w| w.ordinal), Some(3));
        assert_eq!(lookup("trimestre").and_then(|w| w.unit), Some(Unit { amount: 3, kind: UnitKind::Month }));
        assert_eq!(lookup("invierno").and_then(|w| w.season), Some((12, 3)));
        assert_eq!(lookup("mediados").and_then(|w| w.part), Some(Part::Mid));
        assert_eq!(lookup("pasado").and_then(|w| w.relative), Some((-1, true, true)));
        assert_eq!(lookup("edad").and_then(|w| w.age), Some(AgeCue::Verb));
        assert!(LEXICON.keys().all(|k| k.len() <= MAX_WORD_LEN));
    }
}
