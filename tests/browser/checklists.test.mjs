// A visitor completes each checklist by clicking, reads the results and downloads both summaries.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serveDist, openPage, readDownload, localIsoDate } from "./support.mjs";

let browser, site;
before(async () => {
  site = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

/** The scale labels as the visitor sees them in the first item, in order 1–5. */
async function scaleLabels(widget) {
  const labels = await widget.locator("fieldset").first().locator("label").allInnerTexts();
  return labels.slice(0, 5).map((l) => l.trim());
}

/** Dimension names and the number of items under each, read from the questions view. */
async function dimensionsOf(widget) {
  const sections = widget.locator("section.ckl-dimension");
  const dimensions = [];
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    dimensions.push({
      name: (await section.locator("h3").innerText()).trim(),
      items: await section.locator("fieldset").count(),
    });
  }
  return dimensions;
}

/** Clicks answer `pick(dimensionIndex, itemIndex)` (a label text) in every item. */
async function answerAll(widget, pick) {
  const sections = widget.locator("section.ckl-dimension");
  for (let d = 0; d < (await sections.count()); d++) {
    const items = sections.nth(d).locator("fieldset");
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).getByLabel(pick(d, i), { exact: true }).click();
    }
  }
}

const BANDS = { nl: ["Beginnend", "Ontwikkelend", "Gevorderd", "Verankerd"] };
const bandOf = (score) => BANDS.nl[score < 40 ? 0 : score < 60 ? 1 : score < 80 ? 2 : 3];

