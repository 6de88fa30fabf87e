import { NATIONAL_BASIC_LENGTH, textElementRule } from '../src/kit/index.js';

export default textElementRule({
  meta: {
    id: 'item-code-length',
    item: 10,
    severity: 'warning',
    source: 'standard',
    description: '纯数字的基本编码应为12位',
    messages: {
      length:
        '基本编码“{code}”为{n}位，全国通行的基本编码为12位（2位来源 + 2位事项类型 + 2位部门 + 3位主项 + 3位子项，如“000117012000”）；请核对是否漏写或多写了数字',
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
