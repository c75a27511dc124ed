// The widget in WebKit, the engine of Safari and of every iPhone browser, driven over plain W3C
// WebDriver (tests/browser/webdriver.mjs):
// - WebKitGTK 2.50 (≈ current Safari): the main flows — render, complete by clicking, results,
//   a download, reload, two tabs, the single file from file://.
// - WPE WebKit 2.38 (≈ Safari/iOS 16.0–16.3: no DecompressionStream, no constructed stylesheets):
//   the old-Safari path — the built-in inflater and the <style> fallback under the strict CSP.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { DIST, localIsoDate } from "../browser/support.mjs";
import { startWebKit, available } from "../browser/webdriver.mjs";
import { serve } from "../../tools/serve.mjs";

/** The hosted policy of dist/csp.txt, plus a report address: WebKit posts each violation there. */
async function strictPolicy() {
  const notes = await readFile(`${DIST}/csp.txt`, "utf8");
  const policy = notes.match(/^ {2}(default-src 'self'.*)$/m)[1];
  return `${policy}; report-uri /csp-report`;
}

const widget = (id) => `document.querySelector('[data-checklist="${id}"]')`;
const inWidget = (id, selector) => `(${widget(id)}.shadowRoot && ${widget(id)}.shadowRoot.querySelector(${JSON.stringify(selector)}))`;

/** Clicks the `value`-th answer (1–5) of every statement, then "show results"; returns the overall text. */
async function complete(session, id, value = 4) {
  await session.waitFor(`return ${inWidget(id, "fieldset")}`, { what: `${id}: the first question` });
  const labels = await session.execute(
    `var value = arguments[0];
     return Array.from(${widget(id)}.shadowRoot.querySelectorAll("fieldset")).map(function (f) { return f.querySelectorAll("label")[value - 1]; })`,
    value,
  );
  assert.ok(labels.length >= 5, `${id}: statements to answer`);
  // As a person does: the next answer once the widget shows the last one as chosen (the widget
  // re-renders on its next turn, and WebKit's driver refuses a click on a page in mid-render).
  for (const [i, label] of labels.entries()) {
    await session.click(label);
    await shown(session, id, i, value, `${id}: answer ${i + 1} shown`);
  }
  await session.click(await session.execute(`return ${inWidget(id, ".ckl-actions .ckl-primary")}`));
  await session.waitFor(`return ${inWidget(id, ".ckl-results")}`, { what: `${id}: the results` });
  return session.execute(`var o = ${inWidget(id, ".ckl-dimension-score")}; return o ? o.textContent : ""`);
}

/** Clicks answer `value` (1–5) of statement `statement` (from 0) and waits until it shows. */
async function answer(session, id, statement, value) {
  await session.waitFor(`return ${inWidget(id, "fieldset")}`, { what: `${id}: the first question` });
  const label = await session.execute(
    `return ${widget(id)}.shadowRoot.querySelectorAll("fieldset")[${statement}].querySelectorAll("label")[${value - 1}]`,
  );
  await session.click(label);
  await shown(session, id, statement, value, `${id}: answer ${value} to statement ${statement + 1} shown`);
}

/** Waits until statement `statement` (from 0) shows answer `value` (1–5) as chosen. */
function shown(session, id, statement, value, what) {
  return session.waitFor(
    `var root = ${widget(id)}.shadowRoot;
     var fieldset = root && root.querySelectorAll("fieldset")[${statement}];
     var input = fieldset && fieldset.querySelectorAll("input")[${value - 1}];
     return !!input && input.checked && !!input.closest(".ckl-chosen");`,
    { what },
  );
}

/** Records what the widget hands to the browser as downloads (the Blob and the file name). With
 * `passOn`, the browser then downloads it as usual; without, the click stops there (cog, WPE's
 * browser, has no download handling: it would open the file in place of the page). */
const RECORD_DOWNLOADS = (passOn) => `
  window.__downloads = [];
  var create = URL.createObjectURL;
  URL.createObjectURL = function (blob) { var url = create.call(URL, blob); window.__downloads.push({ blob: blob, url: url }); return url; };
  var click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    var record = window.__downloads.filter(function (d) { return d.url === this.href; }, this)[0];
    if (record) record.name = this.download;
    if (${passOn} || !record) return click.call(this);
  };`;

async function downloadSummary(session, id, buttonText, passOn) {
  await session.execute(RECORD_DOWNLOADS(passOn));
  const button = await session.execute(
    `var text = arguments[0];
     return Array.from(${widget(id)}.shadowRoot.querySelectorAll("button")).filter(function (b) { return b.textContent.trim() === text; })[0]`,
    buttonText,
  );
  assert.ok(button, `a button "${buttonText}"`);
  await session.click(button);
  return session.executeAsync(
    `var done = arguments[arguments.length - 1];
     var d = window.__downloads[0];
     if (!d) return done(null);
     d.blob.text().then(function (text) { done({ name: d.name, type: d.blob.type, text: text }); });`,
  );
}

