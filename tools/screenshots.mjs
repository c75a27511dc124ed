// Makes the README's pictures from dist/: `node tools/screenshots.mjs` after `./dev build`.
// Not a test: it shows what a visitor sees, answering the team checklist with a fixed pattern.
//   docs/results.png          the results view on a laptop
//   docs/results-phone.png    the same on a 360 px wide phone
//   docs/print-page-N.png     the printed report (headless Chromium's PDF, pages made by pdftoppm)
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serveDist } from "../tests/browser/support.mjs";

const PATTERN = [4, 3, 4, 5, 2, 3, 3, 2, 4, 4, 3, 5, 3, 2, 2, 3, 4, 4, 5, 4];

async function resultsPage(browser, url, viewport) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(url);
  const widget = page.locator('[data-checklist="team"]');
  const items = widget.locator("fieldset");
  await items.first().waitFor();
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).locator("label").nth(PATTERN[i % PATTERN.length] - 1).click();
  await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
  await widget.locator(".ckl-results").waitFor();
  await page.mouse.move(0, 0);
  return { page, widget };
}

const { server, url } = await serveDist();
const browser = await launch();

const desktop = await resultsPage(browser, url, { width: 900, height: 1200 });
await desktop.widget.locator(".ckl-results").screenshot({ path: "docs/results.png" });
const phone = await resultsPage(browser, url, { width: 360, height: 740 });
await phone.page.screenshot({ path: "docs/results-phone.png", clip: { x: 0, y: await phone.widget.locator(".ckl-results").evaluate((el) => el.getBoundingClientRect().top + scrollY), width: 360, height: 1400 }, fullPage: true });

await desktop.page.evaluate(() => (window.print = () => {}));
await desktop.widget.getByRole("button", { name: "Afdrukken of opslaan als pdf" }).click();
const dir = await mkdtemp(join(tmpdir(), "print-"));
await desktop.page.pdf({ path: join(dir, "report.pdf"), format: "A4", preferCSSPageSize: true });
execFileSync("pdftoppm", ["-png", "-r", "60", join(dir, "report.pdf"), join(dir, "print-page")]);
for (const [i, file] of (await readdir(dir)).filter((f) => f.endsWith(".png")).sort().entries()) {
  await copyFile(join(dir, file), `docs/print-page-${i + 1}.png`);
}
await browser.close();
server.close();
console.log("wrote docs/results.png, docs/results-phone.png, docs/print-page-*.png");
