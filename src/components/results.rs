use std::rc::Rc;

use checklist_core::answers::{Answer, Answers};
use checklist_core::chart::{bars_svg, bars_table, quadrant_svg};
use checklist_core::history;
use checklist_core::lang::Lang;
use checklist_core::model::{Dimension, Instrument, QuadrantReading};
use checklist_core::reading::texts;
use checklist_core::scoring::{
    anchor, highlights, position, score_instrument, unknown_worth_saying, DimensionResult, Results,
};
use checklist_core::state::{Action, Session};
use checklist_core::summary::{position_in_words, too_few_answers};
use checklist_core::ui_text::{fill, ui, UiText};
use yew::prelude::*;

use super::app::use_focus_on_request;
use super::confirm::ConfirmButton;
use super::downloads::Downloads;
use super::share::ShareLink;
use super::start_over::StartOver;
use crate::browser::{print_widget, today};
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
    /// Someone else's answers from a share link: shown read-only.
    pub shared: Option<Answers>,
    pub instance: String,
}

/// The results of a checklist or a reflection, the downloads, and the way back. With `shared`,
/// someone else's results from a share link, read-only.
#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    use_focus_on_request(props.heading.clone(), props.focus_request);
    let own = &props.session;
    let (instrument, lang) = (own.instrument, own.lang);
    let text = ui(lang);
    let shown = match &props.shared {
        Some(answers) => Session { answers: answers.clone(), ..own.clone() },
        None => own.clone(),
    };
    let results = score_instrument(instrument, &shown.answers);
    let earlier = if props.shared.is_none() { history::previous(&own.history, &own.answers) } else { None };
    let changes = Changes {
        by_dimension: earlier.map(|e| history::changes(instrument, &e.answers, &own.answers)).unwrap_or_default(),
        since: earlier.map(|e| e.date.long(lang)).unwrap_or_default(),
    };
    let body = match instrument.quadrant_reading() {
        None => checklist_results(&shown, &results, &changes),
        Some(reading) => reflection_results(&shown, &results, reading, &props.links, &changes),
    };
    let heading = html! {
        <h2 class="ckl-title" tabindex="-1" ref={props.heading.clone()}>
            {format!("{} — {}", text.results_heading, instrument.title.get(lang))}
        </h2>
    };
    if props.shared.is_some() {
        let close = props.dispatch.reform(|_| Action::CloseShared);
        let take_over = props.dispatch.reform(|_| Action::TakeOverShared);
        return html! {
            <div class="ckl-results ckl-shared">
                <p class="ckl-banner">{text.shared_banner}</p>
                {heading}
                {body}
                <div class="ckl-actions">
                    if own.answers.given_count() > 0 {
                        <ConfirmButton label={text.take_over} question={text.confirm_take_over} yes={text.take_over}
                            no={text.cancel} on_confirm={take_over} primary=true />
                    } else {
                        <button type="button" class="ckl-button ckl-primary" onclick={take_over.reform(|_| ())}>{text.take_over}</button>
                    }
                    <button type="button" class="ckl-button ckl-secondary" onclick={close}>{text.close_shared}</button>
                </div>
            </div>
        };
    }
    let print = {
        let heading = props.heading.clone();
        Callback::from(move |_| {
            if let Some(heading) = heading.cast::<web_sys::Element>() {
                print_widget(&heading);
            }
        })
    };
    let history_note = earlier.map(|e| {
        let note = fill(text.attempts_kept, &[("n", &own.history.len().to_string()), ("date", &e.date.long(lang))]);
        html! {
            <section class="ckl-history">
                <p>{note}</p>
                <ConfirmButton label={text.delete_history} question={text.confirm_delete_history}
                    yes={text.confirm_delete_yes} no={text.cancel} on_confirm={props.dispatch.reform(|_| Action::DeleteHistory)} />
            </section>
        }
    });
    let printed_on = fill(text.completed_on, &[("date", &today().long(lang))]);
    html! {
        <div class="ckl-results">
            {heading}
            <p class="ckl-print-only">{printed_on}</p>
            {body}
            {guide(instrument, lang, &props.links)}
            <section class="ckl-invitation">
                <h3>{SITE.invitation_title.get(lang)}</h3>
                <p>{SITE.invitation_text.get(lang)}</p>
                if let Some(href) = props.contact.clone() {
                    <p><a class="ckl-button ckl-primary" {href}>{SITE.contact_label.get(lang)}</a></p>
                }
            </section>
            <Downloads session={own.clone()} contact={props.contact.clone()} />
            <p class="ckl-print">
                <button type="button" class="ckl-button ckl-secondary" onclick={print}>{text.print}</button>
            </p>
            <ShareLink session={own.clone()} instance={props.instance.clone()} />
            {for history_note}
            <div class="ckl-actions">
                <button type="button" class="ckl-button ckl-secondary" onclick={props.dispatch.reform(|_| Action::BackToQuestions)}>
                    {text.change_answers}
                </button>
                <StartOver {lang} dispatch={props.dispatch.clone()} />
            </div>
        </div>
    }
}