/** Whether the widget's stylesheet applies: its primary button has a colour of its own, not the
 * browser's default (transparent or light grey), and the widget's custom properties exist. */
async function styled(session, id) {
  const [background, accent] = await session.execute(
    `var root = ${widget(id)}.shadowRoot;
     return [getComputedStyle(root.querySelector(".ckl-primary")).backgroundColor,
             getComputedStyle(root.querySelector(".ckl")).getPropertyValue("--c-accent").trim()];`,
  );
  return !/^rgba\(0, 0, 0, 0\)$|^rgb\(2[34]\d, 2[34]\d, 2[34]\d\)$/.test(background) && accent !== "";
}

for (const kind of ["webkitgtk", "wpe"]) {
  const skip = available(kind) ? false : `${kind} is not installed (./dev test installs it)`;
  describe(kind === "wpe" ? "WPE WebKit 2.38 (≈ Safari/iOS 16.0)" : "WebKitGTK (≈ current Safari)", { skip }, () => {
    let session;
    let site;
    let policy;
    before(async () => {
      policy = await strictPolicy();
      site = await serve(DIST, { background: true, headers: () => ({ "Content-Security-Policy": policy }) });
      session = await startWebKit(kind);
    });
    after(async () => {
      await session?.close();
      site?.server.close();
    });

    test("the demo under the strict CSP: complete by clicking, results, a download; no violation, no request after load", async () => {
      await session.goto(site.url);
      if (kind === "wpe") {
        assert.equal(await session.execute("return typeof DecompressionStream"), "undefined", "this engine is the old one");
      }
      const overall = await complete(session, "team");
      assert.match(overall, /75 van 100/);
      assert.ok(await styled(session, "team"), "the widget's stylesheet applies");
      const loaded = site.requests.length;
      const summary = await downloadSummary(session, "team", "Download samenvatting (HTML)", kind !== "wpe");
      assert.equal(summary.name, `checklist-team-${localIsoDate()}.html`);
      assert.match(summary.type, /^text\/html/);
      assert.match(summary.text, /<td>Gevorderd<\/td><td>vaak<\/td><td>75<\/td>/);
      assert.deepEqual(site.requests.slice(loaded), [], "no request after load");
      assert.deepEqual(site.requests.filter((path) => path.startsWith("/csp-report")), [], "no CSP violation");
    });

    test("a reload brings the answers back", async () => {
      await session.refresh();
      await session.waitFor(`return ${inWidget("team", ".ckl-notices")}`, { what: "the welcome-back notice" });
      const notice = await session.execute(`return ${inWidget("team", ".ckl-notices")}.textContent`);
      assert.match(notice, /Welkom terug/);
    });

    // cog, WPE's browser, shows one page: WebDriver's "new tab" gives back the same one.
    const oneView = kind === "wpe" && "cog, WPE's browser, has a single view: no second tab";
    test("two tabs: an answer given in either reaches the other, and none is lost", { skip: oneView }, async () => {
      await session.goto(site.url);
      await session.execute("localStorage.clear()");
      await session.refresh();
      const first = await session.tab();
      await answer(session, "team", 0, 2);
      const second = await session.newTab();
      await session.switchTo(second);
      await session.goto(site.url);
      await shown(session, "team", 0, 2, "the second tab opens with the first tab's answer");
      await answer(session, "team", 1, 3);
      await session.switchTo(first);
      await shown(session, "team", 1, 3, "the first tab shows the answer given in the second");
      await answer(session, "team", 2, 4);
      await session.switchTo(second);
      await shown(session, "team", 2, 4, "the second tab shows the first tab's new answer");
      for (const [statement, value] of [[0, 2], [1, 3]]) await shown(session, "team", statement, value, "and keeps the others");
      await session.closeTab();
      await session.switchTo(first);
      await session.refresh();
      for (const [statement, value] of [[0, 2], [1, 3], [2, 4]]) await shown(session, "team", statement, value, "all three after a reload");
    });

    test("the single file from file://, with no server", async () => {
      await session.goto(pathToFileURL(`${DIST}/checklist.html`).href);
      const overall = await complete(session, "leadership", 5);
      assert.match(overall, /100 van 100/);
      assert.ok(await styled(session, "leadership"), "the widget's stylesheet applies");
      assert.equal(await session.execute("return document.body.textContent.indexOf('kon niet laden')"), -1);
    });
  });
}
