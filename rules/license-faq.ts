import { defineRule, fieldsOf, isPlaceholder, isPresent, recordsOf, typeAmong, VALUE_SETS } from '../src/kit/index.js';

/** A placeholder ("无。", "暂无") or a test entry left in a published guide ("测试问题", "test1"). */
const fillsNothing = (t: string) =>
  isPlaceholder(t.replace(/[。.]+$/, '')) || (t.length <= 12 && /^(?:测试|test)/i.test(t.normalize('NFKC')));
/** What a blank 问 or 答 should hold. */
const FIELD_WORDS = {
  问: { fieldEn: 'question', what: '申请人常问的问题' },
  答: { fieldEn: 'answer', what: '对该问题的解答' },
};
/** The marks of a question: a question mark, 吗/呢, or an interrogative word. */
const QUESTION =
  /[？?吗呢]|如何|怎么|怎样|是否|哪些|哪个|哪里|哪儿|什么|多久|多少|多长|能否|可否|能不能|需不需要|何时|何种|何地|为何|为什么|几[个天次年日份]|有没有|要不要/;

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
    options: {
      type: 'object',
      properties: {
        types: { type: 'array', items: { type: 'string', enum: VALUE_SETS.事项类型.values.map((v) => v.label) } },
        minEntries: { type: 'integer', minimum: 1 },
        strict: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { types: ['行政许可'], minEntries: 1, strict: false },
  },
  check(guide, ctx) {
    const type = typeAmong(guide, ctx.options.types);
    const min = ctx.options.minEntries;
    const faq = guide.data['常见问题'];
    const entries = recordsOf(guide, '常见问题');
    if (entries.length === 0) {
      if (!type) return;
      // Written but not as records: guide-schema. Absent under strict: guide-schema (strictRequired).
      if (isPresent(faq) || ctx.options.strict) return;
      ctx.report({ path: ['事项类型'], messageId: 'missing', data: { type } });
      return;
    }
    let real = 0;
    for (const e of entries) {
      const n = e.index + 1;
      const texts = fieldsOf(e, ['问', '答'] as const); // a missing field or another type: guide-schema
      let ok = texts.length === 2;
      for (const { field, path, text: t } of texts) {
        if (t === '') {
          ctx.report({ path, messageId: 'blank', data: { n, field, ...FIELD_WORDS[field] } });
          ok = false;
        } else if (fillsNothing(t)) {
          ctx.report({ path, messageId: 'placeholder', data: { n, field, value: t } });
          ok = false;
        } else if (field === '问' && !QUESTION.test(t)) {
          ctx.report({ path, messageId: 'notQuestion', data: { n, value: t } });
        }
      }
      if (ok) real++;
    }
    if (type && real > 0 && real < min)
      ctx.report({ path: ['常见问题'], at: 'key', messageId: 'tooFew', data: { type, min, count: real } });
  },
});
