//! What the widget does for each action (the step function's effects), and the storage rules,
//! with a store in memory standing in for the browser's local storage.
mod common;

use checklist_core::answers::{Answer, Answers, Stamps};
use checklist_core::date::Date;
use checklist_core::history;
use checklist_core::lang::Lang;
use checklist_core::results_file;
use checklist_core::state::{Action, DownloadKind, Effect, Focus, Notice, Session, Snapshot, View};
use checklist_core::storage::{
    self, backup_key, Keeper, KeyValueStore, MemoryStore, NotStored, Restored, Slot, Unreadable,
};
use checklist_core::team;
use common::{answers, answers_read_back, mini, Apply};

const DAY1: Date = Date { year: 2026, month: 2, day: 1 };
const DAY2: Date = Date { year: 2026, month: 3, day: 1 };

fn saves(effects: &[Effect]) -> Vec<(Slot, bool)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Save { slot, value, .. } => Some((*slot, value.is_some())),
            _ => None,
        })
        .collect()
}

#[test]
fn an_answer_saves_the_answers_and_moves_no_focus() {
    let (session, effects) = Session::new(mini(), Lang::Nl).step(Action::Answer { item: 2, answer: Answer::Scale(4) });
    assert_eq!(saves(&effects), vec![(Slot::Answers, true)]);
    assert_eq!(effects.len(), 1, "no focus move while answering: {effects:?}");
    let Effect::Save { value: Some(json), .. } = &effects[0] else { unreachable!() };
    let saved = results_file::read(json).expect("the saved value is a results file");
    assert_eq!(results_file::place(mini(), &saved).answers, session.answers);

    // The same answer again: nothing to do, and the session is unchanged (no re-render).
    let (again, effects) = session.clone().step(Action::Answer { item: 2, answer: Answer::Scale(4) });
    assert_eq!((again, effects), (session, vec![]));
}

#[test]
fn views_change_with_the_focus_on_their_heading() {
    let given = answers(mini(), "3333 3333 3333");
    let mut session = Session::new(mini(), Lang::Nl);
    for (item, answer) in given.as_slice().iter().enumerate() {
        session = session.apply(Action::Answer { item, answer: *answer });
    }
    let (session, effects) = session.step(Action::ShowResults { today: DAY1 });
    assert_eq!(session.view, View::Results);
    assert_eq!(saves(&effects), vec![(Slot::History, true)], "a completed attempt is kept");
    assert!(effects.contains(&Effect::Focus(Focus::Heading)));
    for action in [Action::BackToQuestions, Action::OpenTeam, Action::CloseTeam, Action::ClearTeam] {
        let (_, effects) = session.clone().step(action.clone());
        assert_eq!(effects, vec![Effect::Focus(Focus::Heading)], "{action:?}");
    }
    let (cleared, effects) = session.step(Action::StartOver);
    assert_eq!(cleared.answers.given_count(), 0);
    assert_eq!(effects, vec![saves_answers(&cleared), Effect::Focus(Focus::Heading)]);
    // Stored as cleared, not removed (a tab that has not heard of it must not bring answers
    // back), and with no answer left in it.
    let Effect::Save { value: Some(json), .. } = &effects[0] else { unreachable!() };
    assert!(matches!(storage::restore_answers(mini(), Some(json)),
        Restored::Answers { ref answers, .. } if answers.given_count() == 0));
}

#[test]
fn a_shared_result_taken_over_is_saved_and_the_link_is_cleared() {
    let theirs = answers(mini(), "5555 5555 5555");
    let session = Session::new(mini(), Lang::Nl)
        .apply(Action::Answer { item: 0, answer: Answer::Scale(1) })
        .restore(None, Some(Ok(theirs.clone())));
    let session = Session { notices: vec![Notice::Resumed(1, 12)], ..session };
    let (taken, effects) = session.clone().step(Action::TakeOverShared);
    assert_eq!(taken.answers, theirs);
    assert_eq!(taken.view, View::Results);
    assert!(!taken.notices.contains(&Notice::Resumed(1, 12)), "'welcome back' spoke of the replaced answers");
    assert_eq!(saves(&effects), vec![(Slot::Answers, true)]);
    assert!(effects.contains(&Effect::ClearFragment) && effects.contains(&Effect::Focus(Focus::Heading)));

    let (closed, effects) = session.step(Action::CloseShared);
    assert_eq!((closed.view, closed.answers.get(0)), (View::Questions, Answer::Scale(1)));
    assert_eq!(effects, vec![Effect::ClearFragment, Effect::Focus(Focus::Heading)]);
}

