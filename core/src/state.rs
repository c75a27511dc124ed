//! The widget's state and the one function that changes it.
//!
//! [`Session::step`] takes an [`Action`] and returns the next session and the [`Effect`]s the
//! widget must carry out (store a slot, download a file, copy text, move focus, …). Effects are
//! data: what the widget does, and when, is decided and tested here; the Yew crate only carries
//! them out and reports back what happened (a write that failed, a copy that worked).

use crate::answers::{self, Answer, Answers, Stamps};
use crate::date::Date;
use crate::history::{self, History};
use crate::lang::Lang;
use crate::mail::{self, MailDraft};
use crate::mirror::{self, MirrorReport};
use crate::model::{Instrument, Site, Text};
use crate::results_file::{self, LeftOut, ReadError};
use crate::scoring::score_instrument;
use crate::share::{link_base, Unclaimed};
use crate::storage::{self, restore_answers, Loaded, NotStored, Restored, Slot, Unreadable};
use crate::summary::{self, Context, Report};
use crate::team::{self, Team};
use crate::ui_text::{fill, ui};

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
    /// Saved data could not be read; it was kept under this storage key.
    BackedUp(Slot, String),
    /// Saved data could not be read, and could not be copied aside either: it stays where it is,
    /// untouched, and nothing is saved over it.
    UnreadableKept(Slot),
    /// A newer version of this checklist saved these answers. They stay as they are in this
    /// browser: nothing is saved here until the visitor chooses to continue in this version
    /// (then the newer data is first kept under a backup key).
    SavedByNewerVersion,
    /// The newer version's answers were kept under this key before this version saved.
    NewerSetAside(String),
    /// Saving does not work right now (storage full, say): the answers are still on screen.
    /// Goes away by itself once a save works again.
    NotSaved,
    /// Answers loaded from a file, with the answers in it that do not count (each named).
    Imported(String, Vec<LeftOut>),
    /// A file could not be loaded, and why.
    ImportFailed(String, ImportProblem),
    /// A share link that cannot be read.
    ShareUnreadable,
    /// A share link that no widget on the page takes: for a checklist that is not here, or for
    /// none there is. Shown by one widget of the page.
    ShareNotHere(Unclaimed),
    HistoryDeleted,
}

impl Notice {
    /// Warnings look different from plain news.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Notice::StorageUnavailable
                | Notice::BackedUp(..)
                | Notice::UnreadableKept(_)
                | Notice::NotSaved
                | Notice::SavedByNewerVersion
                | Notice::ImportFailed(..)
                | Notice::ShareUnreadable
                | Notice::ShareNotHere(_)
        )
    }
}

impl Notice {
    /// What the visitor reads.
    pub fn text(&self, lang: Lang) -> String {
        let text = ui(lang);
        match self {
            Notice::Resumed(n, total) => {
                fill(text.notice_resumed, &[("n", &n.to_string()), ("total", &total.to_string())])
            }
            Notice::Updated { note, .. } => match note {
                Some(note) => format!("{} {}", text.notice_updated, note.get(lang)),
                None => text.notice_updated.to_string(),
            },
            Notice::StorageUnavailable => text.notice_storage_unavailable.to_string(),
            Notice::BackedUp(Slot::Answers, key) => fill(text.notice_backed_up, &[("key", key)]),
            Notice::BackedUp(Slot::History, key) => fill(text.notice_history_backed_up, &[("key", key)]),
            Notice::BackedUp(Slot::Team, key) => fill(text.notice_team_backed_up, &[("key", key)]),
            Notice::UnreadableKept(_) => text.notice_unreadable_kept.to_string(),
            Notice::NotSaved => text.notice_not_saved.to_string(),
            Notice::SavedByNewerVersion => text.notice_newer_version.to_string(),
            Notice::NewerSetAside(key) => fill(text.notice_newer_set_aside, &[("key", key)]),
            Notice::Imported(file, left_out) => match text.left_out(left_out) {
                Some(left_out) => format!("{} {left_out}", fill(text.notice_imported, &[("file", file)])),
                None => fill(text.notice_imported, &[("file", file)]),
            },
            Notice::ImportFailed(file, problem) => match problem {
                ImportProblem::Unreadable => fill(text.notice_import_unreadable, &[("file", file)]),
                ImportProblem::Newer => fill(text.notice_import_newer, &[("file", file)]),
                ImportProblem::OtherChecklist(id) => fill(text.notice_import_other, &[("file", file), ("id", id)]),
            },
            Notice::ShareUnreadable => text.notice_share_unreadable.to_string(),
            Notice::ShareNotHere(Unclaimed::NotOnPage(title)) => {
                fill(text.notice_share_not_here, &[("title", title.get(lang))])
            }
            Notice::ShareNotHere(Unclaimed::Unknown) => text.notice_share_unknown.to_string(),
            Notice::HistoryDeleted => text.notice_history_deleted.to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    Unreadable,
    Newer,
    OtherChecklist(String),
}

/// What a download holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadKind {
    /// The summary as a web page (it carries the results file too).
    Html,
    Markdown,
    /// The results file: for loading again, or for a team lead's overview.
    ResultsFile,
    TeamHtml,
    TeamMarkdown,
}

/// Where the keyboard focus goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The heading of the view now shown (a screen reader reads it).
    Heading,
    /// The notices at the top, after something the visitor must read.
    Notices,
    /// The heading of the mail's preview, when it opens.
    MailPreview,
    /// The button that opens the mail's preview, when the preview closes.
    MailAction,
}

