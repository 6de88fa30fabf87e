// The strict preset: fixtures/guides/strict gives exactly the error/warning findings its
// `# expect:` comments name; under the recommended preset (the default) the same guides give no
// error or warning, and the strict-only rules' findings are there at info level, on the same lines.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import type { PresetName } from '../src/config/resolved-config.js';
import type { Finding } from '../src/model/types.js';
import { expectationsOf } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures', 'guides');
const STRICT_DIR = join(DIR, 'strict');

/** Rules that report at info level by default and at warning/error level under strict. */
const STRICT_ONLY = new Set(
  builtinRules
    .filter((r) => r.meta.severity === 'info' && (r.meta.strictSeverity ?? 'info') !== 'info')
    .map((r) => r.meta.id),
);

/** The cross-field rules these fixtures exist for (issue 9). */
const CROSS_FIELD = [
  'fee-consistency',
  'result-sample',
  'result-type',
  'license-faq',
  'license-stages',
  'service-object',
];

async function findings(preset: PresetName, path: string): Promise<Finding[]> {
  const config = await resolveConfig({ cwd: ROOT, preset });
  return (await lint({ cwd: ROOT, paths: [path], config })).findings;
}

const key = (f: Finding) => `${f.line} ${f.ruleId}`;
const show = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`;
const files = readdirSync(STRICT_DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe('presets', () => {
  it('the cross-field rules are info by default and on under strict', async () => {
    const recommended = await resolveConfig({ cwd: ROOT });
    const strict = await resolveConfig({ cwd: ROOT, preset: 'strict' });
    for (const id of CROSS_FIELD) {
      expect(recommended.rules[id]?.severity, id).toBe('info');
      expect(['warning', 'error'], id).toContain(strict.rules[id]?.severity);
      expect(STRICT_ONLY.has(id), id).toBe(true);
    }
  });
});

describe('fixtures/guides/strict under the strict preset', () => {
  it('exercises every cross-field rule', () => {
    const ids = new Set(files.flatMap((f) => expectationsOf(join(STRICT_DIR, f)).map((e) => e.split(' ')[1])));
    for (const id of CROSS_FIELD) expect(ids.has(id), `no fixture expects ${id}`).toBe(true);
    expect(ids.has('guide-schema'), 'a fixture leaves out an optional element strict requires').toBe(true);
  });
  for (const name of files) {
    it(name, async () => {
      const found = (await findings('strict', join(STRICT_DIR, name))).filter((f) => f.severity !== 'info');
      expect(found.map(key).sort(), found.map(show).join('\n')).toEqual(expectationsOf(join(STRICT_DIR, name)));
    });
  }
});

describe('fixtures/guides/strict under the recommended preset', () => {
  for (const name of files) {
    it(`${name}: no error or warning; the strict-only findings are info`, async () => {
      const found = await findings('recommended', join(STRICT_DIR, name));
      expect(found.filter((f) => f.severity !== 'info').map(show)).toEqual([]);
      const strictOnly = found.filter((f) => STRICT_ONLY.has(f.ruleId));
      expect(strictOnly.every((f) => f.severity === 'info')).toBe(true);
      const expected = expectationsOf(join(STRICT_DIR, name)).filter((e) => STRICT_ONLY.has(e.split(' ')[1]!));
      expect(strictOnly.map(key).sort(), strictOnly.map(show).join('\n')).toEqual(expected);
    });
  }
});

describe('fixtures/guides/clean under the strict preset', () => {
  it('gives no cross-field finding', async () => {
    const found = (await findings('strict', join(DIR, 'clean'))).filter((f) => CROSS_FIELD.includes(f.ruleId));
    expect(found.map(show)).toEqual([]);
  });
});
