use std::rc::Rc;

use checklist_core::lang::Lang;
use checklist_core::state::{Action, DownloadKind};
use checklist_core::summary::{
    ChecklistReport, GuideReport, Highlight, NextChecklist, QuadrantReport, ReflectionReport, Report, ReportBody,
    ReportRow,
};
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::chart::chart;
use super::confirm::ConfirmButton;
use super::el;
use super::mail::mail_to_practice;
use super::start_over::start_over;
use crate::browser::{page_address, today};
use crate::host_limits::blocked_downloads;
use crate::links::ChecklistLinks;

/// What the results screen shows. Not a component's props: the screen is a plain function (see
/// [`results_view`]).
pub struct ResultsProps {
    /// Everything the results say, decided in the core (the summaries render the same model).
    pub report: Report,
    /// Someone else's results from a share link: read-only, with a way to take them over.
    pub shared: bool,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub instance: Rc<str>,
    /// Whether taking shared results over replaces answers of this visitor (then it asks first).
    pub own_answers_given: bool,
    pub links: ChecklistLinks,
    /// `None` where no link made here would work elsewhere (a copy opened from disk, with no
    /// hosted address configured): then the section says so, and nothing can be copied.
    pub share_link: Option<String>,
    /// The hosted address for share links (`data-share-page`), for "copy link".
    pub share_page: Option<String>,
    pub copied: Option<bool>,
    pub download_failed: bool,
    /// A sandboxed frame without `allow-downloads`: say so, and give the summary as text.
    pub downloads_blocked: bool,
    /// The page gave the practice's address: "send my results" is offered.
    pub mail_offered: bool,
    /// The mail as it would be sent, while its preview is open.
    pub mail_draft: Option<Rc<checklist_core::mail::MailDraft>>,
}

/// The results of a checklist or a reflection, the downloads, and the way back. A plain function,
/// not a component: the widget makes the report afresh for every render of this screen anyway,
/// and the component type with its props comparison (the whole report) cost about 1 KB gzipped.
pub fn results_view(props: &ResultsProps) -> Html {
    let report = &props.report;
    let text = ui(props.lang);
    let body = match &report.body {
        ReportBody::Checklist(checklist) => checklist_results(checklist, props.lang),
        ReportBody::Reflection(reflection) => reflection_results(reflection, &props.links, props.lang),
    };
    let heading = html! { <h2 class="ckl-title" tabindex="-1">{report.heading.clone()}</h2> };
    let dispatch = &props.dispatch;
    if props.shared {
        let take_over = dispatch.reform(|_| Action::TakeOverShared);
        return html! {
            <div class="ckl-results ckl-shared">
                {el::text("p", "ckl-banner", text.shared_banner)}
                {heading}
                {body}
                <div class="ckl-actions">
                    if props.own_answers_given {
                        <ConfirmButton label={text.take_over} question={text.confirm_take_over} yes={text.take_over}
                            no={text.cancel} on_confirm={take_over} primary=true />
                    } else {
                        {el::button("ckl-button ckl-primary", text.take_over, take_over.reform(|_| ()))}
                    }
                    {el::button("ckl-button ckl-secondary", text.close_shared, dispatch.reform(|_| Action::CloseShared))}
                </div>
            </div>
        };
    }
    let download = |kind: DownloadKind, label: &'static str| {
        el::button(
            "ckl-button ckl-secondary",
            label,
            dispatch.reform(move |_| Action::Download { kind, today: today() }),
        )
    };
    let invitation = &report.invitation;
    let share_id = format!("{}-share", props.instance);
    html! {
        <div class="ckl-results">
            {heading}
            {el::text("p", "ckl-print-only", report.completed_on.clone())}
            {body}
            {guide(&report.guide, &props.links, props.lang)}
            <section class="ckl-invitation">
                {el::text("h3", "", invitation.title)}
                {el::text("p", "", invitation.text)}
                if let Some((label, href)) = invitation.contact.clone() {
                    <p><a class="ckl-button ckl-primary" {href}>{label}</a></p>
                }
                if props.mail_offered {
                    {mail_to_practice(props.mail_draft.as_deref(), props.lang, dispatch)}
                }
            </section>
            <section class="ckl-downloads">
                {el::text("h3", "", text.downloads)}
                <div class="ckl-actions">
                    {download(DownloadKind::Html, text.download_html)}
                    {download(DownloadKind::Markdown, text.download_text)}
                    {download(DownloadKind::ResultsFile, text.download_results)}
                </div>
                if props.download_failed {
                    <p class="ckl-notice" role="alert">{text.download_failed}</p>
                }
                if props.downloads_blocked {
                    {blocked_downloads(props.lang, report.to_markdown())}
                }
            </section>
            <p class="ckl-print">
                {el::button("ckl-button ckl-secondary", text.print, dispatch.reform(|_| Action::Print))}
            </p>
            <section class="ckl-share">
                {el::text("h3", "", text.share_heading)}
                if let Some(link) = props.share_link.clone() {
                    {el::text("p", "ckl-hint", text.share_explain)}
                    <label class="ckl-visually-hidden" for={share_id.clone()}>{text.share_heading}</label>
                    <input type="text" class="ckl-share-link" id={share_id} readonly=true value={link} />
                    {el::button("ckl-button ckl-secondary", text.copy_link, copy_link(dispatch, &props.share_page))}
                    <p class="ckl-hint" role="status">
                        {match props.copied {
                            Some(true) => text.link_copied,
                            Some(false) => text.link_copy_failed,
                            None => "",
                        }}
                    </p>
                } else {
                    {el::text("p", "ckl-share-unavailable", text.share_unavailable)}
                }
            </section>
            if let Some(note) = report.history_note.clone() {
                <section class="ckl-history">
                    {el::text("p", "", note)}
                    <ConfirmButton label={text.delete_history} question={text.confirm_delete_history}
                        yes={text.confirm_delete_yes} no={text.cancel} on_confirm={dispatch.reform(|_| Action::DeleteHistory)} />
                </section>
            }
            <div class="ckl-actions">
                {el::button("ckl-button ckl-secondary", text.change_answers, dispatch.reform(|_| Action::BackToQuestions))}
                {start_over(props.lang, dispatch)}
            </div>
        </div>
    }
}

