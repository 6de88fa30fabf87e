// The shipped sample set: clean guides give no error or warning; every defective guide gives
// exactly the findings its `# expect:` comments name, on those lines.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { expectationsOf } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures', 'guides');

async function findings(sub: string) {
  const config = await resolveConfig({ cwd: ROOT });
  const r = await lint({ cwd: ROOT, paths: [join(DIR, sub)], config });
  return r.findings.filter((f) => f.severity !== 'info');
}

describe('fixtures/guides/clean', () => {
  it('has no error or warning', async () => {
    const found = await findings('clean');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  });
});

describe('fixtures/guides/defective', () => {
  const files = readdirSync(join(DIR, 'defective')).filter((f) => /\.(ya?ml|json)$/.test(f));
  it('exists', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const name of files) {
    it(name, async () => {
      const found = (await findings(join('defective', name))).map((f) => `${f.line} ${f.ruleId}`).sort();
      expect(found).toEqual(expectationsOf(join(DIR, 'defective', name)));
    });
  }
});
