use std::rc::Rc;

use checklist_core::answers::Answers;
use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::el;

use super::load_answers::LoadAnswers;
use super::progress::Progress;
use super::start_over::start_over;
use super::statements::Statements;
use crate::browser::today;

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub answers: Answers,
    pub dispatch: Callback<Action>,
    pub instance: Rc<str>,
    /// "Teamoverzicht maken", or for a leader "Zo ziet je team jou".
    pub team_label: &'static str,
}

/// The checklist itself: intro, progress, the items grouped by dimension, "show results".
/// The statements are built by hand (`statements.rs`): a tap changes the chosen option and the
/// progress line and nothing else.
#[component]
pub fn Questions(props: &QuestionsProps) -> Html {
    let (instrument, lang) = (props.instrument, props.lang);
    let text = ui(lang);
    let show_results = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::ShowResults { today: today() }))
    };
    let given = props.answers.given_count();
    html! {
        <div class="ckl-questions">
            <h2 class="ckl-title" tabindex="-1">{instrument.title.get(lang)}</h2>
            {el::text("p", "ckl-intro", instrument.intro.get(lang))}
            <p class="ckl-before"><strong>{text.before_you_start}{": "}</strong>{instrument.guide.before.get(lang)}</p>
            {el::text("p", "ckl-privacy", text.answers_stay_here)}
            <Progress answered={given} total={props.answers.len()} {lang} />
            <Statements {instrument} {lang} answers={props.answers.clone()}
                instance={props.instance.clone()} dispatch={props.dispatch.clone()} />
            <div class="ckl-actions">
                {el::button("ckl-button ckl-primary", text.show_results, show_results)}
                if given > 0 {
                    {start_over(lang, &props.dispatch)}
                }
            </div>
            <details class="ckl-more">
                <summary>{text.more_options}</summary>
                <LoadAnswers {lang} has_answers={given > 0} dispatch={props.dispatch.clone()} instance={props.instance.clone()} />
                if instrument.quadrant_reading().is_none() {
                    <p>
                        {el::button("ckl-button ckl-secondary", props.team_label, props.dispatch.reform(|_| Action::OpenTeam))}
                    </p>
                }
            </details>
        </div>
    }
}
