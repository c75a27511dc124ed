use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The button ("Opnieuw beginnen").
    pub label: AttrValue,
    /// The question asked before acting.
    pub question: AttrValue,
    /// The button that confirms ("Ja, wis mijn antwoorden").
    pub yes: AttrValue,
    pub no: AttrValue,
    pub on_confirm: Callback<()>,
    #[prop_or_default]
    pub primary: bool,
}

/// A button that asks again inside the widget before it acts: the browser's own dialog is
/// blocked in sandboxed frames, and what one stray tap deletes is not coming back.
#[component]
pub fn ConfirmButton(props: &ConfirmProps) -> Html {
    let asking = use_state(|| false);
    let ask_button = use_node_ref();
    let yes_button = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        // Keep the keyboard where the visitor is: on "yes" when asked, back on the button after "no".
        let (ask_button, yes_button) = (ask_button.clone(), yes_button.clone());
        use_effect_with(*asking, move |asking| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let target = if *asking { yes_button } else { ask_button };
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
        let class = if props.primary { "ckl-button ckl-primary" } else { "ckl-button ckl-secondary" };
        return html! { <button type="button" {class} onclick={ask} ref={ask_button}>{props.label.clone()}</button> };
    }
    let confirm = {
        let (on_confirm, asking) = (props.on_confirm.clone(), asking.clone());
        Callback::from(move |_| {
            asking.set(false);
            on_confirm.emit(());
        })
    };
    let cancel = Callback::from(move |_| asking.set(false));
    html! {
        <div class="ckl-confirm" role="group" aria-label={props.label.clone()}>
            <p>{props.question.clone()}</p>
            <button type="button" class="ckl-button ckl-danger" onclick={confirm} ref={yes_button}>{props.yes.clone()}</button>
            <button type="button" class="ckl-button ckl-secondary" onclick={cancel}>{props.no.clone()}</button>
        </div>
    }
}