/// Something the widget must do in the browser. The outcome comes back as an action where the
/// visitor must hear of it ([`Action::Stored`], [`Action::DownloadFailed`], [`Action::Copied`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Keep `value` in `slot`, or remove the slot with `None`. The widget may wait a moment
    /// (several taps, one write) but writes before the page is hidden or closed. `snapshot` goes
    /// back with [`Action::Stored`].
    Save {
        slot: Slot,
        value: Option<String>,
        snapshot: Snapshot,
    },
    Download {
        file_name: String,
        mime_type: &'static str,
        contents: String,
    },
    CopyText(String),
    Focus(Focus),
    /// Drop the share link from the address, so a reload does not reopen it.
    ClearFragment,
    /// Print this widget only.
    Print,
    /// Remember the visitor's language, and switch the page's other widgets to it.
    RememberLang(Lang),
}

/// What a save writes, as the session held it: the shell hands it back once the write is made
/// ([`Action::Stored`]), so the session knows what storage holds without reading back the text it
/// wrote (a parse of every answer on every save). It is what that text reads as: the saved
/// team without its notes, which are never stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Snapshot {
    Answers(Answers, Stamps),
    History(History),
    Team(Team),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub answers: Answers,
    pub view: View,
    pub history: History,
    pub team: Team,
    pub notices: Vec<Notice>,
    /// The practice's contact link, if the page gave one: shown after the results and in the
    /// summaries.
    pub contact: Option<String>,
    /// The practice's plain address for "send my results" ([`mail::address`]): no action without.
    pub mail_to: Option<String>,
    /// The mail's preview is open (results view only).
    pub mail_preview: bool,
    /// The last download could not be made (a sandboxed frame, say).
    pub download_failed: bool,
    /// The outcome of the last "copy link", until the answers change.
    pub copied: Option<bool>,
    pub library: &'static Library,
    /// When each answer was last set ([`Stamps`]): what tabs merge by.
    pub stamps: Stamps,
    /// What storage holds as far as this widget knows: whether a merged state must be written
    /// back, and, for a write without stamps (an older widget), the base to merge it against.
    pub stored_answers: Answers,
    pub stored_stamps: Stamps,
    pub stored_history: History,
    /// The stored team (its members and when it was cleared; notes are never stored).
    pub stored_team: Team,
    /// Stored answers of a newer version are not written over: saving waits for the visitor's
    /// choice ([`Action::ContinueInThisVersion`]).
    pub holding_newer: bool,
}

/// What every widget on a page shares: all checklists (a reflection names the next one) and
/// the texts of `content/site.toml`.
#[derive(Debug, PartialEq, Eq)]
pub struct Library {
    pub all: &'static [&'static Instrument],
    pub site: &'static Site,
}