/// Score changes since the previous completed attempt, per dimension, and its date.
#[derive(Default)]
struct Changes {
    by_dimension: Vec<Option<i16>>,
    since: String,
}

impl Changes {
    fn of(&self, dimension: usize, lang: Lang) -> Option<String> {
        let change = (*self.by_dimension.get(dimension)?)?;
        Some(fill(ui(lang).change_since, &[("change", &UiText::signed(change)), ("date", &self.since)]))
    }
}

/// A row per dimension (level, the answer the score stands for, the number last), then
/// "bouw hierop" and "begin hier" only when the scores say so. No overall score.
fn checklist_results(session: &Session, results: &Results, changes: &Changes) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let band_name = |band: usize| instrument.bands[band].name.get(lang);
    let rows = dimension_rows(session, results, changes, |dimension, score, band| {
        let around =
            fill(text.answers_around, &[("label", instrument.scale[anchor(instrument, score)].label.get(lang))]);
        html! {
            <>
                <p class="ckl-dimension-score">
                    <strong>{band_name(band)}</strong>{" · "}{around}{" · "}
                    <span class="ckl-score-secondary">{fill(text.score_secondary, &[("n", &score.to_string())])}</span>
                </p>
                <p>{dimension.band_texts[band].meaning.get(lang)}</p>
            </>
        }
    });
    let picked = highlights(results);
    let scored = results.dimensions.iter().filter(|d| d.score().is_some()).count();
    let spread_note = if picked.close {
        Some(text.themes_close)
    } else if scored >= 2 && (picked.build_on.is_none() || picked.start_here.is_none()) {
        Some(text.themes_tied)
    } else {
        None
    };
    let highlights =
        [(picked.build_on, text.build_on_this, "ckl-build-on"), (picked.start_here, text.start_here, "ckl-start-here")]
            .into_iter()
            .filter_map(|(dimension, label, class)| {
                let d = dimension?;
                let band = results.dimensions[d].score()?.band;
                Some(highlight(&instrument.dimensions[d], band, label, class, lang))
            });
    let bridge = picked.build_on.zip(picked.start_here).map(|(strong, weak)| {
        let name = |d: usize| instrument.dimensions[d].name.get(lang);
        fill(text.bridge_question, &[("strong", name(strong)), ("weak", name(weak))])
    });
    let chart = Html::from_html_unchecked(bars_svg(instrument, results, lang).into());
    html! {
        <>
            <p class="ckl-note">{text.band_note}</p>
            <h3>{text.per_dimension}</h3>
            <figure class="ckl-chart ckl-bars">
                {chart}
                // A div, not the table itself: a table does not shrink to the 1 px of the hiding rule.
                <div class="ckl-visually-hidden"><table>
                    <caption>{text.per_dimension}</caption>
                    <thead><tr><th scope="col">{text.dimension}</th><th scope="col">{text.score}</th><th scope="col">{text.level}</th></tr></thead>
                    <tbody>
                        {for bars_table(instrument, results, lang).into_iter().map(|(name, score, band)| html! {
                            <tr><th scope="row">{name}</th><td>{score}</td><td>{band}</td></tr>
                        })}
                    </tbody>
                </table></div>
            </figure>
            {rows}
            if let Some(note) = spread_note {
                <p class="ckl-spread" aria-live="polite">{note}</p>
            }
            if let Some(n) = unknown_worth_saying(&session.answers) {
                <p class="ckl-unknown-note">{fill(text.many_unknown, &[("n", &n.to_string())])}</p>
            }
            {for highlights}
            if let Some(bridge) = bridge {
                <p class="ckl-question ckl-bridge">{bridge}</p>
            }
        </>
    }
}