/// "Copy link": the core makes the link from the page's address, or the hosted one.
fn copy_link(dispatch: &Callback<Action>, hosted: &Option<String>) -> Callback<MouseEvent> {
    let hosted = hosted.clone();
    dispatch.reform(move |_| Action::CopyShareLink { page: page_address(), hosted: hosted.clone() })
}

/// The chart, a row per dimension (level, the answer the score stands for, the number last),
/// then "bouw hierop" and "begin hier" only when the scores say so. No overall score.
fn checklist_results(report: &ChecklistReport, lang: Lang) -> Html {
    let text = ui(lang);
    html! {
        <>
            {el::text("p", "ckl-note", report.band_note)}
            {el::text("h3", "", text.per_dimension)}
            <figure class="ckl-chart ckl-bars">
                {chart(&report.chart)}
                // A div, not the table itself: a table does not shrink to the 1 px of the hiding rule.
                <div class="ckl-visually-hidden"><table>
                    <caption>{text.per_dimension}</caption>
                    <thead><tr><th scope="col">{text.dimension}</th><th scope="col">{text.score}</th><th scope="col">{text.level}</th></tr></thead>
                    <tbody>
                        {for report.rows.iter().map(|row| html! {
                            <tr><th scope="row">{row.dimension}</th><td>{row.score.clone()}</td><td>{row.band.clone()}</td></tr>
                        })}
                    </tbody>
                </table></div>
            </figure>
            {dimension_rows(&report.rows, lang, true)}
            if let Some(note) = report.spread_note {
                <p class="ckl-spread" aria-live="polite">{note}</p>
            }
            if let Some(note) = report.unknown_note.clone() {
                {el::text("p", "ckl-unknown-note", note)}
            }
            {for report.highlights.iter().map(|h| highlight(h, if h.build_on { "ckl-build-on" } else { "ckl-start-here" }, lang))}
            if let Some(bridge) = report.bridge.clone() {
                {el::text("p", "ckl-question ckl-bridge", bridge)}
            }
        </>
    }
}

/// The 2×2 with the visitor's position, what that form of change asks, and the next checklist.
fn reflection_results(report: &ReflectionReport, links: &ChecklistLinks, lang: Lang) -> Html {
    let text = ui(lang);
    let rows = dimension_rows(&report.rows, lang, false);
    let Some(reading) = &report.reading else {
        return html! {
            <>
                {el::text("p", "ckl-overall ckl-overall-missing", text.position_needs_both)}
                {rows}
            </>
        };
    };
    html! {
        <>
            {quadrant(reading, links, lang)}
            {el::text("h3", "", text.per_axis)}
            {rows}
        </>
    }
}

