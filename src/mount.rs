//! Finding the widget's places on the host page and starting one app on each.
//!
//! Each widget lives in a shadow root with its own stylesheet: the host page's CSS cannot break
//! it and its CSS cannot touch the host page. The place's light-DOM content (the fallback sentence
//! of the snippet) stays in the page but is not shown once the widget runs.
//!
//! A `MutationObserver` starts widgets on elements added later and stops those whose element
//! leaves the page; `checklistWidget.mount(el)` / `.unmount(el)` do the same by hand.

use std::cell::{Cell, OnceCell, RefCell};

use checklist_core::lang::Lang;
use checklist_core::links;
use checklist_core::share;
use checklist_core::state::Action;
use checklist_core::ui_text::{fill, ui};
use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CssStyleSheet, Document, Element, HtmlAnchorElement, MutationObserver, MutationObserverInit, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};
use yew::AppHandle;

use crate::browser::{location_hash, page_address, resolve};

use crate::components::app::{App, AppProps, Message};
use crate::content::{checklist_ids, CHECKLISTS, LIBRARY};
use crate::links::ChecklistLinks;

/// The widget's stylesheet, compiled in: no extra file to upload, no request, and allowed by a
/// CSP without `'unsafe-inline'` (constructed stylesheets are not inline styles). Without its
/// comments (`checklist_core::css::compact`, in `build.rs`).
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// A widget this copy of the script started (or tried to start) on an element.
struct Mounted {
    element: Element,
    /// The `data-checklist` value it was started with: a change starts it afresh.
    checklist: Option<String>,
    /// `None` when it could not start (a readable message is shown instead).
    app: Option<AppHandle<App>>,
    /// The shadow root's listener for in-page links, removed when the widget stops.
    clicks: Option<Clicks>,
}

/// A shadow root and its click listener.
type Clicks = (ShadowRoot, Closure<dyn FnMut(web_sys::MouseEvent)>);
/// The page's observer and its callback (kept alive for as long as the page).
type Watcher = (MutationObserver, Closure<dyn FnMut()>);

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// Elements unmounted by hand (`checklistWidget.unmount`): not started again by the observer.
    static HELD: js_sys::WeakSet = js_sys::WeakSet::new();
    /// Makes each widget's radio-group names unique on the page.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(0) };
    static OBSERVER: RefCell<Option<Watcher>> = const { RefCell::new(None) };
    /// The page's `hashchange` listener for share links no widget takes.
    static HASH_WATCH: RefCell<Option<EventListener>> = const { RefCell::new(None) };
    /// Whether the share link the page arrived with was looked at (once a widget runs).
    static ARRIVAL_SEEN: Cell<bool> = const { Cell::new(false) };
    /// A `sync` waits for the next frame to start the next widget.
    static SYNC_WAITING: Cell<bool> = const { Cell::new(false) };
    /// After a panic: no widget starts any more.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Marks a started widget, for the host page (CSS, scripts, tests). Set once the first render
/// is in the DOM; removed when the widget stops.
const READY: &str = "data-ckl-ready";

/// Starts every widget on the page, then keeps watching: elements added later (a single-page
/// app's route, a lazily rendered CMS block, a re-rendered container) start by themselves, and
/// elements that leave the page free their app.
pub fn start() {
    sync();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let callback = Closure::<dyn FnMut()>::new(sync);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else { return };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of1(&JsValue::from_str("data-checklist")));
    if observer.observe_with_options(&document, &options).is_ok() {
        OBSERVER.with(|o| *o.borrow_mut() = Some((observer, callback)));
    }
    // A link pasted into a tab that shows the page already; each widget watches for its own.
    let watch = web_sys::window().map(|window| EventListener::new(&window, "hashchange", |_| speak_for_the_page(true)));
    HASH_WATCH.with(|w| *w.borrow_mut() = watch);
}

/// Stops watching the page: after a panic nothing more may run.
pub fn stop_watching() {
    let _ = STOPPED.try_with(|stopped| stopped.set(true));
    let _ = OBSERVER.try_with(|observer| {
        if let Some((observer, _)) = observer.try_borrow().ok().as_deref().and_then(Option::as_ref) {
            observer.disconnect();
        }
    });
    let _ = HASH_WATCH.try_with(|watch| watch.try_borrow_mut().map(|mut watch| watch.take()));
}

/// Stops the widgets whose element left the page or changed its checklist, starts those not
/// started yet: one per frame, in document order. The first is drawn before the next is built,
/// so on a page with three the first question shows about a fifth sooner (the demo page on a
/// slow phone: 992 → 777 ms at 4×), and loading is shorter tasks instead of one long one.
fn sync() {
    if STOPPED.get() {
        return;
    }
    let gone: Vec<Mounted> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (keep, gone) = mounted
            .drain(..)
            .partition(|m| m.element.is_connected() && m.element.get_attribute("data-checklist") == m.checklist);
        *mounted = keep;
        gone
    });
    gone.into_iter().for_each(stop);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(places) = document.query_selector_all("[data-checklist]") else { return };
    let mut started_one = false;
    for index in 0..places.length() {
        let Some(element) = places.get(index).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if HELD.with(|held| held.has(&element)) || widget_runs_on(&element) {
            continue;
        }
        if started_one {
            sync_after_next_frame();
            return;
        }
        mount(element);
        started_one = true;
    }
    // The share link the page arrived with, once the page's widgets run (the script may run
    // before they are there): which checklists are on the page decides whether one takes it.
    if !ARRIVAL_SEEN.get() && MOUNTED.with(|mounted| mounted.borrow().iter().any(|m| m.app.is_some())) {
        ARRIVAL_SEEN.set(true);
        speak_for_the_page(false);
    }
}

