// What a run writes, and that it says so: -o without -f takes the format of the file's extension;
// --fix and --annotate print one line per file written.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfFile, pairOutputs } from '../../src/commands/lint.js';
import { ROOT, runCli } from '../support/cli.js';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-outputs-'));
  cpSync(join(ROOT, 'test/support/base-guide.yaml'), join(dir, 'a.yaml'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  return dir;
}

describe('-o without -f', () => {
  it("pairs formats and outputs by position; an output without a format takes its extension's", () => {
    expect(formatOfFile('r.json')).toBe('json');
    expect(formatOfFile('out/R.SARIF')).toBe('sarif');
    expect(formatOfFile('junit.xml')).toBe('junit');
    expect(formatOfFile('r.htm')).toBe('html');
    expect(formatOfFile('问题清单.xlsx')).toBe('xlsx');
    expect(formatOfFile('report.txt')).toBe('stylish');
    expect(formatOfFile('report')).toBe('stylish');
    expect(pairOutputs([], [])).toEqual([{ format: 'stylish', output: undefined }]);
    expect(pairOutputs([], ['r.json', 'r.sarif'])).toEqual([
      { format: 'json', output: 'r.json' },
      { format: 'sarif', output: 'r.sarif' },
    ]);
    expect(pairOutputs(['stylish'], ['r.json'])).toEqual([{ format: 'stylish', output: 'r.json' }]);
    expect(pairOutputs(['json', 'stylish'], ['r.json'])).toEqual([
      { format: 'json', output: 'r.json' },
      { format: 'stylish', output: undefined },
    ]);
    expect(() => pairOutputs(['json', 'stylish'], [])).toThrow(/only one --format/);
  });

  it("the built CLI writes each file in its extension's format, and nothing on stdout", () => {
    const dir = project();
    const r = runCli(
      ['a.yaml', '-o', 'r.json', '-o', 'r.sarif', '-o', 'r.xml', '-o', 'r.html', '-o', 'r.xlsx', '-o', 'r.txt'],
      { cwd: dir },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toHaveProperty('findings');
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
    expect(readFileSync(join(dir, 'r.xml'), 'utf8')).toMatch(/<testsuites/);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(dir, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toMatch(/共 1 个文件、1 份指南/);
  });
});

describe('--fix and --annotate say what they wrote', () => {
  it('--fix: one line per rewritten file with its number of fixes, on stderr; none when nothing is fixable', () => {
    const dir = project();
    const base = readFileSync(join(dir, 'a.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'a.yaml'),
      base.replace(/^办理时间: (.*)$/m, (_l, v: string) => `办理时间: ${v.replace(/0/g, '０')}`),
    );
    const r = runCli(['a.yaml', '--fix', '--no-score', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toMatch(/^guide-lint: a\.yaml: \d+ fix(es)? applied, file rewritten\n$/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(base);
    const again = runCli(['a.yaml', '--fix', '--no-score'], { cwd: dir });
    expect(again.stderr).toBe('guide-lint: 没有可自动修复的问题，未修改任何文件\n');
  });

  it('--annotate: one line per copy (input, findings, cells, where)', () => {
    const dir = project();
    cpSync(join(ROOT, 'fixtures/sheets/relational.xlsx'), join(dir, 'relational.xlsx'));
    const r = runCli(['relational.xlsx', 'a.yaml', '--annotate', 'notes', '--no-score', '--lang', 'en'], { cwd: dir });
    // Its form links point outside this folder, so it has more findings here than in fixtures/.
    expect(r.stderr).toMatch(
      /^guide-lint: relational\.xlsx: \d+ findings on \d+ cells, written to notes\/relational\.xlsx\n$/,
    );
    expect(readFileSync(join(dir, 'notes/relational.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const none = runCli(['a.yaml', '--annotate', 'notes2', '--no-score'], { cwd: dir });
    expect(none.stderr).toBe('guide-lint: 没有需要批注的电子表格，未写入 notes2\n');
  });
});
