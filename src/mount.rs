//! Finding the widget's places on the host page and starting one app on each.

use checklist_core::lang::Lang;
use checklist_core::ui_text::{fill, ui};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::app::{App, AppProps};
use crate::content::{checklist_ids, find_checklist};

/// Marks an element the widget has taken, so a second call does not mount twice.
const MOUNTED: &str = "data-checklist-mounted";

pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(places) = document.query_selector_all("[data-checklist]") else {
        return;
    };
    for index in 0..places.length() {
        let Some(element) = places.get(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if element.has_attribute(MOUNTED) {
            continue;
        }
        let _ = element.set_attribute(MOUNTED, "");
        mount(element, index);
    }
}

/// The widget's language: `data-lang`, else the host page's `lang`, else Dutch.
pub fn language_of(element: &Element) -> Lang {
    let own = element.get_attribute("data-lang");
    let page = || {
        element
            .owner_document()?
            .document_element()?
            .get_attribute("lang")
    };
    own.as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| page().as_deref().and_then(Lang::from_tag))
        .unwrap_or(Lang::Nl)
}

fn mount(element: Element, index: u32) {
    let lang = language_of(&element);
    let id = element.get_attribute("data-checklist").unwrap_or_default();
    match find_checklist(id.trim()) {
        Some(instrument) => {
            let props = AppProps {
                instrument,
                lang,
                instance: format!("ckl{index}"),
            };
            yew::Renderer::<App>::with_root_and_props(element, props).render();
        }
        None => {
            let message = fill(
                ui(lang).unknown_checklist,
                &[("id", id.trim()), ("ids", &checklist_ids())],
            );
            show_notice(&element, &message);
        }
    }
}

/// Replaces the element's content with one readable message.
pub fn show_notice(element: &Element, message: &str) {
    let Some(document) = element.owner_document() else {
        return;
    };
    let Ok(notice) = document.create_element("p") else {
        return;
    };
    notice.set_class_name("ckl-notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(message));
    element.set_text_content(None);
    let _ = element.append_child(&notice);
}
