// "Stuur mijn resultaten naar de praktijk": the preview shows the address, subject and text, and
// its link's mailto: says exactly that. The link is read, never followed: no mail program opens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { seededPage, allButLast, answerOpen, isFocused, serveDemoAndLaunch } from "./support.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
/** The bound of core/src/mail.rs (MAX_HREF). */
const MAX_HREF = 1800;

const ours = serveDemoAndLaunch();

async function violations(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([selector, tags]) => {
      const result = await window.axe.run({ include: [[selector]] }, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    },
    [selector, WCAG],
  );
}

/** The demo page with `id` answered earlier, all `value` but the last statement: these tests are
 * about the mail, not about giving answers (checklists.test.mjs). */
const almostAnswered = (id, value) => seededPage(ours.browser, ours.site.url, { [id]: allButLast(id, () => value) });

/** Gives the answers still open in `widget` (the `value`-th label) and shows the results. */
async function complete(widget, value, show) {
  await answerOpen(widget, () => value);
  await widget.getByRole("button", { name: show }).click();
  await widget.locator(".ckl-results").waitFor();
}

/** The preview as shown, and the link's parts decoded. Throws on a malformed link. */
async function readPreview(widget) {
  const preview = widget.locator(".ckl-mail");
  const shown = {
    to: await preview.locator(".ckl-mail-to").textContent(),
    subject: await preview.locator(".ckl-mail-subject").textContent(),
    // textContent, not innerText: the text exactly as rendered, whatever the layout.
    body: await preview.locator(".ckl-mail-body").textContent(),
  };
  const href = await preview.locator("a.ckl-mail-open").getAttribute("href");
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href);
  assert.ok(match, `one address, one subject, one body: ${href}`);
  // Only unreserved characters and whole escapes (RFC 6068, as the core encodes).
  assert.match(match[2] + match[3], /^([A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
  const sent = {
    to: match[1],
    subject: decodeURIComponent(match[2]),
    body: decodeURIComponent(match[3]).replaceAll("\r\n", "\n"),
  };
  return { shown, sent, href };
}

for (const lang of ["nl", "en"]) {
  const t = lang === "nl"
    ? { show: "Toon mijn resultaten", send: "Stuur mijn resultaten naar de praktijk", open: "Open in mijn mailprogramma",
        cancel: "Annuleren", subject: /^Mijn resultaten: Checklist teams \(\d{1,2} [a-z]+ \d{4}\)$/, level: "Gevorderd",
        nothing: "De checklist verstuurt zelf niets" }
    : { show: "Show my results", send: "Send my results to the practice", open: "Open in my mail program",
        cancel: "Cancel", subject: /^My results: Team checklist \(\d{1,2} [A-Z][a-z]+ \d{4}\)$/, level: "Advanced",
        nothing: "The checklist sends nothing itself" };

  test(`mail to the practice (${lang}): the preview shows exactly what the mailto: link carries`, async () => {
    const { context, page, problems } = await almostAnswered("team", 4);
    const widget = page.locator('[data-checklist="team"]');
    await widget.locator("fieldset").first().waitFor();
    if (lang === "en") await widget.getByRole("button", { name: "English" }).click();
    await complete(widget, 4, t.show);
    const url = page.url();

    const button = widget.getByRole("button", { name: t.send });
    await button.click();
    const heading = widget.locator(".ckl-mail-title");
    await heading.waitFor();
    assert.equal(await isFocused(heading), true, "the preview's heading has the focus");
    assert.match(await widget.locator(".ckl-mail").textContent(), new RegExp(t.nothing));

    const { shown, sent, href } = await readPreview(widget);
    assert.deepEqual(sent, shown, "the link carries what the preview shows");
    assert.ok(href.length <= MAX_HREF, `${href.length} characters`);
    // The demo page's data-contact="mailto:hallo@example.nl" gives the address.
    assert.equal(shown.to, "hallo@example.nl");
    assert.match(shown.subject, t.subject);
    const dimensions = await widget.locator(".ckl-dimension-result h4").allTextContents();
    assert.ok(dimensions.length >= 4);
    for (const name of dimensions) assert.ok(shown.body.includes(`- ${name}: 75 (${t.level})\n`), `${name} in ${shown.body}`);
    const shareLink = await widget.locator(".ckl-share-link").inputValue();
    assert.ok(shown.body.includes(`\n${shareLink}\n`), "the share link is in the text");
    // "&" in a theme's name is escaped in the link, not read as the start of another field.
    assert.ok(href.includes("%26"));

    assert.deepEqual(await violations(page, '[data-checklist="team"]'), [], "the preview");

    // The link is a plain link to the visitor's mail program; it is never followed here.
    const open = widget.getByRole("link", { name: t.open });
    assert.equal(await open.count(), 1);
    await widget.getByRole("button", { name: t.cancel }).click();
    await widget.locator(".ckl-mail").waitFor({ state: "detached" });
    assert.equal(await isFocused(button), true, "back on the button after cancel");
    assert.equal(page.url(), url, "nothing navigated");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("mail to the practice: data-mail decides, a hostile address or none gives no action", async () => {
  // The reflection answered earlier, all but the last statement; the four widgets below share it.
  const { context, page, problems } = await almostAnswered("change", 4);
  await page.locator('[data-checklist="team"] fieldset').first().waitFor();
  // Our own widgets instead of the demo's (those leave and stop).
  await page.evaluate(() => {
    document.querySelector("main").innerHTML = `
      <div id="own" data-checklist="change" data-lang="nl" data-mail="praktijk@example.nl" data-contact="https://example.nl/contact"></div>
      <div id="hostile" data-checklist="change" data-lang="nl" data-mail="praktijk@example.nl?bcc=iemand@example.com" data-contact="mailto:hallo@example.nl"></div>
      <div id="off" data-checklist="change" data-lang="nl" data-mail="" data-contact="mailto:hallo@example.nl"></div>
      <div id="none" data-checklist="change" data-lang="nl" data-contact="https://example.nl/contact"></div>`;
  });
  for (const id of ["own", "hostile", "off", "none"]) {
    const widget = page.locator(`#${id}`);
    await complete(widget, 4, "Toon mijn resultaten");
    const offered = await widget.locator(".ckl-mail-action").count();
    assert.equal(offered, id === "own" ? 1 : 0, `${id}: the action is ${offered ? "" : "not "}there`);
  }
  const own = page.locator("#own");
  await own.locator(".ckl-mail-action").click();
  const { shown, sent } = await readPreview(own);
  assert.deepEqual(sent, shown);
  assert.equal(shown.to, "praktijk@example.nl");
  // The reflection's outcome is named, as on the screen.
  const outcome = await own.locator(".ckl-quadrant-name").textContent();
  assert.ok(shown.body.includes(`\n${outcome}\n`), `${outcome} in ${shown.body}`);
  assert.deepEqual(problems, []);
  await context.close();
});
