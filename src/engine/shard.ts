// `--shard i/n`: which discovered files a shard lints. A file belongs to shard
// (hash(path relative to the config root) mod n) + 1, so the split needs no coordination between CI
// runners, and adding or removing a file moves only that file. A spreadsheet is one file: one unit.

import { createHash } from 'node:crypto';
import { relativeFrom } from '../load/rel-path.js';

export { parseShardSpec, type ShardSpec } from './shard-spec.js';
import type { ShardSpec } from './shard-spec.js';

/**
 * FNV-1a (32 bits) over the UTF-16 code units of a "/"-separated relative path, then MurmurHash3's
 * final mix: the same on every runner. Without the mix, the low bits (all that `mod 2^k` looks at)
 * would depend on the low bits of each character only: names differing by "1" and "5" would
 * always share a shard of 4.
 */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The shard (1-based) a file belongs to, from its path relative to the config root. */
export function shardOfPath(relPath: string, total: number): number {
  return (stableHash(relPath) % total) + 1;
}

export interface ShardSplit {
  /** The shard's files, in discovery order. */
  files: string[];
  /** Each of those files' position in the whole discovered list (the single run's order). */
  positions: number[];
  /** Files discovered by every shard alike. */
  discovered: number;
  /** A hash of the whole discovered list (relative paths): shards that saw different sets are refused by merge. */
  setHash: string;
}

/** Picks the shard's files out of the whole sorted list of discovered files (absolute paths). */
export function splitFiles(all: string[], spec: ShardSpec, root: string): ShardSplit {
  const files: string[] = [];
  const positions: number[] = [];
  const set = createHash('sha1');
  const relativeOf = relativeFrom(root);
  all.forEach((abs, i) => {
    const rel = relativeOf(abs);
    set.update(rel).update('\0');
    if (shardOfPath(rel, spec.total) === spec.index) {
      files.push(abs);
      positions.push(i);
    }
  });
  return { files, positions, discovered: all.length, setHash: set.digest('hex').slice(0, 20) };
}
