// Keeping, comparing and combining results without a server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, seededPage, allButLast, answerOpen, CAN, onlyWhere, serveDemoAndLaunch, DIST, isFocused } from "./support.mjs";

const ours = serveDemoAndLaunch();

const KEY = "checklist-widget/v1/team/answers";

/** Gives every statement of the team widget's first theme the `value`-th answer (1–5): enough for
 * that theme's score, which is where these tests look (every answer by clicking: checklists.test.mjs). */
async function answerFirstTheme(widget, value) {
  const items = widget.locator("section.ckl-dimension").first().locator("fieldset");
  await items.first().waitFor();
  const count = await items.count();
  for (let i = 0; i < count; i++) await items.nth(i).locator("label").nth(value - 1).click();
}

/** The demo page with checklist `id` answered earlier, `pick(index)` (1–5) on all but the last
 * item: these tests are about what is kept, not about giving answers (checklists.test.mjs). */
const almostAnswered = (id, pick, options) =>
  seededPage(ours.browser, ours.site.url, { [id]: allButLast(id, (d, i, n) => pick(n)) }, options);

/** Gives the last answer, the visitor's own click, with `pick(index)`. */
async function answerTheRest(widget, pick) {
  assert.equal(await answerOpen(widget, pick), 1, "one answer left to give");
}

async function showResults(widget) {
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  await widget.locator(".ckl-results").waitFor();
}

async function saveDownload(page, button, dir) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test("answers are kept as they are given and come back after a reload, with a notice", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  // Left alone for a moment (past the widget's warm-up, which steps a copy of its state):
  // nothing answered, nothing kept.
  await page.waitForTimeout(1000);
  assert.equal(await page.locator("[data-checklist] input:checked").count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await widget.locator("fieldset").nth(0).locator("label").nth(3).click();
  await widget.locator("fieldset").nth(2).getByLabel("weet ik niet", { exact: true }).click();
  await page.reload();
  await widget.locator("fieldset").first().waitFor();
  assert.equal(await widget.locator("fieldset").nth(0).locator("input").nth(3).isChecked(), true);
  assert.equal(await widget.locator("fieldset").nth(2).locator("input").nth(5).isChecked(), true);
  assert.match(await widget.locator(".ckl-notices").innerText(), /Welkom terug: je eerdere antwoorden staan er nog \(2 van 24\)\./);
  assert.match(await widget.locator(".ckl-progress-count").innerText(), /^2 van 24/);
  // The other checklists keep their own.
  assert.equal(await page.locator('[data-checklist="leadership"] input:checked').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("corrupt saved answers: a working widget, a message, and the old value kept under a backup key", async () => {
  const context = await ours.browser.newContext();
  await context.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, '{"format":"checklist-results","schema":1,"checklist":"team","answ');
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  const page = await context.newPage();
  await page.goto(ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator(".ckl-notices").waitFor();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Je opgeslagen antwoorden konden niet worden gelezen\./);
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const backups = Object.keys(stored).filter((k) => k.startsWith("checklist-widget/v1/team/backup/answers/"));
  assert.equal(backups.length, 1);
  assert.equal(stored[backups[0]], '{"format":"checklist-results","schema":1,"checklist":"team","answ');
  assert.ok((await widget.locator(".ckl-notices").innerText()).includes(backups[0]), "the notice names the backup");
  await widget.locator("fieldset").first().locator("label").nth(4).click();
  // Saving waits a moment after the tap (several taps, one write).
  await page.waitForFunction((key) => /"answers":\{"[a-z-]+":5\}/.test(localStorage.getItem(key) ?? ""), KEY);
  await context.close();
});

test("blocked storage (a sandboxed frame): the widget works in memory and says progress is not kept", async () => {
  const dir = await mkdtemp(join(tmpdir(), "frame-"));
  await writeFile(join(dir, "frame.html"), `<!DOCTYPE html><html lang="nl"><body>
    <iframe sandbox="allow-scripts allow-downloads" src="${ours.site.url}index.html" width="900" height="900" title="checklist"></iframe></body></html>`);
  const host = await (await import("../../tools/serve.mjs")).serve(dir, { background: true });
  const { context, page } = await openPage(ours.browser, `${host.url}frame.html`);
  const frame = page.frameLocator("iframe");
  const widget = frame.locator('[data-checklist="team"]');
  await widget.locator(".ckl-notices").waitFor();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Deze browser bewaart hier niets/);
  // Nothing can be answered earlier here (no storage): the visitor answers the first theme.
  await answerFirstTheme(widget, 5);
  await showResults(widget);
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /100 van 100/);
  await context.close();
});