impl Library {
    /// For tests of one instrument on its own: no other checklists, empty shared texts.
    pub const NONE: Library = Library { all: &[], site: &Site::EMPTY };

    /// The team's mirror of `instrument` ("Mijn leidinggevende …"), if the content has one.
    pub fn mirror_of(&self, instrument: &Instrument) -> Option<&'static Instrument> {
        self.all.iter().copied().find(|i| i.mirrors == Some(instrument.id))
    }

    /// What a widget for `checklist` shows, given the page's fragment: the checklist, or its
    /// team version when the address names that (the link a leader sends to the team, or a team
    /// member's shared result).
    pub fn instrument_for(&self, checklist: &str, fragment: &str) -> Option<&'static Instrument> {
        let instrument = self.all.iter().copied().find(|i| i.id == checklist)?;
        let named = crate::share::named_checklist(fragment);
        Some(self.mirror_of(instrument).filter(|mirror| Some(mirror.id) == named).unwrap_or(instrument))
    }
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
    /// The visitor chose a language in this widget.
    SetLang(Lang),
    /// Another widget on the page switched language: follow, without announcing it again.
    FollowLang(Lang),
    /// A results file or HTML summary the visitor chose: (file name, its text).
    Import(String, String),
    TakeOverShared,
    CloseShared,
    OpenTeam,
    CloseTeam,
    /// Files a team lead added: (file name, text) each.
    AddTeamFiles(Vec<(String, String)>),
    /// Text a team lead pasted: share links, alone or inside chat messages.
    AddTeamLinks(String),
    ClearTeam,
    DeleteHistory,
    Download {
        kind: DownloadKind,
        today: Date,
    },
    DownloadFailed,
    /// "Copy link": `page` is the page's address; `hosted` the address the site gave for share
    /// links made where the page has no web address (a copy opened from disk).
    CopyShareLink {
        page: String,
        hosted: Option<String>,
    },
    /// "Copy link" for the link a leader sends to the team (`page`: the address without fragment).
    CopyInviteLink {
        page: String,
        hosted: Option<String>,
    },
    Copied(bool),
    Print,
    /// An [`Effect::Save`] was written ([`Action::after_write`]); `backed_up`: what it would
    /// have replaced had to be backed up first.
    Stored {
        snapshot: Snapshot,
        backed_up: Option<Unreadable>,
    },
    /// A write could not be made (storage full or refusing), or cannot be made at all.
    NotStored,
    /// Another tab, or another widget of this checklist on this page, stored `value` in `slot`
    /// (`None`: removed it). Merged with what this widget has; nothing of either is lost.
    StoredElsewhere {
        slot: Slot,
        value: Option<String>,
    },
    /// After [`Notice::SavedByNewerVersion`]: go on in this version; the newer data is kept
    /// under a backup key before anything is written.
    ContinueInThisVersion,
    /// A share link for this checklist arrived in the address (on load or on `hashchange`):
    /// the answers it carries, or `Err` when it cannot be read.
    ShareLinkArrived(Result<Answers, ()>),
    /// A share link arrived that no widget on the page takes (on load or on `hashchange`); this
    /// widget speaks for the page. `None`: the address holds no such link (any more).
    ShareLinkUnclaimed(Option<Unclaimed>),
    DismissNotice(usize),
    /// "Stuur mijn resultaten naar de praktijk": show the mail before anything opens it.
    OpenMailPreview,
    CloseMailPreview,
}

impl Action {
    /// What the shell reports after writing an [`Effect::Save`] (`outcome`: the storage rules').
    pub fn after_write(snapshot: Snapshot, outcome: Result<Option<Unreadable>, NotStored>) -> Action {
        match outcome {
            Ok(backed_up) => Action::Stored { snapshot, backed_up },
            Err(NotStored) => Action::NotStored,
        }
    }
}

