//! Holidays with a date every year: "Navidad", "Año Nuevo", "Semana Santa", "el Viernes
//! Santo", "el Día del Trabajo de 2019" (`date.holiday`). The names and their rules are data
//! (`data/dates/holidays.tsv`).

use acta_record::DateKind;

use super::{Found, Grammar};
use crate::dates::lexicon::{self, HolidayRule};
use crate::dates::value::Value;
use crate::CivilDate;

/// Words that make the name something else: "Isla de Pascua", "Año Nuevo Lunar".
const NOT_AFTER: &[&str] = &["lunar", "chino", "judio", "islamico", "andino", "aymara", "persa", "maya"];

/// Easter Sunday of `year` (anonymous Gregorian computus).
fn easter(year: i32) -> Option<CivilDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CivilDate::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// The holiday's first and last day in `year`.
fn occurrence(rule: HolidayRule, year: i32) -> Option<(CivilDate, CivilDate)> {
    let day = match rule {
        HolidayRule::Fixed(month, day) => CivilDate::new(year, month, day)?,
        HolidayRule::Easter(offset) => easter(year)?.add_days(offset)?,
        HolidayRule::EasterWeek => {
            let sunday = easter(year)?;
            return Some((sunday.add_days(-7)?, sunday));
        }
        HolidayRule::Nth(month, n, weekday) => {
            let first = CivilDate::new(year, month, 1)?;
            let offset = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
            first.add_days(offset + 7 * (i64::from(n) - 1))?
        }
    };
    Some((day, day))
}

fn as_value((first, last): (CivilDate, CivilDate)) -> Value {
    if first == last {
        Value::Day(first)
    } else {
        Value::Days(first, last)
    }
}

impl Grammar<'_, '_> {
    /// "Navidad", "la Nochebuena", "el próximo Año Nuevo", "la Semana Santa de 2018", "el Día
    /// del Padre del 2015". With a year, that year's; with "pasado/próximo", the previous or
    /// next one; bare, the one that ended at most two weeks before the anchor, else the next
    /// (a communiqué of 3 January speaks of the Año Nuevo just past, one of November of the
    /// coming Navidad).
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is_any(j, &["la", "el"]) {
            j += 1;
        }
        let mut off = None;
        if let Some((o, true, _)) = self.info(j).and_then(|w| w.relative) {
            off = Some(o);
            j += 1;
        }
        if !self.info(j).is_some_and(|w| w.holiday) {
            return None;
        }
        let list = lexicon::holidays(self.word(j)?)?;
        let holiday = list.iter().find(|h| h.rest.iter().enumerate().all(|(n, w)| self.is(j + 1 + n, w)))?;
        let mut e = j + 1 + holiday.rest.len();
        if self.is_any(e, NOT_AFTER) {
            return None;
        }
        // "Isla de Pascua", "Isla de Navidad": places; "Feliz Navidad": a greeting.
        if j == i {
            let prev = self.prev_word(i);
            if prev.is_some_and(|w| matches!(w, "feliz" | "felices" | "felicidades"))
                || (prev == Some("de") && i.checked_sub(2).is_some_and(|p| self.is(p, "isla")))
            {
                return None;
            }
        }
        // A weekday name alone ("el domingo") is the weekday rule's, not a holiday.
        let (year, relative) = if let Some((y, end)) = self.year_part(e) {
            e = end;
            (Some(y), off.is_some())
        } else if let Some((y, end)) = self.relative_year_part(e) {
            e = end;
            (Some(y), true)
        } else {
            (None, true)
        };
        let value = match year {
            Some(y) => occurrence(holiday.rule, y).map(as_value),
            None => self.anchor.and_then(|a| {
                let mut candidates =
                    (a.year() - 1..=a.year() + 1).filter_map(|y| occurrence(holiday.rule, y));
                let pick = match off {
                    Some(o) if o < 0 => candidates.rfind(|(_, last)| *last < a),
                    Some(o) if o > 0 => candidates.find(|(first, _)| *first > a),
                    _ => {
                        let all: Vec<_> = candidates.collect();
                        let recent = all
                            .iter()
                            .copied()
                            .rfind(|(_, last)| *last <= a && a.to_days() - last.to_days() <= 14);
                        recent.or_else(|| all.iter().copied().find(|(first, _)| *first >= a))
                    }
                };
                pick.map(as_value)
            }),
        };
        let kind = match holiday.rule {
            HolidayRule::EasterWeek => DateKind::Interval,
            _ => DateKind::Date,
        };
        Some(Found::new(i, e, value, kind, relative, "date.holiday"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_easter() {
        assert_eq!(easter(2017).map(|d| d.to_string()).as_deref(), Some("2017-04-16"));
        assert_eq!(easter(2018).map(|d| d.to_string()).as_deref(), Some("2018-04-01"));
        assert_eq!(easter(2024).map(|d| d.to_string()).as_deref(), Some("2024-03-31"));
        assert_eq!(easter(2000).map(|d| d.to_string()).as_deref(), Some("2000-04-23"));
    }

    #[test]
    fn nth_weekday_holidays() {
        // Third Sunday of June 2015, fourth Thursday of November 2010.
        let father = occurrence(HolidayRule::Nth(6, 3, 6), 2015).map(|d| d.0.to_string());
        assert_eq!(father.as_deref(), Some("2015-06-21"));
        let thanks = occurrence(HolidayRule::Nth(11, 4, 3), 2010).map(|d| d.0.to_string());
        assert_eq!(thanks.as_deref(), Some("2010-11-25"));
    }
}