test("attempts over days: the change since an earlier day, and corrections that do not count as a new attempt", async () => {
  const { context, page, problems } = await almostAnswered("team", () => 3);
  const widget = page.locator('[data-checklist="team"]');
  await answerTheRest(widget, () => 3);
  await showResults(widget);
  assert.equal(await widget.locator(".ckl-change").count(), 0, "nothing to compare with yet");
  // That attempt was made on 1 February 2026 (the stored history is rewritten to say so).
  await page.waitForFunction(() => localStorage.getItem("checklist-widget/v1/team/history"));
  await page.evaluate(() => {
    const key = "checklist-widget/v1/team/history";
    localStorage.setItem(key, localStorage.getItem(key).replace(/"date":"[0-9-]+"/, '"date":"2026-02-01"'));
  });
  await page.reload();
  await widget.locator("fieldset").first().waitFor();
  // The first dimension (five items) goes from all 3s to all 5s: 50 → 100.
  for (let i = 0; i < 5; i++) await widget.locator("fieldset").nth(i).locator("label").nth(4).click();
  await showResults(widget);
  const since = "sinds 1 februari 2026";
  const changes = await widget.locator(".ckl-dimension-result .ckl-change").allInnerTexts();
  assert.deepEqual(changes, [`+50 ${since}`, `±0 ${since}`, `±0 ${since}`, `±0 ${since}`, `±0 ${since}`]);
  assert.match(await widget.locator(".ckl-history").innerText(), /2 keer volledig ingevuld/);
  // A correction today replaces today's attempt: still two, still compared with 1 February.
  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  await widget.locator("fieldset").nth(4).locator("label").nth(4).click();
  await showResults(widget);
  assert.match(await widget.locator(".ckl-history").innerText(), /2 keer volledig ingevuld/);
  assert.equal((await widget.locator(".ckl-dimension-result .ckl-change").allInnerTexts())[0], `+50 ${since}`);
  // The history survives a reload, and can be deleted.
  await page.reload();
  await showResults(page.locator('[data-checklist="team"]'));
  assert.equal(await widget.locator(".ckl-change").count(), 5);
  await widget.getByRole("button", { name: "Geschiedenis wissen" }).click();
  await widget.getByRole("button", { name: "Ja, wis de geschiedenis" }).click();
  assert.equal(await widget.locator(".ckl-change").count(), 0);
  // Kept as deleted (so another tab follows), with no attempt left in it.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("checklist-widget/v1/team/history")).attempts.length === 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("team view: three members' files and one broken file, by file picker and by drag and drop", onlyWhere(CAN.download, "catching a download"), async () => {
  const dir = await mkdtemp(join(tmpdir(), "team-"));
  const files = [];
  // Three members answer differently: all 2s, all 4s, all 5s.
  for (const [i, value] of [2, 4, 5].entries()) {
    const { context, page } = await almostAnswered("team", () => value);
    const widget = page.locator('[data-checklist="team"]');
    await answerTheRest(widget, () => value);
    await showResults(widget);
    const path = await saveDownload(page, widget.getByRole("button", { name: /Download resultatenbestand/ }), dir);
    const renamed = join(dir, `lid-${i + 1}.json`);
    await writeFile(renamed, await readFile(path));
    files.push(renamed);
    await context.close();
  }
  const broken = join(dir, "kapot.json");
  await writeFile(broken, '{"format":"checklist-results","schema":1,');
  files.push(broken);

  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator(".ckl-more summary").click();
  await widget.getByRole("button", { name: "Teamoverzicht maken (voor teamleiders)" }).click();
  await widget.getByLabel("Kies bestanden").setInputFiles(files);
  await widget.locator(".ckl-team-count").waitFor();
  assert.equal(await widget.locator(".ckl-team-count").innerText(), "3 teamleden");
  const notes = await widget.locator(".ckl-file-notes li").allInnerTexts();
  assert.deepEqual(notes, [
    "lid-1.json: meegeteld.",
    "lid-2.json: meegeteld.",
    "lid-3.json: meegeteld.",
    "kapot.json: niet meegeteld, want het is geen resultatenbestand of samenvatting van deze widget.",
  ]);
  // 25, 75 and 100 on every dimension: mean 67, lowest 25, highest 100.
  const first = await widget.locator(".ckl-team-table tbody tr").first().locator("td").allInnerTexts();
  assert.deepEqual(first, ["67", "25", "100"]);
  assert.match(await widget.locator(".ckl-disagree h3").innerText(), /^Hier verschillen jullie het meest: /);

  // The same file again, dropped onto the drop zone: counted once, with a message.
  const again = await readFile(files[0], "utf8");
  const drop = (selector, name) =>
    widget.locator(selector).first().evaluate((target, [text, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: "application/json" }));
      return target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    }, [again, name]);
  await drop(".ckl-dropzone", "lid-1.json");
  await widget.locator(".ckl-file-notes li", { hasText: "niet nogmaals" }).waitFor();
  assert.equal(await widget.locator(".ckl-team-count").innerText(), "3 teamleden");
  assert.match(await widget.locator(".ckl-file-notes").innerText(), /lid-1\.json: niet nogmaals meegeteld, want het is hetzelfde als lid-1\.json\./);
  // A fourth member who answered exactly like the first, dropped just outside the zone (on the
  // heading): counted, and the browser does not open the file and leave the page.
  const notCancelled = await drop("h2.ckl-title", "lid-4.json");
  assert.equal(notCancelled, false, "the drop is handled by the widget");
  await widget.locator(".ckl-team-count", { hasText: "4 teamleden" }).waitFor();
  // Clearing asks first; "no" keeps everything.
  await widget.getByRole("button", { name: "Teamoverzicht leegmaken" }).click();
  await widget.getByRole("button", { name: "Annuleren" }).click();
  assert.equal(await widget.locator(".ckl-team-count").innerText(), "4 teamleden");
  await widget.getByRole("button", { name: "Teamoverzicht leegmaken" }).click();
  await widget.getByRole("button", { name: "Ja, maak het overzicht leeg" }).click();
  await widget.locator(".ckl-team-count").waitFor({ state: "detached" });
  assert.equal(await isFocused(widget.locator("h2.ckl-title")), true, "the keyboard lands on the heading");
  await widget.getByLabel("Kies bestanden").setInputFiles(files.slice(0, 3));
  await widget.locator(".ckl-team-count", { hasText: "3 teamleden" }).waitFor();

  const summary = await saveDownload(page, widget.getByRole("button", { name: "Download samenvatting (HTML)" }), dir);
  assert.match(summary, /teamoverzicht-team-\d{4}-\d\d-\d\d\.html$/);
  const html = await readFile(summary, "utf8");
  assert.ok(html.includes("3 teamleden") && html.includes("<td>67</td><td>25</td><td>100</td>"));
  assert.ok(!html.includes("lid-1"), "no file names in the team summary");
  assert.deepEqual(problems, []);
  await context.close();
});

