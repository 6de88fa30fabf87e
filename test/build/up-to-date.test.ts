// The build steps after tsc (validator, language-server bundle) skip their work only while their
// output is at least as new as every input, as make judges it.

import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upToDate } from '../../scripts/up-to-date.js';

function files(times: Record<string, number>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-up-to-date-'));
  const out: Record<string, string> = {};
  for (const [name, t] of Object.entries(times)) {
    const file = join(dir, name);
    writeFileSync(file, name);
    utimesSync(file, t, t);
    out[name] = file;
  }
  return out;
}

describe('upToDate', () => {
  const f = files({ input: 1000, older: 900, output: 1000, newer: 1100 });
  const path = (name: string) => f[name] ?? '';

  it('an output as new as its inputs, or newer, is up to date', () => {
    expect(upToDate(path('output'), [path('input'), path('older')])).toBe(true);
  });

  it('an input changed after the output was written: out of date', () => {
    expect(upToDate(path('output'), [path('input'), path('newer')])).toBe(false);
  });

  it('a missing output or input: out of date', () => {
    expect(upToDate(`${path('output')}.missing`, [path('input')])).toBe(false);
    expect(upToDate(path('output'), [`${path('input')}.missing`])).toBe(false);
  });
});