/// Runs `sync` once the browser has drawn the next frame (at once in a hidden tab, which draws
/// none); asked for again while waiting, it still runs once.
fn sync_after_next_frame() {
    if SYNC_WAITING.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let later = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let run = Closure::once_into_js(|| {
                SYNC_WAITING.set(false);
                sync();
            });
            let _ = window.set_timeout_with_callback(run.unchecked_ref());
        })
    };
    let hidden = window.document().is_some_and(|document| document.hidden());
    if hidden || window.request_animation_frame(later.unchecked_ref()).is_err() {
        let _ = later.unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    }
}

/// Whether a widget, of this or of another copy of the script, runs on `element`.
fn widget_runs_on(element: &Element) -> bool {
    MOUNTED.with(|mounted| mounted.borrow().iter().any(|m| m.element == *element))
        // Another copy of the script (included twice) runs a widget here: its shadow root has
        // content from the moment it started. Ours is emptied when a widget stops, and a page
        // saved with "Save page as" keeps the element but not its shadow root: those start afresh.
        || element.shadow_root().is_some_and(|root| root.first_child().is_some())
}

/// A share link in the address that no widget on the page takes (for a checklist that is not
/// here, or for none at all) gets a notice in one widget: the first on the page, in document
/// order. Each widget says itself what it finds in a link for its own checklist; an ordinary
/// `#section` of the host page is no share link and stays silent. `changed`: after a
/// `hashchange`, when a notice about the previous link goes too.
fn speak_for_the_page(changed: bool) {
    let fragment = location_hash();
    let (unclaimed, speaker) = MOUNTED.with(|mounted| {
        let mounted = mounted.borrow();
        let running = mounted.iter().filter_map(|m| Some((m, m.app.as_ref()?)));
        let on_page: Vec<&str> = running.clone().filter_map(|(m, _)| Some(m.checklist.as_deref()?.trim())).collect();
        // The first in document order: the one a visitor meets first.
        let first = running.reduce(|first, next| {
            let after =
                first.0.element.compare_document_position(&next.0.element) & web_sys::Node::DOCUMENT_POSITION_PRECEDING;
            if after == 0 {
                first
            } else {
                next
            }
        });
        (share::unclaimed(&fragment, &on_page, CHECKLISTS), first.map(|(_, app)| (**app).clone()))
    });
    let Some(speaker) = speaker else { return };
    if unclaimed.is_some() || changed {
        speaker.send_message(Message::Act(Action::ShareLinkUnclaimed(unclaimed)));
    }
}

/// Starts a widget on `element` (by hand: `checklistWidget.mount(element)`). `false` when the
/// element is not in the document or has no `data-checklist`; `true` when a widget runs there
/// (started now or before, by this or another copy of the script).
pub fn mount(element: Element) -> bool {
    HELD.with(|held| held.delete(&element));
    if !element.is_connected() || !element.has_attribute("data-checklist") {
        return false;
    }
    if widget_runs_on(&element) {
        return true;
    }
    let Some(document) = element.owner_document() else { return false };
    let checklist = element.get_attribute("data-checklist");
    let (app, clicks) = match start_app(&document, &element) {
        Some((app, clicks)) => (Some(app), Some(clicks)),
        None => (None, None),
    };
    let started = app.is_some();
    MOUNTED.with(|mounted| mounted.borrow_mut().push(Mounted { element: element.clone(), checklist, app, clicks }));
    if started {
        // After Yew's first render, which runs in the same queue of tasks.
        wasm_bindgen_futures::spawn_local(async move {
            if MOUNTED.with(|mounted| mounted.borrow().iter().any(|m| m.element == element && m.app.is_some())) {
                let _ = element.set_attribute(READY, "");
            }
        });
    }
    started
}

/// Stops the widget on `element` and frees its app (`checklistWidget.unmount(element)`); it is
/// not started again until `mount` is called for it. `false` if no widget of this script ran there.
pub fn unmount(element: Element) -> bool {
    HELD.with(|held| held.add(&element));
    let found = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let at = mounted.iter().position(|m| m.element == element)?;
        Some(mounted.remove(at))
    });
    match found {
        Some(widget) => {
            stop(widget);
            true
        }
        None => false,
    }
}

fn stop(widget: Mounted) {
    if let Some(app) = widget.app {
        app.destroy();
    }
    if let Some((root, listener)) = widget.clicks {
        let _ = root.remove_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    }
    if let Some(root) = widget.element.shadow_root() {
        root.set_text_content(None);
    }
    let _ = widget.element.remove_attribute(READY);
}

