import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/result-type.js';

const result = (name: string, type: string) => `审批结果:\n  名称: ${name}\n  类型: ${type}\n  样本: forms/blank.pdf\n`;

ruleTester(rule, {
  valid: [
    // result names and types of the clean fixture set (real Inner Mongolia items)
    { name: 'real: 食品经营许可证', yaml: result('食品经营许可证', '出证办结') },
    { name: 'real: 不动产权证书 (证书)', yaml: result('不动产权证书', '出证办结') },
    { name: 'real: 最低生活保障审核确认批复', yaml: result('最低生活保障审核确认批复', '审批办结') },
    { name: 'real: 认定工伤决定书 (no rule for 书)', yaml: result('认定工伤决定书', '出文办结') },
    { name: 'real: 异地就医备案结果告知单', yaml: result('异地就医备案结果告知单', '其他') },
    { name: 'bracketed note removed', yaml: result('食品经营许可证（正本、副本）', '出证办结') },
    { name: 'a 证明 is not a 证', yaml: result('无犯罪记录证明', '其他') },
    { name: 'several results of different kinds', yaml: result('食品经营许可证或不予许可决定书', '审批办结') },
    { name: 'no type written', yaml: '审批结果: { 名称: 食品经营许可证, 样本: forms/blank.pdf }\n' },
    { name: "unknown type is enum-values's", yaml: result('食品经营许可证', '发证') },
    { name: '执照', yaml: result('营业执照', '出证办结') },
  ],
  invalid: [
    {
      name: 'licence as a document',
      yaml: result('食品经营许可证', '出文办结'),
      errors: [
        {
          messageId: 'mismatch',
          line: 3,
          column: 7,
          path: ['审批结果', '类型'],
          item: null,
          suggestion: '出证办结',
          message: '以“证”结尾，类型通常应为“出证办结”，而不是“出文办结”',
        },
      ],
    },
    {
      name: 'licence as 审批办结',
      yaml: result('公共场所卫生许可证', '审批办结'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7, suggestion: '出证办结' }],
    },
    {
      name: 'licence as 其他',
      yaml: result('出版物经营许可证', '其他'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7 }],
    },
    {
      name: '证书 wins over 书',
      yaml: result('不动产权证书', '出文办结'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7, message: '以“证书”结尾' }],
    },
    {
      name: '批复 as 出文办结',
      yaml: result('最低生活保障审核确认批复', '出文办结'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7, suggestion: '审批办结' }],
    },
    {
      name: '批文 ends in 文',
      yaml: result('建设项目环境影响评价批文', '出证办结'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7, suggestion: '出文办结' }],
    },
    {
      name: 'bracketed note removed before comparing',
      yaml: result('食品经营许可证（正本、副本）', '出文办结'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7 }],
    },
    {
      name: 'several licences',
      yaml: result('食品经营许可证、营业执照', '其他'),
      errors: [{ messageId: 'mismatch', line: 3, column: 7 }],
    },
    {
      name: 'type written as the synonym 结果类型, flow mapping',
      yaml: '审批结果: { 结果名称: 结婚证, 结果类型: 审批办结, 样本: forms/blank.pdf }\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 26, path: ['审批结果', '结果类型'] }],
    },
    {
      name: 'configured suffix',
      yaml: result('准予许可决定书', '出证办结'),
      options: { suffixes: [{ suffix: '决定书', type: '出文办结' }] },
      errors: [{ messageId: 'mismatch', line: 3, column: 7, suggestion: '出文办结' }],
    },
  ],
});

describe('result-type messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const [f] = runRule(rule, { yaml: result('食品经营许可证', '出文办结') }, 'en').filter(
      (x) => x.ruleId === rule.meta.id,
    );
    expect(f?.message).toBe(
      'approval result "食品经营许可证" ends in "证", so its type is usually "出证办结", not "出文办结": check it and write "出证办结", or correct the result name',
    );
  });
});