#[test]
fn downloads_are_named_by_checklist_and_date_and_a_failure_is_shown() {
    let session = Session::new(mini(), Lang::Nl).apply(Action::Answer { item: 0, answer: Answer::Scale(5) });
    let expected = [
        (DownloadKind::Html, "checklist-mini-2026-02-01.html", "<!DOCTYPE html>"),
        (DownloadKind::Markdown, "checklist-mini-2026-02-01.md", "# "),
        (DownloadKind::ResultsFile, "checklist-mini-2026-02-01.json", "{\"format\":\"checklist-results\""),
        (DownloadKind::TeamHtml, "teamoverzicht-mini-2026-02-01.html", "<!DOCTYPE html>"),
        (DownloadKind::TeamMarkdown, "teamoverzicht-mini-2026-02-01.md", "# "),
    ];
    for (kind, name, start) in expected {
        let (_, effects) = session.clone().step(Action::Download { kind, today: DAY1 });
        let [Effect::Download { file_name, contents, .. }] = effects.as_slice() else { panic!("{effects:?}") };
        assert_eq!(file_name, name);
        assert!(contents.starts_with(start), "{name}: {}", &contents[..40.min(contents.len())]);
    }
    let failed = session.apply(Action::DownloadFailed);
    assert!(failed.download_failed);
    assert!(!failed.apply(Action::Download { kind: DownloadKind::Html, today: DAY1 }).download_failed);
}

#[test]
fn copying_the_share_link_copies_the_page_address_with_the_answers() {
    let session = Session::new(mini(), Lang::Nl).apply(Action::Answer { item: 0, answer: Answer::Scale(2) });
    let (session, effects) = session.step(Action::CopyShareLink { page: "https://example.nl/x".into(), hosted: None });
    assert_eq!(effects, vec![Effect::CopyText("https://example.nl/x#ckl=mini.1.2-----------".into())]);
    let session = session.apply(Action::Copied(false));
    assert_eq!(session.copied, Some(false));
    assert_eq!(session.apply(Action::Answer { item: 1, answer: Answer::Scale(2) }).copied, None);
}

#[test]
fn an_import_moves_the_focus_to_the_notice_that_says_what_happened() {
    let file = results_file::to_json(mini(), &answers(mini(), "1111 2222 3333"), None);
    let (session, effects) = Session::new(mini(), Lang::Nl).step(Action::Import("a.json".into(), file));
    assert_eq!(session.notices, vec![Notice::Imported("a.json".into(), vec![])]);
    assert_eq!(effects, vec![saves_answers(&session), Effect::Focus(Focus::Notices)]);
    let (session, effects) = session.step(Action::Import("b.json".into(), "{".into()));
    assert_eq!(session.notices.len(), 1, "the failure replaces the earlier import's notice");
    assert_eq!(effects, vec![Effect::Focus(Focus::Notices)], "a bad file saves nothing");
}

fn saves_answers(session: &Session) -> Effect {
    Effect::Save {
        slot: Slot::Answers,
        value: Some(storage::answers_json(mini(), &session.answers, &session.stamps)),
        snapshot: Snapshot::Answers(session.answers.clone(), session.stamps.clone()),
    }
}

/// What a stored answers slot holds when nothing was ever answered.
fn nothing_saved() -> Snapshot {
    Snapshot::Answers(Answers::new(mini()), Stamps::new(mini()))
}

/// What `value`, once in `slot`, reads as: the session takes a save's snapshot for this instead
/// of reading its own text back.
fn read_back(slot: Slot, value: Option<&str>) -> Snapshot {
    match slot {
        Slot::Answers => answers_read_back(mini(), value),
        Slot::History => {
            Snapshot::History(value.map(|text| history::from_json(mini(), text).unwrap()).unwrap_or_default())
        }
        Slot::Team => Snapshot::Team(value.map(|text| team::from_json(mini(), text).unwrap()).unwrap_or_default()),
    }
}

#[test]
fn every_save_hands_back_what_its_text_reads_as() {
    let member = results_file::to_json(mini(), &answers(mini(), "5555 3333 1111"), None);
    let actions = [
        Action::Answer { item: 2, answer: Answer::Scale(4) },
        Action::Answer { item: 0, answer: Answer::Unknown },
        Action::ShowResults { today: DAY1 },
        Action::BackToQuestions,
        Action::Answer { item: 2, answer: Answer::Scale(1) },
        Action::ShowResults { today: DAY1 },
        Action::ShowResults { today: DAY2 },
        // A file that cannot count leaves a note, which is never stored.
        Action::AddTeamFiles(vec![("a.json".into(), member), ("kapot.json".into(), "{".into())]),
        Action::ClearTeam,
        Action::DeleteHistory,
        Action::StartOver,
    ];
    let mut session = Session::new(mini(), Lang::Nl);
    let mut slots_saved = Vec::new();
    for action in actions {
        let (next, effects) = session.step(action);
        session = next;
        for effect in effects {
            if let Effect::Save { slot, value, snapshot } = effect {
                assert_eq!(snapshot, read_back(slot, value.as_deref()), "{slot:?}: {value:?}");
                slots_saved.push(slot);
                session = session.apply(Action::Stored { snapshot, backed_up: None });
            }
        }
    }
    for slot in [Slot::Answers, Slot::History, Slot::Team] {
        assert!(slots_saved.contains(&slot), "{slot:?} was saved at least once");
    }
    // Cleared and deleted are stored as such (stamped), not as nothing.
    assert!(session.stored_history.clock() > 0 && session.stored_team.clock() > 0);
}

