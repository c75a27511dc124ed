// The WordPress plugin in a real WordPress (Debian's 6.1 packages, started by services.sh on
// 127.0.0.1): an administrator uploads dist/wordpress/checklist-widget.zip through
// Plugins → Add New → Upload and sets the contact link; an author (no script rights, no
// unfiltered HTML) publishes posts with the shortcode and the block; a visitor completes a
// checklist and downloads a summary, with no cookie and no request outside the site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, launch, localIsoDate } from "../browser/support.mjs";

// Its own directory per run (by port): two runs on one machine never share a database.
let STATE;
const SERVICES = join(ROOT, "tests/wordpress/services.sh");
const ADMIN = { user: "beheerder", password: "test-only-admin-password" };
const AUTHOR = { user: "auteur", password: "test-only-author-password" };

let site; // "http://127.0.0.1:<port>"
let browser;

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function services(...args) {
  const run = spawnSync("bash", [SERVICES, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (run.status !== 0) throw new Error(`services.sh ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
}

/** A browser-less visitor with a cookie jar, enough to use WordPress's forms and REST API. */
class Client {
  cookies = new Map();

  async request(path, { method = "GET", form, json, body, headers = {} } = {}) {
    const init = { method, redirect: "manual", headers: { ...headers } };
    if (form) init.body = new URLSearchParams(form);
    if (body) init.body = body;
    if (json) {
      init.body = JSON.stringify(json);
      init.headers["Content-Type"] = "application/json";
    }
    if (this.cookies.size) init.headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(`${site}${path}`, { ...init, method: init.body && method === "GET" ? "POST" : method });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return { status: response.status, location: response.headers.get("location"), text: await response.text() };
  }

  async login({ user, password }) {
    this.cookies.set("wordpress_test_cookie", "WP%20Cookie%20check");
    const answer = await this.request("/wp-login.php", {
      form: { log: user, pwd: password, "wp-submit": "Log In", redirect_to: `${site}/wp-admin/`, testcookie: "1" },
    });
    assert.equal(answer.status, 302, `${user} can log in`);
    assert.ok([...this.cookies.keys()].some((k) => k.startsWith("wordpress_logged_in_")), `${user} is logged in`);
  }

  /** The REST API as the logged-in user (cookie + nonce; application passwords need https). */
  async rest(route, json) {
    this.nonce ??= (await this.request("/wp-admin/admin-ajax.php?action=rest-nonce")).text;
    const answer = await this.request(`/?rest_route=${encodeURIComponent(route)}`, {
      method: "POST",
      json,
      headers: { "X-WP-Nonce": this.nonce },
    });
    const value = JSON.parse(answer.text);
    assert.ok(answer.status < 300, `${route}: ${answer.status} ${answer.text.slice(0, 300)}`);
    return value;
  }
}

const unescape = (html) => html.replaceAll("&amp;", "&").replaceAll("&#038;", "&");
const nonceIn = (html, name = "_wpnonce") => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];

before(async () => {
  const port = await freePort();
  STATE = process.env.WORDPRESS_TEST_DIR ?? join(tmpdir(), `checklist-widget-wordpress-${port}`);
  services("start", STATE, String(port));
  site = `http://127.0.0.1:${port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (STATE) services("stop", STATE);
});

const admin = new Client();
const author = new Client();
const posts = {};

test("the plugin's PHP parses (php -l)", () => {
  for (const file of ["checklist-widget.php", "uninstall.php"]) {
    const lint = spawnSync("php", ["-l", join(ROOT, "wordpress/checklist-widget", file)], { encoding: "utf8" });
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  }
});

test("WordPress installs (Dutch) and the administrator uploads and activates the plugin zip", async () => {
  const install = await new Client().request("/wp-admin/install.php?step=2", {
    form: {
      weblog_title: "Verandering in praktijk",
      user_name: ADMIN.user,
      admin_password: ADMIN.password,
      admin_password2: ADMIN.password,
      pw_weak: "1",
      admin_email: "beheer@example.nl",
      blog_public: "0",
      language: "nl_NL",
    },
  });
  assert.equal(install.status, 200);
  await admin.login(ADMIN);

  const form = await admin.request("/wp-admin/plugin-install.php?tab=upload");
  const upload = new FormData();
  upload.set("_wpnonce", nonceIn(form.text));
  upload.set("_wp_http_referer", "/wp-admin/plugin-install.php?tab=upload");
  const zip = await readFile(`${DIST}/wordpress/checklist-widget.zip`);
  upload.set("pluginzip", new Blob([zip], { type: "application/zip" }), "checklist-widget.zip");
  upload.set("install-plugin-submit", "Install Now");
  const installed = await admin.request("/wp-admin/update.php?action=upload-plugin", { method: "POST", body: upload });
  const activate = installed.text.match(/href="([^"]*plugins\.php\?action=activate[^"]*checklist-widget[^"]*)"/)?.[1];
  assert.ok(activate, `an activate link after the upload:\n${installed.text.replace(/<[^>]+>/g, " ").slice(-1500)}`);
  const activated = await admin.request(`/wp-admin/${unescape(activate).replace(/^.*wp-admin\//, "")}`);
  assert.equal(activated.status, 302);
  const plugins = await admin.request("/wp-admin/plugins.php");
  assert.match(plugins.text, /plugins\.php\?action=deactivate[^"]*checklist-widget/, "the plugin is active");
});

test("Settings → Checklist keeps a safe contact link and refuses a script link", async () => {
  const save = async (contact) => {
    const page = await admin.request("/wp-admin/options-general.php?page=checklist-widget");
    const answer = await admin.request("/wp-admin/options.php", {
      form: {
        option_page: "checklist_widget",
        action: "update",
        _wpnonce: nonceIn(page.text),
        _wp_http_referer: "/wp-admin/options-general.php?page=checklist-widget",
        checklist_widget_contact: contact,
        checklist_widget_offline: "1",
      },
    });
    assert.equal(answer.status, 302);
    return (await admin.request("/wp-admin/options-general.php?page=checklist-widget")).text.match(
      /id="checklist_widget_contact"[^>]*value="([^"]*)"/,
    )[1];
  };
  assert.equal(await save("javascript:alert(1)"), "");
  assert.equal(await save("mailto:hallo@example.nl"), "mailto:hallo@example.nl");
});

test("an author (not an administrator) publishes posts with the shortcode and the block", async () => {
  await admin.rest("/wp/v2/users", {
    username: AUTHOR.user,
    email: "auteur@example.nl",
    password: AUTHOR.password,
    roles: ["author"],
  });
  await author.login(AUTHOR);
  const publish = async (title, content) => {
    const post = await author.rest("/wp/v2/posts", { title, content, status: "publish" });
    return post.link;
  };
  posts.shortcode = await publish(
    "Teamchecklist",
    '<!-- wp:shortcode -->\n[checklist type="team"]\n<!-- /wp:shortcode -->\n' +
      "<!-- wp:html -->\n<script>document.title = 'script ran';</script>\n<!-- /wp:html -->",
  );
  posts.block = await publish(
    "Welke vorm van verandering?",
    '<!-- wp:checklist-widget/checklist {"type":"change","lang":"en","contact":"https://example.nl/contact"} /-->',
  );
  posts.hostile = await publish(
    "Vreemde invoer",
    '[checklist type="&quot;&gt;&lt;script&gt;x()&lt;/script&gt;" contact="javascript:alert(1)" lang="xx"]',
  );
  posts.none = await publish("Zonder checklist", "<!-- wp:paragraph --><p>Gewoon tekst.</p><!-- /wp:paragraph -->");
  const page = await new Client().request(posts.shortcode.replace(site, ""));
  assert.equal(page.text.includes("<script>document.title"), false, "WordPress removed the author's <script> (as FIELD.md says)");
  assert.equal(
    page.text.match(/<div class="checklist-widget"[^>]*>/)?.[0],
    `<div class="checklist-widget" data-checklist="team" data-contact="mailto:hallo@example.nl" data-offline-href="${site}/wp-content/plugins/checklist-widget/checklist.html">`,
  );
  const hostile = await new Client().request(posts.hostile.replace(site, ""));
  const place = hostile.text.match(/<div class="checklist-widget"[^>]*>/)[0];
  assert.match(place, /data-checklist="team"/, "an unknown type becomes the team checklist");
  assert.doesNotMatch(place, /javascript:|data-lang|<script/, "no script link, no unknown language");
});

test("a visitor completes the checklist and downloads a summary: no cookie, no request outside the site", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(posts.shortcode);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  assert.equal(await widget.getByText("Deze checklist heeft JavaScript nodig").isVisible(), false, "the fallback text is hidden");
  const items = widget.locator("fieldset");
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).locator("label").nth(3).click();
  await widget.locator(".ckl-actions .ckl-primary").click();
  await widget.locator(".ckl-results").waitFor();
  assert.match(await widget.locator(".ckl-dimension-score").first().innerText(), /75 van 100/, "in Dutch: the site's language");
  assert.equal(await widget.getByRole("link", { name: "Neem contact op" }).first().getAttribute("href"), "mailto:hallo@example.nl");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    widget.getByRole("button", { name: "Download samenvatting (HTML)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `checklist-team-${localIsoDate()}.html`);
  const summary = await readFile(await download.path(), "utf8");
  assert.match(summary, /<td>Gevorderd<\/td><td>vaak<\/td><td>75<\/td>/);
  assert.match(summary, /mailto:hallo@example.nl/);

  const offline = await widget.getByRole("link", { name: "Download voor offline gebruik" }).getAttribute("href");
  const copy = await fetch(offline);
  assert.equal(copy.status, 200, "the offline copy is served from the plugin");
  assert.match(await copy.text(), /data-checklist="team"/);

  assert.deepEqual(await context.cookies(), [], "no cookie for a visitor");
  assert.deepEqual(requests.filter((url) => !url.startsWith(site)), [], "no request outside the site");
  assert.ok(requests.some((url) => url.includes("/wp-content/plugins/checklist-widget/checklist.js")));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the block shows the reflection in English; pages without a checklist do not load the script", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(posts.block);
  const widget = page.locator('[data-checklist="change"]');
  await widget.locator("fieldset").first().waitFor();
  assert.equal(await widget.getAttribute("data-lang"), "en");
  assert.equal(await widget.getAttribute("data-contact"), "https://example.nl/contact");
  assert.match(await widget.locator(".ckl").first().innerText(), /answered/);

  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(posts.none);
  await page.goto(site);
  assert.deepEqual(requests.filter((url) => url.includes("checklist-widget")), [], "no widget script where no checklist is");
  await context.close();
});

test("in the editor, an author finds the block Checklist", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site}/wp-login.php`);
  await page.fill("#user_login", AUTHOR.user);
  await page.fill("#user_pass", AUTHOR.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click("#wp-submit")]);
  await page.goto(`${site}/wp-admin/post-new.php`);
  const block = await page.waitForFunction(
    () => window.wp?.blocks?.getBlockType?.("checklist-widget/checklist")?.title,
    null,
    { timeout: 60000 },
  );
  assert.equal(await block.jsonValue(), "Checklist");
  assert.deepEqual(errors, []);
  await context.close();
});

test("without the plugin: files uploaded by SFTP and the snippet in a Custom HTML block (administrator), stripped for an author", async () => {
  // What SFTP would do: the two files in wp-content/uploads/checklist/.
  const folder = join(STATE, "wp-content/uploads/checklist");
  await mkdir(folder, { recursive: true });
  for (const file of ["checklist.js", "checklist.html"]) await copyFile(join(DIST, "embed", file), join(folder, file));
  const snippet = await readFile(`${DIST}/embed/snippet.html`, "utf8");
  const pasted = snippet
    .slice(snippet.indexOf("<!-- BEGIN checklist -->"), snippet.indexOf("<!-- END checklist -->"))
    .replaceAll("https://www.example.nl/files/", `${site}/wp-content/uploads/checklist/`);
  const content = `<!-- wp:html -->\n${pasted}\n<!-- /wp:html -->`;
  const byAdmin = (await admin.rest("/wp/v2/posts", { title: "Custom HTML", content, status: "publish" })).link;
  const byAuthor = (await author.rest("/wp/v2/posts", { title: "Custom HTML (auteur)", content, status: "publish" })).link;

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(byAdmin);
  const widget = page.locator('[data-checklist="team"]');
  await widget.locator("fieldset").first().waitFor();
  const offline = await widget.getByRole("link", { name: "Download voor offline gebruik" }).getAttribute("href");
  assert.equal((await fetch(offline)).status, 200, "the offline link is absolute and works on a WordPress page");

  await page.goto(byAuthor);
  const fallback = page.getByText("De checklist laadt. Blijft deze tekst staan");
  await fallback.waitFor();
  assert.equal(await page.locator('[data-checklist="team"] fieldset').count(), 0, "the author's <script> was removed");
  await context.close();
});
