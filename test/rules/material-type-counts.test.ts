import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/material-type-counts.js';

// One material; field k of `fields` is on line k + 5 ("申请材料:" is line 1), after `before` lines if any.
const material = (fields: string[], before = '') =>
  `${before}申请材料:\n  - ${['材料名称: 居民身份证', '来源渠道: 政府部门核发', '出具单位: 公安机关', ...fields].join('\n    ')}\n`;

ruleTester(rule, {
  valid: [
    material(['原件份数: 1', '复印件份数: 1', '材料类型: 原件和复印件', '材料形式: 纸质']),
    {
      name: 'photocopies only',
      yaml: material(['原件份数: 0', '复印件份数: 1', '材料类型: 复印件', '材料形式: 纸质']),
    },
    { name: 'a plain 份数 says nothing about kinds', yaml: material(['份数: 2', '材料类型: 原件', '材料形式: 纸质']) },
    {
      name: 'a missing type the counts imply: nothing here',
      yaml: material(['原件份数: 1', '复印件份数: 0', '材料形式: 纸质']),
    },
    {
      name: 'kinds written in 份数',
      yaml: material(['份数: 原件1份，复印件1份', '材料类型: 原件和复印件', '材料形式: 纸质']),
    },
    { name: 'only one kind counted', yaml: material(['原件份数: 2', '材料类型: 原件和复印件', '材料形式: 纸质']) },
    {
      name: "no copies at all is material-copies' finding",
      yaml: material(['原件份数: 0', '复印件份数: 0', '材料类型: 原件', '材料形式: 纸质']),
    },
    {
      name: "a paper original at level Ⅳ is depth-visits' finding",
      yaml: material(['原件份数: 1', '复印件份数: 0', '材料类型: 原件', '材料形式: 纸质'], '办理深度: Ⅳ级\n'),
    },
    {
      name: "a type outside the value set is enum-values' finding",
      yaml: material(['原件份数: 1', '复印件份数: 0', '材料类型: 正本', '材料形式: 纸质']),
    },
  ],
  invalid: [
    {
      name: '原件 with photocopies',
      yaml: material(['原件份数: 1', '复印件份数: 2', '材料类型: 原件', '材料形式: 纸质']),
      errors: [
        {
          messageId: 'typeCounts',
          line: 7,
          column: 11,
          item: 20,
          suggestion: '原件和复印件',
          path: ['申请材料', 0, '材料类型'],
          message: '复印件份数为2',
        },
      ],
    },
    {
      name: '原件和复印件 with no originals',
      yaml: material(['原件份数: 0', '复印件份数: 1', '材料类型: 原件和复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 7, column: 11, suggestion: '复印件' }],
    },
    {
      name: '复印件 with originals only',
      yaml: material(['原件份数: 1', '复印件份数: 0', '材料类型: 复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 7, column: 11, suggestion: '原件' }],
    },
    {
      name: 'a variant spelling is read for its meaning',
      yaml: material(['原件份数: 0', '复印件份数: 1', '材料类型: 原件及复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 7, column: 11, suggestion: '复印件' }],
    },
    {
      name: 'kinds in 份数 against 原件',
      yaml: material(['份数: 原件1份，复印件1份', '材料类型: 原件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 6, column: 11, suggestion: '原件和复印件' }],
    },
    {
      name: 'one kind in 份数 against 复印件',
      yaml: material(['份数: 原件2份', '材料类型: 复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 6, column: 11, suggestion: '原件' }],
    },
    {
      name: 'only 复印件份数 against 原件',
      yaml: material(['复印件份数: 1', '材料类型: 原件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 6, column: 11, suggestion: '原件和复印件' }],
    },
    {
      name: 'kinds written 1份原件、1份复印件 against 复印件',
      yaml: material(['份数: 1份原件、1份复印件', '材料类型: 复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 6, column: 11, suggestion: '原件和复印件' }],
    },
    {
      name: 'counts written as text',
      yaml: material(['原件份数: 1份', '复印件份数: "２"', '材料类型: 原件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 7, column: 11, suggestion: '原件和复印件', message: '复印件份数为2' }],
    },
    {
      name: 'no originals, photocopies read from the type',
      yaml: material(['原件份数: 0', '材料类型: 原件和复印件', '材料形式: 纸质']),
      errors: [{ messageId: 'typeCounts', line: 6, column: 11, suggestion: '复印件' }],
    },
    {
      name: 'the second material, synonym 类型',
      yaml: `${material(['份数: 1', '材料类型: 原件', '材料形式: 纸质'])}  - 材料名称: 营业执照\n    来源渠道: 政府部门核发\n    出具单位: 市场监督管理部门\n    原件份数: 0\n    复印件份数: 1\n    类型: 原件\n    材料形式: 纸质\n`,
      errors: [{ messageId: 'typeCounts', line: 13, column: 9, path: ['申请材料', 1, '类型'], message: '营业执照' }],
    },
  ],
});