#[test]
fn a_failed_save_shows_a_notice_that_goes_when_saving_works_again() {
    let session = Session::new(mini(), Lang::Nl);
    let failed = session.apply(Action::after_write(nothing_saved(), Err(NotStored)));
    assert_eq!(failed.notices, vec![Notice::NotSaved]);
    let twice = failed.apply(Action::NotStored);
    assert_eq!(twice.notices, vec![Notice::NotSaved], "said once");
    let works = twice.apply(Action::after_write(nothing_saved(), Ok(None)));
    assert!(works.notices.is_empty());
    assert!(Notice::NotSaved.text(Lang::Nl).contains("nu niet"), "it says 'right now', not 'never'");
}

#[test]
fn a_save_that_worked_changes_nothing_on_screen_and_a_failed_one_does() {
    let answered = Session::new(mini(), Lang::Nl).apply(Action::Answer { item: 2, answer: Answer::Scale(4) });
    let saved = written(answered.clone());
    assert_ne!(saved, answered, "what storage holds is recorded");
    assert!(saved.shows_same_as(&answered), "but nothing on screen changes: the widget need not render again");
    let failed = answered.clone().apply(Action::NotStored);
    assert!(!failed.shows_same_as(&answered), "a failed save shows a notice");
    let changed = answered.clone().apply(Action::Answer { item: 2, answer: Answer::Scale(5) });
    assert!(!changed.shows_same_as(&answered), "another answer shows");
}

// --- The storage rules, with a store in memory. ---

fn keeper() -> Keeper {
    Keeper::new(mini())
}

#[test]
fn a_full_store_is_still_read() {
    let given = answers(mini(), "12?4 .... ....");
    let mut store = MemoryStore::default();
    store.set(&Slot::Answers.key(mini()), &results_file::to_json(mini(), &given, None));
    store.capacity = Some(0);
    assert!(!store.set("probe", "1"), "full");
    let loaded = keeper().load(&mut store, 1);
    assert!(matches!(loaded.answers, Restored::Answers { ref answers, .. } if *answers == given));
    assert!(loaded.unreadable.is_empty());
    let session = Session::new(mini(), Lang::Nl).restore(Some(loaded), None);
    assert_eq!(session.notices, vec![Notice::Resumed(4, 12)], "weet ik niet counts as given");
}

#[test]
fn an_unreadable_value_is_backed_up_and_the_notice_names_the_key() {
    let mut store = MemoryStore::default();
    let answers_key = Slot::Answers.key(mini());
    store.set(&answers_key, "{damaged");
    let mut keeper = keeper();
    let loaded = keeper.load(&mut store, 42);
    let backup = backup_key(mini(), Slot::Answers, 42);
    assert_eq!(loaded.unreadable, vec![Unreadable::BackedUp { slot: Slot::Answers, key: backup.clone() }]);
    assert_eq!(store.get(&backup).as_deref(), Some("{damaged"), "the old value is kept");
    assert_eq!(store.get(&answers_key), None);
    let session = Session::new(mini(), Lang::Nl).restore(Some(loaded), None);
    assert!(session.notices[0].text(Lang::En).contains(&backup));
    // Writing afterwards works, and needs no second look at the value.
    assert_eq!(keeper.write(&mut store, Slot::Answers, Some("new"), 43), Ok(None));
}

#[test]
fn when_no_backup_is_possible_nothing_is_overwritten_and_no_empty_key_is_named() {
    let mut store = MemoryStore::default();
    let answers_key = Slot::Answers.key(mini());
    store.set(&answers_key, "{damaged");
    store.capacity = Some(0);
    let mut keeper = keeper();
    let loaded = keeper.load(&mut store, 7);
    assert_eq!(loaded.unreadable, vec![Unreadable::Kept { slot: Slot::Answers }]);
    assert_eq!(store.get(&answers_key).as_deref(), Some("{damaged"));
    let session = Session::new(mini(), Lang::Nl).restore(Some(loaded), None);
    assert_eq!(session.notices, vec![Notice::UnreadableKept(Slot::Answers)]);
    assert!(!session.notices[0].text(Lang::Nl).contains("‘’"), "no empty key is named");

    // Space comes back, but the widget still never writes over what it could not read unless it
    // can set it aside first.
    store.capacity = None;
    store.blocked = true;
    assert_eq!(keeper.write(&mut store, Slot::Answers, Some("{\"new\":1}"), 8), Err(NotStored));
    store.blocked = false;
    let outcome = keeper.write(&mut store, Slot::Answers, Some("{\"new\":1}"), 9);
    let backup = backup_key(mini(), Slot::Answers, 9);
    assert_eq!(outcome, Ok(Some(Unreadable::BackedUp { slot: Slot::Answers, key: backup.clone() })));
    assert_eq!(store.get(&backup).as_deref(), Some("{damaged"));
    assert_eq!(store.get(&answers_key).as_deref(), Some("{\"new\":1}"));
}

