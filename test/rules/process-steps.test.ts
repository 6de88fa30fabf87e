import { expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/process-steps.js';

/** One step; `over` replaces lines by key. Line 2 is 环节名称, 3 办理时限, 4 审批标准, 5 办理结果. */
const step = (over: Record<string, string> = {}) => {
  const v = {
    环节名称: '受理',
    办理时限: '1个工作日',
    审批标准: '申请材料齐全、符合法定形式',
    办理结果: '受理通知书',
    ...over,
  };
  return Object.entries(v)
    .map(([k, x], i) => `${i === 0 ? '  - ' : '    '}${k}: ${x}`)
    .join('\n');
};
const steps = (...s: string[]) => `办理流程:\n${s.join('\n')}\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'two complete steps',
      yaml: steps(
        step(),
        step({ 环节名称: '决定', 办理时限: '2个工作日', 审批标准: '符合法定条件和标准', 办理结果: '准予许可决定书' }),
      ),
    },
    {
      name: 'strings.json: 即办 steps',
      yaml: steps(step({ 办理时限: '即办' }), step({ 环节名称: '办结', 办理时限: '即办', 办理结果: '结婚证' })),
    },
    { name: 'strings.json: 1个工作日内', yaml: steps(step({ 办理时限: '1个工作日内' })) },
    {
      name: 'strings.json: 20个工作日 and 1个工作日',
      yaml: steps(step({ 办理时限: '1个工作日' }), step({ 环节名称: '审查', 办理时限: '20个工作日' })),
    },
    { name: '{数值: 0.5, 单位: 工作日}', yaml: steps(step({ 办理时限: '{ 数值: 0.5, 单位: 工作日 }' })) },
    {
      name: '当场办结 and Chinese numerals',
      yaml: steps(step({ 办理时限: '当场办结' }), step({ 环节名称: '审查', 办理时限: '三个自然日' })),
    },
    {
      name: 'synonym keys',
      yaml: '办理流程:\n  - 环节: 受理\n    环节时限: 1个工作日\n    审查标准: 材料齐全\n    结果: 受理通知书\n',
    },
    {
      name: "a step missing 审批标准 is guide-schema's",
      yaml: '办理流程:\n  - 环节名称: 受理\n    办理时限: 1个工作日\n    办理结果: 受理通知书\n',
    },
    { name: "a null 审批标准 is guide-schema's", yaml: steps(step({ 审批标准: '~' })) },
    { name: "a text process is guide-schema's", yaml: '办理流程: 受理、审查、决定\n' },
    { name: "no process is guide-schema's", yaml: '事项名称: 食品经营许可\n', bare: true },
  ],
  invalid: [
    { name: 'an empty process', yaml: '办理流程: []\n', errors: [{ messageId: 'noSteps', line: 1, column: 7 }] },
    {
      name: 'a step limit of 1天',
      yaml: steps(step({ 办理时限: '1天' })),
      errors: [
        {
          messageId: 'ambiguousUnit',
          line: 3,
          column: 11,
          path: ['办理流程', 0, '办理时限'],
          message: '第1个环节“受理”的办理时限“1天”未注明是工作日还是自然日',
        },
      ],
    },
    {
      name: 'strings.json: 10日内 in the second step',
      yaml: steps(step(), step({ 环节名称: '审查', 办理时限: '10日内' })),
      errors: [{ messageId: 'ambiguousUnit', line: 7, column: 11, path: ['办理流程', 1, '办理时限'] }],
    },
    {
      name: 'strings.json: a record dump',
      yaml: steps(step({ 办理时限: '"anticipate_day=20, anticipate_type=1, promise_day=5, promise_type=1"' })),
      errors: [{ messageId: 'notATimeLimit', line: 3, column: 11 }],
    },
    {
      name: '{数值, 单位} with 日',
      yaml: steps(step({ 办理时限: '{ 数值: 1, 单位: 日 }' })),
      errors: [{ messageId: 'ambiguousUnit', line: 3, column: 24, path: ['办理流程', 0, '办理时限', '单位'] }],
    },
    {
      name: 'a step limit in hours',
      yaml: steps(step({ 办理时限: '2小时' })),
      errors: [{ messageId: 'otherUnit', line: 3, column: 11 }],
    },
    {
      name: 'a blank step limit',
      yaml: steps(step({ 办理时限: '""' })),
      errors: [{ messageId: 'empty', line: 3, column: 11, message: '第1个环节“受理”的办理时限为空' }],
    },
    {
      name: 'a blank 审批标准',
      yaml: steps(step(), step({ 环节名称: '决定', 审批标准: '""' })),
      errors: [
        {
          messageId: 'blank',
          line: 8,
          column: 11,
          path: ['办理流程', 1, '审批标准'],
          message: '第2个环节“决定”的“审批标准”为空，应写明，如“申请材料齐全、符合法定形式”',
        },
      ],
    },
    {
      name: 'a blank 办理结果',
      yaml: steps(step({ 办理结果: '"  "' })),
      errors: [{ messageId: 'blank', line: 5, column: 11 }],
    },
    {
      name: 'a blank 环节名称',
      yaml: steps(step({ 环节名称: '""' })),
      errors: [{ messageId: 'blank', line: 2, column: 11, message: '第1个环节的“环节名称”为空' }],
    },
    {
      name: '审批标准 无',
      yaml: steps(step({ 审批标准: '无' })),
      errors: [{ messageId: 'placeholder', line: 4, column: 11 }],
    },
    {
      name: '办理结果 /',
      yaml: steps(step({ 办理结果: '/' })),
      errors: [{ messageId: 'placeholder', line: 5, column: 11 }],
    },
    {
      name: '办理结果: a long run of dashes',
      yaml: steps(step({ 办理结果: '——————————' })),
      errors: [{ messageId: 'placeholder', line: 5, column: 11 }],
    },
    {
      name: '审批标准: full-width ＮＯＮＥ',
      yaml: steps(step({ 审批标准: 'ＮＯＮＥ' })),
      errors: [{ messageId: 'placeholder', line: 4, column: 11 }],
    },
    {
      name: '审批标准: mathematical bold 𝐧𝐮𝐥𝐥 (NFKC: null)',
      yaml: steps(step({ 审批标准: '𝐧𝐮𝐥𝐥' })),
      errors: [{ messageId: 'placeholder', line: 4, column: 11 }],
    },
    {
      name: '审批标准: full-width dots and dashes',
      yaml: steps(step({ 审批标准: '．．．－－－＿＿' })),
      errors: [{ messageId: 'placeholder', line: 4, column: 11 }],
    },
    {
      name: 'a synonym key: reported where the file wrote it',
      yaml: '办理流程:\n  - 环节名称: 受理\n    办理时限: 1个工作日\n    审查标准: 暂无\n    办理结果: 受理通知书\n',
      errors: [{ messageId: 'placeholder', line: 4, column: 11, path: ['办理流程', 0, '审查标准'] }],
    },
    {
      name: 'several problems in one step',
      yaml: steps(step({ 办理时限: '3天', 审批标准: '""', 办理结果: '—' })),
      errors: [
        { messageId: 'blank', line: 4, column: 11 },
        { messageId: 'placeholder', line: 5, column: 11 },
        { messageId: 'ambiguousUnit', line: 3, column: 11 },
      ],
    },
  ],
});

it('process-steps speaks English', () => {
  const found = runRule(
    rule,
    { yaml: '办理流程:\n  - 环节名称: 受理\n    办理时限: 1天\n    审批标准: 材料齐全\n    办理结果: ""\n' },
    'en',
  ).filter((f) => f.ruleId === rule.meta.id);
  expect(found.map((f) => f.message)).toEqual([
    'step 1 ("受理") has a blank "办理结果"; state it, e.g. "受理通知书", "准予许可决定书"',
    'the time limit of step 1 ("受理") "1天" does not say whether it counts working days or calendar days; write "1个工作日" or "1个自然日"',
  ]);
});
