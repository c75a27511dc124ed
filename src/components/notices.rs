use checklist_core::lang::Lang;
use checklist_core::state::{Action, ImportProblem, Notice};
use checklist_core::ui_text::{fill, ui};
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
        <div class="ckl-notices" role="status" aria-live="polite">
            {for props.notices.iter().enumerate().map(|(index, notice)| {
                let dismiss = props.dispatch.reform(move |_| Action::DismissNotice(index));
                let warning = matches!(notice, Notice::StorageUnavailable | Notice::BackedUp(_) | Notice::NotSaved
                    | Notice::ImportFailed(..) | Notice::ShareUnreadable);
                html! {
                    <div class={classes!("ckl-notice-item", warning.then_some("ckl-warning"))}>
                        <p>{notice_text(notice, props.lang)}</p>
                        <button type="button" class="ckl-dismiss" onclick={dismiss}>{ui(props.lang).dismiss}</button>
                    </div>
                }
            })}
        </div>
    }
}

pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    let text = ui(lang);
    match notice {
        Notice::Resumed(n, total) => fill(text.notice_resumed, &[("n", &n.to_string()), ("total", &total.to_string())]),
        Notice::Updated { note, .. } => match note {
            Some(note) => format!("{} {}", text.notice_updated, note.get(lang)),
            None => text.notice_updated.to_string(),
        },
        Notice::StorageUnavailable => text.notice_storage_unavailable.to_string(),
        Notice::BackedUp(key) => fill(text.notice_backed_up, &[("key", key)]),
        Notice::NotSaved => text.notice_not_saved.to_string(),
        Notice::Imported(file) => fill(text.notice_imported, &[("file", file)]),
        Notice::ImportFailed(file, problem) => match problem {
            ImportProblem::Unreadable => fill(text.notice_import_unreadable, &[("file", file)]),
            ImportProblem::Newer => fill(text.notice_import_newer, &[("file", file)]),
            ImportProblem::OtherChecklist(id) => fill(text.notice_import_other, &[("file", file), ("id", id)]),
        },
        Notice::ShareUnreadable => text.notice_share_unreadable.to_string(),
        Notice::HistoryDeleted => text.notice_history_deleted.to_string(),
    }
}
