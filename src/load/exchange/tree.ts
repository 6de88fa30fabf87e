// Reading a jsonc-parser tree the way exports are written: keys in any case, a table that holds one
// row as an object or a one-element array, numbers as strings or numbers. Every value keeps its node,
// so findings point at the exact offset even in a one-line payload.

import type { Node as JNode } from 'jsonc-parser';

type PropIndex = Map<string, { key: JNode; value: JNode }>;
/**
 * Kept on the node itself, not in a WeakMap: the nodes of a streamed export die young, and WeakMap
 * entries kept millions of them alive until a full collection (gigabytes of garbage).
 */
const PROPS = Symbol('props');

/** An object's properties by lower-case key (the first of keys equal but for case). */
export function props(node: JNode): PropIndex {
  const holder = node as JNode & { [PROPS]?: PropIndex };
  let m = holder[PROPS];
  if (!m) {
    m = new Map();
    if (node.type === 'object') {
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v && typeof k.value === 'string') {
          const lk = k.value.toLowerCase();
          if (!m.has(lk)) m.set(lk, { key: k, value: v });
        }
      }
    }
    holder[PROPS] = m;
  }
  return m;
}

export function prop(node: JNode | undefined, name: string): JNode | undefined {
  return node?.type === 'object' ? props(node).get(name.toLowerCase())?.value : undefined;
}

/** A dotted path: objects by key (any case), arrays by index or, for a key, through their first row. */
export function at(node: JNode | undefined, path: string): JNode | undefined {
  if (path === '') return node;
  let cur = node;
  for (const seg of path.split('.')) {
    if (!cur) return undefined;
    if (cur.type === 'array') cur = /^\d+$/.test(seg) ? cur.children?.[Number(seg)] : prop(cur.children?.[0], seg);
    else cur = prop(cur, seg);
  }
  return cur;
}

/** The rows of a table: an array's object elements, or one object. */
export function rows(node: JNode | undefined): JNode[] {
  if (!node) return [];
  if (node.type === 'object') return [node];
  if (node.type === 'array') return (node.children ?? []).filter((c) => c.type === 'object');
  return [];
}

/** A scalar as text: strings trimmed, numbers and booleans written out; null, objects and arrays undefined. */
export function scalarText(node: JNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return String(node.value).trim();
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}
