//! Calendar dates for file names and summaries, without a date library.

use crate::lang::Lang;

/// A calendar day, as the visitor's browser reads its local date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    }
}
