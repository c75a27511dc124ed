//! Property tests: everything that reads outside input never panics, whatever the input.
//!
//! Inputs are random bytes and random edits of valid inputs, from a seeded generator so that a
//! failure can be replayed. `ROBUSTNESS_CASES` sets the cases per target (default 20 000); each
//! test prints how many it ran.

mod common;

use checklist_core::answers::{Answer, Answers};
use checklist_core::json;
use checklist_core::lang::Lang;
use checklist_core::results_file;
use checklist_core::scoring::{anchor, highlights, position, score_instrument};
use checklist_core::share;
use checklist_core::source::parse_instrument;
use checklist_core::summary::Report;
use checklist_core::team::Team;
use common::{all_content, answers, content_file, context, mini};

fn cases() -> usize {
    std::env::var("ROBUSTNESS_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000)
}

/// xorshift64*: small, seeded, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Random bytes, read as text the way a browser reads a file (invalid UTF-8 replaced).
    fn noise(&mut self, max_len: usize) -> String {
        const PIECES: &[&str] = &[
            "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "d83d", "-", "0", "9", "?", ".", "<", ">", "ckl=", "é",
            "\u{0}",
        ];
        let len = self.below(max_len);
        let mut bytes = Vec::new();
        for _ in 0..len {
            if self.below(3) == 0 {
                bytes.extend_from_slice(PIECES[self.below(PIECES.len())].as_bytes());
            } else {
                bytes.push(self.next() as u8);
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// `text` with a few random edits: characters deleted, repeated, replaced, lines swapped.
    fn mutate(&mut self, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..1 + self.below(4) {
            if chars.is_empty() {
                break;
            }
            let at = self.below(chars.len());
            match self.below(5) {
                0 => {
                    chars.remove(at);
                }
                1 => {
                    let end = (at + self.below(40)).min(chars.len());
                    let copy: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, copy);
                }
                2 => chars[at] = char::from_u32(self.below(0x3000) as u32).unwrap_or('x'),
                3 => chars[at] = ['"', '{', '}', '[', ']', ',', '=', '\n', '#', '-', '9', '?'][self.below(12)],
                _ => {
                    let end = (at + self.below(200)).min(chars.len());
                    chars.drain(at..end);
                }
            }
        }
        chars.into_iter().collect()
    }
}

#[test]
fn the_json_reader_never_panics_and_round_trips_what_it_accepts() {
    let mut rng = Rng(0x5eed_0001);
    let valid = results_file::to_json(mini(), &answers(mini(), "1234 5?.. 3333"), None);
    let mut accepted = 0;
    for i in 0..cases() {
        let input = if i % 2 == 0 { rng.noise(80) } else { rng.mutate(&valid) };
        if let Ok(value) = json::parse(&input) {
            accepted += 1;
            assert_eq!(json::parse(&value.to_json()), Ok(value), "round trip of {input:?}");
        }
    }
    println!("json: {} cases, {accepted} accepted", cases());
}

#[test]
fn reading_results_files_and_team_files_never_panics() {
    let mut rng = Rng(0x5eed_0002);
    let mini = mini();
    let json = results_file::to_json(mini, &answers(mini, "1234 5?.. 3333"), None);
    let given = answers(mini, "5555 4444 ?321");
    let html =
        Report::new(mini, &given, &score_instrument(mini, &given), Lang::En, common::TODAY, &context(&[])).to_html();
    let mut team = Team::default();
    for i in 0..cases() {
        let input = match i % 3 {
            0 => rng.noise(120),
            1 => rng.mutate(&json),
            _ => rng.mutate(&html),
        };
        if let Ok(saved) = results_file::read(&input) {
            let placed = results_file::place(mini, &saved);
            assert_eq!(placed.answers.len(), mini.item_count());
        }
        if i % 50 == 0 {
            team = Team::default();
        }
        team.add_file(mini, "f", &input);
    }
    println!("results files: {} cases", cases());
}

#[test]
fn decoding_share_links_never_panics_and_round_trips() {
    let mut rng = Rng(0x5eed_0003);
    let team = all_content().iter().copied().find(|i| i.id == "team").unwrap();
    let valid = share::encode(team, &Answers::new(team));
    for i in 0..cases() {
        let input = if i % 2 == 0 { format!("#ckl=team.1.{}", rng.noise(30)) } else { rng.mutate(&valid) };
        if let Ok(answers) = share::decode(team, &input) {
            assert_eq!(share::decode(team, &share::encode(team, &answers)), Ok(answers));
        }
    }
    println!("share links: {} cases", cases());
}

#[test]
fn scoring_any_answers_never_panics_and_stays_within_0_to_100() {
    let mut rng = Rng(0x5eed_0004);
    for instrument in all_content().iter().copied() {
        for _ in 0..cases() / 4 {
            let given: Vec<Answer> = (0..instrument.item_count() + rng.below(3))
                .map(|_| match rng.below(8) {
                    0 => Answer::Open,
                    1 => Answer::Unknown,
                    2 => Answer::Scale(rng.next() as u8),
                    _ => Answer::Scale(1 + rng.below(5) as u8),
                })
                .collect();
            let answers = Answers::from_slice(instrument, &given);
            let results = score_instrument(instrument, &answers);
            for score in results.dimensions.iter().filter_map(|d| d.score()) {
                assert!(score.value <= 100 && score.band < instrument.bands.len().max(1));
                assert!(anchor(instrument, score.value) < instrument.scale.len());
            }
            let picked = highlights(&results);
            assert!(picked.build_on.is_none() || picked.build_on != picked.start_here);
            if let (Some(reading), Some(at)) = (instrument.quadrant_reading(), position(instrument, &results)) {
                let _ = checklist_core::reading::texts(reading, at.reading, checklist_core::lang::Lang::Nl);
            }
        }
    }
    println!("scoring: {} cases", cases() / 4 * all_content().len());
}

#[test]
fn validating_damaged_content_files_never_panics() {
    let mut rng = Rng(0x5eed_0005);
    let files: Vec<(String, String)> = ["team.toml", "change.toml"].into_iter().map(content_file).collect();
    let runs = cases() / 10;
    let mut rejected = 0;
    for i in 0..runs {
        let (name, source) = &files[i % files.len()];
        let damaged = rng.mutate(source);
        if parse_instrument(name, &damaged).is_err() {
            rejected += 1;
        }
    }
    println!("content validation: {runs} cases, {rejected} rejected");
}
