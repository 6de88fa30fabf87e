import { defineRule, kindCounts, materialsOf, resolveValue, textOf, VALUE_SETS, variantOf } from '../src/kit/index.js';

const TYPES = VALUE_SETS.材料类型;

export default defineRule({
  meta: {
    id: 'material-type-counts',
    item: 20,
    severity: 'error',
    source: 'checklist',
    description: {
      zh: '材料类型（原件、复印件、原件和复印件）与原件份数、复印件份数一致',
      en: 'a material\'s type (原件, 复印件, 原件和复印件) agrees with its numbers of originals and photocopies',
    },
    messages: {
      typeCounts: {
        zh: '申请材料“{name}”的材料类型为“{type}”，但{counts}，两者不一致；应写“{expected}”，或改正份数',
        en: 'material "{name}": 材料类型 is "{type}" but it has {counts}; write "{expected}", or correct the counts',
      },
    },
    docs: {
      details: {
        zh: '清单第 20 项要求每份材料注明类型【原件、复印件、原件和复印件】和形式【纸质、电子、纸质和电子】。取值是否在值集中由 enum-values 检查（含“原件及复印件”等变体的建议写法），本规则检查含义：standards.md（Materials）指出，存储原件份数、复印件份数的平台由哪一项不为0推出材料类型，因此材料类型与这两项矛盾时报告，例如材料类型为“原件”而复印件份数为2，或为“原件和复印件”而原件份数为0；份数写作“原件1份，复印件1份”时同样比对，只写了一项份数时另一项按材料类型理解。变体写法按其含义比对。缺少材料类型而份数可推出类型时，本规则不报告；原件份数和复印件份数都为0由 material-copies 报告；全程网办（Ⅳ级）事项要求纸质原件由 depth-visits 报告。',
        en: 'Checklist item 20 asks every material to state its type 【原件、复印件、原件和复印件】 and form 【纸质、电子、纸质和电子】. Membership of the value sets is enum-values\' job (with the standard spelling of variants such as "原件及复印件"); this rule checks meaning. standards.md (Materials): platforms that store 原件份数 and 复印件份数 imply the type from which counts are non-zero, so a type that contradicts them is reported — 材料类型 原件 with 复印件份数 2, or 原件和复印件 with 原件份数 0; a 份数 written "原件1份，复印件1份" is compared the same way, and a kind without a count is read from the type. Variant spellings are compared by meaning. A missing 材料类型 that the counts imply gets nothing from this rule; zero originals and zero photocopies are material-copies\' finding; a paper original in a fully online (Ⅳ) item is depth-visits\'.',
      },
      bad: '申请材料:\n  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    原件份数: 0\n    复印件份数: 1\n    材料类型: 原件和复印件\n    材料形式: 纸质\n',
      good: '申请材料:\n  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理局\n    原件份数: 0\n    复印件份数: 1\n    材料类型: 复印件\n    材料形式: 纸质\n',
    },
  },
  check(guide, ctx) {
    const zh = ctx.lang === 'zh';
    for (const m of materialsOf(guide)) {
      const written = m.data['材料类型'];
      // A variant spelling ("原件及复印件") still says what it means; enum-values reports the spelling.
      const type = resolveValue(TYPES, written) ?? variantOf(TYPES, written);
      if (!type) continue;
      const { original, copy } = kindCounts(m.data);
      if (original === undefined && copy === undefined) continue;
      // A kind the counts do not state is taken from the type.
      const hasOriginal = original !== undefined ? original > 0 : type.label !== '复印件';
      const hasCopy = copy !== undefined ? copy > 0 : type.label !== '原件';
      // Neither: no copies at all, material-copies' finding.
      const expected = hasOriginal && hasCopy ? '原件和复印件' : hasOriginal ? '原件' : hasCopy ? '复印件' : undefined;
      if (!expected || expected === type.label) continue;
      const counts = [
        original !== undefined ? (zh ? `原件份数为${original}` : `${original} original(s)`) : '',
        copy !== undefined ? (zh ? `复印件份数为${copy}` : `${copy} photocopy(ies)`) : '',
      ]
        .filter(Boolean)
        .join(zh ? '、' : ' and ');
      const name = textOf(m.data['材料名称']) || `#${m.index + 1}`;
      ctx.report({ path: [...m.path, '材料类型'], messageId: 'typeCounts', data: { name, type: String(written), counts, expected }, suggestion: expected });
    }
  },
});
