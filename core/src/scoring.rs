//! Scores, bands and the strongest and weakest dimension (rules: `../shared/CONTENT.md`).
//!
//! A dimension score is the mean of its scale answers mapped onto 0–100:
//! `(mean − lowest) / (highest − lowest) × 100`, rounded half up. "Weet ik niet" is not scored.
//! The band is chosen by the rounded score, so what the visitor reads and the band always agree.

use crate::answers::{Answer, Answers};
use crate::model::{Instrument, QuadrantReading};

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
    /// The rounded mean of the dimension scores; only when every dimension is scored.
    pub overall: Option<Score>,
    /// Highest scored dimension ("bouw hierop"); needs two scored dimensions.
    pub strongest: Option<usize>,
    /// Lowest scored dimension other than the strongest ("begin hier").
    pub weakest: Option<usize>,
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
    let dimensions: Vec<DimensionResult> =
        (0..instrument.dimensions.len()).map(|d| score_dimension(instrument, d, answers)).collect();
    let scores: Vec<(usize, u8)> =
        dimensions.iter().enumerate().filter_map(|(d, r)| r.score().map(|s| (d, s.value))).collect();

    // A reflection's axes are a position, not a grade: no overall score, no strongest or weakest.
    let is_checklist = instrument.quadrant_reading().is_none();
    let overall = (is_checklist && scores.len() == dimensions.len() && !scores.is_empty()).then(|| {
        let total: u32 = scores.iter().map(|&(_, v)| u32::from(v)).sum();
        let value = round_half_up(total, scores.len() as u32) as u8;
        Score { value, band: instrument.band_index(value) }
    });

    let (strongest, weakest) = if is_checklist && scores.len() >= 2 {
        // Ties go to the dimension that comes first in the checklist.
        let strongest = scores.iter().fold(scores[0], |best, &s| if s.1 > best.1 { s } else { best }).0;
        let weakest = scores
            .iter()
            .filter(|&&(d, _)| d != strongest)
            .fold(None, |low: Option<(usize, u8)>, &s| match low {
                Some(l) if l.1 <= s.1 => Some(l),
                _ => Some(s),
            })
            .map(|(d, _)| d);
        (Some(strongest), weakest)
    } else {
        (None, None)
    };

    Results { dimensions, overall, strongest, weakest }
}

/// Where a reflection's answers put the change on the 2×2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// First axis score, 0–100 (horizontal).
    pub first: u8,
    /// Second axis score, 0–100 (vertical).
    pub second: u8,
    /// Index into [`QuadrantReading::quadrants`].
    pub quadrant: usize,
    /// Within the centre margin on both axes: both kinds of change at once.
    pub near_centre: bool,
}

/// The position on the 2×2, once both axes have enough answers; `None` for a checklist.
/// A score of exactly 50 counts as the high half.
pub fn position(instrument: &Instrument, results: &Results) -> Option<Position> {
    let reading: &QuadrantReading = instrument.quadrant_reading()?;
    let first = results.dimensions.first()?.score()?.value;
    let second = results.dimensions.get(1)?.score()?.value;
    let quadrant =
        reading.quadrants.iter().position(|q| q.first_high == (first >= 50) && q.second_high == (second >= 50))?;
    let margin = reading.centre_margin;
    let near = |score: u8| score.abs_diff(50) <= margin;
    Some(Position { first, second, quadrant, near_centre: near(first) && near(second) })
}
