// Command-line flags over the resolved config: applied by config resolution itself (the commands
// never change the resolved config afterwards).

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRunFlags } from '../../src/config/flags.js';
import { resolveConfig } from '../../src/config/resolve-config.js';

describe('run flags', () => {
  it('return a new config with the flags set, the given one untouched', async () => {
    const base = await resolveConfig({ cwd: tmpdir(), discover: false });
    const before = JSON.stringify(base);
    const out = applyRunFlags(base, {
      encoding: 'gbk',
      inputFormat: 'exchange',
      allVersions: true,
      reportUnusedDisableDirectives: true,
    });
    expect(out).not.toBe(base);
    expect(JSON.stringify(base)).toBe(before);
    expect(out).toMatchObject({
      encoding: 'gbk',
      inputFormat: 'exchange',
      allVersions: true,
      reportUnusedDisableDirectives: true,
    });
    expect(applyRunFlags(base, undefined)).toBe(base);
    expect(applyRunFlags(base, { allVersions: false, encoding: '' })).toEqual(base);
  });

  it('win over the config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-lint-flags-'));
    writeFileSync(join(dir, 'guide-lint.config.yaml'), 'encoding: utf-8\nreportUnusedDisableDirectives: false\n');
    const fromFile = await resolveConfig({ cwd: dir });
    expect(fromFile.encoding).toBe('utf-8');
    const flagged = await resolveConfig({
      cwd: dir,
      flags: { encoding: 'gb18030', reportUnusedDisableDirectives: true },
    });
    expect(flagged.encoding).toBe('gb18030');
    expect(flagged.reportUnusedDisableDirectives).toBe(true);
    expect(flagged.configFile).toBe(join(dir, 'guide-lint.config.yaml'));
  });
});
