// Copy counts of a material (份数, 原件份数, 复印件份数): the parser and what a material states about
// its originals and photocopies, read by material-copies, material-type-counts and guide-schema.

import { CHINESE_NUMERAL_CHARS, parseNumberToken } from '../parse/numbers.js';
import { normalizeWidth } from '../parse/text.js';
import { labelOf } from './channels.js';
import { VALUE_SETS } from './values.js';
import { defined } from '../util/defined.js';

/** What a count value says: a number (maybe ≤ 0 or fractional), split by kind when written so. */
export interface CopyCount {
  total: number;
  /** Set when the value names the kinds ("原件1份，复印件2份"): the kind not named is 0. */
  original?: number;
  copy?: number;
}

const NUM = `(-?\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
// Units a count is written with: 份 (copies), 张 (photos), 套 / 本 / 册 / 件.
const UNIT = '(?:份|张|套|本|册|件)?';
const PLAIN = new RegExp(`^${NUM}${UNIT}$`);
// One kind with its number, either way round: "原件1份", "原件：1份", "1份复印件".
const KIND = new RegExp(`(?:(原件|复印件)[:：]?${NUM}${UNIT}|${NUM}${UNIT}(原件|复印件))[,，、;；及和另]*`, 'y');
// Both kinds, one number: "原件、复印件各1份".
const EACH = new RegExp(`^(原件|复印件)[,，、及和与]?(原件|复印件)各${NUM}${UNIT}$`);

/**
 * Parses a 份数 / 原件份数 / 复印件份数 value: 2, "2", "２", "2份", "二份", "两份", "1份（加盖公章）",
 * and (when `kinds`) "原件1份，复印件2份", "1份原件、1份复印件", "原件、复印件各1份". undefined when it
 * states no number ("若干", "按需", "").
 */
export function parseCount(v: unknown, kinds = true): CopyCount | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { total: v } : undefined;
  if (typeof v !== 'string') return undefined;
  // Drop spaces and a trailing remark in brackets: "1 份（需加盖公章）" → "1份".
  const s = normalizeWidth(v)
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '');
  const plain = PLAIN.exec(s);
  if (plain) return number(defined(plain[1]));
  if (!kinds) return undefined;
  const each = EACH.exec(s);
  if (each) {
    const n = number(defined(each[3]));
    return each[1] !== each[2] && n ? { total: 2 * n.total, original: n.total, copy: n.total } : undefined;
  }
  const out = { total: 0, original: 0, copy: 0 };
  const seen = new Set<string>();
  KIND.lastIndex = 0;
  while (KIND.lastIndex < s.length) {
    const m = KIND.exec(s);
    const kind = m?.[1] ?? m?.[4];
    const n = m && number(m[2] ?? defined(m[3]));
    if (!kind || !n || seen.has(kind)) return undefined;
    seen.add(kind);
    if (kind === '原件') out.original = n.total;
    else out.copy = n.total;
    out.total += n.total;
  }
  return seen.size ? out : undefined;
}

function number(token: string): CopyCount | undefined {
  const n = parseNumberToken(token);
  return n === undefined ? undefined : { total: n };
}

export const isCount = (n: number, min: number) => Number.isInteger(n) && n >= min;

/** What is wrong with a count value, named as material-copies' messages are. */
export type CountProblem = 'blank' | 'invalid' | 'notPositive' | 'notCount';

/**
 * Reads one count element (`min`: 1 for 份数, which may split by kind; 0 for 原件份数 / 复印件份数,
 * one number each): the count when it is a whole number ≥ min (each kind ≥ 0), else what is wrong. undefined for
 * values that are not a string or a whole-number-typed number (null, a list, 1.5: type errors for
 * guide-schema).
 */
export function readCount(v: unknown, min: number): CopyCount | { problem: CountProblem } | undefined {
  if (typeof v === 'number' && !Number.isInteger(v)) return undefined;
  if (typeof v === 'string' && v.trim() === '') return { problem: 'blank' };
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const c = parseCount(v, min > 0);
  if (!c) return { problem: 'invalid' };
  if (!isCount(c.total, min) || !isCount(c.original ?? 0, 0) || !isCount(c.copy ?? 0, 0))
    return { problem: min > 0 ? 'notPositive' : 'notCount' };
  return c;
}

/**
 * The numbers of originals and photocopies a material states, from 原件份数 / 复印件份数 or from a
 * 份数 such as "原件1份，复印件2份" (where the kind not named is 0). A kind is undefined when the
 * material does not state it as a whole number ≥ 0.
 */
export function kindCounts(material: Record<string, unknown>): { original?: number; copy?: number } {
  const split = parseCount(material['份数']);
  if (split?.original !== undefined && isCount(split.original, 0) && split.copy !== undefined && isCount(split.copy, 0))
    return { original: split.original, copy: split.copy };
  const whole = (v: unknown) => {
    const c = parseCount(v, false);
    return c && isCount(c.total, 0) ? c.total : undefined;
  };
  return { original: whole(material['原件份数']), copy: whole(material['复印件份数']) };
}

/** 材料类型 as written (variants by meaning), or read from the counts when it is missing (原件份数 1, 复印件份数 0 → 原件). */
export function materialType(material: Record<string, unknown>): string | undefined {
  const written = material['材料类型'];
  if (written !== undefined) return labelOf(VALUE_SETS.材料类型, written);
  const { original, copy } = kindCounts(material);
  return typeOfKinds((original ?? 0) > 0, (copy ?? 0) > 0);
}

/** The 材料类型 of a material with or without originals and photocopies; neither: undefined. */
export const typeOfKinds = (original: boolean, copy: boolean): string | undefined =>
  original && copy ? '原件和复印件' : original ? '原件' : copy ? '复印件' : undefined;
