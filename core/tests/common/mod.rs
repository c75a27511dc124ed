#![allow(dead_code)] // each test file uses a different part of these helpers
use checklist_core::answers::{Answer, Answers, Stamps};
use checklist_core::model::Instrument;
use checklist_core::source::parse_instrument;
use checklist_core::state::Snapshot;
use checklist_core::storage::{restore_answers, Restored};

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

/// What a stored answers value, written by this version, reads as. A session takes a save's
/// snapshot as what storage holds instead of reading its own text back: the two must agree.
pub fn answers_read_back(instrument: &Instrument, value: Option<&str>) -> Snapshot {
    match restore_answers(instrument, value) {
        Restored::Answers { answers, stamps: Some(stamps), updated_from: None, left_out: 0 } => {
            Snapshot::Answers(answers, stamps)
        }
        Restored::Nothing => Snapshot::Answers(Answers::new(instrument), Stamps::new(instrument)),
        other => panic!("a save that does not read back as it was: {other:?} from {value:?}"),
    }
}

/// A real content file from `content/`, as (shown name, text).
pub fn content_file(name: &str) -> (String, String) {
    let path = format!("{}/../content/{name}", env!("CARGO_MANIFEST_DIR"));
    (format!("content/{name}"), std::fs::read_to_string(path).expect("content file exists"))
}

/// All real content files, checked together as the build checks them.
pub fn all_content() -> &'static [&'static Instrument] {
    let files: Vec<(String, String)> =
        ["change.toml", "leadership-team.toml", "leadership.toml", "team.toml"].into_iter().map(content_file).collect();
    let all = checklist_core::source::parse_all(&files)
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
    all.leak()
}

/// The real shared texts (`content/site.toml`).
pub fn site() -> &'static checklist_core::model::Site {
    let (name, source) = content_file("site.toml");
    checklist_core::source::parse_site(&name, &source).expect("site.toml is valid")
}

/// A summary context with the real shared texts, without a contact link.
pub fn context(all: &'static [&'static Instrument]) -> checklist_core::summary::Context<'static> {
    checklist_core::summary::Context { all, site: site(), contact: None }
}

pub const TODAY: checklist_core::date::Date = checklist_core::date::Date { year: 2026, month: 11, day: 22 };

/// Steps a session and keeps only the next session, for tests about state alone (the effects
/// have their own tests in `effects.rs`).
pub trait Apply {
    fn apply(&self, action: checklist_core::state::Action) -> checklist_core::state::Session;
}

impl Apply for checklist_core::state::Session {
    fn apply(&self, action: checklist_core::state::Action) -> checklist_core::state::Session {
        self.clone().step(action).0
    }
}
