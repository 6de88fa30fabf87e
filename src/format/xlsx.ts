// The findings workbook (`--format xlsx --output report.xlsx`): one row per finding (file, sheet,
// cell, header, item, rule, severity, message …) with a filter, and a summary sheet with one row
// per guide (事项) and its counts. Streamed (src/format/xlsx-stream.ts), continued past Excel's row limit.

import type { Finding, Lang, Severity } from '../model/types.js';
import type { FormatInput, Formatter } from './types.js';
import { xlsxBytes, type Cell } from './xlsx-stream.js';

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

const xlsx: Formatter = ({ result, lang, sink }) => {
  const names = SHEET_NAMES[lang];
  const findings = result.findings;
  function* findingRows() {
    for (const f of findings) yield findingRow(f, lang);
  }
  return xlsxBytes(
    [
      {
        name: names.findings,
        header: HEAD[lang],
        rows: { [Symbol.iterator]: findingRows },
        widths: [28, 12, 8, 16, 6, 6, 30, 8, 22, 8, 80, 24, 28],
        filter: true,
      },
      {
        name: names.summary,
        header: SUMMARY_HEAD[lang],
        rows: { [Symbol.iterator]: () => summaryRows(result) },
        widths: [28, 30, 12, 8, 8, 8, 8],
        filter: true,
      },
    ],
    sink,
  );
};

type Counts = Record<Severity, number>;

/**
 * One row per guide: its findings counted by severity; then the files' own findings (no guide, or
 * one no guide of the run is named) under the file alone. Only the places with findings are held
 * (a national set has a million guides, most without one); a file's guides come together, so
 * duplicates (same file, same name: one row, at the first) are looked for within the file.
 */
function* summaryRows(result: FormatInput['result']): Generator<Cell[]> {
  const keyOf = (file: string, guide: string | null) => `${file}\u0000${guide ?? ''}`;
  const counts = new Map<string, Counts & { file: string; guide: string }>();
  for (const f of result.findings) {
    const k = keyOf(f.file, f.guide);
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { file: f.file, guide: f.guide ?? '', error: 0, warning: 0, info: 0 }));
    c[f.severity]++;
  }
  const row = (file: string, guide: string, at: string, c: Counts | undefined): Cell[] =>
    c ? [file, guide, at, c.error, c.warning, c.info, c.error + c.warning + c.info] : [file, guide, at, 0, 0, 0, 0];
  let file: string | undefined;
  let names = new Set<string>();
  for (const g of result.guides) {
    if (g.file !== file) {
      file = g.file;
      names = new Set();
    }
    const name = g.name ?? '';
    if (names.has(name)) continue;
    names.add(name);
    const s = g as typeof g & { sheet?: string; cell?: string };
    const at = s.sheet !== undefined ? `${s.sheet}!${s.cell ?? ''}` : `${g.line}:${g.column}`;
    const k = keyOf(g.file, g.name);
    yield row(g.file, name, at, counts.get(k));
    counts.delete(k);
  }
  for (const c of counts.values()) yield row(c.file, c.guide, '', c);
}

export default xlsx;
