// `guide-lint explain RULE`: a rule's documentation for the terminal, in one language, built from
// the same metadata as its docs/rules page (no Markdown markup, no generator notes).

import { Chalk } from 'chalk';
import { builtinRules } from '../../rules/index.js';
import type { RuleMeta, Text } from '../engine/rule.js';
import { LOADER_DOCS } from '../engine/loader-docs.js';
import { UsageError } from '../errors.js';
import { checklistItem } from '../model/checklist.js';
import { closest } from '../model/similar.js';
import type { Lang } from '../model/types.js';
import { displayWidth } from '../util/width.js';
import { defined } from '../util/defined.js';

const SOURCE: Record<string, Text> = {
  checklist: { zh: '清单', en: 'the checklist (清单)' },
  standard: {
    zh: '国家标准（GB/T 39046、GB 32100、行政许可法）',
    en: 'a national standard (GB/T 39046, GB 32100, 行政许可法)',
  },
  practice: { zh: '省级检查通行做法', en: 'provincial checking practice' },
  format: { zh: 'guide-lint 文件格式', en: 'the guide-lint file format' },
};

const L = {
  zh: {
    item: '清单项',
    severity: '级别',
    fixable: '可修复',
    source: '来源',
    checks: '检查内容',
    messages: '消息',
    bad: '错误示例',
    good: '正确示例',
    options: '选项',
    page: '完整页面',
    yes: '是（--fix）',
    no: '否',
    beyond: '—（清单之外）',
    file: '—（关于文件本身，不属清单项）',
    loaderSeverity: '错误，或见各条消息',
    itemN: (n: number, t: string) => `第 ${n} 项 · ${t}`,
  },
  en: {
    item: 'Checklist item',
    severity: 'Severity',
    fixable: 'Fixable',
    source: 'Comes from',
    checks: 'What it checks',
    messages: 'Messages',
    bad: 'Bad',
    good: 'Good',
    options: 'Options',
    page: 'Full page',
    yes: 'yes (--fix)',
    no: 'no',
    beyond: '— (beyond the checklist)',
    file: '— (about the file, not a checklist item)',
    loaderSeverity: 'error, or as given per message',
    itemN: (n: number, t: string) => `${n} · ${t}`,
  },
} satisfies Record<Lang, unknown>;

/** Every id `explain` knows: the rules and the loaders' finding ids. */
export const explainIds = (): string[] => [...builtinRules.map((r) => r.meta.id), ...Object.keys(LOADER_DOCS)];

/** Inline Markdown a terminal does not render: `code` → code. */
const plain = (s: string) => s.replace(/`([^`]*)`/g, '$1');
const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');

function facts(rows: [string, string][]): string[] {
  const w = Math.max(...rows.map(([k]) => displayWidth(k)));
  return rows.map(([k, v]) => `  ${k}${' '.repeat(w - displayWidth(k) + 2)}${v}`);
}

/** Message ids and texts; a message that weighs less than the rule (docs/severity-policy.md) says its ceiling. */
function messages(list: Record<string, Text>, lang: Lang, ceilings: Partial<Record<string, string>> = {}): string[] {
  const entries = Object.entries(list);
  const w = Math.max(...entries.map(([id]) => id.length));
  const ceiling = (id: string) =>
    ceilings[id] ? (lang === 'zh' ? `（至多${ceilings[id]}）` : ` (at most ${ceilings[id]})`) : '';
  return entries.map(([id, t]) => `  ${id.padEnd(w + 2)}${t[lang]}${ceiling(id)}`);
}

export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  oneOf?: Schema[];
  anyOf?: Schema[];
}

/** A schema in one phrase: "street" | "door", list of …, integer … */
export function schemaText(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.oneOf ?? s.anyOf)
    return defined(s.oneOf ?? s.anyOf)
      .map(schemaText)
      .join(' | ');
  if (s.type === 'array') return `list of ${schemaText(s.items)}`;
  if (s.type === 'object' && s.properties) return `{ ${Object.keys(s.properties).join(', ')} }`;
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
}

/** Each option: its values and its default (the full schema is on the docs page). */
function optionLines(m: RuleMeta): string[] {
  const props = (m.options as Schema).properties ?? {};
  const defaults = m.defaultOptions ?? {};
  const w = Math.max(...Object.keys(props).map((k) => k.length));
  return Object.entries(props).map(
    ([k, s]) =>
      `  ${k.padEnd(w + 2)}${schemaText(s)}${k in defaults ? `  (default: ${JSON.stringify(defaults[k])})` : ''}`,
  );
}

function renderRule(m: RuleMeta, lang: Lang, bold: (s: string) => string): string {
  const l = L[lang];
  const c = m.item === null ? undefined : checklistItem(m.item);
  const item =
    m.item === null ? l.beyond : l.itemN(m.item, c ? (lang === 'zh' ? c.title : `${c.title} (${c.en})`) : '');
  const out = [
    `${bold(m.id)}  ${m.description[lang]}`,
    '',
    ...facts([
      [l.item, item],
      [l.severity, `recommended: ${m.severity} · strict: ${m.strictSeverity ?? m.severity}`],
      [l.fixable, m.fixable ? l.yes : l.no],
      [l.source, SOURCE[m.source]?.[lang] ?? m.source],
    ]),
    '',
    ...(m.docs ? [bold(l.checks), indent(plain(m.docs.details[lang])), ''] : []),
    bold(l.messages),
    ...messages(m.messages, lang, m.messageSeverity),
    ...(m.docs ? ['', bold(l.bad), indent(m.docs.bad.trimEnd()), '', bold(l.good), indent(m.docs.good.trimEnd())] : []),
  ];
  if (m.options) out.push('', bold(l.options), ...optionLines(m));
  out.push('', `${l.page}${lang === 'zh' ? '：' : ': '}docs/rules/${m.id}.md`);
  return `${out.join('\n')}\n`;
}

function renderLoader(id: keyof typeof LOADER_DOCS, lang: Lang, bold: (s: string) => string): string {
  const d = LOADER_DOCS[id];
  const l = L[lang];
  const out = [
    `${bold(id)}  ${d.summary[lang]}`,
    '',
    ...facts([
      [l.item, l.file],
      [l.severity, d.severity?.[lang] ?? l.loaderSeverity],
    ]),
    '',
    bold(l.checks),
    indent(plain(d.details[lang])),
    '',
    bold(l.messages),
    ...messages(d.messages, lang),
    '',
    `${l.page}${lang === 'zh' ? '：' : ': '}docs/rules/${id}.md`,
  ];
  return `${out.join('\n')}\n`;
}

export function explain(id: string, lang: Lang, color: boolean): string {
  const bold = new Chalk({ level: color ? 1 : 0 }).bold;
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (rule) return renderRule(rule.meta, lang, bold);
  if (Object.hasOwn(LOADER_DOCS, id)) return renderLoader(id as keyof typeof LOADER_DOCS, lang, bold);
  const near = closest(id, explainIds());
  throw new UsageError(`unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''} (guide-lint rules lists them)`);
}
