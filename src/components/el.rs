//! Plain elements built by one function instead of one `html!` expansion each: every expansion
//! is its own wasm code (the tag, its attributes and its children put together inline), about
//! 200 bytes an element. For elements with a text or ready children and at most a class; those
//! with listeners, ids or other attributes stay in `html!`.

use yew::prelude::*;
use yew::virtual_dom::{AttrValue, VText};

/// `<tag class="class">text</tag>` (no class attribute when `class` is empty).
pub fn text(tag: &'static str, class: &'static str, text: impl Into<AttrValue>) -> Html {
    el(tag, class, VText::new(text.into()).into())
}

/// `<tag class="class">children</tag>` (no class attribute when `class` is empty).
#[inline(never)]
pub fn el(tag: &'static str, class: &'static str, children: Html) -> Html {
    if class.is_empty() {
        html! { <@{tag}>{children}</@> }
    } else {
        html! { <@{tag} {class}>{children}</@> }
    }
}

/// `<tag class="class"><li>…</li>…</tag>`: a list of texts.
pub fn list(tag: &'static str, class: &'static str, items: &[&'static str]) -> Html {
    el(tag, class, items.iter().map(|&item| text("li", "", item)).collect())
}

/// `<button type="button" class="class" onclick=…>label</button>`.
#[inline(never)]
pub fn button(class: &'static str, label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" {class} {onclick}>{label}</button> }
}
