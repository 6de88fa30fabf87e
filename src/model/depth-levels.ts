// 办理深度 levels above Ⅰ (checklist items 4–6): what each allows, and the materials a fully online
// (Ⅳ级) item cannot take.

import { labelOf } from './channels.js';
import { materialType } from './copies.js';
import type { Rec } from './normalize.js';
import { VALUE_SETS } from './values.js';

export interface DepthLevel {
  /** 办理深度 code: '2' (Ⅱ) … '4' (Ⅳ). */
  code: string;
  /** The checklist item the level serves. */
  item: number;
  name: string;
  en: string;
  /** The most visits to the hall it allows. */
  max: number;
}

const LEVELS: DepthLevel[] = [
  { code: '2', item: 4, name: '材料预审', en: 'online pre-review', max: 2 },
  { code: '3', item: 5, name: '材料核验', en: 'online verification', max: 1 },
  { code: '4', item: 6, name: '全程网办', en: 'fully online', max: 0 },
];

/** The level of a 办理深度 label; undefined for Ⅰ级, no label, or a value that is no depth. */
export function depthLevel(label: string | undefined): DepthLevel | undefined {
  const code = VALUE_SETS.办理深度.values.find((x) => x.label === label)?.code;
  return LEVELS.find((l) => l.code === code);
}

const PAPER_ORIGINAL = new Set(['原件', '原件和复印件']);

/**
 * The type of a material asked for as a paper original (材料形式 纸质, 材料类型 原件 or 原件和复印件,
 * or the type its counts of originals and copies state); undefined otherwise.
 */
export function paperOriginal(m: Rec): string | undefined {
  const type = materialType(m);
  return labelOf(VALUE_SETS.材料形式, m['材料形式']) === '纸质' && type && PAPER_ORIGINAL.has(type) ? type : undefined;
}
