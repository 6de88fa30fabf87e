// --cache through the built CLI: a second run takes unchanged files from the cache (with the same
// output, scorecard line included: cross-guide measures come from the cached summaries), and each
// change that can alter a result invalidates it: the file's content, the configuration, the tool
// version, the plugin set, and the form files a guide refers to. A corrupt cache is replaced, and
// worker threads get only the files that missed.

import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
let dir: string;

function setup(): void {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-cache-'));
  mkdirSync(join(dir, 'guides'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'guides/forms'), { recursive: true });
  writeFileSync(join(dir, 'guides/clean.yaml'), base);
  writeFileSync(
    join(dir, 'guides/defects.yaml'),
    base
      .replace('到办事现场次数: 1', '到办事现场次数: 一次')
      .replace('    材料类型: 复印件', '    材料类型: 原件及复印件'),
  );
  // A second department, so the scorecard line has something to compare across guides.
  writeFileSync(
    join(dir, 'guides/other.yaml'),
    base
      .replace('实施主体: 呼和浩特市市场监督管理局', '实施主体: 包头市市场监督管理局')
      .replace('办件类型: 承诺件', '办件类型: 即办件'),
  );
}

/** Runs with --cache --debug; returns the output and the cache's own account of what it did. */
function cached(args: string[] = []) {
  const r = runCli(['guides', '--cache', '--debug', ...args], { cwd: dir });
  const m = /cache: (\d+) from the cache, (\d+) linted(?: \(all entries dropped: (\w+)\))?/.exec(r.stderr);
  return { ...r, hits: m ? Number(m[1]) : -1, linted: m ? Number(m[2]) : -1, dropped: m?.[3] };
}

const cacheFile = () => join(dir, '.guidelintcache');
const readCache = () => JSON.parse(readFileSync(cacheFile(), 'utf8'));

/** Changes a cached message of defects.yaml, to prove that a later hit really comes from the cache. */
function tamper(): void {
  const c = readCache();
  const entry = c.files[join(dir, 'guides/defects.yaml')];
  entry.result.findings[0].message = 'FROM-THE-CACHE';
  writeFileSync(cacheFile(), JSON.stringify(c));
}

beforeEach(setup);

