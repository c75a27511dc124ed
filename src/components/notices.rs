use checklist_core::lang::Lang;
use checklist_core::state::{Action, Notice};
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::el;

/// What the visitor should know (answers resumed, storage off, a file not loaded), each with a
/// way to dismiss it. Announced politely to screen readers. A plain function, not a component
/// (see `start_over`).
pub fn notices(notices: &[Notice], lang: Lang, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="ckl-notices" role="status" aria-live="polite" tabindex="-1">
            {for notices.iter().enumerate().map(|(index, notice)| {
                let dismiss = dispatch.reform(move |_| Action::DismissNotice(index));
                html! {
                    <div class={classes!("ckl-notice-item", notice.is_warning().then_some("ckl-warning"))}>
                        {el::text("p", "", notice.text(lang))}
                        if *notice == Notice::SavedByNewerVersion {
                            {el::button("ckl-button ckl-secondary", ui(lang).continue_here,
                                dispatch.reform(|_| Action::ContinueInThisVersion))}
                        }
                        {el::button("ckl-dismiss", ui(lang).dismiss, dismiss)}
                    </div>
                }
            })}
        </div>
    }
}
