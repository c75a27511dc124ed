mod common;

use checklist_core::answers::Answer;
use checklist_core::date::Date;
use checklist_core::lang::Lang;
use checklist_core::state::{Action, Session, View};
use common::{mini, Apply};

const TODAY: Date = Date { year: 2026, month: 11, day: 22 };

#[test]
fn answering_showing_results_and_going_back_keep_the_answers() {
    let session = Session::new(mini(), Lang::Nl);
    assert_eq!(session.answers.given_count(), 0);
    let session = session.apply(Action::Answer { item: 0, answer: Answer::Scale(4) });
    let session = session.apply(Action::Answer { item: 5, answer: Answer::Unknown });
    let session = session.apply(Action::Answer { item: 0, answer: Answer::Scale(2) });
    assert_eq!(session.answers.given_count(), 2);
    assert_eq!(session.answers.get(0), Answer::Scale(2));
    assert_eq!(session.answers.first_open(), Some(1));

    let session = session.apply(Action::ShowResults { today: TODAY });
    assert_eq!(session.view, View::Results);
    let session = session.apply(Action::BackToQuestions);
    assert_eq!(session.view, View::Questions);
    assert_eq!(session.answers.get(5), Answer::Unknown);
}

#[test]
fn start_over_clears_answers_and_returns_to_the_questions() {
    let session = Session::new(mini(), Lang::En)
        .apply(Action::Answer { item: 3, answer: Answer::Scale(5) })
        .apply(Action::ShowResults { today: TODAY })
        .apply(Action::StartOver);
    assert_eq!(session.answers.given_count(), 0);
    assert_eq!(session.view, View::Questions);
    assert_eq!(session.lang, Lang::En);
}

#[test]
fn an_answer_outside_the_checklist_changes_nothing() {
    let session = Session::new(mini(), Lang::Nl);
    let next = session.apply(Action::Answer { item: 999, answer: Answer::Scale(3) });
    assert_eq!(next, session);
}

#[test]
fn switching_language_keeps_answers() {
    let session = Session::new(mini(), Lang::Nl)
        .apply(Action::Answer { item: 1, answer: Answer::Scale(1) })
        .apply(Action::SetLang(Lang::En));
    assert_eq!(session.lang, Lang::En);
    assert_eq!(session.answers.get(1), Answer::Scale(1));
}
