#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built by `npm install` through `prepare`).
import v8 from 'node:v8';

// A lint allocates per file, short-lived. V8's allocation-site pretenuring now and then judges one of
// those sites long-lived from an unlucky sample and moves its objects straight to the old space:
// one run in three then spent 0.8 s instead of 0.3 s collecting garbage on 20,000 guides (measured
// with --trace-gc / --trace-pretenuring-statistics; bench/ANALYSIS.md). Off before anything runs;
// V8 versions known to have the flag only (an unknown flag would print an error).
if (Number(process.versions.v8.split('.')[0]) <= 14) v8.setFlagsFromString('--no-allocation-site-pretenuring');

const args = process.argv.slice(2);
const start = args[0] === 'lsp'
  ? import('../dist/src/lsp/fast-start.js').then((m) => m.runLspFast(args))
  : Promise.resolve(false);
start
  .then((served) => served || import('../dist/src/cli.js').then((m) => m.main(process.argv)))
  .catch((err) => {
    process.stderr.write(`guide-lint: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  });
