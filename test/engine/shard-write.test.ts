// A shard result written piece by piece (src/engine/shard-write.ts) is byte for byte the
// serializeShard text merge reads (gzip'ed: the same text once inflated, and the same bytes), for
// shards of no file up to several pieces' worth, with Chinese text across the pieces' edges.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { presetConfig } from '../../src/config/resolved-config.js';
import { builtinRules } from '../../rules/index.js';
import {
  shardInterner,
  parseShard,
  serializeShard,
  SHARD_FORMAT,
  SUMMARY_KEYS,
  type ShardFileEntry,
  type ShardResult,
} from '../../src/engine/shard-result.js';
import { writeShard } from '../../src/engine/shard-write.js';
import { VERSION } from '../../src/version.js';
import { runs } from '../support/fast.js';
import { placeAddressFinding } from '../../harness/finding.js';

const dir = mkdtempSync(join(tmpdir(), 'guide-lint-shard-write-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const config = presetConfig(builtinRules);

function shardOf(files: ShardFileEntry[]): ShardResult {
  return {
    format: SHARD_FORMAT,
    formatVersion: 1,
    tool: { name: 'guide-lint', version: VERSION },
    kind: 'lint',
    shard: { index: 2, total: 3 },
    config: 'fingerprint',
    settings: config,
    discovered: files.length * 3,
    setHash: 'set',
    paths: ['guides'],
    unmatched: [],
    named: [],
    baseline: null,
    summaryKeys: SUMMARY_KEYS,
    files,
  };
}

/** A guide summary in SUMMARY_KEYS order. */
const summary = (name: string): unknown[] => {
  const where = [0, 1, 1, null, null, name];
  const codes = ['000117012000', null, '行政许可', '呼和浩特市市场监督管理局', '市级'];
  const facts = [20, 5, false, true, 4, true, 'k0123456789abcde', ['150100-XK-0012'], 2, 2, 1];
  return [...where, ...codes, ...facts];
};

/** A file entry of about `size` characters: a guide summary and one finding with a long Chinese message. */
function entry(i: number, size: number): ShardFileEntry {
  const file = `guides/p${i % 7}/事项-${i}.yaml`;
  const name = `食品经营许可（新办）${i}`;
  return {
    at: i * 3 + 1,
    file,
    findings: [
      placeAddressFinding(file, name, { message: '办理地点未写明窗口号'.repeat(Math.max(1, Math.floor(size / 10))) }),
    ],
    guides: [summary(name)],
    internalErrors: [],
    suppressed: i % 3,
    ...(i % 5 === 0 ? { refs: ['forms/申请表.xlsx'] } : {}),
  };
}

let written = 0;
async function writtenBytes(name: string, s: ShardResult): Promise<Buffer> {
  const path = join(dir, `${written++}`, name); // a folder that does not exist yet
  await writeShard(path, s);
  return readFileSync(path);
}

describe('writeShard', () => {
  it('encodes summaries of SUMMARY_KEYS length', () => {
    expect(summary('x')).toHaveLength(SUMMARY_KEYS.length);
  });

  it('writes the bytes of serializeShard, plain and gzip, from no file to several 1 MB pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 1, max: 400 }), async (count, size) => {
        const s = shardOf(Array.from({ length: count }, (_, i) => entry(i, size)));
        const text = serializeShard(s, 'shard.json');
        expect((await writtenBytes('shard.json', s)).equals(text)).toBe(true);
        const gz = await writtenBytes('shard.JSON.GZ', s);
        expect(gunzipSync(gz).equals(text)).toBe(true);
        expect(gz.equals(serializeShard(s, 'shard.json.gz'))).toBe(true);
        expect(parseShard(gz, 'shard.json.gz', { summaries: 'ref', interner: shardInterner() }).files.length).toBe(
          count,
        );
      }),
      { numRuns: runs(12) },
    );
  });

  it('replaces a file atomically and leaves no temporary file', async () => {
    const target = join(dir, 'again', 'shard-1.json');
    await writeShard(target, shardOf([entry(1, 10)]));
    const big = shardOf(Array.from({ length: 3000 }, (_, i) => entry(i, 300)));
    await writeShard(target, big);
    expect(readFileSync(target).equals(serializeShard(big, target))).toBe(true);
    expect(readdirSync(join(dir, 'again'))).toEqual(['shard-1.json']);
  });

  it('fails without a partial file when the target cannot be written', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    await expect(writeShard(join(blocker, 'shard.json.gz'), shardOf([entry(1, 10)]))).rejects.toThrow();
    expect(existsSync(join(blocker, 'shard.json.gz'))).toBe(false);
  });
});
