import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { elementPath, walkElements, type ElementEntry } from '../src/model/walk.js';
import { resolveValue, variantOf, type ValueSet } from '../src/model/values.js';
import { textList } from '../src/model/guide.js';

export default defineRule({
  meta: {
    id: 'enum-values',
    item: null,
    severity: 'error',
    source: 'standard',
    fixable: true,
    description: {
      zh: '枚举型要素（事项类型、办件类型、办理深度、材料类型、材料形式等）取值在标准值集中（名称或代码）',
      en: 'enumerated elements (事项类型, 办件类型, 办理深度, 材料类型, 材料形式 …) take a value of their standard value set (label or code)',
    },
    messages: {
      invalid: { zh: '“{element}”的值“{value}”不在允许的取值中（{allowed}）', en: '"{element}" value "{value}" is not one of the allowed values ({allowed})' },
      variant: { zh: '“{element}”的值“{value}”应写作标准值“{label}”', en: '"{element}" value "{value}" should be written as the standard value "{label}"' },
    },
    docs: {
      details: {
        zh: '值集来自 GB/T 39046 附录 A 和清单原文（src/model/values.ts）。标准代码（如事项类型 "01"）与名称等价。常见变体（如“原件及复印件”“电子化”）给出标准写法，--fix 可自动改正。每条结果携带该要素对应的清单项号（材料类型、材料形式为第 20 项，办理深度为第 4 项等）。',
        en: 'Value sets come from GB/T 39046 appendix A and the checklist text (src/model/values.ts). Standard codes (事项类型 "01") equal their labels. Known variants ("原件及复印件", "电子化") get the standard spelling, which --fix applies. Each finding carries the element\'s checklist item (材料类型 and 材料形式: 20, 办理深度: 4 …).',
      },
      bad: '申请材料:\n  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    份数: 1\n    材料类型: 原件及复印件\n    材料形式: 纸质\n',
      good: '申请材料:\n  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    份数: 1\n    材料类型: 原件和复印件\n    材料形式: 纸质\n',
    },
  },
  check(guide, ctx) {
    // No closure inside the visitor: one over `e` would allocate a context for every element.
    walkElements(guide, (e) => {
      const vs = e.def.values;
      if (!vs) return;
      const value = e.value;
      if (e.def.type === 'enum') checkOne(ctx, e, vs, value);
      else if (e.def.type === 'enumList') {
        if (Array.isArray(value)) for (let i = 0; i < value.length; i++) checkOne(ctx, e, vs, value[i], i);
        else for (const x of textList(value)) checkOne(ctx, e, vs, x);
      }
    });
  },
});

/** One value of element `e`; `at`: its index when the element is a list written as one. */
function checkOne(ctx: RuleContext, e: ElementEntry, vs: ValueSet, value: unknown, at?: number): void {
  if (value === null || value === undefined || value === '') return;
  if (resolveValue(vs, value)) return;
  const element = e.def.key;
  const item = e.def.item;
  const path = at === undefined ? elementPath(e) : [...elementPath(e), at];
  const v = variantOf(vs, value);
  if (v) {
    ctx.report({ path, messageId: 'variant', data: { element, value: String(value), label: v.label }, item, suggestion: v.label, fix: v.label });
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const allowed = vs.values.map((x) => x.label).join(ctx.lang === 'zh' ? '、' : ', ');
    ctx.report({ path, messageId: 'invalid', data: { element, value: String(value), allowed }, item });
  }
}
