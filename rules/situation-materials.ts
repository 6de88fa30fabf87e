import {
  closest,
  compact,
  defineRule,
  type ElementPath,
  isPresent,
  materialsOf,
  textList,
  textOf,
} from '../src/kit/index.js';


interface Named {
  text: string;
  path: ElementPath;
}

/** The entries of a textList element with their paths (a list: one path per entry; a text: the element's path). */
function entries(v: unknown, path: ElementPath): Named[] {
  if (Array.isArray(v)) {
    const out: Named[] = [];
    v.forEach((x, i) => {
      const t = textOf(x);
      if (t) out.push({ text: t, path: [...path, i] });
    });
    return out;
  }
  return textList(v).map((text) => ({ text, path }));
}

export default defineRule({
  meta: {
    id: 'situation-materials',
    item: 11,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { unused: 'warning', duplicate: 'info' },
    description: {
      zh: '申请材料的适用情形都是已声明的情形，每个情形至少有一项适用的材料',
      en: 'every material\'s 适用情形 names a declared 情形, and every 情形 has at least one material',
    },
    messages: {
      undeclared: {
        zh: '申请材料“{material}”的适用情形“{value}”不在已声明的情形（{declared}）中；应改为其中之一，或在“情形”中增加“{value}”',
        en: 'material "{material}" names the situation "{value}", which is not among the declared 情形 ({declared}): use one of them or add "{value}" to 情形',
      },
      undeclaredDidYouMean: {
        zh: '申请材料“{material}”的适用情形“{value}”不在已声明的情形（{declared}）中，是否应为“{suggestion}”？',
        en: 'material "{material}" names the situation "{value}", which is not among the declared 情形 ({declared}): did you mean "{suggestion}"?',
      },
      noSituations: {
        zh: '申请材料写了适用情形（{values}），但指南未声明“情形”；应增加“情形: [{values}]”',
        en: 'materials give 适用情形 ({values}) but the guide declares no 情形: add "情形: [{values}]"',
      },
      unused: {
        zh: '情形“{value}”没有任何适用的申请材料，可能漏标；应在相应材料的适用情形中列出“{value}”，或删除该情形',
        en: 'situation "{value}" has no material, probably an omission: list "{value}" in the 适用情形 of its materials, or remove it',
      },
      duplicate: { zh: '情形“{value}”重复声明，应删除重复项', en: 'situation "{value}" is declared twice; remove the repetition' },
    },
    docs: {
      details: {
        zh: '清单第 11 项以“按提交情形分类展示申报材料”的指南占比衡量精细化梳理（目标 30%）。guide-format.md：情形为申请人情形分类，材料的“适用情形”须为已声明的情形。检查：适用情形中的每一项都在“情形”中（比较时忽略全角半角和空格；相近时给出建议）；写了适用情形却未声明“情形”（每个指南报告一次，在第一项这样的材料处）；已声明的情形没有任何适用的材料；情形重复声明。未写适用情形的材料视为适用于所有情形（通用材料），因此只有当每项材料都写了适用情形而都未列出某个情形时，该情形才算没有材料。未被任何材料使用的情形为警告（可能漏标），重复声明为提示。',
        en: 'Checklist item 11 measures guides that show materials by applicant situation (target 30%). guide-format.md: 情形 are the applicant situations, and a material\'s 适用情形 must be declared ones. Reported: an 适用情形 entry not among 情形 (compared ignoring width and spaces, with a suggestion when one is close); 适用情形 given while no 情形 is declared (once per guide, at the first such material); a declared situation no material applies to; a situation declared twice. A material without 适用情形 applies to every situation (a common material), so a situation lacks materials only when every material lists its situations and none lists it. A situation no material uses is a warning (probably an omission), a repeated one info.',
      },
      bad: '情形: [企业申请, 个体工商户申请]\n申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    适用情形: [企业申请, 个人申请]\n',
      good: '情形: [企业申请, 个体工商户申请]\n申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    适用情形: [企业申请, 个体工商户申请]\n',
    },
  },
  check(guide, ctx) {
    const declared = entries(guide.data['情形'], ['情形']);
    const known = new Map<string, string>();
    for (const d of declared) {
      const k = compact(d.text);
      if (known.has(k)) ctx.report({ path: d.path, messageId: 'duplicate', data: { value: d.text } });
      else known.set(k, d.text);
    }
    const names = [...known.values()];
    const sep = ctx.lang === 'zh' ? '、' : ', ';
    const used = new Set<string>();
    let appliesToAll = false;
    const orphan: { path: ElementPath; values: string[] } = { path: [], values: [] };
    const materials = materialsOf(guide);
    for (const m of materials) {
      if (!isPresent(m.data['适用情形'])) {
        appliesToAll = true;
        continue;
      }
      const path = [...m.path, '适用情形'];
      const list = entries(m.data['适用情形'], path);
      if (list.length === 0) {
        appliesToAll = true;
        continue;
      }
      if (known.size === 0) {
        if (orphan.values.length === 0) orphan.path = path;
        for (const x of list) if (!orphan.values.includes(x.text)) orphan.values.push(x.text);
        continue;
      }
      const material = textOf(m.data['材料名称']) || `#${m.index + 1}`;
      for (const x of list) {
        const k = compact(x.text);
        if (known.has(k)) {
          used.add(k);
          continue;
        }
        const suggestion = closest(x.text, names);
        const data = { material, value: x.text, declared: names.join(sep) };
        if (suggestion) ctx.report({ path: x.path, messageId: 'undeclaredDidYouMean', data: { ...data, suggestion }, suggestion });
        else ctx.report({ path: x.path, messageId: 'undeclared', data });
      }
    }
    if (orphan.values.length) ctx.report({ path: orphan.path, messageId: 'noSituations', data: { values: orphan.values.join(', ') } });
    if (appliesToAll || materials.length === 0) return;
    const seen = new Set<string>();
    for (const d of declared) {
      const k = compact(d.text);
      if (used.has(k) || seen.has(k)) continue;
      seen.add(k);
      ctx.report({ path: d.path, messageId: 'unused', data: { value: d.text } });
    }
  },
});
