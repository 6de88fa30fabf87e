// `guide-lint score` through the built CLI (bin/guide-lint.js → dist/): formats, options, exit
// codes, the JSON schema, and the lint command's one-line score.

import { cpSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ROOT, runCli } from '../support/cli.js';

const CLEAN = ['fixtures/guides/clean', '--power-list', 'fixtures/power-list/clean.xlsx'];
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/score.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const out = () => mkdtempSync(join(tmpdir(), 'guide-lint-score-'));

describe('guide-lint score', () => {
  it('table: every measure with ✔/✘, the breakdown, what to fix; exit 0 without --fail-under', () => {
    const r = runCli(['score', ...CLEAN]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24]) expect(r.stdout).toMatch(new RegExp(`^ ?${n} `, 'm'));
    expect(r.stdout).toMatch(/^ 7 .*73\.3%.*✘/m);
    expect(r.stdout).toMatch(/^ 9 .*60\.0%.*✘/m);
    expect(r.stdout).toMatch(/^ 2 .*4\/13.*30\.8%.*≥20%.*2021-12-31.*✔/m);
    expect(r.stdout).toContain('按实施主体');
    expect(r.stdout).toContain('fixtures/power-list/clean.xlsx 权责清单!B19  150100-XK-0013 食品生产许可');
    // How many items were measured, of all; item 8 says that it needs each department's whole set.
    expect(r.stdout).toContain('\n已测 13 项指标（共 13 项）中 10 项达标\n');
    expect(r.stdout).toMatch(
      /^第 8 项 公共服务事项办事指南发布数量（13 个部门）\n {2}本项按每个部门的全部公共服务事项指南计数/m,
    );
    expect(runCli(['score', ...CLEAN, '--lang', 'en']).stdout).toContain(
      "  counted over each department's whole set of public-service guides",
    );
  });

  it('table columns line up by display width (CJK titles)', () => {
    const r = runCli(['score', ...CLEAN, '--by', 'none']);
    const rows = r.stdout.split('\n').filter((l) => /^ ?\d+ {2}\S/.test(l));
    const col = (l: string) => l.indexOf('2021-');
    const widthBefore = (l: string) =>
      Array.from(l.slice(0, col(l))).reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    expect(rows).toHaveLength(13);
    expect(new Set(rows.map(widthBefore)).size).toBe(1);
  });

  it('--fail-under: exit 1 when a measure misses, 0 when all are on target', () => {
    expect(runCli(['score', ...CLEAN, '--fail-under']).status).toBe(1);
    expect(
      runCli([
        'score',
        'fixtures/score/at-target/guides',
        '--power-list',
        'fixtures/score/at-target/power-list.csv',
        '--fail-under',
      ]).status,
    ).toBe(0);
    expect(
      runCli([
        'score',
        'fixtures/score/below-target/guides',
        '--power-list',
        'fixtures/score/below-target/power-list.csv',
        '--fail-under',
      ]).status,
    ).toBe(1);
  });

  it('json: valid against schemas/score.schema.json, measures 1–11 + 23, 24, breakdowns in their own arrays', () => {
    for (const args of [
      [...CLEAN, '--by', 'department,level'],
      [
        'fixtures/score/mixed/guides',
        '--power-list',
        'fixtures/score/mixed/power-list.yaml',
        '--by',
        'level',
        '--lang',
        'en',
      ],
      ['fixtures/score/below-target/guides', '--power-list', 'fixtures/score/below-target/power-list.csv'],
      ['fixtures/guides/clean', '--by', 'none'],
    ]) {
      const r = runCli(['score', ...args, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(json.measures.map((m: { item: number }) => m.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24]);
    }
    const json = JSON.parse(runCli(['score', ...CLEAN, '--format', 'json', '--by', 'department,level']).stdout);
    expect(json.byDepartment).toHaveLength(13);
    expect(json.byLevel.map((l: { key: string }) => l.key)).toEqual(['省级', '市级', '县级']);
    expect(json.measures[6]).toMatchObject({
      item: 7,
      numerator: 11,
      denominator: 15,
      target: 1,
      deadline: '2021-12-31',
      met: false,
    });
    expect(json.powerList).toMatchObject({
      file: 'fixtures/power-list/clean.xlsx',
      powers: 20,
      counted: 15,
      unknownCodes: [],
    });
  });

  it('html: one self-contained file (no network), every item shown', () => {
    const dir = out();
    const r = runCli(['score', ...CLEAN, '--format', 'html', '--output', join(dir, 'score.html')]);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'score.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("default-src 'none'");
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24]) expect(html).toContain(`id="item-${n}"`);
  });

  it('xlsx: one sheet per view', () => {
    const dir = out();
    const file = join(dir, 'score.xlsx');
    const r = runCli(['score', ...CLEAN, '--by', 'department,level', '--format', 'xlsx', '-o', file]);
    expect(r.status, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(file));
    expect(wb.SheetNames).toEqual(['指标', '按实施主体', '按行使层级', '待整改', '权责清单']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['指标']!, { header: 1 });
    expect(rows).toHaveLength(14);
    expect(rows[7]).toEqual([7, '依申请事项办事指南发布数量', 11, 15, 11 / 15, '73.3%', 1, '2021-12-31', '✘', '', 4]);
  });

  it('config targets: override the checklist preset (another region, other numbers)', () => {
    const dir = out();
    cpSync(join(ROOT, 'fixtures/score/at-target'), join(dir, 'set'), { recursive: true });
    writeFileSync(
      join(dir, 'guide-lint.config.yaml'),
      'targets:\n  2: "25%"\n  8: { target: 10, deadline: 2022-06-30 }\n',
    );
    const r = runCli(
      ['score', 'set/guides', '--power-list', 'set/power-list.csv', '--format', 'json', '--fail-under'],
      { cwd: dir },
    );
    expect(r.status, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.measures[1]).toMatchObject({ item: 2, target: 0.25, value: 0.2, met: false });
    expect(json.measures[7]).toMatchObject({ item: 8, target: 10, deadline: '2022-06-30', value: 20, met: true });
  });

  it('usage errors exit 2', () => {
    const dir = out();
    expect(runCli(['score', 'fixtures/guides/clean', '--format', 'xlsx']).stderr).toContain('--output');
    expect(runCli(['score', 'fixtures/guides/clean', '--format', 'xlsx']).status).toBe(2);
    expect(runCli(['score', 'fixtures/guides/clean', '--by', 'region']).status).toBe(2);
    expect(runCli(['score', 'fixtures/guides/clean', '--format', 'pdf']).status).toBe(2);
    const missing = runCli(['score', 'fixtures/guides/clean', '--power-list', join(dir, 'none.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--power-list');
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });
});

describe('the lint command prints a one-line score', () => {
  it('after the stylish summary; not with --no-score; never in JSON', () => {
    const r = runCli(['fixtures/guides/clean']);
    expect(r.status).toBe(0);
    const last = r.stdout.trimEnd().split('\n').at(-1);
    expect(last).toBe(
      '评分：已测 11 项指标（共 13 项）中 10 项达标；第 8 项未达标：公共服务事项指南最少的部门 0 个，需每个部门 ≥ 20 个（按部门的全部指南计）；第 7、9 项需 --power-list（详见 guide-lint score）',
    );
    expect(runCli(['fixtures/guides/clean', '--lang', 'en']).stdout).toContain(
      'Score: 10 of 11 measured items met (13 in all); item 8 missed: the smallest department has 0 public-service guides',
    );
    expect(runCli(['fixtures/guides/clean', '--no-score']).stdout).not.toContain('评分');
    expect(JSON.parse(runCli(['fixtures/guides/clean', '--format', 'json']).stdout)).not.toHaveProperty('score');
  });
});
