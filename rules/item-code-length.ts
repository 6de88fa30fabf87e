import { defineRule, NATIONAL_BASIC_LENGTH } from '../src/kit/index.js';

export default defineRule({
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
    docs: {
      details: {
        zh: '依据 docs/standards.md“Item codes”：四个省的真实数据中基本编码均为12位，但标准的早期草案写的是“最长10位”，所以其他位数只作警告而非错误。只检查写成文本的纯数字编码；含字母等其他字符的编码和写成数字的编码（前导零丢失）由 item-code 报告。使用纯数字本地编码（位数不是12）的省份应关闭本规则，并在 item-code 中配置本地格式。',
        en: 'Relies on docs/standards.md "Item codes": 基本编码 has 12 digits in four provinces\' real data, but older drafts of the standard put the length at up to 10, so another length is a warning, not an error. Only digits-only codes written as text are checked; codes with other characters and codes written as numbers (lost leading zeros) are item-code\'s. Provinces whose local codes are digits of another length turn this rule off and configure item-code.',
      },
      bad: '基本编码: "00011701200"\n',
      good: '基本编码: "000117012000"\n',
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
