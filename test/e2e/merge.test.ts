// `guide-lint merge` through the built CLI where a scenario cannot say it: shards edited into what a
// run never writes (another version, overlapping, incomplete, another set or n, corrupt) are refused
// with one line, exit 2; the workflow's own commands, run as its jobs would, give the single run's
// report. The merged output equal to the single run's, and the other refusals, are
// test/scenarios/merge-*.scenario and shard-bad-values.scenario.

import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { shardCommands } from '../../src/commands/init-shards.js';

let dir: string;
const run = (...args: string[]) => runCli(args, { cwd: dir });
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const shard = (f: string) => JSON.parse(read(f));
const write = (f: string, data: unknown) => {
  writeFileSync(join(dir, f), typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-merge-'));
  cpSync(join(ROOT, 'fixtures/guides/clean'), join(dir, 'guides/clean'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/guides/defective'), join(dir, 'guides/defective'), { recursive: true });
  for (const i of [1, 2])
    expect(run('guides', '--shard', `${i}/2`, '--format', 'shard', '-o', `s${i}.json`).status).toBe(0);
});

/** A refusal: exit 2 and one line on stderr containing `text`. */
function refused(r: ReturnType<typeof run>, text: string) {
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^guide-lint: /);
  expect(lines[0]).toContain(text);
  expect(r.stdout).toBe('');
}

describe('guide-lint merge', () => {
  it('refuses shards of different versions', () => {
    write('v2.json', { ...shard('s2.json'), tool: { name: 'guide-lint', version: '9.9.9' } });
    refused(run('merge', 's1.json', 'v2.json'), 'v2.json was written by guide-lint 9.9.9');
  });

  it('refuses overlapping shards and incomplete ones', () => {
    const a = shard('s1.json');
    const b = shard('s2.json');
    write('o2.json', { ...b, files: [...b.files, a.files[0]] });
    refused(run('merge', 's1.json', 'o2.json'), 'both hold');
    write('i2.json', { ...b, files: b.files.slice(1) });
    refused(run('merge', 's1.json', 'i2.json'), 'a shard result is incomplete');
  });

  it('refuses shards that saw different sets of files, and a split into a different n', () => {
    write('d2.json', { ...shard('s2.json'), setHash: 'x' });
    refused(run('merge', 's1.json', 'd2.json'), 'saw a different set of files');
    write('n3.json', { ...shard('s2.json'), shard: { index: 2, total: 3 } });
    refused(run('merge', 's1.json', 'n3.json'), 'is shard 2/3');
  });

  it('refuses corrupt shard files: not JSON, broken gzip, not a shard, damaged entries', () => {
    write('cut.json', read('s1.json').slice(0, 200));
    refused(run('merge', 'cut.json', 's2.json'), 'cut.json is not a readable guide-lint shard result');
    write('bad.json.gz', gzipSync(Buffer.from(read('s1.json'))).subarray(0, 100));
    refused(run('merge', 'bad.json.gz', 's2.json'), 'bad.json.gz is not a readable guide-lint shard result (gzip');
    run('guides', '--format', 'json', '-o', 'single.json');
    write('report.json', read('single.json'));
    refused(run('merge', 'report.json', 's2.json'), 'report.json is not a readable guide-lint shard result');
    const a = shard('s1.json');
    write('damaged.json', { ...a, files: [{ ...a.files[0], guides: [[1, 2]] }] });
    refused(run('merge', 'damaged.json', 's2.json'), 'file entry 1 is damaged');
    refused(run('merge', 'nothing.json'), 'cannot read the shard result nothing.json');
  });

  it("the workflow's commands, run as its jobs would (4 shards with a cache, twice), then merge: the single run's report", () => {
    const argv = (cmd: string, i: number) => cmd.replaceAll('$I', String(i)).split(' ').slice(1);
    const { shard, merge } = shardCommands('guides/', '$I', '4');
    for (const round of [1, 2])
      for (let i = 1; i <= 4; i++) expect(run(...argv(shard, i)).status, `round ${round}, shard ${i}`).toBe(0);
    for (let i = 1; i <= 4; i++) expect(existsSync(join(dir, `.guidelintcache/.guidelintcache-${i}-of-4`))).toBe(true);
    const merged = run(...argv(merge, 0));
    const single = run(
      'guides/',
      '--max-warnings',
      '0',
      '--format',
      'json',
      '--output',
      'single-w.json',
      '--format',
      'stylish',
    );
    expect(merged.status).toBe(single.status);
    expect(merged.stdout).toBe(single.stdout);
    expect(read('guide-lint-report.json')).toBe(read('single-w.json'));
  });
});
