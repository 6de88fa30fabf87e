// The spreadsheet fixtures give the same findings (same items, same messages) as their YAML
// equivalents, each at the exact cell of the value (or the row's key cell for a missing element).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { ResolvedConfig } from '../../src/config/resolved-config.js';
import { loadSpreadsheet } from '../../src/load/spreadsheet/index.js';
import type { Finding } from '../../src/model/types.js';
import { ROOT, SHEETS, at } from './support.js';

let config: ResolvedConfig;
beforeAll(async () => {
  config = await resolveConfig({ cwd: ROOT });
});

async function findings(file: string): Promise<Finding[]> {
  return (await lint({ cwd: ROOT, paths: [join(SHEETS, file)], config })).findings;
}

const comparable = (fs: Finding[]) =>
  fs
    .filter((f) => f.ruleId !== 'spreadsheet')
    .map((f) => `${f.guide} | ${f.ruleId} | ${f.item} | ${f.severity} | ${f.message}`)
    .sort();

const PAIRS = [
  ['relational.xlsx', 'relational.yaml'],
  ['flat-merged.xlsx', 'flat-merged.yaml'],
  ['export-gbk.csv', 'export-gbk.yaml'],
  ['export-utf8-bom.csv', 'export-utf8-bom.yaml'],
  ['legacy.xls', 'legacy.yaml'],
] as const;

describe('spreadsheet fixtures = their YAML equivalents', () => {
  for (const [sheet, yaml] of PAIRS) {
    it(`${sheet} gives the findings of ${yaml}`, async () => {
      const s = await findings(sheet);
      const y = await findings(yaml);
      expect(comparable(y).length).toBeGreaterThanOrEqual(6);
      expect(comparable(s)).toEqual(comparable(y));
      // Every finding of a spreadsheet names its sheet, cell and (for values) header.
      for (const f of s) {
        expect(f.sheet, `${f.ruleId} ${f.message}`).toBeTypeOf('string');
        expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(f.line).toBe(Number(f.cell!.replace(/^[A-Z]+/, '')));
      }
    });
  }
});

const cells = (fs: Finding[]) => fs.map((f) => `${at(f)} ${f.header ?? ''} ${f.ruleId}`).sort();

describe('cell-exact locations', () => {
  it('relational.xlsx: values, missing elements at the key cell, blank row skipped, orphan row, hidden row', async () => {
    expect(cells(await findings('relational.xlsx'))).toEqual(
      [
        '事项!K2 承诺办结时限 promised-time-limit',
        // item 2 is on row 4: row 3 is blank and skipped, numbering stays right
        '事项!N5 到办事现场次数 guide-schema',
        '事项!R5 办理地点 place-address',
        '申请材料!F3 材料类型 enum-values',
        '申请材料!B4 材料名称 material-copies', // missing 份数: the material's name cell
        '申请材料!A4  spreadsheet', // hidden row (info)
        '申请材料!A21 实施编码 spreadsheet', // a material row whose 实施编码 matches no item
        '办理流程!B8 环节名称 guide-schema', // missing 审批标准 of a step
      ].sort(),
    );
  });

  it('flat-merged.xlsx: header below a title row, values in merged cells, records on their rows', async () => {
    expect(cells(await findings('flat-merged.xlsx'))).toEqual(
      [
        '实施清单!K3 承诺办结时限 promised-time-limit',
        '实施清单!AJ4 材料类型 enum-values',
        '实施清单!AF5 材料名称 material-copies',
        '实施清单!AQ11 环节名称 guide-schema',
        '实施清单!N16 到办事现场次数 guide-schema',
        '实施清单!R16 办理地点 place-address',
      ].sort(),
    );
  });

  it('export-gbk.csv: the sheet is named after the file; rows count records, not lines', async () => {
    expect(cells(await findings('export-gbk.csv'))).toEqual(
      [
        'export-gbk!K2 承诺办结时限 promised-time-limit',
        'export-gbk!AJ3 材料类型 enum-values',
        'export-gbk!AF4 材料名称 material-copies',
        'export-gbk!AQ10 环节名称 guide-schema',
        'export-gbk!N15 到办事现场次数 guide-schema',
        'export-gbk!R15 办理地点 place-address',
      ].sort(),
    );
  });

  it('legacy.xls (SheetJS path) locates like the .xlsx', async () => {
    const fs = cells(await findings('legacy.xls'));
    expect(fs).toContain('事项!K2 承诺办结时限 promised-time-limit');
    expect(fs).toContain('申请材料!F3 材料类型 enum-values');
    expect(fs).toContain('办理流程!B8 环节名称 guide-schema');
  });
});

describe('values read from the relational fixture', () => {
  it('formatted codes, formulas, hyperlinks and the lint-ignore column', async () => {
    const file = join(SHEETS, 'relational.xlsx');
    const r = await loadSpreadsheet(readFileSync(file), file, {});
    const [a, b] = r.guides.map((g) => g.data as Record<string, unknown>);
    // 基本编码 is a number cell with the format 000000000000: its text keeps the zeros.
    expect(a!.基本编码).toBe('000117012000');
    // 到办事现场次数 is a formula: its cached value, never evaluated.
    expect(a!.到办事现场次数).toBe(1);
    // The blank form cell shows "下载" and links to the form: the link is the value.
    expect((a!.申请材料 as Record<string, unknown>[])[0]!.空表).toBe('../guides/forms/食品经营许可申请书.docx');
    // lint-ignore lists rule ids for the row.
    expect(r.guides[1]!.ignoreRules).toEqual(['consultation-phone']);
    expect(b!.咨询电话).toBe('8823651');
    expect(Object.getPrototypeOf(a)).toBe(null);
  });
});
