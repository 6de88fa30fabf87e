import { expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/time-limit-consistency.js';

ruleTester(rule, {
  valid: [
    { name: 'promised = statutory', yaml: '法定办结时限: 20个工作日\n承诺办结时限: 20个工作日\n' },
    { name: '5 working days ≤ 7 calendar days', yaml: '法定办结时限: 7个自然日\n承诺办结时限: 5个工作日\n' },
    {
      name: '7 calendar days vs 1 working day: not certainly longer',
      yaml: '法定办结时限: 1个工作日\n承诺办结时限: 7个自然日\n',
    },
    {
      name: '20 working days vs 28 calendar days',
      yaml: '法定办结时限: { 数值: 28, 单位: 自然日 }\n承诺办结时限: 20个工作日\n',
    },
    {
      name: 'strings.json: 即办 on a 即办件',
      yaml: '法定办结时限: 5个工作日\n承诺办结时限: 即办\n办件类型: 即办件\n',
    },
    '承诺办结时限: 0\n办件类型: 即办件\n',
    '承诺办结时限: 当场办结\n办件类型: "1"\n',
    {
      name: 'strings.json: 1个工作日内 on a 承诺件',
      yaml: '法定办结时限: 20个工作日\n承诺办结时限: 1个工作日内\n办件类型: 承诺件\n',
    },
    '办件类型: 其他\n承诺办结时限: 5个工作日\n',
    { name: 'an unparsable statutory limit is not compared', yaml: '法定办结时限: 20天\n承诺办结时限: 30个工作日\n' },
    { name: 'strings.json: 10日内 as promise is not compared', yaml: '承诺办结时限: 10日内\n办件类型: 即办件\n' },
    { name: "an unknown 办件类型 is enum-values's", yaml: '办件类型: 即时件\n承诺办结时限: 5个工作日\n' },
  ],
  invalid: [
    {
      yaml: '法定办结时限: 20个工作日\n承诺办结时限: 25个工作日\n',
      errors: [
        {
          messageId: 'exceedsStatutory',
          line: 2,
          column: 9,
          message: '承诺办结时限“25个工作日”长于法定办结时限“20个工作日”',
        },
      ],
    },
    {
      name: 'same unit: compared exactly',
      yaml: '法定办结时限: 20个工作日\n承诺办结时限: 二十一个工作日\n',
      errors: [{ messageId: 'exceedsStatutory', line: 2, column: 9 }],
    },
    {
      name: '8 calendar days > 5 working days',
      yaml: '法定办结时限: 5个工作日\n承诺办结时限: 8个自然日\n',
      errors: [{ messageId: 'exceedsStatutory', line: 2, column: 9 }],
    },
    {
      name: '30 calendar days > 20 working days (at most 28 calendar days)',
      yaml: '法定办结时限: 20个工作日\n承诺办结时限: { 数值: 30, 单位: 自然日 }\n',
      errors: [{ messageId: 'exceedsStatutory', line: 2, column: 9 }],
    },
    {
      name: 'days against a statutory 当场办结',
      yaml: '法定办结时限: 当场办结\n承诺办结时限: 1个工作日\n',
      errors: [{ messageId: 'exceedsStatutory', line: 2, column: 9 }],
    },
    {
      name: '即办件 promising days',
      yaml: '办件类型: 即办件\n承诺办结时限: 5个工作日\n',
      errors: [{ messageId: 'instantWithDays', line: 1, column: 7, suggestion: '承诺件', path: ['办件类型'] }],
    },
    {
      name: '即办件 written as its code',
      yaml: '办件类型: "1"\n承诺办结时限: 0.5个工作日\n',
      errors: [{ messageId: 'instantWithDays', line: 1, column: 7, message: '办件类型为“1（即办件）”' }],
    },
    {
      name: 'strings.json: 即办 on a 承诺件',
      yaml: '办件类型: 承诺件\n承诺办结时限: 即办\n',
      errors: [{ messageId: 'immediateNotInstant', line: 1, column: 7, suggestion: '即办件' }],
    },
    {
      name: '承诺件 promising 0',
      yaml: '办件类型: 承诺件\n承诺办结时限: 0\n',
      errors: [{ messageId: 'immediateNotInstant', line: 1, column: 7 }],
    },
    {
      name: '其他 promising 当场办结',
      yaml: '办件类型: 其他\n承诺办结时限: 当场办结\n',
      errors: [{ messageId: 'immediateNotInstant', line: 1, column: 7 }],
    },
    {
      name: 'both at once',
      yaml: '法定办结时限: 当场办结\n承诺办结时限: 5个工作日\n办件类型: 即办件\n',
      errors: [
        { messageId: 'exceedsStatutory', line: 2, column: 9 },
        { messageId: 'instantWithDays', line: 3, column: 7 },
      ],
    },
  ],
});

it('time-limit-consistency shows {数值, 单位} as a time limit, and speaks English', () => {
  const yaml = '法定办结时限: { 数值: 5, 单位: 工作日 }\n承诺办结时限: { 数值: 8, 单位: 自然日 }\n办件类型: "1"\n';
  expect(
    runRule(rule, { yaml })
      .filter((f) => f.ruleId === rule.meta.id)
      .map((f) => f.message),
  ).toEqual([
    '承诺办结时限“8个自然日”长于法定办结时限“5个工作日”，承诺时限不得超过法定时限，应不超过“5个工作日”',
    '办件类型为“1（即办件）”，但承诺办结时限为“8个自然日”；即办件应当场办结，承诺办结时限应为“即办”或“当场办结”，否则办件类型应为“承诺件”',
  ]);
  expect(
    runRule(rule, { yaml }, 'en')
      .filter((f) => f.ruleId === rule.meta.id)
      .map((f) => f.message),
  ).toEqual([
    'the promised time limit "8个自然日" is longer than the statutory time limit "5个工作日"; a promise may not exceed the law: promise at most "5个工作日"',
    'the case type is "1 (即办件)" but the promised time limit is "8个自然日"; an immediate item (即办件) is completed on the spot, so promise "即办" or "当场办结", or make the case type "承诺件"',
  ]);
});
