use std::rc::Rc;

use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::{fill, ui};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::el;

use crate::browser::read_text;

#[derive(Properties, PartialEq)]
pub struct LoadAnswersProps {
    pub lang: Lang,
    /// Loading then replaces answers: ask first.
    pub has_answers: bool,
    pub dispatch: Callback<Action>,
    pub instance: Rc<str>,
}

/// "Antwoorden laden uit een bestand": a results file or a downloaded summary. Answers already
/// given are replaced only after the visitor confirms.
#[component]
pub fn LoadAnswers(props: &LoadAnswersProps) -> Html {
    let text = ui(props.lang);
    let pending = use_state(|| None::<(String, String)>);
    let onchange = {
        let (dispatch, pending, has_answers) = (props.dispatch.clone(), pending.clone(), props.has_answers);
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (dispatch, pending) = (dispatch.clone(), pending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let contents = read_text(file).await.unwrap_or_default();
                if has_answers {
                    pending.set(Some((name, contents)));
                } else {
                    dispatch.emit(Action::Import(name, contents));
                }
            });
        })
    };
    let input_id = format!("{}-load", props.instance);
    let confirm = (*pending).clone().map(|(name, contents)| {
        let yes = {
            let (dispatch, pending, name) = (props.dispatch.clone(), pending.clone(), name.clone());
            Callback::from(move |_| {
                pending.set(None);
                dispatch.emit(Action::Import(name.clone(), contents.clone()));
            })
        };
        let no = {
            let pending = pending.clone();
            Callback::from(move |_| pending.set(None))
        };
        html! {
            <div class="ckl-confirm" role="group">
                {el::text("p", "", fill(text.confirm_replace, &[("file", &name)]))}
                {el::button("ckl-button ckl-danger", text.confirm_replace_yes, yes)}
                {el::button("ckl-button ckl-secondary", text.cancel, no)}
            </div>
        }
    });
    html! {
        <div class="ckl-load">
            <label for={input_id.clone()} class="ckl-file-label">{text.load_answers}</label>
            {el::text("p", "ckl-hint", text.load_answers_hint)}
            <input type="file" id={input_id} accept=".json,.html,.htm,application/json,text/html" {onchange} />
            {confirm.unwrap_or_default()}
        </div>
    }
}
