// Embedding and working offline: CSP, hostile host styles, another origin with a wrong MIME type,
// the single file and a saved copy from file:// without network, no requests after load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serveDist, seedAnswers, allButLast, answerOpen, DIST, CAN, onlyWhere } from "./support.mjs";
import { serve } from "../../tools/serve.mjs";

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'none'";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A new context that records CSP violations, page errors and every request. */
async function watchedContext(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const seen = { violations: [], errors: [], requests: [] };
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  context.on("request", (request) => seen.requests.push(request.url()));
  context.on("page", (page) => {
    page.on("pageerror", (error) => seen.errors.push(error.message));
    page.on("console", (m) => {
      if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) seen.errors.push(m.text());
    });
  });
  return { context, seen };
}

/** The checklists `ids`, answered earlier with the `value`-th answer (1–5), all but the last item:
 * these tests are about the page around the widget, not about giving answers (checklists.test.mjs). */
const almostAll = (ids, value) => Object.fromEntries(ids.map((id) => [id, allButLast(id, () => value)]));

/** Answers every item of `widget` still open with the `value`-th answer (1–5), shows the results. */
async function complete(widget, value = 4) {
  assert.ok((await answerOpen(widget, () => value)) >= 1, "the visitor gives at least one answer here");
  await widget.locator(".ckl-actions .ckl-primary").click();
  await widget.locator(".ckl-results").waitFor();
}

