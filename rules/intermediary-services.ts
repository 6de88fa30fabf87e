import { defineRule, recordsOf } from '../src/kit/index.js';

const NONE = new Set(['否', '无']);
const LAW = /《[^《》]+》/;

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
    if (value === true || (typeof value === 'string' && value.trim() === '是')) {
      ctx.report({ path, messageId: 'yesWithoutEntries', data: { value: String(value).trim() } });
      return;
    }
    if (typeof value === 'string') {
      if (value.trim() === '') ctx.report({ path, messageId: 'blank' });
      else if (!NONE.has(value.trim())) ctx.report({ path, messageId: 'notYesNo', data: { value: value.trim() } });
      return;
    }
    if (Array.isArray(value) && value.length === 0) {
      ctx.report({ path, messageId: 'emptyList' });
      return;
    }
    for (const r of recordsOf(guide, '中介服务')) {
      const name = r.data['名称'];
      const basis = r.data['设定依据'];
      const label =
        typeof name === 'string' && name.trim()
          ? name.trim()
          : ctx.lang === 'zh'
            ? `第${r.index + 1}项`
            : `#${r.index + 1}`;
      if (typeof name === 'string' && name.trim() === '')
        ctx.report({ path: [...r.path, '名称'], messageId: 'blankName', data: { n: r.index + 1 } });
      if (typeof basis !== 'string') continue; // absent or other types: guide-schema
      if (basis.trim() === '')
        ctx.report({ path: [...r.path, '设定依据'], messageId: 'blankBasis', data: { name: label } });
      else if (!LAW.test(basis))
        ctx.report({
          path: [...r.path, '设定依据'],
          messageId: 'basisNoLaw',
          data: { name: label, basis: basis.trim() },
        });
    }
  },
});
