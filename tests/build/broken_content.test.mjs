// A broken content file stops the build, and the message names the file, the line and the problem.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../browser/support.mjs";

test("a duplicate item id in a content file fails the build with file, line and reason", async () => {
  const dir = await mkdtemp(join(tmpdir(), "content-"));
  await cp(join(ROOT, "content"), dir, { recursive: true });
  const file = join(dir, "team.toml");
  const lines = (await readFile(file, "utf8")).split("\n");
  const ids = lines.map((line, i) => [line.match(/^id = "([a-z0-9-]+)"$/)?.[1], i]).filter(([id]) => id?.includes("-"));
  const [[firstId, firstIndex], [, secondIndex]] = ids; // the first two item ids
  lines[secondIndex] = `id = "${firstId}"`;
  await writeFile(file, lines.join("\n"));

  const build = spawnSync("cargo", ["check", "--package", "checklist-widget", "--target", "wasm32-unknown-unknown"], {
    cwd: ROOT,
    env: { ...process.env, CHECKLIST_CONTENT_DIR: dir },
    encoding: "utf8",
  });
  assert.notEqual(build.status, 0, "the build must fail");
  assert.ok(
    build.stderr.includes(`${file}:${secondIndex + 1}: duplicate item id ‘${firstId}’ (first used on line ${firstIndex + 1})`),
    build.stderr,
  );
});
