import {
  defineRule,
  isCodeLike,
  isRecord,
  parseTimeLimit,
  recordLabel,
  recordsOf,
  reportBasis,
  reportBlankName,
} from '../src/kit/index.js';

/** The message of a time limit that does not parse (any other problem: badTimeLimit). */
const LIMIT_MESSAGE: Partial<Record<string, 'blankTimeLimit' | 'ambiguousUnit'>> = {
  empty: 'blankTimeLimit',
  'ambiguous-unit': 'ambiguousUnit',
};

export default defineRule({
  meta: {
    id: 'special-procedures',
    item: 17,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { basisNoLaw: 'warning', codeName: 'warning' },
    description: '每个特殊环节有名称、写明工作日或自然日的时限，以及写明法律法规的设定依据',
    messages: {
      codeName: '第{n}个特殊环节的名称“{value}”不是环节名称，可能是代码；应写明如“现场核查”“专家评审”',
      blankName: '第{n}个特殊环节的名称为空，应写明如“现场核查”“专家评审”',
      blankTimeLimit: '特殊环节“{name}”的时限为空，应写明如“5个工作日”',
      ambiguousUnit: '特殊环节“{name}”的时限“{value}”未注明工作日或自然日，应写作如“5个工作日”或“7个自然日”',
      badTimeLimit: '特殊环节“{name}”的时限“{value}”不是有效的时限，应写明天数和单位，如“5个工作日”或“7个自然日”',
      blankBasis: '特殊环节“{name}”的设定依据为空，应写明法律法规及条款，如“《食品经营许可和备案管理办法》第二十一条”',
      basisNoLaw:
        '特殊环节“{name}”的设定依据“{basis}”可能未写明法律法规名称，通常用书名号写明，如“《食品经营许可和备案管理办法》第二十一条”',
    },
  },
  check(guide, ctx) {
    for (const r of recordsOf(guide, '特殊环节')) {
      const { 名称: name, 时限: limit } = r.data;
      const label = recordLabel(r, ctx.lang, '个');
      reportBlankName(ctx, r);
      // "9": a platform's code (special_name), not the name of a procedure
      if (typeof name === 'string' && isCodeLike(name))
        ctx.report({ path: [...r.path, '名称'], messageId: 'codeName', data: { n: r.index + 1, value: name.trim() } });
      // absent, other types and an incomplete {数值, 单位} mapping are guide-schema's
      const parsable = isRecord(limit)
        ? '数值' in limit && '单位' in limit
        : typeof limit === 'string' || typeof limit === 'number';
      const parsed = parsable ? parseTimeLimit(limit) : undefined;
      if (parsed && !parsed.ok) {
        const data = { name: label, value: parsed.text || (isRecord(limit) ? '' : String(limit)) };
        ctx.report({ path: [...r.path, '时限'], messageId: LIMIT_MESSAGE[parsed.problem] ?? 'badTimeLimit', data });
      }
      reportBasis(ctx, r, label);
    }
  },
});
