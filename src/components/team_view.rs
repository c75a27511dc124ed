use std::rc::Rc;

use checklist_core::lang::Lang;
use checklist_core::mirror::MirrorReport;
use checklist_core::model::Instrument;
use checklist_core::state::{Action, DownloadKind};
use checklist_core::team::{summarise, Team, TeamReport};
use checklist_core::ui_text::{fill, ui};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::el;

use super::confirm::ConfirmButton;
use crate::browser::{page_address, read_text, today};

#[derive(Properties, PartialEq)]
pub struct TeamViewProps {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub team: Team,
    /// Saving works: the overview stays on this device until cleared.
    pub kept: bool,
    /// For a leader: their self-rating beside the team's answers to the team version.
    pub mirror: Option<Rc<MirrorReport>>,
    /// The link a leader sends to the team, and whether copying it worked.
    pub invite: Option<String>,
    pub copied: Option<bool>,
    /// `data-share-page`: where links point from a copy opened from disk.
    pub share_page: Option<String>,
    pub dispatch: Callback<Action>,
    pub instance: Rc<str>,
}

/// Reads every file, then sends them together: one message per file, in the order chosen.
pub(super) fn add_files(files: FileList, dispatch: Callback<Action>) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::new();
        for file in files {
            let name = file.name();
            read.push((name, read_text(file).await.unwrap_or_default()));
        }
        dispatch.emit(Action::AddTeamFiles(read));
    });
}

/// A team lead's overview: members' files combined, per dimension the mean, lowest and highest.
#[component]
pub fn TeamView(props: &TeamViewProps) -> Html {
    let (instrument, lang, team) = (props.instrument, props.lang, &props.team);
    let text = ui(lang);
    let dragging = use_state(|| false);
    let summary = summarise(instrument, team);

    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                if let Some(files) = input.files() {
                    add_files(files, dispatch.clone());
                }
                input.set_value("");
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dispatch, dragging) = (props.dispatch.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(files) = event.data_transfer().and_then(|d| d.files()) {
                add_files(files, dispatch.clone());
            }
        })
    };

    let notes = team.notes.iter().map(|note| html! { <li class={classes!("ckl-file-note", note.counted().then_some("ckl-counted"))}>{note.text(lang)}</li> });
    let counted = team.members.iter().map(|m| html! { <li>{fill(text.team_file_added, &[("file", &m.file)])}</li> });

    let report = TeamReport::new(instrument, &summary, lang, today());
    let mirror = props.mirror.as_deref().map(mirror_table);
    let table = mirror.or_else(|| (summary.members > 0).then(|| {
        let [a, b, c, d] = [text.dimension, text.team_mean, text.team_lowest, text.team_highest];
        html! {
            <>
                {el::text("p", "ckl-team-count", report.members.clone())}
                <table class="ckl-team-table">
                    <thead><tr><th scope="col">{a}</th><th scope="col">{b}</th><th scope="col">{c}</th><th scope="col">{d}</th></tr></thead>
                    <tbody>
                        {for report.rows.iter().map(|[name, mean, lowest, highest]| html! {
                            <tr><th scope="row">{name.clone()}</th><td>{mean.clone()}</td><td>{lowest.clone()}</td><td>{highest.clone()}</td></tr>
                        })}
                    </tbody>
                </table>
            </>
        }
    }));
    let disagreement =
        report.disagreement.as_ref().filter(|_| props.mirror.is_none()).map(|(heading, explain, question)| {
            html! {
                <section class="ckl-highlight ckl-disagree">
                    {el::text("h3", "", heading.clone())}
                    {el::text("p", "", explain.clone())}
                    {el::text("p", "ckl-question", *question)}
                </section>
            }
        });
    let pasted = use_node_ref();
    let add_links = {
        let (dispatch, pasted) = (props.dispatch.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                dispatch.emit(Action::AddTeamLinks(area.value()));
                area.set_value("");
                let _ = area.focus();
            }
        })
    };
    let paste_id = format!("{}-team-links", props.instance);
    let save = |kind: DownloadKind| props.dispatch.reform(move |_| Action::Download { kind, today: today() });
    let input_id = format!("{}-team-files", props.instance);
    html! {
        <div class="ckl-team">
            <h2 class="ckl-title" tabindex="-1">
                {match &props.mirror {
                    Some(mirror) => mirror.title.clone(),
                    None => format!("{} — {}", text.team_heading, instrument.title.get(lang)),
                }}
            </h2>
            {el::text("p", "", if props.mirror.is_some() { text.mirror_intro } else { text.team_intro })}
            if props.mirror.is_some() {
                {invite_link(lang, &props.instance, props.invite.clone(), props.copied, &props.dispatch, &props.share_page)}
            }
            <div class={classes!("ckl-dropzone", dragging.then_some("ckl-dragging"))} {ondragover} {ondragleave} {ondrop}>
                <label for={input_id.clone()} class="ckl-file-label">{text.team_choose_files}</label>
                <input type="file" id={input_id} multiple=true accept=".json,.html,.htm,application/json,text/html" {onchange} />
                {el::text("p", "ckl-hint", text.team_drop)}
            </div>
            <div class="ckl-paste">
                <label for={paste_id.clone()}>{text.team_paste_label}</label>
                <textarea id={paste_id} ref={pasted} rows="3" spellcheck="false" />
                {el::button("ckl-button ckl-secondary", text.team_paste_add, add_links)}
            </div>
            <ul class="ckl-file-notes" aria-live="polite">{for counted}{for notes}</ul>
            // One child each, present or not: Yew matches unkeyed children from the end, so a
            // child that comes and goes here would re-create the paste box above (and lose focus).
            {table.unwrap_or_default()}
            if props.kept && summary.members > 0 {
                {el::text("p", "ckl-hint", text.team_kept_here)}
            }
            {disagreement.unwrap_or_default()}
            if summary.members > 0 {
                <div class="ckl-actions">
                    {el::button("ckl-button ckl-secondary", text.download_html, save(DownloadKind::TeamHtml))}
                    {el::button("ckl-button ckl-secondary", text.download_text, save(DownloadKind::TeamMarkdown))}
                    <ConfirmButton label={text.team_clear} question={text.confirm_team_clear} yes={text.confirm_team_clear_yes}
                        no={text.cancel} on_confirm={props.dispatch.reform(|_| Action::ClearTeam)} />
                </div>
            }
            <div class="ckl-actions">
                {el::button("ckl-button ckl-primary", text.back_to_checklist, props.dispatch.reform(|_| Action::CloseTeam))}
            </div>
        </div>
    }
}

