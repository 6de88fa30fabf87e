// `--shard i/n` and `guide-lint merge` through the built CLI: the merged report, exit code and
// baseline are the single run's; shards that cannot make one run are refused with one line, exit 2.

import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { githubShardedWorkflow, gitlabShardedJob, shardCommands } from '../../src/commands/init-shards.js';

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
  it('stylish (with the one-line score), JSON and the exit code are the single run’s', () => {
    const single = run('guides', '--format', 'json', '-o', 'single.json', '--format', 'stylish', '--max-warnings', '0');
    const merged = run(
      'merge',
      's1.json',
      's2.json',
      '--format',
      'json',
      '-o',
      'merged.json',
      '--format',
      'stylish',
      '--max-warnings',
      '0',
    );
    expect(merged.status).toBe(single.status);
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.stdout).toContain('评分：');
    expect(read('merged.json')).toBe(read('single.json'));
  });

  it('junit, github, gitlab, html and xlsx are the single run’s too', () => {
    for (const f of ['junit', 'github', 'gitlab', 'html', 'xlsx']) {
      run('guides', '--format', f, '-o', `single.${f}`);
      run('merge', 's1.json', 's2.json', '--format', f, '-o', `merged.${f}`);
      expect(readFileSync(join(dir, `merged.${f}`)).equals(readFileSync(join(dir, `single.${f}`))), f).toBe(true);
    }
  });

  it('--baseline given to the shards is applied in merge: the single run’s counts and fingerprints', () => {
    expect(
      run('guides/defective', '--update-baseline', '--baseline', 'b.json', '--format', 'json', '-o', 'x.json').status,
    ).not.toBe(2);
    const single = run(
      'guides',
      '--baseline',
      'b.json',
      '--format',
      'json',
      '-o',
      'single-b.json',
      '--format',
      'sarif',
      '-o',
      'single-b.sarif',
    );
    for (const i of [1, 2])
      expect(
        run('guides', '--baseline', 'b.json', '--shard', `${i}/2`, '--format', 'shard', '-o', `b${i}.json.gz`).status,
      ).toBe(0);
    const merged = run(
      'merge',
      'b1.json.gz',
      'b2.json.gz',
      '--format',
      'json',
      '-o',
      'merged-b.json',
      '--format',
      'sarif',
      '-o',
      'merged-b.sarif',
    );
    expect(merged.status).toBe(single.status);
    expect(read('merged-b.json')).toBe(read('single-b.json'));
    expect(read('merged-b.sarif')).toBe(read('single-b.sarif'));
    expect(JSON.parse(read('merged-b.json')).summary.baselined).toBeGreaterThan(0);
  });

  it('merge --score gives the score command’s scorecard; --fail-under sets the exit code', () => {
    const single = run('score', 'guides', '--format', 'json', '--fail-under');
    const merged = run('merge', 's1.json', 's2.json', '--score', '--format', 'json', '--fail-under');
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.status).toBe(single.status);
  });

  it('refuses shards of different versions', () => {
    write('v2.json', { ...shard('s2.json'), tool: { name: 'guide-lint', version: '9.9.9' } });
    refused(run('merge', 's1.json', 'v2.json'), 'v2.json was written by guide-lint 9.9.9');
  });

  it('refuses shards made with different configurations', () => {
    expect(
      run('guides', '--rule', 'office-hours:off', '--shard', '2/2', '--format', 'shard', '-o', 'c2.json').status,
    ).toBe(0);
    refused(run('merge', 's1.json', 'c2.json'), 'different configuration');
  });

  it('refuses a missing shard, naming it', () => {
    refused(run('merge', 's1.json'), 'missing shard 2 of 2 (given: 1)');
  });

  it('refuses a shard given twice', () => {
    write('s1-copy.json', read('s1.json'));
    refused(run('merge', 's1.json', 's1-copy.json', 's2.json'), 'shard 1/2 is given twice: s1.json and s1-copy.json');
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
    write('report.json', read('single.json'));
    refused(run('merge', 'report.json', 's2.json'), 'report.json is not a readable guide-lint shard result');
    const a = shard('s1.json');
    write('damaged.json', { ...a, files: [{ ...a.files[0], guides: [[1, 2]] }] });
    refused(run('merge', 'damaged.json', 's2.json'), 'file entry 1 is damaged');
    refused(run('merge', 'nothing.json'), 'cannot read the shard result nothing.json');
  });

  it('refuses lint and score shards together, and score shards without --score', () => {
    expect(run('score', 'guides', '--shard', '2/2', '--format', 'shard', '-o', 'sc2.json').status).toBe(0);
    refused(run('merge', 's1.json', 'sc2.json'), 'sc2.json is a score shard, s1.json a lint shard');
    expect(run('score', 'guides', '--shard', '1/2', '--format', 'shard', '-o', 'sc1.json').status).toBe(0);
    refused(run('merge', 'sc1.json', 'sc2.json'), 'merge them with --score');
    refused(
      run('score', 'guides', '--shard', '1/2', '--format', 'shard', '-o', 'x.json', '--power-list', 'p.csv'),
      '--power-list: give it to guide-lint merge --score',
    );
  });

  it('--shard needs i/n with 1 ≤ i ≤ n', () => {
    for (const bad of ['0/2', '3/2', '2', 'a/b']) expect(run('guides', '--shard', bad).status).toBe(2);
  });

  it('init --ci github|gitlab --shards 4 writes the split workflows; examples/ci/ and docs/ci.md hold the same', () => {
    for (const [ci, file, text] of [
      ['github', '.github/workflows/guide-lint.yml', githubShardedWorkflow('guides/', 4)],
      ['gitlab', '.gitlab-ci.yml', gitlabShardedJob('guides/', 4)],
    ] as const) {
      const project = mkdtempSync(join(tmpdir(), 'guide-lint-init-'));
      cpSync(join(ROOT, 'fixtures/guides/clean'), join(project, 'guides'), { recursive: true });
      const r = runCli(['init', '--ci', ci, '--shards', '4'], { cwd: project });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(project, file), 'utf8')).toBe(text);
    }
    const body = (text: string) =>
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n');
    const docs = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    expect(readFileSync(join(ROOT, 'examples/ci/github-actions-sharded.yml'), 'utf8')).toBe(
      githubShardedWorkflow('guides/', 4),
    );
    expect(readFileSync(join(ROOT, 'examples/ci/gitlab-ci-sharded.yml'), 'utf8')).toBe(gitlabShardedJob('guides/', 4));
    expect(docs).toContain(`\`\`\`yaml\n${body(githubShardedWorkflow('guides/', 4))}\`\`\``);
    expect(docs).toContain(`\`\`\`yaml\n${body(gitlabShardedJob('guides/', 4))}\`\`\``);
    expect(githubShardedWorkflow('guides/', 4)).toContain('shard: [1, 2, 3, 4]');
    expect(runCli(['init', '--shards', '4']).status).toBe(2);
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
