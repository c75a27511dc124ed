//! What the widget keeps in the browser's storage, and the rules for reading and writing it.
//!
//! Keys are namespaced and versioned: every `file://` page shares one storage in Chromium, and a
//! later widget may store differently. The rules, all decided here and tested natively with
//! [`MemoryStore`]:
//! - Storage that refuses writes is still read: saved answers come back even when it is full.
//! - A stored value the widget cannot read is never overwritten or removed unless it was first
//!   copied to a backup key; if that copy fails, the value stays where it is and nothing is
//!   written over it.
//! - A value this widget read or wrote itself is trusted afterwards, so a write does not read and
//!   parse the stored value again.

use crate::answers::{Answers, Stamps};
use crate::history::{self, History};
use crate::json::{self, Value};
use crate::model::Instrument;
use crate::results_file::{self, place, ReadError};
use crate::team::{self, Team};

pub const NAMESPACE: &str = "checklist-widget/v1";

/// The language the visitor chose, for every checklist: it wins over the page's `data-lang`.
pub const LANG_KEY: &str = "checklist-widget/v1/lang";

/// The browser's local storage as the core sees it; [`MemoryStore`] in tests.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Option<String>;
    /// `false` when the value was not stored (a full quota, blocked storage).
    fn set(&mut self, key: &str, value: &str) -> bool;
    fn remove(&mut self, key: &str);
}

/// The values the widget keeps per checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The current answers, as a results file with each item's stamp ([`answers_json`]).
    Answers,
    /// Completed attempts with their dates.
    History,
    /// A team lead's overview: the members' answers, kept until cleared.
    Team,
}

impl Slot {
    pub const ALL: [Slot; 3] = [Slot::Answers, Slot::History, Slot::Team];

    pub fn name(self) -> &'static str {
        match self {
            Slot::Answers => "answers",
            Slot::History => "history",
            Slot::Team => "team",
        }
    }

    pub fn key(self, instrument: &Instrument) -> String {
        format!("{NAMESPACE}/{}/{}", instrument.id, self.name())
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Where an unreadable stored value is kept; `stamp` makes it unique (milliseconds since 1970).
pub fn backup_key(instrument: &Instrument, slot: Slot, stamp: u64) -> String {
    format!("{NAMESPACE}/{}/backup/{}/{stamp}", instrument.id, slot.name())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Nothing stored.
    Nothing,
    /// The stored answers; `updated_from` is the version they were saved under when that is
    /// another version of the checklist (carried over item by item, see
    /// [`results_file::place`]), `left_out` counts answers that no longer count. `stamps` is
    /// `None` when the writer kept none (a widget from before stamps).
    Answers { answers: Answers, stamps: Option<Stamps>, updated_from: Option<u32>, left_out: usize },
    /// Saved by a newer version of this checklist: shown as far as this version knows its
    /// items, but never written over until the visitor chooses to continue here.
    Newer { answers: Answers, stamps: Option<Stamps> },
    /// Stored, but unreadable (damaged, another checklist, or a newer widget): back it up.
    Unreadable,
}

/// The answers slot's value: a results file (what the visitor could also download), plus when
/// each item was last set (`"stamps": {"<item id>": n}`), which tabs merge by. Items never set
/// are left out. A reader from before stamps ignores the extra member.
pub fn answers_json(instrument: &Instrument, answers: &Answers, stamps: &Stamps) -> String {
    let mut value = results_file::to_value(instrument, answers, None);
    let stamped = instrument
        .items()
        .enumerate()
        .filter(|(index, _)| stamps.get(*index) > 0)
        .map(|(index, (_, item))| (item.id.to_string(), Value::Int(i64::from(stamps.get(index)))))
        .collect();
    if let Value::Object(members) = &mut value {
        members.push(("stamps".to_string(), Value::Object(stamped)));
    }
    value.to_json()
}

/// The stamps stored with answers, by item id (ids this version does not have are skipped);
/// `None` when there are none, or they are not a map of whole numbers.
fn stamps_from(instrument: &Instrument, value: &Value) -> Option<Stamps> {
    let Some(Value::Object(entries)) = value.get("stamps") else { return None };
    let mut stamps = Stamps::new(instrument);
    for (id, stamp) in entries {
        let stamp = stamp.as_int().and_then(|n| u32::try_from(n).ok())?;
        if let Some(index) = instrument.items().position(|(_, item)| item.id == id) {
            stamps.set(index, stamp);
        }
    }
    Some(stamps)
}

pub fn restore_answers(instrument: &Instrument, stored: Option<&str>) -> Restored {
    let Some(text) = stored else { return Restored::Nothing };
    let Ok(value) = json::parse(text) else { return Restored::Unreadable };
    match results_file::from_value(&value) {
        Ok(saved) if saved.checklist == instrument.id && saved.version > instrument.version => {
            Restored::Newer { answers: place(instrument, &saved).answers, stamps: stamps_from(instrument, &value) }
        }
        Ok(saved) if saved.checklist == instrument.id => {
            let placed = place(instrument, &saved);
            Restored::Answers {
                answers: placed.answers,
                stamps: stamps_from(instrument, &value),
                updated_from: (saved.version != instrument.version).then_some(saved.version),
                left_out: placed.left_out.len(),
            }
        }
        Ok(_) | Err(ReadError::Unreadable | ReadError::NotResults | ReadError::NewerSchema) => Restored::Unreadable,
    }
}

/// What happened to a stored value that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Copied to this backup key, then removed from its slot.
    BackedUp { slot: Slot, key: String },
    /// The backup failed: the value stays in its slot, untouched, and is not written over.
    Kept { slot: Slot },
    /// A newer version's answers, readable but not this version's to rewrite, copied to this
    /// backup key before the first write.
    NewerSetAside { key: String },
}

