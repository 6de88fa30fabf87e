import {
  type CopyCount,
  defineRule,
  isCount,
  materialsOf,
  parseCount,
  type RecordAt,
  type RuleContext,
  textOf,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'material-copies',
    item: 19,
    severity: 'error',
    source: 'checklist',
    description: '每份申请材料注明份数（正整数），或分别注明原件份数、复印件份数',
    messages: {
      missing: '申请材料“{name}”未注明份数，应写明如“份数: 1”，或分别写“原件份数: 1”“复印件份数: 1”',
      blank: '申请材料“{name}”的“{element}”为空，应写明份数，如 1 或“2份”',
      invalid: '申请材料“{name}”的“{element}”为“{value}”，未写明具体份数；应写正整数，如 1 或“2份”',
      notPositive:
        '申请材料“{name}”的“{element}”为“{value}”，不是正整数；需要提交的材料至少1份，应写如 1 或“2份”（无需提交的材料应从清单中删除）',
      notCount: '申请材料“{name}”的“{element}”为“{value}”，不是非负整数；应写如 0、1 或“2份”',
      noCopies: '申请材料“{name}”的原件份数和复印件份数都为0，应至少一项为正整数，如“原件份数: 1”',
    },
  },
  check(guide, ctx) {
    for (const m of materialsOf(guide)) {
      const name = textOf(m.data['材料名称']) || `#${m.index + 1}`;
      const hasCopies = '份数' in m.data;
      const hasOriginal = '原件份数' in m.data;
      const hasCopy = '复印件份数' in m.data;
      if (!hasCopies && !hasOriginal && !hasCopy) {
        ctx.report({ path: m.path, messageId: 'missing', data: { name } });
        continue;
      }
      if (hasCopies) checkValue(ctx, m, name, '份数', 1);
      const original = hasOriginal ? checkValue(ctx, m, name, '原件份数', 0) : undefined;
      const copy = hasCopy ? checkValue(ctx, m, name, '复印件份数', 0) : undefined;
      // Without 份数 the kind counts are the count: they must not all be 0.
      if (!hasCopies && (!hasOriginal || original?.total === 0) && (!hasCopy || copy?.total === 0)) {
        ctx.report({
          path: [...m.path, hasOriginal ? '原件份数' : '复印件份数'],
          messageId: 'noCopies',
          data: { name },
        });
      }
    }
  },
});

/**
 * Checks one count element of material `m` (`min`: 1 for 份数, 0 for the kind counts) and returns
 * what it says when it is a valid count. A value that is not a string or a number (null, a list …)
 * is a type error for guide-schema. Paths and messages are made only when reporting.
 */
function checkValue(ctx: RuleContext, m: RecordAt, name: string, element: string, min: number): CopyCount | undefined {
  const v = m.data[element];
  if (typeof v === 'number' && !Number.isInteger(v)) return undefined;
  if (typeof v === 'string' && v.trim() === '') {
    ctx.report({ path: [...m.path, element], messageId: 'blank', data: { name, element } });
    return undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const c = parseCount(v, min > 0);
  if (!c) {
    ctx.report({ path: [...m.path, element], messageId: 'invalid', data: { name, element, value: String(v) } });
    return undefined;
  }
  if (!Number.isInteger(c.total) || c.total < min || !isCount(c.original ?? 0, 0) || !isCount(c.copy ?? 0, 0)) {
    ctx.report({
      path: [...m.path, element],
      messageId: min > 0 ? 'notPositive' : 'notCount',
      data: { name, element, value: String(v) },
    });
    return undefined;
  }
  return c;
}
