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
stream.compose(spec).pipe(process.stdout);
