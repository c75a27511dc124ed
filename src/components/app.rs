use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::state::{Action, Session, View};
use checklist_core::ui_text::ui;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use super::questions::Questions;
use super::results::{ChecklistLinks, ResultsView};
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

/// One widget: the questions or the results of one checklist.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| WidgetState(Session::new(props.instrument, props.lang)));
    // Bumped by the actions after which the keyboard should land on the new view's heading.
    let focus_request = use_state(|| 0u32);
    let dispatch = {
        let (state, focus_request) = (state.clone(), focus_request.clone());
        Callback::from(move |action: Action| {
            let moves_focus = matches!(action, Action::ShowResults | Action::BackToQuestions | Action::StartOver);
            state.dispatch(action);
            if moves_focus {
                focus_request.set(*focus_request + 1);
            }
        })
    };
    let heading = use_node_ref();
    let focus_request = *focus_request;

    let session = state.0.clone();
    let text = ui(session.lang);
    html! {
        <div class="ckl" lang={session.lang.tag()}>
            <LanguageSwitch lang={session.lang} dispatch={dispatch.clone()} />
            {match session.view {
                View::Questions => html! {
                    <Questions {session} {dispatch} {heading} {focus_request} instance={props.instance.clone()} />
                },
                View::Results => html! {
                    <ResultsView {session} {dispatch} {heading} {focus_request}
                        links={props.links.clone()} contact={props.contact.clone()} />
                },
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
