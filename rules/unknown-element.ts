import { closest, defineRule, namesOf } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'unknown-element',
    item: null,
    severity: 'warning',
    source: 'format',
    description: {
      zh: '不认识的要素名称（多半是笔误）和重复填写的要素',
      en: 'keys that are not guide elements (usually typos) and elements written twice',
    },
    messages: {
      unknown: { zh: '未知要素“{key}”', en: 'unknown element "{key}"' },
      didYouMean: { zh: '未知要素“{key}”，是否应为“{suggestion}”？', en: 'unknown element "{key}": did you mean "{suggestion}"?' },
      duplicate: { zh: '要素“{key}”与“{first}”是同一要素，重复填写', en: 'element "{key}" is the same element as "{first}", written twice' },
    },
    docs: {
      details: {
        zh: '要素名称以 GB/T 39046 为准，并接受常见同义名称（如“咨询方式”即“咨询电话”，见 docs/guide-format.md）。未知的键不会被静默忽略：与已知名称相近时给出建议。配置 `unknown-element: [warning, { allow: [自定义字段] }]` 可允许额外的键。',
        en: 'Element names follow GB/T 39046, with common synonyms accepted (咨询方式 is 咨询电话; see docs/guide-format.md). Unknown keys are never silently ignored; a near miss gets a suggestion. Configure `unknown-element: [warning, { allow: [custom key] }]` to allow extra keys.',
      },
      bad: '承诺办结时间: 5个工作日\n',
      good: '承诺办结时限: 5个工作日\n',
    },
    options: { type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { allow: [] as string[] },
  },
  check(guide, ctx) {
    const allow = new Set(ctx.options.allow);
    for (const u of guide.unknownKeys) {
      if (allow.has(u.key)) continue;
      const suggestion = closest(u.key, namesOf(u.scope));
      const data = { key: u.key, suggestion: suggestion ?? '' };
      ctx.report({ path: u.path, written: true, at: 'key', messageId: suggestion ? 'didYouMean' : 'unknown', data, ...(suggestion ? { suggestion } : {}) });
    }
    for (const d of guide.duplicates) ctx.report({ path: d.path, written: true, at: 'key', messageId: 'duplicate', data: { key: d.key, first: d.first } });
  },
});
