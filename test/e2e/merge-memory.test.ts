// `merge --score` in bounded memory: 100,000 guides' synthesised summaries (bench/synth-shards.ts,
// the national-scale bench's data at a tenth of its size) merged into the scorecard by the built CLI
// with an 80 MB heap. Summaries held as objects (≈ 465 B of heap each, with their files' results)
// do not fit: that merge ends out of memory (exit 134). Kept as columns, they do.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthShards } from '../../bench/synth-shards.js';
import { BIN } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'guide-lint-merge-memory-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('merge --score in bounded memory', () => {
  it('scores 100,000 guides from 4 shards within --max-old-space-size=80', () => {
    const shards = synthShards(4, 100_000, join(dir, 'shards'), dir);
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=80', BIN, 'merge', ...shards, '--score', '--format', 'table', '-o', 'score.txt'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 240_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const card = readFileSync(join(dir, 'score.txt'), 'utf8');
    expect(card.split('\n')[0]).toContain('100000 份指南（100000 个文件）');
    // The synthesised facts: every 5th guide is 即办, two in three have a 网办地址, one in 500 deviates from its item's name.
    expect(card).toMatch(/^ 2 {2}即办程度 +20000\/100000 +20\.0%/m);
    expect(card).toMatch(/^ 3 {2}信息发布（Ⅰ级） +66666\/100000 +66\.7%/m);
    expect(card).toMatch(/^10 {2}要素规范统一 +35714\/50000 +71\.4%/m);
  }, 300_000);
});
