//! The statements with their radios, built by hand rather than by Yew: the fieldset of one
//! statement is made once and copied for each (`cloneNode`), and afterwards an answer changes
//! only the fieldset's class and the option that was and the option that is chosen
//! (`checklist_core::statements` says why, and decides every name, value and class).
//!
//! The statements are built outside the page and handed to Yew as one node, which it places and
//! does not look into. The radios are the browser's own: a tap checks one before any code runs,
//! and `change` bubbles to the container's listener, which sends the answer.

use std::rc::Rc;

use checklist_core::answers::{Answer, Answers};
use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::state::Action;
use checklist_core::statements::{self, OptionView};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementsProps {
    pub instrument: &'static Instrument,
    pub lang: Lang,
    pub answers: Answers,
    pub instance: Rc<str>,
    pub dispatch: Callback<Action>,
}

/// The statements as built, and the answer each shows: what the next answers change.
struct Built {
    instrument: &'static Instrument,
    lang: Lang,
    /// A `<div>` with the sections, built before it is placed in the page, and handed to Yew
    /// as a node of its own (`Html::VRef`), which Yew places and leaves alone.
    root: Element,
    items: Vec<BuiltItem>,
}

struct BuiltItem {
    fieldset: Element,
    /// Per option: its answer, its label and its radio.
    options: Vec<(Answer, Element, HtmlInputElement)>,
    shown: Answer,
}

#[component]
pub fn Statements(props: &StatementsProps) -> Html {
    let built = use_mut_ref(|| None::<Built>);
    let mut built = built.borrow_mut();
    // Built and brought to the answers while rendering, not in an effect: Yew may let the
    // browser paint between a render and its effects, which would show a frame without
    // statements, or a tap's class a frame late. Only nodes of this component are touched.
    let stale = |b: &Built| b.lang != props.lang || !std::ptr::eq(b.instrument, props.instrument);
    if built.as_ref().is_none_or(stale) {
        *built = build(props.instrument, props.lang, &props.instance);
    }
    let Some(built) = built.as_mut() else { return Html::default() };
    show(built, &props.answers);
    let onchange = {
        let (instrument, instance, dispatch) = (props.instrument, props.instance.clone(), props.dispatch.clone());
        Callback::from(move |event: Event| {
            let Some(radio) = event.target_dyn_into::<HtmlInputElement>() else { return };
            if let Some((item, answer)) =
                statements::answer_of_radio(instrument, &instance, &radio.name(), &radio.value())
            {
                dispatch.emit(Action::Answer { item, answer });
            }
        })
    };
    html! { <div class="ckl-statements" {onchange}>{Html::VRef(built.root.clone().into())}</div> }
}

/// Every dimension as a `<section>` with its heading and explanation, then its statements.
/// The calls into the DOM cannot fail with these tags and this tree, so their results are
/// not looked at (each checked result is its own code in the wasm).
fn build(instrument: &'static Instrument, lang: Lang, instance: &str) -> Option<Built> {
    let document = web_sys::window()?.document()?;
    let root = element(&document, "div", "")?;
    let options = statements::options(instrument, lang);
    let template = fieldset_template(&document, &options)?;
    let mut items = Vec::with_capacity(instrument.item_count());
    for dimension in instrument.dimensions {
        let section = element(&document, "section", "ckl-dimension")?;
        let heading_id = statements::group(instance, dimension.id);
        let _ = section.set_attribute("aria-labelledby", &heading_id);
        let heading = text(&document, &section, "h3", "", dimension.name.get(lang))?;
        let _ = heading.set_attribute("id", &heading_id);
        text(&document, &section, "p", "ckl-about", dimension.about.get(lang))?;
        for item in dimension.items {
            let fieldset: Element = template.clone_node_with_deep(true).ok()?.unchecked_into();
            let group = statements::group(instance, item.id);
            let _ = fieldset.set_attribute("id", &group);
            let legend = fieldset.first_element_child()?;
            legend.first_child()?.set_text_content(Some(&statements::item_number(items.len())));
            legend.last_child()?.set_text_content(Some(item.text.get(lang)));
            let mut label = legend.next_element_sibling()?.first_element_child();
            let mut built_options = Vec::with_capacity(options.len());
            for option in &options {
                let this = label?;
                let radio: HtmlInputElement = this.first_element_child()?.unchecked_into();
                let _ = radio.set_attribute("name", &group);
                label = this.next_element_sibling();
                built_options.push((option.answer, this, radio));
            }
            let _ = section.append_child(&fieldset);
            items.push(BuiltItem { fieldset, options: built_options, shown: Answer::Open });
        }
        let _ = root.append_child(&section);
    }
    Some(Built { instrument, lang, root, items })
}

/// `<fieldset class="ckl-item"><legend><span class="ckl-item-number"></span> text</legend>
/// <div class="ckl-options"><label class="ckl-option"><input type="radio" value="1"><span>…`
/// with every option and nothing chosen; the number, text and radio names are set per copy.
fn fieldset_template(document: &Document, options: &[OptionView]) -> Option<Element> {
    let fieldset = element(document, "fieldset", statements::fieldset_class(Answer::Open))?;
    let legend = text(document, &fieldset, "legend", "", "")?;
    text(document, &legend, "span", "ckl-item-number", "")?;
    let _ = legend.append_child(&document.create_text_node(" "));
    let _ = legend.append_child(&document.create_text_node(""));
    let list = element(document, "div", "ckl-options")?;
    for option in options {
        let label = element(document, "label", statements::option_class(option.answer, Answer::Open))?;
        let radio = element(document, "input", "")?;
        let _ = radio.set_attribute("type", "radio");
        let _ = radio.set_attribute("value", &option.value);
        let _ = label.append_child(&radio);
        text(document, &label, "span", "", option.label)?;
        let _ = list.append_child(&label);
    }
    let _ = fieldset.append_child(&list);
    Some(fieldset)
}

fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        let _ = element.set_attribute("class", class);
    }
    Some(element)
}

/// `<tag class="class">text</tag>` (no text node when empty), appended to `parent`.
fn text(document: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = element(document, tag, class)?;
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    let _ = parent.append_child(&element);
    Some(element)
}

/// Brings each statement to its answer, touching only the statements whose answer changed.
fn show(built: &mut Built, answers: &Answers) {
    for (index, item) in built.items.iter_mut().enumerate() {
        let answer = answers.get(index);
        if item.shown == answer {
            continue;
        }
        let _ = item.fieldset.set_attribute("class", statements::fieldset_class(answer));
        for (option, label, radio) in &item.options {
            if *option == item.shown || *option == answer {
                let _ = label.set_attribute("class", statements::option_class(*option, answer));
                radio.set_checked(*option == answer);
            }
        }
        item.shown = answer;
    }
}