test("the hosted demo under a strict CSP: a whole checklist and a download, zero violations", async () => {
  const site = await serveDist({ headers: () => ({ "Content-Security-Policy": POLICY }) });
  const { context, seen } = await watchedContext();
  await seedAnswers(context, site.url, almostAll(["team", "change"], 4));
  const page = await context.newPage();
  await page.goto(site.url);
  for (const id of ["team", "change"]) {
    const widget = page.locator(`[data-checklist="${id}"]`);
    await complete(widget);
    await widget.getByRole("button", { name: "English" }).click();
    if (CAN.download) {
      const [download] = await Promise.all([page.waitForEvent("download"), widget.getByRole("button", { name: "Download summary (HTML)" }).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^checklist-${id}-`));
    }
  }
  assert.match(await page.locator('[data-checklist="team"] .ckl-dimension-score').first().innerText(), /75 out of 100/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
  site.server.close();
});

const HOSTILE_CSS = `
  * { all: revert !important; }
  html { font-size: 40px !important; }
  body { font-family: "Comic Sans MS", cursive; font-style: italic; text-transform: uppercase; letter-spacing: 4px; color: rgb(200, 0, 0); }
  input { display: none !important; }
  div { color: rgb(255, 0, 0) !important; line-height: 0.5 !important; }
  button, label { visibility: hidden !important; }
  .ckl, .ckl-option { display: none !important; }
`;
const HOST_PAGE = (withWidget) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
  <style>${HOSTILE_CSS}</style>${withWidget ? '<script src="checklist.js" defer></script>' : ""}</head>
  <body><h1 id="host-title">Host page</h1><p id="host-text">Some text of the host.</p>
  <input id="host-input" value="x"><button id="host-button">Host button</button>
  <div data-checklist="team"></div><p id="host-after">After the widget.</p></body></html>`;

async function hostStyles(page) {
  return page.evaluate(() =>
    ["host-title", "host-text", "host-input", "host-button", "host-after"].map((id) => {
      const style = getComputedStyle(document.getElementById(id));
      return [id, style.display, style.fontSize, style.fontFamily, style.color, style.margin, style.visibility].join("|");
    }),
  );
}

test("a hostile host stylesheet cannot break the widget, and the widget leaves the host page as it was", async () => {
  const site = await serveDist();
  const { context, seen } = await watchedContext();
  await seedAnswers(context, site.url, almostAll(["team"], 5));
  const page = await context.newPage();
  await page.route("**/host.html", (route) => route.fulfill({ contentType: "text/html", body: HOST_PAGE(false) }));
  await page.goto(`${site.url}host.html`);
  const before = await hostStyles(page);

  await page.route("**/host.html", (route) => route.fulfill({ contentType: "text/html", body: HOST_PAGE(true) }));
  await page.goto(`${site.url}host.html`);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  assert.equal(await widget.locator("input[type=radio]").first().isVisible(), true, "the answers are visible");
  const look = await widget.locator(".ckl").evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: style.fontSize, family: style.fontFamily, transform: style.textTransform, color: style.color };
  });
  assert.equal(look.size, "16px", "the visitor's font size, not the host's 40px");
  assert.match(look.family, /system-ui/);
  assert.equal(look.transform, "none");
  assert.equal(look.color, "rgb(29, 35, 39)");
  await complete(widget, 5);
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /100 van 100/);
  assert.deepEqual(await hostStyles(page), before, "the host page looks the same with the widget");
  assert.deepEqual(seen.errors, []);
  await context.close();
  site.server.close();
});

test("theming: the documented custom properties reach into the widget", async () => {
  const site = await serveDist();
  const { context } = await watchedContext();
  const page = await context.newPage();
  await page.route("**/themed.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><html lang="nl"><head><style>[data-checklist] { --ckl-accent: rgb(122, 59, 143); --ckl-radius: 0px; --ckl-font: Georgia, serif; }</style>
        <script src="checklist.js" defer></script></head><body><div data-checklist="leadership"></div></body></html>`,
    }),
  );
  await page.goto(`${site.url}themed.html`);
  const button = page.locator(".ckl-primary");
  await button.waitFor();
  const style = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.backgroundColor, s.borderTopLeftRadius];
  });
  assert.deepEqual(style, ["rgb(122, 59, 143)", "0px"]);
  assert.match(await page.locator(".ckl").evaluate((el) => getComputedStyle(el).fontFamily), /Georgia/);
  await context.close();
  site.server.close();
});

test("embedded from another origin that serves the script with a wrong MIME type", async () => {
  const assets = await serve(join(DIST, "embed"), {
    background: true,
    headers: () => ({ "Content-Type": "application/octet-stream" }),
  });
  // A real file on a real server: Chrome treats a page answered by the test's router as public,
  // and would then refuse its requests to loopback addresses.
  const hostDir = await mkdtemp(join(tmpdir(), "host-"));
  await writeFile(
    join(hostDir, "page.html"),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
      <div data-checklist="leadership" data-contact="https://example.org/contact"></div>
      <script src="${assets.url}checklist.js" defer></script></body></html>`,
  );
  const host = await serve(hostDir, { background: true });
  const { context, seen } = await watchedContext();
  await seedAnswers(context, host.url, almostAll(["leadership"], 2));
  const page = await context.newPage();
  await page.goto(`${host.url}page.html`);
  const widget = page.locator('[data-checklist="leadership"]');
  await complete(widget, 2);
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /25 out of 100/);
  assert.equal(await widget.getByRole("link", { name: "Get in touch" }).getAttribute("href"), "https://example.org/contact");
  assert.deepEqual(seen.errors, []);
  await context.close();
  assets.server.close();
  host.server.close();
});

/** Opens a file:// page with every network request refused, with `seeds` answered earlier;
 * returns what it asked for. */
async function openOffline(path, seeds) {
  const { context, seen } = await watchedContext({ offline: true });
  await seedAnswers(context, `file://${path}`, seeds);
  await context.route(/^https?:/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`file://${path}`);
  return { context, page, seen };
}

test("the single file works from file:// with no network, under its own CSP", async () => {
  const dir = await mkdtemp(join(tmpdir(), "single-"));
  await copyFile(join(DIST, "checklist.html"), join(dir, "checklist.html")); // alone in its folder
  const { context, page, seen } = await openOffline(join(dir, "checklist.html"), almostAll(["team", "leadership", "change"], 3));
  for (const id of ["team", "leadership", "change"]) {
    await complete(page.locator(`[data-checklist="${id}"]`), 3);
  }
  assert.match(await page.locator('[data-checklist="team"] .ckl-dimension-score').first().innerText(), /50 van 100/);
  // All "deels": in motion on both axes, the one reading near the middle.
  assert.equal(await page.locator('[data-checklist="change"] .ckl-quadrant-name').innerText(), "In beweging op beide assen");
  if (CAN.download) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-checklist="leadership"]').getByRole("button", { name: "Download als tekst (Markdown)" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^checklist-leadership-\d{4}-\d\d-\d\d\.md$/);
  }
  assert.equal(await page.locator(".ckl-offline").count(), 0, "no offline link inside the offline copy");
  assert.deepEqual(seen.requests.filter((url) => !url.startsWith("file:")), [], "no network requests");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  const html = await readFile(join(DIST, "checklist.html"), "utf8");
  assert.ok(!/\b(src|href)="(?!#|mailto:)[^"]+"/.test(html), "the file refers to no other file");
  await context.close();
});

