// The phone profile of the benchmark: `node tools/benchmark.mjs --phone [--runs N] [--dist DIR]...
// [--only NAME,...]`. `--only` measures just the pages whose name contains one of the NAMEs (say
// `team-only,floor`): quicker, for comparing builds; it prints their figures without the ratios.
// Compares, in one run, the team checklist as a site embeds it (one widget, one script) for each
// --dist, the demo page of each --dist (three widgets), the same 20 questions in SurveyJS and the
// floor: the same 20 groups of native radios and no script at all. The pages are generated into a
// temporary folder and served by tools/serve.mjs; the loads alternate (A, B, C, …, A, B, C, …).
//
// Profile: Chromium, 390×844 touch viewport at DPR 2, CPU slowed down 4× (CDP) while loading and
// 6× while tapping. Figures are medians over the loads; each table cell also gives min–max.
// This machine is shared and noisy: compare pages within one run only.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launch, ROOT, DIST } from "../tests/browser/support.mjs";
import { serve } from "./serve.mjs";

const LOAD_SLOWDOWN = 4;
const TAP_SLOWDOWN = 6;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const SHOW_RESULTS = "Toon mijn resultaten";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p75 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.75 * xs.length) - 1];
/** Taps per load: one on each of the first 20 questions. */
const TAPS = 20;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

// ---------------------------------------------------------------------------------------------
// The pages
// ---------------------------------------------------------------------------------------------

/** The texts of the team checklist in Dutch, read from content/team.toml line by line (enough
 * for this file's layout: every text sits on one line as `key = { nl = "…", en = "…" }`). */
async function teamContent() {
  const toml = await readFile(join(ROOT, "content/team.toml"), "utf8");
  const content = { scale: [], unknown: "", dimensions: [] };
  const dutch = (line) => JSON.parse(`"${line.match(/nl = "((?:[^"\\]|\\.)*)"/)[1]}"`);
  let section = "";
  for (const line of toml.split("\n")) {
    if (line.startsWith("[")) section = line.trim();
    else if (section === "[[scale]]" && line.startsWith("label =")) content.scale.push(dutch(line));
    else if (section === "[unknown]" && line.startsWith("label =")) content.unknown = dutch(line);
    else if (section === "[[dimension]]" && line.startsWith("name =")) content.dimensions.push({ name: dutch(line), items: [] });
    else if (section === "[[dimension]]" && line.startsWith("about =")) content.dimensions.at(-1).about = dutch(line);
    else if (section === "[[dimension.item]]" && line.startsWith("id =")) content.dimensions.at(-1).items.push({ id: line.match(/"(.*)"/)[1] });
    else if (section === "[[dimension.item]]" && line.startsWith("text =")) content.dimensions.at(-1).items.at(-1).text = dutch(line);
  }
  const items = content.dimensions.flatMap((d) => d.items);
  if (items.length < TAPS || content.scale.length !== 5 || !items.every((i) => i.text)) {
    throw new Error(`content/team.toml: expected at least ${TAPS} items and a 5-point scale`);
  }
  return content;
}

const head = (title, extra = "") => `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${extra}</head>`;

/** How a site embeds the team checklist: one empty element and the script. */
const teamOnlyPage = () => `${head("Checklist teams")}
<body>
<div data-checklist="team" data-lang="nl"></div>
<script src="checklist.js" defer></script>
</body>
</html>
`;

/** The floor: the same questions as native radio groups, no script, a few lines of CSS. */
function floorPage({ scale, unknown, dimensions }) {
  const options = [...scale, unknown];
  const style = `<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 1rem; }
fieldset { margin: 0 0 1rem; border: 1px solid #ccc; border-radius: 6px; }
label { display: block; padding: 0.5rem 0; }
</style>
`;
  const body = dimensions
    .map(
      (d) =>
        `<section>\n<h2>${escape(d.name)}</h2>\n<p>${escape(d.about)}</p>\n` +
        d.items
          .map(
            (item) =>
              `<fieldset>\n<legend>${escape(item.text)}</legend>\n` +
              options.map((o, i) => `<label><input type="radio" name="${item.id}" value="${i + 1}"> ${escape(o)}</label>\n`).join("") +
              `</fieldset>\n`,
          )
          .join("") +
        `</section>\n`,
    )
    .join("");
  return `${head("Checklist teams", style)}\n<body>\n<h1>Checklist teams</h1>\n${body}</body>\n</html>\n`;
}

