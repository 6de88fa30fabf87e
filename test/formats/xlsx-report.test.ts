// The findings workbook (src/format/xlsx.ts) in process: through a sink it writes the workbook in
// pieces and returns nothing more; its summary has a row per guide (duplicates of a file once, at
// the first), then the findings of no guide of the run under their file, in the order first found.

import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import xlsx from '../../src/format/xlsx.js';
import type { LintResult } from '../../src/engine/lint.js';
import type { Finding, Severity } from '../../src/model/types.js';
import type { GuideRef } from '../../src/model/guide-ref.js';

const finding = (file: string, guide: string | null, severity: Severity, line = 1): Finding => ({
  ruleId: 'legal-basis',
  item: 10,
  severity,
  message: `问题 ${line}`,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  path: ['设定依据', 0],
  guide,
});
const guide = (file: string, name: string | null, line: number, at?: { sheet: string; cell: string }): GuideRef => ({
  file,
  index: 0,
  line,
  column: 1,
  name,
  ...at,
});

const result = {
  guides: [
    guide('a.yaml', '食品经营许可', 1),
    guide('a.yaml', '食品经营许可', 9),
    guide('a.yaml', '出版物批发', 20),
    guide('b.xlsx', '结婚登记', 2, { sheet: '事项', cell: 'C2' }),
  ],
  findings: [
    finding('a.yaml', '食品经营许可', 'error'),
    finding('a.yaml', '食品经营许可', 'warning', 12),
    finding('c.yaml', null, 'error'),
    finding('a.yaml', '出版物批发', 'info', 21),
    finding('a.yaml', null, 'warning'),
  ],
} as unknown as LintResult;
const input = { result, lang: 'zh' as const, version: 'x', color: false, cwd: '/', rules: [] };

describe('findings workbook', () => {
  it('through a sink: chunks that make the workbook, nothing returned', async () => {
    const chunks: Buffer[] = [];
    const out = await xlsx({ ...input, sink: (c) => void chunks.push(c) });
    expect(out.length).toBe(0);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Buffer.concat(chunks)).toEqual(await xlsx(input));
  });

  it('one summary row per guide, then the findings of no guide, by file', async () => {
    const wb = XLSX.read(await xlsx(input));
    expect(wb.SheetNames).toEqual(['问题清单', '事项汇总']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets['事项汇总']!, { header: 1 })).toEqual([
      ['文件', '事项', '位置', '错误', '警告', '提示', '合计'],
      ['a.yaml', '食品经营许可', '1:1', 1, 1, 0, 2],
      ['a.yaml', '出版物批发', '20:1', 0, 0, 1, 1],
      ['b.xlsx', '结婚登记', '事项!C2', 0, 0, 0, 0],
      ['c.yaml', '', '', 1, 0, 0, 1],
      ['a.yaml', '', '', 0, 1, 0, 1],
    ]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['问题清单']!, { header: 1, defval: '' });
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual([
      'a.yaml',
      '',
      '',
      '',
      1,
      1,
      '食品经营许可',
      10,
      'legal-basis',
      '错误',
      '问题 1',
      '',
      '设定依据.0',
    ]);
  });
});
