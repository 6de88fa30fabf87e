// Item codes (checklist item 10): GB 32100 unified social credit codes (统一社会信用代码) and the
// national 基本编码 / 实施编码 formats of GB/T 39554.1 (see docs/standards.md "Item codes").
//
// 基本编码 (12 digits) = 2 source + 2 事项类型 code + 2 department + 3 main item + 3 sub item.
// 实施编码 (31) = 18-character credit code + 1-digit 行使层级 code + 基本编码; a 业务办理项编码 (33) adds
// a 2-digit sequence. Provinces with local formats describe them with a regular expression whose
// named groups `credit`, `level` and `basic` are checked like the national parts.

import { VALUE_SETS, resolveValue } from './values.js';
import { defined } from '../util/defined.js';

/** GB 32100: the 31 characters of a credit code (digits and capitals without I, O, S, V, Z), by value. */
export const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100: weight of each of the first 17 characters (3^i mod 31). */
export const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a credit code; undefined when one is not in the charset. */
export function creditCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARSET.indexOf(defined(first17[i]));
    if (v < 0) return undefined;
    sum += v * defined(CREDIT_WEIGHTS[i]);
  }
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31];
}

export type CreditCheck =
  | { ok: true }
  | { ok: false; problem: 'length'; length: number }
  | { ok: false; problem: 'charset'; char: string }
  | { ok: false; problem: 'check'; expected: string; actual: string };

/** Validates an 18-character unified social credit code (GB 32100). */
export function checkCreditCode(code: string): CreditCheck {
  const chars = Array.from(code);
  if (chars.length !== 18) return { ok: false, problem: 'length', length: chars.length };
  const bad = chars.find((c) => !CREDIT_CHARSET.includes(c));
  if (bad !== undefined) return { ok: false, problem: 'charset', char: bad };
  const expected = defined(creditCheckChar(code.slice(0, 17)));
  return expected === code[17] ? { ok: true } : { ok: false, problem: 'check', expected, actual: defined(code[17]) };
}

/** The national 基本编码: 12 digits. */
export const NATIONAL_BASIC_PATTERN = '^\\d{12}$';
export const NATIONAL_BASIC_LENGTH = 12;
/** Characters 3–4 of the national 基本编码 are the 事项类型 code. */
export const NATIONAL_TYPE_DIGITS: [number, number] = [3, 4];
/** The national 实施编码 (31), or a 业务办理项编码 (33). */
export const NATIONAL_IMPL_PATTERN = '^(?<credit>[0-9A-Za-z]{18})(?<level>[1-7])(?<basic>\\d{12})(?<seq>\\d{2})?$';

const compiled = new Map<string, RegExp>();
/** A pattern from the rule's options, compiled once (a bad pattern throws with its text). */
export function codePattern(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    try {
      re = new RegExp(source);
    } catch (err) {
      throw new Error(`invalid code pattern ${JSON.stringify(source)}: ${(err as Error).message}`, { cause: err });
    }
    compiled.set(source, re);
  }
  return re;
}

/** The 2-digit 事项类型 code of a guide's value: a label or code of the value set, or a bare 2-digit local code ("99"). */
export function itemTypeCode(v: unknown): string | undefined {
  const hit = resolveValue(VALUE_SETS.事项类型, v);
  if (hit?.code) return hit.code;
  const t = typeof v === 'string' ? v.normalize('NFKC').trim() : undefined;
  return t && /^\d{2}$/.test(t) ? t : undefined;
}

/** The 事项类型 label of a 2-digit code, if the value set knows it. */
export function itemTypeLabel(code: string): string | undefined {
  return VALUE_SETS.事项类型.values.find((x) => x.code === code)?.label;
}

/** The 1-digit 行使层级 code of a guide's value (regional names accepted). */
export function levelCode(v: unknown): string | undefined {
  return resolveValue(VALUE_SETS.行使层级, v)?.code;
}

export function levelLabel(code: string): string | undefined {
  return VALUE_SETS.行使层级.values.find((x) => x.code === code)?.label;
}
