// One value of an enumerated element read against its value set: a label or code (fine), a variant
// of a label (normalisable), a placeholder, the national 网上办理深度 codes written as a level, or
// a value outside the set.

import { isPlaceholder } from './placeholder.js';
import { resolveValue, variantOf, type ValueSet } from './values.js';

export type EnumProblem =
  { kind: 'variant'; value: string; label: string } | { kind: 'placeholder' | 'depthCodes' | 'invalid'; value: string };

/** "1,2,3": the national multi-valued 网上办理深度 codes (1 互联网咨询 … 7 电子证照反馈), not a Ⅰ–Ⅳ level. */
const DEPTH_CODES = /^\s*\d(?:\s*[,，、]\s*\d)+\s*$/;

/**
 * What is wrong with `value` as a value of `vs`; undefined when it is in the set, blank, or of a type
 * that is no scalar (guide-schema reports those).
 */
export function enumProblem(vs: ValueSet, value: unknown): EnumProblem | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (resolveValue(vs, value)) return undefined;
  const v = variantOf(vs, value);
  if (v && typeof value === 'string') return { kind: 'variant', value, label: v.label };
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  if (typeof value === 'string' && isPlaceholder(value)) return { kind: 'placeholder', value };
  const depthCodes = vs.id === '办理深度' && typeof value === 'string' && DEPTH_CODES.test(value);
  return { kind: depthCodes ? 'depthCodes' : 'invalid', value: String(value) };
}
