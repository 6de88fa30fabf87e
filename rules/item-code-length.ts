import { NATIONAL_BASIC_LENGTH, textElementRule } from '../src/kit/index.js';

export default textElementRule({
  meta: {
    id: 'item-code-length',
    item: 10,
    severity: 'warning',
    source: 'standard',
    description: {
      zh: '纯数字的基本编码应为12位',
      en: 'a digits-only 基本编码 has 12 digits',
    },
    messages: {
      length: {
        zh: '基本编码“{code}”为{n}位，全国通行的基本编码为12位（2位来源 + 2位事项类型 + 2位部门 + 3位主项 + 3位子项，如“000117012000”）；请核对是否漏写或多写了数字',
        en: '基本编码 "{code}" has {n} digits; the national 基本编码 has 12 (2 source + 2 事项类型 + 2 department + 3 main item + 3 sub item, e.g. "000117012000"): check for a missing or extra digit',
      },
    },
  },
  elements: ['基本编码'],
  problems(text) {
    const code = text.trim();
    const digitsOnly = /^\d+$/.test(code);
    return digitsOnly && code.length !== NATIONAL_BASIC_LENGTH
      ? [{ messageId: 'length', data: { code, n: code.length } }]
      : [];
  },
});
