// `--shard i/n` as the command line gives it: parsed at start-up, so nothing heavier is imported here.

import { UsageError } from '../errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

export function parseShardSpec(v: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total || total > 10_000)
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n (such as 2/4), got "${v}"`);
  return { index, total };
}
