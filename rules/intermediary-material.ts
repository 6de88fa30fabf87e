import {
  defineRule,
  enumOf,
  INTERMEDIARY_WORDS,
  intermediaryWord,
  materialsOf,
  needsForms,
  declaresNoIntermediary,
  NOT_INTERMEDIARY,
  optionsSchema,
  VALUE_SETS,
  WORDS_OPTION,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'intermediary-material',
    item: 17,
    severity: 'warning',
    source: 'practice',
    description: '申请材料看似中介服务成果（检测报告、评估报告、鉴定、审计报告、测绘成果等）时，中介服务不应写“否”',
    messages: {
      undeclared:
        '申请材料“{name}”（含“{word}”）通常由中介机构出具，可能需要声明中介服务；如是，在中介服务中列出名称和设定依据',
    },
    options: optionsSchema({ words: WORDS_OPTION, ignore: WORDS_OPTION }),
    defaultOptions: { words: INTERMEDIARY_WORDS, ignore: NOT_INTERMEDIARY },
  },
  check(guide, ctx) {
    if (!declaresNoIntermediary(guide.data['中介服务'])) return;
    const { words, ignore } = ctx.options;
    for (const m of materialsOf(guide)) {
      const name = m.data['材料名称'];
      if (typeof name !== 'string' || ignore.some((w) => name.includes(w))) continue;
      if (enumOf(VALUE_SETS.来源渠道, m.data['来源渠道'])?.label === '政府部门核发') continue;
      // A form the applicant fills in (…环境影响报告书审批申请书) is not an intermediary's product.
      if (needsForms(m)) continue;
      const word = intermediaryWord(name, words);
      if (word)
        ctx.report({ path: [...m.path, '材料名称'], messageId: 'undeclared', data: { name: name.trim(), word } });
    }
  },
});
