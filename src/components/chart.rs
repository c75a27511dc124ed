//! A chart of the core (its [`Node`] tree) as SVG elements. Built element by element, never
//! from markup: `innerHTML` is refused on a host page with a Trusted Types policy, and the chart
//! would silently disappear. The HTML summary writes the same tree as text (`Node::write`).

use std::rc::Rc;

use checklist_core::chart::Node;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};

/// One element and its children (Yew puts everything under an `<svg>` in the SVG namespace).
/// One generic walk keeps the wasm small: no `html!` per kind of shape. The attributes are a
/// fixed list of names with optional values, as `html!` itself makes them.
pub fn chart(node: &Node) -> Html {
    let text = (!node.text.is_empty()).then(|| node.text.clone());
    let mut element = html! { <@{node.tag}>{text}{for node.children.iter().map(chart)}</@> };
    // Just made, so this is the one owner of its tag.
    if let VNode::VTag(tag) = &mut element {
        if let Some(tag) = Rc::get_mut(tag) {
            let values =
                node.values.iter().map(|value| value.clone().map(|v| AttributeOrProperty::Attribute(v.into())));
            tag.set_attributes(Attributes::Dynamic { keys: node.names, values: values.collect() });
        }
    }
    element
}
