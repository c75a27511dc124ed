use checklist_core::answers::Answer;
use checklist_core::lang::Lang;
use checklist_core::model::{Instrument, Item};
use checklist_core::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    pub instrument: &'static Instrument,
    pub item: &'static Item,
    /// Position in the checklist, from 0.
    pub index: usize,
    pub answer: Answer,
    pub lang: Lang,
    /// Radio group name, unique on the page.
    pub group: String,
    pub dispatch: Callback<Action>,
}

/// One statement: a fieldset whose legend is the statement, with one native radio per answer.
/// Its props are its own answer, not the session: a tap re-renders this item only.
#[component]
pub fn ItemFieldset(props: &ItemProps) -> Html {
    let lang = props.lang;
    let options = props
        .instrument
        .scale
        .iter()
        .map(|option| (Answer::Scale(option.value), option.label.get(lang), option.value.to_string()))
        .chain(std::iter::once((Answer::Unknown, props.instrument.unknown.get(lang), "?".to_string())));
    html! {
        <fieldset class={classes!("ckl-item", props.answer.is_given().then_some("ckl-answered"))}
                  id={props.group.clone()}>
            <legend><span class="ckl-item-number">{format!("{}.", props.index + 1)}</span>{" "}{props.item.text.get(lang)}</legend>
            <div class="ckl-options">
                {for options.map(|(answer, label, value)| {
                    let onchange = {
                        let dispatch = props.dispatch.clone();
                        let item = props.index;
                        Callback::from(move |_: Event| dispatch.emit(Action::Answer { item, answer }))
                    };
                    let unknown = answer == Answer::Unknown;
                    let chosen = props.answer == answer;
                    html! {
                        <label class={classes!("ckl-option", unknown.then_some("ckl-option-unknown"), chosen.then_some("ckl-chosen"))}>
                            <input type="radio" name={props.group.clone()} {value}
                                   checked={chosen} {onchange} />
                            <span>{label}</span>
                        </label>
                    }
                })}
            </div>
        </fieldset>
    }
}
