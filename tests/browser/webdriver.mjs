// A tiny W3C WebDriver client (plain HTTP, Node's fetch) for the two WebKits Debian ships:
// WebKitGTK (WebKitWebDriver driving MiniBrowser, under Xvfb) and WPE WebKit 2.38
// (WPEWebDriver driving cog headless, the engine of Safari/iOS 16.0–16.3). Neither speaks
// WebDriver BiDi or CDP, so playwright cannot drive them; nothing is downloaded.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync } from "node:fs";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Every driver and X server started here, stopped when the test process ends however it ends. */
const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill();
});
function started(child) {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

export const WEBKITS = {
  webkitgtk: {
    name: "WebKitGTK",
    driver: "/usr/bin/WebKitWebDriver",
    needsDisplay: true,
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    },
  },
  wpe: {
    name: "WPE WebKit",
    driver: "/usr/bin/WPEWebDriver",
    needsDisplay: false,
    capabilities: {
      "wpe:browserOptions": { binary: "/usr/bin/cog", args: ["--automation", "--platform=headless"] },
    },
  },
};

/** Whether the driver and browser of `kind` are installed (./dev installs them). */
export function available(kind) {
  const webkit = WEBKITS[kind];
  const browser = Object.values(webkit.capabilities).find((o) => o && o.binary)?.binary;
  return existsSync(webkit.driver) && (!browser || existsSync(browser));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** An X server for WebKitGTK: Xvfb picks a free display and tells us its number. */
function startXvfb() {
  return new Promise((done, fail) => {
    const xvfb = started(spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    }));
    xvfb.once("error", fail);
    let text = "";
    xvfb.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) done({ process: xvfb, display: `:${text.trim()}` });
    });
    setTimeout(() => fail(new Error("Xvfb did not start")), 15000).unref();
  });
}

/** Starts the driver (and Xvfb when needed) and a browser session. Returns a `Session`. */
export async function startWebKit(kind) {
  const webkit = WEBKITS[kind];
  const children = [];
  const env = {
    ...process.env,
    // Containers without user namespaces cannot start WebKit's sandbox (bubblewrap).
    WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: "1",
    // No accessibility bus in a container: without this GTK waits for it.
    NO_AT_BRIDGE: "1",
  };
  try {
    if (webkit.needsDisplay) {
      const x = await startXvfb();
      children.push(x.process);
      env.DISPLAY = x.display;
    }
    const port = await freePort();
    const driver = started(spawn(webkit.driver, [`--port=${port}`], { env, stdio: ["ignore", "ignore", "pipe"] }));
    children.push(driver);
    let log = "";
    driver.stderr.on("data", (chunk) => (log = (log + chunk).slice(-4000)));
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        const status = await (await fetch(`${base}/status`)).json();
        if (status.value?.ready !== false) break;
      } catch {
        if (tries > 100) throw new Error(`${webkit.driver} did not start: ${log}`);
      }
      await sleep(100);
    }
    const response = await fetch(`${base}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ capabilities: { alwaysMatch: webkit.capabilities } }),
    });
    const answer = await response.json();
    if (!answer.value?.sessionId) throw new Error(`no ${webkit.name} session: ${JSON.stringify(answer)} ${log}`);
    return new Session(base, answer.value.sessionId, children, answer.value.capabilities);
  } catch (error) {
    for (const child of children.reverse()) child.kill();
    throw error;
  }
}

export class Session {
  constructor(base, id, children, capabilities) {
    this.base = base;
    this.id = id;
    this.children = children;
    this.capabilities = capabilities;
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (answer.value && typeof answer.value === "object" && answer.value.error) {
      throw new Error(`WebDriver ${method} ${path}: ${answer.value.error}: ${answer.value.message}`);
    }
    return answer.value;
  }

  goto(url) {
    return this.command("POST", "/url", { url });
  }

  refresh() {
    return this.command("POST", "/refresh", {});
  }

  /** Runs `script` (a function body; `arguments` as usual) in the page. */
  execute(script, ...args) {
    return this.command("POST", "/execute/sync", { script, args });
  }

  /** Runs `script` and waits for it to call its last argument with the result. */
  executeAsync(script, ...args) {
    return this.command("POST", "/execute/async", { script, args });
  }

  /** A real click (WebDriver's element click: scrolled into view, checked, pointer events). */
  click(element) {
    return this.command("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  /** Opens a new tab (a second top-level browsing context) and returns its handle; the session
   * stays in the current one until `switchTo`. Throws where the browser has a single view (cog,
   * WPE's browser, answers with the handle of the one it has). */
  async newTab() {
    const before = await this.command("GET", "/window/handles");
    const { handle } = await this.command("POST", "/window/new", { type: "tab" });
    if (before.includes(handle)) throw new Error("this browser opened no second tab");
    return handle;
  }

  /** The handle of the current tab. */
  tab() {
    return this.command("GET", "/window");
  }

  switchTo(handle) {
    return this.command("POST", "/window", { handle });
  }

  /** Closes the current tab, as the visitor would; switch to another before the next command. */
  closeTab() {
    return this.command("DELETE", "/window");
  }

  /** Polls `script` until it returns something truthy; returns that. */
  async waitFor(script, { timeout = 20000, what = script } = {}, ...args) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.execute(script, ...args);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
      await sleep(100);
    }
  }

  async close() {
    try {
      await fetch(`${this.base}/session/${this.id}`, { method: "DELETE" });
    } catch {
      // The driver may be gone already.
    }
    for (const child of this.children.reverse()) child.kill();
  }
}
