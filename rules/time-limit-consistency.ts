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
  },
  check(guide, ctx) {
    const rawPromised = guide.data[PROMISED];
    const promised = readTimeLimit(rawPromised);
    if (!promised?.ok) return;
    const shown = shownLimit(promised, rawPromised);

    const rawStatutory = guide.data[STATUTORY];
    const statutory = readTimeLimit(rawStatutory);
    if (statutory?.ok && definitelyExceeds(promised, statutory)) {
      ctx.report({
        path: [PROMISED],
        messageId: 'exceedsStatutory',
        data: { promised: shown, statutory: shownLimit(statutory, rawStatutory) },
      });
    }

    const type = enumOf(VALUE_SETS.办件类型, guide.data[TYPE])?.label;
    if (!type) return;
    // the value as written, with its label when written as a code ("1（即办件）")
    const raw = textOf(guide.data[TYPE]) ?? type;
    const written = raw === type ? type : ctx.lang === 'zh' ? `${raw}（${type}）` : `${raw} (${type})`;
    if (type === '即办件' && !isImmediate(promised)) {
      ctx.report({
        path: [TYPE],
        messageId: 'instantWithDays',
        data: { type: written, promised: shown },
        suggestion: '承诺件',
      });
    } else if (type !== '即办件' && isImmediate(promised)) {
      ctx.report({
        path: [TYPE],
        messageId: 'immediateNotInstant',
        data: { type: written, promised: shown },
        suggestion: '即办件',
      });
    }
  },
});
