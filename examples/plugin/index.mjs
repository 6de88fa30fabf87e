// An example guide-lint plugin: an ES module exporting `rules`, each shaped like a built-in rule
// (src/engine/rule.ts): plain metadata plus one small check function. No build step, no imports
// from guide-lint: the engine hands the rule the normalised guide and a context.

const DEFAULT_HOTLINES = ['12345'];

/** The digits of each number written in a phone field ("0471-12345、12345" → ["047112345", "12345"]). */
function numbersIn(value) {
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  return String(value)
    .normalize('NFKC')
    .split(/[、,，;；/\s]+|或/)
    .map((s) => s.replace(/\D/g, ''))
    .filter(Boolean);
}

/** @type {{ meta: Record<string, unknown>, check: (guide: any, ctx: any) => void }} */
export const supervisionHotline = {
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
        en: 'An example plugin rule: many regions require the complaints channel to include the 12345 government service hotline. An area-coded hotline ("0471-12345") counts. Option hotlines lists the accepted numbers. A guide without 监督电话 is not reported (guide-schema\'s job).',
      },
      bad: '监督电话: 0471-6945679\n',
      good: '监督电话: 0471-6945679、12345\n',
    },
    options: {
      type: 'object',
      properties: { hotlines: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^\\d{3,8}$' } } },
      additionalProperties: false,
    },
    defaultOptions: { hotlines: DEFAULT_HOTLINES },
  },
  check(guide, ctx) {
    const value = guide.data['监督电话'];
    const numbers = numbersIn(value);
    if (numbers.length === 0) return;
    const hotlines = ctx.options.hotlines ?? DEFAULT_HOTLINES;
    // "12345", or the hotline with an area code ("0471-12345" → 047112345).
    const isHotline = (n, h) => n === h || (n.startsWith('0') && n.endsWith(h) && n.length - h.length >= 3 && n.length - h.length <= 4);
    const listed = numbers.some((n) => hotlines.some((h) => isHotline(n, h)));
    if (!listed) {
      ctx.report({ path: ['监督电话'], messageId: 'missing', data: { value: String(value), hotlines: hotlines.join(ctx.lang === 'zh' ? '、' : ', ') } });
    }
  },
};

export const rules = [supervisionHotline];

export default { rules };
