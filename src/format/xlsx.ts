// The findings workbook (`--format xlsx --output report.xlsx`): one row per finding (file, sheet,
// cell, header, item, rule, severity, message …) with a filter, and a summary sheet with one row
// per guide (事项) and its counts. SheetJS is loaded only when this format is asked for.

import type { Finding, Lang, Severity } from '../model/types.js';
import type { Formatter } from './types.js';

const HEAD: Record<Lang, string[]> = {
  zh: ['文件', '工作表', '单元格', '表头', '行', '列', '事项', '清单项', '规则', '级别', '问题', '建议', '要素路径'],
  en: [
    'file',
    'sheet',
    'cell',
    'header',
    'line',
    'column',
    'item',
    'checklist item',
    'rule',
    'severity',
    'message',
    'suggestion',
    'path',
  ],
};
const SUMMARY_HEAD: Record<Lang, string[]> = {
  zh: ['文件', '事项', '位置', '错误', '警告', '提示', '合计'],
  en: ['file', 'item', 'at', 'errors', 'warnings', 'infos', 'total'],
};
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
export const SHEET_NAMES: Record<Lang, { findings: string; summary: string }> = {
  zh: { findings: '问题清单', summary: '事项汇总' },
  en: { findings: 'findings', summary: 'summary' },
};

export function findingRow(f: Finding, lang: Lang): (string | number)[] {
  return [
    f.file,
    f.sheet ?? '',
    f.cell ?? '',
    f.header ?? '',
    f.line,
    f.column,
    f.guide ?? '',
    f.item ?? '',
    f.ruleId,
    SEVERITY[lang][f.severity],
    f.message,
    f.suggestion ?? '',
    f.path.join('.'),
  ];
}

const xlsx: Formatter = async ({ result, lang }) => {
  const XLSX = await import('xlsx');
  const names = SHEET_NAMES[lang];
  const rows = [HEAD[lang], ...result.findings.map((f) => findingRow(f, lang))];
  const ws = XLSX.utils.aoa_to_sheet(rows, { dense: true });
  ws['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: HEAD[lang].length - 1 } }),
  };
  ws['!cols'] = [28, 12, 8, 16, 6, 6, 30, 8, 22, 8, 80, 24, 28].map((wch) => ({ wch }));

  // One row per guide: its findings counted by severity (file-level findings under the file alone).
  interface Counts {
    file: string;
    guide: string;
    at: string;
    error: number;
    warning: number;
    info: number;
  }
  const byGuide = new Map<string, Counts>();
  const keyOf = (file: string, guide: string | null) => `${file}\u0000${guide ?? ''}`;
  for (const g of result.guides) {
    const s = g as typeof g & { sheet?: string; cell?: string };
    const at = s.sheet !== undefined ? `${s.sheet}!${s.cell ?? ''}` : `${g.line}:${g.column}`;
    if (!byGuide.has(keyOf(g.file, g.name)))
      byGuide.set(keyOf(g.file, g.name), { file: g.file, guide: g.name ?? '', at, error: 0, warning: 0, info: 0 });
  }
  for (const f of result.findings) {
    const k = keyOf(f.file, f.guide);
    let c = byGuide.get(k);
    if (!c) {
      c = { file: f.file, guide: f.guide ?? '', at: '', error: 0, warning: 0, info: 0 };
      byGuide.set(k, c);
    }
    c[f.severity]++;
  }
  const summary = [
    SUMMARY_HEAD[lang],
    ...[...byGuide.values()].map((c) => [
      c.file,
      c.guide,
      c.at,
      c.error,
      c.warning,
      c.info,
      c.error + c.warning + c.info,
    ]),
  ];
  const ss = XLSX.utils.aoa_to_sheet(summary, { dense: true });
  ss['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: summary.length - 1, c: 6 } }) };
  ss['!cols'] = [28, 30, 12, 8, 8, 8, 8].map((wch) => ({ wch }));

  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, names.findings);
  XLSX.utils.book_append_sheet(wb, ss, names.summary);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

export default xlsx;
