// Turns loaded data into the canonical guide model: synonyms become element keys (咨询方式 → 咨询电话)
// while each record remembers the key as written, so findings point at what the user wrote.
// A record written with element keys only, whose values need no change, is used as loaded (no copy:
// most guides are written so, and copying every record was a tenth of a lint run). Any other record
// (a synonym, an unknown or duplicate key) and every object under a key the dictionary does not know
// is copied into a null-prototype object: keys the user chose never meet Object.prototype. The
// whole document is visited under a node budget, so YAML alias bombs and deep nesting cost bounded
// time. Loaded data is never changed.

import { ELEMENTS, elementFor, elementNames, type ElementDef, type Scope } from './elements.js';
import type { ElementPath, PathSegment } from './types.js';
import { defined } from '../util/defined.js';

export type Rec = Record<string, unknown>;

export interface UnknownKey {
  /** Written path of the key. */
  path: ElementPath;
  key: string;
  scope: Scope;
}

export interface DuplicateElement {
  path: ElementPath;
  key: string;
  first: string;
}

/** A step of a path, linked to its parent: paths are built only when asked for (see `pathOf`). */
export interface Trail {
  readonly up: Trail | null;
  readonly seg: PathSegment;
}

/** One known element of a guide, in document order (pre-order): what data-driven rules visit. */
export interface ElementEntry extends Trail {
  readonly def: ElementDef;
  readonly scope: Scope;
  /** The normalised value. */
  value: unknown;
}

export function pathOf(t: Trail | null): ElementPath {
  const out: ElementPath = [];
  for (let x = t; x; x = x.up) out.push(x.seg);
  return out.reverse();
}

export interface NormalizeResult {
  data: Rec;
  unknownKeys: UnknownKey[];
  duplicates: DuplicateElement[];
  /** Every known element, in every scope, in document order. */
  elements: ElementEntry[];
  /** Set when the budget ran out (alias expansion, huge or deep documents). */
  overflow?: 'nodes' | 'depth';
  written: (path: ElementPath) => ElementPath;
}

export const LIMITS = { maxNodes: 200_000, maxDepth: 64 };

