//! Progress over time ("elke dag een beetje beter"): each completed attempt with its date.

use crate::answers::{stored_stamp, Answers};
use crate::date::Date;
use crate::json::{self, Value};
use crate::model::Instrument;
use crate::results_file::{self, place};
use crate::scoring::score_instrument;

/// At most this many attempts are kept; the oldest go first. Corrections on one day replace
/// that day's attempt (see [`record`]), so the cap counts days, and correcting never pushes out
/// an earlier day. A stored history longer than this is trimmed the same way when read.
pub const KEEP: usize = 24;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub date: Date,
    pub answers: Answers,
    /// When it was recorded, on the clock tabs share through storage (see
    /// [`crate::answers::Stamps`]): the later of two attempts of one day wins a merge.
    pub stamp: u32,
}

/// The attempts, oldest first, and when the history was last deleted: attempts stamped before
/// `cleared` are gone, in this tab and in any tab that hears of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub attempts: Vec<Attempt>,
    pub cleared: u32,
}

impl History {
    /// The highest stamp seen.
    pub fn clock(&self) -> u32 {
        self.attempts.iter().map(|a| a.stamp).fold(self.cleared, u32::max)
    }

    /// "Geschiedenis wissen": every attempt goes, here and in other tabs that hear of it.
    pub fn delete(&mut self) {
        self.cleared = self.clock().saturating_add(1);
        self.attempts.clear();
    }
}

/// Records `answers` as the attempt of `date` if they are complete (every dimension scored):
/// a correction on the same day replaces that day's attempt; answers equal to the last attempt
/// add nothing. Returns whether the history changed.
pub fn record(instrument: &Instrument, history: &mut History, date: Date, answers: &Answers) -> bool {
    let complete = score_instrument(instrument, answers).dimensions.iter().all(|d| d.score().is_some());
    if !complete || history.attempts.last().is_some_and(|last| &last.answers == answers) {
        return false;
    }
    let attempt = Attempt { date, answers: answers.clone(), stamp: history.clock().saturating_add(1) };
    match history.attempts.last_mut() {
        Some(last) if last.date >= date => *last = attempt,
        _ => history.attempts.push(attempt),
    }
    trim(&mut history.attempts);
    true
}

fn trim(history: &mut Vec<Attempt>) {
    if history.len() > KEEP {
        history.drain(..history.len() - KEEP);
    }
}

/// The attempt to compare `answers` with: the most recent one of an earlier day than theirs.
/// Their day is the last attempt's when they are that attempt, else `today`.
pub fn previous<'a>(history: &'a [Attempt], answers: &Answers, today: Date) -> Option<&'a Attempt> {
    let current = match history.last() {
        Some(last) if &last.answers == answers => last.date,
        _ => today,
    };
    history.iter().rev().find(|attempt| attempt.date < current)
}

/// Two tabs' histories: every attempt of either that is not older than the later deletion, one
/// per day, the later-recorded where both have that day (equal stamps: the higher answers, so
/// both tabs end the same). What one side lacks is not taken as deleted: a tab may not have
/// heard of the other's attempts yet.
pub fn merge(ours: &History, theirs: &History) -> History {
    let cleared = ours.cleared.max(theirs.cleared);
    // Kept in date order by insertion, not `sort()`: the standard sort adds kilobytes to the wasm.
    let mut attempts: Vec<Attempt> = Vec::new();
    for attempt in ours.attempts.iter().chain(&theirs.attempts).filter(|a| a.stamp >= cleared) {
        match attempts.binary_search_by(|a| a.date.cmp(&attempt.date)) {
            Ok(at) => {
                let here = &attempts[at];
                if (attempt.stamp, attempt.answers.as_slice()) > (here.stamp, here.answers.as_slice()) {
                    attempts[at] = attempt.clone();
                }
            }
            Err(at) => attempts.insert(at, attempt.clone()),
        }
    }
    trim(&mut attempts);
    History { attempts, cleared }
}

/// Score change per dimension from `before` to `now`, where both are scored.
pub fn changes(instrument: &Instrument, before: &Answers, now: &Answers) -> Vec<Option<i16>> {
    let (before, now) = (score_instrument(instrument, before), score_instrument(instrument, now));
    before
        .dimensions
        .iter()
        .zip(&now.dimensions)
        .map(|(b, n)| Some(i16::from(n.score()?.value) - i16::from(b.score()?.value)))
        .collect()
}

/// The stored history: each attempt a results file with its date and stamp; `cleared` when it
/// was last deleted.
pub fn to_json(instrument: &Instrument, history: &History) -> String {
    let attempts = history.attempts.iter().map(|a| {
        let mut value = results_file::to_value(instrument, &a.answers, Some(a.date));
        if let Value::Object(members) = &mut value {
            members.push(("stamp".to_string(), Value::Int(i64::from(a.stamp))));
        }
        value
    });
    Value::Object(vec![
        ("format".to_string(), Value::String("checklist-history".to_string())),
        ("schema".to_string(), Value::Int(results_file::SCHEMA)),
        ("attempts".to_string(), Value::Array(attempts.collect())),
        ("cleared".to_string(), Value::Int(i64::from(history.cleared))),
    ])
    .to_json()
}

/// The attempts in a stored history; `None` when the text cannot be read as one.
pub fn from_json(instrument: &Instrument, text: &str) -> Option<History> {
    let value = json::parse(text).ok()?;
    if value.get("format").and_then(Value::as_str) != Some("checklist-history")
        || value.get("schema").and_then(Value::as_int) != Some(results_file::SCHEMA)
    {
        return None;
    }
    let Some(Value::Array(attempts)) = value.get("attempts") else { return None };
    let mut history = attempts
        .iter()
        .map(|attempt| {
            let saved = results_file::from_value(attempt).ok()?;
            let (date, stamp) = (saved.date?, stored_stamp(attempt, "stamp")?);
            (saved.checklist == instrument.id).then(|| Attempt {
                date,
                answers: place(instrument, &saved).answers,
                stamp,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    trim(&mut history);
    Some(History { attempts: history, cleared: stored_stamp(&value, "cleared")? })
}
