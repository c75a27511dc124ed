//! What the widget keeps in the browser's storage, and how it reads it back.
//!
//! Keys are namespaced and versioned: every `file://` page shares one storage in Chromium, and a
//! later widget may store differently. Reading never loses anything: what cannot be read is
//! moved to a backup key (by the widget) before a fresh start, and the visitor is told.

use crate::answers::Answers;
use crate::model::Instrument;
use crate::results_file::{self, place, ReadError};

pub const NAMESPACE: &str = "checklist-widget/v1";

pub fn answers_key(instrument: &Instrument) -> String {
    format!("{NAMESPACE}/{}/answers", instrument.id)
}

pub fn history_key(instrument: &Instrument) -> String {
    format!("{NAMESPACE}/{}/history", instrument.id)
}

/// Where an unreadable stored value is kept; `stamp` makes it unique (milliseconds since 1970).
pub fn backup_key(instrument: &Instrument, what: &str, stamp: u64) -> String {
    format!("{NAMESPACE}/{}/backup/{what}/{stamp}", instrument.id)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Nothing stored.
    Nothing,
    /// The stored answers; `updated_from` is the version they were saved under when that is
    /// another version of the checklist (carried over item by item, see
    /// [`results_file::place`]), `left_out` counts answers that no longer count.
    Answers { answers: Answers, updated_from: Option<u32>, left_out: usize },
    /// Stored, but unreadable (damaged, another checklist, or a newer widget): back it up.
    Unreadable,
}

pub fn restore_answers(instrument: &Instrument, stored: Option<&str>) -> Restored {
    let Some(text) = stored else { return Restored::Nothing };
    match results_file::read(text) {
        Ok(saved) if saved.checklist == instrument.id => {
            let placed = place(instrument, &saved);
            Restored::Answers {
                answers: placed.answers,
                updated_from: (saved.version != instrument.version).then_some(saved.version),
                left_out: placed.left_out,
            }
        }
        Ok(_) | Err(ReadError::Unreadable | ReadError::NotResults | ReadError::NewerSchema) => Restored::Unreadable,
    }
}
