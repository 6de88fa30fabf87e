import { defineRule, NATIONAL_BASIC_LENGTH } from '../src/kit/index.js';

export default defineRule({
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
  check(guide, ctx) {
    const raw = guide.data['基本编码'];
    if (typeof raw !== 'string') return;
    const code = raw.trim();
    if (/^\d+$/.test(code) && code.length !== NATIONAL_BASIC_LENGTH) {
      ctx.report({ path: ['基本编码'], messageId: 'length', data: { code, n: code.length } });
    }
  },
});
