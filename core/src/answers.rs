//! A visitor's answers to one instrument.

use crate::json::Value;
use crate::model::Instrument;

/// The answer to one item. Ordered open < "weet ik niet" < the scale's values: how a merge
/// chooses between two answers stamped at the same moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
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

/// When each answer was last set, on a counter that every tab and every widget of one checklist
/// share through what they store (a Lamport clock: each change is stamped one past the highest
/// stamp this side has seen). Two stored states then merge per item by their stamps, so an
/// answer is never taken for removed merely because the other side had not seen it yet: tabs
/// hear each other's writes late (Chromium passes storage between renderer processes
/// asynchronously), and a merge against "what storage held last" lost answers that way.
/// Clearing stamps the open items too, so a start over elsewhere still clears.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamps(Vec<u32>);

impl Stamps {
    /// Nothing set yet: every item at stamp 0.
    pub fn new(instrument: &Instrument) -> Self {
        Stamps(vec![0; instrument.item_count()])
    }

    pub fn get(&self, item: usize) -> u32 {
        self.0.get(item).copied().unwrap_or(0)
    }

    /// Sets one item's stamp; an index outside the instrument is ignored.
    pub fn set(&mut self, item: usize, stamp: u32) {
        if let Some(slot) = self.0.get_mut(item) {
            *slot = stamp;
        }
    }

    /// The highest stamp seen.
    pub fn clock(&self) -> u32 {
        self.0.iter().copied().max().unwrap_or(0)
    }

    /// One item was answered here, after everything this side has seen.
    pub fn touch(&mut self, item: usize) {
        let next = self.clock().saturating_add(1);
        self.set(item, next);
    }

    /// Every item was set here at once (start over, a loaded file, a shared result taken over):
    /// open ones too, so the other side's older answers to them do not come back.
    pub fn touch_all(&mut self) {
        let next = self.clock().saturating_add(1);
        self.0.fill(next);
    }

    /// For a write by a widget that kept no stamps (an older copy of the page): what differs
    /// from `base`, the stored answers this side knew, counts as later than anything here, and
    /// the rest as older than everything. That is how such a write was merged before stamps.
    pub fn inferred(base: &Answers, theirs: &Answers, ours: &Stamps) -> Self {
        let later = ours.clock().saturating_add(1);
        Stamps((0..theirs.len()).map(|item| if theirs.get(item) != base.get(item) { later } else { 0 }).collect())
    }
}

/// A stamp (an attempt's, a team member's, a clearing's) as stored under `key`: absent
/// (written before stamps) is 0; anything but a whole number fits nothing.
pub(crate) fn stored_stamp(value: &Value, key: &str) -> Option<u32> {
    match value.get(key) {
        None => Some(0),
        Some(stamp) => stamp.as_int().and_then(|n| u32::try_from(n).ok()),
    }
}

/// Two states of the same answers, each with its stamps (one tab's and another's): per item the
/// answer with the later stamp. Equal stamps (written at the same moment in two places, or both
/// unstamped) keep a given answer over an open one, then the higher value, so both sides come
/// to the same result whichever merges first.
pub fn merge(ours: (&Answers, &Stamps), theirs: (&Answers, &Stamps)) -> (Answers, Stamps) {
    let (answers, stamps) = (0..ours.0.len())
        .map(|item| {
            let mine = (ours.1.get(item), ours.0.get(item));
            let other = (theirs.1.get(item), theirs.0.get(item));
            let (stamp, answer) = mine.max(other);
            (answer, stamp)
        })
        .unzip();
    (Answers(answers), Stamps(stamps))
}
