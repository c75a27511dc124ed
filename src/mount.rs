//! Finding the widget's places on the host page and starting one app on each.

use checklist_core::lang::Lang;
use checklist_core::ui_text::{fill, ui};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::app::{App, AppProps};
use crate::components::results::ChecklistLinks;
use crate::content::{checklist_ids, find_checklist, CHECKLISTS};

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
            let links = checklist_links(&element);
            let props = AppProps {
                links,
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

/// Where each checklist is, seen from `element`: its `data-href-<id>` attribute (a page of the
/// site), else the widget of that checklist on this page (given an id if it has none).
fn checklist_links(element: &Element) -> ChecklistLinks {
    let document = element.owner_document();
    CHECKLISTS
        .iter()
        .filter_map(|checklist| {
            if let Some(href) = element.get_attribute(&format!("data-href-{}", checklist.id)) {
                return Some((checklist.id, href));
            }
            let selector = format!("[data-checklist=\"{}\"]", checklist.id);
            let target = document.as_ref()?.query_selector(&selector).ok()??;
            if target.id().is_empty() {
                target.set_id(&format!("checklist-{}", checklist.id));
            }
            Some((checklist.id, format!("#{}", target.id())))
        })
        .collect()
}
