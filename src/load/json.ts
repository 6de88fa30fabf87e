// JSON: a guide object or an array of guides. jsonc-parser gives offsets (and duplicate keys,
// which JSON.parse silently accepts); JSON.parse builds the data (own properties only).

import { parseTree, findNodeAtLocation, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import type { ElementPath, LoadResult, LoadProblem, Location, SourceMap } from '../model/types.js';
import { LineIndex, spanLocation } from './lines.js';
import { defined } from '../util/defined.js';

export function loadJson(text: string): LoadResult {
  const ix = new LineIndex(text);
  const parsed = parseJsonTree(text, (a, b) => spanLocation(ix, a, b));
  if ('problem' in parsed) return { guides: [], problems: [parsed.problem], text };
  const root = parsed.root;
  const dup = firstDuplicateKey(root);
  if (dup) {
    return {
      guides: [],
      problems: [
        {
          messageId: 'duplicateKey',
          data: { reason: `duplicated key "${dup.value}"` },
          location: spanLocation(ix, dup.offset, dup.offset + dup.length),
        },
      ],
      text,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return {
      guides: [],
      problems: [
        { messageId: 'jsonSyntax', data: { reason: (err as Error).message }, location: spanLocation(ix, 0, 0) },
      ],
      text,
    };
  }
  const problems: LoadProblem[] = [];
  const guides: LoadResult['guides'] = [];
  const list = Array.isArray(data) ? data : [data];
  const base: ElementPath = [];
  list.forEach((g, index) => {
    const prefix = Array.isArray(data) ? [...base, index] : base;
    const sourceMap = jsonSourceMap(root, ix, prefix);
    if (typeof g !== 'object' || g === null || Array.isArray(g)) {
      problems.push({
        messageId: 'notAGuide',
        data: { kind: Array.isArray(g) ? 'list' : g === null ? 'null' : typeof g },
        location: sourceMap.locate([]),
      });
      return;
    }
    guides.push({ data: g, index, sourceMap });
  });
  if (guides.length === 0 && problems.length === 0)
    problems.push({ messageId: 'empty', location: spanLocation(ix, 0, 0) });
  return { guides, problems, text };
}

const MAX_DEPTH = 200;

/** A JSON text's located tree, or the problem that stops reading it: empty, nested too deep (the parsers recurse), a syntax error. */
export function parseJsonTree(
  text: string,
  at: (start: number, end: number) => Location,
): { root: JNode } | { problem: LoadProblem } {
  if (text.trim() === '') return { problem: { messageId: 'empty', location: at(0, 0) } };
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep !== -1)
    return { problem: { messageId: 'tooDeep', data: { limit: MAX_DEPTH }, location: at(deep, deep + 1) } };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const start = e?.offset ?? 0;
    return {
      problem: {
        messageId: 'jsonSyntax',
        data: { reason: e ? printParseErrorCode(e.error) : 'invalid JSON' },
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- a zero-length error spans one character
        location: at(start, start + (e?.length || 1)),
      },
    };
  }
  return { root };
}

/** Offset where bracket nesting first exceeds `limit` (outside strings), or -1: the parsers recurse. */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

function jsonSourceMap(root: JNode, ix: LineIndex, prefix: ElementPath): SourceMap {
  const nodeAt = (path: ElementPath): JNode => {
    const full = [...prefix, ...path];
    for (let n = full.length; n >= 0; n--) {
      const hit = findNodeAtLocation(root, full.slice(0, n));
      if (hit) return hit;
    }
    return root;
  };
  return {
    locate(path, at = 'value'): Location {
      const node = nodeAt(path);
      const full = [...prefix, ...path];
      const exact = findNodeAtLocation(root, full) === node;
      const target =
        at === 'key' && exact && node.parent?.type === 'property' ? defined(defined(node.parent.children)[0]) : node;
      return spanLocation(ix, target.offset, target.offset + target.length);
    },
    range(path) {
      const node = findNodeAtLocation(root, [...prefix, ...path]);
      return node ? [node.offset, node.offset + node.length] : undefined;
    },
    start() {
      const node = nodeAt([]);
      return spanLocation(ix, node.offset, node.offset);
    },
  };
}

function firstDuplicateKey(node: JNode): JNode | undefined {
  const stack: JNode[] = [node];
  while (stack.length) {
    const n = defined(stack.pop());
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) return key;
          seen.add(key.value);
        }
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return undefined;
}
