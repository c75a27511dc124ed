// Results people want to look at: the chart, print and PDF, phones, and the way to the practice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededPage, seedAnswers, allButLast, answerOpen, CAN, onlyWhere, serveDemoAndLaunch } from "./support.mjs";

const ours = serveDemoAndLaunch();

/** Dimension d gets answer d+1: scores 0, 25, 50, 75, 100 (2 and 1 on the reflection's two axes). */
const byDimension = (d) => d + 1;

/** `id` answered earlier by dimension (`byDimension`), all but the last item. */
const almostByDimension = (id) => ({ [id]: allButLast(id, byDimension) });

/** Gives the answers still open in `widget` by dimension, and shows the results. */
async function completeByDimension(widget) {
  const sections = widget.locator("section.ckl-dimension");
  await sections.first().waitFor();
  for (let d = 0; d < (await sections.count()); d++) await answerOpen(sections.nth(d), () => byDimension(d));
  await widget.locator(".ckl-actions .ckl-primary").click();
  await widget.locator(".ckl-results").waitFor();
}

test("the chart has one bar per dimension with its score, in the widget and in the summary", async () => {
  const { context, page, problems } = await seededPage(ours.browser, ours.site.url, almostByDimension("team"));
  const widget = page.locator('[data-checklist="team"]');
  await completeByDimension(widget);
  const bars = widget.locator("svg.ckl-bars-chart rect.ckl-bar");
  assert.equal(await bars.count(), 5);
  const marks = await bars.evaluateAll((rects) => rects.map((r) => [r.dataset.score, r.getAttribute("width")]));
  // Width: 3.2 units per point of 320; a zero score keeps a 2-unit sliver to stay visible.
  assert.deepEqual(marks, [["0", "2"], ["25", "80"], ["50", "160"], ["75", "240"], ["100", "320"]]);
  // The same figures as a table for screen readers.
  const cells = await widget.locator(".ckl-bars table tbody tr").evaluateAll((rows) => rows.map((r) => r.cells[1].textContent));
  assert.deepEqual(cells, ["0", "25", "50", "75", "100"]);
  assert.equal(await widget.locator("svg.ckl-bars-chart").getAttribute("aria-hidden"), "true");
  if (!CAN.download) return context.close();

  const [download] = await Promise.all([page.waitForEvent("download"), widget.getByRole("button", { name: "Download samenvatting (HTML)" }).click()]);
  const html = await readFile(await download.path(), "utf8");
  const scores = [...html.matchAll(/class="ckl-bar"[^>]*data-score="(\d+)"/g)].map((m) => m[1]);
  assert.deepEqual(scores, ["0", "25", "50", "75", "100"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("print media hides every control and keeps the report", onlyWhere(CAN.emulateMedia, "print media emulation"), async () => {
  const { context, page } = await seededPage(ours.browser, ours.site.url, almostByDimension("leadership"));
  const widget = page.locator('[data-checklist="leadership"]');
  await completeByDimension(widget);
  await page.emulateMedia({ media: "print" });
  for (const selector of [".ckl-lang", ".ckl-actions", ".ckl-downloads", ".ckl-share", ".ckl-print", ".ckl-offline"]) {
    assert.equal(await widget.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  assert.equal(await widget.locator("button:visible").count(), 0, "no buttons at all");
  for (const selector of [".ckl-results h2", ".ckl-dimension-results", "svg.ckl-bars-chart", ".ckl-start-here", ".ckl-guide", ".ckl-invitation"]) {
    assert.equal(await widget.locator(selector).isVisible(), true, `${selector} printed`);
  }
  await context.close();
});

/** Pages of a PDF, and PNGs of them made by pdftoppm. */
function pdfPages(pdf, dir, prefix) {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).slice(1).map(Number);
  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, join(dir, prefix)]);
  return { pages, size };
}

test("printing a result gives an A4 report of at most two pages (and PNGs of them)", onlyWhere(CAN.pdf, "printing to PDF"), async () => {
  const dir = await mkdtemp(join(tmpdir(), "print-"));
  const { context, page } = await seededPage(ours.browser, ours.site.url, almostByDimension("team"));
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => window.printed++;
  });
  const widget = page.locator('[data-checklist="team"]');
  await completeByDimension(widget);
  await widget.getByRole("button", { name: "Afdrukken of opslaan als pdf" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.pdf({ path: join(dir, "widget.pdf"), format: "A4", preferCSSPageSize: true });
  const widgetPdf = pdfPages(join(dir, "widget.pdf"), dir, "widget");
  assert.ok(widgetPdf.pages >= 1 && widgetPdf.pages <= 2, `1–2 pages, got ${widgetPdf.pages}`);
  assert.deepEqual(widgetPdf.size.map(Math.round), [595, 842], "A4");
  const text = execFileSync("pdftotext", [join(dir, "widget.pdf"), "-"], { encoding: "utf8" });
  assert.match(text, /Je resultaten — Checklist teams/);
  assert.ok(!/Checklist leiderschap/.test(text), "only this widget, not the rest of the page");
  assert.ok(!/Toon mijn resultaten|Antwoorden aanpassen/.test(text), "no buttons");
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert.equal(await widget.evaluate((el) => el.hasAttribute("data-ckl-printing")), false);

  // The downloaded summary prints as well.
  const [download] = await Promise.all([page.waitForEvent("download"), widget.getByRole("button", { name: "Download samenvatting (HTML)" }).click()]);
  const summary = join(dir, "summary.html");
  await download.saveAs(summary);
  const viewer = await context.newPage();
  await viewer.goto(`file://${summary}`);
  await viewer.pdf({ path: join(dir, "summary.pdf"), format: "A4", preferCSSPageSize: true });
  const summaryPdf = pdfPages(join(dir, "summary.pdf"), dir, "summary");
  assert.ok(summaryPdf.pages >= 1 && summaryPdf.pages <= 2, `summary: 1–2 pages, got ${summaryPdf.pages}`);
  const pngs = (await readdir(dir)).filter((f) => f.endsWith(".png"));
  assert.equal(pngs.length, widgetPdf.pages + summaryPdf.pages, "one PNG per page");
  await context.close();
});

test("on a 360 × 740 phone: no sideways scrolling, answers big enough for a thumb, progress in view", async () => {
  const { context, page, problems } = await seededPage(ours.browser, ours.site.url, almostByDimension("team"), { viewport: { width: 360, height: 740 } });
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, "questions fit the width");
  const boxes = await widget.locator("label.ckl-option").evaluateAll((labels) =>
    labels.map((l) => l.getBoundingClientRect()).map((r) => [Math.floor(r.width), Math.floor(r.height)]),
  );
  assert.equal(boxes.length, 24 * 6);
  for (const [width, height] of boxes) assert.ok(width >= 44 && height >= 44, `hit area ${width}×${height}`);
  const legends = await widget.locator("legend").evaluateAll((all) => all.map((l) => l.getBoundingClientRect().right));
  assert.ok(legends.every((right) => right <= 360), "long statements wrap");

  await widget.locator("fieldset").last().scrollIntoViewIfNeeded();
  const progress = await widget.locator(".ckl-progress").boundingBox();
  assert.ok(progress.y >= 0 && progress.y + progress.height <= 740, "the progress stays in view");

  await completeByDimension(widget);
  assert.equal(await overflow(), 0, "results fit the width");
  // No transitions at all: on a slow phone each one costs extra frames per tap.
  for (const selector of [".ckl-button", ".ckl-lang-option"]) {
    const duration = await widget.locator(selector).first().evaluate((b) => getComputedStyle(b).transitionDuration);
    assert.equal(duration, "0s", `${selector} has no transition`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the results and the summary end with the invitation; the contact button only when configured", async () => {
  const { context, page } = await seededPage(ours.browser, ours.site.url, almostByDimension("change"));
  const withContact = page.locator('[data-checklist="change"]');
  await completeByDimension(withContact);
  const invitation = withContact.locator(".ckl-invitation");
  assert.equal(await invitation.locator("h3").innerText(), "Hoe nu verder?");
  assert.equal(await invitation.getByRole("link", { name: "Neem contact op" }).getAttribute("href"), "mailto:hallo@example.nl");

  const bare = await context.newPage();
  await seedAnswers(bare, ours.site.url, almostByDimension("team"));
  await bare.route("**/bare.html", (route) =>
    route.fulfill({ contentType: "text/html", body: '<!DOCTYPE html><html lang="en"><head><script src="checklist.js" defer></script></head><body><div data-checklist="team"></div></body></html>' }),
  );
  await bare.goto(`${ours.site.url}bare.html`);
  const widget = bare.locator('[data-checklist="team"]');
  await completeByDimension(widget);
  assert.equal(await widget.locator(".ckl-invitation h3").innerText(), "Where to go from here?");
  assert.equal(await widget.locator(".ckl-invitation a").count(), 0, "no contact link configured, no empty button");
  if (!CAN.download) return context.close();
  const [download] = await Promise.all([bare.waitForEvent("download"), widget.getByRole("button", { name: "Download summary (HTML)" }).click()]);
  const html = await readFile(await download.path(), "utf8");
  assert.ok(html.includes("<h2>Where to go from here?</h2>") && !html.includes("Get in touch"));
  await context.close();
});
