// Which elements hold text that is normalised (src/parse/text-normal.ts), and which of them are
// digit-like: times, phones, time limits, counts and codes, where full-width digits are normalised.

import type { ElementDef } from './elements.js';

const DIGIT_TYPES = new Set<ElementDef['type']>(['timeLimit', 'phone', 'integer', 'count', 'code', 'number']);
const DIGIT_KEYS = new Set(['办理时间']);
const TEXT_TYPES = new Set<ElementDef['type']>([
  'text',
  'code',
  'phone',
  'timeLimit',
  'places',
  'url',
  'fileRef',
  'count',
  'enum',
]);

export type TextKind = 'text' | 'digits';

/** Worked out once per dictionary entry: the walk asks for every element of every guide. */
const kinds = new Map<ElementDef, TextKind | null>();

/** How an element's text is normalised: as text, as digit-like text, or not at all (null). */
export function textKindOf(def: ElementDef): TextKind | null {
  let k = kinds.get(def);
  if (k === undefined) {
    const digits = DIGIT_TYPES.has(def.type) || DIGIT_KEYS.has(def.key);
    k = !TEXT_TYPES.has(def.type) && !DIGIT_KEYS.has(def.key) ? null : digits ? 'digits' : 'text';
    kinds.set(def, k);
  }
  return k;
}
