import { defineRule, isPlaceholder, isPresent, recordsOf, textOf, typeAmong, VALUE_SETS } from '../src/kit/index.js';

/** A placeholder ("无。", "暂无") or a test entry left in a published guide ("测试问题", "test1"). */
const fillsNothing = (t: string) => isPlaceholder(t.replace(/[。.]+$/, '')) || (t.length <= 12 && /^(?:测试|test)/i.test(t.normalize('NFKC')));
/** The marks of a question: a question mark, 吗/呢, or an interrogative word. */
const QUESTION = /[？?吗呢]|如何|怎么|怎样|是否|哪些|哪个|哪里|哪儿|什么|多久|多少|多长|能否|可否|能不能|需不需要|何时|何种|何地|为何|为什么|几[个天次年日份]|有没有|要不要/;

export default defineRule({
  meta: {
    id: 'license-faq',
    item: null,
    severity: 'info',
    strictSeverity: 'error',
    source: 'practice',
    messageSeverity: { notQuestion: 'info' },
    description: {
      zh: '常见问题的问与答有实际内容（不是“无”“/”“测试”等占位），问是一个问题；行政许可事项至少有一条这样的常见问题',
      en: 'FAQ entries have a real question and answer (no placeholder such as "无", "/" or "测试"), the question being a question; an administrative-licence guide has at least one such entry',
    },
    messages: {
      missing: {
        zh: '事项类型为“{type}”，但没有常见问题，应至少写一条申请人常问的问题及解答，如“问: 许可证有效期是多久？ 答: 有效期为5年。”',
        en: 'the item type is "{type}" but there is no 常见问题: add at least one question applicants ask, with its answer, e.g. "问: 许可证有效期是多久？ 答: 有效期为5年。"',
      },
      blank: {
        zh: '常见问题第{n}条的“{field}”为空，应写明{what}',
        en: 'FAQ entry {n}: "{field}" is blank; write the actual {fieldEn}',
      },
      placeholder: {
        zh: '常见问题第{n}条的“{field}”为“{value}”，不是实际内容，应写明申请人常问的问题及其解答',
        en: 'FAQ entry {n}: "{field}" is "{value}", a placeholder: write a question applicants actually ask, and its answer',
      },
      notQuestion: {
        zh: '常见问题第{n}条的“问”“{value}”可能不是一个问题（没有问号或疑问词）；通常写成申请人的提问，如“许可证有效期是多久？”',
        en: 'FAQ entry {n}: the question "{value}" may not be a question (no question mark or interrogative word); usually it is what applicants ask, e.g. "许可证有效期是多久？"',
      },
      tooFew: {
        zh: '事项类型为“{type}”的指南应至少有{min}条常见问题，现只有{count}条有实际内容',
        en: 'a "{type}" guide should have at least {min} FAQ entries; only {count} have real content',
      },
    },
    docs: {
      details: {
        zh: '来源：省级检查脚本的通行做法（docs/standards.md“Other consistency rules seen in real checking scripts”：行政许可 ⇒ 至少一条常见问题）。事项类型为行政许可（或代码 01；types 选项可增加其他类型）的指南须有常见问题；每条的问、答都须有实际内容：任何事项类型的指南中，问或答为空、为占位（“无”“暂无”“/”“没有答案”，见 src/model/placeholder.ts）或测试条目（“测试问题”“test”）都报告；“问”没有问号、吗/呢或疑问词（如何、怎么、是否、哪些、多久等）时只提示（info），它可能是复制来的一段说明；minEntries 选项（默认 1）规定至少几条有实际内容。缺少“问”“答”键由 guide-schema 报告。strict 预设下 guide-schema 已要求所有指南都有常见问题，所以此时本规则不再重复报告“缺少常见问题”，只检查内容。推荐预设下为提示（info），strict 预设下为错误。',
        en: 'Source: common provincial checking practice (docs/standards.md, "Other consistency rules seen in real checking scripts": 行政许可 ⇒ at least one 常见问题). A guide whose 事项类型 is 行政许可 (or code 01; the types option adds others) has 常见问题, each entry with a real question and answer: in a guide of any item type a blank, a placeholder ("无", "暂无", "/", "没有答案"; src/model/placeholder.ts) or a test entry ("测试问题", "test") is reported, and a 问 without a question mark, 吗/呢 or an interrogative word (如何, 怎么, 是否, 哪些, 多久 …) gets an info — it may be a copied paragraph; the minEntries option (default 1) sets how many real entries are needed. Missing 问/答 keys are reported by guide-schema. Under the strict preset guide-schema already requires 常见问题 in every guide, so this rule then does not report its absence again and checks the content only. Info under the recommended preset, error under strict.',
      },
      bad: '常见问题:\n  - 问: 食品经营许可证有效期是多久？\n    答: 无\n',
      good: '常见问题:\n  - 问: 食品经营许可证有效期是多久？\n    答: 有效期为5年。\n',
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
      let ok = true;
      for (const [field, fieldEn, what] of [['问', 'question', '申请人常问的问题'], ['答', 'answer', '对该问题的解答']] as const) {
        if (!(field in e.data)) {
          ok = false; // missing key: guide-schema
          continue;
        }
        const t = textOf(e.data[field]);
        if (t === undefined) {
          ok = false; // wrong type: guide-schema
          continue;
        }
        if (t === '') {
          ctx.report({ path: [...e.path, field], messageId: 'blank', data: { n: e.index + 1, field, fieldEn, what } });
          ok = false;
        } else if (fillsNothing(t)) {
          ctx.report({ path: [...e.path, field], messageId: 'placeholder', data: { n: e.index + 1, field, value: t } });
          ok = false;
        } else if (field === '问' && !QUESTION.test(t)) {
          ctx.report({ path: [...e.path, field], messageId: 'notQuestion', data: { n: e.index + 1, value: t } });
        }
      }
      if (ok) real++;
    }
    if (type && real > 0 && real < min) ctx.report({ path: ['常见问题'], at: 'key', messageId: 'tooFew', data: { type, min, count: real } });
  },
});
