// A visitor completes each checklist by clicking, reads the results and downloads both summaries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, seededPage, allButLast, answerOpen, localIsoDate, isFocused, CAN, serveDemoAndLaunch } from "./support.mjs";

const ours = serveDemoAndLaunch();

/** The scale labels as the visitor sees them in the first item, in order 1–5. */
async function scaleLabels(widget) {
  // textContent, not innerText: the labels of a widget far down the page are read without scrolling.
  const labels = await widget.locator("fieldset").first().locator("label").allTextContents();
  return labels.slice(0, 5).map((l) => l.trim());
}

/** Dimension names and the number of items under each, read from the questions view in one look. */
async function dimensionsOf(widget) {
  const sections = widget.locator("section.ckl-dimension");
  await sections.first().waitFor();
  return sections.evaluateAll((all) =>
    all.map((section) => ({ name: section.querySelector("h3").textContent.trim(), items: section.querySelectorAll("fieldset").length })),
  );
}

/** Clicks answer `pick(dimensionIndex, itemIndex)` (a label text) in every item. */
async function answerAll(widget, pick) {
  const sections = widget.locator("section.ckl-dimension");
  await sections.first().waitFor();
  // The items per dimension in one look; a click changes the answers, not the questions.
  const counts = await sections.evaluateAll((all) => all.map((section) => section.querySelectorAll("fieldset").length));
  for (const [d, count] of counts.entries()) {
    const items = sections.nth(d).locator("fieldset");
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByLabel(pick(d, i), { exact: true }).click();
    }
  }
}

/** What the visitor reads, per language: the interface texts these tests look for. */
const TEXT = {
  nl: {
    progress: (n, total) => `${n} van ${total} beantwoord`,
    left: (n) => (n === 0 ? "Alle uitspraken beantwoord" : `Nog ${n} ${n === 1 ? "uitspraak" : "uitspraken"} open`),
    showResults: "Toon mijn resultaten",
    row: (band, label, n) => `${band} · je antwoorden liggen rond ‘${label}’ · score ${n} van 100`,
    noOverall: /Totaalscore/,
    howToUse: "Hoe gebruik je dit?",
    before: /^Voor je begint: /,
    goesWith: { team: "Past hierbij: Checklist leiderschap", leadership: "Past hierbij: Checklist teams" },
    bridge: (strong, weak) => `Wat gaat er goed bij ‘${strong}’, en hoe kan dat helpen bij ‘${weak}’?`,
    bands: ["Beginnend", "Ontwikkelend", "Gevorderd", "Verankerd"],
    twoForms: "De twee vormen waartussen je verandering zich beweegt",
    buildOn: "Bouw hierop",
    startHere: "Begin hier",
    downloadHtml: "Download samenvatting (HTML)",
    downloadText: "Download als tekst (Markdown)",
    summaryTitle: /^Samenvatting — /,
    yourChange: (name) => `Je verandering: ${name}`,
    renewing: "Vernieuwen",
    next: "Doe hierna: Checklist teams",
    goTo: "Naar de checklist teams",
    position: "Configuratie verandert (100 van 100); Paradigma blijft (0 van 100)",
    centre: "In beweging op beide assen",
    border: "Op de grens tussen Verbeteren en Transitie",
    nextLeadership: "Doe hierna: Checklist leiderschap",
  },
  en: {
    progress: (n, total) => `${n} of ${total} answered`,
    left: (n) => (n === 0 ? "All statements answered" : `${n} ${n === 1 ? "statement" : "statements"} left`),
    showResults: "Show my results",
    row: (band, label, n) => `${band} · your answers are around ‘${label}’ · score ${n} out of 100`,
    noOverall: /Overall score/,
    howToUse: "How to use this",
    before: /^Before you start: /,
    goesWith: { team: "Goes with this: Leadership checklist", leadership: "Goes with this: Team checklist" },
    bridge: (strong, weak) => `What is going well in ‘${strong}’, and how could that help with ‘${weak}’?`,
    bands: ["Starting", "Developing", "Advanced", "Embedded"],
    twoForms: "The two forms your change is moving between",
    buildOn: "Build on this",
    startHere: "Start here",
    downloadHtml: "Download summary (HTML)",
    downloadText: "Download as text (Markdown)",
    summaryTitle: /^Summary — /,
    yourChange: (name) => `Your change: ${name}`,
    renewing: "Renewing",
    next: "Next: Team checklist",
    goTo: "Go to the team checklist",
    position: "Configuration changes (100 out of 100); Paradigm stays (0 out of 100)",
    centre: "In motion on both axes",
    border: "On the border between Improving and Transition",
    nextLeadership: "Next: Leadership checklist",
  },
};
const bandOf = (t, score) => t.bands[score < 40 ? 0 : score < 60 ? 1 : score < 80 ? 2 : 3];

