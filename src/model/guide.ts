// The view of one guide that rules receive: canonical data plus small typed accessors.

import { isRecord, type DuplicateElement, type ElementEntry, type Rec, type UnknownKey } from './normalize.js';
import { VALUE_SETS, resolveValue, type EnumValue, type ValueSet } from './values.js';
import type { ElementPath } from './types.js';
import { textOf } from '../parse/text.js';

export interface Guide {
  /** Canonical data (element keys, not synonyms). */
  data: Rec;
  /** Absolute path of the file the guide came from. */
  file: string;
  /** Index of the guide within its file. */
  index: number;
  /** 事项名称, or a code, for messages. */
  name: string | null;
  /** Keys the dictionary does not know (written paths). */
  unknownKeys: UnknownKey[];
  /** An element written twice (under its name and a synonym). */
  duplicates: DuplicateElement[];
  /** Every known element in document order (see walk.ts). */
  elements: readonly ElementEntry[];
  /** Values several rules derive from this guide, made once (see `derived`); dies with the guide. */
  derived?: Map<string, unknown>;
}

/**
 * A value derived from the guide, made on first use and shared by the rules that read it (the
 * records of a list, which materials are forms …). A plain map on the guide: it goes with the guide
 * (a WeakMap keyed by guide data was measured to cost more in garbage collection than it saved).
 */
export function derived<T>(guide: Guide, key: string, make: () => T): T {
  const m = (guide.derived ??= new Map());
  if (m.has(key)) return m.get(key) as T;
  const v = make();
  m.set(key, v);
  return v;
}

export interface RecordAt {
  data: Rec;
  path: ElementPath;
  index: number;
}

/** The records of a list element (申请材料, 办理流程 …); a single record counts as a list of one. Read-only. */
export function recordsOf(guide: Guide, key: string): readonly RecordAt[] {
  return derived(guide, `records:${key}`, () => recordList(guide, key));
}

function recordList(guide: Guide, key: string): RecordAt[] {
  const v = guide.data[key];
  if (Array.isArray(v)) {
    const out: RecordAt[] = [];
    v.forEach((x, i) => {
      if (isRecord(x)) out.push({ data: x, path: [key, i], index: i });
    });
    return out;
  }
  return isRecord(v) ? [{ data: v, path: [key], index: 0 }] : [];
}

export const materialsOf = (g: Guide): readonly RecordAt[] => recordsOf(g, '申请材料');
export const stepsOf = (g: Guide): readonly RecordAt[] => recordsOf(g, '办理流程');

/** Present and not blank. */
export function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export { textOf } from '../parse/text.js';

/** A list of texts: a list, or one text split on 、，,；; and line breaks. */
export function textList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(textOf).filter((x): x is string => !!x);
  const t = textOf(v);
  return t
    ? t
        .split(/[、，,；;\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** An enumerated element's value (label or code) resolved to its value-set entry. */
export function enumOf(vs: ValueSet, v: unknown): EnumValue | undefined {
  return resolveValue(vs, v);
}

export function guideName(data: Rec): string | null {
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty name falls back on the codes
  const name = textOf(data['事项名称']) || textOf(data['实施编码']) || textOf(data['基本编码']) || null;
  return name && name.length > 200 ? `${Array.from(name.slice(0, 400)).slice(0, 199).join('')}…` : name;
}

/** The guide's 事项类型 label when it is one of `types` (rules that apply to some item types only). */
export function typeAmong(guide: Guide, types: readonly string[]): string | undefined {
  const label = resolveValue(VALUE_SETS.事项类型, guide.data['事项类型'])?.label;
  return label !== undefined && types.includes(label) ? label : undefined;
}
