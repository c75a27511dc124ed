//! What the widget offers where the host page takes something away (issue 11): the detection
//! lives in `browser.rs`, the texts in `core::ui_text`; components call in with one line.

use checklist_core::lang::Lang;
use checklist_core::ui_text::ui;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// In a sandboxed frame without `allow-downloads` the download buttons cannot work: say so, and
/// give the summary as text, selected on focus, to copy (the share link below works as well).
pub fn blocked_downloads(lang: Lang, summary: String) -> Html {
    let text = ui(lang);
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(field) = event.target_dyn_into::<HtmlTextAreaElement>() {
            field.select();
        }
    });
    html! {
        <div class="ckl-blocked">
            <p class="ckl-notice">{text.downloads_blocked}</p>
            <label class="ckl-file-label">
                {text.summary_as_text}
                <textarea class="ckl-summary-text" readonly=true rows="8" value={summary} onfocus={select_all} />
            </label>
        </div>
    }
}
