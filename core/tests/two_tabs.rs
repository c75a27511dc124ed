//! Two tabs of one checklist sharing one storage, with writes and storage events in any order
//! (events arrive late, as between a browser's processes): both tabs end with the same answers
//! as storage, and no answer given in either tab is lost. Seeded, so a failure can be replayed.
mod common;

use checklist_core::answers::Answer;
use checklist_core::lang::Lang;
use checklist_core::state::{Action, Effect, Session, Snapshot};
use checklist_core::storage::Slot;
use common::{answers_read_back, mini};

/// xorshift64*: small and seeded.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

/// One tab as the widget's shell runs it: its session, and the write waiting to be made.
struct Tab {
    session: Session,
    pending: Option<(Option<String>, Snapshot)>,
    /// Storage events not yet delivered to this tab.
    unheard: usize,
}

impl Tab {
    fn take(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            if let Effect::Save { slot: Slot::Answers, value, snapshot } = effect {
                self.pending = Some((value, snapshot));
            }
        }
    }

    fn act(&mut self, action: Action) {
        let (next, effects) = self.session.clone().step(action);
        self.session = next;
        self.take(effects);
    }
}

/// Runs `steps` random steps, then lets both tabs write and hear everything; returns the tabs,
/// the stored value and every item answered anywhere.
fn run(seed: u64, steps: usize, start_over: bool) -> ([Tab; 2], Option<String>, Vec<bool>) {
    let mut rng = Rng(seed);
    let new_tab = || Tab { session: Session::new(mini(), Lang::Nl), pending: None, unheard: 0 };
    let mut tabs = [new_tab(), new_tab()];
    let mut storage: Option<String> = None;
    let mut answered = vec![false; mini().item_count()];
    // A write: storage takes the value, the other tab has one more event coming.
    let write = |tabs: &mut [Tab; 2], storage: &mut Option<String>, t: usize| {
        if let Some((value, snapshot)) = tabs[t].pending.take() {
            // The session takes the snapshot as what storage holds: it must be what the text says.
            assert_eq!(snapshot, answers_read_back(mini(), value.as_deref()), "seed {seed}");
            *storage = value;
            tabs[1 - t].unheard += 1;
            tabs[t].act(Action::Stored { snapshot, backed_up: None });
        }
    };
    // An event arrives: the shell reads what storage holds now, drops its waiting write and merges.
    let hear = |tabs: &mut [Tab; 2], storage: &Option<String>, t: usize| {
        tabs[t].unheard -= 1;
        tabs[t].pending = None;
        tabs[t].act(Action::StoredElsewhere { slot: Slot::Answers, value: storage.clone() });
    };
    for _ in 0..steps {
        let t = rng.below(2);
        match rng.below(10) {
            0..=4 => {
                let item = rng.below(mini().item_count());
                let answer = if rng.below(6) == 0 { Answer::Unknown } else { Answer::Scale(1 + rng.below(5) as u8) };
                answered[item] = true;
                tabs[t].act(Action::Answer { item, answer });
            }
            5 | 6 => write(&mut tabs, &mut storage, t),
            7 | 8 if tabs[t].unheard > 0 => hear(&mut tabs, &storage, t),
            9 if start_over && rng.below(4) == 0 => {
                answered.iter_mut().for_each(|a| *a = false);
                tabs[t].act(Action::StartOver);
            }
            _ => {}
        }
    }
    // Everything written and heard, until neither tab has anything more to say.
    for _ in 0..100 {
        for t in 0..2 {
            write(&mut tabs, &mut storage, t);
        }
        for t in 0..2 {
            while tabs[t].unheard > 0 {
                hear(&mut tabs, &storage, t);
            }
        }
        if tabs.iter().all(|tab| tab.pending.is_none() && tab.unheard == 0) {
            break;
        }
    }
    (tabs, storage, answered)
}

#[test]
fn two_tabs_end_the_same_and_lose_no_answer() {
    for seed in 1..=200u64 {
        let (tabs, storage, answered) = run(seed, 60, false);
        assert!(tabs.iter().all(|tab| tab.pending.is_none() && tab.unheard == 0), "seed {seed}: still talking");
        assert_eq!(tabs[0].session.answers, tabs[1].session.answers, "seed {seed}: the tabs differ");
        let stored = checklist_core::storage::restore_answers(mini(), storage.as_deref());
        let checklist_core::storage::Restored::Answers { answers, .. } = stored else {
            panic!("seed {seed}: nothing readable stored: {storage:?}")
        };
        assert_eq!(answers, tabs[0].session.answers, "seed {seed}: storage differs from the tabs");
        for (item, was_answered) in answered.iter().enumerate() {
            assert_eq!(
                tabs[0].session.answers.get(item).is_given(),
                *was_answered,
                "seed {seed}: item {item} answered somewhere is {:?} at the end",
                tabs[0].session.answers.get(item)
            );
        }
    }
}

#[test]
fn with_start_over_in_either_tab_the_tabs_still_end_the_same() {
    for seed in 1..=200u64 {
        let (tabs, _, _) = run(seed, 80, true);
        assert_eq!(tabs[0].session.answers, tabs[1].session.answers, "seed {seed}: the tabs differ");
        assert_eq!(tabs[0].session.stamps, tabs[1].session.stamps, "seed {seed}");
    }
}
