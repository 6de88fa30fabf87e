// Turns loaded data into the canonical guide model: synonyms become element keys (咨询方式 → 咨询电话)
// while each record remembers the key as written, so findings point at what the user wrote.
// Copies into null-prototype objects (no key can reach Object.prototype) under a node budget, so
// YAML alias bombs and deep nesting cost bounded time.

import { ELEMENTS, elementFor, type ElementDef, type Scope } from './elements.js';
import type { ElementPath } from './types.js';

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

export interface NormalizeResult {
  data: Rec;
  unknownKeys: UnknownKey[];
  duplicates: DuplicateElement[];
  /** Set when the budget ran out (alias expansion, huge or deep documents). */
  overflow?: 'nodes' | 'depth';
  written(path: ElementPath): ElementPath;
}

export const LIMITS = { maxNodes: 200_000, maxDepth: 64 };

const writtenKeys = new WeakMap<object, Map<string, string>>();

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function normalizeGuide(raw: unknown): NormalizeResult {
  const unknownKeys: UnknownKey[] = [];
  const duplicates: DuplicateElement[] = [];
  let nodes = 0;
  let overflow: NormalizeResult['overflow'];

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
    if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
    if (isRecord(v)) {
      const out: Rec = Object.create(null);
      for (const k of Object.keys(v)) out[k] = plain(v[k], depth + 1);
      return out;
    }
    return v;
  };

  const record = (v: Rec, scope: Scope, writtenPath: ElementPath, depth: number): Rec => {
    const out: Rec = Object.create(null);
    const keys = new Map<string, string>();
    for (const k of Object.keys(v)) {
      const def = elementFor(scope, k);
      if (!def) {
        unknownKeys.push({ path: [...writtenPath, k], key: k, scope });
        if (!(k in out)) out[k] = plain(v[k], depth + 1);
        continue;
      }
      if (keys.has(def.key)) {
        duplicates.push({ path: [...writtenPath, k], key: k, first: keys.get(def.key)! });
        continue;
      }
      keys.set(def.key, k);
      out[def.key] = value(v[k], def, writtenPath, k, depth + 1);
    }
    writtenKeys.set(out, keys);
    return out;
  };

  const value = (v: unknown, def: ElementDef, parentPath: ElementPath, key: string, depth: number): unknown => {
    if (overflow) return null;
    const sub = def.of ?? (def.type === 'timeLimit' ? 'timeLimit' : undefined);
    if (!sub || (typeof v !== 'object' && v !== null) || v === null) return plain(v, depth);
    const writtenPath = [...parentPath, key];
    if (isRecord(v)) {
      if (def.type === 'records' || def.type === 'yesNoOrList' || def.type === 'basisList') {
        // A single record where a list is expected: keep it as written, the schema reports it.
        return record(v, sub, writtenPath, depth);
      }
      return record(v, sub, writtenPath, depth);
    }
    if (Array.isArray(v)) {
      if (++nodes > LIMITS.maxNodes) {
        overflow ??= 'nodes';
        return null;
      }
      return v.map((x, i) => (isRecord(x) ? record(x, sub, [...writtenPath, i], depth + 1) : plain(x, depth + 1)));
    }
    return plain(v, depth);
  };

  const data = isRecord(raw) ? record(raw, 'guide', [], 0) : (Object.create(null) as Rec);

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

  return { data, unknownKeys, duplicates, overflow, written };
}

/** The value at a canonical path, or undefined. */
export function getAt(data: unknown, path: ElementPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (typeof seg === 'number' ? Array.isArray(cur) : isRecord(cur)) cur = (cur as Record<string | number, unknown>)[seg];
    else return undefined;
  }
  return cur;
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
