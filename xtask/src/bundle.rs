//! wasm-bindgen as a library, and the one classic script that carries the whole widget.
//!
//! Why one classic script with the wasm inside: it loads from another origin without CORS, from
//! `file://` and from a page saved with "Save page as"; it needs no `fetch` (so it works under
//! `connect-src 'none'`); and it survives a CMS that serves `.wasm` with the wrong type. The wasm
//! is gzip-compressed before base64 so that the script, gzipped in transit, stays within about
//! 1% of the bare wasm; the browser inflates it with `DecompressionStream`, or, where that is
//! missing (Safari and iOS before 16.4), with the small inflater `tiny-inflate` from npm.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use flate2::write::GzEncoder;
use flate2::Compression;
use wasm_bindgen_cli_support::Bindgen;

use crate::Result;

/// The JS glue (for a classic script) and the wasm it belongs to.
pub fn bindgen(wasm: &Path) -> Result<(String, Vec<u8>)> {
    let mut bindgen = Bindgen::new();
    bindgen.input_path(wasm).out_name("checklist").typescript(false);
    bindgen
        .no_modules(true)
        .and_then(|b| b.no_modules_global("checklistWidget"))
        .map_err(|e| format!("wasm-bindgen options: {e}"))?;
    let mut output = bindgen.generate_output().map_err(|e| format!("wasm-bindgen: {e}"))?;
    let js = output.js().to_string();
    let wasm = output.wasm_mut().emit_wasm();
    Ok((js, wasm))
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// What [`zopfli_gzip`] does, for the build cache: change it with the options or the crate version.
pub const ZOPFLI_TAG: &str = "zopfli 0.8, default options, gzip";

/// Slower than [`gzip`] (seconds, not milliseconds) and some 5% smaller: worth it once per build
/// for the bytes every visitor downloads.
pub fn zopfli_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    zopfli::compress(zopfli::Options::default(), zopfli::Format::Gzip, bytes, &mut out).expect("writing to memory");
    out
}

pub fn gzip_size(bytes: &[u8]) -> usize {
    gzip(bytes).len()
}

pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                text.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                text.push('=');
            }
        }
    }
    text
}

/// The widget as one classic script: the glue kept out of the page's global scope, the wasm
/// (`packed_wasm`: gzipped, see [`zopfli_gzip`]), a small inflater for browsers without
/// `DecompressionStream` (Safari before 16.4), and a loader that starts every widget on the page
/// or explains why it cannot.
pub fn script(root: &Path, glue: &str, packed_wasm: &[u8], inflater_source: &str) -> Result<String> {
    let script = format!(
        "/* The checklist widget: one file, no other requests. */\n(function () {{\n\"use strict\";\n{glue}\n\
         var WASM_GZIP_BASE64 = \"{}\";\n{}\n{LOADER}}})();\n",
        base64(packed_wasm),
        inflater(inflater_source)?
    );
    let script = minified(root, &script)?;
    // The script is also inlined in the single-file page, where this would end the script early.
    if script.contains("</script") {
        return Err("the widget script contains `</script`: it cannot be inlined".to_string());
    }
    Ok(script)
}

