//! Resolved date values and their ISO 8601 form (SPEC.md's value conventions).

use std::fmt;

use acta_record::DateKind;

use crate::CivilDate;

/// A year and a month (1-12).
pub type YearMonth = (i32, u8);

/// A resolved temporal value at the grain the text writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A day: `2021-12-03`.
    Day(CivilDate),
    /// A month: `2021-12`.
    Month(YearMonth),
    /// A year: `2021`.
    Year(i32),
    /// Days, ends inclusive: `2021-12-01/2021-12-03`.
    Days(CivilDate, CivilDate),
    /// Months, ends inclusive: `2024-06/2024-09`.
    Months(YearMonth, YearMonth),
    /// Years, ends inclusive: `2022/2024`.
    Years(i32, i32),
    /// A duration: `P2D`, `PT48H`.
    Duration(String),
    /// A day with a clock time: `2021-12-03T10:00`.
    DateTime(CivilDate, u8, u8),
}

impl Value {
    /// The record kind of this value.
    pub fn kind(&self) -> DateKind {
        match self {
            Value::Day(_) => DateKind::Date,
            Value::Month(_) => DateKind::Month,
            Value::Year(_) => DateKind::Year,
            Value::Days(..) | Value::Months(..) | Value::Years(..) => DateKind::Interval,
            Value::Duration(_) => DateKind::Duration,
            Value::DateTime(..) => DateKind::Datetime,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Day(d) => write!(f, "{d}"),
            Value::Month((y, m)) => write!(f, "{y:04}-{m:02}"),
            Value::Year(y) => write!(f, "{y:04}"),
            Value::Days(a, b) => write!(f, "{a}/{b}"),
            Value::Months((ya, ma), (yb, mb)) => write!(f, "{ya:04}-{ma:02}/{yb:04}-{mb:02}"),
            Value::Years(a, b) => write!(f, "{a:04}/{b:04}"),
            Value::Duration(d) => f.write_str(d),
            Value::DateTime(d, h, m) => write!(f, "{d}T{h:02}:{m:02}"),
        }
    }
}

/// Month arithmetic on (year, month).
pub fn shift_month((year, month): YearMonth, by: i64) -> Option<YearMonth> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + by;
    Some((i32::try_from(index.div_euclid(12)).ok()?, u8::try_from(index.rem_euclid(12) + 1).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_at_the_written_grain() {
        let d = CivilDate::new(2021, 12, 3).unwrap();
        let e = CivilDate::new(2021, 12, 5).unwrap();
        assert_eq!(Value::Day(d).to_string(), "2021-12-03");
        assert_eq!(Value::Month((2021, 3)).to_string(), "2021-03");
        assert_eq!(Value::Year(2021).to_string(), "2021");
        assert_eq!(Value::Days(d, e).to_string(), "2021-12-03/2021-12-05");
        assert_eq!(Value::Months((2024, 6), (2024, 9)).to_string(), "2024-06/2024-09");
        assert_eq!(Value::Years(2022, 2024).to_string(), "2022/2024");
        assert_eq!(Value::DateTime(d, 10, 0).to_string(), "2021-12-03T10:00");
        assert_eq!(shift_month((2021, 12), 1), Some((2022, 1)));
        assert_eq!(shift_month((2021, 1), -1), Some((2020, 12)));
    }
}
