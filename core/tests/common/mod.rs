#![allow(dead_code)] // each test file uses a different part of these helpers
use checklist_core::answers::{Answer, Answers};
use checklist_core::model::Instrument;
use checklist_core::source::parse_instrument;

pub const MINI: &str = include_str!("../fixtures/mini.toml");

/// Three dimensions of four items each, scale 1–5, bands 0–39, 40–59, 60–79, 80–100.
pub fn mini() -> &'static Instrument {
    parse_instrument("mini.toml", MINI).expect("the test fixture is valid")
}

/// Answers from a compact notation per item: `1`–`5` a scale answer, `?` "weet ik niet",
/// `.` open. Spaces are ignored, so dimensions can be grouped: `"1234 ???? ...."`.
pub fn answers(instrument: &Instrument, notation: &str) -> Answers {
    let given: Vec<Answer> = notation
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '?' => Answer::Unknown,
            '.' => Answer::Open,
            digit => Answer::Scale(digit.to_digit(10).expect("1-5, ? or .") as u8),
        })
        .collect();
    assert_eq!(given.len(), instrument.item_count(), "one answer per item");
    Answers::from_slice(instrument, &given)
}
