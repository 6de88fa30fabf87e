import { defineRule, enumOf, isRecord, textOf, VALUE_SETS } from '../src/kit/index.js';

interface SuffixType {
  suffix: string;
  type: string;
}

const DEFAULT_SUFFIXES: SuffixType[] = [
  { suffix: '证', type: '出证办结' },
  { suffix: '证书', type: '出证办结' },
  { suffix: '执照', type: '出证办结' },
  { suffix: '文', type: '出文办结' },
  { suffix: '批复', type: '审批办结' },
];

/** The result names in 名称: "许可证（正本、副本）" → ["许可证"]; "A、B" / "A或B" → ["A", "B"]. */
function resultNames(name: string): string[] {
  const bare = name.normalize('NFKC').replace(/\([^()]*\)|（[^（）]*）|【[^【】]*】|《|》/g, '');
  return bare
    .split(/[、,，;；/]|或者|或/)
    .map((s) => s.replace(/[\s。.．:：]+$/u, '').trim())
    .filter(Boolean);
}

/** The longest configured suffix a name ends with. */
function suffixOf(name: string, table: SuffixType[]): SuffixType | undefined {
  let best: SuffixType | undefined;
  for (const t of table) if (name.endsWith(t.suffix) && (!best || t.suffix.length > best.suffix.length)) best = t;
  return best;
}

export default defineRule({
  meta: {
    id: 'result-type',
    item: null,
    severity: 'info',
    strictSeverity: 'warning',
    source: 'practice',
    description:
      '审批结果类型与结果名称相符：以“证”结尾为出证办结，以“文”结尾为出文办结，以“批复”结尾为审批办结（推断）',
    messages: {
      mismatch:
        '审批结果“{name}”以“{suffix}”结尾，类型通常应为“{expected}”，而不是“{type}”；请核实后改为“{expected}”，或修正结果名称',
    },
    options: {
      type: 'object',
      properties: {
        suffixes: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              suffix: { type: 'string', minLength: 1 },
              type: { type: 'string', enum: VALUE_SETS.审批结果类型.values.map((v) => v.label) },
            },
            required: ['suffix', 'type'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { suffixes: DEFAULT_SUFFIXES },
  },
  check(guide, ctx) {
    const result = guide.data['审批结果'];
    if (!isRecord(result)) return;
    const name = textOf(result['名称']);
    const type = enumOf(VALUE_SETS.审批结果类型, result['类型'])?.label;
    if (!name || !type) return;
    const table = ctx.options.suffixes;
    const hits = resultNames(name).map((n) => suffixOf(n, table));
    const first = hits[0];
    if (!first || hits.some((h) => h?.type !== first.type)) return;
    if (first.type === type) return;
    ctx.report({
      path: ['审批结果', '类型'],
      messageId: 'mismatch',
      data: { name, suffix: first.suffix, expected: first.type, type: String(result['类型']) },
      suggestion: first.type,
    });
  },
});
