import { defineRule, definitelyExceeds, enumOf, isImmediate, limitAt, textOf, VALUE_SETS } from '../src/kit/index.js';

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
    const promised = limitAt(guide, '承诺办结时限');
    if (!promised) return;
    const statutory = limitAt(guide, '法定办结时限');
    if (statutory && definitelyExceeds(promised.limit, statutory.limit)) {
      const data = { promised: promised.shown, statutory: statutory.shown };
      ctx.report({ path: ['承诺办结时限'], messageId: 'exceedsStatutory', data });
    }

    // 即办件 promise 即办, and only they: the type follows the promise, or the promise the type.
    const type = enumOf(VALUE_SETS.办件类型, guide.data['办件类型'])?.label;
    const instant = type === '即办件';
    if (!type || instant === isImmediate(promised.limit)) return;
    // the value as written, with its label when written as a code ("1（即办件）")
    const raw = textOf(guide.data['办件类型']) ?? type;
    const written = raw === type ? type : ctx.lang === 'zh' ? `${raw}（${type}）` : `${raw} (${type})`;
    const messageId = instant ? 'instantWithDays' : 'immediateNotInstant';
    const data = { type: written, promised: promised.shown };
    ctx.report({ path: ['办件类型'], messageId, data, suggestion: instant ? '承诺件' : '即办件' });
  },
});
