import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/step-time-total.js';

/** 承诺办结时限 on line 1, then 办理流程 on line 2, one step per limit. */
const guide = (promised: string, ...limits: string[]) =>
  `承诺办结时限: ${promised}\n办理流程:\n${limits
    .map((l, i) => `  - 环节名称: 环节${i + 1}\n    办理时限: ${l}\n    审批标准: 符合法定条件\n    办理结果: 审查意见`)
    .join('\n')}\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'steps add up to the promise',
      yaml: guide('8个工作日', '1个工作日', '3个工作日', '2个工作日', '1个工作日', '1个工作日'),
    },
    { name: 'strings.json: 1个工作日内 = 0.5 + 0.5', yaml: guide('1个工作日内', '0.5个工作日', '半个工作日') },
    { name: 'strings.json: 即办 promise is not summed', yaml: guide('即办', '1个工作日', '1个工作日') },
    { name: 'strings.json: 即办 steps', yaml: guide('即办', '即办', '即办') },
    { name: 'strings.json: 20个工作日', yaml: guide('20个工作日', '1个工作日', '即办', '19个工作日') },
    {
      name: 'a step limit that does not parse (process-steps reports it)',
      yaml: guide('2个工作日', '1天', '5个工作日'),
    },
    { name: 'strings.json: 10日内 as promise does not parse', yaml: guide('10日内', '5个工作日', '6个工作日') },
    { name: '5 working days fit in 7 calendar days', yaml: guide('7个自然日', '5个工作日') },
    { name: 'mixed units, not certainly longer', yaml: guide('5个工作日', '2个自然日', '3个工作日') },
    { name: 'no steps', yaml: '承诺办结时限: 5个工作日\n办理流程: []\n' },
    {
      name: 'an entry that is not a step (guide-schema reports it)',
      yaml: '承诺办结时限: 1个工作日\n办理流程:\n  - 受理\n  - 环节名称: 审查\n    办理时限: 3个工作日\n    审批标准: 符合法定条件\n    办理结果: 审查意见\n',
    },
  ],
  invalid: [
    {
      yaml: guide('5个工作日', '2个工作日', '5个工作日'),
      errors: [
        {
          messageId: 'exceeds',
          line: 2,
          column: 1,
          path: ['办理流程'],
          message: '各环节办理时限合计7个工作日，超过承诺办结时限“5个工作日”',
        },
      ],
    },
    {
      name: 'strings.json: 1个工作日内 < 1 + 1',
      yaml: guide('1个工作日内', '1个工作日', '1个工作日'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1 }],
    },
    {
      name: 'calendar days',
      yaml: guide('{ 数值: 30, 单位: 自然日 }', '20个自然日', '15个自然日'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1, message: '合计35个自然日' }],
    },
    {
      name: '8 calendar days of steps > 5 working days',
      yaml: guide('5个工作日', '8个自然日'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1 }],
    },
    {
      name: 'mixed units: a lower bound',
      yaml: guide('1个工作日', '6个自然日', '3个工作日'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1, message: '合计至少9个自然日' }],
    },
    {
      name: 'halves',
      yaml: guide(
        '{ 数值: 2, 单位: 工作日 }',
        '0.5个工作日',
        '0.5个工作日',
        '0.5个工作日',
        '0.5个工作日',
        '0.5个工作日',
      ),
      errors: [{ messageId: 'exceeds', line: 2, column: 1, message: '合计2.5个工作日，超过承诺办结时限“2个工作日”' }],
    },
    {
      name: 'Chinese numerals',
      yaml: guide('三个工作日', '两个工作日', '两个工作日'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1 }],
    },
    {
      name: 'immediate steps count 0',
      yaml: guide('1个工作日', '即办', '2个工作日', '当场办结'),
      errors: [{ messageId: 'exceeds', line: 2, column: 1 }],
    },
    {
      name: 'the promise under a synonym, steps against the base promise',
      yaml: '承诺时限: 2个工作日\n办理流程:\n  - 环节名称: 受理\n    环节时限: 3个工作日\n    审批标准: 材料齐全\n    办理结果: 受理通知书\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 1, message: '超过承诺办结时限“2个工作日”' }],
    },
  ],
});
