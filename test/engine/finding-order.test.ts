import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../src/engine/lint.js';
import type { Finding } from '../../src/model/types.js';
import { runCli } from '../support/cli.js';
import { finding } from '../../harness/finding.js';

const at = (file: string, sheet: string | undefined, line: number, column = 1): Finding =>
  finding({ file, line, column, ...(sheet ? { sheet, cell: `A${line}` } : {}) });

describe('finding order', () => {
  it('a workbook: items sheet, then record sheets in the contract order, then other sheets by name; rows within a sheet', () => {
    const list = [
      at('a.xlsx', '申请材料', 4),
      at('a.xlsx', '事项', 9),
      at('a.xlsx', '其他', 1),
      at('a.xlsx', '办理流程', 2),
      at('a.xlsx', '申请材料', 3),
      at('a.xlsx', '事项', 4),
      at('a.xlsx', undefined, 1),
    ];
    expect(list.sort(compareFindings).map((f) => `${f.sheet ?? '-'}!${f.line}`)).toEqual([
      '-!1',
      '事项!4',
      '事项!9',
      '申请材料!3',
      '申请材料!4',
      '办理流程!2',
      '其他!1',
    ]);
  });
  it('files first, then lines (YAML findings are unchanged)', () => {
    const list = [at('b.yaml', undefined, 1), at('a.yaml', undefined, 5, 3), at('a.yaml', undefined, 5, 1)];
    expect(list.sort(compareFindings).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'a.yaml:5:1',
      'a.yaml:5:3',
      'b.yaml:1:1',
    ]);
  });
  it('stylish lists the fixture workbook sheet by sheet', () => {
    const cells = runCli(['fixtures/sheets/relational.xlsx', '--no-score'])
      .stdout.split('\n')
      .map((l) => /^\s+(\S+)!/.exec(l)?.[1])
      .filter(Boolean);
    expect(cells).toEqual(['事项', '事项', '事项', '申请材料', '申请材料', '申请材料', '申请材料', '办理流程']);
  });
});
