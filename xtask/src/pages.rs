//! The pages made from the demo page: the single-file offline copy and the embed example.

use sha2::{Digest, Sha256};

use crate::bundle::base64;
use crate::Result;

/// The policy the hosted files need (and the browser tests serve them with). `widget_css` is the
/// widget's stylesheet: browsers without constructed stylesheets (Safari before 16.4) get it as a
/// `<style>` element in each widget's shadow root, which the policy allows by its hash.
pub fn hosted_policy(widget_css: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {}; connect-src 'none'",
        csp_hash(widget_css)
    )
}

pub struct SingleFile {
    pub html: String,
    /// The Content-Security-Policy in its `<meta>` element.
    pub policy: String,
}

/// `'sha256-…'` of an inline script or style, as a CSP source.
pub fn csp_hash(text: &str) -> String {
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
pub fn single_file(demo: &str, demo_css: &str, script: &str, widget_css: &str) -> Result<SingleFile> {
    let policy = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {} {}; img-src 'self'; \
         connect-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(script),
        csp_hash(demo_css),
        csp_hash(widget_css)
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

/// `dist/embed/snippet.html`: what a site owner pastes, as a page. Every address is an absolute
/// placeholder: a relative one would point somewhere else on each page of a CMS. The sentence
/// inside the element is what visitors see when the script does not run (missing, blocked,
/// stripped by the CMS): never an empty box. The widget takes its place.
pub const SNIPPET_PAGE: &str = r#"<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checklist widget – embed snippet</title>
</head>
<body>
<!--
  1. Upload checklist.js (and, for the offline link, checklist.html) wherever your site allows
     files to be uploaded (not the WordPress media library: it refuses .js; use the WordPress plugin
     or SFTP instead, see the README).
  2. Paste the lines between BEGIN and END where the checklist should appear, and replace EVERY
     https://www.example.nl/... address with the full address (starting with https://) of the
     uploaded file, and the mailto: address with yours. Keep the text inside the div: visitors
     see it only when the script cannot run.
  Attributes: data-checklist = team | leadership | change; data-lang = nl | en (optional);
  data-contact = mailto:… or https://… (optional); data-offline-href = the full address of the
  uploaded checklist.html (optional). Links other than http, https and mailto are ignored.
  Theming: CSS custom properties such as --ckl-accent. Ready: the element gets data-ckl-ready;
  window.checklistWidget.mount(element) and .unmount(element) start and stop a widget by hand
  (widgets added later start by themselves). In WordPress, paste into a "Custom HTML" block,
  not a paragraph.
-->
<!-- BEGIN checklist -->
<div data-checklist="team" data-lang="nl" data-contact="mailto:hallo@example.nl" data-offline-href="https://www.example.nl/files/checklist.html">
  <p>De checklist laadt. Blijft deze tekst staan, zet dan JavaScript aan, open de pagina in een recente browser, of <a href="https://www.example.nl/files/checklist.html">open de checklist als los bestand</a>.</p>
</div>
<script src="https://www.example.nl/files/checklist.js" defer></script>
<!-- END checklist -->
</body>
</html>
"#;

/// `dist/embed/code-block.html`: for site builders that allow a code block but no file upload
/// (Squarespace, Wix, …): the place and the whole widget script in one paste, nothing to host.
pub fn code_block(script: &str) -> String {
    format!(
        "<!-- Checklist widget: paste all of this into one code block (HTML/embed block). \
         data-checklist: team, leadership or change; data-lang: nl or en; data-contact: your mailto: or https: link. -->\n\
         <div data-checklist=\"team\" data-lang=\"nl\" data-contact=\"mailto:hallo@example.nl\">\
         <p>De checklist laadt. Blijft deze tekst staan, zet dan JavaScript aan of open de pagina in een recente browser.</p></div>\n\
         <script>{script}</script>\n"
    )
}

/// `dist/csp.txt`: the exact Content-Security-Policy each build needs.
pub fn csp_notes(hosted_policy: &str, single_file_policy: &str) -> String {
    format!(
        "Content-Security-Policy for the checklist widget\n\n\
         Hosted (dist/index.html, dist/embed/): the widget needs no inline script, no inline style,\n\
         no eval and no network after load. It works under:\n\n  {hosted_policy}\n\n\
         'wasm-unsafe-eval' lets the page compile the WebAssembly. If checklist.js is served from\n\
         another origin (a CDN, a CMS's file store), add that origin to script-src.\n\
         The 'sha256-…' in style-src is the hash of the widget's own stylesheet (style.css, as the\n\
         widget carries it: without comments and indentation): browsers\n\
         without constructed stylesheets (Safari and iOS before 16.4) receive it as a <style> element.\n\
         Without that hash those browsers show the checklist unstyled. It changes when style.css does.\n\n\
         Single file (dist/checklist.html): the page carries its own policy in a <meta> element,\n\
         with the hashes of exactly its inline script and style (they change with every build):\n\n  \
         {single_file_policy}\n"
    )
}