for (const id of ["team", "leadership"]) {
  test(`${id}: complete by clicking, read the results, download both summaries`, async () => {
    const { context, page, problems } = await openPage(browser, site.url);
    const widget = page.locator(`[data-checklist="${id}"]`);
    await widget.locator("fieldset").first().waitFor();

    const dimensions = await dimensionsOf(widget);
    const total = dimensions.reduce((sum, d) => sum + d.items, 0);
    assert.equal(dimensions.length, 5);
    assert.ok(total >= 18 && total <= 22, `about 20 items, got ${total}`);
    const progress = widget.locator(".ckl-progress-text");
    assert.equal(await progress.innerText(), `0 van ${total} beantwoord\nNog ${total} vragen open`);

    // Dimension d gets answer d+1 on every item: scores 0, 25, 50, 75, 100; overall 50.
    const labels = await scaleLabels(widget);
    await answerAll(widget, (d) => labels[d]);
    assert.equal(await progress.innerText(), `${total} van ${total} beantwoord\nAlle vragen beantwoord`);

    await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
    const heading = widget.locator(".ckl-results h2");
    await heading.waitFor();
    assert.equal(await heading.evaluate((h) => h === document.activeElement), true, "focus moves to the results");

    const overall = widget.locator(".ckl-overall");
    assert.match(await overall.innerText(), /Totaalscore\s+50 van 100\s+Ontwikkelend/);
    const rows = widget.locator(".ckl-dimension-result");
    assert.equal(await rows.count(), 5);
    for (const [d, dimension] of dimensions.entries()) {
      const score = d * 25;
      const row = rows.nth(d);
      assert.equal(await row.locator("h4").innerText(), dimension.name);
      assert.equal(await row.locator(".ckl-dimension-score").innerText(), `${score} van 100 · ${bandOf(score)}`);
      assert.ok((await row.locator("p").nth(1).innerText()).length > 40, "the band text explains the score");
    }
    const buildOn = widget.locator(".ckl-build-on");
    assert.equal(await buildOn.locator("h3").innerText(), `Bouw hierop: ${dimensions[4].name}`);
    const startHere = widget.locator(".ckl-start-here");
    assert.equal(await startHere.locator("h3").innerText(), `Begin hier: ${dimensions[0].name}`);
    const steps = await startHere.locator("li").count();
    assert.ok(steps >= 2 && steps <= 3, `2–3 next steps, got ${steps}`);
    assert.match(await startHere.locator(".ckl-question").innerText(), /\?$/);

    // The HTML summary: named by checklist and date, the same scores, no scripts.
    const today = localIsoDate();
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      widget.getByRole("button", { name: "Download samenvatting (HTML)" }).click(),
    ]);
    assert.equal(html.suggestedFilename(), `checklist-${id}-${today}.html`);
    const summary = await readDownload(html);
    assert.ok(!/<script/i.test(summary), "no scripts in the summary");
    // Opened as a visitor would open the saved file.
    const saved = join(await mkdtemp(join(tmpdir(), "summary-")), html.suggestedFilename());
    await html.saveAs(saved);
    const viewer = await context.newPage();
    await viewer.goto(`file://${saved}`);
    assert.match(await viewer.locator("h1").innerText(), /^Samenvatting — /);
    assert.match(await viewer.locator(".overall").innerText(), /Totaalscore: 50 van 100 — Ontwikkelend/);
    for (const [d, dimension] of dimensions.entries()) {
      const cells = await viewer.locator("tbody tr").nth(d).locator("th, td").allInnerTexts();
      assert.deepEqual(cells, [dimension.name, String(d * 25), bandOf(d * 25)]);
    }
    assert.equal(await viewer.locator("dd").count(), total, "every answer is listed");
    await viewer.close();

    // The Markdown summary says the same.
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      widget.getByRole("button", { name: "Download als tekst (Markdown)" }).click(),
    ]);
    assert.equal(markdown.suggestedFilename(), `checklist-${id}-${today}.md`);
    const text = await readDownload(markdown);
    assert.match(text, /\*\*Totaalscore: 50 van 100 — Ontwikkelend\*\*/);
    for (const [d, dimension] of dimensions.entries()) {
      assert.ok(text.includes(`| ${dimension.name} | ${d * 25} | ${bandOf(d * 25)} |`), `row for ${dimension.name}`);
    }

    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("changing an answer after the results, and starting over", async () => {
  const { context, page, problems } = await openPage(browser, site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const labels = await scaleLabels(widget);
  const total = await widget.locator("fieldset").count();
  await answerAll(widget, () => labels[4]);
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  assert.match(await widget.locator(".ckl-overall").innerText(), /100 van 100\s+Verankerd/);

  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  const title = widget.locator(".ckl-questions h2");
  assert.equal(await title.evaluate((h) => h === document.activeElement), true, "focus returns to the questions");
  const first = widget.locator("fieldset").first();
  assert.equal(await first.getByLabel(labels[4], { exact: true }).isChecked(), true, "answers are kept");
  await first.getByLabel(labels[0], { exact: true }).click();
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  // One of four items in the first dimension went from 5 to 1: (4+4+4+0)/16 = 75.
  assert.equal(await widget.locator(".ckl-dimension-score").first().innerText(), "75 van 100 · Gevorderd");

  await widget.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await widget.getByRole("button", { name: "Annuleren" }).click();
  assert.equal(await widget.locator(".ckl-results").count(), 1, "cancel keeps everything");
  await widget.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await widget.getByRole("button", { name: "Ja, wis mijn antwoorden" }).click();
  assert.equal(await widget.locator(".ckl-progress-count").innerText(), `0 van ${total} beantwoord`);
  assert.equal(await widget.locator("input:checked").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("too few answers: no score, the missing items named, no overall score", async () => {
  const { context, page, problems } = await openPage(browser, site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const labels = await scaleLabels(widget);
  const first = widget.locator("section.ckl-dimension").first();
  const items = first.locator("fieldset");
  await items.nth(0).getByLabel(labels[2], { exact: true }).click();
  await items.nth(1).getByLabel("weet ik niet / n.v.t.", { exact: true }).click();
  const missingText = (await items.nth(2).locator("legend").innerText()).replace(/^\d+\.\s*/, "");
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();

  assert.equal(await widget.locator(".ckl-overall").innerText(), "Een totaalscore volgt zodra elke dimensie genoeg antwoorden heeft.");
  const row = widget.locator(".ckl-dimension-result").first();
  assert.match(await row.innerText(), /Nog geen score: 1 van de minstens 3 nodige antwoorden gegeven\./);
  assert.match(await row.innerText(), /beantwoord met ‘weet ik niet’/);
  assert.ok((await row.locator(".ckl-missing li").allInnerTexts()).includes(missingText));
  assert.equal(await widget.locator(".ckl-build-on, .ckl-start-here").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two widgets on one page keep their own answers", async () => {
  const { context, page, problems } = await openPage(browser, site.url);
  const team = page.locator('[data-checklist="team"]');
  const leadership = page.locator('[data-checklist="leadership"]');
  await leadership.locator("fieldset").first().waitFor();
  await team.locator("fieldset").first().locator("label").first().click();
  assert.match(await team.locator(".ckl-progress-count").innerText(), /^1 van /);
  assert.match(await leadership.locator(".ckl-progress-count").innerText(), /^0 van /);
  assert.equal(await leadership.locator("input:checked").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Serves `body` as the page at `site.url + "page.html"`, next to the real dist/ files. */
async function pageWith(context, body) {
  const page = await context.newPage();
  await page.route("**/page.html", (route) => route.fulfill({ contentType: "text/html", body }));
  await page.goto(`${site.url}page.html`);
  return page;
}

test("a checklist name that does not exist gets a readable message", async () => {
  const context = await browser.newContext();
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="nl"><head><script src="checklist.js" defer></script></head>' +
      '<body><div data-checklist="teams"></div><div data-checklist="team"></div></body></html>',
  );
  await page.locator('[data-checklist="team"] fieldset').first().waitFor();
  assert.equal(
    await page.locator('[data-checklist="teams"] [role="alert"]').innerText(),
    "Deze checklist bestaat niet: ‘teams’. Kies een van: team, leadership.",
  );
  await context.close();
});

test("a wasm file that cannot be fetched gets a readable message, not an empty box", async () => {
  const context = await browser.newContext();
  await context.route("**/checklist_bg.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="en"><head><script src="checklist.js" defer></script></head>' +
      '<body><div data-checklist="team"></div></body></html>',
  );
  await page.locator('[role="alert"]').waitFor();
  assert.equal(
    await page.locator('[data-checklist="team"] [role="alert"]').innerText(),
    "The checklist could not load. Reload the page or try another browser.",
  );
  await context.close();
});
