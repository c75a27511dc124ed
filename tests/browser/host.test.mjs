// Any host page (issue 11): widgets added later, mounting by hand, the fallback sentence, links
// taken from the page, printing that leaves no trace, host styles that differ from ours, and
// what the widget says where a host takes something away (sandboxed frames, non-secure origins).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BROWSER, CAN, DIST, onlyWhere, serveDemoAndLaunch, seedAnswers, allButLast, answerOpen } from "./support.mjs";
import { serve } from "../../tools/serve.mjs";

const ours = serveDemoAndLaunch();

/** A new context whose page at `<site>/<name>` is `body`, next to the real dist/ files. Records
 * page errors and every request. `seeds`: answers given earlier (support.mjs, `seedAnswers`). */
async function hostPage(body, { name = "host.html", viewport, head = "", lang = "nl", html = "", headers = {}, fragment = "", seeds } = {}) {
  const context = await ours.browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  if (seeds) await seedAnswers(page, ours.site.url, seeds);
  const seen = { errors: [], requests: [] };
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("console", (m) => m.type() === "error" && seen.errors.push(m.text()));
  page.on("request", (request) => seen.requests.push(request.url()));
  await page.route(`**/${name}`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers,
      body: `<!DOCTYPE html><html lang="${lang}" ${html}><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
        <script src="${ours.site.url}checklist.js" defer></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${ours.site.url}${name}${fragment}`);
  return { context, page, seen };
}

/** `ids` answered earlier with the `value`-th answer, all but the last item: these tests are about
 * the host page, not about giving answers (checklists.test.mjs). */
const almostAll = (ids, value) => Object.fromEntries(ids.map((id) => [id, allButLast(id, () => value)]));

/** Answers every item of `widget` still open with the `value`-th answer, shows the results. */
async function complete(widget, value = 4) {
  assert.ok((await answerOpen(widget, () => value)) >= 1, "the visitor gives at least one answer here");
  await widget.locator(".ckl-actions .ckl-primary").click();
  await widget.locator(".ckl-results").waitFor();
}

/** How many apps run in an element: the `.ckl` roots in its shadow root. */
const apps = (locator) => locator.evaluate((el) => el.shadowRoot?.querySelectorAll(".ckl").length ?? 0);

