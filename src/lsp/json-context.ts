// Where the cursor is in a JSON guide (jsonc-parser's location, tolerant of half-typed text): a
// property key being written in some scope, or a value of an element with a value set.

import { findNodeAtLocation, getLocation, parseTree } from 'jsonc-parser';
import type { ElementDef, Scope } from '../model/elements.js';
import { resolveChain } from './yaml-context.js';

export type JsonContext =
  | { kind: 'key'; scope: Scope; prefix: string; start: number; end: number; siblings: Set<string>; colon: boolean }
  | { kind: 'value'; def: ElementDef; prefix: string; start: number; end: number };

export function jsonContext(text: string, offset: number): JsonContext | undefined {
  const loc = getLocation(text, offset);
  const node = loc.previousNode;
  // The string under the cursor (quotes included), or an empty range at the cursor.
  const start = node?.type === 'property' || node?.type === 'string' ? node.offset : offset;
  const end = node?.offset === start ? node.offset + node.length : offset;
  const prefix = node?.offset === start ? String(node.value ?? '') : '';
  const keys = loc.path.filter((s): s is string => typeof s === 'string');
  if (loc.isAtPropertyKey) {
    const { scope } = resolveChain(keys.slice(0, -1));
    if (!scope) return undefined;
    const root = parseTree(text);
    const parent = root && findNodeAtLocation(root, loc.path.slice(0, -1));
    const siblings = new Set(
      (parent?.type === 'object' ? (parent.children ?? []) : [])
        .map((p) => String(p.children?.[0]?.value))
        .filter((k) => k !== prefix),
    );
    return { kind: 'key', scope, prefix, start, end, siblings, colon: /^\s*:/.test(text.slice(end)) };
  }
  // A value of an element ("办件类型": "…") or an item of its list ("办理形式": ["…"]).
  const { def } = resolveChain(keys);
  return def?.values ? { kind: 'value', def, prefix, start, end } : undefined;
}
