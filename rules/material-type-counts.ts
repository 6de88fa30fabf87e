import { defineRule, kindCounts, materialName, materialsOf, materialType, typeOfKinds } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'material-type-counts',
    item: 20,
    severity: 'error',
    source: 'checklist',
    description: '材料类型（原件、复印件、原件和复印件）与原件份数、复印件份数一致',
    messages: {
      typeCounts: '申请材料“{name}”的材料类型为“{type}”，但{counts}，两者不一致；应写“{expected}”，或改正份数',
    },
  },
  check(guide, ctx) {
    const zh = ctx.lang === 'zh';
    for (const m of materialsOf(guide)) {
      const written = m.data['材料类型'];
      // A variant spelling ("原件及复印件") still says what it means; enum-values reports the spelling.
      const type = written === undefined ? undefined : materialType(m.data);
      if (!type) continue;
      const { original, copy } = kindCounts(m.data);
      if (original === undefined && copy === undefined) continue;
      // A kind the counts do not state is taken from the type.
      const hasOriginal = original !== undefined ? original > 0 : type !== '复印件';
      const hasCopy = copy !== undefined ? copy > 0 : type !== '原件';
      // Neither: no copies at all, material-copies' finding.
      const expected = typeOfKinds(hasOriginal, hasCopy);
      if (!expected || expected === type) continue;
      const counts = [
        original !== undefined ? (zh ? `原件份数为${original}` : `${original} original(s)`) : '',
        copy !== undefined ? (zh ? `复印件份数为${copy}` : `${copy} photocopy(ies)`) : '',
      ]
        .filter(Boolean)
        .join(zh ? '、' : ' and ');
      ctx.report({
        path: [...m.path, '材料类型'],
        messageId: 'typeCounts',
        data: { name: materialName(m), type: String(written), counts, expected },
        suggestion: expected,
      });
    }
  },
});
