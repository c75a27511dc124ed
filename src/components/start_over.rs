use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::confirm::ConfirmButton;

/// "Opnieuw beginnen", confirmed first. A plain function, not a component: it has no state of
/// its own, and a component type costs some 600 bytes of gzipped wasm.
pub fn start_over(lang: Lang, dispatch: &Callback<Action>) -> Html {
    let text = ui(lang);
    let on_confirm = dispatch.reform(|_| Action::StartOver);
    html! {
        <ConfirmButton label={text.start_over} question={text.confirm_start_over} yes={text.confirm_yes}
            no={text.cancel} {on_confirm} />
    }
}
