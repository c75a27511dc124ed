//! wasm-bindgen as a library, and the classic script that loads the widget.

use std::path::Path;

use wasm_bindgen_cli_support::Bindgen;

use crate::Result;

/// The JS glue (for a classic script) and the wasm it belongs to.
pub fn bindgen(wasm: &Path) -> Result<(String, Vec<u8>)> {
    let mut bindgen = Bindgen::new();
    bindgen
        .input_path(wasm)
        .out_name("checklist")
        .typescript(false);
    bindgen
        .no_modules(true)
        .and_then(|b| b.no_modules_global("checklistWidget"))
        .map_err(|e| format!("wasm-bindgen options: {e}"))?;
    let mut output = bindgen
        .generate_output()
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    let js = output.js().to_string();
    let wasm = output.wasm_mut().emit_wasm();
    Ok((js, wasm))
}

/// A classic script (not a module: those do not load from `file://` and need CORS across origins)
/// that keeps the glue out of the page's global scope and starts the widget from the wasm file
/// next to the script.
pub fn script(glue: &str) -> String {
    format!("/* The checklist widget. Loads checklist_bg.wasm from the same folder. */\n(function () {{\n{glue}\n{LOADER}}})();\n")
}

const LOADER: &str = r#"
var script = document.currentScript;
var failure = {
  nl: "De checklist kon niet laden. Herlaad de pagina of probeer een andere browser.",
  en: "The checklist could not load. Reload the page or try another browser."
};
function showFailure(error) {
  console.error("checklist widget:", error);
  var places = document.querySelectorAll("[data-checklist]");
  for (var i = 0; i < places.length; i++) {
    var lang = (places[i].getAttribute("data-lang") || document.documentElement.lang || "nl").slice(0, 2).toLowerCase();
    var notice = document.createElement("p");
    notice.className = "ckl-notice";
    notice.setAttribute("role", "alert");
    notice.textContent = failure[lang] || failure.nl;
    places[i].replaceChildren(notice);
  }
}
function start() {
  try {
    var wasm = new URL("checklist_bg.wasm", script && script.src ? script.src : document.baseURI);
    checklistWidget({ module_or_path: wasm }).catch(showFailure);
  } catch (error) {
    showFailure(error);
  }
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
"#;
