// The split of --shard i/n: deterministic, one file moves only itself, and even for names that
// differ in one character (what CI sets of generated guides look like).

import { describe, expect, it } from 'vitest';
import { parseShardSpec, shardOfPath, splitFiles, stableHash } from '../../src/engine/shard.js';

const names = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `guides/part-${String(Math.floor(i / 1000)).padStart(3, '0')}/guide-${String(i).padStart(6, '0')}.yaml`,
  );

describe('--shard split', () => {
  it('is a fixed function of the relative path', () => {
    expect(stableHash('guides/a.yaml')).toBe(stableHash('guides/a.yaml'));
    expect(stableHash('guides/a.yaml')).not.toBe(stableHash('guides/b.yaml'));
    expect(shardOfPath('guides/a.yaml', 1)).toBe(1);
  });

  it('is even for n = 2, 3, 4, 7 and 8, and names differing by one digit do not always share a shard', () => {
    const all = names(20_000);
    for (const n of [2, 3, 4, 7, 8]) {
      const counts = new Array(n).fill(0);
      for (const f of all) counts[shardOfPath(f, n) - 1]++;
      for (const c of counts) expect(Math.abs(c - all.length / n)).toBeLessThan((all.length / n) * 0.05);
    }
    const pairs = all
      .slice(0, 1000)
      .map((f) => [f, f.replace(/1\.yaml$/, '5.yaml')])
      .filter(([a, b]) => a !== b);
    expect(pairs.filter(([a, b]) => shardOfPath(a!, 4) !== shardOfPath(b!, 4)).length).toBeGreaterThan(
      pairs.length / 2,
    );
  });

  it('adding a file moves no other file; positions are the single run’s order', () => {
    const root = '/r';
    const before = names(500).map((f) => `${root}/${f}`);
    const after = [...before, `${root}/guides/new.yaml`].sort();
    for (let i = 1; i <= 3; i++) {
      const a = splitFiles(before, { index: i, total: 3 }, root);
      const b = splitFiles(after, { index: i, total: 3 }, root);
      expect(b.files.filter((f) => !f.endsWith('new.yaml'))).toEqual(a.files);
      expect(b.positions.map((p) => after[p])).toEqual(b.files);
    }
  });

  it('parses i/n and refuses the rest', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['0/4', '5/4', '4', '1/0', 'a/b', '-1/4'])
      expect(() => parseShardSpec(bad)).toThrow(/--shard expects i\/n/);
  });
});
