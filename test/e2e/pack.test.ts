// Distribution: `npm pack` gives a package that installs globally and runs. The tarball is installed
// into a temporary prefix (offline, from the npm cache), then the "Use in CI" commands of
// docs/ci.md (and of the README) run against a small guide project, in order, as a CI job would run
// them — the first one installs the tarball from the project's tools/ folder, as the docs say. The
// workflow `init --ci github` writes is run the same way: its `run:` steps, install included.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import jsyaml from 'js-yaml';
import { ciCommands, defaultTarball } from '../../src/commands/init.js';

const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const START = '<!-- ci-commands:start';
const END = '<!-- ci-commands:end -->';

/** The commands between the ci-commands markers of a Markdown file (undefined: no markers). */
function ciCommandsIn(markdown: string): string[] | undefined {
  const a = markdown.indexOf(START);
  const b = markdown.indexOf(END);
  if (a === -1 || b === -1) return undefined;
  const block = /```sh\n([\s\S]*?)```/.exec(markdown.slice(a, b));
  return block?.[1]!
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

const DOC = ciCommandsIn(readFileSync(join(ROOT, 'docs/ci.md'), 'utf8'))!;

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- spawnSync's types say string, but stdout/stderr are null when the process could not be spawned (r.error set)
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
  const install = (mode: string) =>
    sh('npm', ['install', '-g', '--prefix', prefix, tarball, mode, '--no-audit', '--no-fund'], tmp);
  let r = install('--offline');
  if (r.status !== 0) r = install('--prefer-offline');
  if (r.status !== 0) throw new Error(`npm install -g failed: ${r.stderr}`);
  const binDir = process.platform === 'win32' ? prefix : join(prefix, 'bin');
  bin = join(binDir, process.platform === 'win32' ? 'guide-lint.cmd' : 'guide-lint');
  env = {
    ...process.env,
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    GUIDE_LINT_LANG: undefined,
  };
  delete env.GUIDE_LINT_LANG;
  delete env.FORCE_COLOR;
}, 240_000);

/** A guide project: guides/clean.yaml with its forms, and the packed tarball at tools/. */
function guideProject(name: string): string {
  const project = join(tmp, name);
  mkdirSync(join(project, 'guides', 'forms'), { recursive: true });
  cpSync(join(ROOT, 'test/support/forms'), join(project, 'guides', 'forms'), { recursive: true });
  writeFileSync(join(project, 'guides', 'clean.yaml'), readFileSync(join(ROOT, 'test/support/base-guide.yaml')));
  mkdirSync(join(project, 'tools'));
  cpSync(tarball, join(project, defaultTarball(VERSION)));
  return project;
}