impl Session {
    /// Whether `other` looks the same on screen: all but the record of what storage holds
    /// (`stored_*`), which no view shows. A save that worked changes only that record, so the
    /// shell need not render again after it. Every field is named here: a new one must be
    /// placed on one side or the other.
    pub fn shows_same_as(&self, other: &Session) -> bool {
        let Session {
            instrument,
            lang,
            answers,
            view,
            history,
            team,
            notices,
            contact,
            mail_to,
            mail_preview,
            download_failed,
            copied,
            library,
            stamps,
            stored_answers: _,
            stored_stamps: _,
            stored_history: _,
            stored_team: _,
            holding_newer,
        } = self;
        (instrument, lang, answers, view, history, team, notices, contact, mail_to)
            == (
                &other.instrument,
                &other.lang,
                &other.answers,
                &other.view,
                &other.history,
                &other.team,
                &other.notices,
                &other.contact,
                &other.mail_to,
            )
            && (mail_preview, download_failed, copied, library, stamps, holding_newer)
                == (
                    &other.mail_preview,
                    &other.download_failed,
                    &other.copied,
                    &other.library,
                    &other.stamps,
                    &other.holding_newer,
                )
    }

    pub fn new(instrument: &'static Instrument, lang: Lang) -> Self {
        Session {
            instrument,
            lang,
            answers: Answers::new(instrument),
            view: View::Questions,
            history: History::default(),
            team: Team::default(),
            notices: Vec::new(),
            contact: None,
            mail_to: None,
            mail_preview: false,
            download_failed: false,
            copied: None,
            library: &Library::NONE,
            stamps: Stamps::new(instrument),
            stored_answers: Answers::new(instrument),
            stored_stamps: Stamps::new(instrument),
            stored_history: History::default(),
            stored_team: Team::default(),
            holding_newer: false,
        }
    }

    pub fn with_library(mut self, library: &'static Library) -> Self {
        self.library = library;
        self
    }

    pub fn with_contact(mut self, contact: Option<String>) -> Self {
        self.contact = contact;
        self
    }

    /// The page's `data-mail` attribute (after [`Session::with_contact`]: without the attribute,
    /// a `mailto:` contact gives the address).
    pub fn with_mail(mut self, data_mail: Option<&str>) -> Self {
        self.mail_to = mail::address(data_mail, self.contact.as_deref());
        self
    }

