//! Finding the widget's places on the host page and starting one app on each.
//!
//! Each widget lives in a shadow root with its own stylesheet: the host page's CSS cannot break
//! it and its CSS cannot touch the host page. The place's light-DOM content (a fallback text, say)
//! stays in the page but is not shown.

use std::cell::OnceCell;

use checklist_core::lang::Lang;
use checklist_core::ui_text::{fill, ui};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::components::app::{App, AppProps};
use crate::content::{checklist_ids, find_checklist, CHECKLISTS, LIBRARY};
use crate::links::ChecklistLinks;

/// The widget's stylesheet, compiled in: no extra file to upload, no request, and allowed by a
/// CSP without `'unsafe-inline'` (constructed stylesheets are not inline styles).
const STYLESHEET: &str = include_str!("../style.css");

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(places) = document.query_selector_all("[data-checklist]") else { return };
    for index in 0..places.length() {
        let Some(element) = places.get(index).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        // A shadow root means this place is taken already. A page saved with "Save page as"
        // keeps the element but not its shadow root, so a saved copy mounts afresh.
        if element.shadow_root().is_some() {
            continue;
        }
        mount(&document, element, index);
    }
}

/// The widget's language: `data-lang`, else the host page's `lang`, else Dutch.
pub fn language_of(element: &Element) -> Lang {
    let own = element.get_attribute("data-lang");
    let page = || element.owner_document()?.document_element()?.get_attribute("lang");
    own.as_deref().and_then(Lang::from_tag).or_else(|| page().as_deref().and_then(Lang::from_tag)).unwrap_or(Lang::Nl)
}

fn mount(document: &Document, element: Element, index: u32) {
    let Ok(root) = shadow_root(document, &element) else {
        // Elements such as <p> or <a> cannot host a shadow root: say how to fix the page.
        show_notice(&element, "data-checklist: use a <div> element.");
        return;
    };
    let lang = language_of(&element);
    let id = element.get_attribute("data-checklist").unwrap_or_default();
    let Some(instrument) = find_checklist(id.trim()) else {
        let message = fill(ui(lang).unknown_checklist, &[("id", id.trim()), ("ids", &checklist_ids())]);
        show_notice(&element, &message);
        return;
    };
    let Ok(app_root) = document.create_element("div") else { return };
    if root.append_child(&app_root).is_err() {
        return;
    }
    let props = AppProps {
        instrument,
        library: &LIBRARY,
        lang,
        instance: format!("ckl{index}").into(),
        links: checklist_links(&element),
        contact: safe_link(element.get_attribute("data-contact")),
        offline_href: safe_link(element.get_attribute("data-offline-href")),
    };
    yew::Renderer::<App>::with_root_and_props(app_root, props).render();
}

/// The element's shadow root with the widget's stylesheet in it.
fn shadow_root(document: &Document, element: &Element) -> Result<ShadowRoot, JsValue> {
    let root = match element.shadow_root() {
        Some(root) => root,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    match SHEET.with(|sheet| sheet.get_or_init(constructed_sheet).clone()) {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            // Browsers without constructed stylesheets (before Safari 16.4) get a <style>.
            let style = document.create_element("style")?;
            style.set_text_content(Some(STYLESHEET));
            root.append_child(&style)?;
        }
    }
    Ok(root)
}

fn constructed_sheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(STYLESHEET).ok()?;
    Some(sheet)
}

/// A link the page configured, unless it could run script: a URL scheme other than these
/// (`javascript:`, `data:` …) drops the link. Relative links are fine.
fn safe_link(href: Option<String>) -> Option<String> {
    let href = href?.trim().to_string();
    let scheme = href
        .split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|scheme| scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)));
    let allowed = match scheme {
        None => !href.is_empty(),
        Some(scheme) => ["https", "http", "mailto", "tel", "file"].contains(&scheme.to_ascii_lowercase().as_str()),
    };
    allowed.then_some(href)
}

/// Replaces what the widget shows at `element` with one readable message.
pub fn show_notice(element: &Element, message: &str) {
    let Some(document) = element.owner_document() else { return };
    let (Ok(wrapper), Ok(notice)) = (document.create_element("div"), document.create_element("p")) else { return };
    wrapper.set_class_name("ckl");
    notice.set_class_name("ckl-notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(message));
    let _ = wrapper.append_child(&notice);
    match element.shadow_root() {
        Some(root) => {
            root.set_text_content(None);
            let _ = root.append_child(&wrapper);
        }
        None => {
            element.set_text_content(None);
            let _ = element.append_child(&wrapper);
        }
    }
}

/// Where each checklist is, seen from `element`: its `data-href-<id>` attribute (a page of the
/// site), else the widget of that checklist on this page (given an id if it has none).
fn checklist_links(element: &Element) -> ChecklistLinks {
    let document = element.owner_document();
    CHECKLISTS
        .iter()
        .filter_map(|checklist| {
            if let Some(href) = safe_link(element.get_attribute(&format!("data-href-{}", checklist.id))) {
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
