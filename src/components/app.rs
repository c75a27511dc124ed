use std::rc::Rc;

use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::share::{self, ShareError};
use checklist_core::state::{Action, Notice, Session, View};
use checklist_core::storage::{self, Restored};
use checklist_core::ui_text::ui;
use checklist_core::{history, results_file};
use web_sys::HtmlElement;
use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use super::notices::Notices;
use super::questions::Questions;
use super::results::{ChecklistLinks, ResultsView};
use super::team_view::TeamView;
use crate::browser::{clear_hash, location_hash, now_millis, Store};
use crate::state::WidgetState;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    /// Unique per widget on the page: keeps radio groups of two widgets apart.
    pub instance: String,
    /// Where the other checklists are, for the reflection's "next" link.
    pub links: ChecklistLinks,
    /// The practice's contact link (`data-contact`): a button after the results, if set.
    pub contact: Option<String>,
    /// The offline copy (`data-offline-href`): a download link under the widget, if set.
    pub offline_href: Option<String>,
}

/// The session as this page finds it: answers and history from storage (unreadable ones moved
/// to a backup key first), a share link in the address, whether storage works at all.
fn starting_session(instrument: &'static Instrument, lang: Lang, store: &Store) -> Session {
    let answers_key = storage::answers_key(instrument);
    let stored = store.get(&answers_key);
    let restored = storage::restore_answers(instrument, stored.as_deref());
    let mut backup = None;
    if let (Restored::Unreadable, Some(raw)) = (&restored, &stored) {
        let key = storage::backup_key(instrument, "answers", now_millis());
        if store.set(&key, raw) {
            store.remove(&answers_key);
            backup = Some(key);
        }
    }
    let history_key = storage::history_key(instrument);
    let history = match store.get(&history_key) {
        None => Vec::new(),
        Some(raw) => history::from_json(instrument, &raw).unwrap_or_else(|| {
            // Keep what cannot be read; start a new history.
            if store.set(&storage::backup_key(instrument, "history", now_millis()), &raw) {
                store.remove(&history_key);
            }
            Vec::new()
        }),
    };
    let shared = match share::decode(instrument, &location_hash()) {
        Ok(answers) => Some(Ok(answers)),
        Err(ShareError::Unreadable) => Some(Err(())),
        Err(ShareError::NotShared | ShareError::OtherChecklist) => None,
    };
    let mut session = Session::new(instrument, lang).restore(restored, backup, history, shared);
    if !store.is_available() {
        session.notices.push(Notice::StorageUnavailable);
    }
    session
}

/// One widget: the questions, the results, a shared result or the team overview.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo((), |_| Store::open());
    let state = {
        let (instrument, lang, store) = (props.instrument, props.lang, store.clone());
        use_reducer(move || WidgetState(starting_session(instrument, lang, &store)))
    };
    // Bumped by the actions after which the keyboard should land on the new view's heading.
    let focus_request = use_state(|| 0u32);
    let dispatch = {
        let (state, focus_request) = (state.clone(), focus_request.clone());
        Callback::from(move |action: Action| {
            let moves_focus = matches!(
                action,
                Action::ShowResults { .. }
                    | Action::BackToQuestions
                    | Action::StartOver
                    | Action::OpenTeam
                    | Action::CloseTeam
                    | Action::TakeOverShared
                    | Action::CloseShared
            );
            if matches!(action, Action::TakeOverShared | Action::CloseShared) {
                clear_hash();
            }
            state.dispatch(action);
            if moves_focus {
                focus_request.set(*focus_request + 1);
            }
        })
    };
    use_saving(&state.0, store, dispatch.clone());

    let heading = use_node_ref();
    let focus_request = *focus_request;
    let session = state.0.clone();
    let text = ui(session.lang);
    let instance = props.instance.clone();
    html! {
        <div class="ckl" lang={session.lang.tag()}>
            <LanguageSwitch lang={session.lang} dispatch={dispatch.clone()} />
            if !session.notices.is_empty() {
                <Notices notices={session.notices.clone()} lang={session.lang} dispatch={dispatch.clone()} />
            }
            {match session.view.clone() {
                View::Questions => html! {
                    <Questions {session} {dispatch} {heading} {focus_request} {instance} />
                },
                View::Results => html! {
                    <ResultsView {session} {dispatch} {heading} {focus_request} {instance}
                        links={props.links.clone()} contact={props.contact.clone()} shared={None::<checklist_core::answers::Answers>} />
                },
                View::Shared(answers) => html! {
                    <ResultsView {session} {dispatch} {heading} {focus_request} {instance}
                        links={props.links.clone()} contact={props.contact.clone()} shared={Some(answers)} />
                },
                View::Team => html! { <TeamView {session} {dispatch} {heading} {focus_request} {instance} /> },
            }}
            if let Some(href) = props.offline_href.clone() {
                <p class="ckl-offline">
                    <a class="ckl-link" {href} download="checklist.html">{text.offline_copy}</a>
                    {" "}{text.offline_copy_why}
                </p>
            }
        </div>
    }
}

/// Keeps the answers and the history in storage as they change. A failed write (a full quota)
/// tells the visitor once; the answers stay on screen.
#[hook]
fn use_saving(session: &Session, store: Rc<Store>, dispatch: Callback<Action>) {
    let instrument = session.instrument;
    {
        let (store, dispatch) = (store.clone(), dispatch.clone());
        use_effect_with(session.answers.clone(), move |answers| {
            if !store.is_available() {
                return;
            }
            let value = (answers.given_count() > 0).then(|| results_file::to_json(instrument, answers, None));
            if !replace_stored(&store, instrument, "answers", &storage::answers_key(instrument), value.as_deref()) {
                dispatch.emit(Action::Notify(Notice::NotSaved));
            }
        });
    }
    use_effect_with(session.history.clone(), move |attempts| {
        if !store.is_available() {
            return;
        }
        let value = (!attempts.is_empty()).then(|| history::to_json(instrument, attempts));
        if !replace_stored(&store, instrument, "history", &storage::history_key(instrument), value.as_deref()) {
            dispatch.emit(Action::Notify(Notice::NotSaved));
        }
    });
}

/// Writes (or, with `None`, removes) a stored value. A value there that the widget cannot read
/// is never overwritten unless it could first be kept under a backup key. `false` if that or the
/// write failed.
fn replace_stored(store: &Store, instrument: &Instrument, what: &str, key: &str, value: Option<&str>) -> bool {
    if let Some(current) = store.get(key) {
        let readable = match what {
            "history" => history::from_json(instrument, &current).is_some(),
            _ => !matches!(storage::restore_answers(instrument, Some(&current)), Restored::Unreadable),
        };
        if !readable && !store.set(&storage::backup_key(instrument, what, now_millis()), &current) {
            return false;
        }
    }
    match value {
        Some(value) => store.set(key, value),
        None => {
            store.remove(key);
            true
        }
    }
}

/// Puts the keyboard focus on a view's heading (which a screen reader then reads) whenever
/// `focus_request` changes, and when the view appears after one; never on the page's first render.
#[hook]
pub fn use_focus_on_request(heading: NodeRef, focus_request: u32) {
    use_effect_with(focus_request, move |request| {
        if *request == 0 {
            return;
        }
        if let Some(heading) = heading.cast::<HtmlElement>() {
            let _ = heading.focus();
        }
    });
}