/// `script` through terser (npm, pinned in package.json): compressed, its local names shortened,
/// only the licence comment kept. The glue and the loader are some 2 KB smaller gzipped for it.
/// Property names are left alone, so the wasm's imports and the page's `checklistWidget` keep
/// theirs.
fn minified(root: &Path, script: &str) -> Result<String> {
    let terser = root.join("node_modules/.bin/terser");
    if !terser.exists() {
        return Err(format!("{} is missing: run `npm ci` (./dev does this for you)", terser.display()));
    }
    let mut child = Command::new(&terser)
        .args(["--compress", "--mangle", "--comments", "/License/"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", terser.display()))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = script.to_string();
    // Written from another thread: terser writes while it reads, and both pipes could fill.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| format!("terser: {e}"))?;
    writer.join().expect("the writer does not panic").map_err(|e| format!("terser: {e}"))?;
    if !output.status.success() {
        return Err(format!("terser failed ({})", output.status));
    }
    String::from_utf8(output.stdout).map_err(|_| "terser wrote something that is not UTF-8".to_string())
}

/// The npm package `tiny-inflate` (pinned in package.json; a CommonJS module) as a function
/// `tinyInflate(deflated, output)` inside the script, its comments left out.
pub fn inflater(source: &str) -> Result<String> {
    const EXPORT: &str = "module.exports = tinf_uncompress;";
    if source.matches(EXPORT).count() != 1 {
        return Err(format!("tiny-inflate: expected `{EXPORT}` once; has the package changed?"));
    }
    let mut code = String::new();
    let mut rest = source.replace(EXPORT, "return tinf_uncompress;");
    while let Some(open) = rest.find("/*") {
        let close = rest[open..].find("*/").ok_or("tiny-inflate: unclosed comment")? + open + 2;
        code.push_str(&rest[..open]);
        rest = rest[close..].to_string();
    }
    code.push_str(&rest);
    let lines: Vec<&str> = code.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    Ok(format!(
        "/* tiny-inflate 1.0.3, MIT License, Copyright (c) 2015-present Devon Govett */\n\
         var tinyInflate = (function () {{\n{}\n}})();",
        lines.join("\n")
    ))
}

const LOADER: &str = r#"
var messages = {
  failure: {
    nl: "De checklist kon niet laden. Herlaad de pagina of probeer een recente browser.",
    en: "The checklist could not load. Reload the page or try a recent browser."
  },
  tooOld: {
    nl: "Deze browser is te oud voor de checklist. Open de pagina in een recente versie van Safari (vanaf iOS of macOS 16), Chrome, Edge of Firefox.",
    en: "This browser is too old for the checklist. Open the page in a recent version of Safari (iOS or macOS 16 or later), Chrome, Edge or Firefox."
  }
};
function showMessage(message, error) {
  if (error && window.console) console.error("checklist widget:", error);
  var places = document.querySelectorAll("[data-checklist]");
  for (var i = 0; i < places.length; i++) {
    var lang = (places[i].getAttribute("data-lang") || document.documentElement.lang || "nl").slice(0, 2).toLowerCase();
    var notice = document.createElement("p");
    notice.setAttribute("role", "alert");
    notice.textContent = message[lang] || message.nl;
    while (places[i].firstChild) places[i].removeChild(places[i].firstChild);
    places[i].appendChild(notice);
  }
}
// The page's handle on the widget (README, "Embedding"): the only global this script sets.
// Widgets start by themselves, also on elements added later; these are for doing it by hand.
var resolveReady, rejectReady;
var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
ready.catch(function () {});
function byHand(name) {
  return function (element) {
    if (!element || element.nodeType !== 1) return Promise.resolve(false);
    return ready.then(function () { return checklistWidget[name](element); });
  };
}
if (!(window.checklistWidget && window.checklistWidget.ready)) {
  window.checklistWidget = Object.freeze({ ready: ready, mount: byHand("mount"), unmount: byHand("unmount") });
}
function fail(error) {
  showFailure(error);
  rejectReady(error);
}
function showFailure(error) {
  showMessage(messages.failure, error);
}
/* What the widget cannot do without; everything else has a fallback. */
function tooOld() {
  return typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function"
    || typeof Promise !== "function" || typeof TextDecoder !== "function" || typeof Uint8Array !== "function"
    || !window.Element || typeof Element.prototype.attachShadow !== "function";
}
function decodeBase64(text) {
  // Native where there is one (2025's browsers): a tenth of the loop's time on a slow phone.
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  var binary = atob(text), length = binary.length, bytes = new Uint8Array(length);
  for (var i = 0; i < length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
/* RFC 1952: a 10-byte header, optional fields, the deflated data, CRC-32 and size. */
function gunzip(bytes) {
  var flags = bytes[3], at = 10, end = bytes.length;
  if (flags & 4) at += 2 + (bytes[at] | bytes[at + 1] << 8);
  if (flags & 8) while (bytes[at++]) {}
  if (flags & 16) while (bytes[at++]) {}
  if (flags & 2) at += 2;
  var size = (bytes[end - 4] | bytes[end - 3] << 8 | bytes[end - 2] << 16 | bytes[end - 1] << 24) >>> 0;
  return tinyInflate(bytes.subarray(at, end - 8), new Uint8Array(size));
}
function unpack(packed) {
  if (typeof DecompressionStream === "function") {
    // The bytes written in one piece: fewer tasks between the chunks than a Blob's stream.
    // A corrupt script fails the read below; the writer's own promises would only repeat it.
    var inflate = new DecompressionStream("gzip"), writer = inflate.writable.getWriter();
    writer.write(packed).catch(function () {});
    writer.close().catch(function () {});
    return new Response(inflate.readable).arrayBuffer();
  }
  return new Promise(function (done) { done(gunzip(packed)); });
}
function start() {
  if (tooOld()) {
    showMessage(messages.tooOld);
    rejectReady(new Error("checklist widget: this browser is too old"));
    return;
  }
  try {
    unpack(decodeBase64(WASM_GZIP_BASE64))
      .then(function (wasm) {
        performance.mark("checklist-widget:unpacked");
        return checklistWidget({ module_or_path: wasm });
      })
      .then(function () {
        performance.mark("checklist-widget:started");
        if (document.querySelector('meta[name="checklist-widget-test"][content="panic"]')) {
          window.checklistWidgetTest = { panic: checklistWidget.panic_for_test };
        }
        resolveReady();
      })
      .catch(fail);
  } catch (error) {
    fail(error);
  }
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }
}
