// Reading a guide's 基本编码 and 实施编码 against their formats (code-formats.ts): what is wrong with
// each, as facts without language, and the code to compare the two with. item-code words them.

import { checkCreditCode, codePattern, itemTypeCode, itemTypeLabel, NATIONAL_BASIC_LENGTH } from './codes.js';
import { nationalFault, type BasicFormat, type Fault, type ImplFormat } from './code-formats.js';
import { normalizeWidth } from '../parse/text.js';
import { isPlaceholder } from './placeholder.js';

const NATIONAL_BASIC_EXAMPLE = '000117012000';

export type BasicCodeProblem =
  /** Written as a number: leading zeros lost. */
  | { kind: 'number'; value: number; suggested: string }
  | { kind: 'blank' }
  /** Does not match; `normalized`: the code in half-width capitals without blanks, when that matches. */
  | { kind: 'format'; value: string; normalized?: string }
  /** The type digits disagree with 事项类型. */
  | ({ kind: 'type'; code: string } & TypeDigitsMismatch);

export interface BasicCodeReading {
  /** The code to compare 实施编码 with; undefined when absent, a placeholder or unusable. */
  code?: string;
  problem?: BasicCodeProblem;
}

/** A value not written: absent, another type or a placeholder ("无"; guide-schema reports it). */
const unwrittenText = (raw: unknown) => typeof raw !== 'string' || (raw.trim() !== '' && isPlaceholder(raw));

/** Absent, null or a placeholder: a code not written at all (another type is written, wrongly). */
export const codeUnwritten = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() !== '' && isPlaceholder(v));

/**
 * Reads 基本编码 against format `f` (null: any code) and 事项类型 `type`. A national code of digits
 * only but another length is usable and no problem here (item-code-length warns about it).
 */
export function readBasicCode(raw: unknown, f: BasicFormat | null, type: unknown): BasicCodeReading {
  if (typeof raw === 'number') {
    const s = Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : undefined;
    if (s !== undefined && (f === null || codePattern(f.pattern).test(s))) return { code: s }; // a full-length number is exact
    if (f === null) return {};
    const suggested =
      f.national && s !== undefined && s.length < NATIONAL_BASIC_LENGTH
        ? s.padStart(NATIONAL_BASIC_LENGTH, '0')
        : (f.example ?? (f.national ? NATIONAL_BASIC_EXAMPLE : f.pattern));
    return { problem: { kind: 'number', value: raw, suggested } };
  }
  if (unwrittenText(raw)) return {};
  const code = (raw as string).trim();
  if (f === null) return code ? { code } : {};
  if (code === '') return { problem: { kind: 'blank' } };
  if (codePattern(f.pattern).test(code)) {
    const mismatch = typeDigitsMismatch(f, code, type);
    return mismatch ? { code, problem: { kind: 'type', code, ...mismatch } } : { code };
  }
  if (f.national && /^\d+$/.test(code)) return { code };
  const norm = normalizeWidth(code).replace(/\s+/g, '').toUpperCase();
  const normalized = norm !== code && codePattern(f.pattern).test(norm) ? norm : undefined;
  return { problem: { kind: 'format', value: code, ...(normalized ? { normalized } : {}) } };
}

export interface TypeDigitsMismatch {
  digits: string;
  /** 1-based character range, "3–4". */
  range: string;
  /** The 事项类型 codes the digits stand for: a local format's mapping, or the digits when the value set knows them. */
  meaning: string[];
  /** The guide's 事项类型 code. */
  typeCode: string;
  /** The digits that would stand for the guide's 事项类型. */
  expected: string[];
}

/** The type digits of `code` disagree with 事项类型 `type` (written as a label or a code). */
export function typeDigitsMismatch(f: BasicFormat, code: string, type: unknown): TypeDigitsMismatch | undefined {
  if (!f.typeDigits) return undefined;
  const [start, end] = f.typeDigits;
  if (code.length < end) return undefined;
  const typeCode = itemTypeCode(type);
  if (typeCode === undefined) return undefined; // absent or not a type: guide-schema / enum-values
  const digits = code.slice(start - 1, end);
  const codes = f.typeCodes;
  const allowed = codes ? codes[digits] : [digits];
  if (!allowed || allowed.includes(typeCode)) return undefined; // a local code the mapping does not know: no judgement
  const expected = codes
    ? Object.entries(codes).flatMap(([k, types]) => (types.includes(typeCode) ? [k] : []))
    : [typeCode];
  const meaning = codes ? allowed : itemTypeLabel(digits) ? [digits] : [];
  return { digits, range: `${start}–${end}`, meaning, typeCode, expected };
}

export type ImplCodeProblem =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'format'; value: string }
  /** Where a national code goes wrong (code-formats.ts). */
  | (Fault & { value: string })
  | { kind: 'creditCharset'; credit: string; char: string }
  | { kind: 'creditCheck'; credit: string; expected: string; actual: string }
  /** The level digit disagrees with 行使层级's code. */
  | { kind: 'level'; digit: string; want: string }
  /** The basic part differs from 基本编码. */
  | { kind: 'basic'; part: string; basic: string }
  /** No 基本编码 written: the basic part's type digits disagree with 事项类型. */
  | ({ kind: 'type'; code: string } & TypeDigitsMismatch);

export interface ImplCodeReading {
  problems: ImplCodeProblem[];
  /** The 基本编码 part of a well-formed code. */
  basicPart?: string;
}

/**
 * Reads 实施编码 against format `f`: its shape, then the named parts — the credit code (GB 32100),
 * the level digit against `level` (行使层级's code; 7, 分级管理, fits any) and the basic part against
 * `basic` (基本编码 as read) or, when 基本编码 is not written at all, its type digits against `type`.
 */
export function readImplCode(
  raw: unknown,
  f: ImplFormat,
  compare: { level?: string; basic?: string; basicWritten?: unknown; basicFormat?: BasicFormat | null; type?: unknown },
): ImplCodeReading {
  if (typeof raw === 'number') return { problems: [{ kind: 'number', value: raw }] };
  if (unwrittenText(raw)) return { problems: [] };
  const code = (raw as string).trim();
  if (code === '') return { problems: [{ kind: 'blank' }] };
  const m = codePattern(f.pattern).exec(code);
  if (!m) {
    const fault = f.national ? nationalFault(code) : undefined;
    return { problems: [fault ? { ...fault, value: code } : { kind: 'format', value: code }] };
  }
  const problems: ImplCodeProblem[] = [];
  const { credit, level, basic } = m.groups ?? {};
  if (credit !== undefined) {
    const c = checkCreditCode(credit);
    if (!c.ok && c.problem === 'charset') problems.push({ kind: 'creditCharset', credit, char: c.char });
    else if (!c.ok && c.problem === 'check')
      problems.push({ kind: 'creditCheck', credit, expected: c.expected, actual: c.actual });
    else if (!c.ok) problems.push({ kind: 'format', value: code });
  }
  const want = compare.level;
  if (level !== undefined && want !== undefined && want !== '7' && level !== want)
    problems.push({ kind: 'level', digit: level, want });
  if (basic !== undefined && compare.basic !== undefined && basic !== compare.basic)
    problems.push({ kind: 'basic', part: basic, basic: compare.basic });
  const bf = compare.basicFormat;
  if (basic !== undefined && bf && codeUnwritten(compare.basicWritten) && codePattern(bf.pattern).test(basic)) {
    const mismatch = typeDigitsMismatch(bf, basic, compare.type);
    if (mismatch) problems.push({ kind: 'type', code: basic, ...mismatch });
  }
  return { problems, basicPart: basic };
}