    /// The session as the widget finds it: what storage held (`None` when the browser gives
    /// no storage at all), and a share link in the address.
    pub fn restore(mut self, loaded: Option<Loaded>, shared: Option<Result<Answers, ()>>) -> Self {
        match loaded {
            None => self.notices.push(Notice::StorageUnavailable),
            Some(loaded) => {
                if let Restored::Newer { answers, stamps } = loaded.answers {
                    self.answers = answers;
                    self.stamps = stamps.unwrap_or_else(|| Stamps::new(self.instrument));
                    self.holding_newer = true;
                    self.notices.push(Notice::SavedByNewerVersion);
                } else if let Restored::Answers { answers, stamps, updated_from, .. } = loaded.answers {
                    if answers.given_count() > 0 {
                        self.notices.push(Notice::Resumed(answers.given_count(), answers.len()));
                    }
                    if let Some(from) = updated_from {
                        self.notices.push(self.updated(from));
                    }
                    self.answers = answers;
                    self.stamps = stamps.unwrap_or_else(|| Stamps::new(self.instrument));
                }
                self.notices.extend(loaded.unreadable.into_iter().map(unreadable_notice));
                self.history = loaded.history;
                self.team = loaded.team;
                self.stored_answers = self.answers.clone();
                self.stored_stamps = self.stamps.clone();
                self.stored_history = self.history.clone();
                self.stored_team = self.team.clone();
            }
        }
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

    /// The next session, and what the widget must do for it.
    pub fn step(mut self, action: Action) -> (Session, Vec<Effect>) {
        let mut effects = Vec::new();
        match action {
            Action::Answer { item, answer } => {
                if self.answers.get(item) != answer && item < self.answers.len() {
                    self.answers.set(item, answer);
                    self.stamps.touch(item);
                    self.copied = None;
                    effects.push(self.save_answers());
                }
            }
            Action::ShowResults { today } => {
                if history::record(self.instrument, &mut self.history, today, &self.answers) {
                    effects.push(self.save_history());
                }
                self.view = View::Results;
                effects.push(Effect::Focus(Focus::Heading));
            }
            Action::BackToQuestions | Action::CloseTeam => {
                self.view = View::Questions;
                effects.push(Effect::Focus(Focus::Heading));
            }
            Action::CloseShared => {
                self.view = View::Questions;
                effects.extend([Effect::ClearFragment, Effect::Focus(Focus::Heading)]);
            }
            Action::StartOver => {
                self.answers = Answers::new(self.instrument);
                self.stamps.touch_all();
                self.view = View::Questions;
                self.notices.retain(Notice::is_warning);
                self.notices.retain(|n| {
                    !matches!(n, Notice::ImportFailed(..) | Notice::ShareUnreadable | Notice::ShareNotHere(_))
                });
                effects.extend([self.save_answers(), Effect::Focus(Focus::Heading)]);
            }
            Action::SetLang(lang) => {
                self.lang = lang;
                effects.push(Effect::RememberLang(lang));
            }
            Action::FollowLang(lang) => self.lang = lang,
            Action::Import(file, text) => {
                self.notices.retain(|n| !matches!(n, Notice::Imported(..) | Notice::ImportFailed(..)));
                match results_file::read(&text) {
                    Ok(saved) if saved.checklist == self.instrument.id => {
                        let placed = results_file::place(self.instrument, &saved);
                        self.answers = placed.answers.clone();
                        self.stamps.touch_all();
                        self.view = View::Questions;
                        self.notices.retain(|n| !matches!(n, Notice::Resumed(..) | Notice::Updated { .. }));
                        self.notices.push(Notice::Imported(file, placed.unexpected()));
                        if saved.version != self.instrument.version {
                            self.notices.push(self.updated(saved.version));
                        }
                        effects.push(self.save_answers());
                    }
                    Ok(saved) => {
                        self.notices.push(Notice::ImportFailed(file, ImportProblem::OtherChecklist(saved.checklist)))
                    }
                    Err(ReadError::NewerSchema) => self.notices.push(Notice::ImportFailed(file, ImportProblem::Newer)),
                    Err(ReadError::Unreadable | ReadError::NotResults) => {
                        self.notices.push(Notice::ImportFailed(file, ImportProblem::Unreadable))
                    }
                }
                effects.push(Effect::Focus(Focus::Notices));
            }
            Action::TakeOverShared => {
                if let View::Shared(answers) = std::mem::replace(&mut self.view, View::Results) {
                    self.answers = answers;
                    self.stamps.touch_all();
                    // "Welcome back, 12 of 20" spoke of the answers just replaced.
                    self.notices.retain(|n| !matches!(n, Notice::Resumed(..) | Notice::Updated { .. }));
                    effects.extend([self.save_answers(), Effect::ClearFragment, Effect::Focus(Focus::Heading)]);
                } else {
                    self.view = View::Questions;
                }
            }
            Action::OpenTeam => {
                self.view = View::Team;
                self.copied = None;
                effects.push(Effect::Focus(Focus::Heading));
            }
            Action::AddTeamFiles(files) => {
                let before = self.team.members.len();
                for (file, text) in files {
                    self.team.add_file(self.team_instrument(), &file, &text);
                }
                if self.team.members.len() != before {
                    effects.push(self.save_team());
                }
            }
            Action::AddTeamLinks(pasted) => {
                let before = self.team.members.len();
                self.team.add_links(self.team_instrument(), &pasted);
                if self.team.members.len() != before {
                    effects.push(self.save_team());
                }
            }
            Action::ClearTeam => {
                let had_members = !self.team.members.is_empty();
                self.team.clear();
                if had_members {
                    effects.push(self.save_team());
                }
                effects.push(Effect::Focus(Focus::Heading));
            }
            Action::DeleteHistory => {
                self.history.delete();
                self.notices.push(Notice::HistoryDeleted);
                effects.extend([self.save_history(), Effect::Focus(Focus::Notices)]);
            }
            Action::Download { kind, today } => {
                self.download_failed = false;
                effects.push(self.download(kind, today));
            }
            Action::DownloadFailed => self.download_failed = true,
            // No link that works elsewhere, no copy: never a local path on the clipboard.
            Action::CopyShareLink { page, hosted } => {
                if let Some(link) = self.share_link_from(&page, hosted.as_deref()) {
                    effects.push(Effect::CopyText(link));
                }
            }
            Action::CopyInviteLink { page, hosted } => {
                effects.extend(self.invite_link(&page, hosted.as_deref()).map(Effect::CopyText))
            }
            Action::Copied(worked) => self.copied = Some(worked),
            Action::Print => effects.push(Effect::Print),
            Action::Stored { snapshot, backed_up } => {
                // Now in storage: what a merge compares with to know whether to write back.
                match snapshot {
                    Snapshot::Answers(answers, stamps) => (self.stored_answers, self.stored_stamps) = (answers, stamps),
                    Snapshot::History(history) => self.stored_history = history,
                    Snapshot::Team(team) => self.stored_team = team,
                }
                self.notices.retain(|n| *n != Notice::NotSaved);
                if let Some(unreadable) = backed_up {
                    self.notify(unreadable_notice(unreadable));
                }
            }
            Action::NotStored => self.notify(Notice::NotSaved),
            Action::ShareLinkArrived(Ok(answers)) => {
                self.notices.retain(|n| !matches!(n, Notice::ShareUnreadable | Notice::ShareNotHere(_)));
                self.view = View::Shared(answers);
                effects.push(Effect::Focus(Focus::Heading));
            }
            Action::ShareLinkArrived(Err(())) => {
                self.notify(Notice::ShareUnreadable);
                effects.push(Effect::Focus(Focus::Notices));
            }
            Action::ShareLinkUnclaimed(unclaimed) => {
                // Only the latest link counts: one the address no longer holds is not spoken of.
                self.notices.retain(|n| !matches!(n, Notice::ShareNotHere(_)));
                if let Some(unclaimed) = unclaimed {
                    self.notices.push(Notice::ShareNotHere(unclaimed));
                    effects.push(Effect::Focus(Focus::Notices));
                }
            }
            Action::StoredElsewhere { slot: Slot::Answers, value } => {
                let (theirs, stamps) = match value.as_deref().map(|text| restore_answers(self.instrument, Some(text))) {
                    // Removed: only a widget from before stamps removes answers (start over).
                    None => (Answers::new(self.instrument), None),
                    Some(Restored::Answers { answers, stamps, .. }) => (answers, stamps),
                    // A newer version in another tab: its answers are not written over here.
                    Some(Restored::Newer { answers, stamps }) => {
                        self.holding_newer = true;
                        self.notify(Notice::SavedByNewerVersion);
                        (answers, stamps)
                    }
                    // Unreadable: left for the storage rules (backed up before it is replaced).
                    Some(Restored::Nothing | Restored::Unreadable) => return (self, effects),
                };
                let stamps = stamps.unwrap_or_else(|| Stamps::inferred(&self.stored_answers, &theirs, &self.stamps));
                let (merged, merged_stamps) = answers::merge((&self.answers, &self.stamps), (&theirs, &stamps));
                (self.stored_answers, self.stored_stamps) = (theirs, stamps);
                if merged != self.answers {
                    self.answers = merged;
                    self.copied = None;
                }
                self.stamps = merged_stamps;
                if (&self.answers, &self.stamps) != (&self.stored_answers, &self.stored_stamps) {
                    effects.push(self.save_answers());
                }
            }
            Action::StoredElsewhere { slot: Slot::History, value } => {
                let theirs = match value.as_deref().map(|text| history::from_json(self.instrument, text)) {
                    // Removed (by a widget from before stamps, or by the visitor's browser): gone
                    // is what storage held; attempts recorded here since stay.
                    None => History { attempts: Vec::new(), cleared: self.stored_history.clock() + 1 },
                    Some(Some(history)) => history,
                    Some(None) => return (self, effects),
                };
                self.history = history::merge(&self.history, &theirs);
                self.stored_history = theirs;
                if self.history != self.stored_history {
                    effects.push(self.save_history());
                }
            }
            Action::StoredElsewhere { slot: Slot::Team, value } => {
                let theirs = match value.as_deref().map(|text| team::from_json(self.team_instrument(), text)) {
                    // Removed: gone is what storage held; members added here since stay.
                    None => Team { cleared: self.stored_team.clock() + 1, ..Team::default() },
                    Some(Some(team)) => team,
                    Some(None) => return (self, effects),
                };
                self.team = team::merge(&self.team, &theirs);
                self.stored_team = theirs;
                if (&self.team.members, self.team.cleared) != (&self.stored_team.members, self.stored_team.cleared) {
                    effects.push(self.save_team());
                }
            }
            Action::ContinueInThisVersion => {
                self.holding_newer = false;
                self.notices.retain(|n| *n != Notice::SavedByNewerVersion);
                effects.push(self.save_answers());
            }
            Action::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Action::OpenMailPreview => {
                if self.view == View::Results && self.mail_to.is_some() {
                    self.mail_preview = true;
                    effects.push(Effect::Focus(Focus::MailPreview));
                }
            }
            Action::CloseMailPreview => {
                if self.mail_preview {
                    self.mail_preview = false;
                    effects.push(Effect::Focus(Focus::MailAction));
                }
            }
        }
        // The preview belongs to the results screen: it is closed whenever that screen is left.
        if self.view != View::Results {
            self.mail_preview = false;
        }
        if self.holding_newer {
            effects.retain(|effect| !matches!(effect, Effect::Save { slot: Slot::Answers, .. }));
        }
        (self, effects)
    }

    fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    fn save_answers(&self) -> Effect {
        // Cleared answers are stored as cleared (stamped, no answers), not removed: a tab that
        // has not heard of the clearing yet must not bring the answers back.
        let value = (self.answers.given_count() > 0 || self.stamps.clock() > 0)
            .then(|| storage::answers_json(self.instrument, &self.answers, &self.stamps));
        Effect::Save {
            slot: Slot::Answers,
            value,
            snapshot: Snapshot::Answers(self.answers.clone(), self.stamps.clone()),
        }
    }

    fn save_team(&self) -> Effect {
        // A cleared overview is stored as cleared, not removed: a tab that has not heard of the
        // clearing must not bring its members back.
        let value = (!self.team.members.is_empty() || self.team.clock() > 0)
            .then(|| team::to_json(self.team_instrument(), &self.team));
        let stored = Team { members: self.team.members.clone(), notes: Vec::new(), cleared: self.team.cleared };
        Effect::Save { slot: Slot::Team, value, snapshot: Snapshot::Team(stored) }
    }

    fn save_history(&self) -> Effect {
        // Deleted is stored as deleted (no attempts), for the same reason.
        let value = (!self.history.attempts.is_empty() || self.history.clock() > 0)
            .then(|| history::to_json(self.instrument, &self.history));
        Effect::Save { slot: Slot::History, value, snapshot: Snapshot::History(self.history.clone()) }
    }

    /// Whose results the team overview combines: the team version of this checklist when there
    /// is one (a leader's team about the leader), else this checklist's.
    pub fn team_instrument(&self) -> &'static Instrument {
        self.library.mirror_of(self.instrument).unwrap_or(self.instrument)
    }

