import {
  defineRule,
  type ElementEntry,
  elementPath,
  isPlaceholder,
  resolveValue,
  type RuleContext,
  textList,
  type ValueSet,
  variantOf,
  walkElements,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'enum-values',
    item: null,
    severity: 'error',
    source: 'standard',
    messageSeverity: { variant: 'info' },
    fixable: true,
    description: {
      zh: '枚举型要素（事项类型、办件类型、办理深度、材料类型、材料形式等）取值在标准值集中（名称或代码）',
      en: 'enumerated elements (事项类型, 办件类型, 办理深度, 材料类型, 材料形式 …) take a value of their standard value set (label or code)',
    },
    messages: {
      invalid: { zh: '“{element}”的值“{value}”不在值集中，应为：{allowed}', en: '"{element}" value "{value}" is not in its value set; use one of: {allowed}' },
      variant: { zh: '“{element}”写作“{value}”，与标准值“{label}”同义；通常写作“{label}”', en: '"{element}" is written "{value}", a synonym of the standard value "{label}"; usually written "{label}"' },
      depthCodes: { zh: '“办理深度”“{value}”像是全国“网上办理深度”代码（1 互联网咨询…7 电子证照反馈），不是清单的级别；应为：{allowed}', en: '办理深度 "{value}" looks like the national multi-valued 网上办理深度 codes (1 互联网咨询 … 7 电子证照反馈), not a checklist level; use one of: {allowed}' },
      placeholder: { zh: '“{element}”为“{value}”，等于未填写；应为：{allowed}', en: '"{element}" is "{value}", which fills nothing; use one of: {allowed}' },
    },
    docs: {
      details: {
        zh: '值集来自 GB/T 39046 附录 A 和清单原文（src/model/values.ts，写法变体见 docs/guide-format.md“值集的写法变体”）。标准代码（如事项类型 "01"）与名称等价。同一取值的其他写法——全国实施清单与数据交换中的名称（“网上办理”“承诺办件”）、括号变体（“镇（街道）级”之于“镇（乡、街道）级”）、带括号备注的取值、常见变体（“原件及复印件”“电子化”）——视为该值，只给出提示（info）并注明标准写法，--fix 可改正。不在值集中的取值为错误；必填要素写“无”“/”等占位时报告为未填写（占位见 src/model/placeholder.ts），选填要素的占位视同未写。每条结果携带该要素对应的清单项号（材料类型、材料形式为第 20 项，办理深度为第 4 项等）。',
        en: 'Value sets come from GB/T 39046 appendix A and the checklist text (src/model/values.ts; the variants are listed in docs/guide-format.md, "Variant spellings of values"). Standard codes (事项类型 "01") equal their labels. Other spellings of the same value — labels of the national 实施清单 and of exchange practice ("网上办理", "承诺办件"), bracket variants ("镇（街道）级" for "镇（乡、街道）级"), a value with a remark in brackets, common variants ("原件及复印件", "电子化") — are that value: at most an info naming the standard label, which --fix applies. A value outside the set is an error; a placeholder ("无", "/" …, src/model/placeholder.ts) in a required element is reported as not filled, in an optional one it counts as not written. Each finding carries the element\'s checklist item (材料类型 and 材料形式: 20, 办理深度: 4 …).',
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
        else if (typeof value === 'string') for (const x of textList(value)) checkOne(ctx, e, vs, x, undefined, value);
      }
    });
  },
});

/** One value of element `e`; `at`: its index when the element is a list written as one; `text`: the whole text a listed value was cut from. */
function checkOne(ctx: RuleContext, e: ElementEntry, vs: ValueSet, value: unknown, at?: number, text?: string): void {
  if (value === null || value === undefined || value === '') return;
  if (resolveValue(vs, value)) return;
  const element = e.def.key;
  const item = e.def.item;
  const path = at === undefined ? elementPath(e) : [...elementPath(e), at];
  const v = variantOf(vs, value);
  if (v) {
    // In a list written as one text the fix rewrites that value only ("窗口办理、网上办理" → "窗口办理、电脑端网上办理").
    const fixed = text === undefined ? v.label : text.replace(String(value), v.label);
    ctx.report({ path, messageId: 'variant', data: { element, value: String(value), label: v.label }, item, suggestion: fixed, fix: fixed });
    return;
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
  const allowed = vs.values.map((x) => x.label).join(ctx.lang === 'zh' ? '、' : ', ');
  if (typeof value === 'string' && isPlaceholder(value)) {
    if (e.def.required) ctx.report({ path, messageId: 'placeholder', data: { element, value, allowed }, item });
    return;
  }
  // "1,2,3": the national multi-valued 网上办理深度 codes (1 互联网咨询 … 7 电子证照反馈), not a Ⅰ–Ⅳ level.
  const depthCodes = vs.id === '办理深度' && typeof value === 'string' && /^\s*\d(?:\s*[,，、]\s*\d)+\s*$/.test(value);
  ctx.report({ path, messageId: depthCodes ? 'depthCodes' : 'invalid', data: { element, value: String(value), allowed }, item });
}
