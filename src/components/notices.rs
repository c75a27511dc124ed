use checklist_core::lang::Lang;
use checklist_core::state::{Action, Notice};
use checklist_core::ui_text::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// What the visitor should know (answers resumed, storage off, a file not loaded), each with a
/// way to dismiss it. Announced politely to screen readers.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    html! {
        <div class="ckl-notices" role="status" aria-live="polite" tabindex="-1">
            {for props.notices.iter().enumerate().map(|(index, notice)| {
                let dismiss = props.dispatch.reform(move |_| Action::DismissNotice(index));
                html! {
                    <div class={classes!("ckl-notice-item", notice.is_warning().then_some("ckl-warning"))}>
                        <p>{notice.text(props.lang)}</p>
                        if *notice == Notice::SavedByNewerVersion {
                            <button type="button" class="ckl-button ckl-secondary"
                                onclick={props.dispatch.reform(|_| Action::ContinueInThisVersion)}>
                                {ui(props.lang).continue_here}
                            </button>
                        }
                        <button type="button" class="ckl-dismiss" onclick={dismiss}>{ui(props.lang).dismiss}</button>
                    </div>
                }
            })}
        </div>
    }
}
