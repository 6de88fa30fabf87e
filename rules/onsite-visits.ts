import { channelsOf, channelsText, defineRule, labelOf, VALUE_SETS, visitsOf } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'onsite-visits',
    item: 22,
    severity: 'warning',
    source: 'practice',
    description: {
      zh: '到办事现场次数与办理形式、办件类型相符：需要到现场的事项有窗口办理，即办件最多到现场1次',
      en: '到办事现场次数 agrees with 办理形式 and 办件类型: an item with visits offers 窗口办理, and a 即办件 needs at most 1 visit',
    },
    messages: {
      noWindow: {
        zh: '到办事现场次数为{visits}，但办理形式“{channels}”中没有“窗口办理”，可能漏写；需要到现场的事项通常列出窗口办理，无需到现场的应将次数写为0',
        en: '到办事现场次数 is {visits} but 办理形式 "{channels}" has no 窗口办理: an item with visits to the hall lists 窗口办理, otherwise the count is 0',
      },
      immediate: {
        zh: '即办件当场办结，到办事现场次数应不超过1次，实为{visits}次；应核对次数或办件类型',
        en: 'a 即办件 is decided on the spot, so 到办事现场次数 is at most 1, not {visits}: check the count or 办件类型',
      },
    },
    docs: {
      details: {
        zh: '清单第 22 项要求明确标注到办事现场次数。是否填写、是否为非负整数由 guide-schema 检查（schemas/guide.schema.json：整数，最小值 0），因此“1次”“一次”等电子表格导出的文字只由 guide-schema 报告一次；本规则和 depth-visits、onsite-reason 仍按其数值（1）检查一致性，“1-2次”“视情况而定”等无法判断的文字不参与比较。本规则检查次数与其他要素是否相符（推断，故为警告）：次数大于0而办理形式中没有“窗口办理”——到现场即到窗口办理（GB/T 39046 办理形式代码 1 窗口办理）；即办件次数大于1——standards.md：即办件即“即办/当场办结”，当场办结最多到现场一次。办理形式未填写时不比较。',
        en: 'Checklist item 22 requires the number of visits to be stated. Its presence and its type (a non-negative integer) are guide-schema\'s (schemas/guide.schema.json: integer, minimum 0), so spreadsheet texts such as "1次" or "一次" are reported once, by guide-schema; this rule, depth-visits and onsite-reason still compare their value (1), while texts that give no single count ("1-2次", "视情况而定") are not compared. This rule checks the count against other elements (inferred, hence a warning): visits > 0 while 办理形式 lists no 窗口办理 (a visit is a visit to the window, GB/T 39046 办理形式 code 1); a 即办件 with more than 1 visit (standards.md: 即办件 means 即办 / 当场办结, decided during one visit). Without 办理形式 nothing is compared.',
      },
      bad: '到办事现场次数: 1\n办理形式: [电脑端网上办理, 快递申请]\n',
      good: '到办事现场次数: 1\n办理形式: [窗口办理, 电脑端网上办理, 快递申请]\n',
    },
  },
  check(guide, ctx) {
    const visits = visitsOf(guide.data['到办事现场次数']);
    if (visits === undefined || visits === 0) return;
    const channels = channelsOf(guide.data['办理形式']);
    if (channels && !channels.has('窗口办理')) {
      ctx.report({ path: ['办理形式'], messageId: 'noWindow', data: { visits, channels: channelsText(guide.data['办理形式']) } });
    }
    if (visits > 1 && labelOf(VALUE_SETS.办件类型, guide.data['办件类型']) === '即办件') {
      ctx.report({ path: ['到办事现场次数'], messageId: 'immediate', data: { visits } });
    }
  },
});