test("share link: opens the results read-only, and they can be taken over", async () => {
  const first = await almostAnswered("leadership", (i) => 1 + (i % 5));
  const widget = first.page.locator('[data-checklist="leadership"]');
  await answerTheRest(widget, (i) => 1 + (i % 5));
  await showResults(widget);
  const overall = await widget.locator(".ckl-dimension-score").first().innerText();
  const link = await widget.locator(".ckl-share-link").inputValue();
  assert.match(link, /#ckl=leadership\.2\.[0-5-]{22}$/);
  await first.context.close();

  const { context, page, problems } = await openPage(ours.browser, link, { viewport: { width: 390, height: 700 } });
  const shared = page.locator('[data-checklist="leadership"]');
  await shared.locator(".ckl-banner").waitFor();
  // The leadership widget sits below the team widget: the shared results come into view and
  // their heading has the keyboard, saying whose results these are.
  const heading = shared.locator("h2.ckl-title");
  await page.waitForFunction(() => document.activeElement?.matches?.('[data-checklist="leadership"]'));
  assert.equal(await heading.evaluate((h) => h.getRootNode().activeElement === h), true);
  assert.match(await heading.innerText(), /^Gedeelde resultaten — /);
  const box = await heading.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 700, `the heading is in view (y = ${box?.y})`);
  assert.equal(await shared.locator(".ckl-dimension-score").first().innerText(), overall);
  assert.equal(await shared.locator(".ckl-share-link").count(), 0, "read-only: nothing to share or download");
  assert.equal(await page.locator('[data-checklist="team"] .ckl-banner').count(), 0, "only the shared checklist");
  await shared.getByRole("button", { name: "Neem deze antwoorden over" }).click();
  assert.equal(await shared.locator(".ckl-banner").count(), 0);
  assert.equal(await page.evaluate(() => location.hash), "");
  await shared.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  assert.match(await shared.locator(".ckl-progress-count").innerText(), /^22 van 22/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a share link pasted into a tab that shows the page already arrives without a reload", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  await page.evaluate(() => { location.hash = "ckl=team.1.4444"; });
  await widget.locator(".ckl-notices").waitFor();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Deze gedeelde link kon niet worden gelezen/);
  await page.evaluate(() => { location.hash = "ckl=team.2." + "5".repeat(24); });
  await widget.locator(".ckl-banner").waitFor();
  assert.match(await widget.locator("h2.ckl-title").innerText(), /^Gedeelde resultaten/);
  assert.equal(await widget.locator(".ckl-notices").count(), 0, "the notice about the broken link is gone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a damaged share link says so, and the widget still works", async () => {
  const { context, page } = await openPage(ours.browser, `${ours.site.url}#ckl=team.1.4444`);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator(".ckl-notices").waitFor();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Deze gedeelde link kon niet worden gelezen/);
  assert.equal(await widget.locator("fieldset").count(), 24);
  await context.close();
});

test("a downloaded summary can be imported again, after confirming", onlyWhere(CAN.download, "catching a download"), async () => {
  const dir = await mkdtemp(join(tmpdir(), "reimport-"));
  const { context, page, problems } = await almostAnswered("team", (i) => (i % 2 ? 2 : 4));
  const widget = page.locator('[data-checklist="team"]');
  await answerTheRest(widget, (i) => (i % 2 ? 2 : 4));
  await showResults(widget);
  const overall = await widget.locator(".ckl-dimension-score").first().innerText();
  const summary = await saveDownload(page, widget.getByRole("button", { name: "Download samenvatting (HTML)" }), dir);
  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  // Other answers in the first theme (its score becomes 0), then the summary brings the old ones back.
  await answerFirstTheme(widget, 1);

  await widget.locator(".ckl-more summary").click();
  await widget.getByLabel("Antwoorden laden uit een bestand").setInputFiles(summary);
  await widget.getByRole("button", { name: "Ja, vervang mijn antwoorden" }).click();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Antwoorden geladen uit checklist-team-.*\.html\./);
  await showResults(widget);
  assert.equal(await widget.locator(".ckl-dimension-score").first().innerText(), overall);

  // A file that is not a results file changes nothing.
  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  const junk = join(dir, "foto.json");
  await writeFile(junk, "not json at all");
  await widget.locator(".ckl-more summary").click();
  await widget.getByLabel("Antwoorden laden uit een bestand").setInputFiles(junk);
  await widget.getByRole("button", { name: "Ja, vervang mijn antwoorden" }).click();
  assert.match(await widget.locator(".ckl-notices").innerText(), /foto\.json kon niet worden geladen/);
  assert.match(await widget.locator(".ckl-progress-count").innerText(), /^24 van 24/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs answering different items: every answer survives, and each tab sees the other's", async () => {
  const context = await ours.browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  // Tab B hears of storage changes two seconds late, as a busy phone or Chromium's passing of
  // storage between renderer processes can make it: B writes its answers before it has heard
  // of A's. What B's write lacks must not count as removed.
  await b.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (type !== "storage") return add.call(this, type, listener, options);
      return add.call(this, type, (event) => setTimeout(() => listener.call(this, event), 2000), options);
    };
  });
  for (const page of [a, b]) await page.goto(ours.site.url);
  const team = (page) => page.locator('[data-checklist="team"]');
  const stored = (page) =>
    page.evaluate(() => JSON.parse(localStorage.getItem("checklist-widget/v1/team/answers") ?? "{}").answers ?? {});
  for (const page of [a, b]) await team(page).locator("fieldset").first().waitFor();
  // Tab A answers items 1–3 and writes them; then tab B answers items 4–6 and writes, unaware.
  for (let i = 0; i < 3; i++) await team(a).locator("fieldset").nth(i).locator("label").nth(1).click();
  await a.waitForFunction(() => Object.keys(JSON.parse(localStorage.getItem("checklist-widget/v1/team/answers") ?? "{}").answers ?? {}).length === 3);
  for (let i = 3; i < 6; i++) await team(b).locator("fieldset").nth(i).locator("label").nth(3).click();
  await b.waitForFunction(() => Object.values(JSON.parse(localStorage.getItem("checklist-widget/v1/team/answers") ?? "{}").answers ?? {}).includes(4));
  for (const page of [a, b]) {
    await page.waitForFunction(() => {
      const root = document.querySelector('[data-checklist="team"]').shadowRoot;
      return root.querySelectorAll("input:checked").length === 6;
    });
    assert.match(await team(page).locator(".ckl-progress-count").innerText(), /^6 van 24/);
  }
  await a.waitForFunction(() => Object.keys(JSON.parse(localStorage.getItem("checklist-widget/v1/team/answers") ?? "{}").answers ?? {}).length === 6);
  assert.equal(Object.keys(await stored(b)).length, 6);
  await a.reload();
  await team(a).locator("fieldset").first().waitFor();
  assert.match(await team(a).locator(".ckl-progress-count").innerText(), /^6 van 24/, "all six are stored");
  await context.close();
});

