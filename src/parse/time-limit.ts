// Time limits (法定办结时限, 承诺办结时限, step time limits; checklist items 12, 13, 21).
//
// Decisions:
// - Zero is immediate whatever the unit: 0, "0", "0个工作日", {数值:0, 单位:'工作日'} all mean 即办
//   (standards.md: 即办件 ⇔ promised limit 即办 / 0 / 当场办结). Only negative values are 'not-positive'.
// - "日" / "天" without 工作/自然 are 'ambiguous-unit' (the law counts working days, a guide must say
//   which). "20天（工作日）" is accepted as 20 工作日. 日历日 = 自然日.
// - A bare number (20, "20", "20个") is 'ambiguous-unit' with its value.
// - The whole value must be a time limit: an optional lead-in ("自受理之日起", "受理后", "承诺时限："),
//   number, unit, optional "内/以内/之内" and "办结/完成", trailing notes in brackets. Anything else is
//   'not-a-time-limit' — prose, or a platform record dump such as "anticipate_day=20, anticipate_type=1,
//   …" (its type codes are platform-specific; mapping them is the loader's job, not a guess made here).
//   When such text contains a number + unit, that first value and unit are attached for the message.
// - A unit word without a number ("工作日", "若干工作日") is 'no-number'.
import { parseNumberToken, CHINESE_NUMERAL_CHARS } from './numbers.js';
import { normalizeWidth } from './text.js';
import { memoizeValue } from './memo.js';
import { defined } from '../util/defined.js';

export type TimeUnit = '工作日' | '自然日';
export type TimeLimitProblem =
  'empty' | 'no-number' | 'ambiguous-unit' | 'other-unit' | 'unknown-unit' | 'not-positive' | 'not-a-time-limit';
export type TimeLimit =
  | { ok: true; kind: 'immediate'; value: 0; unit: null; text: string }
  | { ok: true; kind: 'days'; value: number; unit: TimeUnit; text: string; within: boolean }
  | { ok: false; problem: TimeLimitProblem; text: string; value?: number; unitText?: string };

const IMMEDIATE = /^(?:即办件?|即时办结|即时办理|当场办结|当场办理|当场|立即办结|立即办理|当即办结|即来即办)$/;
// bounded repetitions keep every regex linear on long garbage input
const NUM = `-?\\d{1,9}(?:\\.\\d{1,6})?|[${CHINESE_NUMERAL_CHARS}]{1,12}`;
const UNIT = '工作日|工作天|自然日|日历日|天|日|个月|月|周|星期|年|小时|个小时|分钟|时';
const LEAD =
  '(?:[^：:]{0,8}(?:时限|期限|时间)[：:])?(?:(?:自|从)?(?:受理|收到|接到|受理申请|收到申请|申请受理|收件)(?:申请)?(?:之日|次日|后)?起?[，,]?)?';
const FULL = new RegExp(`^${LEAD}(${NUM})(个)?(${UNIT})?(?:\\((工作日|自然日)\\))?(内|以内|之内)?(?:办结|完成|办完)?$`);
const ODD_UNIT = new RegExp(`^${LEAD}(${NUM})个?([^\\d\\s。，,；;:：]{1,6}?)(内|以内|之内)?$`);
const LOOSE = new RegExp(`(${NUM})个?(${UNIT})`);

function parseTimeLimitUncached(input: unknown): TimeLimit {
  if (typeof input === 'number') return fromNumber(input, String(input));
  if (typeof input === 'string') return fromText(input.trim());
  if (input !== null && typeof input === 'object' && !Array.isArray(input))
    return fromObject(input as Record<string, unknown>);
  if (input === undefined || input === null) return { ok: false, problem: 'empty', text: '' };
  return { ok: false, problem: 'not-a-time-limit', text: '' };
}

function fromNumber(n: number, text: string): TimeLimit {
  if (!Number.isFinite(n)) return { ok: false, problem: 'no-number', text };
  if (n === 0) return immediate(text);
  if (n < 0) return { ok: false, problem: 'not-positive', text, value: n };
  return { ok: false, problem: 'ambiguous-unit', text, value: n };
}

function fromObject(o: Record<string, unknown>): TimeLimit {
  const rawValue = safeGet(o, '数值');
  const rawUnit = safeGet(o, '单位');
  const unitText = typeof rawUnit === 'string' ? rawUnit.trim() : undefined;
  const valueText =
    typeof rawValue === 'number' ? String(rawValue) : typeof rawValue === 'string' ? rawValue.trim() : '';
  const text = `${valueText}${unitText ?? ''}`;
  if (rawValue === undefined && rawUnit === undefined) return { ok: false, problem: 'empty', text };
  const value =
    typeof rawValue === 'number' ? (Number.isFinite(rawValue) ? rawValue : undefined) : parseNumberToken(valueText);
  if (value === undefined) {
    if (valueText !== '' && IMMEDIATE.test(normalizeWidth(valueText))) return immediate(text);
    return { ok: false, problem: 'no-number', text, ...(unitText ? { unitText } : {}) };
  }
  if (rawUnit !== undefined && unitText === undefined) return { ok: false, problem: 'unknown-unit', text, value };
  if (!unitText) return fromNumber(value, text);
  const m = defined(/^(个)?([\s\S]*?)(内|以内|之内)?$/.exec(normalizeWidth(unitText))); // [\s\S]: a unit may hold a line break
  return withUnit(value, defined(m[2]), text, m[3] !== undefined);
}

