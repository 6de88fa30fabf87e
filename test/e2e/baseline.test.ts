// --baseline / --update-baseline through the built CLI: recorded findings pass (and are counted),
// new ones fail, moved ones stay recorded, duplicates are counted, fixed ones are reported for
// pruning, and the file is stable, sorted JSON with relative paths.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('old findings pass once recorded; a new one fails', () => {
    expect(lint(['guides']).status).toBe(1);
    const missing = lint(['guides', '--baseline', 'baseline.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--update-baseline');

    const update = lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    expect(update.status, update.stdout + update.stderr).toBe(0);
    expect(update.stderr).toContain('baseline.json（2 条记录）');

    const known = lint(['guides', '--baseline', 'baseline.json']);
    expect(known.status).toBe(0);
    expect(known.stdout).toContain('✔ 0 个问题');
    expect(known.stdout).toContain('基线 baseline.json 抑制了 2 个已记录的问题');
    const counted = json(['guides', '--baseline', 'baseline.json']);
    expect(counted.out.summary).toMatchObject({ errors: 0, suppressed: 2, baselined: 2, baselineFixed: 0 });

    // A new defect (another element) fails, and only it is reported.
    writeFileSync(
      join(dir, 'guides/defects.yaml'),
      twoDefects.replace('咨询电话: 0471-6945678', '咨询电话: 请来电咨询'),
    );
    const fresh = json(['guides', '--baseline', 'baseline.json']);
    expect(fresh.status).toBe(1);
    expect(fresh.out.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['consultation-phone']);
    expect(fresh.out.summary.baselined).toBe(2);
    // Another value at a recorded path is a new finding too.
    writeFileSync(join(dir, 'guides/defects.yaml'), twoDefects.replace('到办事现场次数: 一次', '到办事现场次数: 两次'));
    const changed = json(['guides', '--baseline', 'baseline.json']);
    expect(changed.status).toBe(1);
    expect(changed.out.findings.some((f: { path: string[] }) => f.path[0] === '到办事现场次数')).toBe(true);
  });

  it('the file: sorted, one entry per line, stable keys, relative "/" paths, no line numbers; rewriting is byte-identical', () => {
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8');
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "tool": "guide-lint",', '  "version": 1,', '  "entries": [']);
    const entryLines = lines.filter((l) => l.startsWith('    {'));
    expect(entryLines).toHaveLength(2);
    for (const l of entryLines)
      expect(Object.keys(JSON.parse(l.replace(/,$/, '')))).toEqual(['file', 'ruleId', 'path', 'value', 'fingerprint']);
    expect(entries()).toEqual([
      {
        file: 'guides/defects.yaml',
        ruleId: 'enum-values',
        path: ['申请材料', 1, '材料类型'],
        value: '扫描件',
        fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/),
      },
      {
        file: 'guides/defects.yaml',
        ruleId: 'guide-schema',
        path: ['到办事现场次数'],
        value: '一次',
        fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/),
      },
    ]);
    expect(text).not.toMatch(/"line"|"column"/);
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(text);
    // The same baseline from another working folder: paths are relative to the baseline file.
    const fromInside = lint(['.', '--baseline', '../baseline.json'], join(dir, 'guides'));
    expect(fromInside.status).toBe(0);
    expect(fromInside.stdout).toContain('抑制了 2 个');
  });

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

  it('fixed entries are reported for pruning; --update-baseline prunes them', () => {
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    writeFileSync(join(dir, 'guides/defects.yaml'), twoDefects.replace('到办事现场次数: 一次', '到办事现场次数: 1'));
    const r = lint(['guides', '--baseline', 'baseline.json', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 baseline entries no longer occur: run --update-baseline to prune');
    expect(r.stdout).toContain('guides/defects.yaml  guide-schema  到办事现场次数  “一次”');
    // Machine formats on stdout: the note goes to stderr, the entries into the report.
    const j = json(['guides', '--baseline', 'baseline.json']);
    expect(j.stderr).toContain('1 条基线记录已不再出现：运行 --update-baseline 以清理');
    expect(j.out.summary.baselineFixed).toBe(1);
    expect(j.out.baseline.fixed).toEqual([
      expect.objectContaining({ file: 'guides/defects.yaml', ruleId: 'guide-schema', path: ['到办事现场次数'] }),
    ]);
    lint(['guides', '--baseline', 'baseline.json', '--update-baseline']);
    expect(entries()).toHaveLength(1);
    expect(json(['guides', '--baseline', 'baseline.json']).out.summary).toMatchObject({
      baselined: 1,
      baselineFixed: 0,
    });
    // A deleted file's entries no longer occur either.
    rmSync(join(dir, 'guides/defects.yaml'));
    expect(json(['guides', '--baseline', 'baseline.json']).out.summary.baselineFixed).toBe(1);
  });

  it('linting part of the tree keeps (and does not report) the entries of the other files', () => {
    cpSync(join(ROOT, 'test/support/forms'), join(dir, 'other/forms'), { recursive: true });
    writeFileSync(join(dir, 'other/b.yaml'), base.replace('咨询电话: 0471-6945678', '咨询电话: 6945678'));
    lint(['guides', 'other', '--baseline', 'baseline.json', '--update-baseline']);
    expect(entries()).toHaveLength(3);
    const part = json(['other', '--baseline', 'baseline.json']);
    expect(part.out.summary).toMatchObject({ baselined: 1, baselineFixed: 0 });
    lint(['other', '--baseline', 'baseline.json', '--update-baseline']);
    expect(entries()).toHaveLength(3);
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

  it('works with the other formats and the cache; the baseline file is never linted as a guide', () => {
    // The default file name, in the linted folder.
    const up = lint(['.', '--update-baseline']);
    expect(up.status).toBe(0);
    expect(entries(join(dir, 'guide-lint-baseline.json'))).toHaveLength(2);
    const again = json(['.', '--baseline', 'guide-lint-baseline.json', '--cache']);
    expect(again.status).toBe(0);
    expect(again.out.summary.files).toBe(2);
    const sarif = lint(['.', '--baseline', 'guide-lint-baseline.json', '--cache', '-f', 'sarif']);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
  });
});
