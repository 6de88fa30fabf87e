// What several formatters derive from findings alike: the severity words, the checklist item after
// a rule id, the place in the file, the guide and cell around a message, findings grouped by file,
// and the fingerprint that stays when lines move.

import { fingerprint } from '../engine/baseline.js';
import type { Finding, Lang, Severity } from '../model/types.js';

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** "（第12项）" / " (item 12)" after a rule id; '' for a finding of no checklist item. */
export function itemLabel(f: Finding, lang: Lang): string {
  if (f.item === null) return '';
  return lang === 'zh' ? `（第${f.item}项）` : ` (item ${f.item})`;
}

/** sheet!cell in a spreadsheet, else line:column. */
export function position(f: Finding): string {
  return f.sheet !== undefined ? `${f.sheet}!${f.cell}` : `${f.line}:${f.column}`;
}

/** The message with its guide in front and, in a spreadsheet, its cell after. */
export function messageInContext(f: Finding, lang: Lang): string {
  const where = f.sheet !== undefined ? ` [${f.sheet}!${f.cell}]` : '';
  const guide = f.guide !== null ? (lang === 'zh' ? `【${f.guide}】` : `[${f.guide}] `) : '';
  return `${guide}${f.message}${where}`;
}

/** The findings of each file, files in order of their first finding. */
export function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  return byFile;
}

/**
 * Each finding with a key that is stable when lines move: its baseline fingerprint (file, rule,
 * element path, value) and which of the identical findings it is ("<fingerprint>:<n>").
 */
export function mapWithFingerprint<T>(findings: readonly Finding[], fn: (f: Finding, key: string) => T): T[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprint(f.file, f.ruleId, f.path, f.value);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return fn(f, `${base}:${n}`);
  });
}