/** The same questions in SurveyJS: one page, a panel of four radio groups per dimension. */
function surveyPage({ scale, unknown, dimensions }) {
  const json = {
    title: "Checklist teams",
    completeText: SHOW_RESULTS,
    pages: [
      {
        name: "checklist",
        elements: dimensions.map((d) => ({
          type: "panel",
          name: d.name,
          title: d.name,
          description: d.about,
          elements: d.items.map((item) => ({
            type: "radiogroup",
            name: item.id,
            title: item.text,
            choices: [...scale.map((text, i) => ({ value: i + 1, text })), { value: "unknown", text: unknown }],
          })),
        })),
      },
    ],
  };
  // The default theme without its @font-face rules, which fetch Open Sans from Google's CDN
  // (unreachable here); the fonts fall back to the system's sans-serif.
  const links = `<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script>
`;
  return `${head("Checklist teams", links)}
<body>
<div id="survey"></div>
<script>
const survey = new Survey.Model(${JSON.stringify(json)});
SurveyUI.renderSurvey(survey, document.getElementById("survey"));
</script>
</body>
</html>
`;
}

/**
 * Writes every page into a temporary folder: per dist a copy of it plus `team.html`, then
 * `surveyjs/` and `floor/`. Returns the folder and the pages in the order they are loaded.
 */
async function generatePages(dists) {
  const folder = await mkdtemp(join(tmpdir(), "benchmark-phone-"));
  const content = await teamContent();
  const ours = [];
  const labels = new Set();
  for (const dist of dists) {
    let label = basename(resolve(dist));
    while (labels.has(label)) label += "′";
    labels.add(label);
    const dir = `dist-${labels.size}`;
    await cp(dist, join(folder, dir), { recursive: true });
    await writeFile(join(folder, dir, "team.html"), teamOnlyPage());
    ours.push({ label, dir });
  }
  await mkdir(join(folder, "surveyjs"));
  for (const file of ["survey-core/survey.core.min.js", "survey-core/survey-core.fontless.min.css", "survey-js-ui/survey-js-ui.min.js"]) {
    await cp(join(ROOT, "node_modules", file), join(folder, "surveyjs", basename(file)));
  }
  await writeFile(join(folder, "surveyjs/index.html"), surveyPage(content));
  await mkdir(join(folder, "floor"));
  await writeFile(join(folder, "floor/index.html"), floorPage(content));

  // How each kind of page shows a question, an option and the results. `host` is the element
  // whose (open) shadow root holds the questions; playwright's CSS locators look inside it too.
  const widget = {
    host: '[data-checklist="team"]',
    question: "fieldset",
    option: "label",
    finish: { button: SHOW_RESULTS, done: ".ckl-results" },
  };
  const pages = [
    ...ours.map(({ label, dir }) => ({ name: `${label} team-only`, path: `${dir}/team.html`, ...widget })),
    ...ours.map(({ label, dir }) => ({ name: `${label} demo`, path: `${dir}/index.html`, ...widget })),
    {
      name: "SurveyJS",
      path: "surveyjs/index.html",
      host: null,
      question: ".sd-question",
      option: "label",
      finish: { button: SHOW_RESULTS, done: ".sd-completedpage" },
    },
    { name: "floor", path: "floor/index.html", host: null, question: "fieldset", option: "label", finish: null },
  ];
  return { folder, pages, after: ours.at(-1).label };
}

// ---------------------------------------------------------------------------------------------
// One load of one page
// ---------------------------------------------------------------------------------------------

/** Runs in the page before its own scripts: records when the first question is visible (polled
 * once per animation frame, stopping there), the long tasks, the slow events and the clicks. */
