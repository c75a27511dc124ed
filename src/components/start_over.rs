use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// "Opnieuw beginnen", confirmed inside the widget: the browser's own dialog is blocked in
/// sandboxed frames, and answers lost by one stray tap are not coming back.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let text = ui(props.lang);
    let asking = use_state(|| false);
    let ask_button = use_node_ref();
    let confirm_button = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        // Keep the keyboard where the visitor is: on "yes" when asked, back on the button after "cancel".
        let (ask_button, confirm_button) = (ask_button.clone(), confirm_button.clone());
        use_effect_with(*asking, move |asking| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let target = if *asking { confirm_button } else { ask_button };
            if let Some(button) = target.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    if !*asking {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        return html! {
            <button type="button" class="ckl-button ckl-secondary" onclick={ask} ref={ask_button}>
                {text.start_over}
            </button>
        };
    }
    let confirm = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::StartOver))
    };
    let cancel = Callback::from(move |_| asking.set(false));
    html! {
        <div class="ckl-confirm" role="group" aria-label={text.start_over}>
            <p>{text.confirm_start_over}</p>
            <button type="button" class="ckl-button ckl-danger" onclick={confirm} ref={confirm_button}>
                {text.confirm_yes}
            </button>
            <button type="button" class="ckl-button ckl-secondary" onclick={cancel}>{text.cancel}</button>
        </div>
    }
}
