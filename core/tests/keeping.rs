//! Keeping results without a server: the results file, storage, share links, history.
mod common;

use checklist_core::answers::Answer;
use checklist_core::date::Date;
use checklist_core::history::{self, History};
use checklist_core::lang::Lang;
use checklist_core::results_file::{self, LeftOut, LeftOutReason, ReadError};
use checklist_core::scoring::score_instrument;
use checklist_core::share::{self, ShareError};
use checklist_core::source::parse_instrument;
use checklist_core::state::{Action, ImportProblem, Notice, Session, View};
use checklist_core::storage::{self, Loaded, Restored, Slot, Unreadable};
use checklist_core::summary::Report;
use checklist_core::ui_text::ui;
use common::{answers, context, mini, Apply, MINI};

const DAY1: Date = Date { year: 2026, month: 11, day: 1 };
const DAY2: Date = Date { year: 2026, month: 11, day: 22 };

#[test]
fn a_results_file_restores_the_same_answers() {
    let mini = mini();
    let given = answers(mini, "1234 5?.. 3333");
    let json = results_file::to_json(mini, &given, Some(DAY2));
    assert!(json.starts_with(r#"{"format":"checklist-results","schema":1,"checklist":"mini","version":1,"date":"2026-11-22","answers":{"een-a":1,"#));
    let saved = results_file::read(&json).expect("readable");
    assert_eq!((saved.checklist.as_str(), saved.version, saved.date), ("mini", 1, Some(DAY2)));
    let placed = results_file::place(mini, &saved);
    assert_eq!((placed.answers, placed.left_out), (given, vec![]));
}

#[test]
fn a_downloaded_html_summary_can_be_imported_again() {
    let mini = mini();
    let given = answers(mini, "5555 4444 ?321");
    let results = score_instrument(mini, &given);
    let html = Report::new(mini, &given, &results, Lang::Nl, DAY2, &context(&[])).to_html();
    let saved = results_file::read(&html).expect("the summary carries its results");
    assert_eq!(results_file::place(mini, &saved).answers, given);
}

#[test]
fn files_that_are_not_results_say_so() {
    assert_eq!(results_file::read("hello"), Err(ReadError::Unreadable));
    assert_eq!(results_file::read("<html><body>no results</body></html>"), Err(ReadError::Unreadable));
    assert_eq!(results_file::read(r#"{"format":"something-else"}"#), Err(ReadError::NotResults));
    assert_eq!(
        results_file::read(r#"{"format":"checklist-results","schema":2,"checklist":"mini","version":1,"answers":{}}"#),
        Err(ReadError::NewerSchema)
    );
    assert_eq!(
        results_file::read(r#"{"format":"checklist-results","schema":1,"checklist":"mini","version":1,"answers":[]}"#),
        Err(ReadError::NotResults)
    );
}

/// The mini checklist as version 2: item `een-b` was rewritten with a new meaning
/// (`een-b-nieuw`), `een-c` kept its id but is not in `kept` (its meaning changed), the rest
/// kept their meaning.
fn mini_v2() -> &'static checklist_core::model::Instrument {
    let source = MINI.replacen("version = 1", "version = 2", 1).replacen("id = \"een-b\"", "id = \"een-b-nieuw\"", 1)
        + "\n[[changes]]\nfrom = 1\nkept = [\"een-a\", \"een-d\", \"twee-a\", \"twee-b\", \"twee-c\", \"twee-d\", \"drie-a\", \"drie-b\", \"drie-c\", \"drie-d\"]\nnote = { nl = \"Vraag 1b en 1c zijn nieuw.\", en = \"Questions 1b and 1c are new.\" }\n";
    parse_instrument("mini-v2.toml", &source).expect("valid")
}

const VERSION_1: &str = r#"{"format":"checklist-results","schema":1,"checklist":"mini","version":1,
    "answers":{"een-a":4,"een-b":2,"een-c":5,"een-d":"?","twee-a":3,"weg-item":2,"drie-c":9}}"#;

#[test]
fn answers_of_version_1_are_carried_over_item_by_item_where_the_meaning_stayed() {
    let v2 = mini_v2();
    match storage::restore_answers(v2, Some(VERSION_1)) {
        Restored::Answers { answers, updated_from, left_out, .. } => {
            assert_eq!(updated_from, Some(1));
            assert_eq!(answers.get(0), Answer::Scale(4), "een-a kept its meaning");
            assert_eq!(answers.get(1), Answer::Open, "een-b is gone; een-b-nieuw is new");
            assert_eq!(answers.get(2), Answer::Open, "een-c kept its id but not its meaning");
            assert_eq!(answers.get(3), Answer::Open, "‘weet ik niet / n.v.t.’ is asked again");
            assert_eq!(answers.get(4), Answer::Scale(3));
            assert_eq!(answers.given_count(), 2);
            assert_eq!(left_out, 5, "een-b, een-c, een-d’s ‘?’, an item that is gone, a value off the scale");
        }
        other => panic!("expected answers, got {other:?}"),
    }
}

#[test]
fn the_visitor_is_told_what_changed_on_restore_and_on_import() {
    let v2 = mini_v2();
    let stored = storage::restore_answers(v2, Some(VERSION_1));
    let loaded =
        Loaded { answers: stored, history: Default::default(), team: Default::default(), unreadable: Vec::new() };
    let session = Session::new(v2, Lang::Nl).restore(Some(loaded), None);
    let note = v2.change_from(1).map(|c| c.note);
    assert_eq!(session.notices, vec![Notice::Resumed(2, 12), Notice::Updated { from: 1, note }]);
    assert_eq!(note.map(|n| n.nl), Some("Vraag 1b en 1c zijn nieuw."));

    let imported = Session::new(v2, Lang::Nl).apply(Action::Import("oud.json".into(), VERSION_1.into()));
    // What changed is the notice's to say; a value off the scale is named.
    let off_scale = LeftOut { id: "drie-c".into(), value: "9".into(), reason: LeftOutReason::OutsideScale };
    assert_eq!(
        imported.notices,
        vec![Notice::Imported("oud.json".into(), vec![off_scale]), Notice::Updated { from: 1, note }]
    );
    assert_eq!(imported.answers.get(0), Answer::Scale(4));
}

#[test]
fn a_version_without_a_changes_entry_carries_nothing_over_but_the_same_version_everything() {
    let v2 = mini_v2();
    let version_0 = VERSION_1.replace("\"version\":1", "\"version\":0");
    match storage::restore_answers(v2, Some(&version_0)) {
        Restored::Answers { answers, updated_from, .. } => {
            assert_eq!(updated_from, Some(0));
            assert_eq!(answers.given_count(), 0, "nobody said which meanings stayed");
        }
        other => panic!("expected answers, got {other:?}"),
    }
    // Same version: placed by id as always, "weet ik niet" included.
    match storage::restore_answers(mini(), Some(VERSION_1)) {
        Restored::Answers { answers, updated_from, left_out, .. } => {
            assert_eq!(updated_from, None);
            assert_eq!((answers.get(1), answers.get(3)), (Answer::Scale(2), Answer::Unknown));
            assert_eq!(left_out, 2, "an item that is gone and a value off the scale");
        }
        other => panic!("expected answers, got {other:?}"),
    }
}

#[test]
fn the_real_checklists_carry_version_1_answers_over_by_their_changes() {
    // The team's version of the leadership checklist is new in version 1: nothing to carry over.
    for instrument in common::all_content().iter().filter(|i| i.id != "leadership-team") {
        assert!(instrument.version >= 2, "{}", instrument.id);
        let change = instrument.change_from(1).expect("every checklist says what changed since version 1");
        for kept in change.kept {
            assert!(instrument.items().any(|(_, item)| item.id == *kept), "{kept} exists in {}", instrument.id);
        }
        // A version-1 file with every kept item answered 4: exactly those come back.
        let entries: Vec<String> = change.kept.iter().map(|id| format!("\"{id}\":4")).collect();
        let json = format!(
            r#"{{"format":"checklist-results","schema":1,"checklist":"{}","version":1,"answers":{{{},"weg":3}}}}"#,
            instrument.id,
            entries.join(",")
        );
        let placed = results_file::place(instrument, &results_file::read(&json).expect("readable"));
        assert_eq!(placed.answers.given_count(), change.kept.len());
        assert_eq!(placed.left_out.len(), 1);
        assert_eq!(placed.unexpected(), vec![], "'weg' is gone since version 1");
    }
}

#[test]
fn stored_answers_that_cannot_be_read_are_reported_for_backup() {
    let mini = mini();
    assert_eq!(storage::restore_answers(mini, None), Restored::Nothing);
    assert_eq!(storage::restore_answers(mini, Some("{not json")), Restored::Unreadable);
    let other = results_file::to_json(mini, &answers(mini, "1111 1111 1111"), None).replace("\"mini\"", "\"team\"");
    assert_eq!(storage::restore_answers(mini, Some(&other)), Restored::Unreadable);
    assert_eq!(Slot::Answers.key(mini), "checklist-widget/v1/mini/answers");
    assert_eq!(
        storage::backup_key(mini, Slot::Answers, 1700000000000),
        "checklist-widget/v1/mini/backup/answers/1700000000000"
    );
}

#[test]
fn restoring_a_session_tells_the_visitor_what_happened() {
    let mini = mini();
    let stored =
        Restored::Answers { answers: answers(mini, "12.. .... ...."), stamps: None, updated_from: None, left_out: 0 };
    let loaded =
        Loaded { answers: stored, history: Default::default(), team: Default::default(), unreadable: Vec::new() };
    let session = Session::new(mini, Lang::Nl).restore(Some(loaded), None);
    assert_eq!(session.notices, vec![Notice::Resumed(2, 12)]);
    assert_eq!(session.answers.get(1), Answer::Scale(2));

    let key = "checklist-widget/v1/mini/backup/answers/1".to_string();
    let unreadable = vec![Unreadable::BackedUp { slot: Slot::Answers, key: key.clone() }];
    let loaded =
        Loaded { answers: Restored::Nothing, history: Default::default(), team: Default::default(), unreadable };
    let session = Session::new(mini, Lang::Nl).restore(Some(loaded), None);
    assert_eq!(session.notices, vec![Notice::BackedUp(Slot::Answers, key.clone())]);
    assert!(session.notices[0].text(Lang::Nl).contains(&key), "the notice names the backup key");
    assert_eq!(session.answers.given_count(), 0);

    let session = Session::new(mini, Lang::Nl).restore(None, None);
    assert_eq!(session.notices, vec![Notice::StorageUnavailable]);
}

#[test]
fn a_share_link_round_trips_and_refuses_what_is_not_for_this_checklist() {
    let mini = mini();
    let given = answers(mini, "1234 5?.. 3333");
    let fragment = share::encode(mini, &given);
    assert_eq!(fragment, "ckl=mini.1.123450--3333");
    assert_eq!(share::decode(mini, &format!("#{fragment}")), Ok(given));
    assert_eq!(share::decode(mini, "#team"), Err(ShareError::NotShared));
    assert_eq!(share::decode(mini, "#ckl=team.1.1234"), Err(ShareError::OtherChecklist));
    assert_eq!(share::decode(mini, "#ckl=mini.2.123450--3333"), Err(ShareError::Unreadable));
    assert_eq!(share::decode(mini, "#ckl=mini.1.12345"), Err(ShareError::Unreadable));
    assert_eq!(share::decode(mini, "#ckl=mini.1.123456--3333"), Err(ShareError::Unreadable), "6 is off the scale");
}

#[test]
fn a_shared_result_is_read_only_until_taken_over() {
    let mini = mini();
    let mine = answers(mini, "1111 .... ....");
    let theirs = answers(mini, "5555 5555 5555");
    let loaded = Loaded {
        answers: Restored::Answers { answers: mine.clone(), stamps: None, updated_from: None, left_out: 0 },
        history: Default::default(),
        team: Default::default(),
        unreadable: Vec::new(),
    };
    let session = Session::new(mini, Lang::Nl).restore(Some(loaded), Some(Ok(theirs.clone())));
    assert_eq!(session.view, View::Shared(theirs.clone()));
    assert_eq!(session.answers, mine, "own answers untouched while looking");
    assert_eq!(session.apply(Action::CloseShared).answers, mine);
    let taken = session.apply(Action::TakeOverShared);
    assert_eq!((taken.answers, taken.view), (theirs, View::Results));
}

#[test]
fn completed_attempts_are_kept_and_compared() {
    let mini = mini();
    let session = Session::new(mini, Lang::Nl);
    // Incomplete answers make no attempt.
    let session =
        session.apply(Action::Answer { item: 0, answer: Answer::Scale(3) }).apply(Action::ShowResults { today: DAY1 });
    assert!(session.history.attempts.is_empty());
    let first = answers(mini, "2222 3333 4444");
    let mut session = session.apply(Action::StartOver);
    for (item, answer) in first.as_slice().iter().enumerate() {
        session = session.apply(Action::Answer { item, answer: *answer });
    }
    let session = session.apply(Action::ShowResults { today: DAY1 }).apply(Action::ShowResults { today: DAY1 });
    assert_eq!(session.history.attempts.len(), 1, "the same answers twice are one attempt");
    let session =
        session.apply(Action::Answer { item: 0, answer: Answer::Scale(5) }).apply(Action::ShowResults { today: DAY2 });
    assert_eq!(session.history.attempts.len(), 2);

    let previous = history::previous(&session.history.attempts, &session.answers, DAY2).expect("an earlier attempt");
    assert_eq!(previous.date, DAY1);
    // Dimension one: (1+1+1+1)/16 = 25 → (4+1+1+1)/16 = 44: +19.
    assert_eq!(history::changes(mini, &previous.answers, &session.answers), vec![Some(19), Some(0), Some(0)]);

    let json = history::to_json(mini, &session.history);
    assert_eq!(history::from_json(mini, &json), Some(session.history.clone()));
    assert_eq!(history::from_json(mini, "[1,2]"), None);
    let cleared = session.apply(Action::DeleteHistory);
    assert!(cleared.history.attempts.is_empty());
    assert!(cleared.notices.contains(&Notice::HistoryDeleted));
}

#[test]
fn the_history_keeps_the_newest_attempts() {
    let mini = mini();
    let mut history = History::default();
    for i in 0..30u8 {
        let mut given = answers(mini, &format!("{}111 1111 1111", 1 + i % 5));
        given.set(4, Answer::Scale(1 + (i / 5) % 5));
        history::record(mini, &mut history, Date { year: 2026, month: 1, day: 1 + i }, &given);
    }
    assert_eq!(history.attempts.len(), history::KEEP);
    assert_eq!(history.attempts.last().unwrap().date.day, 30);
}

#[test]
fn importing_a_file_replaces_the_answers_or_says_why_not() {
    let mini = mini();
    let session = Session::new(mini, Lang::Nl);
    let file = results_file::to_json(mini, &answers(mini, "5555 5555 5555"), Some(DAY1));
    let imported = session.apply(Action::Import("mijn.json".into(), file));
    assert_eq!(imported.answers.given_count(), 12);
    assert_eq!(imported.notices, vec![Notice::Imported("mijn.json".into(), vec![])]);

    let broken = session.apply(Action::Import("kapot.json".into(), "{".into()));
    assert_eq!(broken.notices, vec![Notice::ImportFailed("kapot.json".into(), ImportProblem::Unreadable)]);
    let other = MINI.len().to_string(); // any text that is not results
    let broken = session.apply(Action::Import("x.txt".into(), other));
    assert_eq!(broken.answers.given_count(), 0, "nothing lost on a bad file");
}

#[test]
fn a_hand_edited_file_with_whole_numbers_written_as_4_0_is_read() {
    let mini = mini();
    let json = results_file::to_json(mini, &answers(mini, "4... .... ...."), None).replace(":4", ":4.0");
    assert!(json.contains(":4.0"));
    let saved = results_file::read(&json).expect("4.0 is the whole number 4");
    assert_eq!(results_file::place(mini, &saved).answers, answers(mini, "4... .... ...."));
    assert!(results_file::read(&json.replace(":4.0", ":4.5")).is_err(), "4.5 is no answer");
}

#[test]
fn every_answer_that_does_not_count_is_named_with_its_reason() {
    let mini = mini();
    let json = results_file::to_json(mini, &answers(mini, "4444 .... ...."), None)
        .replace("\"een-a\":4", "\"een-a\":9")
        .replace("\"een-b\":4", "\"een-b\":300")
        .replace("\"een-c\":4", "\"een-c\":\"vier\",\"extra\":2");
    let saved = results_file::read(&json).expect("one odd value does not make the whole file unreadable");
    let placed = results_file::place(mini, &saved);
    assert_eq!(placed.answers, answers(mini, "...4 .... ...."));
    let named: Vec<_> = placed.left_out.iter().map(|l| (l.id.as_str(), l.value.as_str(), l.reason)).collect();
    assert_eq!(
        named,
        vec![
            ("een-a", "9", LeftOutReason::OutsideScale),
            ("extra", "2", LeftOutReason::UnknownItem),
            ("een-b", "300", LeftOutReason::OutsideScale),
            ("een-c", "\"vier\"", LeftOutReason::OutsideScale),
        ]
    );
    assert_eq!(
        ui(Lang::Nl).left_out(&placed.left_out[..2]).as_deref(),
        Some("2 antwoorden tellen niet mee: ‘een-a’: 9 is geen waarde op de schaal; ‘extra’ is geen uitspraak van deze checklist.")
    );
    assert_eq!(
        ui(Lang::En).left_out(&placed.left_out[3..]).as_deref(),
        Some("1 answer does not count: ‘een-c’: \"vier\" is not a value on the scale.")
    );

    let imported = Session::new(mini, Lang::Nl).apply(Action::Import("met-de-hand.json".into(), json));
    assert_eq!(imported.answers.given_count(), 1);
    let [notice] = &imported.notices[..] else { panic!("one notice: {:?}", imported.notices) };
    assert!(
        notice
            .text(Lang::Nl)
            .starts_with("Antwoorden geladen uit met-de-hand.json. 4 antwoorden tellen niet mee: ‘een-a’: 9"),
        "{}",
        notice.text(Lang::Nl)
    );
}

#[test]
fn the_summary_meta_is_read_as_a_browser_reads_attributes() {
    let mini = mini();
    let given = answers(mini, "5555 4444 ?321");
    let json = results_file::to_json(mini, &given, None);
    let double = json.replace('"', "&quot;");
    let single = json.replace('\'', "&#39;");
    let numeric = json.replace('"', "&#x22;");
    let pages = [
        format!("<html><head><meta name=\"checklist-results\" content=\"{double}\"></head></html>"),
        format!("<HTML><META CONTENT=\"{double}\" NAME=\"checklist-results\"/></HTML>"),
        format!("<meta charset=utf-8><meta name='checklist-results' content='{single}'>"),
        format!("<meta\n  data-x=\"1\"\n  name = checklist-results\n  content=\"{numeric}\" >"),
        format!("<meta name=\"description\" content=\"x\"><meta content='{single}' name='checklist-results'>"),
    ];
    for page in &pages {
        let saved = results_file::read(page).unwrap_or_else(|e| panic!("{e:?} for {page}"));
        assert_eq!(results_file::place(mini, &saved).answers, given, "{page}");
    }
    assert_eq!(results_file::read("<meta name=\"description\" content=\"{}\">"), Err(ReadError::Unreadable));
    assert_eq!(results_file::read("<meta name=\"checklist-results\" content"), Err(ReadError::Unreadable));
    assert_eq!(results_file::read("<meta name=\"checklist-results"), Err(ReadError::Unreadable));
}
