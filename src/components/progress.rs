use checklist_core::state::Session;
use checklist_core::ui_text::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub session: Session,
}

/// "12 van 20 beantwoord", a bar and what is left; stays in view while scrolling.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let text = ui(props.session.lang);
    let answered = props.session.answers.given_count();
    let total = props.session.answers.len();
    html! {
        <div class="ckl-progress">
            <p class="ckl-progress-text" aria-live="polite">
                <span class="ckl-progress-count">{text.progress(answered, total)}</span>
                <span class="ckl-progress-left">{text.questions_left(total - answered)}</span>
            </p>
            <progress max={total.to_string()} value={answered.to_string()} aria-hidden="true"></progress>
        </div>
    }
}
