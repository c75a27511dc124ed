// Accessibility: axe-core (WCAG 2.2 A and AA rules) on every view in both languages, the whole
// checklist by keyboard alone, visible focus, polite announcements, a correct heading outline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, seededPage, answerOpen, allButLast, isFocused, CAN, serveDemoAndLaunch, axeViolations as violations } from "./support.mjs";
import { writeFile } from "node:fs/promises";

const ours = serveDemoAndLaunch();

/** `id`'s answers given earlier, all `value` but the last, which `completeAll` clicks. (The
 * keyboard test below gives every answer itself.) */
const almostAll = (id, value) => ({ [id]: allButLast(id, () => value) });

/** Gives every answer still open in `widget` the `value`-th label (1–5). */
async function completeAll(widget, value = 3) {
  await answerOpen(widget, () => value);
}

for (const lang of ["nl", "en"]) {
  const show = lang === "nl" ? "Toon mijn resultaten" : "Show my results";
  for (const id of ["team", "leadership", "change"]) {
    test(`axe (${lang}): ${id}, questions and results, no WCAG 2.2 A/AA violations`, async () => {
      const value = id === "change" ? 4 : 3;
      const { context, page } = await seededPage(ours.browser, ours.site.url, almostAll(id, value));
      const widget = page.locator(`[data-checklist="${id}"]`);
      await widget.locator("fieldset").first().waitFor();
      if (lang === "en") await widget.getByRole("button", { name: "English" }).click();
      assert.deepEqual(await violations(page, `[data-checklist="${id}"]`), [], "questions");
      await completeAll(widget, value);
      await widget.getByRole("button", { name: show }).click();
      await widget.locator(".ckl-results").waitFor();
      assert.deepEqual(await violations(page, `[data-checklist="${id}"]`), [], "results");

      if (!CAN.download) return context.close();
      const button = lang === "nl" ? "Download samenvatting (HTML)" : "Download summary (HTML)";
      const [download] = await Promise.all([page.waitForEvent("download"), widget.getByRole("button", { name: button }).click()]);
      const saved = join(await mkdtemp(join(tmpdir(), "a11y-")), download.suggestedFilename());
      await download.saveAs(saved);
      const summary = await context.newPage();
      await summary.goto(`file://${saved}`);
      assert.deepEqual(await violations(summary), [], "the HTML summary");
      await context.close();
    });
  }

  test(`axe (${lang}): the demo page, the team view and a shared result`, async () => {
    const { context, page } = await openPage(ours.browser, ours.site.url);
    const widget = page.locator('[data-checklist="team"]');
    await widget.locator("fieldset").first().waitFor();
    if (lang === "en") {
      for (const id of ["team", "leadership", "change"]) {
        await page.locator(`[data-checklist="${id}"]`).getByRole("button", { name: "English" }).click();
      }
    }
    assert.deepEqual(await violations(page), [], "the whole demo page");
    // Three members' files, written with the checklist's real item ids (from the radio names).
    const ids = await widget.locator("fieldset").evaluateAll((sets) =>
      sets.map((set) => set.querySelector("input").name.replace(/^ckl\d+-/, "")),
    );
    await widget.locator(".ckl-more summary").click();
    await widget.locator(".ckl-more button").click();
    await widget.locator(".ckl-team").waitFor();
    const dir = await mkdtemp(join(tmpdir(), "a11y-team-"));
    const files = [join(dir, "broken.json")];
    await writeFile(files[0], "{");
    for (const [i, v] of [1, 3, 5].entries()) {
      const path = join(dir, `m${i}.json`);
      const answers = Object.fromEntries(ids.map((id) => [id, v]));
      await writeFile(path, JSON.stringify({ format: "checklist-results", schema: 1, checklist: "team", version: 2, answers }));
      files.push(path);
    }
    await widget.locator('input[type="file"]').setInputFiles(files);
    await widget.locator(".ckl-team-table").waitFor();
    assert.equal(await widget.locator(".ckl-file-notes li").count(), 4);
    assert.deepEqual(await violations(page, '[data-checklist="team"]'), [], "team view with notes");
    await context.close();

    const shared = await openPage(ours.browser, `${ours.site.url}#ckl=change.2.45451223`);
    await shared.page.locator('[data-checklist="change"] .ckl-banner').waitFor();
    if (lang === "en") await shared.page.locator('[data-checklist="change"]').getByRole("button", { name: "English" }).click();
    assert.deepEqual(await violations(shared.page, '[data-checklist="change"]'), [], "shared result");
    await shared.context.close();
  });
}