test("widgets added later start by themselves, once, with data-ckl-ready; removed ones are freed", async () => {
  const { context, page, seen } = await hostPage('<main id="app"><p>Loading the route…</p></main>');
  await page.waitForFunction(() => window.checklistWidget);
  await page.evaluate(() => window.checklistWidget.ready);
  // A single-page app's route: the container is re-rendered with innerHTML.
  await page.evaluate(() => {
    document.getElementById("app").innerHTML = '<div data-checklist="team" id="first"></div>';
  });
  const first = page.locator("#first");
  await first.locator("fieldset").first().waitFor();
  await page.waitForSelector("#first[data-ckl-ready]", { state: "attached" });
  await first.locator("fieldset").first().locator("label").first().click();
  assert.equal(await apps(first), 1);

  // Re-rendered: the old element leaves (its app is freed), the new one starts.
  const old = await first.elementHandle();
  await page.evaluate(() => {
    document.getElementById("app").innerHTML = '<section><div data-checklist="leadership" id="second"></div></section>';
  });
  const second = page.locator("#second");
  await second.locator("fieldset").first().waitFor();
  await page.waitForSelector("#second[data-ckl-ready]", { state: "attached" });
  assert.equal(await apps(second), 1);
  assert.deepEqual(
    await old.evaluate((el) => [el.shadowRoot.childNodes.length, el.hasAttribute("data-ckl-ready")]),
    [0, false],
    "the removed element's app is destroyed",
  );

  // Moved within the page (removed and added in one go): keeps running, not started twice.
  await page.evaluate(() => document.body.append(document.getElementById("second")));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  assert.equal(await apps(second), 1);

  // An attribute added later starts a widget too; a lazily rendered block of several.
  await page.evaluate(() => {
    const block = document.createElement("div");
    block.innerHTML = '<div id="late"></div><div data-checklist="change" id="third"></div>';
    document.body.append(block);
    document.getElementById("late").setAttribute("data-checklist", "team");
  });
  await page.locator("#third fieldset").first().waitFor();
  await page.locator("#late fieldset").first().waitFor();
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("in a tab opened in the background, which draws no frames, every widget on the page starts", async () => {
  // The widgets start one per frame; a hidden tab draws none, so there they must not wait for one.
  const hidden = `<script>Object.defineProperty(Document.prototype, "hidden", { get: () => true });
    window.requestAnimationFrame = () => 0;</script>`;
  const body = '<div data-checklist="team"></div><div data-checklist="leadership"></div><div data-checklist="change"></div>';
  const { context, page, seen } = await hostPage(body, { head: hidden });
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-checklist]")].every((place) => place.hasAttribute("data-ckl-ready")),
    null,
    { polling: 100 },
  );
  const titles = await page.evaluate(() =>
    [...document.querySelectorAll("[data-checklist]")].map((place) => place.shadowRoot.querySelector(".ckl-title")?.textContent),
  );
  assert.deepEqual(titles, ["Checklist teams", "Checklist leiderschap", "Welke vorm van verandering?"]);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the script included twice: one widget per element, and an element added later still starts once", async () => {
  const { context, page, seen } = await hostPage(`<div data-checklist="team" id="w"></div><script src="${ours.site.url}checklist.js"></script>`);
  await page.waitForFunction(() => performance.getEntriesByName("checklist-widget:started").length === 2);
  assert.equal(await apps(page.locator("#w")), 1);
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div data-checklist="leadership" id="v"></div>'));
  await page.locator("#v fieldset").first().waitFor();
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  assert.deepEqual([await apps(page.locator("#w")), await apps(page.locator("#v"))], [1, 1]);
  await page.locator("#w fieldset").first().locator("label").first().click();
  assert.match(await page.locator("#w .ckl-progress-count").innerText(), /^1 van /);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("mount and unmount by hand with window.checklistWidget; the observer leaves an unmounted element alone", async () => {
  const { context, page, seen } = await hostPage('<div data-checklist="team" id="w"></div>');
  const widget = page.locator("#w");
  await widget.locator("fieldset").first().waitFor();
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /checklist|wasm|bindgen/i.test(k)));
  assert.deepEqual(globals, ["checklistWidget"], "one global, the documented one");
  assert.deepEqual(await page.evaluate(() => Object.keys(window.checklistWidget).sort()), ["mount", "ready", "unmount"]);

  assert.equal(await page.evaluate(() => window.checklistWidget.mount(document.getElementById("w"))), true);
  assert.equal(await apps(widget), 1, "mounting again does not start a second app");

  assert.equal(await page.evaluate(() => window.checklistWidget.unmount(document.getElementById("w"))), true);
  assert.deepEqual(await widget.evaluate((el) => [el.shadowRoot.childNodes.length, el.hasAttribute("data-ckl-ready")]), [0, false]);
  // Other changes to the page do not start it again.
  await page.evaluate(() => document.body.append(document.createElement("p")));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  assert.equal(await apps(widget), 0);

  assert.equal(await page.evaluate(() => window.checklistWidget.mount(document.getElementById("w"))), true);
  await widget.locator("fieldset").first().waitFor();
  await page.waitForSelector("#w[data-ckl-ready]", { state: "attached" });
  assert.equal(await apps(widget), 1);
  const refused = await page.evaluate(() =>
    Promise.all([
      window.checklistWidget.mount(document.createElement("div")),
      window.checklistWidget.mount(null),
      window.checklistWidget.unmount(document.body),
    ]),
  );
  assert.deepEqual(refused, [false, false, false]);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("without the script (missing or blocked) the snippet's fallback sentence shows, not an empty box", async () => {
  const snippet = await readFile(join(DIST, "embed/snippet.html"), "utf8");
  const box = /<div data-checklist[^>]*>([\s\S]*?)<\/div>/.exec(snippet);
  assert.ok(box && /checklist/i.test(box[1]) && /<a href=/.test(box[1]), "the snippet carries a sentence with a link");

  const context = await ours.browser.newContext();
  const page = await context.newPage();
  await page.route("**/checklist.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`${ours.site.url}embed/snippet.html`);
  const place = page.locator("[data-checklist]");
  const fallback = place.locator("p").first();
  assert.equal(await fallback.isVisible(), true);
  assert.match(await fallback.innerText(), /checklist/i);
  assert.ok((await place.boundingBox()).height > 10, "the box is not 0 px high");
  await context.close();

  // With the script, the widget takes the sentence's place.
  const working = await ours.browser.newContext();
  const live = await working.newPage();
  // The snippet's placeholder address, answered with the real script.
  const script = await readFile(join(DIST, "embed/checklist.js"));
  await live.route("https://www.example.nl/files/checklist.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: script }),
  );
  await live.goto(`${ours.site.url}embed/snippet.html`);
  await live.locator("[data-checklist] fieldset").first().waitFor();
  assert.equal(await live.locator("[data-checklist] > p").first().isVisible(), false);
  await working.close();
});

const BYPASSES = ["java&#x09;script:alert(1)", "java&#x0A;script:alert(1)", "java&#x0D;script:alert(1)", "&#x01;javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x"];

test("links from the page: script links are refused in the widget and in the summaries", async () => {
  // One host page per link, each in its own context, all at the same time.
  await Promise.all(BYPASSES.map(async (bad) => {
    const { context, page, seen } = await hostPage(
      `<div data-checklist="change" data-contact="${bad}" data-offline-href="${bad}" data-href-team="${bad}"></div>
       <div data-checklist="team"></div>`,
      { seeds: almostAll(["change"], 5) },
    );
    const widget = page.locator('[data-checklist="change"]');
    await complete(widget, 5);
    assert.equal(await widget.locator(".ckl-invitation a").count(), 0, `no contact button for ${bad}`);
    assert.equal(await widget.locator(".ckl-offline").count(), 0, `no offline link for ${bad}`);
    const hrefs = await widget.locator("a").evaluateAll((all) => all.map((a) => a.href));
    assert.ok(hrefs.every((href) => /^https?:/.test(href)), `only http(s) links: ${hrefs}`);
    if (CAN.download) {
      const [download] = await Promise.all([page.waitForEvent("download"), widget.getByRole("button", { name: "Download samenvatting (HTML)" }).click()]);
      const html = await readFile(await download.path(), "utf8");
      assert.ok(!/javascript:|data:text/i.test(html) && !html.includes("Neem contact op"), `summary without the link for ${bad}`);
    }
    assert.deepEqual(seen.errors, []);
    await context.close();
  }));
});

test("links from the page resolve against the page, and in-page links scroll, whatever <base href> says", async () => {
  const { context, page, seen } = await hostPage(
    `<div data-checklist="change" data-contact="MAILTO:hallo@example.nl" data-offline-href="files/checklist.html"></div>
     <div style="height: 3000px">Host content</div><div data-checklist="team"></div>`,
    // Answered earlier, all but the last: answers that point to the team checklist next
    // (configuration high, paradigm low).
    { head: '<base href="https://elsewhere.example/somewhere/">', seeds: { change: allButLast("change", (d) => (d === 0 ? 5 : 1)) } },
  );
  await page.route("https://elsewhere.example/**", (route) => route.abort());
  const widget = page.locator('[data-checklist="change"]');
  assert.equal(await widget.locator(".ckl-offline a").getAttribute("href"), `${ours.site.url}files/checklist.html`);
  await complete(widget, 1);
  assert.equal(await widget.locator(".ckl-invitation a").getAttribute("href"), "mailto:hallo@example.nl");
  const address = page.url();
  await widget.getByRole("link", { name: "Naar de checklist teams" }).click();
  const team = page.locator('[data-checklist="team"]');
  await page.waitForFunction(() => {
    const box = document.querySelector('[data-checklist="team"]').getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
  assert.equal(page.url(), `${address}#checklist-team`, "still on the same page, at the team checklist");
  assert.ok(!seen.requests.some((url) => url.startsWith("https://elsewhere.example")), "nothing asked of the base address");
  assert.equal(await team.evaluate((el) => el.shadowRoot.activeElement?.classList.contains("ckl-title")), true, "focus on the team checklist");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

/** The text of the page printed to PDF. */
async function printedText(page, dir, name) {
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, format: "A4" });
  return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
}

test("printing leaves no trace on the host: after the widget's print, the page prints as itself", onlyWhere(CAN.pdf, "printing to PDF"), async () => {
  const dir = await mkdtemp(join(tmpdir(), "host-print-"));
  const { context, page } = await hostPage('<h1>Host heading</h1><p>Host paragraph for printing.</p><div data-checklist="team"></div><p>Host footer</p>', {
    seeds: almostAll(["team"], 4),
  });
  await page.evaluate(() => {
    window.print = () => {};
  });
  const widget = page.locator('[data-checklist="team"]');
  await complete(widget);
  const before = await printedText(page, dir, "before");
  assert.match(before, /Host paragraph for printing/, "Ctrl+P before: the host page");

  await widget.getByRole("button", { name: "Afdrukken of opslaan als pdf" }).click();
  const during = await printedText(page, dir, "during");
  assert.ok(!/Host paragraph/.test(during) && /Je resultaten/.test(during), "the widget's print: only the widget");

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  const after = await printedText(page, dir, "after");
  assert.match(after, /Host heading/);
  assert.match(after, /Host paragraph for printing/);
  assert.match(after, /Host footer/);
  const traces = await page.evaluate(() => [
    document.adoptedStyleSheets.length,
    document.querySelectorAll("[data-ckl-printing]").length,
    document.documentElement.attributes.length,
  ]);
  assert.deepEqual(traces, [0, 0, 1], "no sheet and no attribute left (only lang on <html>)");
  await context.close();
});

test("host styles that differ from ours: dark color-scheme and right-to-left", async () => {
  const { context, page, seen } = await hostPage('<div data-checklist="team"></div>', {
    head: '<meta name="color-scheme" content="dark"><style>:root { color-scheme: dark; background: #111; color: #eee; }</style>',
    html: 'dir="rtl"',
  });
  const widget = page.locator('[data-checklist="team"]');
  const radio = widget.locator("fieldset").first().locator("input").first();
  await radio.waitFor();
  assert.equal(await radio.evaluate((el) => getComputedStyle(el).colorScheme), "light");
  const look = await widget.locator(".ckl").evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).backgroundColor]);
  assert.deepEqual(look, ["ltr", "rgb(255, 255, 255)"]);
  const xs = await widget.locator("fieldset").first().locator("label").evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().x));
  assert.ok(xs.every((x, i) => i === 0 || x > xs[i - 1]), `the scale runs left to right: ${xs}`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

/** How far the host page scrolls sideways. */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a 320 px wide phone: no sideways scrolling, also with long file names and the team table", async () => {
  const { context, page, seen } = await hostPage('<div data-checklist="team"></div>', { viewport: { width: 320, height: 640 }, seeds: almostAll(["team"], 4) });
  const widget = page.locator('[data-checklist="team"]');
  await complete(widget, 4);
  assert.equal(await sideways(page), 0, "results fit");
  const file = await page.evaluate(() => localStorage.getItem("checklist-widget/v1/team/answers"));
  assert.ok(file, "the autosaved answers are a results file");

  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  await widget.locator(".ckl-more summary").click();
  await widget.getByRole("button", { name: "Teamoverzicht maken (voor teamleiders)" }).click();
  const long = "resultaten-van-het-teamlid-met-een-heel-erg-lange-bestandsnaam-zonder-spaties-2026-11-22.json";
  await widget.locator(".ckl-dropzone").evaluate(
    (zone, [text, long]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], long, { type: "application/json" }));
      data.items.add(new File([text.replace(/"4"/, '"2"')], `2-${long}`, { type: "application/json" }));
      data.items.add(new File(["{"], `kapot-${long}`, { type: "application/json" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [file, long],
  );
  await widget.locator(".ckl-team-table").waitFor();
  await widget.locator(".ckl-file-notes li").nth(2).waitFor();
  assert.equal(await sideways(page), 0, "the team view fits");
  const right = await widget.locator(".ckl-team-table").evaluate((t) => t.getBoundingClientRect().right);
  assert.ok(right <= 320, `the table ends at ${right}`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

/** Whether the focused answer in `widget` is in view and clear of the progress bar. */
const focusedInView = (widget) =>
  widget.evaluate((host) => {
    const input = host.shadowRoot.activeElement;
    const box = input.getBoundingClientRect();
    const question = input.closest("fieldset").getBoundingClientRect();
    const bar = host.shadowRoot.querySelector(".ckl-progress").getBoundingClientRect();
    const shown = bar.bottom > 0 && bar.top < window.innerHeight;
    // The answer, or the top of its question (the statement), under the bar.
    const covered = shown && ((box.top < bar.bottom && box.bottom > bar.top) || (question.top < bar.bottom && question.top >= bar.top - 1));
    return { covered, inView: box.top >= 0 && box.bottom <= window.innerHeight, top: Math.round(question.top), input: Math.round(box.top), bar: [bar.top, bar.bottom].map(Math.round) };
  });

for (const [label, height] of [["400 % zoom (320 × 256 CSS px)", 256], ["200 % zoom (320 × 480 CSS px)", 480]]) {
  test(`${label}: the focused question is never under the progress bar, forwards or backwards`, async () => {
    const { context, page, seen } = await hostPage('<p>Host intro</p><div data-checklist="team"></div><p>Host after</p>', {
      viewport: { width: 320, height },
    });
    const widget = page.locator('[data-checklist="team"]');
    await widget.locator("fieldset").first().waitFor();
    await widget.locator("fieldset").first().locator("input").first().focus();
    const steps = [...Array(10).fill("Tab"), ...Array(9).fill("Shift+Tab")];
    for (const [i, key] of steps.entries()) {
      await page.keyboard.press("Space");
      await page.keyboard.press(key);
      const where = await focusedInView(widget);
      assert.equal(where.covered, false, `step ${i + 1} (${key}): ${JSON.stringify(where)}`);
      assert.equal(where.inView, true, `step ${i + 1} (${key}) in view: ${JSON.stringify(where)}`);
    }
    assert.equal(await sideways(page), 0);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}

/** WCAG contrast of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("forced colours, dark: the chart's labels are readable", onlyWhere(CAN.emulateMedia, "forced-colours emulation"), async () => {
  const { context, page } = await hostPage('<div data-checklist="team"></div>', { seeds: almostAll(["team"], 3) });
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  const widget = page.locator('[data-checklist="team"]');
  await complete(widget, 3);
  const colours = await widget.locator("svg.ckl-bars-chart").evaluate((svg) => ({
    background: getComputedStyle(svg).backgroundColor,
    texts: [...svg.querySelectorAll("text")].map((t) => getComputedStyle(t).fill),
  }));
  assert.ok(colours.texts.length > 5);
  for (const fill of colours.texts) {
    assert.ok(contrast(fill, colours.background) >= 4.5, `${fill} on ${colours.background}`);
  }
  await context.close();
});

test("in a sandboxed frame without allow-downloads the download buttons say so and offer the summary as text", async () => {
  const dir = await mkdtemp(join(tmpdir(), "sandbox-"));
  await writeFile(
    join(dir, "frame.html"),
    `<!DOCTYPE html><html lang="nl"><body><iframe sandbox="allow-scripts" src="${ours.site.url}index.html" width="900" height="900" title="checklist"></iframe></body></html>`,
  );
  const host = await serve(dir, { background: true });
  const context = await ours.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.url}frame.html`);
  const widget = page.frameLocator("iframe").locator('[data-checklist="team"]');
  // This frame has no storage, so nothing can be answered earlier: the visitor answers the first
  // theme, enough for its results and their summary.
  assert.equal(await answerOpen(widget.locator("section.ckl-dimension").first(), () => 4), 5);
  await widget.locator(".ckl-actions .ckl-primary").click();
  const blocked = widget.locator(".ckl-blocked");
  assert.match(await blocked.innerText(), /Downloaden werkt op deze pagina waarschijnlijk niet/);
  const text = await blocked.locator("textarea").inputValue();
  assert.match(text, /^# Samenvatting — Checklist teams/);
  assert.match(text, /\| Gevorderd \| vaak \| 75 \|/);

  // On the page itself, nothing of the kind.
  const plain = await context.newPage();
  await seedAnswers(plain, ours.site.url, almostAll(["team"], 4));
  await plain.goto(ours.site.url);
  const own = plain.locator('[data-checklist="team"]');
  await complete(own, 4);
  assert.equal(await own.locator(".ckl-blocked").count(), 0);
  await context.close();
  host.server.close();
});

test("on a non-secure origin “Kopieer link” says what happened and selects the link", async () => {
  const context = await ours.browser.newContext();
  const page = await context.newPage();
  const files = { "/": "index.html", "/checklist.js": "checklist.js", "/demo.css": "demo.css" };
  await page.route("http://checklist.insecure.example/**", async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!files[path]) return route.fulfill({ status: 404, body: "" });
    const type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/html";
    return route.fulfill({ contentType: type, body: await readFile(join(DIST, files[path])) });
  });
  await seedAnswers(page, "http://checklist.insecure.example/", almostAll(["team"], 4));
  await page.goto("http://checklist.insecure.example/");
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const widget = page.locator('[data-checklist="team"]');
  await complete(widget, 4);
  await widget.getByRole("button", { name: "Kopieer link" }).click();
  const status = widget.locator(".ckl-share [role=status]");
  await page.waitForFunction(() => document.querySelector('[data-checklist="team"]').shadowRoot.querySelector(".ckl-share [role=status]").textContent !== "");
  const said = await status.innerText();
  const field = widget.locator(".ckl-share-link");
  // Chromium still copies with the older copy command; where that fails too (as in some
  // browsers and frames), the visitor is told and the link is selected.
  assert.match(said, /^(Link gekopieerd\.|Kopiëren lukte niet)/);
  await page.evaluate(() => {
    document.execCommand = () => false;
  });
  await widget.getByRole("button", { name: "Kopieer link" }).click();
  await page.waitForFunction(() => /Kopiëren/.test(document.querySelector('[data-checklist="team"]').shadowRoot.querySelector(".ckl-share [role=status]").textContent));
  assert.match(await status.innerText(), /^Kopiëren lukte niet in deze browser\. De link is geselecteerd/);
  const selected = await field.evaluate((input) => [input.selectionStart, input.selectionEnd, input.value.length]);
  assert.deepEqual(selected, [0, selected[2], selected[2]], "the whole link is selected");
  assert.equal(await field.evaluate((input) => input.getRootNode().activeElement === input), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("under a Trusted Types policy the charts are there, drawn as SVG elements with bars and labels", async () => {
  const { context, page, seen } = await hostPage('<div data-checklist="team"></div><div data-checklist="change"></div>', {
    headers: { "Content-Security-Policy": "require-trusted-types-for 'script'; trusted-types 'none'" },
    seeds: { ...almostAll(["team"], 4), ...almostAll(["change"], 5) },
  });
  const team = page.locator('[data-checklist="team"]');
  await complete(team, 4);
  const svg = team.locator("figure.ckl-chart svg.ckl-bars-chart");
  await svg.waitFor();
  const drawn = await svg.evaluate((el) => ({
    namespace: el.namespaceURI,
    viewBox: el.getAttribute("viewBox"),
    width: el.getBoundingClientRect().width,
    bars: [...el.querySelectorAll("rect.ckl-bar")].map((r) => [r.dataset.score, r.getAttribute("width"), r.namespaceURI === el.namespaceURI]),
    labels: [...el.querySelectorAll("text")].map((t) => t.textContent),
    labelWidth: el.querySelector("text").getBBox().width,
  }));
  assert.equal(drawn.namespace, "http://www.w3.org/2000/svg");
  assert.equal(drawn.viewBox, "0 0 320 234");
  assert.ok(drawn.width > 100, `the chart is drawn, ${drawn.width} px wide`);
  assert.deepEqual(drawn.bars, Array(5).fill(["75", "240", true]), "one bar per theme, at 75");
  for (const label of ["Beginnend", "Ontwikkelend", "Gevorderd", "Verankerd", "75"]) {
    assert.ok(drawn.labels.includes(label), `label ${label} in ${drawn.labels}`);
  }
  assert.ok(drawn.labelWidth > 0, "the labels are laid out");

  const change = page.locator('[data-checklist="change"]');
  await complete(change, 5);
  const quadrant = change.locator("svg.ckl-quadrant-chart");
  assert.equal(await quadrant.getAttribute("role"), "img");
  assert.match(await quadrant.locator("title").textContent(), /\S/);
  assert.equal(await quadrant.locator("circle.ckl-position").getAttribute("cx"), "340");
  assert.ok((await quadrant.locator("text").count()) > 8, "quadrant names and axis labels");
  assert.deepEqual(seen.errors, [], "no Trusted Types violation reported");
  // And the policy was in force where the browser knows Trusted Types: markup as a string is refused.
  const enforced = await page.evaluate(() => {
    if (!window.trustedTypes) return null;
    try {
      document.createElement("div").innerHTML = "<b>x</b>";
      return false;
    } catch {
      return true;
    }
  });
  assert.notEqual(enforced, false, "innerHTML is refused on this page");
  if (BROWSER === "chromium") assert.equal(enforced, true, "Chromium knows Trusted Types");
  await context.close();
});

/** The texts of the notices of each widget on the page, in document order. */
const noticesPerWidget = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("[data-checklist]")].map((el) => [...el.shadowRoot.querySelectorAll(".ckl-notice-item p")].map((p) => p.textContent)),
  );

test("a share link for a checklist not on the page gets one notice, on arrival and after hashchange; an ordinary anchor none", async () => {
  const body = '<p id="intro">Host intro</p><div data-checklist="change"></div><div style="height: 2000px"></div><div data-checklist="leadership"></div>';
  const { context, page, seen } = await hostPage(body, { fragment: "#ckl=team.2.444444444444444444444444", viewport: { width: 800, height: 600 } });
  const first = page.locator('[data-checklist="change"]');
  await first.locator(".ckl-notices").waitFor();
  assert.deepEqual(await noticesPerWidget(page), [
    ["Deze gedeelde link hoort bij ‘Checklist teams’, en die staat niet op deze pagina. Open hem op de pagina met ‘Checklist teams’."],
    [],
  ]);
  await page.waitForFunction(() => document.activeElement?.matches?.('[data-checklist="change"]'));

  // A malformed link pasted into the open tab: the same widget says it cannot be read.
  await page.evaluate(() => {
    location.hash = "ckl=<script>.9.x";
  });
  await page.waitForFunction(() => /kon niet worden gelezen/.test(document.querySelector('[data-checklist="change"]').shadowRoot.querySelector(".ckl-notices")?.textContent));
  const [own, other] = await noticesPerWidget(page);
  assert.equal(own.length, 1, "one notice, about the link in the address now");
  assert.match(own[0], /^Deze gedeelde link kon niet worden gelezen: hij is niet compleet, of hoort bij een checklist die hier niet bestaat\.$/);
  assert.deepEqual(other, []);

  // A link for a widget on the page: that widget speaks; the notice about the old link goes.
  await page.evaluate(() => {
    location.hash = "ckl=leadership.0.1";
  });
  await page.locator('[data-checklist="leadership"] .ckl-notices').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-checklist="change"]').shadowRoot.querySelector(".ckl-notices"));
  assert.deepEqual(await noticesPerWidget(page), [[], ["Deze gedeelde link kon niet worden gelezen: misschien is hij niet compleet, of hoort hij bij een andere versie van de checklist."]]);

  // The host page's own anchors say nothing.
  await page.evaluate(() => {
    location.hash = "intro";
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.deepEqual((await noticesPerWidget(page))[0], []);
  assert.deepEqual(seen.errors, []);
  await context.close();

  const plain = await hostPage(body, { fragment: "#intro" });
  await plain.page.locator('[data-checklist="leadership"] fieldset').first().waitFor();
  await plain.page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.deepEqual(await noticesPerWidget(plain.page), [[], []], "an ordinary anchor on arrival: silence");
  await plain.context.close();

  // Arriving with a link for the second widget, which starts a frame after the first: that
  // widget speaks, and the first does not call the link one for a checklist not on the page.
  const second = await hostPage(body, { fragment: "#ckl=leadership.0.1" });
  await second.page.locator('[data-checklist="leadership"] .ckl-notices').waitFor();
  await second.page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.deepEqual(await noticesPerWidget(second.page), [
    [],
    ["Deze gedeelde link kon niet worden gelezen: misschien is hij niet compleet, of hoort hij bij een andere versie van de checklist."],
  ]);
  await second.context.close();
});

test("a share link made on a copy opened from file:// points to the hosted page, or says it cannot", async () => {
  const dir = await mkdtemp(join(tmpdir(), "share-file-"));
  const single = await readFile(join(DIST, "checklist.html"), "utf8");
  await copyFile(join(DIST, "checklist.html"), join(dir, "checklist.html"));
  // The same copy, with the hosted page configured on the team checklist.
  const hosted = single.replace('<div data-checklist="team"', '<div data-checklist="team" data-share-page="https://example.nl/checklist/#top"');
  assert.notEqual(hosted, single);
  await writeFile(join(dir, "hosted.html"), hosted);

  const context = await ours.browser.newContext();
  await context.route(/^https?:/, (route) => route.abort());
  await context.addInitScript(() => {
    // What lands on the clipboard, whichever way the widget copies.
    window.copied = [];
    const clipboard = { writeText: async (text) => void window.copied.push(text) };
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => clipboard, configurable: true });
  });
  await seedAnswers(context, `file://${join(dir, "checklist.html")}`, { ...almostAll(["team"], 4), ...almostAll(["leadership"], 3) });
  const errors = [];
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`file://${join(dir, "checklist.html")}`);
  const widget = page.locator('[data-checklist="team"]');
  await complete(widget, 4);
  const share = widget.locator(".ckl-share");
  assert.match(await share.innerText(), /Vanuit deze kopie kan de checklist geen link maken die bij een ander werkt/);
  assert.equal(await share.locator(".ckl-share-link").count(), 0, "no link field");
  assert.equal(await share.getByRole("button", { name: "Kopieer link" }).count(), 0, "nothing to copy");
  // (In-page links to the copy's other checklists are file: links; they stay on this computer.)
  assert.equal(await share.evaluate((el) => el.innerHTML.includes("file:")), false, "no local path to share");
  assert.deepEqual(await page.evaluate(() => window.copied), []);

  await page.goto(`file://${join(dir, "hosted.html")}`);
  const configured = page.locator('[data-checklist="team"]');
  // Every file:// page shares one storage: the answers given on the first copy are back here.
  await answerOpen(configured, () => 4);
  await configured.locator(".ckl-actions .ckl-primary").click();
  await configured.locator(".ckl-results").waitFor();
  const link = await configured.locator(".ckl-share-link").inputValue();
  assert.match(link, /^https:\/\/example\.nl\/checklist\/#ckl=team\.2\.4{24}$/);
  await configured.getByRole("button", { name: "Kopieer link" }).click();
  await page.waitForFunction(() => window.copied.length > 0);
  assert.deepEqual(await page.evaluate(() => window.copied), [link]);
  assert.match(await configured.locator(".ckl-share [role=status]").innerText(), /^Link gekopieerd/);
  // The other checklists of the copy have no hosted page configured: they say so.
  const leadership = page.locator('[data-checklist="leadership"]');
  await complete(leadership, 3);
  assert.match(await leadership.locator(".ckl-share").innerText(), /Vanuit deze kopie/);
  assert.deepEqual(errors, []);
  await context.close();
});