#[test]
fn an_unreadable_history_is_backed_up_and_the_visitor_is_told() {
    let mut store = MemoryStore::default();
    store.set(&Slot::History.key(mini()), "[1,2,3]");
    let loaded = keeper().load(&mut store, 5);
    let backup = backup_key(mini(), Slot::History, 5);
    assert_eq!(loaded.unreadable, vec![Unreadable::BackedUp { slot: Slot::History, key: backup.clone() }]);
    assert_eq!(store.get(&backup).as_deref(), Some("[1,2,3]"));
    let session = Session::new(mini(), Lang::Nl).restore(Some(loaded), None);
    let text = session.notices[0].text(Lang::Nl);
    assert!(text.contains("eerdere pogingen") && text.contains(&backup), "{text}");
}

#[test]
fn a_value_written_by_another_tab_or_script_is_checked_before_it_is_replaced() {
    let mut store = MemoryStore::default();
    let mut keeper = keeper();
    let _ = keeper.load(&mut store, 1);
    // Trusted after load: a write does not read the slot again.
    assert_eq!(keeper.write(&mut store, Slot::History, Some("x"), 2), Ok(None));
    // A keeper that has not read the slot checks it first.
    let mut fresh = Keeper::new(mini());
    let outcome = fresh.write(&mut store, Slot::History, None, 3);
    assert_eq!(
        outcome,
        Ok(Some(Unreadable::BackedUp { slot: Slot::History, key: backup_key(mini(), Slot::History, 3) }))
    );
    assert_eq!(store.get(&Slot::History.key(mini())), None);
}

// --- History: corrections, the comparison, the cap. ---

#[test]
fn a_correction_on_the_same_day_updates_that_days_attempt() {
    let mini = mini();
    let mut history = history::History::default();
    assert!(history::record(mini, &mut history, DAY1, &answers(mini, "3333 3333 3333")));
    assert!(history::record(mini, &mut history, DAY2, &answers(mini, "4444 3333 3333")));
    assert!(history::record(mini, &mut history, DAY2, &answers(mini, "5555 3333 3333")), "a correction");
    assert_eq!(history.attempts.len(), 2);
    let now = answers(mini, "5555 3333 3333");
    let previous = history::previous(&history.attempts, &now, DAY2).expect("an earlier day");
    assert_eq!(previous.date, DAY1, "compared with the earlier day, not the correction");
    // Many corrections in one day never push out an older day.
    for value in 0..40u8 {
        let notation = format!("{} 3333 3333", (value % 5 + 1).to_string().repeat(4));
        history::record(mini, &mut history, DAY2, &answers(mini, &notation));
    }
    assert_eq!(history.attempts.iter().map(|a| a.date).collect::<Vec<_>>(), vec![DAY1, DAY2]);
}

#[test]
fn an_over_long_stored_history_is_trimmed_to_the_most_recent_days() {
    let mini = mini();
    let attempts: Vec<history::Attempt> = (1..=30)
        .map(|day| history::Attempt {
            date: Date { year: 2026, month: 1, day },
            answers: answers(mini, &format!("{} 3333 3333", (day % 5 + 1).to_string().repeat(4))),
            stamp: u32::from(day),
        })
        .collect();
    let json = history::to_json(mini, &history::History { attempts, cleared: 0 });
    let read = history::from_json(mini, &json).expect("readable").attempts;
    assert_eq!(read.len(), history::KEEP);
    assert_eq!(read.first().map(|a| a.date.day), Some(7), "the oldest go first");
    assert_eq!(read.last().map(|a| a.date.day), Some(30));
}

#[test]
fn a_share_link_arriving_later_opens_the_shared_results_with_the_focus_on_them() {
    let theirs = answers(mini(), "5555 5555 5555");
    let session = Session::new(mini(), Lang::Nl).apply(Action::Answer { item: 0, answer: Answer::Scale(1) });
    let (broken, effects) = session.clone().step(Action::ShareLinkArrived(Err(())));
    assert_eq!(broken.notices, vec![Notice::ShareUnreadable]);
    assert_eq!(effects, vec![Effect::Focus(Focus::Notices)]);
    let (shown, effects) = broken.step(Action::ShareLinkArrived(Ok(theirs.clone())));
    assert_eq!(shown.view, View::Shared(theirs.clone()));
    assert!(shown.notices.is_empty(), "the unreadable-link notice is gone once a good link arrives");
    assert_eq!(effects, vec![Effect::Focus(Focus::Heading)]);
    let report = shown.shared_report(&theirs, DAY1);
    assert!(report.heading.starts_with("Gedeelde resultaten"), "{}", report.heading);
    assert_eq!(shown.answers.get(0), Answer::Scale(1), "own answers untouched");
}