/// A write that did not happen: the stored value is as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotStored;

/// What the widget found in storage when it started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub answers: Restored,
    pub history: History,
    pub team: Team,
    pub unreadable: Vec<Unreadable>,
}

/// Applies the storage rules for one widget's checklist. Holds only what it learned about the
/// stored values; the store itself is passed in, so the browser's and the test's are the same.
#[derive(Clone, Debug)]
pub struct Keeper {
    instrument: &'static Instrument,
    /// Whose results the team overview holds: this checklist's, or its team version's.
    team_instrument: &'static Instrument,
    /// Per slot: the stored value is one this widget read or wrote (no need to read it again).
    trusted: [bool; Slot::ALL.len()],
}

impl Keeper {
    pub fn new(instrument: &'static Instrument) -> Keeper {
        Keeper { instrument, team_instrument: instrument, trusted: [false; Slot::ALL.len()] }
    }

    /// For a checklist whose team overview holds its team version's results.
    pub fn with_team_instrument(mut self, team_instrument: &'static Instrument) -> Keeper {
        self.team_instrument = team_instrument;
        self
    }

    /// Reads the answers and the history. Unreadable values are moved to a backup key, or, if
    /// that is impossible, left untouched (and later writes will not replace them).
    pub fn load(&mut self, store: &mut dyn KeyValueStore, stamp: u64) -> Loaded {
        let instrument = self.instrument;
        let mut unreadable = Vec::new();
        let stored_answers = store.get(&Slot::Answers.key(instrument));
        let mut answers = restore_answers(instrument, stored_answers.as_deref());
        match (&answers, &stored_answers) {
            (Restored::Unreadable, Some(raw)) => {
                unreadable.push(self.set_aside(store, Slot::Answers, raw, stamp));
                answers = Restored::Nothing;
            }
            // Left as it is, untrusted: a later write sets it aside first.
            (Restored::Newer { .. }, _) => {}
            _ => self.trusted[Slot::Answers.index()] = true,
        }
        let history =
            self.load_slot(store, Slot::History, stamp, &mut unreadable, |raw| history::from_json(instrument, raw));
        let team_instrument = self.team_instrument;
        let team =
            self.load_slot(store, Slot::Team, stamp, &mut unreadable, |raw| team::from_json(team_instrument, raw));
        Loaded { answers, history, team, unreadable }
    }

