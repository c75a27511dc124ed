use std::rc::Rc;

use checklist_core::answers::Answer;
use checklist_core::chart::quadrant_svg;
use checklist_core::lang::Lang;
use checklist_core::model::{Dimension, Instrument, QuadrantReading};
use checklist_core::scoring::{position, score_instrument, DimensionResult, Results};
use checklist_core::state::{Action, Session};
use checklist_core::summary::{position_in_words, too_few_answers};
use checklist_core::ui_text::{fill, ui};
use yew::prelude::*;

use super::app::use_focus_on_request;
use super::downloads::Downloads;
use super::start_over::StartOver;
use crate::content::{find_checklist, SITE};

/// Where each checklist can be found from this widget: (checklist id, href).
pub type ChecklistLinks = Rc<[(&'static str, String)]>;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub session: Session,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
    pub focus_request: u32,
    pub links: ChecklistLinks,
    pub contact: Option<String>,
}

/// The results of a checklist or a reflection, the downloads, and the way back.
#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    use_focus_on_request(props.heading.clone(), props.focus_request);
    let session = &props.session;
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let results = score_instrument(instrument, &session.answers);
    let back = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::BackToQuestions))
    };
    let body = match instrument.quadrant_reading() {
        None => checklist_results(session, &results),
        Some(reading) => reflection_results(session, &results, reading, &props.links),
    };
    html! {
        <div class="ckl-results">
            <h2 class="ckl-title" tabindex="-1" ref={props.heading.clone()}>
                {format!("{} — {}", text.results_heading, instrument.title.get(lang))}
            </h2>
            {body}
            <section class="ckl-invitation">
                <h3>{SITE.invitation_title.get(lang)}</h3>
                <p>{SITE.invitation_text.get(lang)}</p>
                if let Some(href) = props.contact.clone() {
                    <p><a class="ckl-button ckl-primary" {href}>{SITE.contact_label.get(lang)}</a></p>
                }
            </section>
            <Downloads session={session.clone()} contact={props.contact.clone()} />
            <div class="ckl-actions">
                <button type="button" class="ckl-button ckl-secondary" onclick={back}>{text.change_answers}</button>
                <StartOver {lang} dispatch={props.dispatch.clone()} />
            </div>
        </div>
    }
}

/// Overall score, a row per dimension, "bouw hierop" and "begin hier".
fn checklist_results(session: &Session, results: &Results) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let band_name = |band: usize| instrument.bands[band].name.get(lang);
    let overall = match results.overall {
        Some(score) => html! {
            <div class="ckl-overall">
                <p class="ckl-overall-label">{text.overall_score}</p>
                <p class="ckl-overall-score">
                    <span class="ckl-score-number">{score.value}</span>
                    {" "}<span class="ckl-score-scale">{text.out_of_hundred}</span>
                </p>
                <p class="ckl-band-name">{band_name(score.band)}</p>
            </div>
        },
        None => html! { <p class="ckl-overall ckl-overall-missing">{text.overall_needs_all}</p> },
    };
    let rows = dimension_rows(session, results, |dimension, score, band| {
        html! {
            <>
                <p class="ckl-dimension-score">
                    <strong>{text.score_out_of(score)}</strong>{" · "}{band_name(band)}
                </p>
                <p>{dimension.band_texts[band].meaning.get(lang)}</p>
            </>
        }
    });
    let highlights =
        [(results.strongest, text.build_on_this, "ckl-build-on"), (results.weakest, text.start_here, "ckl-start-here")]
            .into_iter()
            .filter_map(|(dimension, label, class)| {
                let d = dimension?;
                let band = results.dimensions[d].score()?.band;
                Some(highlight(&instrument.dimensions[d], band, label, class, lang))
            });
    html! {
        <>
            {overall}
            <p class="ckl-note">{text.band_note}</p>
            <h3>{text.per_dimension}</h3>
            {rows}
            {for highlights}
        </>
    }
}