// --- Two tabs, or two widgets of one checklist on a page: one live state, merged per item. ---

fn stored(session: &Session) -> Option<String> {
    Some(storage::answers_json(mini(), &session.answers, &session.stamps))
}

/// What a tab has written: `session` after its write was made.
fn written(session: Session) -> Session {
    let snapshot = Snapshot::Answers(session.answers.clone(), session.stamps.clone());
    session.apply(Action::Stored { snapshot, backed_up: None })
}

/// `tab` hears of what `other` stored.
fn hears(tab: Session, other: &Session) -> (Session, Vec<Effect>) {
    tab.step(Action::StoredElsewhere { slot: Slot::Answers, value: stored(other) })
}

fn answer(session: Session, item: usize, value: u8) -> Session {
    session.apply(Action::Answer { item, answer: Answer::Scale(value) })
}

#[test]
fn answers_given_in_two_tabs_are_merged_per_item() {
    // Both tabs start from the same stored answers, then each answers a different item.
    let base = written(answer(Session::new(mini(), Lang::Nl), 0, 1));
    let tab_a = answer(base.clone(), 1, 2);
    let tab_b = written(answer(base, 2, 3));
    // Tab A hears of B's write before its own write happened.
    let (tab_a, effects) = hears(tab_a, &tab_b);
    let expected = answers(mini(), "123. .... ....");
    assert_eq!(tab_a.answers, expected, "nothing of either tab is lost");
    assert_eq!(effects, vec![saves_answers(&tab_a)], "the merged answers are stored");
    // B then hears of A's merged write and ends the same, with nothing more to store.
    let (tab_b, effects) = hears(tab_b, &written(tab_a));
    assert_eq!(tab_b.answers, expected);
    assert_eq!(effects, vec![]);
}

#[test]
fn a_tab_that_wrote_before_hearing_the_other_loses_nothing() {
    // Storage events arrive late: B answers and writes before it hears of A's write, so B's
    // write holds none of A's answers. That absence is not a removal.
    let mut tab_a = Session::new(mini(), Lang::Nl);
    let mut tab_b = Session::new(mini(), Lang::Nl);
    for item in 0..3 {
        tab_a = answer(tab_a, item, 2);
        tab_b = answer(tab_b, item + 3, 4);
    }
    let (tab_a, tab_b) = (written(tab_a), written(tab_b));
    let a_first = tab_a.clone();
    let expected = answers(mini(), "2224 44.. ....");
    let (tab_a, effects) = hears(tab_a, &tab_b);
    assert_eq!(tab_a.answers, expected, "A keeps its three and takes B's three");
    assert_eq!(effects, vec![saves_answers(&tab_a)]);
    let tab_a = written(tab_a);
    // B hears A's first write late, then A's merged one: the same six, nothing to store at the end.
    let (tab_b, _) = hears(tab_b, &a_first);
    assert_eq!(tab_b.answers, expected);
    let (tab_b, effects) = hears(written(tab_b), &tab_a);
    assert_eq!((tab_b.answers.clone(), effects), (expected, vec![]));
    assert_eq!(tab_b.stamps, tab_a.stamps, "both tabs hold the same state");
}

#[test]
fn the_later_answer_to_one_item_wins_whichever_tab_writes_last() {
    let base = written(answer(Session::new(mini(), Lang::Nl), 0, 1));
    // A corrects item 1; B, not having heard, writes its older state (another item) after.
    let tab_a = written(answer(base.clone(), 0, 5));
    let tab_b = written(answer(base, 4, 3));
    let (tab_a, _) = hears(tab_a, &tab_b);
    assert_eq!(tab_a.answers, answers(mini(), "5... 3... ...."), "A's correction stands");
    let (tab_b, _) = hears(tab_b, &written(tab_a.clone()));
    assert_eq!(tab_b.answers, tab_a.answers);
}

#[test]
fn start_over_in_another_tab_clears_and_later_answers_stand() {
    let both = written(answer(answer(Session::new(mini(), Lang::Nl), 0, 1), 1, 2));
    let elsewhere = written(both.clone().apply(Action::StartOver));
    let (here, effects) = hears(both, &elsewhere);
    assert_eq!(here.answers.given_count(), 0, "'start over' in the other widget is shared");
    assert_eq!(effects, vec![], "nothing new to store");
    // An answer given after the clearing was heard is newer than it.
    let here = written(answer(here, 3, 4));
    let (elsewhere, _) = hears(elsewhere, &here);
    assert_eq!(elsewhere.answers, answers(mini(), "...4 .... ...."));
}

