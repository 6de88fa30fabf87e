// Distribution: `npm pack` gives a package that installs globally and runs. The tarball is installed
// into a temporary prefix (offline, from the npm cache), then the "Use in CI" commands of
// docs/ci.md (and of the README, once it has the section) run against a small guide project, in
// order, as a CI job would run them.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { ciCommands } from '../../src/commands/init.js';

const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const START = '<!-- ci-commands:start';
const END = '<!-- ci-commands:end -->';

/** The commands between the ci-commands markers of a Markdown file (undefined: no markers). */
function ciCommandsIn(markdown: string): string[] | undefined {
  const a = markdown.indexOf(START);
  const b = markdown.indexOf(END);
  if (a === -1 || b === -1) return undefined;
  const block = /```sh\n([\s\S]*?)```/.exec(markdown.slice(a, b));
  return block?.[1]!.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const DOC = ciCommandsIn(readFileSync(join(ROOT, 'docs/ci.md'), 'utf8'))!;

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

let tmp: string;
let prefix: string;
let tarball: string;
let env: NodeJS.ProcessEnv;
let bin: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'guide-lint-pack-'));
  prefix = join(tmp, 'prefix');
  // --ignore-scripts: pack what `npm run build` made (the tests run after it), without rebuilding.
  const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  tarball = join(tmp, JSON.parse(pack.stdout)[0].filename);
  const install = (mode: string) => sh('npm', ['install', '-g', '--prefix', prefix, tarball, mode, '--no-audit', '--no-fund'], tmp);
  let r = install('--offline');
  if (r.status !== 0) r = install('--prefer-offline');
  if (r.status !== 0) throw new Error(`npm install -g failed: ${r.stderr}`);
  const binDir = process.platform === 'win32' ? prefix : join(prefix, 'bin');
  bin = join(binDir, process.platform === 'win32' ? 'guide-lint.cmd' : 'guide-lint');
  env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', GUIDE_LINT_LANG: undefined };
  delete env.GUIDE_LINT_LANG;
  delete env.FORCE_COLOR;
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack → npm install -g → guide-lint', () => {
  it('the tarball holds what the CLI needs at run time, and no sources or tests', () => {
    const list = sh('tar', ['-tzf', tarball], tmp).stdout.split('\n').map((l) => l.replace(/^package\//, ''));
    for (const f of ['bin/guide-lint.js', 'dist/src/cli.js', 'dist/src/engine/worker.js', 'dist/rules/index.js', 'schemas/guide.schema.json', 'schemas/config.schema.json', 'docs/rules/office-hours.md', 'docs/ci.md', 'package.json', 'README.md']) {
      expect(list, f).toContain(f);
    }
    expect(list.filter((f) => /^(src|test|rules|scripts|examples|fixtures)\/|^dist\/(test|bench|scripts)|\.ts$/.test(f))).toEqual([]);
  });

  it('guide-lint --version', () => {
    const r = sh(bin, ['--version'], tmp, env);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('docs/ci.md shows the commands init writes into workflows (and the README the same, once it has them)', () => {
    expect(DOC).toEqual(ciCommands('guides/', VERSION));
    const readme = ciCommandsIn(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    if (readme) expect(readme).toEqual(DOC);
  });

  it('the "Use in CI" commands, in order, in a guide project with a config', () => {
    const project = join(tmp, 'project');
    mkdirSync(join(project, 'guides', 'forms'), { recursive: true });
    cpSync(join(ROOT, 'test/support/forms'), join(project, 'guides', 'forms'), { recursive: true });
    writeFileSync(join(project, 'guides', 'clean.yaml'), readFileSync(join(ROOT, 'test/support/base-guide.yaml')));
    writeFileSync(join(project, 'guide-lint.config.yaml'), 'extends: [recommended, checklist]\nrules:\n  office-hours-holidays: warning\n');
    const [install, ...rest] = DOC;
    expect(install).toBe(`npm install --global guide-lint@${VERSION}`); // done above, from the tarball
    for (const line of rest) {
      const r = sh('sh', ['-c', line], project, env);
      expect(r.status, `${line}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    const report = JSON.parse(readFileSync(join(project, 'guide-lint-report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ files: 1, guides: 1 });
    // A defect fails the job.
    writeFileSync(join(project, 'guides', 'bad.yaml'), readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8').replace('（法定节假日除外）', ''));
    const failing = sh('sh', ['-c', rest.at(-1)!], project, env);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('office-hours-holidays');
  });

  it('the installed package finds its schemas and docs (explain, schema, print-config)', () => {
    expect(sh(bin, ['explain', 'office-hours'], tmp, env).stdout).toMatch(/^office-hours  /);
    expect(existsSync(sh(bin, ['schema', '--config', '--path'], tmp, env).stdout.trim())).toBe(true);
    const r = sh(bin, ['print-config', 'x.yaml'], tmp, env);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).configFile).toBe(null);
  });
});
