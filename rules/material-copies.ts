import { defineRule, materialName, materialsOf, readCount } from '../src/kit/index.js';

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
      const name = materialName(m);
      // 份数 first: without it, the first stated is a kind count.
      const stated = ['份数', '原件份数', '复印件份数'].filter((element) => element in m.data);
      const first = stated[0];
      if (first === undefined) {
        ctx.report({ path: m.path, messageId: 'missing', data: { name } });
        continue;
      }
      const totals = stated.map((element) => {
        const v = m.data[element];
        const count = readCount(v, element === '份数' ? 1 : 0);
        if (count && 'problem' in count) {
          const data = { name, element, value: String(v) };
          ctx.report({ path: [...m.path, element], messageId: count.problem, data });
        }
        return count && 'total' in count ? count.total : undefined;
      });
      // Without 份数 the kind counts are the count: they must not all be 0.
      if (first !== '份数' && totals.every((t) => t === 0))
        ctx.report({ path: [...m.path, first], messageId: 'noCopies', data: { name } });
    }
  },
});