/// The leader's own scores beside the team's (figures only from three members on).
fn mirror_table(report: &MirrorReport) -> Html {
    let headers = report.headers();
    let gaps = report.gaps.iter().map(|gap| {
        html! {
            <section class="ckl-highlight ckl-disagree">
                {el::text("h4", "", gap.dimension.clone())}
                {el::text("p", "", gap.explain.clone())}
                {el::text("p", "ckl-question", gap.question)}
            </section>
        }
    });
    html! {
        <>
            {el::text("p", "ckl-team-count", report.members.clone())}
            if let Some(waiting) = report.waiting.clone() {
                {el::text("p", "ckl-banner", waiting)}
            }
            if report.own_missing {
                {el::text("p", "ckl-hint", ui(report.lang).mirror_own_missing)}
            }
            <table class="ckl-team-table ckl-mirror-table">
                <thead><tr>{for headers.iter().map(|h| html! { <th scope="col">{*h}</th> })}</tr></thead>
                <tbody>
                    {for report.rows.iter().map(|[name, cells @ ..]| html! {
                        <tr><th scope="row">{name.clone()}</th>{for cells.iter().map(|c| html! { <td>{c.clone()}</td> })}</tr>
                    })}
                </tbody>
            </table>
            if let Some(heading) = report.differ_most.clone() {
                {el::text("h3", "", heading)}
            }
            if !report.gaps.is_empty() {
                {el::text("h3", "", ui(report.lang).mirror_big_gaps)}
                {for gaps}
            }
        </>
    }
}

/// The link a leader sends to the team, to copy or select.
fn invite_link(
    lang: Lang,
    instance: &str,
    invite: Option<String>,
    copied: Option<bool>,
    dispatch: &Callback<Action>,
    hosted: &Option<String>,
) -> Html {
    let text = ui(lang);
    let id = format!("{instance}-invite");
    // A copy opened from disk, with no hosted page given: a link would point to this computer.
    let Some(invite) = invite else {
        return el::text("p", "ckl-hint ckl-invite", text.share_unavailable);
    };
    let hosted = hosted.clone();
    html! {
        <section class="ckl-share ckl-invite">
            <label for={id.clone()}>{text.mirror_invite}</label>
            <input type="text" class="ckl-share-link" {id} readonly=true value={invite} />
            {el::button("ckl-button ckl-secondary", text.copy_link,
                dispatch.reform(move |_| Action::CopyInviteLink { page: page_address(), hosted: hosted.clone() }))}
            <p class="ckl-hint" role="status">
                {match copied {
                    Some(true) => text.link_copied,
                    Some(false) => text.link_copy_failed,
                    None => "",
                }}
            </p>
        </section>
    }
}
