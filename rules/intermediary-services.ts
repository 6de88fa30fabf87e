import { defineRule, recordLabel, recordsOf, reportBasis, reportBlankName } from '../src/kit/index.js';

const NONE = new Set(['否', '无']);

export default defineRule({
  meta: {
    id: 'intermediary-services',
    item: 17,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { basisNoLaw: 'warning' },
    description: '中介服务写“否”，或逐项列出中介服务，每项有名称和写明法律法规的设定依据',
    messages: {
      yesWithoutEntries: '中介服务写作“{value}”但未列出任何中介服务，应逐项列出名称和设定依据，无中介服务时写“否”',
      emptyList: '中介服务是空列表，应逐项列出名称和设定依据，无中介服务时写“否”',
      blank: '中介服务为空，应写“否”（无中介服务），或逐项列出名称和设定依据',
      notYesNo: '中介服务写作“{value}”，应写“否”（无中介服务），或逐项列出名称和设定依据',
      blankName: '第{n}项中介服务的名称为空，应写明如“公共场所卫生检测（评价）”',
      blankBasis:
        '中介服务“{name}”的设定依据为空，应写明法律法规及条款，如“《公共场所卫生管理条例实施细则》第二十三条”',
      basisNoLaw:
        '中介服务“{name}”的设定依据“{basis}”可能未写明法律法规名称，通常用书名号写明，如“《公共场所卫生管理条例实施细则》第二十三条”',
    },
  },
  check(guide, ctx) {
    const value = guide.data['中介服务'];
    const path = ['中介服务'];
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (value === true || text === '是')
      ctx.report({ path, messageId: 'yesWithoutEntries', data: { value: String(value).trim() } });
    else if (text === '') ctx.report({ path, messageId: 'blank' });
    else if (text !== undefined && !NONE.has(text)) ctx.report({ path, messageId: 'notYesNo', data: { value: text } });
    else if (Array.isArray(value) && value.length === 0) ctx.report({ path, messageId: 'emptyList' });
    // Entries (a list of records, or one record): each names a service and its basis.
    for (const r of recordsOf(guide, '中介服务')) {
      reportBlankName(ctx, r);
      reportBasis(ctx, r, recordLabel(r, ctx.lang, '项'));
    }
  },
});
