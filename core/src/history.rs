//! Progress over time ("elke dag een beetje beter"): each completed attempt with its date.

use crate::answers::Answers;
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
}

/// Records `answers` as the attempt of `date` if they are complete (every dimension scored):
/// a correction on the same day replaces that day's attempt; answers equal to the last attempt
/// add nothing. Returns whether the history changed.
pub fn record(instrument: &Instrument, history: &mut Vec<Attempt>, date: Date, answers: &Answers) -> bool {
    let complete = score_instrument(instrument, answers).dimensions.iter().all(|d| d.score().is_some());
    if !complete || history.last().is_some_and(|last| &last.answers == answers) {
        return false;
    }
    let attempt = Attempt { date, answers: answers.clone() };
    match history.last_mut() {
        Some(last) if last.date >= date => *last = attempt,
        _ => history.push(attempt),
    }
    trim(history);
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

/// Histories changed in two places from one stored history `base`, by day: a day added or
/// changed elsewhere is taken, a day removed elsewhere (history deleted) goes unless this side
/// changed it, and a day only this side added or changed stays. Both sides' completed attempts
/// are kept.
pub fn merge(base: &[Attempt], ours: &[Attempt], theirs: &[Attempt]) -> Vec<Attempt> {
    let on = |list: &[Attempt], date: Date| list.iter().find(|a| a.date == date).cloned();
    // Sorted by insertion, not `sort()`: the standard sort would add kilobytes to the wasm.
    let mut dates: Vec<Date> = Vec::new();
    for date in ours.iter().chain(theirs).map(|a| a.date) {
        if let Err(at) = dates.binary_search(&date) {
            dates.insert(at, date);
        }
    }
    let mut merged: Vec<Attempt> = dates
        .into_iter()
        .filter_map(|date| {
            let (base, ours, theirs) = (on(base, date), on(ours, date), on(theirs, date));
            if theirs != base {
                theirs.or_else(|| ours.filter(|mine| Some(mine) != base.as_ref()))
            } else {
                ours
            }
        })
        .collect();
    trim(&mut merged);
    merged
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
    let mut history = attempts
        .iter()
        .map(|attempt| {
            let saved = results_file::from_value(attempt).ok()?;
            let date = saved.date?;
            (saved.checklist == instrument.id).then(|| Attempt { date, answers: place(instrument, &saved).answers })
        })
        .collect::<Option<Vec<_>>>()?;
    trim(&mut history);
    Some(history)
}