fn quadrant(reading: &QuadrantReport, links: &ChecklistLinks, lang: Lang) -> Html {
    let text = ui(lang);
    // One reading only: a quadrant, a border between two, or the centre; never two texts.
    let shown = &reading.texts;
    html! {
        <>
            <figure class="ckl-chart">
                {chart(&reading.chart)}
                {el::text("figcaption", "", reading.words.clone())}
            </figure>
            <div class="ckl-overall">
                {el::text("p", "ckl-overall-label", text.position)}
                {el::text("p", "ckl-band-name ckl-quadrant-name", shown.heading.clone())}
            </div>
            {el::text("p", "", shown.meaning)}
            if !shown.neighbours.is_empty() {
                {el::text("h3", "", text.the_two_forms)}
                <ul class="ckl-neighbours">
                    {for shown.neighbours.iter().map(|(name, short)| html! { <li><strong>{*name}</strong>{": "}{*short}</li> })}
                </ul>
            }
            if !shown.asks.is_empty() {
                {el::text("h3", "", text.what_it_asks)}
                {el::list("ul", "", shown.asks)}
            }
            if let Some(capacities) = shown.capacities {
                {el::text("h3", "", text.leadership_now)}
                {el::text("p", "", capacities)}
            }
            {el::text("h3", "", text.next_steps)}
            {el::list("ul", "", shown.steps)}
            {for reading.next.iter().map(|next| el::el("section", "ckl-highlight ckl-next", html! {
                <>
                    {el::text("h3", "", next.heading.clone())}
                    {el::text("p", "", next.reason)}
                    {link_to(next, links)}
                </>
            }))}
        </>
    }
}

/// "Naar de checklist teams", when that checklist can be reached from here.
fn link_to(next: &NextChecklist, links: &ChecklistLinks) -> Html {
    match links.iter().find(|(id, _)| *id == next.id) {
        Some((_, href)) => html! { <p><a class="ckl-link" href={href.clone()}>{next.go_to.clone()}</a></p> },
        None => html! {},
    }
}

/// "Hoe gebruik je dit": the routine and the checklist that goes with this one.
fn guide(guide: &GuideReport, links: &ChecklistLinks, lang: Lang) -> Html {
    html! {
        <section class="ckl-guide">
            {el::text("h3", "", ui(lang).how_to_use)}
            {el::list("ol", "", guide.routine)}
            if let Some(link) = &guide.link {
                {el::text("h4", "", link.heading.clone())}
                {el::text("p", "", link.reason)}
                {link_to(link, links)}
            }
        </section>
    }
}

/// One row per dimension (or axis): its score (with the band text when `explain`), or the
/// items still to answer.
fn dimension_rows(rows: &[ReportRow], lang: Lang, explain: bool) -> Html {
    let text = ui(lang);
    html! {
        <ul class="ckl-dimension-results">
            {for rows.iter().map(|row| html! {
                <li class="ckl-dimension-result">
                    {el::text("h4", "", row.dimension)}
                    if row.missing.is_empty() {
                        if explain {
                            <p class="ckl-dimension-score">
                                <strong>{row.band.clone()}</strong>{" · "}{row.around.clone()}{" · "}
                                <span class="ckl-score-secondary">{row.score_secondary.clone()}</span>
                            </p>
                            {el::text("p", "", row.meaning)}
                        } else {
                            <p class="ckl-dimension-score"><strong>{row.score_text.clone()}</strong></p>
                        }
                    } else {
                        {el::text("p", "ckl-dimension-score", row.score_text.clone())}
                        {el::text("p", "", text.still_to_answer)}
                        <ul class="ckl-missing">
                            {for row.missing.iter().map(|(item, unknown)| html! {
                                <li>
                                    {*item}
                                    if *unknown {
                                        <span class="ckl-unknown-mark">{" ("}{text.answered_unknown}{")"}</span>
                                    }
                                </li>
                            })}
                        </ul>
                    }
                    if let Some(change) = row.change.clone() {
                        {el::text("p", "ckl-change", change)}
                    }
                </li>
            })}
        </ul>
    }
}

fn highlight(highlight: &Highlight, class: &'static str, lang: Lang) -> Html {
    let text = ui(lang);
    html! {
        <section class={classes!("ckl-highlight", class)}>
            {el::text("h3", "", format!("{}: {}", highlight.label, highlight.dimension))}
            {el::text("p", "", highlight.meaning)}
            {el::text("h4", "", text.next_steps)}
            {el::list("ul", "", highlight.steps)}
            {el::text("h4", "", text.to_discuss)}
            {el::text("p", "ckl-question", highlight.question)}
        </section>
    }
}
