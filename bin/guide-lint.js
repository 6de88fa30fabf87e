#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built by `npm install` through `prepare`).
import('../dist/src/cli.js')
  .then((m) => m.main(process.argv))
  .catch((err) => {
    process.stderr.write(`guide-lint: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  });
