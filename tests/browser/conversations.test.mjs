// Conversations without a server (issue 14): a team from pasted share links, and the leader seen
// by the team — the leader's self-rating beside the team's answers to the team version.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, seededPage, allButLast, answerOpen, serveDemoAndLaunch, axeViolations } from "./support.mjs";

const ours = serveDemoAndLaunch();
const LEADER = '[data-checklist="leadership"]';

/** Checklist `id` answered earlier with the `value`-th answer, all but the last statement: these
 * tests are about the conversation, not about giving answers (checklists.test.mjs). */
const almostAll = (id, value) => ({ [id]: allButLast(id, () => value) });

/** Answers every statement of `widget` still open with the `value`-th answer (1–5) and shows the results. */
async function complete(widget, value, show = "Toon mijn resultaten") {
  assert.ok((await answerOpen(widget, () => value)) >= 1, "the visitor gives at least one answer here");
  await widget.getByRole("button", { name: show }).click();
  await widget.locator(".ckl-results").waitFor();
}

async function openMirror(widget, label = "Zo ziet je team jou (voor leidinggevenden)") {
  await widget.locator(".ckl-more summary").click();
  await widget.getByRole("button", { name: label }).click();
  await widget.locator(".ckl-invite").waitFor();
}

test("a leader and three team members: the team's view beside the leader's own, from three members on", async () => {
  // The leader rates themself: (almost) always, everywhere.
  const { context, page, problems } = await seededPage(ours.browser, ours.site.url, almostAll("leadership", 5));
  const leader = page.locator(LEADER);
  await complete(leader, 5);
  await leader.getByRole("button", { name: "Antwoorden aanpassen" }).click();
  await openMirror(leader);
  const invite = await leader.locator(".ckl-invite input").inputValue();
  assert.equal(invite, `${ours.site.url.replace(/#.*$/, "")}#ckl-open=leadership-team`);

  // Each member opens the link on their own device, answers about the leader, and copies their link.
  // Three devices, so at the same time (each its own browser context).
  const links = await Promise.all(
    [2, 4, 5].map(async (value) => {
      const member = await seededPage(ours.browser, invite, almostAll("leadership-team", value));
      const widget = member.page.locator(LEADER);
      await widget.locator("fieldset").first().waitFor();
      assert.match(await widget.locator("fieldset legend").first().innerText(), /^1\. Mijn leidinggevende/);
      await complete(widget, value);
      const link = await widget.locator(".ckl-share-link").inputValue();
      assert.deepEqual(member.problems, []);
      await member.context.close();
      return link;
    }),
  );
  assert.ok(links.every((link) => link.includes("#ckl=leadership-team.")), links.join("\n"));

  // Two members: no team figures yet, so nobody's answers can be recognised.
  const area = leader.getByLabel(/Of plak de links/);
  await area.fill(`${links[0]}\n${links[1]}`);
  await leader.getByRole("button", { name: "Links toevoegen" }).click();
  await leader.locator(".ckl-team-count", { hasText: "2 teamleden" }).waitFor();
  assert.equal(await leader.locator(".ckl-banner").innerText(), "Nog 1 teamlid nodig: de teamscores verschijnen vanaf 3 teamleden.");
  const firstRow = () => leader.locator(".ckl-mirror-table tbody tr").first().locator("td").allInnerTexts();
  assert.deepEqual(await firstRow(), ["100", "–", "–"]);

  // The third: 25, 75 and 100 from the team, 100 from the leader.
  await area.fill(`en de mijne: ${links[2]}`);
  await leader.getByRole("button", { name: "Links toevoegen" }).click();
  await leader.locator(".ckl-team-count", { hasText: "3 teamleden" }).waitFor();
  assert.equal(await leader.locator(".ckl-banner").count(), 0);
  assert.deepEqual(await firstRow(), ["100", "67 (25–100)", "+33"]);
  assert.match(await leader.locator(".ckl-team h3").first().innerText(), /^Hier verschillen jij en je team het meest: /);
  const gaps = await leader.locator(".ckl-disagree").allInnerTexts();
  assert.ok(gaps.length === 5 && gaps.every((g) => /^.+\n+Je ziet jezelf hier 33 punten hoger dan je team je ziet\.\n+.+\?$/.test(g)), gaps.join("\n---\n"));
  // On a 320 px phone the four columns fit: the host page never scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, "no sideways scrolling at 320 px");
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ["nl", "en"]) {
  test(`axe (${lang}): the team overview with its paste box, and the leader's view of the team`, async () => {
    const { context, page } = await openPage(ours.browser, ours.site.url);
    const english = lang === "en";
    for (const id of ["team", "leadership"]) {
      const widget = page.locator(`[data-checklist="${id}"]`);
      await widget.locator("fieldset").first().waitFor();
      if (english) await widget.getByRole("button", { name: "English" }).click();
      await widget.locator(".ckl-more summary").click();
      const open = id === "team"
        ? (english ? "Make a team overview (for team leads)" : "Teamoverzicht maken (voor teamleiders)")
        : (english ? "How your team sees you (for managers)" : "Zo ziet je team jou (voor leidinggevenden)");
      await widget.getByRole("button", { name: open }).click();
      await widget.locator(".ckl-paste textarea").waitFor();
    }
    // A damaged link in the leader's view: its note, the waiting notice and the table are checked too.
    const leader = page.locator(LEADER);
    await leader.locator(".ckl-paste textarea").fill("#ckl=leadership-team.1.4444");
    await leader.locator(".ckl-paste button").click();
    await leader.locator(".ckl-file-notes li").first().waitFor();
    await leader.locator(".ckl-mirror-table").waitFor();
    assert.deepEqual(await axeViolations(page, '[data-checklist="team"]'), [], "team overview");
    assert.deepEqual(await axeViolations(page, LEADER), [], "the leader's view");
    await context.close();
  });
}
