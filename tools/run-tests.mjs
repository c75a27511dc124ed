// `node --test`, with the test files started in the order given: node 20 sorts the files it is
// given by name, so a pass would start its longest files last and end with one of them running
// alone. Here the files named first start first; a directory adds its other *.test.mjs files in
// name order. Reports with node's spec reporter; exits 1 when a test fails.
//
//   node tools/run-tests.mjs [--concurrency=N] FILE_OR_DIRECTORY…
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "node:test";
import { spec } from "node:test/reporters";

let concurrency = 1;
const files = [];
for (const arg of process.argv.slice(2)) {
  const option = /^--concurrency=(\d+)$/.exec(arg);
  if (option) {
    concurrency = Number(option[1]);
    continue;
  }
  const found = statSync(arg).isDirectory()
    ? readdirSync(arg).filter((name) => name.endsWith(".test.mjs")).sort().map((name) => resolve(join(arg, name)))
    : [resolve(arg)];
  for (const file of found) if (!files.includes(file)) files.push(file);
}
if (files.length === 0) {
  console.error("usage: node tools/run-tests.mjs [--concurrency=N] FILE_OR_DIRECTORY…");
  process.exit(2);
}

const stream = run({ files, concurrency });
stream.on("test:fail", () => {
  process.exitCode = 1;
});
// Seconds per file (its top-level tests, which run one after another): what to split, merge or
// start earlier when a pass gets long.
const seconds = new Map();
for (const event of ["test:pass", "test:fail"]) {
  stream.on(event, ({ file, nesting, details }) => {
    if (file && nesting === 0) seconds.set(file, (seconds.get(file) ?? 0) + details.duration_ms / 1000);
  });
}
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
report.on("end", () => {
  const root = process.cwd() + "/";
  const lines = [...seconds].sort((a, b) => b[1] - a[1]).map(([file, s]) => `${s.toFixed(0).padStart(5)} s  ${file.replace(root, "")}`);
  console.log(`\nseconds per file, tests one after another within a file:\n${lines.join("\n")}`);
});
