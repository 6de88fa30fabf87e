import {
  defineRule,
  definitelyExceeds,
  formatDays,
  isDays,
  readTimeLimit,
  shownLimit,
  stepsTotal,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'step-time-total',
    item: 21,
    severity: 'warning',
    source: 'practice',
    description: '办理流程各环节的办理时限之和不超过承诺办结时限',
    messages: {
      exceeds:
        '各环节办理时限合计{total}，超过承诺办结时限“{promised}”，可能有误；各环节时限之和通常不超过承诺时限，应缩短环节时限或更正承诺时限',
    },
  },
  check(guide, ctx) {
    const rawPromised = guide.data['承诺办结时限'];
    const promised = readTimeLimit(rawPromised);
    if (!isDays(promised)) return;
    const total = stepsTotal(guide);
    if (!total?.unit || !definitelyExceeds(total, promised)) return;
    const days = formatDays(total.value, total.unit, ctx.lang);
    const shown = total.mixed ? (ctx.lang === 'zh' ? `至少${days}` : `at least ${days}`) : days;
    ctx.report({
      path: ['办理流程'],
      at: 'key',
      messageId: 'exceeds',
      data: { total: shown, promised: shownLimit(promised, rawPromised) },
    });
  },
});