/** Per record: canonical key → key as written, only for records where some key was a synonym. */
const writtenKeys = new WeakMap<object, Map<string, string>>();

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function normalizeGuide(raw: unknown): NormalizeResult {
  const unknownKeys: UnknownKey[] = [];
  const duplicates: DuplicateElement[] = [];
  const elements: ElementEntry[] = [];
  let nodes = 0;
  let overflow: NormalizeResult['overflow'];

  /** A value under no element of the dictionary: arrays kept when unchanged, objects copied. */
  const plain = (v: unknown, depth: number): unknown => {
    if (typeof v !== 'object' || v === null) {
      if (++nodes > LIMITS.maxNodes) overflow ??= 'nodes';
      return v;
    }
    if (++nodes > LIMITS.maxNodes) {
      overflow ??= 'nodes';
      return null;
    }
    if (depth > LIMITS.maxDepth) {
      overflow ??= 'depth';
      return null;
    }
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
    if (Array.isArray(v)) {
      // Loops, not callbacks: a closure over `depth` would make every call allocate a context.
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) out = sameOrCopy(v, i, plain(v[i], depth + 1), out);
      return out ?? v;
    }
    if (isRecord(v)) {
      const out: Rec = Object.create(null) as Rec;
      for (const k of Object.keys(v)) out[k] = plain(v[k], depth + 1);
      return out;
    }
    return v;
  };

  // Unknown and duplicate keys, with the canonical trail of their record: made written at the end.
  const pending: { trail: Trail | null; key: string; scope: Scope; first?: string }[] = [];

  // `trail` is the canonical path of the record, linked (entries share it; paths are built lazily).
  const record = (v: Rec, scope: Scope, trail: Trail | null, depth: number): Rec => {
    const keys = Object.keys(v);
    const names = elementNames(scope);
    // The copy, made at the first key or value that differs from what was loaded.
    let out: Rec | undefined;
    let aliases: Map<string, string> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = defined(keys[i]);
      const def = names.get(k) ?? elementFor(scope, k);
      if (!def) {
        pending.push({ trail, key: k, scope });
        out ??= copyUpTo(v, keys, i);
        if (!(k in out)) out[k] = plain(v[k], depth + 1);
        continue;
      }
      // Already given under another name (before a copy, earlier keys are all element keys).
      if (out ? def.key in out : k !== def.key && keys.includes(def.key) && keys.indexOf(def.key) < i) {
        pending.push({ trail, key: k, scope, first: aliases?.get(def.key) ?? def.key });
        out ??= copyUpTo(v, keys, i);
        continue;
      }
      if (k !== def.key) (aliases ??= new Map()).set(def.key, k);
      const entry: ElementEntry = { up: trail, seg: def.key, def, scope, value: undefined };
      elements[elements.length] = entry; // not push: TurboFan does not inline it on a captured array
      const loaded = v[k];
      const nv = (entry.value = value(loaded, def, entry, depth + 1));
      if (!out && (nv !== loaded || k !== def.key)) out = copyUpTo(v, keys, i);
      if (out) out[def.key] = nv;
    }
    if (!out) return v;
    if (aliases) writtenKeys.set(out, aliases);
    return out;
  };

  const value = (v: unknown, def: ElementDef, entry: ElementEntry, depth: number): unknown => {
    if (overflow) return null;
    const sub = def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : undefined);
    if (!sub || typeof v !== 'object' || v === null) return plain(v, depth);
    // A single record where a list is expected is kept as written: the schema reports it.
    if (isRecord(v)) return record(v, sub, entry, depth);
    if (Array.isArray(v)) {
      if (++nodes > LIMITS.maxNodes) {
        overflow ??= 'nodes';
        return null;
      }
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        out = sameOrCopy(
          v,
          i,
          isRecord(x) ? record(x, sub, { up: entry, seg: i }, depth + 1) : plain(x, depth + 1),
          out,
        );
      }
      return out ?? v;
    }
    return plain(v, depth);
  };

  const data = isRecord(raw) ? record(raw, 'guide', null, 0) : (Object.create(null) as Rec);

  const written = (path: ElementPath): ElementPath => {
    const out: ElementPath = [];
    let cur: unknown = data;
    for (const seg of path) {
      if (typeof seg === 'string' && isRecord(cur)) {
        out.push(writtenKeys.get(cur)?.get(seg) ?? seg);
        cur = cur[seg];
      } else if (typeof seg === 'number' && Array.isArray(cur)) {
        out.push(seg);
        cur = cur[seg];
      } else {
        out.push(seg);
        cur = undefined;
      }
    }
    return out;
  };

  for (const p of pending) {
    const path = [...written(pathOf(p.trail)), p.key];
    if (p.first === undefined) unknownKeys.push({ path, key: p.key, scope: p.scope });
    else duplicates.push({ path, key: p.key, first: p.first });
  }
  return { data, unknownKeys, duplicates, elements, overflow, written };
}

/**
 * One step of mapping a list: `y` is what item i became. Returns the copy so far — undefined while
 * every item is unchanged (the caller then keeps `a` itself).
 */
function sameOrCopy(a: unknown[], i: number, y: unknown, out: unknown[] | undefined): unknown[] | undefined {
  if (!out && y !== a[i]) out = a.slice(0, i);
  if (out) out.push(y);
  return out;
}

/** A null-prototype copy of the first n keys of a record. */
function copyUpTo(v: Rec, keys: string[], n: number): Rec {
  const c: Rec = Object.create(null) as Rec;
  for (let i = 0; i < n; i++) c[defined(keys[i])] = v[defined(keys[i])];
  return c;
}

/** The value at a canonical path, or undefined. */
export function getAt(data: unknown, path: ElementPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (typeof seg === 'number' ? Array.isArray(cur) : isRecord(cur))
      cur = (cur as Record<string | number, unknown>)[seg];
    else return undefined;
  }
  return cur;
}

/** The checklist item of the nearest element on the path that serves one (承诺办结时限.单位 → 13). */
export function itemOfPath(path: ElementPath): number | null {
  const keys = path.filter((s): s is string => typeof s === 'string');
  for (let n = keys.length; n > 0; n--) {
    const item = elementAt(keys.slice(0, n))?.item;
    if (item) return item;
  }
  return null;
}

/** The dictionary entry for a canonical path (walking scopes), for the item a finding serves. */
export function elementAt(path: ElementPath): ElementDef | undefined {
  let scope: Scope = 'guide';
  let def: ElementDef | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    def = ELEMENTS[scope].find((d) => d.key === seg);
    if (!def) return undefined;
    scope = def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : scope);
  }
  return def;
}
