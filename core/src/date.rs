//! Calendar dates for file names and summaries, without a date library.

use crate::lang::Lang;

/// A calendar day, as the visitor's browser reads its local date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// `2026-11-22`: sorts well in a file name.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Reads `2026-11-22`; `None` for anything else, including impossible dates like `2026-02-31`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year: u16 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let month: u8 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let day: u8 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let valid =
            parts.next().is_none() && (1..=12).contains(&month) && day >= 1 && day <= days[usize::from(month) - 1];
        valid.then_some(Date { year, month, day })
    }

    /// `22 november 2026` or `22 November 2026`.
    pub fn long(self, lang: Lang) -> String {
        let months = match lang {
            Lang::Nl => &MONTHS_NL,
            Lang::En => &MONTHS_EN,
        };
        let month = months[usize::from(self.month.clamp(1, 12)) - 1];
        format!("{} {} {}", self.day, month, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_for_file_names_and_for_reading() {
        let date = Date { year: 2026, month: 3, day: 7 };
        assert_eq!(date.iso(), "2026-03-07");
        assert_eq!(date.long(Lang::Nl), "7 maart 2026");
        assert_eq!(date.long(Lang::En), "7 March 2026");
        assert_eq!(Date::parse_iso("2026-03-07"), Some(date));
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        for text in ["2026-02-29", "2024-13-01", "2026-1-07", "2026-03-07-1", "", "abcd-ef-gh", "2026-00-10"] {
            assert_eq!(Date::parse_iso(text), None, "{text}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some());
    }
}
