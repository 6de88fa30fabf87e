// GUIDE_LINT_TIMING=1 (src/util/timing.ts): a shard run names each of its phases with CPU and wall
// times, the collector's share and the GC pauses on stderr; without the variable it says nothing,
// and the shard result is the same either way.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'guide-lint-timing-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const shardRun = (out: string, timing: string | undefined) =>
  runCli([join(ROOT, 'fixtures/guides'), '--shard', '1/2', '--format', 'shard', '-o', join(dir, out)], {
    cwd: ROOT,
    env: { GUIDE_LINT_TIMING: timing },
  });

describe('GUIDE_LINT_TIMING', () => {
  it('prints every phase of a shard run, with numbers, and changes nothing else', () => {
    const timed = shardRun('timed.json', '1');
    const plain = shardRun('plain.json', undefined);
    expect(timed.status).toBe(0);
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toContain('guide-lint timing');
    const table = timed.stderr.slice(timed.stderr.indexOf('guide-lint timing'));
    const row = (name: string) => new RegExp(`^ {2}${name} +(\\d+)? +\\d+`, 'm');
    for (const phase of [
      'start-up',
      'discover',
      'shard split',
      'lint files',
      ' {2}of which summary collector',
      'settle \\+ sort',
      'build shard result',
      'write shard result',
      'garbage collection',
      'whole process',
    ])
      expect(table).toMatch(row(phase));
    const cpu = (name: string) => Number(new RegExp(`^ {2}${name} +(\\d+)`, 'm').exec(table)?.[1]);
    expect(cpu('whole process')).toBeGreaterThanOrEqual(cpu('lint files'));
    const text = (f: string) => readFileSync(join(dir, f), 'utf8');
    expect(text('timed.json')).toBe(text('plain.json'));
  });
});