function recorder({ host, question }) {
  window.__longTasks = [];
  window.__events = [];
  window.__clicks = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const { name, startTime: start, duration, interactionId: interaction, processingStart, processingEnd } = e;
      window.__events.push({ name, start, duration, interaction, processingStart, processingEnd });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  addEventListener("click", () => window.__clicks++, true);
  const poll = () => {
    const root = host ? document.querySelector(host)?.shadowRoot : document;
    const first = root?.querySelector(question);
    if (first && first.getBoundingClientRect().height > 0) window.__firstQuestion = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * In the page, after a tap that started at `start`: waits up to 500 ms for its Event Timing
 * entries, then gives the tap's duration (its longest entry with an interactionId) and, for the
 * frame that entry ends in, the parts: input delay (until the first handler of that frame ran),
 * handlers (all event handlers of that frame) and the rest until the next paint.
 */
function tapFigures(start) {
  return new Promise((done) => {
    const deadline = performance.now() + 500;
    const look = () => {
      const mine = window.__events.filter((e) => e.start >= start);
      const interactions = mine.filter((e) => e.interaction > 0);
      if (!interactions.length && performance.now() < deadline) return setTimeout(look, 20);
      if (!interactions.length) return done({ duration: 16, parts: null });
      const longest = interactions.reduce((a, b) => (b.duration > a.duration ? b : a));
      const end = longest.start + longest.duration;
      const frame = mine.filter((e) => Math.abs(e.start + e.duration - end) < 8); // durations are rounded to 8 ms
      const firstHandler = Math.min(...frame.map((e) => e.processingStart));
      const lastHandler = Math.max(...frame.map((e) => e.processingEnd));
      const handlers = frame.reduce((sum, e) => sum + e.processingEnd - e.processingStart, 0);
      done({
        duration: longest.duration,
        parts: { delay: firstHandler - Math.min(...frame.map((e) => e.start)), handlers, paint: end - lastHandler },
      });
    };
    look();
  });
}

const inPage = (page, fn, arg) => page.evaluate(fn, arg);
const twoFrames = (page) => inPage(page, () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function measure(browser, baseUrl, spec, { keepBytes }) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(recorder, { host: spec.host, question: spec.question });
  const page = await context.newPage();
  const responses = [];
  page.on("response", (response) => responses.push(response));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: LOAD_SLOWDOWN });

  // Loading, 4×: until the first question shows and the load event fired, then until a second
  // passes without a long task (at most 5 s more).
  await page.goto(baseUrl + spec.path);
  await page.waitForFunction(() => window.__firstQuestion, null, { timeout: 60_000 });
  const settleStart = Date.now();
  for (;;) {
    await page.waitForTimeout(250);
    const quiet = await inPage(page, () => {
      const last = window.__longTasks.at(-1);
      return performance.now() - (last ? last.start + last.duration : 0);
    });
    if (quiet > 1000 || Date.now() - settleStart > 5000) break;
  }
  const load = await inPage(page, () => ({
    firstQuestion: window.__firstQuestion,
    longTasks: window.__longTasks.reduce((sum, t) => sum + t.duration, 0),
    blocking: window.__longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  }));

  // Tapping, 6×: the third option of each question, one at a time. A tap's figure is the
  // longest Event Timing entry of its interaction (pointerdown, pointerup, click): from the
  // touch to the next paint. Entries under 16 ms are not reported; such a tap counts as 16.
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: TAP_SLOWDOWN });
  const scope = spec.host ? page.locator(spec.host) : page;
  const questions = scope.locator(spec.question);
  // The same number of taps on every page (the checklist's length may differ between builds).
  const count = Math.min(TAPS, await questions.count());
  const taps = [];
  const parts = [];
  for (let i = 0; i < count; i++) {
    const option = questions.nth(i).locator(spec.option).nth(2);
    await option.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150); // a moment between taps, as a person takes (deferred work runs)
    await twoFrames(page);
    const { start, clicks } = await inPage(page, () => ({ start: performance.now(), clicks: window.__clicks }));
    await option.tap();
    await page.waitForFunction((before) => window.__clicks > before, clicks);
    await twoFrames(page);
    const tap = await inPage(page, tapFigures, start);
    taps.push(tap.duration);
    if (tap.parts) parts.push(tap.parts);
  }
  const root = spec.host ? `document.querySelector('${spec.host}').shadowRoot` : "document";
  const checked = await page.evaluate(`${root}.querySelectorAll("input[type=radio]:checked").length`);
  if (checked !== count) console.warn(`  ${spec.name}: ${checked} of ${count} questions answered after the taps`);

  // "Show results" (SurveyJS: complete) → the results in the next animation frame, 6×.
  let results = null;
  if (spec.finish) {
    results = await inPage(
      page,
      ({ host, button, done }) =>
        new Promise((finish) => {
          const root = host ? document.querySelector(host).shadowRoot : document;
          const target = [...root.querySelectorAll("button, input[type=button], input[type=submit]")].find(
            (b) => (b.textContent || b.value).trim() === button,
          );
          const start = performance.now();
          target.click();
          const wait = () => (root.querySelector(done) ? finish(performance.now() - start) : requestAnimationFrame(wait));
          wait();
        }),
      { host: spec.host, ...spec.finish },
    );
  }

  let bytes = null;
  if (keepBytes) {
    bytes = 0;
    for (const response of responses) {
      try {
        bytes += gz(await response.body());
      } catch {} // no body (a redirect, say)
    }
  }
  await context.close();
  return { ...load, taps, parts, tapP75: p75(taps), tapMax: Math.max(...taps), results, bytes };
}

