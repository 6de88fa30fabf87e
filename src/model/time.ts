// Time limits as the rules of checklist items 12, 13 and 21 see them: which values are theirs to
import { isPlaceholder } from './placeholder.js';
// judge (guide-schema owns absent, null, wrongly typed and incomplete {数值, 单位} values) and step
// sums. The rules' shared messages are src/kit/helpers/time-limit.ts. Parsing itself is src/parse/time-limit.ts.

import { parseTimeLimit, type TimeLimit, type TimeUnit } from '../parse/time-limit.js';
import { normalizeWidth } from '../parse/text.js';
import { isRecord } from './normalize.js';
import { stepsOf, type Guide } from './guide.js';
import type { Lang } from './types.js';
import { defined } from '../util/defined.js';

export type ParsedLimit = Extract<TimeLimit, { ok: true }>;
export type LimitProblem = Extract<TimeLimit, { ok: false }>;
export interface Span {
  value: number;
  unit: TimeUnit | null;
}

/**
 * The parsed time limit of a value, or undefined when the value is guide-schema's to report:
 * absent, null, a list or boolean, or a {数值, 单位} mapping missing a key or with a 单位 that is not
 * text (or a 数值 that is neither text nor a number).
 */
export function readTimeLimit(value: unknown): TimeLimit | undefined {
  // A placeholder ("无", "/") is no time limit: guide-schema reports it as not filled.
  if (typeof value === 'string' && value.trim() !== '' && isPlaceholder(value)) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return parseTimeLimit(value);
  if (!isRecord(value)) return undefined;
  if (!('数值' in value) || !('单位' in value)) return undefined;
  const n = value['数值'];
  if (typeof value['单位'] !== 'string' || (typeof n !== 'string' && typeof n !== 'number')) return undefined;
  return parseTimeLimit(value);
}

/** 即办 / 当场办结 / 0 (any unit). */
export const isImmediate = (t: TimeLimit | undefined): t is ParsedLimit => !!t && t.ok && t.kind === 'immediate';

/** A positive number of 工作日 or 自然日. */
export const isDays = (t: TimeLimit | undefined): t is Extract<TimeLimit, { kind: 'days' }> =>
  !!t && t.ok && t.kind === 'days';

/** An immediate limit written as a number ("0", "0个工作日", {数值: 0}) rather than 即办 / 当场办结. */
export function isZeroForm(t: ParsedLimit): boolean {
  return t.kind === 'immediate' && /[0-9〇零]/.test(normalizeWidth(t.text));
}

/** A time limit as the file wrote it, for messages: {数值: 5, 单位: 工作日} reads "5个工作日". */
export function shownLimit(t: TimeLimit, value: unknown): string {
  if (
    isRecord(value) &&
    (typeof value['数值'] === 'number' || typeof value['数值'] === 'string') &&
    typeof value['单位'] === 'string'
  ) {
    const n = String(value['数值']).trim();
    const u = value['单位'].trim();
    return `${n}${/^(?:工作日|自然日|日历日|工作天|月|小时)$/.test(u) ? '个' : ''}${u}`;
  }
  return t.text || (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
}

/**
 * The total of consecutive limits. One unit throughout: the plain sum in that unit (immediate
 * limits add 0). Mixed units: a lower bound in calendar days (a working day spans at least one
 * calendar day), so comparisons stay conservative.
 */
export function sumSpans(spans: Span[]): Span & { mixed: boolean } {
  const units = new Set(spans.map((s) => s.unit).filter((u): u is TimeUnit => u !== null));
  const value = Math.round(spans.reduce((a, s) => a + (s.unit === null ? 0 : s.value), 0) * 1e6) / 1e6;
  if (units.size === 0) return { value: 0, unit: null, mixed: false };
  if (units.size === 1) return { value, unit: defined([...units][0]), mixed: false };
  return { value, unit: '自然日', mixed: true };
}

/**
 * The sum of the time limits of a guide's process steps (sumSpans); undefined unless 办理流程 holds
 * steps only (other entries are guide-schema's) and every step's time limit parses.
 */
export function stepsTotal(guide: Guide): (Span & { mixed: boolean }) | undefined {
  const steps = stepsOf(guide);
  const list = guide.data['办理流程'];
  if (steps.length === 0 || (Array.isArray(list) && list.length !== steps.length)) return undefined;
  const limits: ParsedLimit[] = [];
  for (const s of steps) {
    const t = readTimeLimit(s.data['办理时限']);
    if (!t?.ok) return undefined;
    limits.push(t);
  }
  return sumSpans(limits);
}

/** "5个工作日", "0.5个工作日"; English names the unit in Chinese too. */
export function formatDays(value: number, unit: TimeUnit, lang: Lang): string {
  return lang === 'zh'
    ? `${value}个${unit}`
    : `${value} ${unit === '工作日' ? 'working' : 'calendar'} day${value === 1 ? '' : 's'} (${value}个${unit})`;
}