test("a whole checklist with the keyboard alone, focus always visible and moved sensibly", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const radio = widget.locator("fieldset").first().locator("input").first();
  // From the language switch onward, by Tab only.
  await widget.getByRole("button", { name: "English" }).focus();
  await page.keyboard.press("Tab");
  assert.equal(await isFocused(radio), true, "Tab leads to the first answer");
  const items = await widget.locator("fieldset").count();
  for (let i = 0; i < items; i++) {
    // Space picks the focused answer ("(bijna) nooit"); two arrows move it to "soms".
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const focused = widget.locator("fieldset").nth(i).locator("input").nth(2);
    // Focus and its ring in one look (each look is a round trip to the browser).
    const [hasFocus, ring] = await focused.evaluate((input) => [input.getRootNode().activeElement === input, getComputedStyle(input).outlineStyle]);
    assert.equal(hasFocus, true);
    assert.equal(ring, "solid", "the focused answer shows a focus ring");
    await page.keyboard.press("Tab");
  }
  assert.match(await widget.locator(".ckl-progress-count").innerText(), new RegExp(`^${items} van ${items}`));
  const show = widget.getByRole("button", { name: "Toon mijn resultaten" });
  assert.equal(await isFocused(show), true, "after the last answer, Tab reaches “show results”");
  assert.equal(await show.evaluate((b) => getComputedStyle(b).outlineStyle), "solid");
  await page.keyboard.press("Enter");
  const heading = widget.locator(".ckl-results h2");
  await heading.waitFor();
  assert.equal(await isFocused(heading), true, "focus lands on the results heading");
  // All "soms": every theme 50, so no theme is singled out, and that is announced.
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /score 50 van 100/);
  assert.match(await widget.locator(".ckl-spread").innerText(), /Je thema’s liggen dicht bij elkaar/);
  assert.equal(await widget.locator(".ckl-spread").getAttribute("aria-live"), "polite");
  assert.equal(await widget.locator(".ckl-progress-text").count(), 0);

  // Start over by keyboard: the confirmation gets the focus, then the questions' heading.
  await widget.getByRole("button", { name: "Opnieuw beginnen" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await isFocused(widget.getByRole("button", { name: "Ja, wis mijn antwoorden" })), true);
  await page.keyboard.press("Enter");
  assert.equal(await isFocused(widget.locator(".ckl-questions h2")), true);
  assert.equal(await widget.locator(".ckl-progress-text").getAttribute("aria-live"), "polite");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the headings form a correct outline in every view", async () => {
  const { context, page } = await seededPage(ours.browser, ours.site.url, almostAll("leadership", 4));
  const widget = page.locator('[data-checklist="leadership"]');
  const outline = () =>
    widget.locator(".ckl").evaluate((root) => [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])));
  const checkOutline = (levels, view) => {
    assert.equal(levels[0], 2, `${view}: the widget starts at h2, under the page's h1`);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `${view}: no level skipped (${levels})`);
  };
  await widget.locator("fieldset").first().waitFor();
  checkOutline(await outline(), "questions");
  await completeAll(widget, 4);
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  await widget.locator(".ckl-results").waitFor();
  checkOutline(await outline(), "results");
  await context.close();
});