// ---------------------------------------------------------------------------------------------
// The run and the table
// ---------------------------------------------------------------------------------------------

export async function phoneBenchmark(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      phone: { type: "boolean" },
      runs: { type: "string", default: "5" },
      dist: { type: "string", multiple: true },
      only: { type: "string" },
    },
  });
  const only = values.only?.split(",").filter(Boolean);
  const runs = Number(values.runs);
  const dists = values.dist ?? [DIST];
  const started = Date.now();
  const generated = await generatePages(dists);
  const { folder, after } = generated;
  const pages = generated.pages.filter((page) => !only || only.some((part) => page.name.includes(part)));
  if (!pages.length) throw new Error(`--only ${values.only}: no such page`);
  const site = await serve(folder, { background: true });
  const browser = await launch();
  const chromium = browser.version();
  const results = new Map(pages.map((p) => [p.name, []]));
  try {
    // One load not counted: the first load after the browser starts is slower for every page.
    await measure(browser, site.url, pages[0], { keepBytes: false });
    for (let run = 0; run < runs; run++) {
      for (const spec of pages) {
        const figures = await measure(browser, site.url, spec, { keepBytes: run === 0 });
        results.get(spec.name).push(figures);
        console.log(
          `run ${run + 1}/${runs} ${spec.name}: first question ${figures.firstQuestion.toFixed(0)} ms, ` +
            `taps p75 ${figures.tapP75} max ${figures.tapMax} ms (${figures.taps.join(" ")})`,
        );
      }
    }
  } finally {
    await browser.close();
    site.server.close();
    await rm(folder, { recursive: true, force: true });
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);

  // One figure of one page: the median over the loads, and the range.
  const figure = (name, key) => {
    const xs = results.get(name).map((r) => r[key]);
    return xs.some((x) => x === null) ? null : { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const rows = [
    ["navigation → first question visible, 4× (ms)", "firstQuestion"],
    ["long tasks while loading, 4×: total duration (ms)", "longTasks"],
    ["… of which beyond 50 ms each (blocking time, ms)", "blocking"],
    ["tap → next paint, p75 of 20 taps, 6× (ms)", "tapP75"],
    ["tap → next paint, slowest of 20 taps, 6× (ms)", "tapMax"],
    ['"show results" → results visible, 6× (ms)', "results"],
  ];
  const cell = (f) => (f === null ? "n/a" : `${f.median.toFixed(0)} (${f.min.toFixed(0)}–${f.max.toFixed(0)})`);
  const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : "n/a");
  const ourTeam = `${after} team-only`;
  const names = pages.map((p) => p.name);
  if (only) {
    const lines = [`Pages ${names.join(", ")}: median (min–max) of ${runs} alternating loads; run took ${minutes} min.`, ""];
    lines.push(`| | ${names.join(" | ")} |`, `|---|${names.map(() => "---:").join("|")}|`);
    for (const [label, key] of rows) lines.push(`| ${label} | ${names.map((name) => cell(figure(name, key))).join(" | ")} |`);
    const slowest = (name) => Math.max(...results.get(name).flatMap((r) => r.taps)).toFixed(0);
    lines.push(`| slowest tap of all ${runs} loads, 6× (ms) | ${names.map(slowest).join(" | ")} |`);
    console.log(`\n${lines.join("\n")}`);
    return;
  }
  const lines = [
    `Phone profile: Chromium ${chromium}, 390×844 touch viewport at DPR 2, CPU ${LOAD_SLOWDOWN}× slower ` +
      `while loading and ${TAP_SLOWDOWN}× while tapping. Median (min–max) of ${runs} alternating loads per page; ` +
      `run took ${minutes} min.`,
    "",
    `| | ${names.join(" | ")} | ${ourTeam} ÷ SurveyJS | ${ourTeam} ÷ floor |`,
    `|---|${names.map(() => "---:").join("|")}|---:|---:|`,
  ];
  for (const [label, key] of rows) {
    const cells = names.map((name) => cell(figure(name, key)));
    lines.push(`| ${label} | ${cells.join(" | ")} | ${ratio(figure(ourTeam, key), figure("SurveyJS", key))} | ${ratio(figure(ourTeam, key), figure("floor", key))} |`);
  }
  const worst = (name) => Math.max(...results.get(name).flatMap((r) => r.taps));
  lines.push(`| slowest tap of all ${runs} loads, 6× (ms) | ${names.map((n) => worst(n).toFixed(0)).join(" | ")} | | |`);
  const part = (name, key) => median(results.get(name).flatMap((r) => r.parts.map((p) => p[key]))).toFixed(0);
  lines.push(
    `| slowest frame of a tap: input delay + handlers + rest until paint, median of all taps (ms) | ` +
      `${names.map((n) => `${part(n, "delay")} + ${part(n, "handlers")} + ${part(n, "paint")}`).join(" | ")} | | |`,
  );
  const bytes = (name) => results.get(name)[0].bytes;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  lines.push(
    `| everything the page loads, gzip -9 | ${names.map((n) => kb(bytes(n))).join(" | ")} | ` +
      `${(bytes(ourTeam) / bytes("SurveyJS")).toFixed(2)}× | ${(bytes(ourTeam) / bytes("floor")).toFixed(2)}× |`,
  );

  // The goals of issue 15, for every dist's pages.
  const med = (name, key) => figure(name, key).median;
  const check = (ok, text) => `- ${ok ? "met" : "**not met**"}: ${text}`;
  lines.push("", "Goals (medians of this run):");
  for (const label of names.filter((n) => n.endsWith(" team-only")).map((n) => n.replace(/ team-only$/, ""))) {
    const team = `${label} team-only`;
    const demo = `${label} demo`;
    const [tap, first] = [med(team, "tapP75"), med(team, "firstQuestion")];
    const [floorTap, floorFirst] = [med("floor", "tapP75"), med("floor", "firstQuestion")];
    const [sjsTap, sjsFirst] = [med("SurveyJS", "tapP75"), med("SurveyJS", "firstQuestion")];
    lines.push(
      "",
      `${label}:`,
      check(tap <= 1.25 * floorTap, `tap p75 at 6× within 1.25× of the floor: ${tap.toFixed(0)} ms vs ${floorTap.toFixed(0)} ms (${(tap / floorTap).toFixed(2)}×)`),
      check(
        worst(team) <= 100,
        `no tap beyond 100 ms (team-only, all loads): slowest ${worst(team).toFixed(0)} ms (the floor's slowest: ${worst("floor").toFixed(0)} ms)`,
      ),
      check(first <= 1.5 * floorFirst, `first question at 4× within 1.5× of the floor: ${first.toFixed(0)} ms vs ${floorFirst.toFixed(0)} ms (${(first / floorFirst).toFixed(2)}×)`),
      check(tap <= 0.35 * sjsTap && first <= 0.35 * sjsFirst, `both at most 0.35× of SurveyJS's: tap ${(tap / sjsTap).toFixed(2)}×, first question ${(first / sjsFirst).toFixed(2)}×`),
      check(bytes(team) <= 125 * 1024 && bytes(demo) <= 125 * 1024, `page loads ≤ 125 KB gzipped: team-only ${kb(bytes(team))}, demo ${kb(bytes(demo))}`),
      check(
        med(demo, "tapP75") <= 2 * floorTap && med(demo, "firstQuestion") <= 2 * floorFirst,
        `demo page within 2× of the floor on both: tap ${(med(demo, "tapP75") / floorTap).toFixed(2)}×, first question ${(med(demo, "firstQuestion") / floorFirst).toFixed(2)}×`,
      ),
    );
  }

  const report = lines.join("\n");
  console.log(`\n${report}`);
  await mkdir(join(ROOT, "target"), { recursive: true });
  await writeFile(join(ROOT, "target/benchmark-phone.md"), report + "\n");
  console.log("\n(also written to target/benchmark-phone.md)");
}
