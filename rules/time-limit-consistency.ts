import {
  defineRule,
  definitelyExceeds,
  enumOf,
  isImmediate,
  readTimeLimit,
  shownLimit,
  textOf,
  VALUE_SETS,
} from '../src/kit/index.js';

const STATUTORY = '法定办结时限';
const PROMISED = '承诺办结时限';
const TYPE = '办件类型';

export default defineRule({
  meta: {
    id: 'time-limit-consistency',
    item: 13,
    severity: 'error',
    source: 'standard',
    description: {
      zh: '承诺办结时限不超过法定办结时限；即办件的承诺时限为即办（0、当场办结），承诺时限为即办的事项是即办件',
      en: 'the promised time limit does not exceed the statutory one; an immediate item (即办件) promises 即办 (0, 当场办结), and an item promising 即办 is a 即办件',
    },
    messages: {
      exceedsStatutory: {
        zh: '承诺办结时限“{promised}”长于法定办结时限“{statutory}”，承诺时限不得超过法定时限，应不超过“{statutory}”',
        en: 'the promised time limit "{promised}" is longer than the statutory time limit "{statutory}"; a promise may not exceed the law: promise at most "{statutory}"',
      },
      instantWithDays: {
        zh: '办件类型为“{type}”，但承诺办结时限为“{promised}”；即办件应当场办结，承诺办结时限应为“即办”或“当场办结”，否则办件类型应为“承诺件”',
        en: 'the case type is "{type}" but the promised time limit is "{promised}"; an immediate item (即办件) is completed on the spot, so promise "即办" or "当场办结", or make the case type "承诺件"',
      },
      immediateNotInstant: {
        zh: '承诺办结时限为“{promised}”（当场办结），办件类型“{type}”应为“即办件”；如不能当场办结，承诺办结时限应写明天数，如“5个工作日”',
        en: 'the promised time limit is "{promised}" (on the spot), so the case type "{type}" should be "即办件"; if the item cannot be completed on the spot, promise a number of days, e.g. "5个工作日"',
      },
    },
    docs: {
      details: {
        zh: '依据 docs/standards.md“时限（行政许可法）”：承诺时限不得超过法定时限；即办件 ⇔ 承诺时限为即办 / 0 / 当场办结；承诺件 ⇒ 承诺时限大于 0。比较两个时限时，单位相同直接比较数值；单位不同时保守换算，只报告一定超出的情形：N 个工作日在日历上至少 N 天、至多 ⌈N/5⌉×7 天，因此“5个工作日”不超过“7个自然日”，“8个自然日”超过“5个工作日”（src/parse/time-limit.ts 的 definitelyExceeds）。承诺时限为即办时不会超过法定时限；法定时限为“当场办结”而承诺时限为若干天时报告。办件类型与承诺时限不一致时报告在“办件类型”上：即办件却承诺若干天，或承诺即办却写作承诺件（或“其他”），并建议应有的办件类型。时限无法解析（由 statutory-time-limit、promised-time-limit 报告）或办件类型不在值集中（由 enum-values 报告）时不作比较。',
        en: 'From docs/standards.md, "Time limits (行政许可法)": a promised limit may not exceed the statutory one; 即办件 ⇔ promised limit 即办 / 0 / 当场办结; 承诺件 ⇒ promised limit > 0. Limits in the same unit are compared by value; across units the comparison is conservative and reports only a certain excess: N working days span at least N and at most ⌈N/5⌉×7 calendar days, so "5个工作日" does not exceed "7个自然日" while "8个自然日" exceeds "5个工作日" (definitelyExceeds in src/parse/time-limit.ts). An immediate promise never exceeds the statutory limit; a promise of some days against a statutory "当场办结" is reported. A mismatch between 办件类型 and the promised limit is reported on 办件类型 — a 即办件 promising days, or a promise of 即办 on a 承诺件 (or "其他") — with the case type it should have as a suggestion. Nothing is compared when a limit does not parse (statutory-time-limit and promised-time-limit report it) or 办件类型 is outside its value set (enum-values reports it).',
      },
      bad: '法定办结时限: 20个工作日\n承诺办结时限: 25个工作日\n',
      good: '法定办结时限: 20个工作日\n承诺办结时限: 10个工作日\n',
    },
  },
  check(guide, ctx) {
    const rawPromised = guide.data[PROMISED];
    const promised = readTimeLimit(rawPromised);
    if (!promised?.ok) return;
    const shown = shownLimit(promised, rawPromised);

    const rawStatutory = guide.data[STATUTORY];
    const statutory = readTimeLimit(rawStatutory);
    if (statutory?.ok && definitelyExceeds(promised, statutory)) {
      ctx.report({ path: [PROMISED], messageId: 'exceedsStatutory', data: { promised: shown, statutory: shownLimit(statutory, rawStatutory) } });
    }

    const type = enumOf(VALUE_SETS.办件类型, guide.data[TYPE])?.label;
    if (!type) return;
    // the value as written, with its label when written as a code ("1（即办件）")
    const raw = textOf(guide.data[TYPE]) ?? type;
    const written = raw === type ? type : ctx.lang === 'zh' ? `${raw}（${type}）` : `${raw} (${type})`;
    if (type === '即办件' && !isImmediate(promised)) {
      ctx.report({ path: [TYPE], messageId: 'instantWithDays', data: { type: written, promised: shown }, suggestion: '承诺件' });
    } else if (type !== '即办件' && isImmediate(promised)) {
      ctx.report({ path: [TYPE], messageId: 'immediateNotInstant', data: { type: written, promised: shown }, suggestion: '即办件' });
    }
  },
});
