// `guide-lint rules` and `schema`: views of the rule metadata and the schema.

import { readFile } from 'node:fs/promises';
import { displayWidth as stringWidth } from '../util/width.js';
import { builtinRules } from '../../rules/index.js';
import { SCHEMA_FILE } from '../engine/validate.js';
import type { Lang } from '../model/types.js';

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));

export function printRules(lang: Lang, format: string): string {
  const rows = builtinRules.map((r) => ({
    id: r.meta.id,
    item: r.meta.item,
    severity: r.meta.severity,
    strictSeverity: r.meta.strictSeverity ?? r.meta.severity,
    fixable: Boolean(r.meta.fixable),
    source: r.meta.source,
    description: r.meta.description[lang],
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const head = lang === 'zh' ? ['规则', '清单项', 'recommended', 'strict', '可修复', '检查内容'] : ['rule', 'item', 'recommended', 'strict', 'fixable', 'checks'];
  const table = [head, ...rows.map((r) => [r.id, r.item === null ? '—' : String(r.item), r.severity, r.strictSeverity, r.fixable ? '✔' : '', r.description])];
  const widths = head.map((_, i) => Math.max(...table.map((row) => stringWidth(row[i]!))));
  return `${table.map((row) => row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]!))).join('  ')).join('\n')}\n`;
}

export async function printSchema(pathOnly: boolean): Promise<string> {
  return pathOnly ? `${SCHEMA_FILE}\n` : readFile(SCHEMA_FILE, 'utf8');
}
