// The columns the generated workbooks write (fixtures/sheets, the benchmark's workbook): the
// spreadsheet loader reads each header back to one element of its sheet's scope, none twice.

import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/model/export-columns.js';
import { headerMapper, type SheetKind } from '../../src/load/spreadsheet/headers.js';

const mapper = headerMapper(undefined);
const SHEETS: [SheetKind, string[], string][] = [
  ['items', EXPORT_COLUMNS.items, 'guide'],
  ['material', EXPORT_COLUMNS.material, 'material'],
  ['step', EXPORT_COLUMNS.step, 'step'],
  ['special', EXPORT_COLUMNS.special, 'special'],
  ['intermediary', EXPORT_COLUMNS.intermediary, 'intermediary'],
];

describe('export columns', () => {
  it.each(SHEETS)('every %s header maps to its own element of the sheet', (kind, headers, scope) => {
    const paths = headers.map((h) => {
      const m = mapper.map(h, kind);
      expect(m?.kind, h).toBe('element');
      if (m?.kind !== 'element') return '';
      expect(m.target.scope, h).toBe(scope);
      return m.target.path.join('.');
    });
    expect(new Set(paths).size).toBe(headers.length);
  });

  it('审批结果 takes three columns: its name, type and sample', () => {
    const result = EXPORT_COLUMNS.items
      .map((h) => mapper.map(h, 'items'))
      .flatMap((m) => (m?.kind === 'element' && m.target.path[0] === '审批结果' ? [m.target.path.join('.')] : []));
    expect(result).toEqual(['审批结果', '审批结果.类型', '审批结果.样本']);
  });
});
