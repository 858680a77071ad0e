//! Calendar dates as honest types: a date that does not exist cannot be built.

use std::fmt;

/// A proleptic Gregorian calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Number of days in `month` (1-12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Gregorian leap-year rule.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl CivilDate {
    /// The date, or None when it does not exist (31 de febrero).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if parts.next().is_some() || text.len() != 10 {
            return None;
        }
        CivilDate::new(year, month, day)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Option<Self> {
        CivilDate::from_days(self.to_days() + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the last day of
    /// a shorter month (31 March + 1 month = 30 April).
    pub fn add_months(self, months: i64) -> Option<Self> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        CivilDate::new(year, month, day)
    }

    /// The Monday of this date's week (weeks run Monday to Sunday).
    pub fn week_start(self) -> Option<Self> {
        self.add_days(-i64::from(self.weekday()))
    }

    /// Day of the week, Monday = 0 ... Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert!(CivilDate::new(2021, 2, 29).is_none());
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2021, 4, 31).is_none());
        assert!(CivilDate::new(2021, 13, 1).is_none());
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let date = CivilDate::new(2021, 12, 3).unwrap();
        assert_eq!(date.add_days(29).unwrap().to_string(), "2022-01-01");
        assert_eq!(date.add_days(-14).unwrap().to_string(), "2021-11-19");
        assert_eq!(CivilDate::parse_iso("2021-12-03"), Some(date));
        // 3 December 2021 was a Friday.
        assert_eq!(date.weekday(), 4);
        assert_eq!(date.week_start().unwrap().to_string(), "2021-11-29");
    }

    #[test]
    fn month_arithmetic_clamps_to_the_month_end() {
        let date = CivilDate::new(2021, 3, 31).unwrap();
        assert_eq!(date.add_months(1).unwrap().to_string(), "2021-04-30");
        assert_eq!(date.add_months(-13).unwrap().to_string(), "2020-02-29");
        assert_eq!(date.add_months(10).unwrap().to_string(), "2022-01-31");
    }
}
