// `npm run test:fast`: the in-process tests only, in under 30 s. A test file is left out when it,
// or a local helper it imports (test/, test-support/), starts the CLI or another process (runCli,
// spawn, exec, fork, a browser), or when it mocks a Node built-in (vi.mock('node:…'): with the module
// graph shared across files, modules loaded by an earlier file would keep the real one) — found by
// reading the sources, so no list needs keeping: a new such test is excluded by itself. GUIDE_LINT_TEST_FAST=1 (test/support/fast.ts) shrinks the
// rest: property tests (fast-check, the fuzz properties) run a tenth of their cases, the type-
// confusion sweep checks every seventh case, and the million-row workbook and the 200,000-guide
// timing test are skipped. `npm test` runs all of it at full strength.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

const SPAWNS = /\brunCli\b|\bspawn(Sync)?\(|(?<![.\w])exec(File)?(Sync)?\(|\bfork\(|chromium|\bnpm pack\b/;
const MOCKS_BUILTIN = /\bvi\.mock\(\s*'node:/;
const LOCAL_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

/** Whether the file or a test helper it imports (transitively; src/ is in-process) starts a process. */
function spawns(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (SPAWNS.test(text)) return true;
  for (const [, spec] of text.matchAll(LOCAL_IMPORT)) {
    if (spec === undefined) continue;
    const target = join(dirname(file), spec).replace(/\.js$/, '.ts');
    if (/^(test|test-support|examples)\//.test(target) && spawns(target, seen)) return true;
  }
  return false;
}

const include = ['test/**/*.test.ts', 'examples/**/*.test.ts'];
const spawning = fg.sync(include).filter((file) => spawns(file) || MOCKS_BUILTIN.test(readFileSync(file, 'utf8')));

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include,
      exclude: ['**/node_modules/**', ...spawning],
      env: { GUIDE_LINT_TEST_FAST: '1' },
      // Most of the time went to starting a fork and importing src/ afresh for each of ~90 files.
      isolate: false,
    },
  }),
);
