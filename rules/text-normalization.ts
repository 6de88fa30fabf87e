import {
  defineRule,
  type ElementEntry,
  entryPath,
  fixTo,
  type RuleContext,
  type TextKind,
  textKindOf,
  textNormalization,
  walkElements,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'text-normalization',
    item: null,
    severity: 'info',
    source: 'format',
    fixable: true,
    description: '文本要素首尾没有空白；时间、电话、时限、编码中没有全角数字和数字间的全角冒号、横线（--fix 自动改正）',
    messages: {
      whitespace: '“{element}”首尾有多余的空白，应为“{fixed}”',
      fullWidth: '“{element}”含全角数字或数字间的全角符号，应写作“{fixed}”',
      separator: '“{element}”中数字之间用了全角冒号或长横线，应写作“{fixed}”',
    },
  },
  check(guide, ctx) {
    // No closure inside the visitor: one over `e` would allocate a context for every element.
    walkElements(guide, (e) => {
      const kind = textKindOf(e.def);
      const value = e.value;
      if (kind === null) return;
      if (!Array.isArray(value)) checkText(ctx, e, kind, value);
      else if (e.def.type === 'places') for (let i = 0; i < value.length; i++) checkText(ctx, e, kind, value[i], i);
    });
  },
});

/** Reports a text of element `e` (entry `at` of its list) that trimming or half-width digits change. */
function checkText(ctx: RuleContext, e: ElementEntry, kind: TextKind, value: unknown, at?: number): void {
  const n = typeof value === 'string' ? textNormalization(value, kind === 'digits') : undefined;
  if (!n) return;
  const { fixed, problem } = n;
  ctx.report({ path: entryPath(e, at), messageId: problem, data: { element: e.def.key, fixed }, ...fixTo(fixed) });
}