function fromText(raw: string): TimeLimit {
  const text = raw;
  if (text === '') return { ok: false, problem: 'empty', text };
  // spaces carry no meaning in a time limit ("20 个工作日"); dropping them keeps the regexes simple
  const s = stripNotes(normalizeWidth(text).replace(/\s+/g, ''));
  if (IMMEDIATE.test(s)) return immediate(text);
  const m = FULL.exec(s);
  if (m) {
    const value = parseNumberToken(defined(m[1]));
    if (value === undefined) return { ok: false, problem: 'no-number', text };
    // "20天（工作日）": the bracket qualifies a plain 天/日 (or a missing unit)
    const unit = m[4] && (!m[3] || m[3] === '天' || m[3] === '日') ? m[4] : (m[3] ?? '');
    if (unit === '') return fromNumber(value, text);
    return withUnit(value, unit, text, m[5] !== undefined);
  }
  const odd = ODD_UNIT.exec(s);
  const oddValue = odd ? parseNumberToken(defined(odd[1])) : undefined;
  if (odd && oddValue !== undefined) return withUnit(oddValue, defined(odd[2]), text, odd[3] !== undefined);
  if (/^(?:若干|数|几)?个?(?:工作日|自然日|日历日|天|日)(?:内|以内)?$/.test(s))
    return { ok: false, problem: 'no-number', text };
  const loose = LOOSE.exec(s);
  const value = loose ? parseNumberToken(defined(loose[1])) : undefined;
  if (loose && value !== undefined)
    return { ok: false, problem: 'not-a-time-limit', text, value, unitText: defined(loose[2]) };
  return { ok: false, problem: 'not-a-time-limit', text };
}

function withUnit(value: number, unitText: string, text: string, within: boolean): TimeLimit {
  const u = unitText.trim();
  const unit = classifyUnit(u);
  if (unit === 'unknown-unit') return { ok: false, problem: unit, text, value, unitText: u };
  if (value === 0) return immediate(text);
  if (value < 0) return { ok: false, problem: 'not-positive', text, value, unitText: u };
  if (unit === '工作日' || unit === '自然日') return { ok: true, kind: 'days', value, unit, text, within };
  return { ok: false, problem: unit, text, value, unitText: u };
}

function classifyUnit(u: string): TimeUnit | 'ambiguous-unit' | 'other-unit' | 'unknown-unit' {
  if (u === '工作日' || u === '工作天') return '工作日';
  if (u === '自然日' || u === '日历日') return '自然日';
  if (u === '天' || u === '日') return 'ambiguous-unit';
  return /^(?:个?月|周|星期|年|个?小时|分钟|时)$/.test(u) ? 'other-unit' : 'unknown-unit';
}

function immediate(text: string): TimeLimit {
  return { ok: true, kind: 'immediate', value: 0, unit: null, text };
}

/** Drops trailing punctuation and trailing bracketed notes: "20个工作日(不含公示时间)。" → "20个工作日". */
function stripNotes(s: string): string {
  let cur = s;
  for (;;) {
    let end = cur.length;
    while (end > 0 && '。.;；，,、'.includes(defined(cur[end - 1]))) end--;
    cur = cur.slice(0, end);
    if (!cur.endsWith(')') && !cur.endsWith('】')) return cur;
    const open = Math.max(cur.lastIndexOf('('), cur.lastIndexOf('【'));
    if (open < 0 || /^\((?:工作日|自然日)\)$/.test(cur.slice(open))) return cur;
    cur = cur.slice(0, open);
  }
}

function safeGet(o: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
  } catch {
    return undefined;
  }
}

interface Span {
  value: number;
  unit: TimeUnit | null;
}

/** Calendar days a limit may span: working days w → [w, ceil(w/5)*7]; calendar d → [d, d]; immediate → [0, 0]. */
export function calendarRange(t: Span): [min: number, max: number] {
  if (t.unit === null || t.value <= 0) return [0, 0];
  if (t.unit === '自然日') return [t.value, t.value];
  return [t.value, Math.max(t.value, Math.ceil(t.value / 5) * 7)];
}

/**
 * True only when a certainly takes longer than b. Same unit: a plain comparison (both count from the
 * same acceptance date, so 21 工作日 always ends after 20 工作日). Different units: a's minimum calendar
 * span > b's maximum (5 工作日 does not exceed 7 自然日).
 */
export function definitelyExceeds(a: Span, b: Span): boolean {
  if (a.unit !== null && a.unit === b.unit) return a.value > b.value;
  return calendarRange(a)[0] > calendarRange(b)[1];
}

/** Working-day equivalent, for the compression ratio (item 1): 自然日 d → d × 5/7. */
export function toWorkingDays(t: Span): number {
  if (t.unit === null) return 0;
  return t.unit === '自然日' ? (t.value * 5) / 7 : t.value;
}

/** Memoised per distinct input (results are shared: read-only). */
export const parseTimeLimit = memoizeValue(parseTimeLimitUncached);