    /// The leader's self-rating beside the team's answers, when this checklist has a team version.
    pub fn mirror_report(&self, today: Date) -> Option<MirrorReport> {
        let mirror = self.library.mirror_of(self.instrument)?;
        let comparison = mirror::compare(self.instrument, &self.answers, mirror, &self.team);
        Some(MirrorReport::new(self.instrument, &comparison, self.lang, today))
    }

    /// The button that opens the team overview, or for a leader the team's view of them.
    pub fn open_team_label(&self) -> &'static str {
        let text = ui(self.lang);
        if self.library.mirror_of(self.instrument).is_some() {
            text.open_mirror
        } else {
            text.open_team
        }
    }

    /// The link a leader sends to the team: this page, opening the team version; from a copy
    /// opened from disk, the hosted page (as for share links), or none.
    pub fn invite_link(&self, page: &str, hosted: Option<&str>) -> Option<String> {
        let mirror = self.library.mirror_of(self.instrument)?;
        Some(format!("{}#{}{}", link_base(page, hosted)?, crate::share::OPEN_PREFIX, mirror.id))
    }

    /// Whether the team overview is being kept on this device (saving works): the view says so.
    pub fn team_is_kept(&self) -> bool {
        !self.notices.iter().any(|n| matches!(n, Notice::StorageUnavailable | Notice::NotSaved))
    }

    /// The address that shows these answers to someone else: `page` plus the fragment.
    pub fn share_link(&self, page: &str) -> String {
        format!("{page}#{}", crate::share::encode(self.instrument, &self.answers))
    }

    /// The mail to the practice about `report` (the visitor's own results), if the page gave an
    /// address: what the preview shows and its `mailto:` link (with the share link, when one
    /// can be made here).
    pub fn mail_draft(&self, report: &Report, share_link: Option<&str>, today: Date) -> Option<MailDraft> {
        let to = self.mail_to.as_deref()?;
        Some(MailDraft::new(to, self.instrument.title.get(self.lang), today, report, share_link))
    }

    /// The share link as it can be given away from a page at `page`: on the page's own web
    /// address, or on `hosted` where the page has none (a copy opened from disk); `None` when
    /// no link made here would work elsewhere (see [`link_base`]).
    pub fn share_link_from(&self, page: &str, hosted: Option<&str>) -> Option<String> {
        link_base(page, hosted).map(|base| self.share_link(&base))
    }

    /// The visitor's own results: everything the results screen and the summaries show.
    pub fn report(&self, today: Date) -> Report {
        self.report_of(&self.answers, today).with_history(self.instrument, &self.answers, &self.history.attempts, today)
    }

    /// The results a share link shows: someone else's answers, without this visitor's history.
    pub fn shared_report(&self, answers: &Answers, today: Date) -> Report {
        self.report_of(answers, today).shared(self.instrument)
    }

    fn report_of(&self, answers: &Answers, today: Date) -> Report {
        let context = Context { all: self.library.all, site: self.library.site, contact: self.contact.as_deref() };
        let results = score_instrument(self.instrument, answers);
        Report::new(self.instrument, answers, &results, self.lang, today, &context)
    }

    fn download(&self, kind: DownloadKind, today: Date) -> Effect {
        let instrument = self.instrument;
        let (extension, mime_type, contents) = match kind {
            DownloadKind::Html | DownloadKind::Markdown | DownloadKind::ResultsFile => {
                let report = self.report(today);
                match kind {
                    DownloadKind::Html => ("html", "text/html;charset=utf-8", report.to_html()),
                    DownloadKind::Markdown => ("md", "text/markdown;charset=utf-8", report.to_markdown()),
                    _ => ("json", "application/json", report.results_json),
                }
            }
            DownloadKind::TeamHtml | DownloadKind::TeamMarkdown => {
                let html = kind == DownloadKind::TeamHtml;
                // A leader's view of the team, or the team overview.
                let contents = match self.mirror_report(today) {
                    Some(report) if html => report.to_html(),
                    Some(report) => report.to_markdown(),
                    None => {
                        let summary = team::summarise(instrument, &self.team);
                        let report = team::TeamReport::new(instrument, &summary, self.lang, today);
                        if html {
                            report.to_html()
                        } else {
                            report.to_markdown()
                        }
                    }
                };
                if html {
                    ("html", "text/html;charset=utf-8", contents)
                } else {
                    ("md", "text/markdown;charset=utf-8", contents)
                }
            }
        };
        let file_name = match kind {
            DownloadKind::TeamHtml | DownloadKind::TeamMarkdown => {
                summary::file_name(instrument, today, extension).replacen("checklist-", "teamoverzicht-", 1)
            }
            _ => summary::file_name(instrument, today, extension),
        };
        Effect::Download { file_name, mime_type, contents }
    }
}

fn unreadable_notice(unreadable: Unreadable) -> Notice {
    match unreadable {
        Unreadable::BackedUp { slot, key } => Notice::BackedUp(slot, key),
        Unreadable::Kept { slot } => Notice::UnreadableKept(slot),
        Unreadable::NewerSetAside { key } => Notice::NewerSetAside(key),
    }
}
