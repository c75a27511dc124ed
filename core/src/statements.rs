//! The statements of a checklist as the widget shows them: what each radio is called and
//! stands for, and which classes show the answer.
//!
//! The shell builds the statements once per widget and language (one fieldset, copied for each
//! statement) and afterwards changes only what an answer changes: the fieldset's class, and the
//! `checked` and class of the option that was and the option that is chosen. Built as a
//! component per statement, the twenty statements with their hundred radios were most of the
//! first render on a slow phone (each element, attribute and text a call into the browser).

use crate::answers::Answer;
use crate::lang::Lang;
use crate::model::Instrument;

/// One answer a statement offers, as its radio shows it.
#[derive(Debug, PartialEq, Eq)]
pub struct OptionView {
    pub answer: Answer,
    /// The radio's `value`.
    pub value: String,
    pub label: &'static str,
}

/// The radio group of an item: its `name`, and the `id` of its fieldset. Unique on the page
/// because `instance` is.
pub fn group(instance: &str, item_id: &str) -> String {
    format!("{instance}-{item_id}")
}

/// "1.", "2.", …: the number before a statement (`index` from 0).
pub fn item_number(index: usize) -> String {
    format!("{}.", index + 1)
}

/// The `value` of the radio for `answer`: the scale's number, or `?` for "weet ik niet".
fn radio_value(answer: Answer) -> String {
    match answer {
        Answer::Scale(value) => value.to_string(),
        Answer::Unknown => "?".to_string(),
        Answer::Open => String::new(),
    }
}

/// The answers a statement offers, in the order shown: the scale, then "weet ik niet".
pub fn options(instrument: &Instrument, lang: Lang) -> Vec<OptionView> {
    let scale = instrument.scale.iter().map(|option| (Answer::Scale(option.value), option.label.get(lang)));
    scale
        .chain(std::iter::once((Answer::Unknown, instrument.unknown.get(lang))))
        .map(|(answer, label)| OptionView { answer, value: radio_value(answer), label })
        .collect()
}

/// The class of a statement's fieldset: marked once it has an answer.
pub fn fieldset_class(answer: Answer) -> &'static str {
    if answer.is_given() {
        "ckl-item ckl-answered"
    } else {
        "ckl-item"
    }
}

/// The class of the label around `option`'s radio when `answer` is the item's answer.
pub fn option_class(option: Answer, answer: Answer) -> &'static str {
    match (option == Answer::Unknown, option == answer) {
        (false, false) => "ckl-option",
        (false, true) => "ckl-option ckl-chosen",
        (true, false) => "ckl-option ckl-option-unknown",
        (true, true) => "ckl-option ckl-option-unknown ckl-chosen",
    }
}

/// The item and answer a radio of this widget stands for, from its `name` and `value`; `None`
/// for anything else (a radio of another widget, a value that is not an option).
pub fn answer_of_radio(instrument: &Instrument, instance: &str, name: &str, value: &str) -> Option<(usize, Answer)> {
    let item_id = name.strip_prefix(instance)?.strip_prefix('-')?;
    let index = instrument.items().position(|(_, item)| item.id == item_id)?;
    let answer = options(instrument, Lang::Nl).into_iter().find(|option| option.value == value)?.answer;
    Some((index, answer))
}
