// `guide-lint rules` and `schema`: views of the rule metadata and the schema.

import { readFile } from 'node:fs/promises';
import { displayWidth as stringWidth } from '../util/width.js';
import { builtinRules } from '../../rules/index.js';
import { SCHEMA_FILE } from '../engine/validate-guide.js';
import type { Lang } from '../model/types.js';
import { defined } from '../util/defined.js';

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));

export function printRules(lang: Lang, format: string): string {
  const rows = builtinRules.map((r) => ({
    id: r.meta.id,
    item: r.meta.item,
    severity: r.meta.severity,
    strictSeverity: r.meta.strictSeverity ?? r.meta.severity,
    /** Messages reported below the rule's severity (inferences and style; docs/severity-policy.md). */
    messageSeverity: r.meta.messageSeverity ?? {},
    fixable: Boolean(r.meta.fixable),
    source: r.meta.source,
    description: r.meta.description[lang],
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const head =
    lang === 'zh'
      ? ['规则', '清单项', 'recommended', 'strict', '可修复', '检查内容']
      : ['rule', 'item', 'recommended', 'strict', 'fixable', 'checks'];
  // "error*": some of the rule's messages weigh less (guide-lint explain RULE shows which).
  const star = (r: (typeof rows)[number], s: string) =>
    Object.keys(r.messageSeverity).length && s !== 'off' ? `${s}*` : s;
  const table = [
    head,
    ...rows.map((r) => [
      r.id,
      r.item === null ? '—' : String(r.item),
      star(r, r.severity),
      star(r, r.strictSeverity),
      r.fixable ? '✔' : '',
      r.description,
    ]),
  ];
  const widths = head.map((_, i) => Math.max(...table.map((row) => stringWidth(defined(row[i])))));
  const note =
    lang === 'zh'
      ? '* 部分推断、风格类结果级别较低（见 guide-lint explain 规则 与 docs/severity-policy.md）'
      : '* some inference and style findings weigh less (see guide-lint explain RULE and docs/severity-policy.md)';
  return `${table.map((row) => row.map((c, i) => (i === row.length - 1 ? c : pad(c, defined(widths[i])))).join('  ')).join('\n')}\n\n${note}\n`;
}

export async function printSchema(pathOnly: boolean): Promise<string> {
  return pathOnly ? `${SCHEMA_FILE}\n` : readFile(SCHEMA_FILE, 'utf8');
}
