import {
  closest,
  defineRule,
  distinctSituations,
  type ElementPath,
  isPresent,
  joinList,
  materialName,
  materialsOf,
  situationKey,
  textEntries,
  unusedSituations,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'situation-materials',
    item: 11,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { unused: 'warning', duplicate: 'info' },
    description: '申请材料的适用情形都是已声明的情形，每个情形至少有一项适用的材料',
    messages: {
      undeclared:
        '申请材料“{material}”的适用情形“{value}”不在已声明的情形（{declared}）中；应改为其中之一，或在“情形”中增加“{value}”',
      undeclaredDidYouMean:
        '申请材料“{material}”的适用情形“{value}”不在已声明的情形（{declared}）中，是否应为“{suggestion}”？',
      noSituations: '申请材料写了适用情形（{values}），但指南未声明“情形”；应增加“情形: [{values}]”',
      unused: '情形“{value}”没有任何适用的申请材料，可能漏标；应在相应材料的适用情形中列出“{value}”，或删除该情形',
      duplicate: '情形“{value}”重复声明，应删除重复项',
    },
  },
  check(guide, ctx) {
    const declared = textEntries(guide.data['情形'], ['情形']);
    const { known, repeats } = distinctSituations(declared);
    for (const d of repeats) ctx.report({ path: d.path, messageId: 'duplicate', data: { value: d.text } });
    const names = [...known.values()];
    const used = new Set<string>();
    let appliesToAll = false;
    const orphan: { path: ElementPath; values: string[] } = { path: [], values: [] };
    const materials = materialsOf(guide);
    for (const m of materials) {
      const path = [...m.path, '适用情形'];
      const list = isPresent(m.data['适用情形']) ? textEntries(m.data['适用情形'], path) : [];
      if (list.length === 0) appliesToAll = true;
      else if (known.size === 0) {
        if (orphan.values.length === 0) orphan.path = path;
        for (const x of list) if (!orphan.values.includes(x.text)) orphan.values.push(x.text);
      } else {
        const material = materialName(m);
        for (const x of list) {
          const k = situationKey(x.text);
          if (known.has(k)) {
            used.add(k);
            continue;
          }
          const suggestion = closest(x.text, names);
          const data = { material, value: x.text, declared: joinList(ctx.lang, names) };
          if (suggestion)
            ctx.report({ path: x.path, messageId: 'undeclaredDidYouMean', data: { ...data, suggestion }, suggestion });
          else ctx.report({ path: x.path, messageId: 'undeclared', data });
        }
      }
    }
    if (orphan.values.length)
      ctx.report({ path: orphan.path, messageId: 'noSituations', data: { values: orphan.values.join(', ') } });
    if (appliesToAll || materials.length === 0) return;
    for (const d of unusedSituations(declared, used))
      ctx.report({ path: d.path, messageId: 'unused', data: { value: d.text } });
  },
});
