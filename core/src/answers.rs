//! A visitor's answers to one instrument.

use crate::model::Instrument;

/// The answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Answer {
    #[default]
    Open,
    /// "weet ik niet / n.v.t.": an answer, but never scored.
    Unknown,
    /// A value of the instrument's scale.
    Scale(u8),
}

impl Answer {
    pub fn is_given(self) -> bool {
        self != Answer::Open
    }
}

/// One answer per item, in [`Instrument::items`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers(Vec<Answer>);

impl Answers {
    pub fn new(instrument: &Instrument) -> Self {
        Answers(vec![Answer::Open; instrument.item_count()])
    }

    /// For tests and imports: answers in item order. Extra answers are ignored, missing ones open.
    pub fn from_slice(instrument: &Instrument, given: &[Answer]) -> Self {
        let mut answers = Self::new(instrument);
        for (slot, answer) in answers.0.iter_mut().zip(given) {
            *slot = *answer;
        }
        answers
    }

    pub fn get(&self, item: usize) -> Answer {
        self.0.get(item).copied().unwrap_or_default()
    }

    /// Sets one answer; an index outside the instrument is ignored.
    pub fn set(&mut self, item: usize, answer: Answer) {
        if let Some(slot) = self.0.get_mut(item) {
            *slot = answer;
        }
    }

    pub fn as_slice(&self) -> &[Answer] {
        &self.0
    }

    /// How many items have an answer, "weet ik niet" included.
    pub fn given_count(&self) -> usize {
        self.0.iter().filter(|a| a.is_given()).count()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn first_open(&self) -> Option<usize> {
        self.0.iter().position(|a| !a.is_given())
    }
}

/// Answers changed in two places from one stored state `base`: per item, the change made
/// elsewhere (`theirs` differs from `base`) wins over an item `ours` left as it was, and an item
/// only `ours` changed keeps our answer. When both changed one item, theirs is the later write.
pub fn merge(base: &Answers, ours: &Answers, theirs: &Answers) -> Answers {
    let merged = ours
        .0
        .iter()
        .enumerate()
        .map(|(item, &mine)| {
            let other = theirs.get(item);
            if other != base.get(item) {
                other
            } else {
                mine
            }
        })
        .collect();
    Answers(merged)
}
