// --baseline through the built CLI where a scenario cannot say it: moved lines and reordered keys,
// duplicate findings in a multi-document file, spreadsheet rows moving down. The rest (recorded and
// new findings, the file's form, pruning, part of the tree, the default name with the cache and
// SARIF) is test/scenarios/baseline-*.scenario.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
const twoDefects = base
  .replace('到办事现场次数: 1', '到办事现场次数: 一次')
  .replace('    材料类型: 复印件', '    材料类型: 扫描件');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-baseline-'));
  mkdirSync(join(dir, 'guides'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'guides/forms'), { recursive: true });
  writeFileSync(join(dir, 'guides/clean.yaml'), base);
  writeFileSync(join(dir, 'guides/defects.yaml'), twoDefects);
});

const lint = (args: string[], cwd = dir) => runCli(['--no-score', ...args], { cwd });
const json = (args: string[], cwd = dir) => {
  const r = lint([...args, '-f', 'json'], cwd);
  return { ...r, out: JSON.parse(r.stdout) };
};
const entries = (file = join(dir, 'baseline.json')) =>
  JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, unknown>[];

describe('--baseline', () => {
  it('robust to lines moving: edits elsewhere and reordered keys keep findings recorded', () => {
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    const lines = twoDefects.split('\n');
    const visits = lines.findIndex((l) => l.startsWith('到办事现场次数'));
    const moved = [lines[visits], '# 新增注释', '# 又一行', ...lines.filter((_, i) => i !== visits)].join('\n');
    writeFileSync(join(dir, 'guides/defects.yaml'), `# 2024 年修订\n\n${moved}`);
    const r = json(['guides', '--baseline', 'baseline.json']);
    expect(r.status).toBe(0);
    expect(r.out.summary.baselined).toBe(2);
  });

  it('counts duplicates: two identical findings are two entries, a third is new', () => {
    const docs = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        twoDefects
          .replace('事项名称: 食品经营许可（新办）', `事项名称: 食品经营许可（新办${i}）`)
          .replace('到办事现场次数: 一次', '到办事现场次数: 1'),
      ).join('\n---\n');
    writeFileSync(join(dir, 'guides/defects.yaml'), docs(2));
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    const e = entries();
    expect(e).toHaveLength(2);
    expect(e[0]).toEqual(e[1]);
    expect(lint(['guides', '--baseline', 'baseline.json']).status).toBe(0);
    writeFileSync(join(dir, 'guides/defects.yaml'), docs(3));
    const third = json(['guides', '--baseline', 'baseline.json']);
    expect(third.status).toBe(1);
    expect(third.out.findings).toHaveLength(1);
    expect(third.out.summary.baselined).toBe(2);
  });

  it('spreadsheet findings are recorded by path, not cell: moved rows stay recorded', () => {
    const csv = readFileSync(join(ROOT, 'fixtures/sheets/export-utf8-bom.csv'), 'utf8');
    writeFileSync(join(dir, 'guides/list.csv'), csv);
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    const recorded = entries().filter((e) => e.file === 'guides/list.csv');
    expect(recorded.length).toBeGreaterThan(3);
    expect(JSON.stringify(recorded)).not.toMatch(/"cell"|"sheet"|![A-Z]+\d/);
    // A title row above the header moves every cell one row down.
    writeFileSync(
      join(dir, 'guides/list.csv'),
      `\ufeff某某旗政务服务事项实施清单（2024年版）\n${csv.replace(/^\ufeff/, '')}`,
    );
    const moved = json(['guides', '--baseline', 'baseline.json']);
    expect(moved.status, moved.stdout).toBe(0);
    expect(moved.out.summary.baselined).toBe(entries().length);
  });
});
