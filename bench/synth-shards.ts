// Shard results of a national-scale set, synthesised: `total` guides' summaries (one guide per file,
// ~10 % with a finding, 基本编码 shared by groups of 20 guides, one guide in 500 deviating from its
// item's name, 400 departments, three levels) split into `n` shard files as `--shard i/n` would
// split them, for merges far larger than a set that can be linted here (bench/shard.ts, and the
// memory-bounded merge test). Paths in the shards are relative to `root`.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetConfig } from '../src/config/resolved-config.js';
import { builtinRules } from '../rules/index.js';
import {
  configFingerprint,
  serializeShard,
  SHARD_FORMAT,
  SUMMARY_KEYS,
  type ShardResult,
} from '../src/engine/shard-result.js';
import { shardOfPath } from '../src/engine/shard.js';
import { VERSION } from '../src/version.js';
import { defined } from '../src/util/defined.js';
import { placeAddressFinding } from '../harness/finding.js';

export function synthShards(n: number, total: number, dir: string, root: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = presetConfig(builtinRules);
  const head = {
    format: SHARD_FORMAT as typeof SHARD_FORMAT,
    formatVersion: 1,
    tool: { name: 'guide-lint' as const, version: VERSION },
    kind: 'lint' as const,
    config: configFingerprint(config, root),
    settings: config,
    discovered: total,
    setHash: 'synthetic',
    paths: ['guides'],
    unmatched: [],
    named: [],
    baseline: null,
    summaryKeys: SUMMARY_KEYS,
  };
  const parts: ShardResult['files'][] = Array.from({ length: n }, () => []);
  const depts = Array.from({ length: 400 }, (_, i) => `第${i}市场监督管理局`);
  const levels = ['省级', '市级', '县级'];
  for (let i = 0; i < total; i++) {
    const file = `guides/p${String(Math.floor(i / 1000)).padStart(4, '0')}/guide-${String(i).padStart(7, '0')}.yaml`;
    const code = `000${String(i % 50_000).padStart(6, '0')}000`;
    // One guide in 500 deviates from its item's name.
    const name = i % 500 === 7 ? `事项${i % 50_000}（旧称）` : `事项${i % 50_000}`;
    const g = [
      0,
      1,
      1,
      null,
      null,
      name,
      code,
      `11150100MB0143308J${code}`,
      i % 7 === 0 ? '公共服务' : '行政许可',
      depts[i % depts.length],
      levels[i % 3],
      20,
      10,
      i % 5 === 0,
      i % 3 !== 0,
      1 + (i % 4),
      i % 2 === 0,
      `k${(i % 50_000).toString(36).padStart(14, '0')}`,
      [`1501${String(i % 50_000).padStart(5, '0')}`],
      2,
      2,
      1,
    ];
    const findings =
      i % 10 === 0 ? [placeAddressFinding(file, name, { value: '呼和浩特市新城区新华东街1号政务服务中心' })] : [];
    defined(parts[shardOfPath(file, n) - 1]).push({
      at: i,
      file,
      findings,
      guides: [g],
      internalErrors: [],
      suppressed: 0,
    });
  }
  return parts.map((files, k) => {
    const f = join(dir, `shard-${k + 1}.json`);
    writeFileSync(f, serializeShard({ ...head, shard: { index: k + 1, total: n }, files }, f));
    parts[k] = [];
    return f;
  });
}
