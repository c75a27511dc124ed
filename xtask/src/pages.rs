//! The pages made from the demo page: the single-file offline copy and the embed example.

use sha2::{Digest, Sha256};

use crate::bundle::base64;
use crate::Result;

/// The policy the hosted files need (and the browser tests serve them with).
pub const HOSTED_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'none'";

pub struct SingleFile {
    pub html: String,
    /// The Content-Security-Policy in its `<meta>` element.
    pub policy: String,
}

/// `'sha256-…'` of an inline script or style, as a CSP source.
fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

fn replace_once(html: &str, from: &str, to: &str) -> Result<String> {
    match html.matches(from).count() {
        1 => Ok(html.replacen(from, to, 1)),
        n => Err(format!("index.html should contain `{from}` once, not {n} times")),
    }
}

/// The demo page as one file: the script and the page's stylesheet inline, no other files, and
/// its own strict policy (hashes of exactly that script and style). Opens from `file://`.
pub fn single_file(demo: &str, demo_css: &str, script: &str) -> Result<SingleFile> {
    let policy = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src 'self'; \
         connect-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(script),
        csp_hash(demo_css)
    );
    let html = replace_once(
        demo,
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
    )?;
    let html = replace_once(&html, "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n", "")?;
    let html =
        replace_once(&html, "<link rel=\"stylesheet\" href=\"demo.css\">", &format!("<style>{demo_css}</style>"))?;
    let html =
        replace_once(&html, "<script src=\"checklist.js\" defer></script>", &format!("<script>{script}</script>"))?;
    // This is the offline copy: no link to download it again.
    let html = html.replace(" data-offline-href=\"checklist.html\"", "");
    Ok(SingleFile { html, policy })
}

/// `dist/embed/snippet.html`: what a site owner pastes, as a page that works as it is. The
/// sentence inside the element is what visitors see when the script does not run (missing,
/// blocked, stripped by the CMS): never an empty box. The widget takes its place.
pub const SNIPPET_PAGE: &str = r#"<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checklist widget – embed snippet</title>
</head>
<body>
<!--
  1. Upload checklist.js (and, for the offline link, checklist.html) wherever your site allows.
  2. Paste the lines below where the checklist should appear; use the address of the uploaded
     checklist.js in src, and full addresses (https://…) in data-offline-href and the link.
  Attributes: data-checklist = team | leadership | change; data-lang = nl | en (optional);
  data-contact = mailto:… or https://… (optional); data-offline-href = the uploaded checklist.html
  (optional). Links other than http, https and mailto are ignored. The sentence inside the div
  shows only when the script cannot run. Theming: CSS custom properties such as --ckl-accent,
  see the README. Ready: the element gets data-ckl-ready; window.checklistWidget.mount(element)
  and .unmount(element) start and stop a widget by hand (widgets added later start by themselves).
-->
<div data-checklist="team" data-lang="nl" data-contact="mailto:hallo@example.nl" data-offline-href="checklist.html">
  <p>Hier hoort de checklist voor teams te staan, maar hij kon niet laden. <a href="checklist.html">Open de checklist als los bestand</a>.</p>
</div>
<script src="checklist.js" defer></script>
</body>
</html>
"#;

/// `dist/csp.txt`: the exact Content-Security-Policy each build needs.
pub fn csp_notes(single_file_policy: &str) -> String {
    format!(
        "Content-Security-Policy for the checklist widget\n\n\
         Hosted (dist/index.html, dist/embed/): the widget needs no inline script, no inline style,\n\
         no eval and no network after load. It works under:\n\n  {HOSTED_POLICY}\n\n\
         'wasm-unsafe-eval' lets the page compile the WebAssembly. If checklist.js is served from\n\
         another origin (a CDN, a CMS's file store), add that origin to script-src.\n\n\
         Single file (dist/checklist.html): the page carries its own policy in a <meta> element,\n\
         with the hashes of exactly its inline script and style (they change with every build):\n\n  \
         {single_file_policy}\n"
    )
}
