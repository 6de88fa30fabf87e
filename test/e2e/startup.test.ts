// Start-up stays lazy (issue 7): linting one YAML file must not load the libraries that only some
// runs need. Each of them cost 10–40 ms of a ≈ 190 ms small-file run (bench/ANALYSIS.md). Module
// loads are logged by two hooks (ES module loads; CommonJS compiles, which also catches
// createRequire) while the built CLI runs as a user runs it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';

const HOOKS = join(ROOT, 'test/support/hooks');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-startup-'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
  writeFileSync(join(dir, 'guide.yaml'), base);
  writeFileSync(join(dir, 'foreign.yaml'), base.replace('咨询电话: 0471-6945678', '咨询电话: +852 2345 6789'));
  writeFileSync(join(dir, 'guide.json'), '{"事项名称": "x"}');
});

/** The packages (node_modules/<name>) a CLI run loaded. */
function packagesLoaded(args: string[]): Set<string> {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const node = ['--require', join(HOOKS, 'cjs-load-log.cjs'), '--import', join(HOOKS, 'register-load-log.mjs')];
  const r = spawnSync(process.execPath, [...node, BIN, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', MODLOG: log },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status, r.stdout).toBeLessThan(2);
  const out = new Set<string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(line);
    if (m) out.add(m[1]!);
  }
  return out;
}

const LAZY = ['xlsx', 'fast-glob', 'jsonc-parser', 'libphonenumber-js', 'diff', 'yaml', 'ajv-i18n'];

describe('start-up loads only what the run needs', () => {
  it('one named YAML file with a Chinese phone number: none of the lazily loaded libraries', () => {
    const loaded = packagesLoaded(['guide.yaml', '--no-score']);
    expect(loaded.has('js-yaml'), [...loaded].join(' ')).toBe(true); // the hooks do see packages
    for (const name of LAZY) expect(loaded.has(name), `${name} loaded: ${[...loaded].join(' ')}`).toBe(false);
  });

  it('each library is loaded when a run needs it', () => {
    expect(packagesLoaded(['.', '--no-score']).has('fast-glob')).toBe(false); // a folder is walked without it
    expect(packagesLoaded(['*.yaml', '--no-score']).has('fast-glob')).toBe(true); // a glob is expanded by it
    expect(packagesLoaded(['guide.json', '--no-score']).has('jsonc-parser')).toBe(true);
    expect(packagesLoaded(['foreign.yaml', '--no-score']).has('libphonenumber-js')).toBe(true); // +852: the whole library
  });
});
