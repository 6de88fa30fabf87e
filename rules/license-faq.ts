import { defineRule, isPresent, itemTypesOptions, readFaq, typeAmong } from '../src/kit/index.js';

/** What a blank 问 or 答 should hold. */
const FIELD_WORDS = {
  问: { fieldEn: 'question', what: '申请人常问的问题' },
  答: { fieldEn: 'answer', what: '对该问题的解答' },
};

export default defineRule({
  meta: {
    id: 'license-faq',
    item: null,
    severity: 'info',
    strictSeverity: 'error',
    source: 'practice',
    messageSeverity: { notQuestion: 'info' },
    description:
      '常见问题的问与答有实际内容（不是“无”“/”“测试”等占位），问是一个问题；行政许可事项至少有一条这样的常见问题',
    messages: {
      missing:
        '事项类型为“{type}”，但没有常见问题，应至少写一条申请人常问的问题及解答，如“问: 许可证有效期是多久？ 答: 有效期为5年。”',
      blank: '常见问题第{n}条的“{field}”为空，应写明{what}',
      placeholder: '常见问题第{n}条的“{field}”为“{value}”，不是实际内容，应写明申请人常问的问题及其解答',
      notQuestion:
        '常见问题第{n}条的“问”“{value}”可能不是一个问题（没有问号或疑问词）；通常写成申请人的提问，如“许可证有效期是多久？”',
      tooFew: '事项类型为“{type}”的指南应至少有{min}条常见问题，现只有{count}条有实际内容',
    },
    options: itemTypesOptions({ minEntries: { type: 'integer', minimum: 1 }, strict: { type: 'boolean' } }),
    defaultOptions: { types: ['行政许可'], minEntries: 1, strict: false },
  },
  check(guide, ctx) {
    const type = typeAmong(guide, ctx.options.types);
    const entries = readFaq(guide);
    // Written but not as records: guide-schema. Absent under strict: guide-schema (strictRequired).
    if (type && entries.length === 0 && !isPresent(guide.data['常见问题']) && !ctx.options.strict)
      ctx.report({ path: ['事项类型'], messageId: 'missing', data: { type } });
    for (const { n, fields } of entries)
      for (const { field, path, text: value, problem } of fields)
        if (problem) ctx.report({ path, messageId: problem, data: { n, field, value, ...FIELD_WORDS[field] } });
    const real = entries.filter((e) => e.filled).length;
    const min = ctx.options.minEntries;
    if (type && real > 0 && real < min)
      ctx.report({ path: ['常见问题'], at: 'key', messageId: 'tooFew', data: { type, min, count: real } });
  },
});