test("a page saved with “Save page as… (complete)” works from disk with no network", async () => {
  const site = await serveDist();
  const { context: online } = await watchedContext();
  const live = await online.newPage();
  await live.goto(site.url);
  await live.locator('[data-checklist="team"] fieldset').first().waitFor();
  // What the browser saves: the DOM as it is now, and the files it refers to, in a folder.
  let saved = await live.content();
  await online.close();
  site.server.close();
  const dir = await mkdtemp(join(tmpdir(), "saved-"));
  await mkdir(join(dir, "Checklists_files"));
  for (const file of ["checklist.js", "demo.css", "favicon.svg"]) {
    await copyFile(join(DIST, file), join(dir, "Checklists_files", file));
    saved = saved.replaceAll(`"${file}"`, `"./Checklists_files/${file}"`);
  }
  await writeFile(join(dir, "Checklists.html"), saved);

  const { context, page, seen } = await openOffline(join(dir, "Checklists.html"), almostAll(["leadership"], 5));
  const widget = page.locator('[data-checklist="leadership"]');
  await complete(widget, 5);
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /100 van 100/);
  assert.deepEqual(seen.requests.filter((url) => !url.startsWith("file:")), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("after load: no request and no cookie, whatever the visitor does", async () => {
  const site = await serveDist();
  const { context, seen } = await watchedContext();
  await seedAnswers(context, site.url, almostAll(["team", "leadership", "change"], 4));
  const page = await context.newPage();
  await page.goto(site.url);
  await page.locator('[data-checklist="change"] fieldset').first().waitFor();
  // Loading is over once the page, its script, its stylesheet and its icon (asked for last) have
  // been requested: waiting for "networkidle" instead timed out now and then in Firefox. A request
  // for anything else, now or later, fails below.
  const LOAD = ["/", "/checklist.js", "/demo.css", "/favicon.svg"];
  const asked = () => seen.requests.map((url) => new URL(url).pathname).sort();
  for (const until = Date.now() + 30000; LOAD.some((path) => !asked().includes(path)) && Date.now() < until; ) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const loaded = seen.requests.length;
  assert.deepEqual(asked(), LOAD, "the page, one script, its stylesheet and icon");
  for (const id of ["team", "leadership", "change"]) {
    const widget = page.locator(`[data-checklist="${id}"]`);
    await complete(widget, 4);
    await widget.getByRole("button", { name: "English" }).click();
    const save = widget.getByRole("button", { name: "Download summary (HTML)" });
    await (CAN.download ? Promise.all([page.waitForEvent("download"), save.click()]) : save.click());
    await widget.getByRole("button", { name: "Change answers" }).click();
  }
  assert.deepEqual(seen.requests.slice(loaded), [], "no request after load");
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  await context.close();
  site.server.close();
});

test("the offline link downloads the single file", onlyWhere(CAN.download, "catching a download"), async () => {
  const site = await serveDist();
  const { context } = await watchedContext();
  const page = await context.newPage();
  await page.goto(site.url);
  const link = page.locator('[data-checklist="team"]').getByRole("link", { name: "Download voor offline gebruik" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "checklist.html");
  assert.equal(await readFile(await download.path(), "utf8"), await readFile(join(DIST, "checklist.html"), "utf8"));
  await context.close();
  site.server.close();
});
