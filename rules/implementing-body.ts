import { defineRule, isCodeLike, isPlaceholder, levelCode, splitOrgan } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'implementing-body',
    item: 8,
    severity: 'info',
    source: 'practice',
    description: '实施主体写机构全称，带地区名称（如“北京市顺义区残疾人联合会”，而不是“残联”）',
    messages: {
      noArea: '实施主体“{value}”没有地区名称，可能是简称；通常写全称，如“××市××区{organ}”',
      code: '实施主体“{value}”不是机构名称，可能是部门代码；通常写机构全称，如“呼和浩特市市场监督管理局”',
    },
  },
  check(guide, ctx) {
    const v = guide.data['实施主体'];
    if (typeof v !== 'string' || v.trim() === '' || isPlaceholder(v)) return; // guide-schema
    const value = v.trim();
    if (isCodeLike(value)) {
      ctx.report({ path: ['实施主体'], messageId: 'code', data: { value } });
      return;
    }
    if (levelCode(guide.data['行使层级']) === '1') return;
    const { area, organ } = splitOrgan(value);
    if (!area) ctx.report({ path: ['实施主体'], messageId: 'noArea', data: { value, organ } });
  },
});
