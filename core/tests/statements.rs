//! The statements as the widget builds them: each radio's name and value lead back to its item
//! and answer, and the classes show the answer.
mod common;

use checklist_core::answers::Answer;
use checklist_core::lang::Lang;
use checklist_core::statements::{answer_of_radio, fieldset_class, group, item_number, option_class, options};
use common::all_content;

#[test]
fn every_radio_of_every_checklist_leads_back_to_its_item_and_answer() {
    for instrument in all_content() {
        let offered = options(instrument, Lang::En);
        assert_eq!(offered.len(), instrument.scale.len() + 1, "{}: the scale and 'don't know'", instrument.id);
        assert_eq!(offered.last().map(|o| o.answer), Some(Answer::Unknown));
        for (index, (_, item)) in instrument.items().enumerate() {
            let name = group("ckl3", item.id);
            for option in &offered {
                assert_eq!(
                    answer_of_radio(instrument, "ckl3", &name, &option.value),
                    Some((index, option.answer)),
                    "{} {name} {}",
                    instrument.id,
                    option.value
                );
            }
        }
    }
}

#[test]
fn a_radio_of_another_widget_or_an_unknown_value_is_no_answer() {
    let instrument = all_content()[0];
    let item = instrument.dimensions[0].items[0].id;
    // "ckl1" is a prefix of "ckl10": the widget numbered 10 is another widget.
    assert_eq!(answer_of_radio(instrument, "ckl1", &group("ckl10", item), "1"), None);
    assert_eq!(answer_of_radio(instrument, "ckl1", &group("ckl1", "no-such-item"), "1"), None);
    assert_eq!(answer_of_radio(instrument, "ckl1", &group("ckl1", item), "9"), None);
    assert_eq!(answer_of_radio(instrument, "ckl1", &group("ckl1", item), ""), None);
    assert_eq!(answer_of_radio(instrument, "ckl1", &group("ckl1", item), "?"), Some((0, Answer::Unknown)));
}

#[test]
fn the_labels_follow_the_language() {
    let instrument = all_content().iter().find(|i| i.id == "team").expect("team");
    let dutch: Vec<&str> = options(instrument, Lang::Nl).iter().map(|o| o.label).collect();
    let english: Vec<&str> = options(instrument, Lang::En).iter().map(|o| o.label).collect();
    assert_ne!(dutch, english);
    assert_eq!(dutch.last(), Some(&instrument.unknown.nl));
    assert_eq!(item_number(0), "1.");
    assert_eq!(item_number(19), "20.");
}

#[test]
fn the_classes_mark_an_answered_statement_and_the_chosen_option_only() {
    assert_eq!(fieldset_class(Answer::Open), "ckl-item");
    assert_eq!(fieldset_class(Answer::Unknown), "ckl-item ckl-answered");
    assert_eq!(fieldset_class(Answer::Scale(3)), "ckl-item ckl-answered");
    assert_eq!(option_class(Answer::Scale(3), Answer::Scale(3)), "ckl-option ckl-chosen");
    assert_eq!(option_class(Answer::Scale(2), Answer::Scale(3)), "ckl-option");
    assert_eq!(option_class(Answer::Scale(2), Answer::Open), "ckl-option");
    assert_eq!(option_class(Answer::Unknown, Answer::Unknown), "ckl-option ckl-option-unknown ckl-chosen");
    assert_eq!(option_class(Answer::Unknown, Answer::Scale(1)), "ckl-option ckl-option-unknown");
}