#[test]
fn a_write_by_an_older_widget_without_stamps_is_merged_as_before() {
    // An older copy of the widget (another tab) writes plain results files and removes the key
    // on "start over": what differs from what storage held is its change.
    let plain = |session: &Session| Some(results_file::to_json(mini(), &session.answers, None));
    let base = written(answer(Session::new(mini(), Lang::Nl), 0, 1));
    let elsewhere = answer(base.clone(), 0, 5);
    let here = answer(base, 2, 3);
    let (here, effects) = here.step(Action::StoredElsewhere { slot: Slot::Answers, value: plain(&elsewhere) });
    assert_eq!(here.answers, answers(mini(), "5.3. .... ...."), "their change and ours both stand");
    assert_eq!(effects, vec![saves_answers(&here)]);
    let (cleared, _) = written(here).step(Action::StoredElsewhere { slot: Slot::Answers, value: None });
    assert_eq!(cleared.answers.given_count(), 0, "their 'start over' is shared");
}

#[test]
fn completed_attempts_from_two_tabs_are_both_kept() {
    let mini = mini();
    let day = |d: u8| Date { year: 2026, month: 1, day: d };
    let attempt =
        |d: u8, notation: &str, stamp: u32| history::Attempt { date: day(d), answers: answers(mini, notation), stamp };
    let history = |attempts: Vec<history::Attempt>, cleared: u32| history::History { attempts, cleared };
    let first = attempt(1, "3333 3333 3333", 1);
    // Each tab recorded another day; neither write holds the other's: both are kept, by date.
    let ours = history(vec![first.clone(), attempt(5, "4444 3333 3333", 2)], 0);
    let theirs = history(vec![first.clone(), attempt(3, "2222 3333 3333", 2)], 0);
    let merged = history::merge(&ours, &theirs);
    assert_eq!(merged.attempts.iter().map(|a| a.date.day).collect::<Vec<_>>(), vec![1, 3, 5]);
    assert_eq!(history::merge(&theirs, &ours), merged, "both tabs end the same");
    // One day in both: the later-recorded attempt of it.
    let corrected = history(vec![first.clone(), attempt(5, "5555 3333 3333", 3)], 0);
    assert_eq!(history::merge(&ours, &corrected).attempts[1].answers, answers(mini, "5555 3333 3333"));
    // Deleted in the other tab: what was recorded before goes; an attempt recorded after stays.
    let deleted = history(vec![], 3);
    assert_eq!(history::merge(&ours, &deleted).attempts, vec![]);
    let later = history(vec![attempt(6, "4444 4444 3333", 4)], 3);
    assert_eq!(history::merge(&deleted, &later).attempts.len(), 1, "recorded after the deletion");
}

#[test]
fn history_and_team_recorded_in_a_tab_that_had_not_heard_of_the_other_are_kept() {
    let mini = mini();
    let complete = |notation: &str| answers(mini, notation);
    // Tab A records today's attempt and stores it; tab B, unaware, records another day's.
    let mut tab_a = Session::new(mini, Lang::Nl);
    let mut tab_b = Session::new(mini, Lang::Nl);
    for (item, answer) in complete("3333 3333 3333").as_slice().iter().enumerate() {
        tab_a = tab_a.apply(Action::Answer { item, answer: *answer });
    }
    for (item, answer) in complete("4444 4444 4444").as_slice().iter().enumerate() {
        tab_b = tab_b.apply(Action::Answer { item, answer: *answer });
    }
    let (tab_a, a_saves) = tab_a.step(Action::ShowResults { today: DAY1 });
    let (tab_b, b_saves) = tab_b.step(Action::ShowResults { today: DAY2 });
    let history_of = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::Save { slot: Slot::History, value, .. } => value.clone(),
            _ => None,
        })
    };
    let (tab_a, _) = tab_a.step(Action::StoredElsewhere { slot: Slot::History, value: history_of(&b_saves) });
    assert_eq!(tab_a.history.attempts.iter().map(|a| a.date).collect::<Vec<_>>(), vec![DAY1, DAY2]);
    let (tab_b, _) = tab_b.step(Action::StoredElsewhere { slot: Slot::History, value: history_of(&a_saves) });
    assert_eq!(tab_b.history, tab_a.history, "both tabs hold both attempts");

    // The team overview: A adds one file and stores it, B adds another, unaware.
    let file = |n: u8| results_file::to_json(mini, &complete(&format!("{n}{n}{n}{n} 3333 3333")), None);
    let (tab_a, a_saves) = tab_a.step(Action::AddTeamFiles(vec![("a.json".into(), file(2))]));
    let (tab_b, b_saves) = tab_b.step(Action::AddTeamFiles(vec![("b.json".into(), file(5))]));
    let team_of = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::Save { slot: Slot::Team, value, .. } => value.clone(),
            _ => None,
        })
    };
    let (tab_a, effects) = tab_a.step(Action::StoredElsewhere { slot: Slot::Team, value: team_of(&b_saves) });
    let names = |s: &Session| s.team.members.iter().map(|m| m.file.clone()).collect::<Vec<_>>();
    assert_eq!(names(&tab_a), vec!["a.json", "b.json"], "nobody's addition is lost");
    let (tab_b, _) = tab_b.step(Action::StoredElsewhere { slot: Slot::Team, value: team_of(&a_saves) });
    assert_eq!(names(&tab_b), names(&tab_a), "in the same order in both tabs");
    // A's merged write reaches B: nothing more to store, so the tabs do not answer each other forever.
    let (_, more) = tab_b.step(Action::StoredElsewhere { slot: Slot::Team, value: team_of(&effects) });
    assert_eq!(team_of(&more), None);
}

