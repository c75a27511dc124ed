use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::confirm::ConfirmButton;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// "Opnieuw beginnen", confirmed first.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let text = ui(props.lang);
    let on_confirm = props.dispatch.reform(|_| Action::StartOver);
    html! {
        <ConfirmButton label={text.start_over} question={text.confirm_start_over} yes={text.confirm_yes}
            no={text.cancel} {on_confirm} />
    }
}
