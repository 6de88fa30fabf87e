// Plugins through the built CLI in worker threads: an npm package named in the config and a local
// plugin, with overrides, on enough files for the worker pool; the findings are the single thread's.
// The rest of the config behaviour (discovery, overrides, extends, errors, ignore, lang, init) is in
// test/scenarios/config-*, plugin-*, init-* and print-config.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-e2e-config-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** A guide folder with its form files (the form rules stat them). */
function guides(dir: string, folder: string, files: Record<string, string>): void {
  mkdirSync(join(dir, folder), { recursive: true });
  cpSync(join(ROOT, 'test/support/forms'), join(dir, folder, 'forms'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
}

function lintJson(
  args: string[],
  cwd: string,
  env?: Record<string, string | undefined>,
): { status: number | null; findings: Finding[]; files: number; stderr: string } {
  const r = runCli([...args, '--format', 'json', '--no-score'], { cwd, env });
  if (r.status !== 0 && r.status !== 1) throw new Error(`guide-lint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  return { status: r.status, findings: out.findings, files: out.summary.files, stderr: r.stderr };
}

describe('plugins', () => {
  it('an npm package named in the config, in worker threads too, with overrides', () => {
    const dir = project({
      'guide-lint.config.yaml': [
        'plugins:',
        '  - guide-lint-plugin-example',
        '  - ./probe.mjs',
        'overrides:',
        '  - files: guides/b/**',
        '    rules:',
        '      example/supervision-hotline: [warning, { hotlines: ["6945679"] }]',
        '',
      ].join('\n'),
      // Reports which thread ran it: the worker threads must load plugins themselves.
      'probe.mjs': [
        "import { isMainThread } from 'node:worker_threads';",
        'export const rules = [{',
        "  meta: { id: 'probe/thread', item: null, severity: 'info', source: 'practice', description: { zh: '线程', en: 'thread' }, messages: { where: { zh: '{thread}', en: '{thread}' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },",
        "  check(guide, ctx) { ctx.report({ path: ['事项名称'], messageId: 'where', data: { thread: isMainThread ? 'main' : 'worker' } }); },",
        '}];',
        '',
      ].join('\n'),
    });
    // The example package as npm would install it: its package.json, its built file, and guide-lint beside it.
    const pkg = join(dir, 'node_modules/guide-lint-plugin-example');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'examples/plugin/package.json'), join(pkg, 'package.json'));
    cpSync(join(ROOT, 'dist/examples/plugin/index.js'), join(pkg, 'dist/index.js'));
    symlinkSync(ROOT, join(dir, 'node_modules/guide-lint'), 'dir');
    const bad = BASE.replace('监督电话: "12345"', '监督电话: 0471-6945679');
    const files: Record<string, string> = {};
    for (let i = 0; i < 130; i++) files[`g${String(i).padStart(3, '0')}.yaml`] = bad;
    guides(dir, 'guides/a', files);
    guides(dir, 'guides/b', files);
    const threaded = lintJson(['guides', '--threads', '2'], dir);
    expect(threaded.stderr).toBe('');
    const hotline = threaded.findings.filter((f) => f.ruleId === 'example/supervision-hotline');
    expect(hotline).toHaveLength(130);
    expect(hotline.every((f) => f.file.startsWith('guides/a/') && f.severity === 'warning' && f.line === 22)).toBe(
      true,
    );
    const probes = threaded.findings.filter((f) => f.ruleId === 'probe/thread');
    expect(probes).toHaveLength(260);
    expect(probes.some((f) => f.message === 'worker')).toBe(true);
    const single = lintJson(['guides'], dir);
    expect(single.findings.filter((f) => f.ruleId !== 'probe/thread')).toEqual(
      threaded.findings.filter((f) => f.ruleId !== 'probe/thread'),
    );
    expect(new Set(single.findings.filter((f) => f.ruleId === 'probe/thread').map((f) => f.message))).toEqual(
      new Set(['main']),
    );
  });
});