#[test]
fn answers_saved_by_a_newer_version_are_never_written_over_without_a_choice() {
    let newer = r#"{"format":"checklist-results","schema":1,"checklist":"mini","version":9,"answers":{"een-a":4,"nieuw-item":2}}"#;
    let mut store = MemoryStore::default();
    let key = Slot::Answers.key(mini());
    store.set(&key, newer);
    let mut keeper = keeper();
    let loaded = keeper.load(&mut store, 1);
    assert_eq!(store.get(&key).as_deref(), Some(newer), "reading changes nothing");
    let session = Session::new(mini(), Lang::Nl).restore(Some(loaded), None);
    assert_eq!(session.answers.get(0), Answer::Scale(4), "shown as far as this version knows the items");
    assert_eq!(session.notices, vec![Notice::SavedByNewerVersion]);
    assert!(session.notices[0].text(Lang::Nl).contains("nieuwere versie"));

    let (session, effects) = session.step(Action::Answer { item: 1, answer: Answer::Scale(3) });
    assert!(saves(&effects).is_empty(), "no save while the choice is open: {effects:?}");
    let (session, effects) = session.step(Action::ContinueInThisVersion);
    assert!(session.notices.is_empty());
    let [Effect::Save { slot: Slot::Answers, value: Some(value), .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    // The keeper sets the newer data aside before the first write.
    let outcome = keeper.write(&mut store, Slot::Answers, Some(value), 2);
    let backup = backup_key(mini(), Slot::Answers, 2);
    assert_eq!(outcome, Ok(Some(Unreadable::NewerSetAside { key: backup.clone() })));
    assert_eq!(store.get(&backup).as_deref(), Some(newer), "kept whole, with the item this version does not know");
}

#[test]
fn a_chosen_language_is_remembered_and_followed_by_the_other_widgets() {
    let (session, effects) = Session::new(mini(), Lang::Nl).step(Action::SetLang(Lang::En));
    assert_eq!((session.lang, effects), (Lang::En, vec![Effect::RememberLang(Lang::En)]));
    let (other, effects) = Session::new(mini(), Lang::Nl).step(Action::FollowLang(Lang::En));
    assert_eq!((other.lang, effects), (Lang::En, vec![]), "following does not announce again");
}

// --- The team overview: kept on this device until cleared. ---

fn member_file(notation: &str) -> String {
    results_file::to_json(mini(), &answers(mini(), notation), None)
}

/// Carries out a session's saves on `store`, as the browser shell does, and tells the session.
fn carry_out(mut session: Session, effects: Vec<Effect>, keeper: &mut Keeper, store: &mut MemoryStore) -> Session {
    for effect in effects {
        if let Effect::Save { slot, value, snapshot } = effect {
            let outcome = keeper.write(store, slot, value.as_deref(), 1);
            session = session.apply(Action::after_write(snapshot, outcome));
        }
    }
    session
}

#[test]
fn the_team_overview_comes_back_after_a_reload_until_it_is_cleared() {
    let mut store = MemoryStore::default();
    let mut keeper = keeper();
    let session = Session::new(mini(), Lang::Nl).restore(Some(keeper.load(&mut store, 1)), None);
    let files = vec![
        ("a.json".to_string(), member_file("5555 3333 1111")),
        ("b.json".to_string(), member_file("3333 3333 3333")),
    ];
    let (session, effects) = session.step(Action::AddTeamFiles(files.clone()));
    assert_eq!(saves(&effects), vec![(Slot::Team, true)]);
    let _ = carry_out(session, effects, &mut keeper, &mut store);

    // A reload: the same members, and the same file added again is still the same file.
    let mut keeper = Keeper::new(mini());
    let reloaded = Session::new(mini(), Lang::Nl).restore(Some(keeper.load(&mut store, 2)), None);
    assert_eq!(reloaded.team.members.iter().map(|m| m.file.as_str()).collect::<Vec<_>>(), ["a.json", "b.json"]);
    assert_eq!(reloaded.team.members[0].answers, answers(mini(), "5555 3333 1111"));
    let (again, effects) = reloaded.step(Action::AddTeamFiles(files[..1].to_vec()));
    assert_eq!(again.team.members.len(), 2, "{:?}", again.team.notes);
    assert!(saves(&effects).is_empty(), "nothing new to keep");

    let (cleared, effects) = again.step(Action::ClearTeam);
    assert_eq!(saves(&effects), vec![(Slot::Team, true)], "stored as cleared, so other tabs follow");
    let _ = carry_out(cleared, effects, &mut keeper, &mut store);
    let kept = store.get(&Slot::Team.key(mini())).expect("a cleared overview");
    assert!(!kept.contains("a.json") && !kept.contains("5555"), "no member left on this device: {kept}");
    let mut keeper = Keeper::new(mini());
    let reloaded = Session::new(mini(), Lang::Nl).restore(Some(keeper.load(&mut store, 3)), None);
    assert!(reloaded.team.members.is_empty());
}

#[test]
fn an_unreadable_team_overview_is_backed_up_and_named() {
    let mut store = MemoryStore::default();
    store.set(&Slot::Team.key(mini()), "{\"format\":\"checklist-team\"");
    let loaded = keeper().load(&mut store, 8);
    let backup = backup_key(mini(), Slot::Team, 8);
    assert_eq!(loaded.unreadable, vec![Unreadable::BackedUp { slot: Slot::Team, key: backup.clone() }]);
    let session = Session::new(mini(), Lang::En).restore(Some(loaded), None);
    let text = session.notices[0].text(Lang::En);
    assert!(text.contains("team overview") && text.contains(&backup), "{text}");
}

#[test]
fn members_added_in_two_tabs_are_both_kept_and_a_clearing_clears_what_it_saw() {
    let mut store = MemoryStore::default();
    let (mut keeper_a, mut keeper_b) = (keeper(), keeper());
    let tab_a = Session::new(mini(), Lang::Nl).restore(Some(keeper_a.load(&mut store, 1)), None);
    let tab_b = Session::new(mini(), Lang::Nl).restore(Some(keeper_b.load(&mut store, 1)), None);
    let (tab_a, effects) = tab_a.step(Action::AddTeamFiles(vec![("a.json".into(), member_file("5555 3333 1111"))]));
    let tab_a = carry_out(tab_a, effects, &mut keeper_a, &mut store);
    // B adds its own file before hearing of A's write.
    let (tab_b, _) = tab_b.step(Action::AddTeamFiles(vec![("b.json".into(), member_file("1111 3333 5555"))]));
    let written = store.get(&Slot::Team.key(mini()));
    keeper_b.distrust(Slot::Team);
    let (tab_b, effects) = tab_b.step(Action::StoredElsewhere { slot: Slot::Team, value: written });
    assert_eq!(tab_b.team.members.iter().map(|m| m.file.as_str()).collect::<Vec<_>>(), ["a.json", "b.json"]);
    let tab_b = carry_out(tab_b, effects, &mut keeper_b, &mut store);
    let (tab_a, _) =
        tab_a.step(Action::StoredElsewhere { slot: Slot::Team, value: store.get(&Slot::Team.key(mini())) });
    assert_eq!(tab_a.team.members.len(), 2, "A sees B's member too");

    // A clears; B, which added nothing since, follows.
    let (tab_a, effects) = tab_a.step(Action::ClearTeam);
    let tab_a = carry_out(tab_a, effects, &mut keeper_a, &mut store);
    let cleared = store.get(&Slot::Team.key(mini()));
    let (tab_b, effects) = tab_b.clone().step(Action::StoredElsewhere { slot: Slot::Team, value: cleared });
    assert!(tab_b.team.members.is_empty());
    assert!(saves(&effects).is_empty());
    // A member B adds after hearing of the clearing stays.
    let (tab_b, _) = tab_b.step(Action::AddTeamFiles(vec![("c.json".into(), member_file("2222 3333 4444"))]));
    let (tab_a, _) =
        tab_a.step(Action::StoredElsewhere { slot: Slot::Team, value: Some(team::to_json(mini(), &tab_b.team)) });
    assert_eq!(tab_a.team.members.len(), 1);
    // An older widget removes the stored overview when it clears: what storage held goes, a
    // member added here since stays.
    let (tab_b, effects) = tab_b.step(Action::StoredElsewhere { slot: Slot::Team, value: None });
    assert_eq!(tab_b.team.members.iter().map(|m| m.file.as_str()).collect::<Vec<_>>(), ["c.json"]);
    assert_eq!(saves(&effects), vec![(Slot::Team, true)]);
}
