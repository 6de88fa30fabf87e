import {
  defineRule,
  isZeroForm,
  reportTimeLimit,
  shownLimit,
  TIME_LIMIT_MESSAGES,
  TIME_LIMIT_SEVERITY,
} from '../src/kit/index.js';

const KEY = '法定办结时限';

export default defineRule({
  meta: {
    id: 'statutory-time-limit',
    item: 12,
    severity: 'error',
    source: 'checklist',
    messageSeverity: TIME_LIMIT_SEVERITY,
    description: '法定办结时限是带“工作日”或“自然日”的正数天数（或法律允许的“当场办结”），不写含义不明的“20天”“20日”',
    messages: {
      ...TIME_LIMIT_MESSAGES,
      zero: '法定办结时限“{value}”为0，法定期限应为正数天数，如“20个工作日”；法律规定当场作出决定的，写“当场办结”',
    },
  },
  check(guide, ctx) {
    const value = guide.data[KEY];
    const t = reportTimeLimit(ctx, value, [KEY], ctx.lang === 'zh' ? KEY : `the statutory time limit (${KEY})`);
    if (t?.ok && isZeroForm(t)) ctx.report({ path: [KEY], messageId: 'zero', data: { value: shownLimit(t, value) } });
  },
});