    /// A slot's value, or its default when there is none or it is unreadable (then set aside).
    fn load_slot<T: Default>(
        &mut self,
        store: &mut dyn KeyValueStore,
        slot: Slot,
        stamp: u64,
        unreadable: &mut Vec<Unreadable>,
        read: impl Fn(&str) -> Option<T>,
    ) -> T {
        let Some(raw) = store.get(&slot.key(self.instrument)) else {
            self.trusted[slot.index()] = true;
            return T::default();
        };
        match read(&raw) {
            Some(value) => {
                self.trusted[slot.index()] = true;
                value
            }
            None => {
                unreadable.push(self.set_aside(store, slot, &raw, stamp));
                T::default()
            }
        }
    }

    fn set_aside(&mut self, store: &mut dyn KeyValueStore, slot: Slot, raw: &str, stamp: u64) -> Unreadable {
        let key = backup_key(self.instrument, slot, stamp);
        if store.set(&key, raw) {
            store.remove(&slot.key(self.instrument));
            self.trusted[slot.index()] = true;
            Unreadable::BackedUp { slot, key }
        } else {
            Unreadable::Kept { slot }
        }
    }

    /// Whether `text` is a value of `slot` that this widget can read (the team slot holds the
    /// team version's results, when the checklist has one).
    fn is_readable(&self, slot: Slot, text: &str) -> bool {
        match slot {
            // A newer version's answers are not this version's to rewrite: set aside first.
            Slot::Answers => {
                !matches!(restore_answers(self.instrument, Some(text)), Restored::Unreadable | Restored::Newer { .. })
            }
            Slot::History => history::from_json(self.instrument, text).is_some(),
            Slot::Team => team::from_json(self.team_instrument, text).is_some(),
        }
    }

    /// Someone else wrote `slot` (another tab, another widget): read it again before replacing it.
    pub fn distrust(&mut self, slot: Slot) {
        self.trusted[slot.index()] = false;
    }

    /// Writes `value` to `slot` (or removes it, with `None`). An unreadable value there is first
    /// copied to a backup key; `Err` when that or the write failed, and then nothing was lost:
    /// the stored value is unchanged.
    pub fn write(
        &mut self,
        store: &mut dyn KeyValueStore,
        slot: Slot,
        value: Option<&str>,
        stamp: u64,
    ) -> Result<Option<Unreadable>, NotStored> {
        let key = slot.key(self.instrument);
        let mut backed_up = None;
        if !self.trusted[slot.index()] {
            if let Some(current) = store.get(&key) {
                if !self.is_readable(slot, &current) {
                    let newer = matches!(restore_answers(self.instrument, Some(&current)), Restored::Newer { .. });
                    match self.set_aside(store, slot, &current, stamp) {
                        Unreadable::BackedUp { key, .. } if newer && slot == Slot::Answers => {
                            backed_up = Some(Unreadable::NewerSetAside { key })
                        }
                        Unreadable::Kept { .. } => return Err(NotStored),
                        found => backed_up = Some(found),
                    }
                }
            }
        }
        let written = match value {
            Some(value) => store.set(&key, value),
            None => {
                store.remove(&key);
                true
            }
        };
        if !written {
            return Err(NotStored);
        }
        self.trusted[slot.index()] = true;
        Ok(backed_up)
    }
}

/// A store in memory, for tests: `capacity` limits the total characters of keys and values, as
/// a browser's quota does; `blocked` refuses every write, as a sandboxed frame does.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub values: std::collections::BTreeMap<String, String>,
    pub capacity: Option<usize>,
    pub blocked: bool,
}

impl MemoryStore {
    fn used_without(&self, key: &str) -> usize {
        self.values.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> bool {
        let fits = self.capacity.is_none_or(|cap| self.used_without(key) + key.len() + value.len() <= cap);
        if self.blocked || !fits {
            return false;
        }
        self.values.insert(key.to_string(), value.to_string());
        true
    }

    fn remove(&mut self, key: &str) {
        if !self.blocked {
            self.values.remove(key);
        }
    }
}
