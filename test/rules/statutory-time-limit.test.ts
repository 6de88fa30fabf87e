import { expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/statutory-time-limit.js';

ruleTester(rule, {
  valid: [
    // strings.json (时限) strings that are valid statutory limits
    '法定办结时限: 20个工作日',
    '法定办结时限: 1个工作日',
    '法定办结时限: 1个工作日内',
    { name: 'statutory 即办 (an on-the-spot decision the law allows)', yaml: '法定办结时限: 即办' },
    '法定办结时限: 当场办结',
    '法定办结时限: 二十个工作日',
    '法定办结时限: ２０个工作日',
    '法定办结时限: 0.5个工作日',
    '法定办结时限: 自受理之日起20个工作日内',
    '法定办结时限: 20个工作日（不含公示时间）',
    '法定办结时限: 20天（工作日）',
    '法定办结时限: { 数值: 60, 单位: 自然日 }',
    '法定办结时限: { 数值: 二十, 单位: 个工作日 }',
    '法定期限: 30个日历日',
    { name: "null is guide-schema's", yaml: '法定办结时限: ~' },
    { name: "an incomplete mapping is guide-schema's", yaml: '法定办结时限: { 数值: 20 }' },
    { name: "absent is guide-schema's", yaml: '事项名称: 食品经营许可\n承诺办结时限: 5个工作日\n', bare: true },
  ],
  invalid: [
    {
      yaml: '法定办结时限: 20天',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9, message: '应写作“20个工作日”或“20个自然日”' }],
    },
    { yaml: '法定办结时限: 20日', errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9 }] },
    {
      name: 'strings.json: 10日内',
      yaml: '法定办结时限: 10日内',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9, message: '“10日内”未注明是工作日还是自然日' }],
    },
    { yaml: '法定办结时限: 20', errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9 }] },
    {
      yaml: '法定办结时限: 二十天',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9, message: '“20个工作日”' }],
    },
    {
      name: '{数值, 单位} with 天: reported on 单位',
      yaml: '法定办结时限: { 数值: 20, 单位: 天 }',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 23, path: ['法定办结时限', '单位'] }],
    },
    {
      name: '{数值, 单位} in block style with 个月',
      yaml: '法定办结时限:\n  数值: 3\n  单位: 个月\n',
      errors: [{ messageId: 'otherUnit', line: 3, column: 7, path: ['法定办结时限', '单位'] }],
    },
    { yaml: '法定办结时限: 2小时', errors: [{ messageId: 'otherUnit', line: 1, column: 9 }] },
    { yaml: '法定办结时限: 20次', errors: [{ messageId: 'unknownUnit', line: 1, column: 9 }] },
    { yaml: '法定办结时限: 若干个工作日', errors: [{ messageId: 'noNumber', line: 1, column: 9 }] },
    {
      name: '{数值, 单位} with a number that is not one: reported on 数值',
      yaml: '法定办结时限: { 数值: 若干, 单位: 工作日 }',
      errors: [{ messageId: 'noNumber', line: 1, column: 15, path: ['法定办结时限', '数值'] }],
    },
    { yaml: '法定办结时限: -1个工作日', errors: [{ messageId: 'notPositive', line: 1, column: 9 }] },
    {
      name: 'strings.json: a platform record dump',
      yaml: '法定办结时限: "anticipate_day=20, anticipate_type=1, promise_day=5, promise_type=1"',
      errors: [{ messageId: 'notATimeLimit', line: 1, column: 9 }],
    },
    {
      yaml: '法定办结时限: 材料齐全后20个工作日内办结，特殊情况可延长10个工作日',
      errors: [{ messageId: 'limitInProse', line: 1, column: 9, suggestion: '20个工作日', severity: 'warning' }],
    },
    { yaml: '法定办结时限: ""', errors: [{ messageId: 'empty', line: 1, column: 9 }] },
    { name: 'statutory 0', yaml: '法定办结时限: 0', errors: [{ messageId: 'zero', line: 1, column: 9 }] },
    { yaml: '法定办结时限: 0个工作日', errors: [{ messageId: 'zero', line: 1, column: 9 }] },
    {
      yaml: '法定办结时限: { 数值: 0, 单位: 工作日 }',
      errors: [{ messageId: 'zero', line: 1, column: 9, message: '法定办结时限“0个工作日”为0' }],
    },
    {
      name: 'a synonym key: reported where the file wrote it',
      yaml: '事项名称: 食品经营许可\n法定期限: 20天\n',
      errors: [{ messageId: 'ambiguousUnit', line: 2, column: 7, path: ['法定期限'] }],
    },
  ],
});

it('statutory-time-limit speaks English', () => {
  const [f] = runRule(rule, { yaml: '法定办结时限: 20天' }, 'en').filter((x) => x.ruleId === rule.meta.id);
  expect(f?.message).toBe(
    'the statutory time limit (法定办结时限) "20天" does not say whether it counts working days or calendar days; write "20个工作日" or "20个自然日"',
  );
});
