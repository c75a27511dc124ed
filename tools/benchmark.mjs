// The performance benchmark (not a test): builds the release and reports, in one run, the sizes
// and timings the README's Performance section quotes. `node tools/benchmark.mjs [runs]`.
// With `--phone [--runs N] [--dist DIR]...` it runs the phone profile instead (benchmark-phone.mjs).
// Timings are medians over several loads in headless Chromium; this machine is noisy, so read
// them as an order of magnitude, not as a pass/fail figure.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { launch, serveDist, ROOT, DIST } from "../tests/browser/support.mjs";
import { phoneBenchmark } from "./benchmark-phone.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv.includes("--phone")) await phoneBenchmark(process.argv.slice(2));
else await desktopBenchmark(Number(process.argv[2] ?? 7));

async function desktopBenchmark(RUNS) {

  console.log("building the release (./dev build) …");
  execFileSync(join(ROOT, "dev"), ["build"], { stdio: "inherit" });

  const file = (path) => readFile(join(ROOT, path));
  const wasm = await file("target/xtask/checklist_bg.wasm");
  const glue = await file("target/xtask/checklist_glue.js");
  const widgetCss = await file("style.css");
  const script = await file("dist/checklist.js");
  const single = await file("dist/checklist.html");
  const sizes = [
    ["wasm (after wasm-opt -Oz)", wasm],
    ["JS glue (wasm-bindgen, before the wasm is added)", glue],
    ["widget CSS (style.css, inside the wasm)", widgetCss],
    ["dist/checklist.js (glue + loader + wasm inside)", script],
    ["dist/checklist.html (single file)", single],
  ].map(([name, bytes]) => [name, bytes.length, gz(bytes), br(bytes)]);

  // Everything the demo page loads, and the timings.
  const site = await serveDist();
  const browser = await launch();
  const loads = { firstQuestion: [], afterUnpack: [], framesAfterUnpack: [], results: [], heap: [] };
  let transferred = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.addInitScript(() => {
      window.__frames = [];
      const tick = (t) => {
        window.__frames.push(t);
        const place = document.querySelector("[data-checklist]");
        if (!window.__firstQuestion && place?.shadowRoot?.querySelector("fieldset")) window.__firstQuestion = performance.now();
        if (!window.__firstQuestion) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const page = await context.newPage();
    const bodies = [];
    page.on("response", async (response) => {
      try {
        bodies.push([response.url(), await response.body()]);
      } catch {}
    });
    await page.goto(site.url);
    await page.waitForFunction(() => window.__firstQuestion);
    const t = await page.evaluate(() => {
      const unpacked = performance.getEntriesByName("checklist-widget:unpacked")[0]?.startTime;
      return { first: window.__firstQuestion, unpacked, frames: window.__frames.filter((f) => f >= unpacked).length };
    });
    loads.firstQuestion.push(t.first);
    loads.afterUnpack.push(t.first - t.unpacked);
    loads.framesAfterUnpack.push(t.frames);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    loads.heap.push(metrics.find((m) => m.name === "JSHeapUsedSize").value);

    const widget = page.locator('[data-checklist="team"]');
    const items = widget.locator("fieldset");
    for (let i = 0; i < (await items.count()); i++) await items.nth(i).locator("label").nth(2).click();
    const shown = await widget.locator(".ckl-actions .ckl-primary").evaluate(
      (button) =>
        new Promise((done) => {
          const root = button.getRootNode();
          const start = performance.now();
          button.click();
          const wait = () => (root.querySelector(".ckl-results") ? done(performance.now() - start) : requestAnimationFrame(wait));
          wait();
        }),
    );
    loads.results.push(shown);
    if (run === 0) transferred = bodies.map(([url, body]) => [new URL(url).pathname, body.length, gz(body)]);
    await context.close();
  }
  await browser.close();
  site.server.close();

  const lines = [];
  lines.push("| Part | raw | gzip -9 | brotli 11 |", "|---|---:|---:|---:|");
  for (const [name, raw, g, b] of sizes) lines.push(`| ${name} | ${kb(raw)} | ${kb(g)} | ${kb(b)} |`);
  lines.push("", "Everything the demo page loads:", "", "| Request | raw | gzip -9 |", "|---|---:|---:|");
  for (const [path, raw, g] of transferred) lines.push(`| \`${path}\` | ${kb(raw)} | ${kb(g)} |`);
  const total = transferred.reduce((sum, [, , g]) => sum + g, 0);
  lines.push(`| **total** | ${kb(transferred.reduce((s, [, r]) => s + r, 0))} | **${kb(total)}** |`);
  lines.push(
    "",
    `Timings, median of ${RUNS} loads in headless Chromium (this machine: 2 cores, shared):`,
    "",
    `- navigation → first question visible: ${median(loads.firstQuestion).toFixed(0)} ms`,
    `- wasm unpacked → first question visible: ${median(loads.afterUnpack).toFixed(0)} ms (${median(loads.framesAfterUnpack)} animation frame(s); compiling the wasm is part of this)`,
    `- "show results" → results visible: ${median(loads.results).toFixed(0)} ms`,
    `- JS heap after load: ${kb(median(loads.heap))}`,
    "",
    `Goal: everything the demo page loads ≤ 100 KB gzipped — ${total <= 100 * 1024 ? "met" : `not met (${kb(total)})`}.`,
  );
  const report = lines.join("\n");
  console.log(`\n${report}`);
  await writeFile(join(ROOT, "target/benchmark.md"), report + "\n");
  console.log("\n(also written to target/benchmark.md)");
}
