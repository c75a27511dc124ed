// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core.
import { createRequire } from "node:module";
import { before, after } from "node:test";
import { chromium, firefox } from "playwright-core";
import { fileURLToPath } from "node:url";
import { readdirSync, readFileSync } from "node:fs";
import { serve } from "../../tools/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = `${ROOT}dist`;

/** Which browser runs the tests: Chromium (default) or, with TEST_BROWSER=firefox, Debian's
 * Firefox ESR driven over WebDriver BiDi (playwright's "moz-firefox" channel; no download). */
export const BROWSER = process.env.TEST_BROWSER === "firefox" ? "firefox" : "chromium";

export async function launch() {
  if (BROWSER === "firefox") {
    return firefox.launch({
      channel: "moz-firefox",
      executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
      firefoxUserPrefs: { "network.dns.disableIPv6": true },
    });
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // The tests stand in for public sites with servers on 127.0.0.1: without this, Chromium
      // refuses one loopback origin's requests to another (Local Network Access).
      // WebUIOmniboxPopup, WebUIOmniboxAimPopup: Chromium's own address-bar drop-downs, which a
      // headless window never shows, are web pages of their own (chrome://omnibox-popup.top-chrome)
      // that every new window (every test's context) renders in a process of its own: about
      // half the CPU time of opening a context and loading the demo page.
      "--disable-features=LocalNetworkAccessChecks,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    ],
  });
}

/** What the driver can do in this browser. Over WebDriver BiDi, playwright cannot yet catch
 * downloads, emulate print or reduced-motion media, or print to PDF: those parts run in Chromium. */
export const CAN = {
  download: BROWSER === "chromium",
  emulateMedia: BROWSER === "chromium",
  pdf: BROWSER === "chromium",
};

/** `test` options that skip a test outside Chromium, saying why. */
export const onlyWhere = (able, what) => ({ skip: able ? false : `${what}: not available over WebDriver BiDi` });

export function serveDist(options) {
  return serve(DIST, { background: true, ...options });
}

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(browser, url, { viewport, locale } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, problems };
}

/** Today as the widget names files: yyyy-mm-dd in the browser's local time. */
export function localIsoDate(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `locator`'s element has the keyboard focus (also inside a shadow root). */
export function isFocused(locator) {
  return locator.evaluate((element) => element.getRootNode().activeElement === element);
}

/** For a test file: the demo served from dist/ and one browser, started before its tests and
 * closed after them. Read `ours.site` and `ours.browser` inside the tests. */
export function serveDemoAndLaunch() {
  const ours = {};
  before(async () => {
    ours.site = await serveDist();
    ours.browser = await launch();
  });
  after(async () => {
    await ours.browser?.close();
    ours.site?.server.close();
  });
  return ours;
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** axe's WCAG 2.2 A/AA violations inside `selector` (the whole page by default), as readable lines. */
export async function axeViolations(page, selector = null) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([selector, tags]) => {
      const result = await window.axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    },
    [selector, WCAG],
  );
}

/** The checklists as content/*.toml defines them: their version and, per dimension (or axis) in
 * order, the ids of its items. Read from the same files the widget is built from. */
export const CHECKLISTS = Object.fromEntries(
  readdirSync(`${ROOT}content`)
    .filter((name) => name.endsWith(".toml") && name !== "site.toml")
    .map((name) => [name.slice(0, -".toml".length), readChecklist(readFileSync(`${ROOT}content/${name}`, "utf8"))]),
);

function readChecklist(toml) {
  const checklist = { version: null, dimensions: [] };
  let table = "";
  for (const line of toml.split("\n")) {
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = header[1].trim();
      if (table === "dimension" || table === "axis") checklist.dimensions.push([]);
      continue;
    }
    const entry = /^\s*(\w+)\s*=\s*("([^"]*)"|\d+)/.exec(line);
    if (!entry) continue;
    if (table === "" && entry[1] === "version") checklist.version = Number(entry[2]);
    if ((table === "dimension.item" || table === "axis.item") && entry[1] === "id") checklist.dimensions.at(-1).push(entry[3]);
  }
  return checklist;
}

/** Where the widget keeps the answers to checklist `id` (core/src/storage.rs). */
export const answersKey = (id) => `checklist-widget/v1/${id}/answers`;

/** The answers to checklist `id` as the widget keeps them: `pick(d, i, n)` for item i of
 * dimension d (item n of the whole checklist) — 1–5, "?" for "weet ik niet", or null to leave it
 * open. */
export function savedAnswers(id, pick) {
  const { version, dimensions } = CHECKLISTS[id];
  const answers = {};
  let n = 0;
  dimensions.forEach((items, d) =>
    items.forEach((item, i) => {
      const answer = pick(d, i, n++);
      if (answer !== null && answer !== undefined) answers[item] = answer;
    }),
  );
  return JSON.stringify({ format: "checklist-results", schema: 1, checklist: id, version, answers });
}

/** `pick` for all but the last item of a checklist: that one stays open, for the test to click. */
export const allButLast = (id, pick) => {
  const { dimensions } = CHECKLISTS[id];
  return (d, i, n) => (d === dimensions.length - 1 && i === dimensions[d].length - 1 ? null : pick(d, i, n));
};

/**
 * Answers given earlier, put where the widget keeps them before the first load of a page under
 * `base` (an http(s) or file: address) in `page` (or in each page of a context): as a visitor who
 * answered before in this browser and comes back. For tests that are about what comes after the answers, not about giving them
 * (checklists.test.mjs and a11y.test.mjs click or type every answer). `seeds`: { team: pick, … }
 * (see `savedAnswers`). Only on the page's first load of that origin, and never over a value
 * already there: a reload shows what the widget itself kept.
 */
export async function seedAnswers(pageOrContext, base, seeds) {
  const entries = Object.entries(seeds).map(([id, pick]) => [answersKey(id), savedAnswers(id, pick)]);
  const origin = new URL(base).protocol === "file:" ? "file://" : new URL(base).origin;
  await pageOrContext.addInitScript(
    ([origin, entries]) => {
      if (!location.href.startsWith(origin)) return;
      try {
        if (sessionStorage.getItem("checklist-test/seeded")) return;
        sessionStorage.setItem("checklist-test/seeded", "1");
        for (const [key, value] of entries) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      } catch {
        // Storage blocked (a sandboxed frame): nothing to seed.
      }
    },
    [origin, entries],
  );
}

/** `openPage` with answers given earlier (`seedAnswers`). */
export async function seededPage(browser, url, seeds, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: options.viewport, locale: options.locale });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await seedAnswers(page, url, seeds);
  await page.goto(url);
  return { context, page, problems };
}

/** Clicks `pick(index)` (1–5, the n-th label) in every item of `widget` that is still open,
 * as the visitor finishes what they began. Finds the open items in one look. */
export async function answerOpen(widget, pick) {
  const items = widget.locator("fieldset");
  await items.first().waitFor();
  const open = await items.evaluateAll((sets) => sets.flatMap((set, i) => (set.querySelector("input:checked") ? [] : [i])));
  for (const i of open) await items.nth(i).locator("label").nth(pick(i) - 1).click();
  return open.length;
}
