// Where the cursor is in a YAML guide, from indentation alone (the document is usually half-typed
// and does not parse): the chain of keys above it, and whether a key or a value is being written.
// The chain is resolved through the element dictionary to the scope (guide, material, step …).

import { elementFor, type ElementDef, type Scope } from '../model/elements.js';
import { defined } from '../util/defined.js';

interface LineInfo {
  /** Column of the first character (of the first "-" on a sequence item line). */
  indent: number;
  dash: boolean;
  /** Column of the content after the dashes. */
  keyCol: number;
  key?: string;
}

const LINE = /^(\s*)((?:-(?:\s+|$))*)(.*)$/;
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[{\]}][^#]*?)\s*:(?:\s|$)/;

function unquote(k: string): string {
  if (k.startsWith('"')) return k.slice(1, -1).replace(/\\"/g, '"');
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k.trim();
}

export function lineInfo(line: string): LineInfo | undefined {
  // LINE matches every line; its three groups always capture (possibly nothing).
  const [, lead = '', dashes = '', content = ''] = defined(LINE.exec(line));
  if (!dashes && (content === '' || content.startsWith('#'))) return undefined;
  const k = KEY.exec(content);
  return {
    indent: lead.length,
    dash: dashes.length > 0,
    keyCol: lead.length + dashes.length,
    key: k ? unquote(defined(k[1])) : undefined,
  };
}

/**
 * The keys enclosing a node on line `at` that starts at column `col` (root first). With `seqAt`,
 * the node is an item of a sequence whose dashes are at that column.
 */
export function ancestors(lines: string[], at: number, col: number, seqAt?: number): string[] | undefined {
  const chain: string[] = [];
  let cur = col;
  let inSeq = seqAt;
  for (let i = at - 1; i >= 0 && (cur > 0 || inSeq !== undefined); i--) {
    const info = lineInfo(defined(lines[i]));
    if (!info) continue;
    if (inSeq !== undefined) {
      if (info.indent > inSeq || (info.indent === inSeq && info.dash)) continue; // deeper, or a sibling item
      if (info.key === undefined) return undefined;
      chain.unshift(info.key);
      cur = info.keyCol;
      inSeq = info.dash ? info.indent : undefined;
      continue;
    }
    if (info.dash && info.indent < cur) {
      // The sequence item we are in: its first key is ours (a sibling) or our parent.
      if (info.keyCol < cur && info.key !== undefined) chain.unshift(info.key);
      inSeq = info.indent;
      continue;
    }
    if (info.keyCol >= cur || info.key === undefined) continue;
    chain.unshift(info.key);
    cur = info.keyCol;
  }
  return chain;
}

/** The scope whose keys are written inside an element's value. */
export function innerScope(def: ElementDef): Scope | undefined {
  return def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : undefined);
}

/** The element a chain of keys names (scope by scope), and the scope its own keys live in. */
export function resolveChain(chain: string[]): { scope?: Scope; def?: ElementDef } {
  let scope: Scope | undefined = 'guide';
  let def: ElementDef | undefined;
  for (const k of chain) {
    if (!scope) return {};
    def = elementFor(scope, k);
    if (!def) return {};
    scope = innerScope(def);
  }
  return { scope, def };
}

export type CursorContext =
  | { kind: 'key'; scope: Scope; prefix: string; start: number; siblings: Set<string> }
  | { kind: 'value'; def: ElementDef; prefix: string; start: number; inList: boolean };

/** Keys already written in the mapping that line `at` (a key at column `col`) belongs to. */
function siblingKeys(lines: string[], at: number, col: number, startsItem: boolean): Set<string> {
  const out = new Set<string>();
  // Upwards, to the line that starts the mapping (a record's "- " line) or leaves it.
  for (let i = at - 1; i >= 0 && !startsItem; i--) {
    const info = lineInfo(defined(lines[i]));
    if (!info || info.indent > col || (info.dash && info.indent === col)) continue;
    if (info.keyCol < col || info.key === undefined) break;
    out.add(info.key);
    if (info.dash) break;
  }
  // Downwards, to the next item or the end of the mapping.
  for (let i = at + 1; i < lines.length; i++) {
    const info = lineInfo(defined(lines[i]));
    if (!info || info.indent > col || (info.dash && info.indent === col)) continue;
    if (info.keyCol !== col || info.dash || info.key === undefined) break;
    out.add(info.key);
  }
  return out;
}

const KEY_BEFORE = /^(\s*)((?:-\s+)*)([^:#"'[{]*)$/;
const VALUE_BEFORE = /^(\s*)((?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[{][^#:]*?)\s*:\s+(.*)$/;

export function cursorContext(text: string, line: number, character: number): CursorContext | undefined {
  const lines = text.split(/\r?\n/);
  const before = (lines[line] ?? '').slice(0, character);
  const k = KEY_BEFORE.exec(before);
  if (k) {
    const [, lead = '', dashes = '', typed = ''] = k;
    const indent = lead.length;
    const dash = dashes.length > 0;
    const keyCol = indent + dashes.length;
    const prefix = typed.trimEnd();
    if (dash) {
      // "- …": an item of a list value (值域 of an enumList) or the first key of a record.
      const owner = ancestors(lines, line, keyCol, indent);
      const { def, scope } = owner ? resolveChain(owner) : {};
      if (def?.values && (def.type === 'enumList' || def.type === 'textList'))
        return { kind: 'value', def, prefix, start: keyCol, inList: true };
      if (scope) return { kind: 'key', scope, prefix, start: keyCol, siblings: siblingKeys(lines, line, keyCol, true) };
      return undefined;
    }
    const chain = ancestors(lines, line, keyCol);
    const { scope } = chain ? resolveChain(chain) : {};
    return scope
      ? { kind: 'key', scope, prefix, start: keyCol, siblings: siblingKeys(lines, line, keyCol, false) }
      : undefined;
  }
  const v = VALUE_BEFORE.exec(before);
  if (!v) return undefined;
  const [, lead = '', dashes = '', key = '', value = ''] = v;
  const indent = lead.length;
  const keyCol = indent + dashes.length;
  const chain = ancestors(lines, line, keyCol, dashes ? indent : undefined);
  if (!chain) return undefined;
  const { def } = resolveChain([...chain, unquote(key)]);
  if (!def?.values) return undefined;
  const valueStart = before.length - value.length;
  if (value.startsWith('[')) {
    // A flow list: the item after the last "[" or ",".
    const cut = Math.max(value.lastIndexOf('['), value.lastIndexOf(',')) + 1;
    const lead = value.slice(cut).length - value.slice(cut).trimStart().length;
    return { kind: 'value', def, prefix: value.slice(cut).trim(), start: valueStart + cut + lead, inList: true };
  }
  const quote = /^["']/.test(value) ? 1 : 0;
  return { kind: 'value', def, prefix: value.slice(quote), start: valueStart + quote, inList: false };
}

/** The element whose key is under the cursor, for hovers. */
export function keyAt(
  text: string,
  line: number,
  character: number,
): { def: ElementDef; start: number; end: number } | undefined {
  const lines = text.split(/\r?\n/);
  const l = lines[line];
  if (l === undefined) return undefined;
  const info = lineInfo(l);
  if (!info?.key) return undefined;
  const end = info.keyCol + l.slice(info.keyCol).indexOf(':');
  if (character < info.keyCol || character > end) return undefined;
  const chain = ancestors(lines, line, info.keyCol, info.dash ? info.indent : undefined);
  const { def } = chain ? resolveChain([...chain, info.key]) : {};
  return def ? { def, start: info.keyCol, end } : undefined;
}