test("the same checklist twice on one page shares one live state and never clobbers", async () => {
  const dir = await mkdtemp(join(tmpdir(), "twice-"));
  await writeFile(join(dir, "checklist.js"), await readFile(join(DIST, "checklist.js")));
  await writeFile(join(dir, "index.html"), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Twice</title><link rel="icon" href="data:,"></head><body>
    <div id="nl" data-checklist="team" data-lang="nl"></div>
    <div id="en" data-checklist="team" data-lang="en"></div>
    <script src="checklist.js" defer></script></body></html>`);
  const site = await (await import("../../tools/serve.mjs")).serve(dir, { background: true });
  const { context, page, problems } = await openPage(ours.browser, site.url);
  const [nl, en] = [page.locator("#nl"), page.locator("#en")];
  await nl.locator("fieldset").first().waitFor();
  await en.locator("fieldset").first().waitFor();
  await nl.locator("fieldset").nth(0).locator("label").nth(4).click();
  await en.locator("fieldset").nth(1).locator("label").nth(0).click();
  await page.waitForFunction(() => document.querySelector("#nl").shadowRoot.querySelectorAll("input:checked").length === 2);
  await page.waitForFunction(() => document.querySelector("#en").shadowRoot.querySelectorAll("input:checked").length === 2);
  assert.match(await en.locator(".ckl-progress-count").innerText(), /^2 of 24/);
  await page.reload();
  await nl.locator("fieldset").first().waitFor();
  assert.match(await nl.locator(".ckl-progress-count").innerText(), /^2 van 24/, "both answers are stored");
  // "Start over" in one is seen by the other: one state, not one widget wiping the other's.
  await en.getByRole("button", { name: "Start over" }).click();
  await en.getByRole("button", { name: /Yes/ }).click();
  await page.waitForFunction(() => document.querySelector("#nl").shadowRoot.querySelectorAll("input:checked").length === 0);
  assert.deepEqual(problems, []);
  await context.close();
  site.server.close();
});

test("answers saved by a newer version of the checklist are kept until the visitor chooses", async () => {
  const newer = '{"format":"checklist-results","schema":1,"checklist":"team","version":99,"answers":{"komt-later":3}}';
  const context = await ours.browser.newContext();
  await context.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, newer]);
  const page = await context.newPage();
  await page.goto(ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator(".ckl-notices").waitFor();
  assert.match(await widget.locator(".ckl-notices").innerText(), /bewaard door een nieuwere versie van deze checklist/);
  await widget.locator("fieldset").nth(0).locator("label").nth(2).click();
  // The leadership widget beside it is answered just after: once its answer is stored, the
  // moment the team widget would have saved (the same delay, started earlier) has passed.
  await page.locator('[data-checklist="leadership"] fieldset').first().locator("label").nth(2).click();
  await page.waitForFunction(() => localStorage.getItem("checklist-widget/v1/leadership/answers"));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), newer, "not written over");
  await widget.getByRole("button", { name: "Hier verder, in deze versie" }).click();
  await page.waitForFunction((key) => !(localStorage.getItem(key) ?? '"version":99').includes('"version":99'), KEY);
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const backups = Object.keys(stored).filter((k) => k.startsWith("checklist-widget/v1/team/backup/answers/"));
  assert.deepEqual(backups.map((k) => stored[k]), [newer], "the newer data is kept whole under a backup key");
  assert.match(await widget.locator(".ckl-notices").innerText(), /apart bewaard onder/);
  await context.close();
});

test("storage filled to the quota before a reload: the answers come back, and saving resumes when there is room", async () => {
  const { context, page } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  for (let i = 0; i < 3; i++) await widget.locator("fieldset").nth(i).locator("label").nth(3).click();
  // Another script on the site fills the storage to the brim, once the three answers are stored.
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? "").split(":4").length === 4, KEY);
  await page.evaluate(() => {
    let chunk = "x".repeat(256 * 1024);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await page.reload();
  await widget.locator("fieldset").first().waitFor();
  assert.match(await widget.locator(".ckl-progress-count").innerText(), /^3 van 24/, "the saved answers are read");
  assert.match(await widget.locator(".ckl-notices").innerText(), /kunnen nu niet worden bewaard/);
  // Room again: the next answer is saved, and the notice goes by itself.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await widget.locator("fieldset").nth(3).locator("label").nth(3).click();
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? "").split(":4").length > 4, KEY);
  await widget.locator(".ckl-notices").filter({ hasText: "kunnen nu niet" }).waitFor({ state: "detached" });
  await context.close();
});

test("the chosen language: every widget on the page follows, and it is remembered after a reload", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const team = page.locator('[data-checklist="team"]');
  await team.locator("fieldset").first().waitFor();
  await team.getByRole("button", { name: "English" }).click();
  for (const id of ["team", "leadership", "change"]) {
    await page.locator(`[data-checklist="${id}"] .ckl[lang="en"]`).waitFor();
  }
  await page.reload();
  await page.locator('[data-checklist="leadership"] .ckl[lang="en"]').waitFor();
  assert.match(await team.locator(".ckl-progress-count").innerText(), /of 24 answered/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("answers saved under version 1 come back where the meaning stayed, and the visitor is told what changed", async () => {
  const context = await ours.browser.newContext();
  await context.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      // Version 1 of the team checklist: one kept item, one 'weet ik niet / n.v.t.', one rewritten item.
      localStorage.setItem(key, JSON.stringify({
        format: "checklist-results", schema: 1, checklist: "team", version: 1,
        answers: { "veiligheid-hardop": 4, "veiligheid-fouten": "?", "richting-doel": 5 },
      }));
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  const page = await context.newPage();
  await page.goto(ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator(".ckl-notices").waitFor();
  const notices = await widget.locator(".ckl-notices").innerText();
  assert.match(notices, /Welkom terug: je eerdere antwoorden staan er nog \(1 van 24\)\./);
  assert.match(notices, /Deze checklist is bijgewerkt: .*Een aantal uitspraken is herschreven of nieuw/);
  assert.equal(await widget.locator("fieldset").nth(0).locator("input").nth(3).isChecked(), true, "kept: veiligheid-hardop");
  assert.equal(await widget.locator("input:checked").count(), 1, "not the ‘weet ik niet / n.v.t.’, not the rewritten item");
  await widget.getByRole("button", { name: "English" }).click();
  assert.match(await widget.locator(".ckl-notices").innerText(), /Several statements have been rewritten or are new/);
  await context.close();
});

/** A member's results file for the team checklist as content/team.toml has it: every item `value`. */
async function memberFile(value, edit = (answers) => answers) {
  const toml = await readFile(join(DIST, "..", "content", "team.toml"), "utf8");
  const version = Number(/^version = (\d+)/m.exec(toml)[1]);
  const ids = [...toml.matchAll(/\[\[dimension\.item\]\]\nid = "([^"]+)"/g)].map((m) => m[1]);
  const answers = edit(Object.fromEntries(ids.map((id) => [id, value])));
  return JSON.stringify({ format: "checklist-results", schema: 1, checklist: "team", version, answers });
}

test("team view: kept after a reload until cleared; a hand-edited file counts in part and names what does not", async () => {
  const dir = await mkdtemp(join(tmpdir(), "team-kept-"));
  const plain = join(dir, "anna.json");
  await writeFile(plain, await memberFile(4));
  const edited = join(dir, "bram.json");
  await writeFile(edited, await memberFile(2, (a) => ({ ...a, "veiligheid-hardop": 9, "bestaat-niet": 3 })));

  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  const openTeam = async () => {
    await widget.locator(".ckl-more summary").click();
    await widget.getByRole("button", { name: "Teamoverzicht maken (voor teamleiders)" }).click();
    await widget.getByLabel("Kies bestanden").waitFor();
  };
  await openTeam();
  await widget.getByLabel("Kies bestanden").setInputFiles([plain, edited]);
  await widget.locator(".ckl-team-count", { hasText: "2 teamleden" }).waitFor();
  assert.deepEqual(await widget.locator(".ckl-file-notes li").allInnerTexts(), [
    "anna.json: meegeteld.",
    "bram.json: meegeteld.",
    "bram.json: meegeteld. 2 antwoorden tellen niet mee: ‘veiligheid-hardop’: 9 is geen waarde op de schaal; ‘bestaat-niet’ is geen uitspraak van deze checklist.",
  ]);
  assert.match(await widget.locator(".ckl-team").innerText(), /Het overzicht blijft op dit apparaat bewaard tot je het leegmaakt\./);
  const table = await widget.locator(".ckl-team-table").innerText();

  // Back after a reload, with the same figures; clearing (after a "yes") is for good.
  await page.reload();
  await openTeam();
  await widget.locator(".ckl-team-count", { hasText: "2 teamleden" }).waitFor();
  assert.equal(await widget.locator(".ckl-team-table").innerText(), table);
  await widget.getByRole("button", { name: "Teamoverzicht leegmaken" }).click();
  await widget.getByRole("button", { name: "Ja, maak het overzicht leeg" }).click();
  await widget.locator(".ckl-team-count").waitFor({ state: "detached" });
  // Kept as cleared (so another tab follows), with no member left in it.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("checklist-widget/v1/team/team")).members.length === 0);
  await page.reload();
  await openTeam();
  assert.equal(await widget.locator(".ckl-team-count").count(), 0, "an empty overview after clearing and a reload");
  assert.deepEqual(problems, []);
  await context.close();
});

test("team view: five links pasted from a chat, one cut short, each that cannot count says why", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  // One member's link as the widget makes it: answers kept from an earlier visit, then results.
  await widget.locator("fieldset").first().waitFor();
  await page.evaluate(([key, file]) => localStorage.setItem(key, file), [KEY, await memberFile(2)]);
  await page.reload();
  await showResults(widget);
  const real = await widget.locator(".ckl-share-link").inputValue();
  assert.match(real, /#ckl=team\.2\.2{24}$/);
  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  const page_ = real.split("#")[0];
  const chat = [
    `Sam 09:12: hier is de mijne ${real}`,
    `Kim: ${page_}#ckl=team.2.${"4".repeat(24)}.`,
    `${page_}#ckl=team.2.${"5".repeat(24)} en ${page_}#ckl=team.2.${"4".repeat(24)}`,
    `Jo: ${page_}#ckl=team.2.${"3".repeat(10)}`,
  ].join("\n");
  await widget.locator(".ckl-more summary").click();
  await widget.getByRole("button", { name: "Teamoverzicht maken (voor teamleiders)" }).click();
  const area = widget.getByLabel(/Of plak de links die je teamleden deelden/);
  await area.fill(chat);
  await widget.getByRole("button", { name: "Links toevoegen" }).click();
  await widget.locator(".ckl-team-count", { hasText: "3 teamleden" }).waitFor();
  assert.deepEqual(await widget.locator(".ckl-file-notes li").allInnerTexts(), [
    "Link 1: meegeteld.",
    "Link 2: meegeteld.",
    "Link 3: meegeteld.",
    `#ckl=team.2.${"4".repeat(13)}…: niet nogmaals meegeteld, want het is dezelfde link als Link 2. Gaven twee teamleden precies dezelfde antwoorden? Voeg de tweede dan als bestand toe.`,
    "#ckl=team.2.3333333333: niet meegeteld, want de link is niet compleet of beschadigd. Vraag om de hele link.",
  ]);
  // 25, 75 and 100 on every dimension.
  assert.deepEqual(await widget.locator(".ckl-team-table tbody tr").first().locator("td").allInnerTexts(), ["67", "25", "100"]);
  assert.equal(await area.inputValue(), "", "the pasted text is taken in");
  assert.equal(await isFocused(area), true, "and the keyboard stays there for the next paste");
  assert.deepEqual(problems, []);
  await context.close();
});
