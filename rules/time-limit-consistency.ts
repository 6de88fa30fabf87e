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
    description: '承诺办结时限不超过法定办结时限；即办件的承诺时限为即办（0、当场办结），承诺时限为即办的事项是即办件',
    messages: {
      exceedsStatutory:
        '承诺办结时限“{promised}”长于法定办结时限“{statutory}”，承诺时限不得超过法定时限，应不超过“{statutory}”',
      instantWithDays:
        '办件类型为“{type}”，但承诺办结时限为“{promised}”；即办件应当场办结，承诺办结时限应为“即办”或“当场办结”，否则办件类型应为“承诺件”',
      immediateNotInstant:
        '承诺办结时限为“{promised}”（当场办结），办件类型“{type}”应为“即办件”；如不能当场办结，承诺办结时限应写明天数，如“5个工作日”',
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
