//! The reflection's reading rule: one reading per position, never two.
//!
//! Each axis score is read on its own: below the margin around 50 it is the low end ("blijft"),
//! above it the high end ("verandert"), and within it (inclusive) the axis is "in beweging".
//! Two clear axes give a quadrant; one axis in the margin puts the change on the border between
//! the two quadrants on either side of it; both in the margin is the centre. Four items give a
//! tendency, not a category, and the reading says so instead of picking a corner by a point.

use crate::model::{QuadrantReading, Text};

/// Where one axis score falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Low,
    /// Within the margin around 50: "in beweging".
    Middle,
    High,
}

/// `score` (0–100) on an axis with `margin` around 50: below `50 − margin` low, above
/// `50 + margin` high, otherwise the middle. A score of exactly 50 is always the middle.
pub fn side(score: u8, margin: u8) -> Side {
    if u16::from(score) + u16::from(margin) < 50 {
        Side::Low
    } else if u16::from(score) > 50 + u16::from(margin) {
        Side::High
    } else {
        Side::Middle
    }
}

/// The one reading of a position on the 2×2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeReading {
    /// Both axes clear: this quadrant (index into [`QuadrantReading::quadrants`]).
    Quadrant(usize),
    /// `axis` (0: first, 1: second) is in the margin, the other axis is clear: between the
    /// quadrant at that axis's low end (`quadrants[0]`) and the one at its high end.
    Border { axis: usize, quadrants: [usize; 2] },
    /// Both axes in the margin.
    Centre,
}

/// The quadrant with the given halves, if the content has one (the validator makes sure it does).
fn quadrant_at(reading: &QuadrantReading, first_high: bool, second_high: bool) -> Option<usize> {
    reading.quadrants.iter().position(|q| q.first_high == first_high && q.second_high == second_high)
}

/// Reads the axis scores `first` (horizontal) and `second` (vertical). `None` only when the
/// content lacks a quadrant for a corner, which the validator rejects.
pub fn read(reading: &QuadrantReading, first: u8, second: u8) -> Option<ChangeReading> {
    let margin = reading.centre_margin;
    Some(match (side(first, margin), side(second, margin)) {
        (Side::Middle, Side::Middle) => ChangeReading::Centre,
        (Side::Middle, other) => {
            let high = other == Side::High;
            ChangeReading::Border {
                axis: 0,
                quadrants: [quadrant_at(reading, false, high)?, quadrant_at(reading, true, high)?],
            }
        }
        (other, Side::Middle) => {
            let high = other == Side::High;
            ChangeReading::Border {
                axis: 1,
                quadrants: [quadrant_at(reading, high, false)?, quadrant_at(reading, high, true)?],
            }
        }
        (a, b) => ChangeReading::Quadrant(quadrant_at(reading, a == Side::High, b == Side::High)?),
    })
}

/// The checklists to do next for a reading, each once, with why: a quadrant's own checklist;
/// on a border the checklists of both neighbours; in the centre every checklist a quadrant
/// names, with the centre's reason.
pub fn next_checklists(reading: &QuadrantReading, at: ChangeReading) -> Vec<(&'static str, Text)> {
    let mut next: Vec<(&'static str, Text)> = Vec::new();
    let mut add = |checklist: &'static str, reason: Text| {
        if !next.iter().any(|(id, _)| *id == checklist) {
            next.push((checklist, reason));
        }
    };
    match at {
        ChangeReading::Quadrant(q) => {
            let quadrant = &reading.quadrants[q];
            add(quadrant.checklist, quadrant.checklist_reason);
        }
        ChangeReading::Border { quadrants, .. } => {
            for q in quadrants {
                let quadrant = &reading.quadrants[q];
                add(quadrant.checklist, quadrant.checklist_reason);
            }
        }
        ChangeReading::Centre => {
            for quadrant in reading.quadrants {
                add(quadrant.checklist, reading.centre.checklist_reason);
            }
        }
    }
    next
}

/// Everything the results view and the summaries say about one reading, in one language: the
/// screen and both downloads say the same, and only one reading's texts are ever shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingTexts {
    /// "Je verandering: Vernieuwen", "Op de grens tussen Vernieuwen en Innovatie", or the
    /// centre's name.
    pub heading: String,
    pub meaning: &'static str,
    /// On a border: the two neighbouring forms, (name, one sentence), low end first.
    pub neighbours: Vec<(&'static str, &'static str)>,
    /// A quadrant only: what it asks of the organisation, and the leadership that matters most.
    pub asks: &'static [&'static str],
    pub capacities: Option<&'static str>,
    /// 2–3 small next steps.
    pub steps: &'static [&'static str],
    /// The checklists to do next, each once: (checklist id, why).
    pub next: Vec<(&'static str, &'static str)>,
}

pub fn texts(reading: &QuadrantReading, at: ChangeReading, lang: crate::lang::Lang) -> ReadingTexts {
    let text = crate::ui_text::ui(lang);
    let next = next_checklists(reading, at).into_iter().map(|(id, why)| (id, why.get(lang))).collect();
    match at {
        ChangeReading::Quadrant(q) => {
            let quadrant = &reading.quadrants[q];
            ReadingTexts {
                heading: crate::ui_text::fill(text.your_change, &[("name", quadrant.name.get(lang))]),
                meaning: quadrant.meaning.get(lang),
                neighbours: Vec::new(),
                asks: quadrant.asks.get(lang),
                capacities: Some(quadrant.capacities.get(lang)),
                steps: quadrant.steps.get(lang),
                next,
            }
        }
        ChangeReading::Border { quadrants: [a, b], .. } => {
            let (a, b) = (&reading.quadrants[a], &reading.quadrants[b]);
            ReadingTexts {
                heading: crate::ui_text::fill(text.on_the_border, &[("a", a.name.get(lang)), ("b", b.name.get(lang))]),
                meaning: reading.border.meaning.get(lang),
                neighbours: vec![(a.name.get(lang), a.short.get(lang)), (b.name.get(lang), b.short.get(lang))],
                asks: &[],
                capacities: None,
                steps: reading.border.steps.get(lang),
                next,
            }
        }
        ChangeReading::Centre => ReadingTexts {
            heading: reading.centre.name.get(lang).to_string(),
            meaning: reading.centre.meaning.get(lang),
            neighbours: Vec::new(),
            asks: &[],
            capacities: None,
            steps: reading.centre.steps.get(lang),
            next,
        },
    }
}

/// One axis in words: "Configuratie verandert (69 van 100)", with the axis's own end labels.
pub fn axis_in_words(reading: &QuadrantReading, axis: usize, score: u8, lang: crate::lang::Lang) -> String {
    let Some(ends) = reading.axis_ends.get(axis) else { return String::new() };
    let label = match side(score, reading.centre_margin) {
        Side::Low => ends.low,
        Side::Middle => ends.middle,
        Side::High => ends.high,
    }
    .get(lang);
    let label = crate::summary::capitalised(label);
    format!("{label} ({})", crate::ui_text::ui(lang).score_out_of(score))
}
