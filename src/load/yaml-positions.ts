// Node positions from js-yaml's own parse (its `listener` option), so locating a finding does not
// need a second parse with `yaml` (6–9× slower, see bench/RESULTS.md). During the parse we only
// append numbers to flat arrays; the tree of nodes is built on the first locate() of a file.
//
// js-yaml calls the listener with "open" when it starts composing a node (before skipping the
// whitespace in front of it) and "close" when the node is done; mapping keys are nodes too, so a
// mapping's children are key, value, key, value … A tree that does not line up with that shape
// (a flow-mapping key without value, explicit keys) is reported as unusable and the caller falls
// back to the `yaml` package's ranges: a location is never lost.

import type { ElementPath } from '../model/types.js';
import { defined } from '../util/defined.js';

export interface PosNode {
  start: number;
  end: number;
  kind: string | null;
  value: unknown;
  children: PosNode[];
}

/**
 * Events of the parse in progress. Parses are synchronous, one at a time in a thread, so one growing
 * scratch array serves them all and each recorder keeps an exact-size copy (`done`): growing a
 * fresh array per file was ≈ 4 % of a lint's allocations.
 */
let scratchEvents = new Int32Array(4096);
const SCRATCH_KEPT = 1 << 18; // 1 MB of events, a few hundred KB of YAML
/** The values of the parse in progress: a new array per parse, so it is young while it is filled (no write barrier). */
let parseValues: unknown[] = [];
let parseValueCount = 0;

export class PositionRecorder {
  /** open: position + 1; close: −(position + 1). */
  private events = new Int32Array(0);
  /** One entry per close event: the scalar's value (for keys), else null. */
  private values: unknown[] = [];
  private count = 0;
  private roots?: PosNode[];

  constructor() {
    parseValues = [];
    parseValueCount = 0;
  }

  readonly listener = (type: string, state: { position: number; kind: string | null; result: unknown }) => {
    if (this.count === scratchEvents.length) {
      const bigger = new Int32Array(scratchEvents.length * 2);
      bigger.set(scratchEvents);
      scratchEvents = bigger;
    }
    if (type === 'open') scratchEvents[this.count++] = state.position + 1;
    else {
      scratchEvents[this.count++] = -(state.position + 1);
      // An indexed store, not push: TurboFan does not inline push on an array it knows no map of.
      parseValues[parseValueCount++] = state.kind === 'scalar' ? state.result : null;
    }
  };

  /** The parse is over: keep its events (before another parse reuses the scratch space). */
  done(): void {
    this.events = scratchEvents.slice(0, this.count);
    this.values = parseValues;
    parseValues = [];
    parseValueCount = 0;
    // A huge file (up to maxFileSize) must not keep its scratch space for the rest of the run.
    if (scratchEvents.length > SCRATCH_KEPT) scratchEvents = new Int32Array(4096);
  }

  /** Document roots, built once. */
  documents(): PosNode[] {
    if (this.roots) return this.roots;
    const roots: PosNode[] = [];
    const stack: PosNode[] = [];
    let v = 0;
    for (const e of this.events) {
      if (e > 0) {
        stack.push({ start: e - 1, end: e - 1, kind: null, value: null, children: [] });
      } else {
        const node = defined(stack.pop());
        node.end = -e - 1;
        node.value = this.values[v++];
        const parent = stack.at(-1);
        if (parent) parent.children.push(node);
        else roots.push(node);
      }
    }
    this.roots = roots;
    return roots;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The node's own text: leading whitespace, comments and properties (&anchor, !tag) skipped,
 * trailing whitespace trimmed. An empty node (`份数:` with no value) is the point after the colon.
 */
export function trimmedRange(text: string, node: PosNode): [number, number] {
  let s = node.start;
  if (node.value === null && node.children.length === 0 && node.kind !== 'scalar') {
    while (s < node.end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    return [s, s];
  }
  for (;;) {
    while (s < node.end && isSpace(text.charCodeAt(s))) s++;
    const c = text.charCodeAt(s);
    if (s < node.end && c === 35 /* # */) {
      while (s < node.end && text.charCodeAt(s) !== 10) s++;
      continue;
    }
    if (s < node.end && (c === 38 /* & */ || c === 33) /* ! */ && node.kind !== 'scalar') {
      while (s < node.end && !isSpace(text.charCodeAt(s))) s++;
      continue;
    }
    break;
  }
  let e = node.end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * The node at `path` (and, with at='key', its key node). `exact` is false when the path could not
 * be followed to the end: the caller falls back. Children are interpreted with the data value
 * js-yaml produced, so a mapping is known to be a mapping even when its kind was not recorded.
 */
export function findNode(
  root: PosNode,
  data: unknown,
  path: ElementPath,
  at: 'value' | 'key',
): { node: PosNode; exact: boolean; shapeOk: boolean } {
  let node = root;
  let value = data;
  for (let i = 0; i < path.length; i++) {
    const seg = defined(path[i]);
    const kids = node.children;
    if (Array.isArray(value)) {
      if (typeof seg !== 'number' || kids.length !== value.length)
        return { node, exact: false, shapeOk: kids.length === value.length };
      const kid = kids[seg];
      value = value[seg];
      if (!kid) return { node: root, exact: false, shapeOk: false };
      node = kid;
    } else if (value && typeof value === 'object') {
      // key, value pairs; an odd count or merge keys (<<) make the shape ambiguous.
      if (kids.length % 2 !== 0) return { node, exact: false, shapeOk: false };
      let hit = -1;
      for (let k = 0; k < kids.length; k += 2) {
        if (defined(kids[k]).value !== null && String(defined(kids[k]).value) === String(seg)) hit = k;
      }
      if (hit === -1) return { node, exact: false, shapeOk: true };
      if (i === path.length - 1 && at === 'key') return { node: defined(kids[hit]), exact: true, shapeOk: true };
      node = defined(kids[hit + 1]);
      value = (value as Record<string, unknown>)[String(seg)];
    } else {
      return { node, exact: false, shapeOk: true };
    }
  }
  return { node, exact: true, shapeOk: true };
}
