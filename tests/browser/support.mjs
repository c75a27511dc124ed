// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core.
import { createRequire } from "node:module";
import { before, after } from "node:test";
import { chromium, firefox } from "playwright-core";
import { fileURLToPath } from "node:url";
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
      "--disable-features=LocalNetworkAccessChecks",
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
