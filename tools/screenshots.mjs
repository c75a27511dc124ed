// Makes the README's screenshots from dist/: `node tools/screenshots.mjs` after `./dev build`.
// Not a test: it shows what a visitor sees, answering with a fixed, varied pattern.
import { launch, serveDist } from "../tests/browser/support.mjs";

const { server, url } = await serveDist();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
await page.goto(url);
const widget = page.locator('[data-checklist="team"]');
await widget.locator("fieldset").first().waitFor();
const pattern = [4, 3, 4, 5, 2, 3, 3, 2, 4, 4, 3, 5, 3, 2, 2, 3, 4, 4, 5, 4];
const items = widget.locator("fieldset");
for (let i = 0; i < (await items.count()); i++) {
  await items.nth(i).locator("label").nth(pattern[i % pattern.length] - 1).click();
}
await widget.getByRole("button", { name: "Toon mijn resultaten" }).click();
await widget.locator(".ckl-results").waitFor();
await page.mouse.move(0, 0);
await widget.locator(".ckl-results").screenshot({ path: "docs/results.png" });
await browser.close();
server.close();
console.log("wrote docs/results.png");
