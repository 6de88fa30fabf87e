// `guide-lint init`: writes a starter config (guide-lint.config.yaml, or .json), and on request a
// CI workflow (GitHub Actions or GitLab CI) that runs the commands of docs/ci.md. The workflow
// texts here are the one source: examples/ci/ holds copies that a test keeps identical.

import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configFilesIn } from '../config/load.js';
import { CONFIG_SCHEMA_ID } from '../config/schema.js';
import { localize } from '../engine/messages.js';
import type { Text } from '../engine/rule.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../model/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';
import { defined } from '../util/defined.js';

export type CiProvider = 'github' | 'gitlab';

export interface InitOptions {
  cwd: string;
  format: 'yaml' | 'json';
  preset: 'recommended' | 'strict';
  ci?: CiProvider;
  /** Folder the CI job lints (default: guides/ when it exists, else .). */
  path?: string;
  force?: boolean;
  lang: Lang;
  /** Where the CI job installs guide-lint from: a tarball path or URL, a git URL, or npm. */
  from?: string;
  /** --shards N: the workflow lints in N parallel jobs and merges their results (src/commands/init-shards.ts). */
  shards?: number;
}

export const REPORT = 'guide-lint-report.json';

/** GitHub: the steps every guide-lint job starts with (checkout, Node, install, version check). */
export const githubSetupSteps = (install: string, check: string): string => `      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: ${install}
      - run: ${check}`;

/** GitHub: the step that keeps the JSON report, whether the lint passed or not. */
export const GITHUB_REPORT_STEP = `      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: guide-lint-report
          path: ${REPORT}`;

/** GitLab: the artifacts of the job that writes the JSON report, kept whether the lint passed or not. */
export const GITLAB_REPORT_ARTIFACTS = `  artifacts:
    when: always
    paths:
      - ${REPORT}`;

/** Where a CI job installs guide-lint from (`init --ci … --from`). */
export interface InstallSource {
  kind: 'tarball' | 'git' | 'npm';
  spec: string;
}

/** The release tarball a guide repository keeps (the default route until the package is on the npm registry). */
export const defaultTarball = (version = VERSION) => `./tools/guide-lint-${version}.tgz`;

