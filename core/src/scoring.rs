//! Scores, bands, the verbal anchor of a score and the strongest and weakest dimension (rules: `../shared/CONTENT.md`).
//!
//! A dimension score is the mean of its scale answers mapped onto 0–100:
//! `(mean − lowest) / (highest − lowest) × 100`, rounded half up. "Weet ik niet" is not scored.
//! The band is chosen by the rounded score, so what the visitor reads and the band always agree.

use crate::answers::{Answer, Answers};
use crate::model::{Instrument, QuadrantReading};
use crate::reading::{read, ChangeReading};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0–100.
    pub value: u8,
    /// Index into [`Instrument::bands`].
    pub band: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DimensionResult {
    Scored {
        score: Score,
        /// Items answered on the scale.
        answered: usize,
    },
    /// Fewer scale answers than the minimum share; nothing is claimed about this dimension.
    TooFewAnswers {
        answered: usize,
        needed: usize,
        /// Items of this dimension without a scale answer (open or "weet ik niet"), as indices
        /// in [`Instrument::items`] order.
        unscored_items: Vec<usize>,
    },
}

impl DimensionResult {
    pub fn score(&self) -> Option<Score> {
        match self {
            DimensionResult::Scored { score, .. } => Some(*score),
            DimensionResult::TooFewAnswers { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub dimensions: Vec<DimensionResult>,
}

/// Two dimension scores closer than this (two answer steps on four items) are not told apart:
/// with four unvalidated items a score moves 6–8 points per answer.
pub const MEANINGFUL_GAP: u8 = 13;

/// Scores at most this far apart count as tied when picking the one strongest or weakest
/// theme: about one answer on a theme of four.
pub const NEAR_TIE: u8 = 6;

/// Which theme to build on and where to start, named only when the scores say so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    /// The highest scored dimension, when it stands alone at the top and the spread is meaningful.
    pub build_on: Option<usize>,
    /// The lowest scored dimension, when it stands alone at the bottom and the spread is meaningful.
    pub start_here: Option<usize>,
    /// At least two dimensions are scored and highest and lowest are less than
    /// [`MEANINGFUL_GAP`] apart: the themes are close, none stands out.
    pub close: bool,
}

/// "Bouw hierop" and "Begin hier", never by order alone: a side is named only when the spread
/// between the highest and the lowest scored dimension is at least [`MEANINGFUL_GAP`] and no
/// other dimension is within [`NEAR_TIE`] of it. Needs two scored dimensions.
pub fn highlights(results: &Results) -> Highlights {
    let scores: Vec<(usize, u8)> =
        results.dimensions.iter().enumerate().filter_map(|(d, r)| r.score().map(|s| (d, s.value))).collect();
    let (Some(top), Some(bottom)) = (scores.iter().map(|s| s.1).max(), scores.iter().map(|s| s.1).min()) else {
        return Highlights::default();
    };
    if scores.len() < 2 {
        return Highlights::default();
    }
    if top - bottom < MEANINGFUL_GAP {
        return Highlights { build_on: None, start_here: None, close: true };
    }
    let alone = |value: u8| {
        let near: Vec<usize> = scores.iter().filter(|s| s.1.abs_diff(value) <= NEAR_TIE).map(|s| s.0).collect();
        (near.len() == 1).then(|| near[0])
    };
    Highlights { build_on: alone(top), start_here: alone(bottom), close: false }
}

/// From this many "weet ik niet" answers on, the results say so: not knowing is information too.
pub const UNKNOWN_WORTH_SAYING: usize = 3;

/// How many "weet ik niet" answers to mention, if there are enough to be worth saying.
pub fn unknown_worth_saying(answers: &Answers) -> Option<usize> {
    let count = answers.as_slice().iter().filter(|a| **a == Answer::Unknown).count();
    (count >= UNKNOWN_WORTH_SAYING).then_some(count)
}

/// The scale answer a score stands for, as an index into [`Instrument::scale`]: the value
/// nearest to the mean the score was made from ("je antwoorden liggen rond ‘vaak’").
/// Halfway between two values goes to the lower one, so the words never flatter.
pub fn anchor(instrument: &Instrument, score: u8) -> usize {
    let steps = instrument.scale.len().saturating_sub(1) as u32;
    // The nearest whole step to score × steps / 100, half rounded down.
    let twice = u32::from(score.min(100)) * steps * 2;
    let nearest = if twice <= 100 { 0 } else { (twice - 100).div_ceil(200) };
    (nearest as usize).min(steps as usize)
}

/// The smallest number of scale answers that is at least `percent` of `total` (never below one).
pub fn needed_answers(total: usize, percent: u8) -> usize {
    (total * usize::from(percent)).div_ceil(100).max(1)
}

/// `numerator / denominator`, rounded half up, for non-negative values.
fn round_half_up(numerator: u32, denominator: u32) -> u32 {
    (2 * numerator + denominator) / (2 * denominator)
}

pub fn score_dimension(instrument: &Instrument, dimension: usize, answers: &Answers) -> DimensionResult {
    let first = instrument.first_item_index(dimension);
    let count = instrument.dimensions[dimension].items.len();
    let lowest = u32::from(instrument.scale_min());
    let span = u32::from(instrument.scale_max()) - lowest;

    let mut sum_above_lowest = 0u32;
    let mut answered = 0u32;
    let mut unscored_items = Vec::new();
    for item in first..first + count {
        match answers.get(item) {
            Answer::Scale(value) => {
                sum_above_lowest += u32::from(value).saturating_sub(lowest);
                answered += 1;
            }
            Answer::Open | Answer::Unknown => unscored_items.push(item),
        }
    }

    let needed = needed_answers(count, instrument.min_answered_percent);
    if (answered as usize) < needed || span == 0 {
        return DimensionResult::TooFewAnswers { answered: answered as usize, needed, unscored_items };
    }
    let value = round_half_up(sum_above_lowest * 100, answered * span).min(100) as u8;
    DimensionResult::Scored { score: Score { value, band: instrument.band_index(value) }, answered: answered as usize }
}

pub fn score_instrument(instrument: &Instrument, answers: &Answers) -> Results {
    Results { dimensions: (0..instrument.dimensions.len()).map(|d| score_dimension(instrument, d, answers)).collect() }
}

/// Where a reflection's answers put the change on the 2×2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// First axis score, 0–100 (horizontal).
    pub first: u8,
    /// Second axis score, 0–100 (vertical).
    pub second: u8,
    /// The one reading of this position: a quadrant, a border or the centre.
    pub reading: ChangeReading,
}

/// The position on the 2×2, once both axes have enough answers; `None` for a checklist.
pub fn position(instrument: &Instrument, results: &Results) -> Option<Position> {
    let reading: &QuadrantReading = instrument.quadrant_reading()?;
    let first = results.dimensions.first()?.score()?.value;
    let second = results.dimensions.get(1)?.score()?.value;
    Some(Position { first, second, reading: read(reading, first, second)? })
}
