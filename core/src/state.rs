//! The widget's state: one place where every change happens.
//!
//! The Yew components send [`Action`]s; [`Session::apply`] returns the next state. Keeping this
//! free of Yew makes every transition testable natively. Reading and writing the browser's
//! storage happens in the widget; what it found arrives here as [`Session::restore`].

use crate::answers::{Answer, Answers};
use crate::date::Date;
use crate::history::{self, Attempt};
use crate::lang::Lang;
use crate::model::{Instrument, Text};
use crate::results_file::{self, ReadError};
use crate::storage::Restored;
use crate::team::Team;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Questions,
    Results,
    /// Someone else's results from a share link, read-only until taken over.
    Shared(Answers),
    /// A team lead's overview of several members' files.
    Team,
}

/// Something the visitor should know, shown at the top of the widget until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Answers from an earlier visit are back: (given, total).
    Resumed(usize, usize),
    /// The checklist changed since the answers were saved under version `from`; they were kept
    /// where the meaning stayed. `note` says what changed, when the content says.
    Updated {
        from: u32,
        note: Option<Text>,
    },
    /// The browser keeps nothing here: progress lasts only while the page is open.
    StorageUnavailable,
    /// Saved answers could not be read; they were kept under this storage key.
    BackedUp(String),
    /// Saving failed (storage full, say): the answers are still on screen.
    NotSaved,
    /// Answers loaded from a file.
    Imported(String),
    /// A file could not be loaded, and why.
    ImportFailed(String, ImportProblem),
    /// A share link that cannot be read.
    ShareUnreadable,
    HistoryDeleted,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    Unreadable,
    Newer,
    OtherChecklist(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub answers: Answers,
    pub view: View,
    pub history: Vec<Attempt>,
    pub team: Team,
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Answer {
        item: usize,
        answer: Answer,
    },
    /// `today` dates the attempt that completed answers add to the history.
    ShowResults {
        today: Date,
    },
    BackToQuestions,
    /// Clears every answer; the UI asks for confirmation before sending it.
    StartOver,
    SetLang(Lang),
    /// A results file or HTML summary the visitor chose: (file name, its text).
    Import(String, String),
    TakeOverShared,
    CloseShared,
    OpenTeam,
    CloseTeam,
    /// Files a team lead added: (file name, text) each.
    AddTeamFiles(Vec<(String, String)>),
    ClearTeam,
    DeleteHistory,
    Notify(Notice),
    DismissNotice(usize),
}

impl Session {
    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session {
            instrument,
            lang,
            answers: Answers::new(instrument),
            view: View::Questions,
            history: Vec::new(),
            team: Team::default(),
            notices: Vec::new(),
        }
    }

    /// The session as the widget finds it: stored answers and history, a share link.
    /// `backup_key` is where unreadable stored answers were moved, if they were.
    pub fn restore(
        mut self,
        stored: Restored,
        backup_key: Option<String>,
        history: Vec<Attempt>,
        shared: Option<Result<Answers, ()>>,
    ) -> Self {
        match stored {
            Restored::Nothing => {}
            Restored::Answers { answers, updated_from, .. } => {
                if answers.given_count() > 0 {
                    self.notices.push(Notice::Resumed(answers.given_count(), answers.len()));
                }
                if let Some(from) = updated_from {
                    self.notices.push(self.updated(from));
                }
                self.answers = answers;
            }
            Restored::Unreadable => self.notices.push(Notice::BackedUp(backup_key.unwrap_or_default())),
        }
        self.history = history;
        match shared {
            Some(Ok(answers)) => self.view = View::Shared(answers),
            Some(Err(())) => self.notices.push(Notice::ShareUnreadable),
            None => {}
        }
        self
    }

    fn updated(&self, from: u32) -> Notice {
        Notice::Updated { from, note: self.instrument.change_from(from).map(|change| change.note) }
    }

    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        match action {
            Action::Answer { item, answer } => next.answers.set(item, answer),
            Action::ShowResults { today } => {
                history::record(self.instrument, &mut next.history, today, &next.answers);
                next.view = View::Results;
            }
            Action::BackToQuestions | Action::CloseShared | Action::CloseTeam => next.view = View::Questions,
            Action::StartOver => {
                next.answers = Answers::new(self.instrument);
                next.view = View::Questions;
                next.notices.clear();
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Import(file, text) => match results_file::read(&text) {
                Ok(saved) if saved.checklist == self.instrument.id => {
                    let placed = results_file::place(self.instrument, &saved);
                    next.answers = placed.answers;
                    next.view = View::Questions;
                    next.notices = vec![Notice::Imported(file)];
                    if saved.version != self.instrument.version {
                        next.notices.push(self.updated(saved.version));
                    }
                }
                Ok(saved) => {
                    next.notices = vec![Notice::ImportFailed(file, ImportProblem::OtherChecklist(saved.checklist))]
                }
                Err(ReadError::NewerSchema) => next.notices = vec![Notice::ImportFailed(file, ImportProblem::Newer)],
                Err(ReadError::Unreadable | ReadError::NotResults) => {
                    next.notices = vec![Notice::ImportFailed(file, ImportProblem::Unreadable)]
                }
            },
            Action::TakeOverShared => {
                if let View::Shared(answers) = &self.view {
                    next.answers = answers.clone();
                    next.view = View::Results;
                }
            }
            Action::OpenTeam => next.view = View::Team,
            Action::AddTeamFiles(files) => {
                for (file, text) in files {
                    next.team.add_file(self.instrument, &file, &text);
                }
            }
            Action::ClearTeam => next.team = Team::default(),
            Action::DeleteHistory => {
                next.history.clear();
                next.notices.push(Notice::HistoryDeleted);
            }
            Action::Notify(notice) => {
                if !next.notices.contains(&notice) {
                    next.notices.push(notice);
                }
            }
            Action::DismissNotice(index) => {
                if index < next.notices.len() {
                    next.notices.remove(index);
                }
            }
        }
        next
    }
}
