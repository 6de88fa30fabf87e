// The built CLI end to end: exit codes, both formats, locations, options.

import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

let dir: string;
const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-e2e-'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  // Three known defects at known places: a typo'd key, a variant value, a wrong type.
  writeFileSync(
    join(dir, 'defects.yaml'),
    base
      .replace('到办事现场次数: 1', '到办事现场次数: 一次')
      .replace('    材料类型: 复印件', '    材料类型: 原件及复印件')
      .replace('监督电话: "12345"', '监督电话: "12345"\n承诺办结时间: 3'),
  );
});

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('guide-lint CLI', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('JSON output: summary and exact locations of each defect', () => {
    const r = runCli(['defects.yaml', '--format', 'json', '--no-score'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.tool.name).toBe('guide-lint');
    expect(out.summary).toMatchObject({ files: 1, guides: 1 });
    const text = readFileSync(join(dir, 'defects.yaml'), 'utf8');
    const byRule = (id: string) => out.findings.filter((f: { ruleId: string }) => f.ruleId === id);
    const visits = out.findings.find((f: { path: string[] }) => f.path.join('/') === '到办事现场次数');
    expect(visits).toMatchObject({
      ruleId: 'guide-schema',
      item: 22,
      severity: 'error',
      file: 'defects.yaml',
      line: lineOf(text, '到办事现场次数'),
      column: 10,
      guide: '食品经营许可（新办）',
    });
    expect(byRule('enum-values')[0]).toMatchObject({
      item: 20,
      line: lineOf(text, '原件及复印件'),
      column: 11,
      path: ['申请材料', 1, '材料类型'],
    });
    expect(byRule('unknown-element')[0]).toMatchObject({
      line: lineOf(text, '承诺办结时间'),
      column: 1,
      endColumn: 7,
      severity: 'warning',
    });
    for (const f of out.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine * 10000 + f.endColumn).toBeGreaterThanOrEqual(f.line * 10000 + f.column);
    }
  });

  it('--output writes the report to a file; --lang en', () => {
    const r = runCli(['defects.yaml', '--format', 'json', '--output', 'out.json', '--lang', 'en', '--no-score'], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(out.findings.some((f: { message: string }) => f.message.includes('a synonym of the standard value'))).toBe(
      true,
    );
  });

  it('--quiet reports errors only; --max-warnings', () => {
    const q = runCli(['defects.yaml', '--quiet', '--format', 'json', '--no-score'], { cwd: dir });
    expect(JSON.parse(q.stdout).findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    const warnOnly = runCli(
      ['defects.yaml', '--rule', 'guide-schema:off', '--rule', 'enum-values:off', '--max-warnings', '0', '--no-score'],
      { cwd: dir },
    );
    expect(warnOnly.status).toBe(1);
    expect(warnOnly.stderr).toContain('--max-warnings 0');
    const allowed = runCli(
      ['defects.yaml', '--rule', 'guide-schema:off', '--rule', 'enum-values:off', '--max-warnings', '5', '--no-score'],
      { cwd: dir },
    );
    expect(allowed.status).toBe(0);
  });

  it('stylish output: grouped by file, line:column, rule and item, summary', () => {
    const r = runCli(['defects.yaml', '--no-score'], { cwd: dir });
    const text = readFileSync(join(dir, 'defects.yaml'), 'utf8');
    expect(r.stdout).toContain('defects.yaml\n');
    expect(r.stdout).toMatch(
      new RegExp(`${lineOf(text, '到办事现场次数')}:10 +错误 +“到办事现场次数”应为整数 +guide-schema（第22项）`),
    );
    expect(r.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示），共 1 个文件、1 份指南/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR colours, NO_COLOR and --no-color do not', () => {
    expect(
      runCli(['defects.yaml', '--no-score'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout,
    ).toMatch(/\u001b\[/);
    expect(
      runCli(['defects.yaml', '--no-score', '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })
        .stdout,
    ).not.toMatch(/\u001b\[/);
  });

  it('a bad option value is a one-line usage error with exit 2', () => {
    const r = runCli(['defects.yaml', '--lang', 'fr'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
