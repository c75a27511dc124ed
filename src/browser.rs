//! The few things the widget asks of the browser itself.

use checklist_core::date::Date;
use checklist_core::storage::KeyValueStore;
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Today in the visitor's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
}

/// Saves `contents` as a file, made in the browser; nothing leaves the device.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Revoking at once breaks the download in Firefox and iOS Safari: give it time.
    Timeout::new(40_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The browser's local storage, if this page may use it at all (a sandboxed frame or disabled
/// storage gives none). A full store can still be read: `writable` says whether a test write
/// worked when the widget started.
pub struct Store {
    storage: Option<web_sys::Storage>,
    writable: bool,
}

impl Store {
    pub fn open() -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let writable = storage.as_ref().is_some_and(|storage| {
            let key = "checklist-widget/probe";
            let worked = storage.set_item(key, "1").is_ok();
            let _ = storage.remove_item(key);
            worked
        });
        Store { storage, writable }
    }

    pub fn readable(&self) -> bool {
        self.storage.is_some()
    }

    pub fn writable(&self) -> bool {
        self.writable
    }
}

impl KeyValueStore for Store {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok()?
    }

    fn set(&mut self, key: &str, value: &str) -> bool {
        self.storage.as_ref().is_some_and(|s| s.set_item(key, value).is_ok())
    }

    fn remove(&mut self, key: &str) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(key);
        }
    }
}

/// Milliseconds since 1970: makes backup keys unique.
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// The page's URL fragment, with its `#`.
pub fn location_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment.
pub fn page_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// `link` resolved against the page's own address (never against a `<base href>`), as the
/// browser's URL parser serialises it.
pub fn resolve(link: &str) -> Option<String> {
    let page = web_sys::window()?.location().href().ok()?;
    Some(Url::new_with_base(link, &page).ok()?.href())
}

/// Drops the fragment from the address bar without reloading, so a reload does not reopen a
/// share link the visitor has closed.
pub fn clear_hash() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// The text of a file the visitor chose or dropped.
pub async fn read_text(file: web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string().ok_or_else(|| JsValue::from_str("not text"))
}

/// Copies the text of `field` to the clipboard; `false` where the browser does not allow it.
/// The Clipboard API exists only in secure contexts (https, localhost) and may be refused in
/// frames: then the older copy command is tried on the field's selected text. On failure the
/// text stays selected, so that the visitor can copy it with the keyboard.
pub async fn copy_text(field: &web_sys::HtmlInputElement) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let text = field.value();
    let navigator = window.navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
    if window.is_secure_context() && has_clipboard {
        let promise = navigator.clipboard().write_text(&text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let _ = field.focus();
    field.select();
    let document = window.document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
    document.is_some_and(|d| d.exec_command("copy").unwrap_or(false))
}

/// Whether downloads are probably blocked here: in a sandboxed frame without `allow-downloads`.
/// Certain when the frame's element can be read (same origin); a frame whose origin is opaque
/// (`"null"`: sandboxed without `allow-same-origin`) is taken as blocked, as it is unless the
/// host page added `allow-downloads`.
pub fn downloads_blocked() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let framed = window.top().ok().flatten().is_some_and(|top| top != window);
    if !framed {
        return false;
    }
    match window.frame_element() {
        Ok(Some(frame)) => match frame.get_attribute("sandbox") {
            Some(flags) => !flags.split_ascii_whitespace().any(|f| f.eq_ignore_ascii_case("allow-downloads")),
            None => false,
        },
        _ => window.origin() == "null",
    }
}

/// Prints only the widget that `inside` belongs to: the page's other content is left out by a
/// print-only stylesheet, added to the document for this print and removed after it. Its rules
/// apply only while the page's root carries `data-ckl-printing`, so printing the page with the
/// browser's own command (Ctrl+P) prints the host page as it is.
pub fn print_widget(inside: &web_sys::Element) {
    let Some(host) = inside.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|root| root.host()) else {
        return;
    };
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Some(page) = document.document_element() else { return };
    let Some(sheet) = print_sheet() else { return };
    let sheets = js_sys::Array::from(&document.adopted_style_sheets());
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    let _ = page.set_attribute(PRINTING, "");
    let _ = host.set_attribute(PRINTING, "");
    // Everything undone after printing; `print()` returns before that in some browsers.
    let done = Closure::once_into_js(move || {
        let _ = host.remove_attribute(PRINTING);
        let _ = page.remove_attribute(PRINTING);
        let sheets = js_sys::Array::from(&document.adopted_style_sheets());
        let kept: js_sys::Array = sheets.iter().filter(|s| *s != JsValue::from(&sheet)).collect();
        document.set_adopted_style_sheets(&kept);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

const PRINTING: &str = "data-ckl-printing";

/// Hides everything but the printing widget and its ancestors. The A4 page is a named page, used
/// only by the widget: even left behind, the sheet would not change the host's own printing.
fn print_sheet() -> Option<web_sys::CssStyleSheet> {
    const SHEET: &str = "@page ckl-report { size: A4; margin: 14mm 16mm; } @media print { \
        :root[data-ckl-printing] body *:not(:has([data-ckl-printing])):not([data-ckl-printing]) { display: none !important; } \
        :root[data-ckl-printing] [data-ckl-printing] { page: ckl-report; } \
        :root[data-ckl-printing] body { margin: 0 !important; padding: 0 !important; } \
        :root[data-ckl-printing] body *:has([data-ckl-printing]) { margin-top: 0 !important; padding-top: 0 !important; border: 0 !important; } }";
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(SHEET).ok()?;
    Some(sheet)
}
