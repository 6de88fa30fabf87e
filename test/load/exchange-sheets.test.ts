// Spreadsheets with exchange headers: a relational workbook (item sheet + AUDIT_* child sheets keyed
// by rowguid / task_code) and a flat CSV, read through the spreadsheet loader with the national
// profile; findings at the cell. Built from the real Guangxi record (fixtures/exchange/SOURCES.md).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { lintFile } from '../../src/engine/lint-file.js';
import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/model/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const JSON_FILE = join(ROOT, 'fixtures', 'exchange', 'gx-lingshan-taskitem-a.json');
const rec = () => JSON.parse(readFileSync(JSON_FILE, 'utf8')).list[0];
const dir = mkdtempSync(join(tmpdir(), 'exchange-sheets-'));
const config = presetConfig(builtinRules);
const lint = (file: string) => lintFile(file, { cwd: dir, config, rules: builtinRules });
const triples = (fs: Finding[]) => fs.map((f) => `${f.ruleId}|${f.item}|${f.message}`).sort();

type Row = Record<string, unknown>;

function relational(edit?: (tables: Record<string, Row[]>) => void): string {
  const r = rec();
  const tables: Record<string, Row[]> = {
    AUDIT_ITEM: [
      { ...r.AUDIT_ITEM, ...r.AUDIT_ITEM_EXTEND, rowguid: r.AUDIT_ITEM.rowguid, task_code: r.AUDIT_ITEM.task_code },
    ],
  };
  for (const t of ['AUDIT_ITEM_BYLAW', 'AUDIT_ITEM_WINDOW', 'AUDIT_MATERIAL', 'AUDIT_QA', 'AUDIT_ITEM_SPECIAL'])
    tables[t] = r[t];
  edit?.(tables);
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(tables))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(rows), name);
  const file = join(dir, `rel-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

describe('exchange headers in spreadsheets', () => {
  it('a relational workbook gives the same findings as the JSON export, located at cells', async () => {
    const want = triples((await lint(JSON_FILE)).findings);
    const r = await lint(relational());
    expect(r.guides).toHaveLength(1);
    expect(triples(r.findings)).toEqual(want);
    const addr = r.findings.find((f) => f.ruleId === 'place-address')!;
    expect(addr).toMatchObject({
      sheet: 'AUDIT_ITEM_WINDOW',
      line: 2,
      sourceField: 'transact_addr',
      header: 'transact_addr',
    });
    expect(addr.cell).toMatch(/^[A-Z]+2$/);
  });
  it('child rows keyed to no item: an error at the key cell; a second item gets its own rows', async () => {
    const file = relational((t) => {
      const second = {
        ...t.AUDIT_ITEM![0],
        rowguid: 'item-2',
        task_code: '11450721MB155808114000104002001',
        task_name: '第二个事项',
      };
      t.AUDIT_ITEM!.push(second);
      t.AUDIT_MATERIAL!.push({
        ...t.AUDIT_MATERIAL![0],
        task_guid: 'item-2',
        task_code: second.task_code,
        material_name: '第二个事项的材料',
      });
      t.AUDIT_MATERIAL!.push({
        ...t.AUDIT_MATERIAL![0],
        task_guid: 'nobody',
        task_code: 'nobody',
        material_name: '孤儿',
      });
    });
    const r = await lint(file);
    expect(r.guides.map((g) => g.name).sort()).toEqual(['固定资产投资项目节能审查', '第二个事项']);
    const orphan = r.findings.find((f) => f.ruleId === 'exchange' && f.message.includes('nobody'))!;
    expect(orphan).toMatchObject({ severity: 'error', sheet: 'AUDIT_MATERIAL', line: 5 });
    expect(orphan.header).toBe('task_guid');
  });
  it('a flat CSV, one record a row, UPPER-case headers', async () => {
    const r = rec();
    const row = {
      ...r.AUDIT_ITEM,
      ...r.AUDIT_ITEM_EXTEND,
      ...r.AUDIT_ITEM_WINDOW[0],
      rowguid: r.AUDIT_ITEM.rowguid,
      task_code: r.AUDIT_ITEM.task_code,
    };
    const keys = Object.keys(row);
    const cell = (v: unknown) => `"${String(v).replace(/"/g, '""')}"`;
    const text = `${keys.map((k) => k.toUpperCase()).join(',')}\n${keys.map((k) => cell(row[k])).join(',')}\n`;
    const file = join(dir, 'flat.csv');
    writeFileSync(file, text);
    const res = await lint(file);
    expect(res.guides).toHaveLength(1);
    const addr = res.findings.find((f) => f.ruleId === 'place-address')!;
    expect(addr).toMatchObject({ line: 2, header: 'TRANSACT_ADDR', sourceField: 'TRANSACT_ADDR' });
    expect(addr.message.startsWith('办理地点（TRANSACT_ADDR）')).toBe(true);
  });
  it('--annotate on an export workbook: a comment at the exchange-header cell of each finding', async () => {
    const file = relational();
    const name = file.slice(dir.length + 1);
    const addr = (await lint(file)).findings.find((f) => f.ruleId === 'place-address')!;
    const r = runCli([name, '--annotate', 'annotated', '--no-score'], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    const copy = XLSX.read(readFileSync(join(dir, 'annotated', name)));
    const comments = (cell: string) =>
      (copy.Sheets.AUDIT_ITEM_WINDOW![cell] as XLSX.CellObject | undefined)?.c?.map((c) => c.t).join('\n');
    expect(comments(addr.cell!)).toMatch(/^\[错误\] place-address: 办理地点（transact_addr）/);
    expect(copy.Sheets.AUDIT_ITEM!.A1).toBeDefined();
  });
  it('the xlsx report of an export names sheet, cell and exchange header of each finding', () => {
    const file = relational();
    const name = file.slice(dir.length + 1);
    const j = JSON.parse(runCli([name, '--format', 'json', '--no-score'], { cwd: dir }).stdout).findings as Finding[];
    const r = runCli([name, '--format', 'xlsx', '--output', 'report.xlsx', '--no-score'], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(
      XLSX.read(readFileSync(join(dir, 'report.xlsx'))).Sheets['问题清单']!,
      {
        header: 1,
      },
    );
    expect(rows.length - 1).toBe(j.length);
    const addr = j.find((f) => f.ruleId === 'place-address')!;
    expect(rows).toContainEqual(
      expect.arrayContaining([name, 'AUDIT_ITEM_WINDOW', addr.cell, 'transact_addr', 'place-address']),
    );
  });
});
