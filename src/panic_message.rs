//! A panic must not leave a frozen page: every widget shows a readable message instead.
//!
//! With `panic = "abort"` nothing runs after the hook, and the module's state cannot be trusted
//! any more, so every widget on the page is replaced, each in its own language.

use checklist_core::ui_text::ui;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::mount::{language_of, show_notice};

/// Through Yew: a hook set with `std::panic::set_hook` would be replaced by Yew's own on the
/// first render.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("checklist widget: {info}").into());
        crate::mount::stop_watching();
        show_everywhere();
    }));
}

fn show_everywhere() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(places) = document.query_selector_all("[data-checklist]") else {
        return;
    };
    for index in 0..places.length() {
        if let Some(element) = places.get(index).and_then(|n| n.dyn_into::<Element>().ok()) {
            show_notice(&element, ui(language_of(&element)).widget_failed);
        }
    }
}
