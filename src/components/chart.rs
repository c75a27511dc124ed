//! A chart of the core ([`Chart`]) as SVG elements. Built element by element, never from
//! markup: `innerHTML` is refused on a host page with a Trusted Types policy, and the chart
//! would silently disappear. The HTML summary writes the same elements as text (`Chart::to_svg`).

use checklist_core::chart::{Chart, Node};
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag, VText};
use yew::Html;

pub fn chart(chart: &Chart) -> Html {
    element(chart.to_node())
}

/// One element and its children, as `html!` makes them: a fixed list of attribute names with
/// optional values (Yew puts everything under an `<svg>` in the SVG namespace). One generic
/// walk keeps the wasm small: no `html!` per kind of shape.
fn element(node: Node) -> Html {
    let mut tag = VTag::new(node.tag);
    let values = node.values.into_iter().map(|value| value.map(|v| AttributeOrProperty::Attribute(v.into())));
    tag.set_attributes(Attributes::Dynamic { keys: node.names, values: values.collect() });
    if !node.text.is_empty() {
        tag.add_child(VText::new(node.text).into());
    }
    tag.add_children(node.children.into_iter().map(element));
    tag.into()
}