/** The environment of a CI step whose `npm install --global` goes to a fresh prefix (dependencies from the npm cache). */
function installEnv(globalPrefix: string): NodeJS.ProcessEnv {
  const binDir = process.platform === 'win32' ? globalPrefix : join(globalPrefix, 'bin');
  return {
    ...env,
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_prefix: globalPrefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 60_000);

describe('npm pack → npm install -g → guide-lint', () => {
  it('the tarball holds what the CLI needs at run time, and no sources or tests', () => {
    const list = sh('tar', ['-tzf', tarball], tmp)
      .stdout.split('\n')
      .map((l) => l.replace(/^package\//, ''));
    for (const f of [
      'bin/guide-lint.js',
      'dist/src/cli.js',
      'dist/src/engine/worker.js',
      'dist/rules/index.js',
      'schemas/guide.schema.json',
      'schemas/config.schema.json',
      'docs/rules/office-hours.md',
      'docs/ci.md',
      'package.json',
      'README.md',
    ]) {
      expect(list, f).toContain(f);
    }
    expect(
      list.filter((f) =>
        /^(src|test|rules|scripts|examples|fixtures)\/|^dist\/(test|bench|scripts|examples)|(?<!\.d)\.ts$/.test(f),
      ),
    ).toEqual([]);
    // The rule kit is the package's entry, with its type declarations.
    for (const f of [
      'dist/src/kit/index.js',
      'dist/src/kit/index.d.ts',
      'dist/src/engine/rule.d.ts',
      'dist/src/kit/rule-tester.js',
      'dist/src/kit/rule-tester.d.ts',
    ])
      expect(list, f).toContain(f);
  });

  it('guide-lint --version', () => {
    const r = sh(bin, ['--version'], tmp, env);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('docs/ci.md shows the commands init writes into workflows (and the README the same, once it has them)', () => {
    expect(DOC).toEqual(ciCommands('guides/', VERSION));
    expect(DOC[0]).toBe(`npm install --global ${defaultTarball(VERSION)}`);
    const readme = ciCommandsIn(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    if (readme) expect(readme).toEqual(DOC);
  });

  it('the "Use in CI" commands, in order, in a guide project with a config: the tarball in tools/ installs', () => {
    const project = guideProject('project');
    writeFileSync(
      join(project, 'guide-lint.config.yaml'),
      'extends: [recommended, checklist]\nrules:\n  office-hours-holidays: warning\n',
    );
    const ciEnv = installEnv(join(tmp, 'prefix-docs'));
    for (const line of DOC) {
      const r = sh('sh', ['-c', line], project, ciEnv);
      expect(r.status, `${line}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    expect(sh('sh', ['-c', 'command -v guide-lint'], project, ciEnv).stdout.trim()).toBe(
      join(tmp, 'prefix-docs', 'bin', 'guide-lint'),
    );
    const report = JSON.parse(readFileSync(join(project, 'guide-lint-report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ files: 1, guides: 1 });
    // Run again: the report of the last run is not linted.
    const again = sh('sh', ['-c', DOC.at(-1)!], project, ciEnv);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'guide-lint-report.json'), 'utf8')).summary).toMatchObject({
      files: 1,
      guides: 1,
      errors: 0,
    });
    // A defect fails the job.
    writeFileSync(
      join(project, 'guides', 'bad.yaml'),
      readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8').replace('（法定节假日除外）', ''),
    );
    const failing = sh('sh', ['-c', DOC.at(-1)!], project, ciEnv);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('office-hours-holidays');
  });

  it('the workflow `init --ci github` writes: its run steps install the tarball and lint, in a repository root with other files', () => {
    const project = guideProject('workflow-project');
    // A repository root: tool files beside the guides, which the job (linting ".") must not lint.
    writeFileSync(join(project, 'package.json'), '{"name": "guides", "private": true}\n');
    writeFileSync(join(project, 'tsconfig.json'), '{"compilerOptions": {"strict": true}}\n');
    writeFileSync(join(project, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
    rmSync(join(project, 'tools'), { recursive: true });
    const init = sh(bin, ['init', '--ci', 'github', '--path', '.'], project, env);
    expect(init.status, init.stderr).toBe(0);
    const workflow = readFileSync(join(project, '.github/workflows/guide-lint.yml'), 'utf8');
    expect(workflow).toContain('# guide-lint is not on the npm registry yet');
    const steps = (jsyaml.load(workflow) as { jobs: { 'guide-lint': { steps: { run?: string }[] } } }).jobs[
      'guide-lint'
    ].steps;
    const runs = steps.flatMap((st) => (st.run ? [st.run] : []));
    expect(runs[0]).toBe(`npm install --global ${defaultTarball(VERSION)}`);
    // The release tarball where the workflow's comments say to commit it.
    mkdirSync(join(project, 'tools'));
    cpSync(tarball, join(project, defaultTarball(VERSION)));
    const ciEnv = installEnv(join(tmp, 'prefix-workflow'));
    for (const line of runs) {
      const r = sh('sh', ['-c', line], project, ciEnv);
      expect(r.status, `${line}\n${r.stdout}${r.stderr}`).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(project, 'guide-lint-report.json'), 'utf8')).summary).toMatchObject({
      files: 1,
      guides: 1,
      errors: 0,
      warnings: 0,
    });
  });

  it('the pre-commit example: a local hook whose entry, given the staged files it selects, runs the installed guide-lint', () => {
    const config = jsyaml.load(readFileSync(join(ROOT, 'examples/ci/pre-commit-config.yaml'), 'utf8')) as {
      repos: { repo: string; hooks: { entry: string; language: string; files: string }[] }[];
    };
    const [repo] = config.repos;
    expect(repo!.repo).toBe('local');
    const hook = repo!.hooks[0]!;
    expect(hook.language).toBe('system');
    const project = guideProject('pre-commit-project');
    writeFileSync(join(project, 'package.json'), '{"name": "guides"}\n');
    const staged = ['guides/clean.yaml', 'package.json', 'README.md'].filter((f) => new RegExp(hook.files).test(f));
    expect(staged).toEqual(['guides/clean.yaml']);
    const commit = sh('sh', ['-c', `${hook.entry} ${staged.join(' ')}`], project, env);
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
    // A commit that touches no guide passes (--allow-empty); a defect fails it.
    expect(sh('sh', ['-c', hook.entry], join(project, 'tools'), env).status).toBe(0);
    writeFileSync(
      join(project, 'guides', 'clean.yaml'),
      readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8').replace(/^办理地点:.*\n/m, ''),
    );
    const failing = sh('sh', ['-c', `${hook.entry} ${staged.join(' ')}`], project, env);
    expect(failing.status, failing.stdout).toBe(1);
    expect(failing.stdout).toContain('办理地点');
  });

  it('the TypeScript example plugin, against the installed package: type-checks, a messageId typo does not, and its rule fires', () => {
    const project = join(tmp, 'plugin-project');
    mkdirSync(join(project, 'guides'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "plugin-project", "private": true, "type": "module"}\n');
    const add = (mode: string) => sh('npm', ['install', tarball, mode, '--no-audit', '--no-fund'], project);
    let r = add('--offline');
    if (r.status !== 0) r = add('--prefer-offline');
    expect(r.status, r.stderr).toBe(0);
    cpSync(join(ROOT, 'examples/plugin/index.ts'), join(project, 'index.ts'));
    cpSync(join(ROOT, 'examples/plugin/tsconfig.json'), join(project, 'tsconfig.json'));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const typecheck = sh(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], project);
    expect(typecheck.status, typecheck.stdout + typecheck.stderr).toBe(0);
    // A messageId that meta.messages lacks is a compile error (the directive fails if it is not),
    // whether the messages are { zh, en } or plain strings.
    writeFileSync(
      join(project, 'typo.ts'),
      [
        "import { defineRule } from 'guide-lint';",
        "const meta = { id: 'x/typo', item: null, severity: 'warning', source: 'practice', description: { zh: '', en: '' }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } } as const;",
        'export const typo = defineRule({',
        "  meta: { ...meta, messages: { missing: { zh: '缺少', en: 'missing' } } },",
        '  check(_guide, ctx) {',
        '    // @ts-expect-error: not a key of meta.messages',
        "    ctx.report({ path: ['监督电话'], messageId: 'mising' });",
        '  },',
        '});',
        '// The same with the wording as plain Chinese strings.',
        'export const plain = defineRule({',
        "  meta: { ...meta, description: '说明', messages: { missing: '缺少' } },",
        '  check(_guide, ctx) {',
        '    // @ts-expect-error: not a key of meta.messages',
        "    ctx.report({ path: ['监督电话'], messageId: 'mising' });",
        "    ctx.report({ path: ['监督电话'], messageId: 'missing' });",
        '  },',
        '});',
        '',
      ].join('\n'),
    );
    const strict = sh(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--skipLibCheck',
        'typo.ts',
      ],
      project,
    );
    expect(strict.status, strict.stdout + strict.stderr).toBe(0);
    const build = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    // Its rule tested with the package's RuleTester (`guide-lint/rule-tester`): type-checked, then run
    // by plain node, no test runner installed; one table right, one expecting the wrong line.
    const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
    const checkSource = (line: number) =>
      [
        "import { RuleTester, type InvalidCase } from 'guide-lint/rule-tester';",
        "import { supervisionHotline } from './index.js';",
        `const tester = new RuleTester({ base: ${JSON.stringify(base)} });`,
        `const invalid: InvalidCase[] = [{ yaml: '监督电话: 0471-6945679', errors: [{ messageId: 'missing', line: ${line}, column: 7 }] }];`,
        "tester.run(supervisionHotline, { valid: ['监督电话: 0471-6945679、12345'], invalid });",
        "console.log('rule tests passed');",
        '',
      ].join('\n');
    writeFileSync(join(project, 'check-right.ts'), checkSource(1));
    writeFileSync(join(project, 'check-wrong.ts'), checkSource(2));
    const tscArgs = ['--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck'];
    const checkBuild = sh(
      process.execPath,
      [tsc, ...tscArgs, '--outDir', 'checks', 'check-right.ts', 'check-wrong.ts'],
      project,
    );
    expect(checkBuild.status, checkBuild.stdout + checkBuild.stderr).toBe(0);
    expect(existsSync(join(project, 'node_modules/vitest')), 'no test runner in the project').toBe(false);
    const passing = sh(process.execPath, ['checks/check-right.js'], project);
    expect(passing.status, passing.stderr).toBe(0);
    expect(passing.stdout).toBe('rule tests passed\n');
    const failing = sh(process.execPath, ['checks/check-wrong.js'], project);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('AssertionError');
    expect(failing.stderr).toContain('example/supervision-hotline › 监督电话: 0471-6945679: line of finding 0');
    writeFileSync(join(project, 'guide-lint.config.yaml'), 'extends: [recommended]\nplugins:\n  - ./dist/index.js\n');
    writeFileSync(join(project, 'guides', 'bad.yaml'), base.replace('监督电话: "12345"', '监督电话: 0471-6945679'));
    const run = sh(
      process.execPath,
      [join(project, 'node_modules/guide-lint/bin/guide-lint.js'), 'guides/bad.yaml', '--format', 'json', '--no-score'],
      project,
      env,
    );
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; line: number }[] }).findings;
    expect(
      findings.filter((f) => f.ruleId === 'example/supervision-hotline'),
      run.stderr,
    ).toMatchObject([{ line: 22 }]);
  }, 240_000);

  it('the installed package finds its schemas and docs (explain, schema, print-config)', () => {
    expect(sh(bin, ['explain', 'office-hours'], tmp, env).stdout).toMatch(/^office-hours {2}/);
    expect(existsSync(sh(bin, ['schema', '--config', '--path'], tmp, env).stdout.trim())).toBe(true);
    const r = sh(bin, ['print-config', 'x.yaml'], tmp, env);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).configFile).toBe(null);
  });
});
