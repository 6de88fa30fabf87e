// Completion of element keys (for the scope at the cursor, minus the keys already written) and of
// value-set values (值域), from the element dictionary the JSON Schema is generated from.

import type { CompletionItem, CompletionItemKind, Position, Range } from 'vscode-languageserver/node';
import type { Rule } from '../engine/rule.js';
import { ELEMENTS } from '../model/elements.js';
import type { Lang } from '../model/types.js';
import { elementHelp } from './hover.js';
import { itemLabel } from './diagnostics.js';
import { cursorContext, type CursorContext } from './yaml-context.js';
import { jsonContext, type JsonContext } from './json-context.js';
import { LineIndex } from '../load/lines.js';
import { defined } from '../util/defined.js';

const PROPERTY: CompletionItemKind = 10;
const ENUM_MEMBER: CompletionItemKind = 20;

interface Target {
  kind: 'key' | 'value';
  range: Range;
  /** The text inserted for a key or a value label. */
  keyText(key: string): string;
  valueText(label: string): string;
}

/** What to complete in a YAML text, and the range it replaces. */
function yamlTarget(text: string, bom: number, pos: Position): (Target & { ctx: CursorContext }) | undefined {
  const character = pos.line === 0 ? pos.character - bom : pos.character;
  const ctx = cursorContext(text, pos.line, character);
  if (!ctx) return undefined;
  const shift = pos.line === 0 ? bom : 0;
  return {
    ctx,
    kind: ctx.kind,
    range: { start: { line: pos.line, character: ctx.start + shift }, end: pos },
    keyText: (k) => `${k}: `,
    valueText: (v) => v,
  };
}

/** The same for JSON: keys and values are quoted; the key's colon only when none follows. */
function jsonTarget(text: string, bom: number, pos: Position): (Target & { ctx: JsonContext }) | undefined {
  const ix = new LineIndex(text);
  const lineStart = ix.offset(pos.line + 1);
  const ctx = jsonContext(text, lineStart + (pos.line === 0 ? pos.character - bom : pos.character));
  if (!ctx) return undefined;
  const at = (offset: number): Position => {
    const p = ix.pos(offset);
    return { line: p.line - 1, character: p.column - 1 + (p.line === 1 ? bom : 0) };
  };
  const colon = ctx.kind === 'key' && !ctx.colon ? ': ' : '';
  return {
    ctx,
    kind: ctx.kind,
    range: { start: at(ctx.start), end: at(ctx.end) },
    keyText: (k) => `${JSON.stringify(k)}${colon}`,
    valueText: (v) => JSON.stringify(v),
  };
}

export function completeAt(
  text: string,
  bom: number,
  pos: Position,
  rules: Rule[],
  lang: Lang,
  json = false,
): CompletionItem[] {
  const t = json ? jsonTarget(text, bom, pos) : yamlTarget(text, bom, pos);
  if (!t) return [];
  const { ctx, range } = t;
  if (ctx.kind === 'key') {
    return ELEMENTS[ctx.scope]
      .filter((d) => !ctx.siblings.has(d.key) && !d.aliases?.some((a) => ctx.siblings.has(a)))
      .map((d, i) => ({
        label: d.key,
        kind: PROPERTY,
        detail: [d.en, itemLabel(d.item, lang), d.required ? (lang === 'zh' ? '必填' : 'required') : '']
          .filter(Boolean)
          .join(' · '),
        documentation: { kind: 'markdown', value: elementHelp(d, rules, lang) },
        // Required elements first, then dictionary order.
        sortText: `${d.required ? 0 : 1}${String(i).padStart(3, '0')}`,
        filterText: [json ? `"${d.key}` : d.key, ...(d.aliases ?? [])].join(' '),
        textEdit: { range, newText: t.keyText(d.key) },
      }));
  }
  // A value context is only given for an element with a value set.
  return defined(ctx.def.values).values.map((v, i) => ({
    label: v.label,
    kind: ENUM_MEMBER,
    detail: [ctx.def.key, v.code !== undefined ? `${lang === 'zh' ? '代码' : 'code'} ${v.code}` : '']
      .filter(Boolean)
      .join(' · '),
    sortText: String(i).padStart(3, '0'),
    filterText: [json ? `"${v.label}` : v.label, ...(v.accepts ?? []), ...(v.variants ?? [])].join(' '),
    textEdit: { range, newText: t.valueText(v.label) },
  }));
}
