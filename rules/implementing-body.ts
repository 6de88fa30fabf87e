import { isCodeLike, levelCode, splitOrgan, textElementRule } from '../src/kit/index.js';

export default textElementRule({
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
  elements: ['实施主体'],
  blank: null,
  problems(text, _at, guide) {
    const value = text.trim();
    if (isCodeLike(value)) return [{ messageId: 'code', data: { value } }];
    if (levelCode(guide.data['行使层级']) === '1') return [];
    const { area, organ } = splitOrgan(value);
    return area ? [] : [{ messageId: 'noArea', data: { value, organ } }];
  },
});
