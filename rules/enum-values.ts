import {
  defineRule,
  type ElementEntry,
  entryPath,
  enumProblem,
  fixTo,
  joinList,
  type RuleContext,
  textList,
  type ValueSet,
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
    description: '枚举型要素（事项类型、办件类型、办理深度、材料类型、材料形式等）取值在标准值集中（名称或代码）',
    messages: {
      invalid: '“{element}”的值“{value}”不在值集中，应为：{allowed}',
      variant: '“{element}”写作“{value}”，与标准值“{label}”同义；通常写作“{label}”',
      depthCodes:
        '“办理深度”“{value}”像是全国“网上办理深度”代码（1 互联网咨询…7 电子证照反馈），不是清单的级别；应为：{allowed}',
      placeholder: '“{element}”为“{value}”，等于未填写；应为：{allowed}',
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
function checkOne(ctx: RuleContext, e: ElementEntry, vs: ValueSet, raw: unknown, at?: number, text?: string): void {
  const p = enumProblem(vs, raw);
  if (!p) return;
  const { key: element, item } = e.def;
  const { value } = p;
  const path = entryPath(e, at);
  if (p.kind === 'variant') {
    // In a list written as one text the fix rewrites that value only ("窗口办理、网上办理" → "窗口办理、电脑端网上办理").
    const fixed = text === undefined ? p.label : text.replace(value, p.label);
    ctx.report({ path, messageId: 'variant', data: { element, value, label: p.label }, item, ...fixTo(fixed) });
  } else if (p.kind !== 'placeholder' || e.def.required) {
    const labels = vs.values.map((x) => x.label);
    ctx.report({ path, messageId: p.kind, data: { element, value, allowed: joinList(ctx.lang, labels) }, item });
  }
}
