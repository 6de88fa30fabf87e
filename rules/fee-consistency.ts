import {
  basisStated,
  chargesNothing,
  defineRule,
  enumOf,
  fieldsOf,
  isPlaceholder,
  isPresent,
  joinList,
  recordsOf,
  VALUE_SETS,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'fee-consistency',
    item: null,
    severity: 'info',
    strictSeverity: 'error',
    source: 'practice',
    description:
      '收费要素前后一致：收费的事项写明收费依据和收费项目（名称、标准），不收费的事项不列收费项目、不声明网上支付',
    messages: {
      basisMissing:
        '是否收费为“是”，但未写收费依据，应写明收费的文件依据，如“《…收费标准的通知》（发改价格〔20XX〕X号）第X条”',
      itemsMissing: '是否收费为“是”，但未列出收费项目，应逐项写明名称和标准，如“- 名称: 工本费 / 标准: 10元/本”',
      itemBlank: '收费项目第{n}项的“{field}”没有实际内容（“{value}”），应写明，如名称“工本费”、标准“10元/本”',
      allFree:
        '是否收费为“是”，但收费项目的标准都表示不收费（“{value}”），应写明实际收费金额，或将是否收费改为“否”并删除收费项目',
      itemsWhenFree: '是否收费为“否”，但列出了{count}个收费项目，应删除收费项目，或将是否收费改为“是”并写明收费依据',
      paymentWhenFree: '是否收费为“否”，但支持网上支付为“{value}”，不收费的事项应填“否”',
    },
  },
  check(guide, ctx) {
    const d = guide.data;
    const fee = enumOf(VALUE_SETS.是否, d['是否收费'])?.label;
    const items = recordsOf(guide, '收费项目');
    if (fee === '否') {
      if (items.length > 0)
        ctx.report({ path: ['收费项目'], at: 'key', messageId: 'itemsWhenFree', data: { count: items.length } });
      const pay = d['支持网上支付'];
      if (enumOf(VALUE_SETS.是否, pay)?.label === '是')
        ctx.report({
          path: ['支持网上支付'],
          messageId: 'paymentWhenFree',
          data: { value: String(pay) },
          suggestion: '否',
        });
    }
    if (fee !== '是') return;
    if (!basisStated(d['收费依据'])) ctx.report({ path: ['是否收费'], messageId: 'basisMissing' });
    if (items.length === 0) {
      // Written, but not as records: guide-schema.
      if (!isPresent(d['收费项目'])) ctx.report({ path: ['是否收费'], messageId: 'itemsMissing' });
      return;
    }
    const standards: string[] = [];
    for (const it of items) {
      // A missing field or another type: guide-schema.
      for (const { field, path, text: value } of fieldsOf(it, ['名称', '标准'] as const)) {
        if (isPlaceholder(value)) ctx.report({ path, messageId: 'itemBlank', data: { n: it.index + 1, field, value } });
        else if (field === '标准') standards.push(value);
      }
    }
    if (standards.length === items.length && standards.every(chargesNothing))
      ctx.report({ path: ['是否收费'], messageId: 'allFree', data: { value: joinList(ctx.lang, standards) } });
  },
});
