//! The answering session: one place where every change of a widget's state happens.
//!
//! The Yew components send [`Action`]s; [`Session::apply`] returns the next state. Keeping this
//! free of Yew makes every transition testable natively.

use crate::answers::{Answer, Answers};
use crate::lang::Lang;
use crate::model::Instrument;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Questions,
    Results,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub answers: Answers,
    pub view: View,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Answer {
        item: usize,
        answer: Answer,
    },
    ShowResults,
    BackToQuestions,
    /// Clears every answer; the UI asks for confirmation before sending it.
    StartOver,
    SetLang(Lang),
}

impl Session {
    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session { instrument, lang, answers: Answers::new(instrument), view: View::Questions }
    }

    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        match action {
            Action::Answer { item, answer } => next.answers.set(item, answer),
            Action::ShowResults => next.view = View::Results,
            Action::BackToQuestions => next.view = View::Questions,
            Action::StartOver => {
                next.answers = Answers::new(self.instrument);
                next.view = View::Questions;
            }
            Action::SetLang(lang) => next.lang = lang,
        }
        next
    }
}
