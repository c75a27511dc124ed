//! The checklist widget: mounts a Yew app on every `data-checklist` element of the page.
//!
//! What the widget decides lives in `checklist-core`; this crate only reads the page, shows the
//! state and talks to the browser (downloads, dates, dialogs).

mod browser;
mod components;
mod content;
mod host_limits;
mod links;
mod mount;
mod panic_message;

use wasm_bindgen::prelude::*;

/// Talc instead of Rust's default dlmalloc: smaller (every kilobyte of wasm is start-up time on
/// a phone) and faster. The widget runs on one thread.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Runs once, when the loader has instantiated the wasm.
#[wasm_bindgen(start)]
pub fn start() {
    panic_message::install();
    mount::start();
}

/// `checklistWidget.mount(element)`: starts a widget on an element with `data-checklist` (the
/// widgets on the page and those added later start by themselves). See README, "Embedding".
#[wasm_bindgen]
pub fn mount(element: web_sys::Element) -> bool {
    mount::mount(element)
}

/// `checklistWidget.unmount(element)`: stops the widget there and frees it.
#[wasm_bindgen]
pub fn unmount(element: web_sys::Element) -> bool {
    mount::unmount(element)
}

/// Panics on purpose, so that a browser test can check the message a visitor then sees. The
/// loader hands it to the page only when the page asks with
/// `<meta name="checklist-widget-test" content="panic">`.
#[wasm_bindgen]
pub fn panic_for_test() {
    panic!("a deliberate panic, for the test of the panic message");
}
