import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/promised-time-limit.js';

ruleTester(rule, {
  valid: [
    // strings.json (时限) strings that are valid promised limits
    '承诺办结时限: 20个工作日',
    '承诺办结时限: 1个工作日',
    '承诺办结时限: 1个工作日内',
    '承诺办结时限: 即办',
    '承诺办结时限: 当场办结',
    '承诺办结时限: 0',
    '承诺办结时限: 0个工作日',
    '承诺办结时限: { 数值: 0, 单位: 工作日 }',
    '承诺办结时限: 三个工作日',
    '承诺办结时限: 半个工作日',
    '承诺办结时限: ５个工作日',
    '承诺办结时限: 受理后5个工作日内办结',
    '承诺办结时限: { 数值: 30, 单位: 自然日 }',
    '承诺时限: 15个工作日',
    { name: "an incomplete mapping is guide-schema's", yaml: '承诺办结时限: { 单位: 工作日 }' },
    { name: "a list is guide-schema's", yaml: '承诺办结时限: [5个工作日]' },
  ],
  invalid: [
    // real strings from published guides: prose instead of a limit states no days at all — an error (item 13)
    {
      name: '每年10月——11月办理 (real)',
      yaml: '承诺办结时限: 每年10月——11月办理\n',
      errors: [{ severity: 'error', line: 1, column: 9 }],
    },
    {
      name: 'a promise explanation as the limit (real)',
      yaml: '承诺办结时限: 办事提速。申请人准备、修改材料不计入承诺办结时限。\n',
      errors: [{ messageId: 'notATimeLimit', severity: 'error', line: 1, column: 9 }],
    },
    // prose around a stated limit is style: a warning
    {
      name: 'prose around 10个工作日',
      yaml: '承诺办结时限: 材料齐全后10个工作日内办结，特殊情况可延长5个工作日\n',
      errors: [{ messageId: 'limitInProse', severity: 'warning', line: 1, column: 9, suggestion: '10个工作日' }],
    },
    {
      yaml: '承诺办结时限: 5天',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9, message: '应写作“5个工作日”或“5个自然日”' }],
    },
    {
      name: 'strings.json: 10日内',
      yaml: '承诺办结时限: 10日内',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9 }],
    },
    { yaml: '承诺办结时限: 5', errors: [{ messageId: 'ambiguousUnit', line: 1, column: 9 }] },
    {
      yaml: '承诺办结时限: { 数值: 5, 单位: 日 }',
      errors: [{ messageId: 'ambiguousUnit', line: 1, column: 22, path: ['承诺办结时限', '单位'] }],
    },
    {
      name: 'strings.json: prose',
      yaml: '承诺办结时限: 办事提速。申请人准备、修改材料不计入承诺办结时限。',
      errors: [{ messageId: 'notATimeLimit', line: 1, column: 9 }],
    },
    {
      name: 'strings.json: a platform record dump',
      yaml: '承诺办结时限: "anticipate_day=20, anticipate_type=1, promise_day=5, promise_type=1"',
      errors: [{ messageId: 'notATimeLimit', line: 1, column: 9 }],
    },
    { yaml: '承诺办结时限: 1个月', errors: [{ messageId: 'otherUnit', line: 1, column: 9, message: '以“月”计' }] },
    { yaml: '承诺办结时限: 5次', errors: [{ messageId: 'unknownUnit', line: 1, column: 9 }] },
    { yaml: '承诺办结时限: 工作日', errors: [{ messageId: 'noNumber', line: 1, column: 9 }] },
    {
      yaml: '承诺办结时限: { 数值: -3, 单位: 工作日 }',
      errors: [{ messageId: 'notPositive', line: 1, column: 15, path: ['承诺办结时限', '数值'] }],
    },
    { yaml: '承诺办结时限: "  "', errors: [{ messageId: 'empty', line: 1, column: 9 }] },
    {
      name: 'a synonym key: reported where the file wrote it',
      yaml: '事项名称: 食品经营许可\n承诺期限: 5日\n',
      errors: [{ messageId: 'ambiguousUnit', line: 2, column: 7, path: ['承诺期限'] }],
    },
  ],
});