/// The widget's language: `data-lang`, else the host page's `lang`, else Dutch.
pub fn language_of(element: &Element) -> Lang {
    let own = element.get_attribute("data-lang");
    let page = || element.owner_document()?.document_element()?.get_attribute("lang");
    own.as_deref().and_then(Lang::from_tag).or_else(|| page().as_deref().and_then(Lang::from_tag)).unwrap_or(Lang::Nl)
}

fn start_app(document: &Document, element: &Element) -> Option<(AppHandle<App>, Clicks)> {
    let Ok(root) = shadow_root(document, element) else {
        // Elements such as <p> or <a> cannot host a shadow root: say how to fix the page.
        show_notice(element, "data-checklist: use a <div> element.");
        return None;
    };
    let lang = language_of(element);
    let id = element.get_attribute("data-checklist").unwrap_or_default();
    // The link a leader sends to the team opens the team version in the leader's widget.
    let Some(instrument) = LIBRARY.instrument_for(id.trim(), &crate::browser::location_hash()) else {
        let message = fill(ui(lang).unknown_checklist, &[("id", id.trim()), ("ids", &checklist_ids())]);
        show_notice(element, &message);
        return None;
    };
    let app_root = document.create_element("div").ok()?;
    // Dutch and English read left to right, also on a right-to-left host page.
    let _ = app_root.set_attribute("dir", "ltr");
    root.append_child(&app_root).ok()?;
    let instance = NEXT_INSTANCE.with(|next| next.replace(next.get() + 1));
    let props = AppProps {
        instrument,
        library: &LIBRARY,
        lang,
        instance: format!("ckl{instance}").into(),
        links: checklist_links(element),
        contact: page_link(element.get_attribute("data-contact")),
        // Read by the core's rule (`mail::address`), never resolved: it is an address, not a link.
        mail: element.get_attribute("data-mail"),
        offline_href: page_link(element.get_attribute("data-offline-href")),
        share_page: element
            .get_attribute("data-share-page")
            .and_then(|page| links::web(&page))
            .or_else(|| LIBRARY.site.share_page.map(str::to_string)),
    };
    let clicks = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(follow_in_page_link);
    let _ = root.add_event_listener_with_callback("click", clicks.as_ref().unchecked_ref());
    let app = yew::Renderer::<App>::with_root_and_props(app_root, props).render();
    Some((app, (root, clicks)))
}

/// The element's shadow root, empty but for the widget's stylesheet. A shadow root kept from
/// an earlier start (unmounted by hand, or the element moved) is reused: there can be only one.
fn shadow_root(document: &Document, element: &Element) -> Result<ShadowRoot, JsValue> {
    let root = match element.shadow_root() {
        Some(root) => root,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_text_content(None);
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

/// A link the page configured (`data-contact`, `data-offline-href`, `data-href-<id>`), if the
/// one rule of [`links::check`] accepts it: `http`, `https` or `mailto`, read as the browser's
/// URL parser reads it. A relative link is resolved against the page's own address, not against
/// a `<base href>`, and the result is checked again.
fn page_link(href: Option<String>) -> Option<String> {
    let (links::Checked::Absolute(link) | links::Checked::Relative(link)) = links::check(&href?)?;
    links::absolute(&resolve(&link)?)
}

/// A click on an in-page link in the widget (the reflection's "go to the checklist", or a
/// `data-href-<id>` to `#somewhere`) scrolls to its target and puts the fragment in the address
/// bar, instead of navigating: with a `<base href>` on the page, following it would leave the site.
fn follow_in_page_link(event: web_sys::MouseEvent) {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let path = event.composed_path();
    let Some(anchor) = path.iter().find_map(|target| target.dyn_into::<HtmlAnchorElement>().ok()) else { return };
    let href = anchor.href();
    let Some((address, fragment)) = href.split_once('#') else { return };
    if fragment.is_empty() || address != page_address() {
        return;
    }
    let Some(id) = js_sys::decode_uri_component(fragment).ok().and_then(|id| id.as_string()) else { return };
    let Some(target) = anchor.owner_document().and_then(|document| document.get_element_by_id(&id)) else { return };
    event.prevent_default();
    // The address bar as the link would have left it (and Back returns), without a reload.
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
    }
    target.scroll_into_view();
    // Into the other widget, for keyboard and screen-reader users: its heading.
    let heading = target.shadow_root().and_then(|root| root.query_selector(".ckl-title").ok().flatten());
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
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
            if let Some(href) = page_link(element.get_attribute(&format!("data-href-{}", checklist.id))) {
                return Some((checklist.id, href));
            }
            let selector = format!("[data-checklist=\"{}\"]", checklist.id);
            let target = document.as_ref()?.query_selector(&selector).ok()??;
            if target.id().is_empty() {
                target.set_id(&format!("checklist-{}", checklist.id));
            }
            // The page's own address in full: a `<base href>` must not send the link elsewhere.
            let fragment = js_sys::encode_uri_component(&target.id()).as_string()?;
            Some((checklist.id, format!("{}#{fragment}", page_address())))
        })
        .collect()
}
