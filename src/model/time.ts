// Time limits as the rules of checklist items 12, 13 and 21 see them: which values are theirs to
import { isPlaceholder } from './placeholder.js';
// judge (guide-schema owns absent, null, wrongly typed and incomplete {数值, 单位} values), where a
// problem is reported, the shared messages, and step sums. Parsing itself is src/parse/time-limit.ts.

import { parseTimeLimit, type TimeLimit, type TimeUnit } from '../parse/time-limit.js';
import { normalizeWidth } from '../parse/text.js';
import { isRecord } from './normalize.js';
import type { ElementPath, Lang } from './types.js';

export type ParsedLimit = Extract<TimeLimit, { ok: true }>;
export type LimitProblem = Extract<TimeLimit, { ok: false }>;
export interface Span { value: number; unit: TimeUnit | null }

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
export const isDays = (t: TimeLimit | undefined): t is Extract<TimeLimit, { kind: 'days' }> => !!t && t.ok && t.kind === 'days';

/** An immediate limit written as a number ("0", "0个工作日", {数值: 0}) rather than 即办 / 当场办结. */
export function isZeroForm(t: ParsedLimit): boolean {
  return t.kind === 'immediate' && /[0-9〇零]/.test(normalizeWidth(t.text));
}

/** Messages shared by every rule that checks one time-limit value ({element} names the value). */
export const TIME_LIMIT_MESSAGES = {
  ambiguousUnit: {
    zh: '{element}“{value}”未注明是工作日还是自然日，应写作“{number}个工作日”或“{number}个自然日”',
    en: '{element} "{value}" does not say whether it counts working days or calendar days; write "{number}个工作日" or "{number}个自然日"',
  },
  otherUnit: {
    zh: '{element}“{value}”以“{unit}”计，应换算为工作日或自然日，如“20个工作日”或“30个自然日”',
    en: '{element} "{value}" is counted in "{unit}"; convert it to working days or calendar days, e.g. "20个工作日" or "30个自然日"',
  },
  unknownUnit: {
    zh: '{element}“{value}”的单位“{unit}”不是时限单位，应为工作日或自然日，如“{number}个工作日”',
    en: '{element} "{value}" has the unit "{unit}", which is not a time unit; use 工作日 or 自然日, e.g. "{number}个工作日"',
  },
  noNumber: {
    zh: '{element}“{value}”没有写明天数，应写作数值加单位，如“20个工作日”',
    en: '{element} "{value}" states no number of days; write a number and a unit, e.g. "20个工作日"',
  },
  notPositive: {
    zh: '{element}“{value}”不是正数，应为大于0的天数，如“20个工作日”',
    en: '{element} "{value}" is not positive; write a number of days above 0, e.g. "20个工作日"',
  },
  notATimeLimit: {
    zh: '{element}“{value}”没有写明工作日或自然日的天数，应写作如“20个工作日”，补充说明写在括号中',
    en: '{element} "{value}" states no number of 工作日 or 自然日; write e.g. "20个工作日", with any note in brackets',
  },
  limitInProse: {
    zh: '{element}“{value}”在时限之外还有说明，通常只写天数和单位，如“{limit}”，补充说明写在括号中',
    en: '{element} "{value}" says more than the time limit; it usually holds only the number of days and the unit, e.g. "{limit}", with any note in brackets',
  },
  empty: {
    zh: '{element}为空，应写明时限，如“20个工作日”',
    en: '{element} is blank; state the time limit, e.g. "20个工作日"',
  },
} as const;

export type TimeLimitMessageId = keyof typeof TIME_LIMIT_MESSAGES;

const MESSAGE_OF: Record<LimitProblem['problem'], TimeLimitMessageId> = {
  'ambiguous-unit': 'ambiguousUnit',
  'other-unit': 'otherUnit',
  'unknown-unit': 'unknownUnit',
  'no-number': 'noNumber',
  'not-positive': 'notPositive',
  'not-a-time-limit': 'notATimeLimit',
  empty: 'empty',
};

export interface LimitReport {
  path: ElementPath;
  messageId: TimeLimitMessageId;
  data: Record<string, string | number>;
  suggestion?: string;
}

/** Prose around a stated limit is style, not a missing limit: at most a warning. */
export const TIME_LIMIT_SEVERITY = { limitInProse: 'warning' } as const;

/**
 * Where and how to report a time limit that does not parse. A {数值, 单位} mapping is reported on
 * the part at fault (['法定办结时限', '单位'] for "天"), text and numbers on the value itself.
 */
export function limitProblemReport(value: unknown, path: ElementPath, t: LimitProblem, element: string): LimitReport {
  const messageId = MESSAGE_OF[t.problem];
  const unitProblem = t.problem === 'ambiguous-unit' || t.problem === 'other-unit' || t.problem === 'unknown-unit';
  const at: ElementPath = !isRecord(value) ? path : unitProblem ? [...path, '单位'] : t.problem === 'empty' ? path : [...path, '数值'];
  const written = shownLimit(t, value);
  const data: Record<string, string | number> = { element, value: written, number: t.value ?? '', unit: t.unitText ?? '' };
  const r: LimitReport = { path: at, messageId, data };
  // "…20个工作日…" inside prose states the limit (style, a warning); prose instead of one states none (an error).
  if (t.problem === 'not-a-time-limit' && t.value !== undefined && t.value > 0 && t.unitText) {
    const unit = /^(?:工作日|工作天)$/.test(t.unitText) ? '工作日' : /^(?:自然日|日历日)$/.test(t.unitText) ? '自然日' : undefined;
    if (unit) {
      r.suggestion = `${t.value}个${unit}`;
      r.messageId = 'limitInProse';
      r.data.limit = r.suggestion;
    }
  }
  return r;
}

/** A time limit as the file wrote it, for messages: {数值: 5, 单位: 工作日} reads "5个工作日". */
export function shownLimit(t: TimeLimit, value: unknown): string {
  if (isRecord(value) && (typeof value['数值'] === 'number' || typeof value['数值'] === 'string') && typeof value['单位'] === 'string') {
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
  if (units.size === 1) return { value, unit: [...units][0]!, mixed: false };
  return { value, unit: '自然日', mixed: true };
}

/** "5个工作日", "0.5个工作日"; English names the unit in Chinese too. */
export function formatDays(value: number, unit: TimeUnit, lang: Lang): string {
  return lang === 'zh' ? `${value}个${unit}` : `${value} ${unit === '工作日' ? 'working' : 'calendar'} day${value === 1 ? '' : 's'} (${value}个${unit})`;
}