/// The 2×2 with the visitor's position, what that form of change asks, and the next checklist.
fn reflection_results(session: &Session, results: &Results, reading: &QuadrantReading, links: &ChecklistLinks) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let rows = dimension_rows(session, results, |_, score, _| {
        html! { <p class="ckl-dimension-score"><strong>{text.score_out_of(score)}</strong></p> }
    });
    let Some(at) = position(instrument, results) else {
        return html! {
            <>
                <p class="ckl-overall ckl-overall-missing">{text.position_needs_both}</p>
                {rows}
            </>
        };
    };
    let quadrant = &reading.quadrants[at.quadrant];
    let words = position_in_words(instrument, at, lang);
    let chart = Html::from_html_unchecked(quadrant_svg(instrument, reading, at, lang, &words).into());
    let next = find_checklist(quadrant.checklist).map_or(quadrant.checklist, |c| c.title.get(lang));
    let href = links.iter().find(|(id, _)| *id == quadrant.checklist).map(|(_, href)| href.clone());
    html! {
        <>
            <figure class="ckl-chart">
                {chart}
                <figcaption>{words}</figcaption>
            </figure>
            <div class="ckl-overall">
                <p class="ckl-overall-label">{text.position}</p>
                <p class="ckl-band-name ckl-quadrant-name">{fill(text.your_change, &[("name", quadrant.name.get(lang))])}</p>
            </div>
            if at.near_centre {
                <section class="ckl-highlight ckl-centre">
                    <h3>{reading.centre.name.get(lang)}</h3>
                    <p>{reading.centre.meaning.get(lang)}</p>
                </section>
            }
            <p>{quadrant.meaning.get(lang)}</p>
            <h3>{text.what_it_asks}</h3>
            <ul>{for quadrant.asks.get(lang).iter().map(|ask| html! { <li>{*ask}</li> })}</ul>
            <h3>{text.leadership_now}</h3>
            <p>{quadrant.capacities.get(lang)}</p>
            <section class="ckl-highlight ckl-next">
                <h3>{fill(text.next_checklist, &[("title", next)])}</h3>
                <p>{quadrant.checklist_reason.get(lang)}</p>
                if let Some(href) = href {
                    <p><a class="ckl-link" {href}>{fill(text.go_to_checklist, &[("title", &next.to_lowercase())])}</a></p>
                }
            </section>
            <h3>{text.per_axis}</h3>
            {rows}
        </>
    }
}

/// One row per dimension (or axis): `scored` shows a score, otherwise the missing items.
fn dimension_rows(session: &Session, results: &Results, scored: impl Fn(&Dimension, u8, usize) -> Html) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let rows = instrument.dimensions.iter().zip(&results.dimensions).map(|(dimension, result)| {
        let body = match result {
            DimensionResult::Scored { score, .. } => scored(dimension, score.value, score.band),
            DimensionResult::TooFewAnswers { answered, needed, unscored_items } => html! {
                <>
                    <p class="ckl-dimension-score">{too_few_answers(lang, *answered, *needed)}</p>
                    <p>{text.still_to_answer}</p>
                    <ul class="ckl-missing">
                        {for unscored_items.iter().map(|&item| missing_item(session, instrument, item))}
                    </ul>
                </>
            },
        };
        html! {
            <li class="ckl-dimension-result">
                <h4>{dimension.name.get(lang)}</h4>
                {body}
            </li>
        }
    });
    html! { <ul class="ckl-dimension-results">{for rows}</ul> }
}

fn missing_item(session: &Session, instrument: &Instrument, item: usize) -> Html {
    let lang = session.lang;
    let Some((_, content)) = instrument.items().nth(item) else {
        return html! {};
    };
    html! {
        <li>
            {content.text.get(lang)}
            if session.answers.get(item) == Answer::Unknown {
                <span class="ckl-unknown-mark">{format!(" ({})", ui(lang).answered_unknown)}</span>
            }
        </li>
    }
}

fn highlight(dimension: &Dimension, band: usize, label: &str, class: &'static str, lang: Lang) -> Html {
    let text = ui(lang);
    let band_text = &dimension.band_texts[band];
    html! {
        <section class={classes!("ckl-highlight", class)}>
            <h3>{format!("{label}: {}", dimension.name.get(lang))}</h3>
            <p>{band_text.meaning.get(lang)}</p>
            <h4>{text.next_steps}</h4>
            <ul>{for band_text.steps.get(lang).iter().map(|step| html! { <li>{*step}</li> })}</ul>
            <h4>{text.to_discuss}</h4>
            <p class="ckl-question">{band_text.question.get(lang)}</p>
        </section>
    }
}
