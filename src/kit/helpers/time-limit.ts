// What rules that check one time-limit value (items 12, 13, 21) share: their messages, the most a
// style finding weighs, and where and how a value that does not parse is reported.

import type { RuleContext } from '../../engine/rule.js';
import { isRecord } from '../../model/normalize.js';
import { readTimeLimit, shownLimit, type LimitProblem } from '../../model/time.js';
import type { ElementPath } from '../../model/types.js';
import type { TimeLimit } from '../../parse/time-limit.js';

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
  const at: ElementPath = !isRecord(value)
    ? path
    : unitProblem
      ? [...path, '单位']
      : t.problem === 'empty'
        ? path
        : [...path, '数值'];
  const written = shownLimit(t, value);
  const data: Record<string, string | number> = {
    element,
    value: written,
    number: t.value ?? '',
    unit: t.unitText ?? '',
  };
  const r: LimitReport = { path: at, messageId, data };
  // "…20个工作日…" inside prose states the limit (style, a warning); prose instead of one states none (an error).
  if (t.problem === 'not-a-time-limit' && t.value !== undefined && t.value > 0 && t.unitText) {
    const unit = /^(?:工作日|工作天)$/.test(t.unitText)
      ? '工作日'
      : /^(?:自然日|日历日)$/.test(t.unitText)
        ? '自然日'
        : undefined;
    if (unit) {
      r.suggestion = `${t.value}个${unit}`;
      r.messageId = 'limitInProse';
      r.data.limit = r.suggestion;
    }
  }
  return r;
}

/**
 * Reads the time-limit value at `path` and reports it when it does not parse (limitProblemReport;
 * `element` names it in the message). Returns the reading: undefined when the value is absent or
 * of another type (guide-schema's), else the limit or its problem.
 */
export function reportTimeLimit(
  ctx: Pick<RuleContext<TimeLimitMessageId>, 'report'>,
  value: unknown,
  path: ElementPath,
  element: string,
): TimeLimit | undefined {
  const t = readTimeLimit(value);
  if (t && !t.ok) ctx.report(limitProblemReport(value, path, t, element));
  return t;
}
