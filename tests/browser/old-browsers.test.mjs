// Browsers that lack what the widget prefers (the real old Safari runs in tests/webkit/, WPE 2.38):
// without DecompressionStream the built-in inflater unpacks the wasm; without constructed
// stylesheets the <style> fallback is allowed by the stylesheet's hash in the documented policy;
// without WebAssembly the visitor reads, in words, that the browser is too old and what to use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { DIST, serveDemoAndLaunch, seedAnswers, allButLast, answerOpen } from "./support.mjs";
import { serve } from "../../tools/serve.mjs";

const ours = serveDemoAndLaunch();

async function strictSite() {
  const notes = await readFile(`${DIST}/csp.txt`, "utf8");
  const policy = notes.match(/^ {2}(default-src 'self'.*)$/m)[1];
  return serve(DIST, { background: true, headers: () => ({ "Content-Security-Policy": policy }) });
}

async function openWithout(site, removeFeatures, seeds = {}) {
  const context = await ours.browser.newContext();
  await context.addInitScript(removeFeatures);
  await seedAnswers(context, site.url, seeds);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(site.url);
  return { context, page, problems };
}

test("without DecompressionStream or constructed stylesheets (Safari 16.0–16.3), under the documented CSP", async () => {
  const site = await strictSite();
  const { context, page, problems } = await openWithout(site, () => {
    delete window.DecompressionStream;
    // As before Safari 16.4: no `new CSSStyleSheet()`.
    window.CSSStyleSheet = function () {
      throw new TypeError("Illegal constructor");
    };
  }, { team: allButLast("team", () => 4) });
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  assert.equal(await widget.locator("style").count(), 1, "the stylesheet came as a <style> element");
  // Answered earlier, all "vaak" but the last: one answer given here.
  assert.equal(await answerOpen(widget, () => 4), 1);
  await widget.locator(".ckl-actions .ckl-primary").click();
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /75 van 100/);
  const background = await widget.locator(".ckl-primary").first().evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(background, "rgba(0, 0, 0, 0)", "the widget's stylesheet applies");
  assert.deepEqual(problems, [], "no CSP violation, no error");
  await context.close();
  site.server.close();
});

test("without WebAssembly: a message in the visitor's language that names browsers to use", async () => {
  const { context, page } = await openWithout(ours.site, () => {
    delete window.WebAssembly;
  });
  const team = page.locator('[data-checklist="team"] [role="alert"]');
  await team.waitFor();
  assert.match(await team.innerText(), /^Deze browser is te oud voor de checklist\. .*Safari.*Chrome.*Firefox/);
  await context.close();
});
