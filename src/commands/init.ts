// `guide-lint init`: writes a starter config (guide-lint.config.yaml, or .json), and on request a
// CI workflow (GitHub Actions or GitLab CI) that runs the commands of docs/ci.md. The workflow
// texts here are the one source: examples/ci/ holds copies that a test keeps identical.

import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configFilesIn } from '../config/load.js';
import { CONFIG_SCHEMA_ID } from '../config/schema.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../model/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';

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
}

const REPORT = 'guide-lint-report.json';

/** The commands a CI job runs, in order (docs/ci.md shows the same; test/e2e/pack.test.ts runs them). */
export function ciCommands(path: string, version = VERSION): string[] {
  return [`npm install --global guide-lint@${version}`, 'guide-lint --version', `guide-lint ${path} --max-warnings 0 --format json --output ${REPORT} --format stylish`];
}

export function githubWorkflow(path: string, version = VERSION): string {
  const [install, check, lint] = ciCommands(path, version);
  return `# Lints the service guides on every push and pull request (guide-lint init --ci github; docs/ci.md).
# 每次推送和合并请求时检查办事指南。
name: guide-lint
on:
  push:
  pull_request:
jobs:
  guide-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: ${install}
      - run: ${check}
      - run: ${lint}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: guide-lint-report
          path: ${REPORT}
`;
}

export function gitlabJob(path: string, version = VERSION): string {
  const [install, check, lint] = ciCommands(path, version);
  return `# Lints the service guides in every pipeline (guide-lint init --ci gitlab; docs/ci.md).
# 每条流水线中检查办事指南。
guide-lint:
  image: node:20
  script:
    - ${install}
    - ${check}
    - ${lint}
  artifacts:
    when: always
    paths:
      - ${REPORT}
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

async function writeNew(file: string, text: string, force: boolean | undefined): Promise<void> {
  if (existsSync(file) && !force) throw new UsageError(`${file} already exists (--force overwrites it)`);
  mkdirSync(dirname(file), { recursive: true });
  await writeAtomic(file, text);
}

/** Writes the files and returns what to print. */
export async function runInit(o: InitOptions): Promise<string> {
  const zh = o.lang === 'zh';
  const name = o.format === 'json' ? 'guide-lint.config.json' : 'guide-lint.config.yaml';
  const existing = configFilesIn(o.cwd).filter((f) => !f.endsWith(name) || !o.force);
  if (existing.length) throw new UsageError(`${existing.map((f) => f.slice(o.cwd.length + 1)).join(', ')} already exists${existing.some((f) => f.endsWith(name)) ? ' (--force overwrites it)' : ''}`);
  const lines: string[] = [];
  const schema = schemaRef(o.cwd);
  await writeNew(join(o.cwd, name), o.format === 'json' ? starterJson(o.preset, schema) : starterYaml(o.preset, schema), o.force);
  lines.push(zh ? `已写入 ${name}` : `wrote ${name}`);
  if (o.ci) {
    const path = o.path ?? (isDir(join(o.cwd, 'guides')) ? 'guides/' : '.');
    let file: string;
    let text: string;
    if (o.ci === 'github') {
      file = '.github/workflows/guide-lint.yml';
      text = githubWorkflow(path);
    } else {
      // An existing pipeline is never overwritten: the job goes into its own file, to include.
      file = existsSync(join(o.cwd, '.gitlab-ci.yml')) ? '.gitlab/guide-lint.yml' : '.gitlab-ci.yml';
      text = gitlabJob(path);
    }
    await writeNew(join(o.cwd, file), text, o.force);
    lines.push(zh ? `已写入 ${file}` : `wrote ${file}`);
    if (file === '.gitlab/guide-lint.yml') {
      lines.push(zh ? '请在 .gitlab-ci.yml 中加入：include: [{ local: .gitlab/guide-lint.yml }]' : 'add to .gitlab-ci.yml: include: [{ local: .gitlab/guide-lint.yml }]');
    }
  }
  lines.push(zh ? '运行 guide-lint 检查指南；guide-lint print-config <文件> 显示生效的配置。' : 'run guide-lint to lint; guide-lint print-config <file> shows the effective config.');
  return `${lines.join('\n')}\n`;
}