describe('--cache', () => {
  it('a second run takes every unchanged file from the cache, with identical output (score line included)', () => {
    const plain = runCli(['guides'], { cwd: dir });
    const first = cached();
    expect(first).toMatchObject({ hits: 0, linted: 3, dropped: 'new' });
    expect(existsSync(cacheFile())).toBe(true);
    const second = cached();
    expect(second).toMatchObject({ hits: 3, linted: 0, dropped: undefined });
    expect(second.stdout).toBe(plain.stdout);
    expect(second.stdout).toMatch(/评分|score/i);
    expect(second.status).toBe(plain.status);
    // JSON too, byte for byte.
    expect(cached(['-f', 'json']).stdout).toBe(runCli(['guides', '-f', 'json'], { cwd: dir }).stdout);
  });

  it('a hit is the cached result (tampered here), until the file changes', () => {
    cached();
    tamper();
    const hit = cached(['-f', 'json']);
    expect(hit.hits).toBe(3);
    expect(hit.stdout).toContain('FROM-THE-CACHE');
    // Same bytes, new modification time: still a hit (content hash, not mtime).
    const f = join(dir, 'guides/defects.yaml');
    writeFileSync(f, readFileSync(f));
    expect(cached(['-f', 'json']).stdout).toContain('FROM-THE-CACHE');
    writeFileSync(f, `# edited\n${readFileSync(f, 'utf8')}`);
    const changed = cached(['-f', 'json']);
    expect(changed).toMatchObject({ hits: 2, linted: 1 });
    expect(changed.stdout).not.toContain('FROM-THE-CACHE');
    // The relinted file's findings moved one line down.
    const visits = JSON.parse(changed.stdout).findings.find(
      (x: { ruleId: string; file: string }) => x.ruleId === 'guide-schema' && x.file === 'guides/defects.yaml',
    );
    expect(visits.line).toBe(base.split('\n').findIndex((l) => l.startsWith('到办事现场次数')) + 2);
  });

  it('a changed configuration invalidates everything', () => {
    cached();
    tamper();
    const r = cached(['-f', 'json', '--rule', 'enum-values:off']);
    expect(r).toMatchObject({ hits: 0, linted: 3, dropped: 'config' });
    expect(r.stdout).not.toContain('FROM-THE-CACHE');
    expect(JSON.parse(r.stdout).findings.some((x: { ruleId: string }) => x.ruleId === 'enum-values')).toBe(false);
    // --lang is configuration too (messages are cached in their language).
    expect(cached(['--rule', 'enum-values:off', '--lang', 'en'])).toMatchObject({ linted: 3, dropped: 'config' });
    expect(cached(['--rule', 'enum-values:off', '--lang', 'en'])).toMatchObject({ hits: 3, linted: 0 });
  });

  it('another tool version invalidates everything', () => {
    cached();
    tamper();
    const c = readCache();
    c.tool = '0.0.0-older';
    writeFileSync(cacheFile(), JSON.stringify(c));
    const r = cached(['-f', 'json']);
    expect(r).toMatchObject({ hits: 0, linted: 3, dropped: 'tool' });
    expect(r.stdout).not.toContain('FROM-THE-CACHE');
    expect(readCache().tool).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('a changed plugin (same path, new content) or plugin set invalidates everything', () => {
    const plugin = (text: string) => `export const rules = [{
  meta: { id: 'local/always', item: null, severity: 'warning', source: 'practice', description: { zh: '总是', en: 'always' }, messages: { hit: { zh: '${text}', en: '${text}' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },
  check(guide, ctx) { ctx.report({ path: ['事项名称'], messageId: 'hit' }); },
}];\n`;
    writeFileSync(join(dir, 'plugin.mjs'), plugin('PLUGIN-V1'));
    writeFileSync(join(dir, 'guide-lint.config.yaml'), 'plugins:\n  - ./plugin.mjs\n');
    const first = cached();
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.stdout).toContain('PLUGIN-V1');
    expect(cached()).toMatchObject({ hits: 3, linted: 0 });
    writeFileSync(join(dir, 'plugin.mjs'), plugin('PLUGIN-V2'));
    const changed = cached();
    expect(changed).toMatchObject({ hits: 0, linted: 3, dropped: 'plugins' });
    expect(changed.stdout).toContain('PLUGIN-V2');
    // No plugin at all: a different configuration (and plugin set).
    rmSync(join(dir, 'guide-lint.config.yaml'));
    const none = cached();
    expect(none).toMatchObject({ hits: 0, linted: 3 });
    expect(none.stdout).not.toContain('PLUGIN-V');
  });

  it('results that depend on form files are relinted when those files change, though the guide did not', () => {
    cached();
    const blank = join(dir, 'guides/forms/blank.docx');
    const saved = readFileSync(blank);
    truncateSync(blank, 0);
    const emptied = cached(['-f', 'json']);
    // Every guide refers to forms/blank.docx: all three are linted again.
    expect(emptied).toMatchObject({ hits: 0, linted: 3 });
    const findings = JSON.parse(emptied.stdout).findings as { ruleId: string; file: string }[];
    expect(findings.some((x) => x.ruleId === 'blank-form' && x.file === 'guides/clean.yaml')).toBe(true);
    expect(cached()).toMatchObject({ hits: 3, linted: 0 });
    rmSync(blank);
    const removed = cached(['-f', 'json']);
    expect(removed.linted).toBe(3);
    expect(
      JSON.parse(removed.stdout).findings.filter((x: { ruleId: string }) => x.ruleId === 'blank-form').length,
    ).toBeGreaterThan(0);
    writeFileSync(blank, saved);
    const restored = cached(['-f', 'json']);
    expect(restored.linted).toBe(3);
    expect(JSON.parse(restored.stdout).findings.some((x: { ruleId: string }) => x.ruleId === 'blank-form')).toBe(false);
    // A form nobody refers to changing is no reason to relint.
    writeFileSync(join(dir, 'guides/forms/unrelated.pdf'), 'x');
    expect(cached()).toMatchObject({ hits: 3, linted: 0 });
  });

  it('a corrupt cache file is ignored and replaced, never an error', () => {
    const plain = runCli(['guides'], { cwd: dir });
    for (const junk of [
      '{"format":1,"files":',
      'null',
      '[1,2]',
      '\u0000\u0001binary',
      '{"format":1,"tool":"x","config":"y","plugins":"z","files":{"a":{"hash":1}}}',
    ]) {
      writeFileSync(cacheFile(), junk);
      const r = cached();
      expect(r.status, r.stderr).toBe(plain.status);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.linted).toBe(3);
      expect(() => readCache()).not.toThrow();
    }
    // Entries of the right key but the wrong shape are misses, not crashes.
    cached();
    const c = readCache();
    c.files[join(dir, 'guides/clean.yaml')] = { hash: 'nope', result: 42 };
    c.files[join(dir, 'guides/other.yaml')].result = { findings: 'x' };
    writeFileSync(cacheFile(), JSON.stringify(c));
    const r = cached();
    expect(r).toMatchObject({ hits: 1, linted: 2 });
    expect(r.stdout).toBe(plain.stdout);
    const d = readCache();
    d.files[join(dir, 'guides/defects.yaml')].result.stats = 'oops';
    d.files[join(dir, 'guides/clean.yaml')].result.findings = [{ ruleId: 1 }];
    writeFileSync(cacheFile(), JSON.stringify(d));
    const again = cached();
    expect(again).toMatchObject({ hits: 1, linted: 2 });
    expect(again.stdout).toBe(plain.stdout);
  });

  it('--cache-location: a file or a folder; the cache file itself is never linted', () => {
    const asFile = runCli(['guides', '--cache', '--cache-location', 'tmp/my.cache', '--debug'], { cwd: dir });
    expect(asFile.stderr).toContain(join(dir, 'tmp/my.cache'));
    expect(statSync(join(dir, 'tmp/my.cache')).isFile()).toBe(true);
    mkdirSync(join(dir, 'cachedir'));
    runCli(['guides', '--cache', '--cache-location', 'cachedir'], { cwd: dir });
    expect(existsSync(join(dir, 'cachedir/.guidelintcache'))).toBe(true);
    // A cache named like a guide, inside the linted folder, is not read as one.
    const inside = runCli(['guides', '--cache', '--cache-location', 'guides/cache.json', '-f', 'json'], { cwd: dir });
    const again = runCli(['guides', '--cache', '--cache-location', 'guides/cache.json', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout).summary.files).toBe(3);
    expect(again.stdout).toBe(inside.stdout);
  });

  it('works with --threads: workers lint only the files that missed, dependencies recorded there too', () => {
    // Enough files for two workers (the pool needs a few batches of 64 per worker).
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(dir, `guides/g${String(i).padStart(3, '0')}.yaml`),
        base.replace('事项名称: 食品经营许可（新办）', `事项名称: 食品经营许可（新办${i}）`),
      );
    const plain = runCli(['guides', '-f', 'json', '--threads', '2'], { cwd: dir });
    const first = cached(['-f', 'json', '--threads', '2']);
    expect(first).toMatchObject({ hits: 0, linted: 303 });
    expect(first.stdout).toBe(plain.stdout);
    const second = cached(['-f', 'json', '--threads', '2']);
    expect(second).toMatchObject({ hits: 303, linted: 0 });
    expect(second.stdout).toBe(plain.stdout);
    writeFileSync(join(dir, 'guides/g007.yaml'), base.replace('到办事现场次数: 1', '到办事现场次数: 一次'));
    expect(cached(['-f', 'json', '--threads', '2'])).toMatchObject({ hits: 302, linted: 1 });
    // The form stats were taken in the workers and still invalidate the results that used them.
    truncateSync(join(dir, 'guides/forms/sample.docx'), 0);
    const r = cached(['-f', 'json', '--threads', '2']);
    expect(r.linted).toBe(303);
    expect(JSON.parse(r.stdout).findings.filter((x: { ruleId: string }) => x.ruleId === 'sample-form')).toHaveLength(
      303,
    );
  }, 120_000);
});
