// An example guide-lint plugin, in TypeScript: an ES module exporting `rules`, each made with the
// rule kit's defineRule (the same kit the built-in rules use). Build it with `tsc` (tsconfig.json
// here) and name the built file, or the package, under `plugins:` in guide-lint.config.yaml.

import { defineRule, isPlaceholder, parsePhones, type PhoneNumber } from 'guide-lint';

/** "12345", or the hotline with an area code ("0471-12345"). */
function isHotline(n: PhoneNumber, hotline: string): boolean {
  const digits = n.raw.normalize('NFKC').replace(/\D/g, '');
  const area = digits.length - hotline.length;
  return digits === hotline || (digits.startsWith('0') && digits.endsWith(hotline) && area >= 3 && area <= 4);
}

export const supervisionHotline = defineRule({
  meta: {
    // Prefix plugin rule ids with the plugin's name: they share one namespace with the built-in rules.
    id: 'example/supervision-hotline',
    item: 16,
    severity: 'warning',
    source: 'practice',
    description: {
      zh: '监督电话中列出政务服务便民热线（默认 12345）',
      en: 'the supervision phone lists the government service hotline (12345 by default)',
    },
    messages: {
      missing: {
        zh: '监督电话“{value}”中没有政务服务便民热线 {hotlines}，应写明如“12345”（可与部门监督电话并列：“0471-6945679、12345”）',
        en: 'the supervision phone "{value}" does not list the government service hotline {hotlines}; write e.g. "12345" (next to a department number if you like: "0471-6945679、12345")',
      },
    },
    docs: {
      details: {
        zh: '示例插件规则：许多地区要求监督投诉渠道包含 12345 政务服务便民热线。带区号的热线（如“0471-12345”）也算。选项 hotlines 列出可接受的热线号码。没有监督电话时不报告（由 guide-schema 负责）。',
        en: "An example plugin rule: many regions require the complaints channel to include the 12345 government service hotline. An area-coded hotline (\"0471-12345\") counts. Option hotlines lists the accepted numbers. A guide without 监督电话 is not reported (guide-schema's job).",
      },
      bad: '监督电话: 0471-6945679\n',
      good: '监督电话: 0471-6945679、12345\n',
    },
    options: {
      type: 'object',
      properties: { hotlines: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^\\d{3,8}$' } } },
      additionalProperties: false,
    },
    defaultOptions: { hotlines: ['12345'] },
  },
  check(guide, ctx) {
    const value = guide.data['监督电话'];
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value);
    if (text.trim() === '' || isPlaceholder(text)) return; // absent or not filled: guide-schema
    const { hotlines } = ctx.options;
    const listed = parsePhones(value).numbers.some((n) => hotlines.some((h) => isHotline(n, h)));
    if (!listed) {
      const data = { value: text, hotlines: hotlines.join(ctx.lang === 'zh' ? '、' : ', ') };
      ctx.report({ path: ['监督电话'], messageId: 'missing', data });
    }
  },
});

export const rules = [supervisionHotline];

export default { rules };
