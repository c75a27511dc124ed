//! What the widget offers where the host page takes something away (issue 11): the detection
//! lives in `browser.rs`, the texts in `core::ui_text`; components call in with one line.

use checklist_core::scoring::score_instrument;
use checklist_core::state::Session;
use checklist_core::summary::{Context, Report};
use checklist_core::ui_text::ui;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser::today;
use crate::content::{CHECKLISTS, SITE};

/// In a sandboxed frame without `allow-downloads` the download buttons cannot work: say so, and
/// give the summary as text, selected on focus, to copy (the share link below works as well).
pub fn blocked_downloads(session: &Session, contact: Option<&str>) -> Html {
    let text = ui(session.lang);
    let results = score_instrument(session.instrument, &session.answers);
    let context = Context { all: CHECKLISTS, site: &SITE, contact };
    let summary =
        Report::new(session.instrument, &session.answers, &results, session.lang, today(), &context).to_markdown();
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