const GIT_URL = /^(?:git\+|git:|ssh:|github:|gitlab:|bitbucket:)|^https?:\/\/.*\.git(?:#.*)?$|^git@/i;

/** --from: a tarball path or URL (default ./tools/guide-lint-VERSION.tgz), a git URL, or "npm" (the registry). */
export function installSource(from: string | undefined, version = VERSION): InstallSource {
  if (from === undefined || from === '') return { kind: 'tarball', spec: defaultTarball(version) };
  if (from === 'npm') return { kind: 'npm', spec: `guide-lint@${version}` };
  if (GIT_URL.test(from)) return { kind: 'git', spec: from };
  if (/^https?:\/\//i.test(from) || /^[./~]/.test(from) || /^[a-z]:[\\/]/i.test(from))
    return { kind: 'tarball', spec: from };
  // A relative path without "./" (tools/x.tgz) would read as a GitHub shorthand (user/repo) to npm.
  return { kind: 'tarball', spec: `./${from}` };
}

/** The commands a CI job runs, in order (docs/ci.md shows the same; test/e2e/pack.test.ts runs them). */
export function ciCommands(
  path: string,
  version = VERSION,
  from?: string,
): [install: string, check: string, lint: string] {
  return [
    `npm install --global ${installSource(from, version).spec}`,
    'guide-lint --version',
    `guide-lint ${path} --max-warnings 0 --format json --output ${REPORT} --format stylish`,
  ];
}

/** Comment lines at the top of a workflow: where guide-lint comes from, and how to change that. */
export function installNote(from: string | undefined, version: string): string {
  const src = installSource(from, version);
  const other = `# Other routes: guide-lint init --ci … --force --from <tarball path or URL | git URL | npm>.`;
  if (src.kind === 'npm') return `# Installs guide-lint@${version} from the npm registry.\n${other}\n`;
  if (src.kind === 'git') return `# Installs guide-lint from ${src.spec} (npm builds it on install).\n${other}\n`;
  return `# guide-lint is not on the npm registry yet: this job installs it from the release tarball
# ${src.spec}${/^https?:/i.test(src.spec) ? '' : ' in this repository. Build it once in a clone of guide-lint\n# (npm ci && npm pack) and commit it at that path'}.
# guide-lint 尚未发布到 npm 仓库：本作业从发布包 ${src.spec} 安装${/^https?:/i.test(src.spec) ? '' : '（在 guide-lint 源码中运行\n# npm ci && npm pack 生成，提交到本仓库的该路径）'}。
${other}
`;
}

export function githubWorkflow(path: string, version = VERSION, from?: string): string {
  const [install, check, lint] = ciCommands(path, version, from);
  return `# Lints the service guides on every push and pull request (guide-lint init --ci github; docs/ci.md).
# 每次推送和合并请求时检查办事指南。
${installNote(from, version)}name: guide-lint
on:
  push:
  pull_request:
jobs:
  guide-lint:
    runs-on: ubuntu-latest
    steps:
${githubSetupSteps(install, check)}
      - run: ${lint}
${GITHUB_REPORT_STEP}
`;
}

export function gitlabJob(path: string, version = VERSION, from?: string): string {
  const [install, check, lint] = ciCommands(path, version, from);
  return `# Lints the service guides in every pipeline (guide-lint init --ci gitlab; docs/ci.md).
# 每条流水线中检查办事指南。
${installNote(from, version)}guide-lint:
  image: node:20
  script:
    - ${install}
    - ${check}
    - ${lint}
${GITLAB_REPORT_ARTIFACTS}
`;
}

function schemaRef(cwd: string): string {
  const local = join(cwd, 'node_modules', 'guide-lint', 'schemas', 'config.schema.json');
  return existsSync(local) ? './node_modules/guide-lint/schemas/config.schema.json' : CONFIG_SCHEMA_ID;
}

export function starterYaml(preset: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# guide-lint 配置文件（说明见 docs/configuration.md；guide-lint print-config 文件 显示生效的配置）
# guide-lint config (docs/configuration.md; \`guide-lint print-config FILE\` shows the effective config)

# 预设：recommended（推荐）或 strict（严格）；checklist 为计分卡设置清单目标
extends:
  - ${preset}
  - checklist

# 规则级别：off | info | warning | error，或 [级别, 选项]（guide-lint rules 列出全部规则）
rules: {}
#  office-hours-holidays: warning
#  license-stages: [warning, { minSteps: 4 }]

# 本地区电话区号：phone-distinct 检查固定电话的区号
# areaCodes: ["0471"]

# 不检查的文件或文件夹（gitignore 风格，相对于本文件所在文件夹）
# ignore:
#   - drafts/

# 对部分文件另行设置规则（按顺序，后面的优先）
# overrides:
#   - files: ["**/*.xlsx"]
#     rules:
#       unknown-element: off

# 计分卡目标（guide-lint score），未写的项用清单目标
# targets:
#   2: 25%

# 消息语言：zh | en（--lang 优先）
# lang: zh
`;
}

export function starterJson(preset: string, schema: string): string {
  return `${JSON.stringify({ $schema: schema, extends: [preset, 'checklist'], rules: {} }, null, 2)}\n`;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const MESSAGES = {
  exists: { zh: '{file} 已存在（--force 覆盖）', en: '{file} already exists (--force overwrites it)' },
  existsOther: { zh: '已有配置文件 {file}', en: 'a config file exists already: {file}' },
  wrote: { zh: '已写入 {file}', en: 'wrote {file}' },
  kept: { zh: '保留已有的 {file}（未改动）', en: 'kept the existing {file} (unchanged)' },
  include: {
    zh: '请在 .gitlab-ci.yml 中加入：include: [{ local: .gitlab/guide-lint.yml }]',
    en: 'add to .gitlab-ci.yml: include: [{ local: .gitlab/guide-lint.yml }]',
  },
  next: {
    zh: '运行 guide-lint 检查指南；guide-lint print-config <文件> 显示生效的配置。',
    en: 'run guide-lint to lint; guide-lint print-config <file> shows the effective config.',
  },
  tarball: {
    zh: 'CI 作业从 {tarball} 安装 guide-lint（尚未发布到 npm 仓库）：在 guide-lint 源码中运行 npm ci && npm pack，把生成的文件提交到该路径；或用 --from <git 地址> 重新生成。',
    en: 'the CI job installs guide-lint from {tarball} (it is not on the npm registry yet): run npm ci && npm pack in a clone of guide-lint and commit the file at that path, or write the workflow again with --from <git URL>.',
  },
} satisfies Record<string, Text>;

async function writeNew(
  file: string,
  shown: string,
  text: string,
  force: boolean | undefined,
  lang: Lang,
): Promise<void> {
  if (existsSync(file) && !force) throw new UsageError(localize(MESSAGES.exists, lang, { file: shown }));
  mkdirSync(dirname(file), { recursive: true });
  await writeAtomic(file, text);
}

/** A .gitlab-ci.yml that init wrote (its first line says so): written again with --force, not included. */
function isOurGitlabJob(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').startsWith(
      '# Lints the service guides in every pipeline (guide-lint init --ci gitlab',
    );
  } catch {
    return false;
  }
}

/**
 * Writes the files and returns what to print. `init` writes the config; `init --ci` adds the
 * workflow and writes the config only when there is none (an existing one is never touched).
 * --force overwrites only the files this invocation writes.
 */
export async function runInit(o: InitOptions): Promise<string> {
  const t = (text: Text, data?: Record<string, string>) => localize(text, o.lang, data);
  const name = o.format === 'json' ? 'guide-lint.config.json' : 'guide-lint.config.yaml';
  const existing = configFilesIn(o.cwd).map((f) => f.slice(o.cwd.length + 1));
  const lines: string[] = [];
  if (o.ci && existing.length) {
    lines.push(t(MESSAGES.kept, { file: existing.join(', ') }));
  } else {
    const others = existing.filter((f) => f !== name);
    if (others.length) throw new UsageError(t(MESSAGES.existsOther, { file: others.join(', ') }));
    const schema = schemaRef(o.cwd);
    await writeNew(
      join(o.cwd, name),
      name,
      o.format === 'json' ? starterJson(o.preset, schema) : starterYaml(o.preset, schema),
      o.force,
      o.lang,
    );
    lines.push(t(MESSAGES.wrote, { file: name }));
  }
  if (o.ci) {
    const path = o.path ?? (isDir(join(o.cwd, 'guides')) ? 'guides/' : '.');
    let file: string;
    let text: string;
    const sharded = o.shards !== undefined && o.shards > 1 ? await import('./init-shards.js') : undefined;
    if (o.ci === 'github') {
      file = '.github/workflows/guide-lint.yml';
      text = sharded
        ? sharded.githubShardedWorkflow(path, defined(o.shards), VERSION, o.from)
        : githubWorkflow(path, VERSION, o.from);
    } else {
      // An existing pipeline is never overwritten: the job goes into its own file, to include.
      const pipeline = join(o.cwd, '.gitlab-ci.yml');
      file = existsSync(pipeline) && !isOurGitlabJob(pipeline) ? '.gitlab/guide-lint.yml' : '.gitlab-ci.yml';
      text = sharded
        ? sharded.gitlabShardedJob(path, defined(o.shards), VERSION, o.from)
        : gitlabJob(path, VERSION, o.from);
    }
    await writeNew(join(o.cwd, file), file, text, o.force, o.lang);
    lines.push(t(MESSAGES.wrote, { file }));
    if (file === '.gitlab/guide-lint.yml') lines.push(t(MESSAGES.include));
    const src = installSource(o.from);
    if (src.kind === 'tarball' && !/^https?:/i.test(src.spec)) lines.push(t(MESSAGES.tarball, { tarball: src.spec }));
  }
  lines.push(t(MESSAGES.next));
  return `${lines.join('\n')}\n`;
}
