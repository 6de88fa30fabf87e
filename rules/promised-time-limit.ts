import { defineRule, reportTimeLimit, TIME_LIMIT_MESSAGES, TIME_LIMIT_SEVERITY } from '../src/kit/index.js';

const KEY = '承诺办结时限';

export default defineRule({
  meta: {
    id: 'promised-time-limit',
    item: 13,
    severity: 'error',
    source: 'checklist',
    messageSeverity: TIME_LIMIT_SEVERITY,
    description: '承诺办结时限是带“工作日”或“自然日”的正数天数，或“即办”“当场办结”“0”，不写含义不明的“5天”“5日”',
    messages: { ...TIME_LIMIT_MESSAGES },
  },
  check(guide, ctx) {
    reportTimeLimit(ctx, guide.data[KEY], [KEY], ctx.lang === 'zh' ? KEY : `the promised time limit (${KEY})`);
  },
});
