// A module script run in a child Node process with V8 flags (--expose-gc, --allow-natives-syntax): for
// what a test cannot measure in its own process (the heap a run keeps, hidden classes). Prints to
// standard output; anything on standard error fails the test.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

/** A built module of dist/src, as a quoted URL to write into a script's import(). */
export const distModule = (path: string): string => JSON.stringify(pathToFileURL(join(ROOT, 'dist/src', path)).href);

/** Runs `script` as an ES module with `flags` in the repository's folder; its standard output. */
export function runScript(flags: string[], script: string): string {
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(r.stderr).toBe('');
  return r.stdout;
}
