// Site builders that allow only a code block and no file upload (Squarespace, Wix, …): the page
// holds nothing but what such a block can hold — dist/embed/code-block.html pasted into the
// builder's page — and the server has no other file of ours to give.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { DIST, serveDemoAndLaunch, seedAnswers, allButLast, answerOpen } from "./support.mjs";

const ours = serveDemoAndLaunch();

/** A builder's page around the pasted block; the server knows only this page. */
async function builderSite(body) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    if (request.url !== "/over-ons/checklist") return response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
  });
  server.unref();
  server.on("connection", (socket) => socket.unref());
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { server, requests, url: `http://127.0.0.1:${server.address().port}/over-ons/checklist` };
}

const PAGE = (block) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Checklist</title>
  <style>body { font: 18px Georgia, serif; } .sqs-block-code { margin: 2em auto; max-width: 46em; }</style></head>
  <body><header><nav><a href="/">Home</a></nav></header><main><h1>Doe de teamchecklist</h1>
  <div class="sqs-block code-block sqs-block-code">${block}</div></main><footer>© Praktijk</footer></body></html>`;

/** The team checklist answered earlier on the builder's site, all "vaak" but the last item:
 * these tests are about the code block, not about giving answers (checklists.test.mjs). */
const seedTeam = (page, site) => seedAnswers(page, site.url, { team: allButLast("team", () => 4) });

/** Gives the answers still open ("vaak") and shows the results; returns the first score. */
async function completeTeam(page) {
  const widget = page.locator('[data-checklist="team"]');
  assert.ok((await answerOpen(widget, () => 4)) >= 1, "the visitor gives at least one answer here");
  await widget.locator(".ckl-actions .ckl-primary").click();
  return widget.locator(".ckl-dimension-score").first().innerText();
}

test("the code block alone: the whole widget in one paste, nothing else to host", async () => {
  const block = await readFile(`${DIST}/embed/code-block.html`, "utf8");
  assert.doesNotMatch(block, /<script[^>]+src=|<link|href="(?!mailto:)/, "no file to upload or link to");
  const site = await builderSite(PAGE(block));
  const context = await ours.browser.newContext();
  const page = await context.newPage();
  await seedTeam(page, site);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(site.url);
  assert.match(await completeTeam(page), /75 van 100/);
  assert.deepEqual(site.requests.filter((url) => url !== "/favicon.ico"), ["/over-ons/checklist"]);
  assert.deepEqual(errors, []);
  await context.close();
  site.server.close();
});

test("the code block inserted after the page has loaded (builders that load pages by script)", async () => {
  const block = await readFile(`${DIST}/embed/code-block.html`, "utf8");
  const site = await builderSite(PAGE(""));
  const context = await ours.browser.newContext();
  const page = await context.newPage();
  await seedTeam(page, site);
  await page.goto(site.url);
  await page.waitForLoadState("load");
  // What such builders do: put the block's HTML in place, then run its scripts.
  await page.evaluate((html) => {
    const holder = document.querySelector(".sqs-block-code");
    holder.innerHTML = html;
    for (const old of holder.querySelectorAll("script")) {
      const script = document.createElement("script");
      script.textContent = old.textContent;
      old.replaceWith(script);
    }
  }, block);
  assert.match(await completeTeam(page), /75 van 100/);
  await context.close();
  site.server.close();
});

test("snippet.html has an absolute placeholder for every address", async () => {
  const snippet = await readFile(`${DIST}/embed/snippet.html`, "utf8");
  const pasted = snippet.slice(snippet.indexOf("<!-- BEGIN checklist -->"), snippet.indexOf("<!-- END checklist -->"));
  const addresses = [...pasted.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(addresses.length >= 2);
  for (const address of addresses) assert.match(address, /^https:\/\/www\.example\.nl\//);
});
