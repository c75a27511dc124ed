use checklist_core::scoring::score_instrument;
use checklist_core::state::Session;
use checklist_core::summary::{file_name, Context, Report};
use checklist_core::ui_text::ui;
use yew::prelude::*;

use crate::browser::{download, downloads_blocked, today};
use crate::content::{CHECKLISTS, SITE};
use crate::host_limits::blocked_downloads;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub session: Session,
    pub contact: Option<String>,
}

#[derive(Clone, Copy)]
enum Format {
    Html,
    Markdown,
    /// The results file: for loading again, or for a team lead's overview.
    Json,
}

/// The summary as a file, made in the browser from the current answers.
#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let text = ui(props.session.lang);
    let failed = use_state(|| false);
    let blocked = use_memo((), |_| downloads_blocked()); // issue 11
    let button = |format: Format, label: &'static str| {
        let session = props.session.clone();
        let failed = failed.clone();
        let contact = props.contact.clone();
        let onclick = Callback::from(move |_| failed.set(save(&session, contact.as_deref(), format).is_err()));
        html! { <button type="button" class="ckl-button ckl-secondary" {onclick}>{label}</button> }
    };
    html! {
        <section class="ckl-downloads">
            <h3>{text.downloads}</h3>
            <div class="ckl-actions">
                {button(Format::Html, text.download_html)}
                {button(Format::Markdown, text.download_text)}
                {button(Format::Json, text.download_results)}
            </div>
            if *failed {
                <p class="ckl-notice" role="alert">{text.download_failed}</p>
            }
            if *blocked { {blocked_downloads(&props.session, props.contact.as_deref())} }
        </section>
    }
}

fn save(session: &Session, contact: Option<&str>, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    let date = today();
    let results = score_instrument(session.instrument, &session.answers);
    let report = Report::new(
        session.instrument,
        &session.answers,
        &results,
        session.lang,
        date,
        &Context { all: CHECKLISTS, site: &SITE, contact },
    );
    match format {
        Format::Html => {
            download(&file_name(session.instrument, date, "html"), "text/html;charset=utf-8", &report.to_html())
        }
        Format::Markdown => {
            download(&file_name(session.instrument, date, "md"), "text/markdown;charset=utf-8", &report.to_markdown())
        }
        Format::Json => {
            download(&file_name(session.instrument, date, "json"), "application/json", &report.results_json)
        }
    }
}