/** Opens the demo page at one widget, in `lang` (switched with the widget's own buttons);
 * `seeds`: answers given earlier (see `seededPage`). */
async function openWidget(id, lang, seeds) {
  const opened = seeds ? await seededPage(ours.browser, ours.site.url, seeds) : await openPage(ours.browser, ours.site.url);
  const widget = opened.page.locator(`[data-checklist="${id}"]`);
  await widget.locator("fieldset").first().waitFor();
  if (lang === "en") {
    await widget.getByRole("button", { name: "English" }).click();
    // The widget re-renders on its next turn, not inside the click.
    await widget.locator('.ckl[lang="en"]').waitFor();
  }
  return { ...opened, widget };
}

/** Downloads through `button`, checks the file name, and opens the saved file as a visitor would. */
async function download(context, page, button, expectedName) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.equal(file.suggestedFilename(), expectedName);
  const saved = join(await mkdtemp(join(tmpdir(), "summary-")), expectedName);
  await file.saveAs(saved);
  const text = await readFile(saved, "utf8");
  if (!expectedName.endsWith(".html")) return { text };
  assert.ok(!/<script/i.test(text), "no scripts in the summary");
  const viewer = await context.newPage();
  await viewer.goto(`file://${saved}`);
  return { text, viewer };
}

