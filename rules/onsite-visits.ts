import { defineRule, labelOf, onsiteOf, VALUE_SETS } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'onsite-visits',
    item: 22,
    severity: 'warning',
    source: 'practice',
    description: '到办事现场次数与办理形式、办件类型相符：需要到现场的事项有窗口办理，即办件最多到现场1次',
    messages: {
      noWindow:
        '到办事现场次数为{visits}，但办理形式“{channels}”中没有“窗口办理”，可能漏写；需要到现场的事项通常列出窗口办理，无需到现场的应将次数写为0',
      immediate: '即办件当场办结，到办事现场次数应不超过1次，实为{visits}次；应核对次数或办件类型',
    },
  },
  check(guide, ctx) {
    const { visits, channels, channelsText } = onsiteOf(guide);
    if (visits === undefined || visits === 0) return;
    if (channels && !channels.has('窗口办理')) {
      ctx.report({ path: ['办理形式'], messageId: 'noWindow', data: { visits, channels: channelsText } });
    }
    if (visits > 1 && labelOf(VALUE_SETS.办件类型, guide.data['办件类型']) === '即办件') {
      ctx.report({ path: ['到办事现场次数'], messageId: 'immediate', data: { visits } });
    }
  },
});
