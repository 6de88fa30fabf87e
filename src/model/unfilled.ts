// Required elements written but not filled ("无", "/", "暂无"), and the one required element a
// guide may leave out: a material's 材料类型 when its counts of originals and photocopies state it.

import { ELEMENTS, type ElementDef } from './elements.js';
import { materialType } from './copies.js';
import { elementAt, getAt, isRecord, type Rec } from './normalize.js';
import { placeholderText } from './placeholder.js';
import type { ElementPath } from './types.js';

/** Element types whose placeholder value is "not filled"; enumerated ones are enum-values'. */
const TEXT_LIKE = new Set(['text', 'code', 'phone', 'places', 'timeLimit', 'basisList', 'url']);
/** Sub-records whose required texts are checked for placeholders (a step's are process-steps'). */
const RECORD_SCOPES = ['申请材料', '中介服务', '特殊环节', '设定依据'] as const;

export interface Unfilled {
  path: ElementPath;
  element: string;
  /** The placeholder as written (a text trimmed; a list's entries as written, joined with 、). */
  value: string;
}

/**
 * Required elements (strict: also those the strict preset requires), a required single record's
 * required texts (strict: 审批结果's) and the required texts of materials, intermediary services,
 * special procedures and basis records, written as a placeholder.
 */
export function unfilledRequired(data: Rec, strict: boolean): Unfilled[] {
  const out: Unfilled[] = [];
  const one = (def: ElementDef, value: unknown, path: ElementPath) => {
    const text = TEXT_LIKE.has(def.type) ? placeholderText(value) : undefined;
    if (text !== undefined) out.push({ path, element: def.key, value: text });
  };
  for (const d of ELEMENTS.guide) {
    if (!d.required && !(strict && d.strict)) continue;
    one(d, data[d.key], [d.key]);
    const r = data[d.key];
    if (d.type === 'record' && d.of && isRecord(r))
      for (const s of ELEMENTS[d.of]) if (s.required) one(s, r[s.key], [d.key, s.key]);
  }
  for (const key of RECORD_SCOPES) {
    const list = data[key];
    const scope = elementAt([key])?.of;
    if (!Array.isArray(list) || !scope) continue;
    list.forEach((r, i) => {
      if (!isRecord(r)) return;
      for (const d of ELEMENTS[scope]) if (d.required) one(d, r[d.key], [key, i, d.key]);
    });
  }
  return out;
}

/** A material (at ['申请材料', i]) without 材料类型 whose counts of originals or photocopies state it. */
export function countsStateType(data: Rec, path: ElementPath): boolean {
  const m = path.length === 2 && path[0] === '申请材料' && typeof path[1] === 'number' ? getAt(data, path) : undefined;
  return isRecord(m) && materialType(m) !== undefined;
}