/// "Hoe gebruik je dit": the routine and the checklist that goes with this one.
fn guide(instrument: &Instrument, lang: Lang, links: &ChecklistLinks) -> Html {
    let text = ui(lang);
    let link = instrument.guide.link.as_ref().map(|link| {
        let title = find_checklist(link.checklist).map_or(link.checklist, |c| c.title.get(lang));
        let href = links.iter().find(|(id, _)| *id == link.checklist).map(|(_, href)| href.clone());
        html! {
            <>
                <h4>{fill(text.goes_with, &[("title", title)])}</h4>
                <p>{link.reason.get(lang)}</p>
                if let Some(href) = href {
                    <p><a class="ckl-link" {href}>{fill(text.go_to_checklist, &[("title", &title.to_lowercase())])}</a></p>
                }
            </>
        }
    });
    html! {
        <section class="ckl-guide">
            <h3>{text.how_to_use}</h3>
            <ol>{for instrument.guide.routine.get(lang).iter().map(|step| html! { <li>{*step}</li> })}</ol>
            {for link}
        </section>
    }
}

/// The 2×2 with the visitor's position, what that form of change asks, and the next checklist.
fn reflection_results(
    session: &Session,
    results: &Results,
    reading: &QuadrantReading,
    links: &ChecklistLinks,
    changes: &Changes,
) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let rows = dimension_rows(session, results, changes, |_, score, _| {
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
    // One reading only: a quadrant, a border between two, or the centre; never two texts.
    let shown = texts(reading, at.reading, lang);
    let words = position_in_words(instrument, at, lang);
    let chart = Html::from_html_unchecked(quadrant_svg(instrument, reading, at, lang, &words).into());
    let next = shown.next.iter().map(|&(id, why)| {
        let title = find_checklist(id).map_or(id, |c| c.title.get(lang));
        let href = links.iter().find(|(link, _)| *link == id).map(|(_, href)| href.clone());
        html! {
            <section class="ckl-highlight ckl-next">
                <h3>{fill(text.next_checklist, &[("title", title)])}</h3>
                <p>{why}</p>
                if let Some(href) = href {
                    <p><a class="ckl-link" {href}>{fill(text.go_to_checklist, &[("title", &title.to_lowercase())])}</a></p>
                }
            </section>
        }
    });
    html! {
        <>
            <figure class="ckl-chart">
                {chart}
                <figcaption>{words}</figcaption>
            </figure>
            <div class="ckl-overall">
                <p class="ckl-overall-label">{text.position}</p>
                <p class="ckl-band-name ckl-quadrant-name">{shown.heading.clone()}</p>
            </div>
            <p>{shown.meaning}</p>
            if !shown.neighbours.is_empty() {
                <h3>{text.the_two_forms}</h3>
                <ul class="ckl-neighbours">
                    {for shown.neighbours.iter().map(|(name, short)| html! { <li><strong>{*name}</strong>{": "}{*short}</li> })}
                </ul>
            }
            if !shown.asks.is_empty() {
                <h3>{text.what_it_asks}</h3>
                <ul>{for shown.asks.iter().map(|ask| html! { <li>{*ask}</li> })}</ul>
            }
            if let Some(capacities) = shown.capacities {
                <h3>{text.leadership_now}</h3>
                <p>{capacities}</p>
            }
            <h3>{text.next_steps}</h3>
            <ul>{for shown.steps.iter().map(|step| html! { <li>{*step}</li> })}</ul>
            {for next}
            <h3>{text.per_axis}</h3>
            {rows}
        </>
    }
}

/// One row per dimension (or axis): `scored` shows a score, otherwise the missing items.
fn dimension_rows(
    session: &Session,
    results: &Results,
    changes: &Changes,
    scored: impl Fn(&Dimension, u8, usize) -> Html,
) -> Html {
    let (instrument, lang) = (session.instrument, session.lang);
    let text = ui(lang);
    let rows = instrument.dimensions.iter().zip(&results.dimensions).enumerate().map(|(d, (dimension, result))| {
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
                if let Some(change) = changes.of(d, lang) {
                    <p class="ckl-change">{change}</p>
                }
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
