// Config files through the built CLI: discovery from a subfolder, --config, overrides, extends
// (paths and npm packages), plugins (npm package, worker threads, broken, refused), .mjs configs,
// ignore, lang, areaCodes, maxFileSize, columns, targets, print-config, init, and the exit-2
// one-line located errors.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { ciCommands, githubWorkflow, gitlabJob } from '../../src/commands/init.js';

const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
/** The base guide without "法定节假日除外": office-hours-holidays reports it (info by default) on 办理时间. */
const NO_HOLIDAYS = BASE.replace('（法定节假日除外）', '');
const HOLIDAYS_LINE = BASE.split('\n').findIndex((l) => l.startsWith('办理时间')) + 1;

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

const holidays = (fs: Finding[]) =>
  fs
    .filter((f) => f.ruleId === 'office-hours-holidays')
    .map((f) => `${f.file} ${f.severity}`)
    .sort();

describe('config discovery and precedence', () => {
  const dir = project({
    'guide-lint.config.yaml': [
      '# A team config: stricter on holidays, relaxed for one department.',
      'rules:',
      '  office-hours-holidays: error',
      'overrides:',
      '  - files: ["guides/教育局/**"]',
      '    rules:',
      '      office-hours-holidays: warning',
      '  - files: "guides/教育局/old-*.yaml"',
      '    rules:',
      '      office-hours-holidays: off',
      '',
    ].join('\n'),
  });
  guides(dir, 'guides/市场监管局', { 'a.yaml': NO_HOLIDAYS });
  guides(dir, 'guides/教育局', { 'b.yaml': NO_HOLIDAYS, 'old-c.yaml': NO_HOLIDAYS });

  it('is found from a subfolder; its globs stay relative to its own folder', () => {
    const r = lintJson(['.'], join(dir, 'guides', '教育局'));
    expect(r.stderr).toBe('');
    expect(holidays(r.findings)).toEqual(['b.yaml warning']);
    expect(r.status).toBe(0);
  });

  it('overrides apply in order to the files they match', () => {
    const r = lintJson(['guides'], dir);
    expect(holidays(r.findings)).toEqual(['guides/市场监管局/a.yaml error', 'guides/教育局/b.yaml warning']);
    expect(r.findings.find((f) => f.ruleId === 'office-hours-holidays')!.line).toBe(HOLIDAYS_LINE);
    expect(r.status).toBe(1);
  });

  it('--rule wins over the config and its overrides', () => {
    const r = lintJson(['guides', '--rule', 'office-hours-holidays:info'], dir);
    expect(holidays(r.findings)).toEqual([
      'guides/市场监管局/a.yaml info',
      'guides/教育局/b.yaml info',
      'guides/教育局/old-c.yaml info',
    ]);
    expect(r.status).toBe(0);
  });

  it('--config FILE replaces the search', () => {
    const elsewhere = project({ 'relaxed.yaml': 'rules:\n  office-hours-holidays: off\n' });
    const r = lintJson(['guides', '--config', join(elsewhere, 'relaxed.yaml')], dir);
    expect(holidays(r.findings)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('the config file itself is never linted as a guide, even when named (pre-commit passes it)', () => {
    expect(lintJson(['.'], dir).files).toBe(3);
    expect(lintJson(['guide-lint.config.yaml', 'guides/教育局/b.yaml'], dir).files).toBe(1);
  });

  it('print-config shows the effective config of a file', () => {
    const r = runCli(['print-config', 'guides/教育局/old-c.yaml'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      file: 'guides/教育局/old-c.yaml',
      configFile: 'guide-lint.config.yaml',
      presets: ['recommended'],
      ignored: false,
      overrides: ['guide-lint.config.yaml: overrides[0]', 'guide-lint.config.yaml: overrides[1]'],
      lang: 'zh',
    });
    expect(out.rules['office-hours-holidays']).toBe('off');
    expect(out.rules['phone-distinct']).toEqual(['warning', { areaCodes: [] }]);
    expect(Object.keys(out.rules).length).toBeGreaterThan(30);
    const r2 = runCli(['print-config', 'a.yaml', '--rule', 'office-hours:off'], {
      cwd: join(dir, 'guides', '市场监管局'),
    });
    expect(r2.status, r2.stderr).toBe(0);
    const other = JSON.parse(r2.stdout);
    expect(other).toMatchObject({ file: 'a.yaml', configFile: '../../guide-lint.config.yaml', overrides: [] });
    expect(other.rules['office-hours-holidays']).toBe('error');
    expect(other.rules['office-hours']).toBe('off');
  });
});

describe('extends', () => {
  it('a local file and an npm package, each extending further', () => {
    const dir = project({
      'node_modules/@org/guide-lint-config/package.json': '{ "name": "@org/guide-lint-config", "main": "index.yaml" }',
      'node_modules/@org/guide-lint-config/index.yaml':
        'extends: [strict, ./regional.yaml]\nrules:\n  office-hours-holidays: warning\n',
      'node_modules/@org/guide-lint-config/regional.yaml': 'areaCodes: ["0472"]\n',
      'team/base.yaml': 'extends: "@org/guide-lint-config"\nlang: en\n',
      'guide-lint.config.yaml': 'extends: ./team/base.yaml\n',
    });
    guides(dir, 'guides', { 'a.yaml': NO_HOLIDAYS });
    const r = lintJson(['guides'], dir);
    expect(holidays(r.findings)).toEqual(['guides/a.yaml warning']);
    // areaCodes from the package feeds phone-distinct: 0471 is not the region's.
    const foreign = r.findings.filter((f) => f.ruleId === 'phone-distinct');
    expect(foreign.map((f) => f.message)).toEqual([
      '咨询电话 "0471-6945678" has area code 0471, which is not one of the region\'s (0472); use a local number, e.g. "0472-6945678"',
    ]);
    // strict: result-type etc. are warnings; lang: en.
    expect(JSON.parse(runCli(['print-config', 'guides/a.yaml'], { cwd: dir }).stdout)).toMatchObject({
      presets: ['strict'],
      lang: 'en',
      extends: [
        'node_modules/@org/guide-lint-config/regional.yaml',
        'node_modules/@org/guide-lint-config/index.yaml',
        'team/base.yaml',
      ],
    });
  });
});

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

  it('a broken plugin: exit 2, one line naming it', () => {
    const dir = project({
      'guide-lint.config.yaml': 'plugins:\n  - ./plugins/broken.mjs\n',
      'plugins/broken.mjs': 'export const rules = [;\n',
      'a.yaml': BASE,
    });
    const r = runCli(['a.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^guide-lint: guide-lint\.config\.yaml:2:5: plugin \.\/plugins\/broken\.mjs could not be loaded: Unexpected token ';'\n$/,
    );
  });

  it('a plugin that is not installed', () => {
    const dir = project({ 'guide-lint.config.yaml': 'plugins: [guide-lint-plugin-nope]\n', 'a.yaml': BASE });
    const r = runCli(['a.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'guide-lint: guide-lint.config.yaml:1:11: 插件 guide-lint-plugin-nope 加载失败：package "guide-lint-plugin-nope" is not installed (npm install --save-dev guide-lint-plugin-nope)\n',
    );
  });
});

describe('.mjs configs and --no-config-code', () => {
  const dir = project({
    'guide-lint.config.mjs':
      "// Code: runs only when allowed.\nexport default { rules: { 'office-hours-holidays': 'error' } };\n",
  });
  guides(dir, 'guides', { 'a.yaml': NO_HOLIDAYS });

  it('an .mjs config is found and run', () => {
    const r = lintJson(['guides'], dir);
    expect(holidays(r.findings)).toEqual(['guides/a.yaml error']);
  });

  it('--no-config-code refuses it: exit 2 naming the file (lint, score and print-config)', () => {
    for (const args of [['guides'], ['score', 'guides'], ['print-config', 'guides/a.yaml']]) {
      const r = runCli([...args, '--no-config-code', '--lang', 'en'], { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(
        'guide-lint: guide-lint.config.mjs: refused to run config code guide-lint.config.mjs (--no-config-code): .mjs configs and plugins are executable code; load them only from trusted repositories\n',
      );
    }
  });

  it('--no-config-code with a YAML config is fine', () => {
    const d = project({ 'guide-lint.config.yaml': 'rules:\n  office-hours-holidays: error\n' });
    guides(d, 'guides', { 'a.yaml': NO_HOLIDAYS });
    expect(holidays(lintJson(['guides', '--no-config-code'], d).findings)).toEqual(['guides/a.yaml error']);
  });
});

describe('config errors: exit 2, one located line', () => {
  const cases: [string, string, string[], string][] = [
    [
      'bad rule option (zh)',
      'rules:\n  phone-distinct: [warning, { areaCodes: ["x1"] }]\n',
      [],
      'guide-lint.config.yaml:2:43: 规则 phone-distinct 的选项无效：areaCodes[0] 应当匹配模式 "^0?[1-9]\\d{1,2}$"',
    ],
    [
      'unknown rule (en)',
      'rules:\n  office-hour: off\n',
      ['--lang', 'en'],
      'guide-lint.config.yaml:2:3: unknown rule "office-hour" (did you mean "office-hours"?) (guide-lint rules lists them)',
    ],
    [
      'GUIDE_LINT_LANG sets the language of config errors',
      'rules:\n  office-hour: off\n',
      [],
      'guide-lint.config.yaml:2:3: unknown rule "office-hour" (did you mean "office-hours"?) (guide-lint rules lists them)',
    ],
    [
      'YAML syntax',
      'rules:\n  office-hours: [error\n',
      ['--lang', 'en'],
      'guide-lint.config.yaml:2:23: invalid config: YAML syntax error: unexpected end of the stream within a flow collection',
    ],
  ];
  for (const [name, yaml, args, message] of cases) {
    it(name, () => {
      const dir = project({ 'guide-lint.config.yaml': yaml, 'a.yaml': BASE });
      const r = runCli(['a.yaml', ...args], {
        cwd: dir,
        env: name.startsWith('GUIDE_LINT_LANG') ? { GUIDE_LINT_LANG: 'en' } : { GUIDE_LINT_LANG: undefined },
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`guide-lint: ${message}\n`);
    });
  }
});

describe('ignore, lang, maxFileSize, columns, targets', () => {
  it('ignore: names at any depth and anchored paths, through folder arguments, globs and explicit files', () => {
    const dir = project({ 'guide-lint.config.yaml': 'ignore:\n  - drafts/\n  - guides/old\n  - "*.bak.yaml"\n' });
    guides(dir, 'guides', { 'a.yaml': BASE, 'a.bak.yaml': BASE });
    guides(dir, 'guides/drafts', { 'd.yaml': BASE });
    guides(dir, 'guides/old', { 'o.yaml': BASE });
    guides(dir, 'guides/new', { 'n.yaml': BASE });
    expect(lintJson(['.'], dir).files).toBe(2);
    expect(lintJson(['guides'], dir).files).toBe(2);
    expect(lintJson(['guides/**/*.yaml'], dir).files).toBe(2);
    expect(lintJson(['.'], join(dir, 'guides')).files).toBe(2);
    const explicit = runCli(['guides/old/o.yaml'], { cwd: dir });
    expect(explicit.status).toBe(2);
    expect(explicit.stderr).toContain('guides/old/o.yaml 被忽略规则');
    expect(explicit.stderr).toContain('没有检查任何办事指南');
    expect(JSON.parse(runCli(['print-config', 'guides/old/o.yaml'], { cwd: dir }).stdout).ignored).toBe(true);
  });

  it('lang: config is the default; --lang and GUIDE_LINT_LANG win', () => {
    const dir = project({ 'guide-lint.config.yaml': 'lang: en\n' });
    guides(dir, 'g', { 'a.yaml': NO_HOLIDAYS });
    const msg = (args: string[], env: Record<string, string | undefined> = { GUIDE_LINT_LANG: undefined }) =>
      lintJson(['g', ...args], dir, env).findings.find((f) => f.ruleId === 'office-hours-holidays')!.message;
    expect(msg([])).toMatch(/public holidays/);
    expect(msg(['--lang', 'zh'])).toMatch(/法定节假日/);
    expect(msg([], { GUIDE_LINT_LANG: 'zh' })).toMatch(/法定节假日/);
  });

  it('maxFileSize skips larger files', () => {
    const dir = project({ 'guide-lint.config.yaml': 'maxFileSize: 1KB\n', 'a.yaml': BASE });
    const r = lintJson(['a.yaml', '--lang', 'en'], dir);
    expect(r.findings).toMatchObject([{ ruleId: 'parse-error', message: expect.stringContaining('limit 1024') }]);
  });

  it('columns map spreadsheet headers to elements', () => {
    const csv = readFileSync(join(ROOT, 'fixtures/sheets/export-utf8-bom.csv'), 'utf8').replace(
      /^(.*?),办件类型,/,
      '$1,办件分类甲,',
    );
    const dir = project({ 'sheets/export.csv': csv });
    const missing = (d: string) =>
      lintJson(['sheets'], d).findings.filter((f) => f.message.includes('办件类型') || f.message.includes('办件分类甲'))
        .length;
    expect(missing(dir)).toBeGreaterThan(0);
    writeFileSync(join(dir, 'guide-lint.config.yaml'), 'columns:\n  办件分类甲: 办件类型\n');
    expect(missing(dir)).toBe(0);
  });

  it('targets (and the checklist preset) reach the scorecard', () => {
    const dir = project({ 'guide-lint.config.yaml': 'extends: [recommended, checklist]\ntargets:\n  2: 25%\n' });
    guides(dir, 'guides', { 'a.yaml': BASE });
    const r = runCli(['score', 'guides', '--format', 'json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const measures = JSON.parse(r.stdout).measures as { item: number; target: number }[];
    expect(measures.find((m) => m.item === 2)!.target).toBe(0.25);
    expect(measures.find((m) => m.item === 4)!.target).toBe(0.9);
  });
});

describe('init and schema', () => {
  it('init writes a starter config that lints, and a GitHub workflow', () => {
    const dir = project({});
    guides(dir, 'guides', { 'a.yaml': BASE });
    const r = runCli(['init', '--ci', 'github', '--lang', 'en'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote guide-lint.config.yaml');
    expect(r.stdout).toContain('wrote .github/workflows/guide-lint.yml');
    expect(readFileSync(join(dir, '.github/workflows/guide-lint.yml'), 'utf8')).toBe(githubWorkflow('guides/'));
    const config = JSON.parse(runCli(['print-config', 'guides/a.yaml'], { cwd: dir }).stdout);
    expect(config).toMatchObject({ configFile: 'guide-lint.config.yaml', presets: ['recommended', 'checklist'] });
    expect(lintJson(['guides'], dir).status).toBe(0);
    const again = runCli(['init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('guide-lint: guide-lint.config.yaml 已存在（--force 覆盖）\n');
    expect(runCli(['init', '--lang', 'en'], { cwd: dir }).stderr).toBe(
      'guide-lint: guide-lint.config.yaml already exists (--force overwrites it)\n',
    );
    expect(runCli(['init', '--force'], { cwd: dir }).status).toBe(0);
  });

  it('init, then init --ci github: the workflow is added, the edited config is never touched (not even with --force)', () => {
    const dir = project({});
    expect(runCli(['init'], { cwd: dir }).status).toBe(0);
    const edited = 'extends: [strict]\nrules:\n  office-hours: off\n';
    writeFileSync(join(dir, 'guide-lint.config.yaml'), edited);
    const ci = runCli(['init', '--ci', 'github', '--lang', 'en'], { cwd: dir });
    expect(ci.status, ci.stderr).toBe(0);
    expect(ci.stdout).toContain('kept the existing guide-lint.config.yaml (unchanged)');
    expect(ci.stdout).toContain('wrote .github/workflows/guide-lint.yml');
    expect(readFileSync(join(dir, '.github/workflows/guide-lint.yml'), 'utf8')).toBe(githubWorkflow('.'));
    // Again: the workflow exists; --force overwrites it (with another install route), and only it.
    expect(runCli(['init', '--ci', 'github'], { cwd: dir }).status).toBe(2);
    writeFileSync(join(dir, '.github/workflows/guide-lint.yml'), 'edited\n');
    const forced = runCli(
      ['init', '--ci', 'github', '--force', '--from', 'git+https://example.org/guide-lint.git#v0.1.0'],
      { cwd: dir },
    );
    expect(forced.status, forced.stderr).toBe(0);
    const workflow = readFileSync(join(dir, '.github/workflows/guide-lint.yml'), 'utf8');
    expect(workflow).toContain('- run: npm install --global git+https://example.org/guide-lint.git#v0.1.0\n');
    expect(readFileSync(join(dir, 'guide-lint.config.yaml'), 'utf8')).toBe(edited);
    // init alone still refuses to overwrite the config without --force.
    expect(runCli(['init'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'guide-lint.config.yaml'), 'utf8')).toBe(edited);
  });

  it('init --ci --from: a tarball path (default), a tarball URL, a git URL or npm', () => {
    expect(ciCommands('.', '0.1.0')[0]).toBe('npm install --global ./tools/guide-lint-0.1.0.tgz');
    expect(ciCommands('.', '0.1.0', 'vendor/guide-lint-0.1.0.tgz')[0]).toBe(
      'npm install --global ./vendor/guide-lint-0.1.0.tgz',
    );
    expect(ciCommands('.', '0.1.0', 'https://example.org/releases/guide-lint-0.1.0.tgz')[0]).toBe(
      'npm install --global https://example.org/releases/guide-lint-0.1.0.tgz',
    );
    expect(ciCommands('.', '0.1.0', 'git+ssh://git@example.org/guide-lint.git#v0.1.0')[0]).toBe(
      'npm install --global git+ssh://git@example.org/guide-lint.git#v0.1.0',
    );
    expect(ciCommands('.', '0.1.0', 'npm')[0]).toBe('npm install --global guide-lint@0.1.0');
    expect(githubWorkflow('guides/', '0.1.0')).toContain('# guide-lint is not on the npm registry yet');
    expect(gitlabJob('guides/', '0.1.0', 'npm')).not.toContain('not on the npm registry');
  });

  it('init --ci gitlab never overwrites an existing pipeline; --format json', () => {
    const dir = project({ '.gitlab-ci.yml': 'stages: [test]\n' });
    const r = runCli(['init', '--ci', 'gitlab', '--format', 'json', '--path', 'guides/'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('stages: [test]\n');
    expect(readFileSync(join(dir, '.gitlab/guide-lint.yml'), 'utf8')).toBe(gitlabJob('guides/'));
    expect(JSON.parse(readFileSync(join(dir, 'guide-lint.config.json'), 'utf8')).extends).toEqual([
      'recommended',
      'checklist',
    ]);
    expect(existsSync(join(dir, 'guide-lint.config.yaml'))).toBe(false);
  });

  it('examples/ci/ holds exactly what init writes, and docs/ci.md shows it', () => {
    expect(readFileSync(join(ROOT, 'examples/ci/github-actions.yml'), 'utf8')).toBe(githubWorkflow('guides/'));
    expect(readFileSync(join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')).toBe(gitlabJob('guides/'));
    const docs = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const body = (text: string) =>
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n');
    expect(docs).toContain(`\`\`\`yaml\n${body(githubWorkflow('guides/'))}\`\`\``);
    expect(docs).toContain(`\`\`\`yaml\n${body(gitlabJob('guides/'))}\`\`\``);
  });

  it('schema --config prints the config schema', () => {
    const r = runCli(['schema', '--config']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('guide-lint 配置文件');
    expect(runCli(['schema', '--config', '--path']).stdout.trim()).toBe(join(ROOT, 'schemas', 'config.schema.json'));
  });
});
