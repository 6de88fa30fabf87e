import { defineRule } from '../src/engine/rule.js';
import { VALUE_SETS } from '../src/model/values.js';
import { isPresent, recordsOf, textOf, typeAmong } from '../src/model/guide.js';

/** Texts that fill a field without saying anything. */
const PLACEHOLDER = /^(无|暂无|没有|略|空|待补充|\/|／|-|－|—+|n\/?a|null|无常见问题|暂无常见问题)$/i;
const norm = (s: string) => s.normalize('NFKC').replace(/[\s。.]+/g, '');
/** Placeholders are short (or a run of dashes): real questions and answers skip the normalisation. */
const isPlaceholder = (t: string) => (t.length <= 32 || /^[\s。.\-－—]+$/.test(t)) && PLACEHOLDER.test(norm(t));

export default defineRule({
  meta: {
    id: 'license-faq',
    item: null,
    severity: 'info',
    strictSeverity: 'error',
    source: 'practice',
    description: {
      zh: '行政许可事项的指南至少有一条有实际内容的常见问题（问与答都不是“无”“/”等占位）',
      en: 'an administrative-licence guide has at least one real FAQ entry (neither question nor answer a placeholder such as "无" or "/")',
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
      tooFew: {
        zh: '事项类型为“{type}”的指南应至少有{min}条常见问题，现只有{count}条有实际内容',
        en: 'a "{type}" guide should have at least {min} FAQ entries; only {count} have real content',
      },
    },
    docs: {
      details: {
        zh: '来源：省级检查脚本的通行做法（docs/standards.md“Other consistency rules seen in real checking scripts”：行政许可 ⇒ 至少一条常见问题）。事项类型为行政许可（或代码 01；types 选项可增加其他类型）的指南须有常见问题；每条的问、答都须有实际内容（“无”“暂无”“/”等占位不算）；minEntries 选项（默认 1）规定至少几条有实际内容。缺少“问”“答”键由 guide-schema 报告。strict 预设下 guide-schema 已要求所有指南都有常见问题，所以此时本规则不再重复报告“缺少常见问题”，只检查内容。推荐预设下为提示（info），strict 预设下为错误。',
        en: 'Source: common provincial checking practice (docs/standards.md, "Other consistency rules seen in real checking scripts": 行政许可 ⇒ at least one 常见问题). A guide whose 事项类型 is 行政许可 (or code 01; the types option adds others) has 常见问题, each entry with a real question and answer (placeholders such as "无", "暂无", "/" do not count); the minEntries option (default 1) sets how many real entries are needed. Missing 问/答 keys are reported by guide-schema. Under the strict preset guide-schema already requires 常见问题 in every guide, so this rule then does not report its absence again and checks the content only. Info under the recommended preset, error under strict.',
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
    const type = typeAmong(guide, (ctx.options.types as string[] | undefined) ?? ['行政许可']);
    if (!type) return;
    const min = (ctx.options.minEntries as number | undefined) ?? 1;
    const faq = guide.data['常见问题'];
    const entries = recordsOf(guide, '常见问题');
    if (entries.length === 0) {
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
        } else if (isPlaceholder(t)) {
          ctx.report({ path: [...e.path, field], messageId: 'placeholder', data: { n: e.index + 1, field, value: t } });
          ok = false;
        }
      }
      if (ok) real++;
    }
    if (real > 0 && real < min) ctx.report({ path: ['常见问题'], at: 'key', messageId: 'tooFew', data: { type, min, count: real } });
  },
});
