//! Progress over time ("elke dag een beetje beter"): each completed attempt with its date.

use crate::answers::Answers;
use crate::date::Date;
use crate::json::{self, Value};
use crate::model::Instrument;
use crate::results_file::{self, place};
use crate::scoring::score_instrument;

/// Older attempts beyond this many are dropped, oldest first.
pub const KEEP: usize = 24;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub date: Date,
    pub answers: Answers,
}

/// Adds `answers` as an attempt if they are complete (every dimension scored) and differ from
/// the last attempt. Returns whether it was added.
pub fn record(instrument: &Instrument, history: &mut Vec<Attempt>, date: Date, answers: &Answers) -> bool {
    let complete = score_instrument(instrument, answers).dimensions.iter().all(|d| d.score().is_some());
    if !complete || history.last().is_some_and(|last| &last.answers == answers) {
        return false;
    }
    history.push(Attempt { date, answers: answers.clone() });
    if history.len() > KEEP {
        history.remove(0);
    }
    true
}

/// The attempt to compare `answers` with: the last one, unless that is these very answers, then
/// the one before it.
pub fn previous<'a>(history: &'a [Attempt], answers: &Answers) -> Option<&'a Attempt> {
    match history.split_last() {
        Some((last, earlier)) if &last.answers == answers => earlier.last(),
        Some((last, _)) => Some(last),
        None => None,
    }
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

pub fn to_json(instrument: &Instrument, history: &[Attempt]) -> String {
    let attempts = history.iter().map(|a| results_file::to_value(instrument, &a.answers, Some(a.date))).collect();
    Value::Object(vec![
        ("format".to_string(), Value::String("checklist-history".to_string())),
        ("schema".to_string(), Value::Int(results_file::SCHEMA)),
        ("attempts".to_string(), Value::Array(attempts)),
    ])
    .to_json()
}

/// The attempts in a stored history; `None` when the text cannot be read as one.
pub fn from_json(instrument: &Instrument, text: &str) -> Option<Vec<Attempt>> {
    let value = json::parse(text).ok()?;
    if value.get("format").and_then(Value::as_str) != Some("checklist-history")
        || value.get("schema").and_then(Value::as_int) != Some(results_file::SCHEMA)
    {
        return None;
    }
    let Some(Value::Array(attempts)) = value.get("attempts") else { return None };
    attempts
        .iter()
        .map(|attempt| {
            let saved = results_file::from_value(attempt).ok()?;
            let date = saved.date?;
            (saved.checklist == instrument.id).then(|| Attempt { date, answers: place(instrument, &saved).answers })
        })
        .collect()
}
