// The built CLI on spreadsheets: stylish/json locations, the findings workbook, annotated copies
// (inputs untouched), --encoding, and the template round trip.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { cleanSheetGuide, itemCell, recordRow } from '../../scripts/make-sheet-fixtures.js';
import { ZipReader } from '../../src/load/spreadsheet/zip.js';
import { ROOT, SHEETS } from './support.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-sheets-'));
  cpSync(SHEETS, join(dir, 'sheets'), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'guides', 'forms'), join(dir, 'guides', 'forms'), { recursive: true });
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
interface JsonFinding {
  ruleId: string;
  sheet?: string;
  cell?: string;
  header?: string;
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
  guide: string | null;
  severity: string;
}
const json = (stdout: string) => JSON.parse(stdout) as { findings: JsonFinding[] };

describe('guide-lint on spreadsheets (built CLI)', () => {
  it('lints fixtures/sheets: stylish prints file:sheet!cell positions', () => {
    const r = runCli(['fixtures/sheets', '--no-score']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('fixtures/sheets/relational.xlsx');
    expect(r.stdout).toMatch(/事项!K2\s+错误\s+承诺办结时限“5日”/);
    expect(r.stdout).toMatch(/实施清单!AJ4\s+提示/);
  });

  it('JSON findings carry sheet, cell and header; line and column are the row and column numbers', () => {
    const r = runCli(['sheets/relational.xlsx', '--format', 'json', '--no-score'], { cwd: dir });
    const f = json(r.stdout).findings.find((x) => x.ruleId === 'enum-values')!;
    expect(f).toMatchObject({
      sheet: '申请材料',
      cell: 'F3',
      header: '材料类型',
      line: 3,
      column: 6,
      path: ['申请材料', 1, '材料类型'],
    });
  });

  it('--format xlsx --output writes a findings workbook that reads back: one row per finding, a summary per item', () => {
    const j = json(
      runCli(['sheets/relational.xlsx', 'sheets/export-gbk.csv', '--format', 'json', '--no-score'], { cwd: dir })
        .stdout,
    ).findings;
    const r = runCli(
      ['sheets/relational.xlsx', 'sheets/export-gbk.csv', '--format', 'xlsx', '--output', 'report.xlsx', '--no-score'],
      { cwd: dir },
    );
    expect(r.status, r.stderr).toBe(1);
    const wb = XLSX.read(readFileSync(join(dir, 'report.xlsx')));
    expect(wb.SheetNames).toEqual(['问题清单', '事项汇总']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['问题清单']!, { header: 1 });
    expect(rows[0]).toEqual([
      '文件',
      '工作表',
      '单元格',
      '表头',
      '行',
      '列',
      '事项',
      '清单项',
      '规则',
      '级别',
      '问题',
      '建议',
      '要素路径',
    ]);
    expect(rows.length - 1).toBe(j.length);
    expect(rows).toContainEqual(
      expect.arrayContaining([
        'sheets/relational.xlsx',
        '申请材料',
        'F3',
        '材料类型',
        3,
        6,
        '食品经营许可（新办）',
        20,
        'enum-values',
        '提示',
      ]),
    );
    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['事项汇总']!, { header: 1 });
    expect(summary).toContainEqual(['sheets/relational.xlsx', '食品经营许可（新办）', '事项!C2', 2, 0, 1, 3]);
    // Without --output the workbook would go to a terminal: a usage error.
    expect(runCli(['sheets/relational.xlsx', '--format', 'xlsx'], { cwd: dir }).status).toBe(2);
  });

  it('--annotate DIR writes commented copies; the inputs stay byte-identical', () => {
    const inputs = ['sheets/relational.xlsx', 'sheets/legacy.xls', 'sheets/export-gbk.csv'];
    const before = inputs.map((f) => sha(join(dir, f)));
    const r = runCli([...inputs, '--annotate', 'annotated', '--no-score'], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    expect(inputs.map((f) => sha(join(dir, f)))).toEqual(before);
    const copy = XLSX.read(readFileSync(join(dir, 'annotated/sheets/relational.xlsx')));
    const comment = (sheet: string, cell: string) =>
      (copy.Sheets[sheet]![cell] as XLSX.CellObject | undefined)?.c?.map((c) => c.t).join('\n');
    expect(comment('事项', 'K2')).toMatch(/promised-time-limit: 承诺办结时限“5日”/);
    expect(comment('申请材料', 'F3')).toMatch(/enum-values/);
    expect(comment('事项', 'A2')).toBeUndefined();
    // The copy keeps the data.
    expect(copy.Sheets['事项']!.A2!.v).toBe('食品经营许可（新办）');
    expect(existsSync(join(dir, 'annotated/sheets/legacy.xls.xlsx'))).toBe(true);
    const csv = XLSX.read(readFileSync(join(dir, 'annotated/sheets/export-gbk.csv.xlsx')));
    expect((csv.Sheets['export-gbk']!.K2 as XLSX.CellObject).c?.[0]?.t).toMatch(/promised-time-limit/);
    expect(csv.Sheets['export-gbk']!.A2!.v).toBe('食品经营许可（新办）');
  });

  it('--encoding: gbk reads the GBK export as detection does; a wrong encoding finds no header', () => {
    const detected = json(
      runCli(['sheets/export-gbk.csv', '--format', 'json', '--no-score'], { cwd: dir }).stdout,
    ).findings.map((f) => f.message);
    const forced = json(
      runCli(['sheets/export-gbk.csv', '--format', 'json', '--no-score', '--encoding', 'gbk'], { cwd: dir }).stdout,
    ).findings.map((f) => f.message);
    expect(forced).toEqual(detected);
    const wrong = json(
      runCli(['sheets/export-gbk.csv', '--format', 'json', '--no-score', '--encoding', 'utf-16le'], { cwd: dir })
        .stdout,
    ).findings;
    expect(wrong.every((f) => f.ruleId === 'spreadsheet' || f.ruleId === 'parse-error')).toBe(true);
  });
});

describe('guide-lint template', () => {
  it('writes a workbook with every element as a header, notes, options and dropdowns; it reads back with no unmapped header', () => {
    const r = runCli(['template', '--output', '实施清单模板.xlsx'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const bytes = readFileSync(join(dir, '实施清单模板.xlsx'));
    const wb = XLSX.read(bytes);
    expect(wb.SheetNames).toEqual(['事项', '申请材料', '办理流程', '特殊环节', '中介服务', '选项']);
    const headers = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['事项']!, { header: 1 })[2]!;
    expect(headers).toEqual(
      expect.arrayContaining([
        '事项名称',
        '承诺办结时限',
        '办理深度',
        '审批结果',
        '审批结果类型',
        '结果样本',
        'lint-ignore',
      ]),
    );
    const options = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['选项']!, { header: 1 });
    expect(options[0]).toContain('办理深度');
    const sheet1 = execUnzip(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet1).toMatch(
      /<dataValidation type="list"[^>]*sqref="[A-Z]+4:[A-Z]+1048576"><formula1>'选项'!\$[A-Z]+\$2:\$[A-Z]+\$\d+<\/formula1>/,
    );
    // No unmapped header; the empty template holds no item row yet, which a named file says (a warning).
    const lint = json(
      runCli(['实施清单模板.xlsx', '--format', 'json', '--no-score', '--allow-empty'], { cwd: dir }).stdout,
    );
    expect(lint.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['not-a-guide', 'warning', '表格有表头行，但没有事项行：没有可检查的指南'],
    ]);
  });

  it('round trip: fill one item (all but 办理时间), lint it, get findings only for what was left out', () => {
    runCli(['template', '--output', 'sheets/filled.xlsx'], { cwd: dir }); // beside the forms its links name
    const wb = XLSX.read(readFileSync(join(dir, 'sheets/filled.xlsx')));
    const g = cleanSheetGuide('food-business-license-hohhot.yaml');
    delete g.办理时间;
    const fill = (
      sheet: string,
      records: Record<string, unknown>[],
      value: (rec: Record<string, unknown>, header: string) => unknown,
    ) => {
      const ws = wb.Sheets[sheet]!;
      const headers = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })[2]!;
      records.forEach((rec, i) => {
        headers.forEach((h, c) => {
          const v = value(rec, h);
          if (v !== undefined && v !== null) XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: { r: 3 + i, c } });
        });
      });
    };
    fill('事项', [g], (rec, h) => itemCell(rec, h));
    const code = g.实施编码;
    const sub = (sheet: string, key: string) => {
      fill(sheet, (g[key] as Record<string, unknown>[] | undefined) ?? [], (rec, h) =>
        h === '实施编码' ? code : recordRow(rec, [h])[0],
      );
    };
    sub('申请材料', '申请材料');
    sub('办理流程', '办理流程');
    sub('特殊环节', '特殊环节');
    writeFileSync(join(dir, 'sheets/filled.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = runCli(['sheets/filled.xlsx', '--format', 'json', '--no-score'], { cwd: dir });
    const fs = json(r.stdout).findings.filter((f) => f.severity !== 'info');
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) expect(`${f.ruleId} ${f.message}`).toMatch(/办理时间/);
    expect(fs.find((f) => f.ruleId === 'guide-schema')).toMatchObject({
      sheet: '事项',
      cell: 'C4',
      header: '实施编码',
    });
  });
});

/** A part of a package, through the loader's own ZIP reader. */
function execUnzip(bytes: Buffer, part: string): string {
  return new ZipReader(bytes, { maxEntryBytes: 1 << 26, maxTotalBytes: 1 << 27 }).text(part) ?? '';
}