for (const lang of ["nl", "en"]) {
  const t = TEXT[lang];
  for (const id of ["team", "leadership"]) {
    test(`${id} (${lang}): complete by clicking, read the results, download both summaries`, async () => {
      const { context, page, problems, widget } = await openWidget(id, lang);
      const dimensions = await dimensionsOf(widget);
      const total = dimensions.reduce((sum, d) => sum + d.items, 0);
      assert.equal(dimensions.length, 5);
      assert.ok(total >= 20 && total <= 25, `about 20 items, got ${total}`);
      assert.match(await widget.locator(".ckl-before").innerText(), t.before);
      const progress = widget.locator(".ckl-progress-text");
      assert.equal(await progress.innerText(), `${t.progress(0, total)}\n${t.left(total)}`);

      // Dimension d gets answer d+1 on every item: scores 0, 25, 50, 75, 100.
      const labels = await scaleLabels(widget);
      await widget.locator("fieldset").first().getByLabel(labels[0], { exact: true }).click();
      assert.equal(await progress.innerText(), `${t.progress(1, total)}\n${t.left(total - 1)}`);
      await answerAll(widget, (d) => labels[d]);
      assert.equal(await progress.innerText(), `${t.progress(total, total)}\n${t.left(0)}`);

      await widget.getByRole("button", { name: t.showResults }).click();
      const heading = widget.locator(".ckl-results h2");
      await heading.waitFor();
      assert.equal(await isFocused(heading), true, "focus moves to the results");
      assert.doesNotMatch(await widget.locator(".ckl-results").innerText(), t.noOverall, "no overall score");
      const rows = widget.locator(".ckl-dimension-result");
      assert.equal(await rows.count(), 5);
      for (const [d, dimension] of dimensions.entries()) {
        const score = d * 25;
        assert.equal(await rows.nth(d).locator("h4").innerText(), dimension.name);
        assert.equal(await rows.nth(d).locator(".ckl-dimension-score").innerText(), t.row(bandOf(t, score), labels[d], score));
        assert.ok((await rows.nth(d).locator("p").nth(1).innerText()).length > 40, "the band text explains the score");
      }
      assert.equal(await widget.locator(".ckl-build-on h3").innerText(), `${t.buildOn}: ${dimensions[4].name}`);
      const startHere = widget.locator(".ckl-start-here");
      assert.equal(await startHere.locator("h3").innerText(), `${t.startHere}: ${dimensions[0].name}`);
      const steps = await startHere.locator("li").count();
      assert.ok(steps >= 2 && steps <= 3, `2–3 next steps, got ${steps}`);
      assert.match(await startHere.locator(".ckl-question").innerText(), /\?$/);
      assert.equal(await widget.locator(".ckl-bridge").innerText(), t.bridge(dimensions[4].name, dimensions[0].name));
      const guide = widget.locator(".ckl-guide");
      assert.equal(await guide.locator("h3").innerText(), t.howToUse);
      assert.equal(await guide.locator("ol li").count(), 5, "the routine");
      assert.equal(await guide.locator("h4").innerText(), t.goesWith[id]);

      if (!CAN.download) {
        assert.deepEqual(problems, []);
        return context.close();
      }
      const today = localIsoDate();
      const html = await download(context, page, widget.getByRole("button", { name: t.downloadHtml }), `checklist-${id}-${today}.html`);
      assert.equal(await html.viewer.locator("html").getAttribute("lang"), lang);
      assert.match(await html.viewer.locator("h1").innerText(), t.summaryTitle);
      assert.equal(await html.viewer.locator(".overall").count(), 0, "no overall score");
      for (const [d, dimension] of dimensions.entries()) {
        const cells = await html.viewer.locator("tbody tr").nth(d).locator("th, td").allInnerTexts();
        assert.deepEqual(cells, [dimension.name, bandOf(t, d * 25), labels[d], String(d * 25)]);
      }
      assert.equal(await html.viewer.locator(".guide h2").innerText(), t.howToUse);
      assert.equal(await html.viewer.locator("dd").count(), total, "every answer is listed");
      await html.viewer.close();

      const markdown = await download(context, page, widget.getByRole("button", { name: t.downloadText }), `checklist-${id}-${today}.md`);
      assert.doesNotMatch(markdown.text, t.noOverall);
      for (const [d, dimension] of dimensions.entries()) {
        assert.ok(markdown.text.includes(`| ${dimension.name} | ${bandOf(t, d * 25)} | ${labels[d]} | ${d * 25} |`), `row for ${dimension.name}`);
      }
      assert.ok(markdown.text.includes(`## ${t.howToUse}`));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`change (${lang}): the reflection places the change on the 2×2 and points to the next checklist`, async () => {
    const { context, page, problems, widget } = await openWidget("change", lang);
    const axes = await dimensionsOf(widget);
    assert.equal(axes.length, 2);
    assert.equal(axes[0].items + axes[1].items, 8);
    // Configuration fully changes, the paradigm stays: Vernieuwen / Renewing.
    const labels = await scaleLabels(widget);
    await answerAll(widget, (axis) => labels[axis === 0 ? 4 : 0]);
    await widget.getByRole("button", { name: t.showResults }).click();
    await widget.locator(".ckl-results").waitFor();

    assert.equal(await widget.locator(".ckl-quadrant-name").innerText(), t.yourChange(t.renewing));
    const dot = widget.locator("svg circle.ckl-position");
    assert.deepEqual([await dot.getAttribute("cx"), await dot.getAttribute("cy")], ["340", "300"], "dot at the bottom right");
    assert.equal(await widget.locator("figcaption").innerText(), t.position);
    assert.equal(await widget.locator("svg desc").textContent(), t.position, "the chart describes itself");
    assert.equal(await widget.locator(".ckl-neighbours").count(), 0, "a corner, not a border");
    assert.equal(await widget.locator(".ckl-next h3").innerText(), t.next);
    assert.ok((await widget.locator(".ckl-results li").count()) >= 2, "what this form of change asks");

    if (CAN.download) {
      const today = localIsoDate();
      const html = await download(context, page, widget.getByRole("button", { name: t.downloadHtml }), `checklist-change-${today}.html`);
      assert.equal(await html.viewer.locator("h2").nth(1).innerText(), t.yourChange(t.renewing));
      assert.equal(await html.viewer.locator("svg circle").getAttribute("cx"), "340");
      assert.ok((await html.viewer.locator("body").innerText()).includes(t.next));
      await html.viewer.close();
      const markdown = await download(context, page, widget.getByRole("button", { name: t.downloadText }), `checklist-change-${today}.md`);
      assert.ok(markdown.text.includes(`## ${t.yourChange(t.renewing)}`));
    }

    // The link leads to the team checklist on the same page.
    await widget.getByRole("link", { name: t.goTo }).click();
    assert.equal(await page.evaluate(() => location.hash), "#checklist-team");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const lang of ["nl", "en"]) {
  const t = TEXT[lang];
  test(`change (${lang}): all answers in the middle read as in motion on both axes, one text only`, async () => {
    // Answered earlier, all but the last (the reflection above is completed by clicking).
    const { context, problems, widget } = await openWidget("change", lang, { change: allButLast("change", () => 3) });
    assert.equal(await answerOpen(widget, () => 3), 1, "one answer left to give");
    await widget.getByRole("button", { name: t.showResults }).click();
    assert.equal(await widget.locator(".ckl-quadrant-name").innerText(), t.centre);
    const text = await widget.locator(".ckl-results").innerText();
    assert.doesNotMatch(text, new RegExp(t.yourChange("")), "never a quadrant next to the centre");
    assert.deepEqual(await widget.locator(".ckl-next h3").allInnerTexts(), [t.next, t.nextLeadership]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`change (${lang}): one axis in the middle reads as the border between two forms`, async () => {
    // The review's run H: 2323 3233 → configuration 38 (stays), paradigm 44 (in motion); answered
    // earlier, all but the last.
    const notation = ["2323", "3233"];
    const pick = (axis, item) => Number(notation[axis][item]);
    const { context, problems, widget } = await openWidget("change", lang, { change: allButLast("change", pick) });
    assert.equal(await answerOpen(widget, () => pick(1, 3)), 1, "one answer left to give");
    await widget.getByRole("button", { name: t.showResults }).click();
    assert.equal(await widget.locator(".ckl-quadrant-name").innerText(), t.border);
    assert.equal(await widget.locator(".ckl-neighbours li").count(), 2);
    assert.equal(await widget.locator(".ckl-results h3", { hasText: t.twoForms }).count(), 1);
    assert.doesNotMatch(await widget.locator(".ckl-results").innerText(), new RegExp(`${t.yourChange("")}|${t.centre}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the language follows data-lang, else the page's lang, and switching keeps the answers", async () => {
  const context = await ours.browser.newContext();
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="en-GB"><head><script src="checklist.js" defer></script></head><body>' +
      '<div id="a" data-checklist="team"></div><div id="b" data-checklist="team" data-lang="nl"></div></body></html>',
  );
  await page.locator("#b fieldset").first().waitFor();
  assert.match(await page.locator("#a .ckl-progress-count").innerText(), /^0 of \d+ answered$/);
  assert.match(await page.locator("#b .ckl-progress-count").innerText(), /^0 van \d+ beantwoord$/);
  await page.locator("#b fieldset").first().locator("label").nth(3).click();
  await page.locator("#b").getByRole("button", { name: "English" }).click();
  assert.match(await page.locator("#b .ckl-progress-count").innerText(), /^1 of \d+ answered$/);
  assert.equal(await page.locator("#b").getByRole("button", { name: "English" }).getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("#b input:checked").count(), 1, "the answer is still there");
  await context.close();
});

test("changing an answer after the results, and starting over", async () => {
  // Answered earlier, all "(bijna) altijd" but the last.
  const { context, page, problems } = await seededPage(ours.browser, ours.site.url, { team: allButLast("team", () => 5) });
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const labels = await scaleLabels(widget);
  const total = await widget.locator("fieldset").count();
  assert.equal(await answerOpen(widget, () => 5), 1, "one answer left to give");
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  assert.equal(await widget.locator(".ckl-overall").count(), 0, "no overall score");
  assert.equal(
    await widget.locator(".ckl-dimension-score").first().innerText(),
    "Verankerd · je antwoorden liggen rond ‘(bijna) altijd’ · score 100 van 100",
  );

  await widget.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  const title = widget.locator(".ckl-questions h2");
  assert.equal(await isFocused(title), true, "focus returns to the questions");
  const first = widget.locator("fieldset").first();
  assert.equal(await first.getByLabel(labels[4], { exact: true }).isChecked(), true, "answers are kept");
  await first.getByLabel(labels[0], { exact: true }).click();
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  // One of five items in the first dimension went from 5 to 1: (4+4+4+4+0)/20 = 80.
  assert.equal(
    await widget.locator(".ckl-dimension-score").first().innerText(),
    "Verankerd · je antwoorden liggen rond ‘vaak’ · score 80 van 100",
  );

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

test("too few answers: no score, the missing items named", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const labels = await scaleLabels(widget);
  const first = widget.locator("section.ckl-dimension").first();
  const items = first.locator("fieldset");
  await items.nth(0).getByLabel(labels[2], { exact: true }).click();
  await items.nth(1).getByLabel("weet ik niet", { exact: true }).click();
  const missingText = (await items.nth(2).locator("legend").innerText()).replace(/^\d+\.\s*/, "");
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();

  const row = widget.locator(".ckl-dimension-result").first();
  assert.match(await row.innerText(), /Nog geen score: daarvoor zijn minstens 4 antwoorden op de schaal nodig, en je gaf er 1\./);
  assert.match(await row.innerText(), /beantwoord met ‘weet ik niet’/);
  assert.ok((await row.locator(".ckl-missing li").allInnerTexts()).includes(missingText));
  assert.equal(await widget.locator(".ckl-build-on, .ckl-start-here").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two widgets on one page keep their own answers", async () => {
  const { context, page, problems } = await openPage(ours.browser, ours.site.url);
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

/** Serves `body` as the page at `ours.site.url + "page.html"`, next to the real dist/ files. */
async function pageWith(context, body) {
  const page = await context.newPage();
  await page.route("**/page.html", (route) => route.fulfill({ contentType: "text/html", body }));
  await page.goto(`${ours.site.url}page.html`);
  return page;
}

test("a checklist name that does not exist gets a readable message", async () => {
  const context = await ours.browser.newContext();
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="nl"><head><script src="checklist.js" defer></script></head>' +
      '<body><div data-checklist="teams"></div><div data-checklist="team"></div></body></html>',
  );
  await page.locator('[data-checklist="team"] fieldset').first().waitFor();
  assert.equal(
    await page.locator('[data-checklist="teams"] [role="alert"]').innerText(),
    "Deze checklist bestaat niet: ‘teams’. Kies een van: change, leadership-team, leadership, team.",
  );
  await context.close();
});

test("a browser that cannot start the widget gets a readable message, not an empty box", async () => {
  const context = await ours.browser.newContext();
  // As under a CSP without 'wasm-unsafe-eval'. (Without DecompressionStream, as in Safari < 16.4,
  // the widget now works: tests/browser/old-browsers.test.mjs.)
  await context.addInitScript(() => {
    WebAssembly.instantiate = () => Promise.reject(new WebAssembly.CompileError("blocked by the test"));
  });
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="en"><head><script src="checklist.js" defer></script></head>' +
      '<body><div data-checklist="team"></div></body></html>',
  );
  await page.locator('[role="alert"]').waitFor();
  assert.equal(
    await page.locator('[data-checklist="team"] [role="alert"]').innerText(),
    "The checklist could not load. Reload the page or try a recent browser.",
  );
  await context.close();
});

test("a panic inside the widget leaves a readable message in every widget, not a frozen page", async () => {
  const context = await ours.browser.newContext();
  const page = await pageWith(
    context,
    '<!DOCTYPE html><html lang="nl"><head><meta name="checklist-widget-test" content="panic">' +
      '<script src="checklist.js" defer></script></head><body>' +
      '<button id="host" onclick="this.dataset.clicks = Number(this.dataset.clicks || 0) + 1">Host</button>' +
      '<div data-checklist="team"></div><div data-checklist="change" data-lang="en"></div></body></html>',
  );
  await page.locator('[data-checklist="change"] fieldset').first().waitFor();
  await page.locator('[data-checklist="team"] fieldset').first().locator("label").first().click();
  const thrown = await page.evaluate(() => {
    try {
      window.checklistWidgetTest.panic();
      return "no error";
    } catch (error) {
      return "thrown";
    }
  });
  assert.equal(thrown, "thrown", "the panic surfaces as an error to its caller only");
  assert.equal(
    await page.locator('[data-checklist="team"] [role="alert"]').innerText(),
    "Er ging iets mis in de checklist. Herlaad de pagina om het opnieuw te proberen.",
  );
  assert.equal(
    await page.locator('[data-checklist="change"] [role="alert"]').innerText(),
    "Something went wrong in the checklist. Reload the page to try again.",
  );
  await page.locator("#host").click();
  assert.equal(await page.locator("#host").getAttribute("data-clicks"), "1", "the page still responds");
  // The answer given before the panic was saved, so a reload brings it back.
  await page.reload();
  await page.locator('[data-checklist="team"] .ckl-notices').waitFor();
  assert.match(await page.locator('[data-checklist="team"] .ckl-notices').innerText(), /\(1 van 24\)/);
  await context.close();
});
