import { closest, defineRule, namesOf } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'unknown-element',
    item: null,
    severity: 'warning',
    source: 'format',
    description: '不认识的要素名称（多半是笔误）和重复填写的要素',
    messages: {
      unknown: '未知要素“{key}”',
      didYouMean: '未知要素“{key}”，是否应为“{suggestion}”？',
      duplicate: '要素“{key}”与“{first}”是同一要素，重复填写',
    },
    options: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] as string[] },
  },
  check(guide, ctx) {
    const allow = new Set(ctx.options.allow);
    const key = { written: true, at: 'key' } as const;
    for (const u of guide.unknownKeys) {
      if (allow.has(u.key)) continue;
      const suggestion = closest(u.key, namesOf(u.scope));
      const data = { key: u.key, suggestion: suggestion ?? '' };
      if (suggestion) ctx.report({ path: u.path, ...key, messageId: 'didYouMean', data, suggestion });
      else ctx.report({ path: u.path, ...key, messageId: 'unknown', data });
    }
    for (const d of guide.duplicates) {
      ctx.report({ path: d.path, ...key, messageId: 'duplicate', data: { key: d.key, first: d.first } });
    }
  },
});
