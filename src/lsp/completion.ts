// Completion of element keys (for the scope at the cursor, minus the keys already written) and of
// value-set values (值域), from the element dictionary the JSON Schema is generated from.

import type { CompletionItem, CompletionItemKind, Position } from 'vscode-languageserver/node';
import type { Rule } from '../engine/rule.js';
import { ELEMENTS } from '../model/elements.js';
import type { Lang } from '../model/types.js';
import { elementHelp } from './hover.js';
import { itemLabel } from './diagnostics.js';
import { cursorContext } from './yaml-context.js';

const PROPERTY: CompletionItemKind = 10;
const ENUM_MEMBER: CompletionItemKind = 20;

export function completeAt(text: string, bom: number, pos: Position, rules: Rule[], lang: Lang): CompletionItem[] {
  const character = pos.line === 0 ? pos.character - bom : pos.character;
  const ctx = cursorContext(text, pos.line, character);
  if (!ctx) return [];
  const shift = pos.line === 0 ? bom : 0;
  const range = { start: { line: pos.line, character: ctx.start + shift }, end: pos };
  if (ctx.kind === 'key') {
    return ELEMENTS[ctx.scope]
      .filter((d) => !ctx.siblings.has(d.key) && !d.aliases?.some((a) => ctx.siblings.has(a)))
      .map((d, i) => ({
        label: d.key,
        kind: PROPERTY,
        detail: [d.en, itemLabel(d.item, lang), d.required ? (lang === 'zh' ? '必填' : 'required') : ''].filter(Boolean).join(' · '),
        documentation: { kind: 'markdown', value: elementHelp(d, rules, lang) },
        // Required elements first, then dictionary order.
        sortText: `${d.required ? 0 : 1}${String(i).padStart(3, '0')}`,
        filterText: [d.key, ...(d.aliases ?? [])].join(' '),
        textEdit: { range, newText: `${d.key}: ` },
      }));
  }
  return ctx.def.values!.values.map((v, i) => ({
    label: v.label,
    kind: ENUM_MEMBER,
    detail: [ctx.def.key, v.code !== undefined ? `${lang === 'zh' ? '代码' : 'code'} ${v.code}` : ''].filter(Boolean).join(' · '),
    sortText: String(i).padStart(3, '0'),
    filterText: [v.label, ...(v.accepts ?? []), ...(v.variants ?? [])].join(' '),
    textEdit: { range, newText: v.label },
  }));
}
