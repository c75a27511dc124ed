use checklist_core::answers::Answer;
use checklist_core::lang::Lang;
use checklist_core::model::Dimension;
use checklist_core::scoring::{score_instrument, DimensionResult};
use checklist_core::state::{Action, Session};
use checklist_core::ui_text::{fill, ui};
use yew::prelude::*;

use super::app::use_focus_on_request;
use super::downloads::Downloads;
use super::start_over::StartOver;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub session: Session,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
    pub focus_request: u32,
}

/// Scores, bands and what they mean; where to build and where to begin; the downloads.
#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    use_focus_on_request(props.heading.clone(), props.focus_request);
    let session = &props.session;
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let results = score_instrument(instrument, &session.answers);
    let band_name = |band: usize| instrument.bands[band].name.get(lang);
    let back = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::BackToQuestions))
    };

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

    let dimension_rows = instrument.dimensions.iter().zip(&results.dimensions).map(|(dimension, result)| {
        let body = match result {
            DimensionResult::Scored { score, .. } => html! {
                <>
                    <p class="ckl-dimension-score">
                        <strong>{text.score_out_of(score.value)}</strong>{" · "}{band_name(score.band)}
                    </p>
                    <p>{dimension.band_texts[score.band].meaning.get(lang)}</p>
                </>
            },
            DimensionResult::TooFewAnswers { answered, needed, unscored_items } => html! {
                <>
                    <p class="ckl-dimension-score">
                        {fill(text.too_few_answers, &[("n", &answered.to_string()), ("needed", &needed.to_string())])}
                    </p>
                    <p>{text.still_to_answer}</p>
                    <ul class="ckl-missing">
                        {for unscored_items.iter().map(|&item| missing_item(session, item, lang))}
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

    let highlights = [
        (results.strongest, text.build_on_this, "ckl-build-on"),
        (results.weakest, text.start_here, "ckl-start-here"),
    ]
    .into_iter()
    .filter_map(|(dimension, label, class)| {
        let d = dimension?;
        let band = results.dimensions[d].score()?.band;
        Some(highlight(
            &instrument.dimensions[d],
            band,
            label,
            class,
            lang,
        ))
    });

    html! {
        <div class="ckl-results">
            <h2 class="ckl-title" tabindex="-1" ref={props.heading.clone()}>
                {format!("{} — {}", text.results_heading, instrument.title.get(lang))}
            </h2>
            {overall}
            <p class="ckl-note">{text.band_note}</p>
            <h3>{text.per_dimension}</h3>
            <ul class="ckl-dimension-results">{for dimension_rows}</ul>
            {for highlights}
            <Downloads session={session.clone()} />
            <div class="ckl-actions">
                <button type="button" class="ckl-button ckl-secondary" onclick={back}>{text.change_answers}</button>
                <StartOver {lang} dispatch={props.dispatch.clone()} />
            </div>
        </div>
    }
}

fn missing_item(session: &Session, item: usize, lang: Lang) -> Html {
    let text = ui(lang);
    let Some((_, content)) = session.instrument.items().nth(item) else {
        return html! {};
    };
    html! {
        <li>
            {content.text.get(lang)}
            if session.answers.get(item) == Answer::Unknown {
                <span class="ckl-unknown-mark">{format!(" ({})", text.answered_unknown)}</span>
            }
        </li>
    }
}

fn highlight(
    dimension: &Dimension,
    band: usize,
    label: &str,
    class: &'static str,
    lang: Lang,
) -> Html {
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
