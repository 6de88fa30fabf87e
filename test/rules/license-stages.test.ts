import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/license-stages.js';

/** A 办理流程 of steps with these names (every step otherwise complete). */
const steps = (...names: string[]) =>
  `办理流程:\n${names.map((n) => `  - 环节名称: ${n}\n    办理时限: 1个工作日\n    审批标准: 符合法定条件\n    办理结果: ${n}结果\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'the five stages (base guide)', yaml: steps('受理', '审查', '决定', '制证', '送达') },
    { name: 'synonyms: 收件, 审核, 审批, 办结, 领证', yaml: steps('收件', '审核', '审批', '办结', '领证') },
    {
      name: 'merged step names and more steps',
      yaml: steps('申请', '受理', '现场核查', '审查决定', '缮证', '邮寄送达'),
    },
    {
      name: '发证 counts as making and delivering the licence',
      yaml: steps('受理', '初审', '复审', '许可决定', '发证'),
    },
    {
      name: 'not a licence (real 行政确认 steps)',
      yaml: `事项类型: 行政确认\n${steps('受理', '调查核实', '审核', '决定')}`,
    },
    { name: 'public service with two steps', yaml: `事项类型: "20"\n${steps('申请', '登记')}` },
    {
      name: 'minSteps 3 and custom stages',
      yaml: steps('受理', '审查', '决定'),
      options: {
        minSteps: 3,
        stages: [
          { name: '受理', synonyms: ['受理'] },
          { name: '决定', synonyms: ['决定'] },
        ],
      },
    },
    { name: "process written as text is guide-schema's", yaml: '办理流程: 受理、审查、决定\n' },
  ],
  invalid: [
    {
      name: 'three steps, two stages missing',
      yaml: steps('受理', '审查', '决定'),
      errors: [
        {
          messageId: 'tooFew',
          line: 1,
          column: 1,
          path: ['办理流程'],
          item: null,
          message: '办理流程只有3个环节，应至少5个',
        },
        { messageId: 'missingStages', line: 1, column: 1, message: '办理流程缺少制证、送达环节' },
      ],
    },
    {
      name: 'five steps without 送达',
      yaml: steps('受理', '审查', '复核', '决定', '制证'),
      errors: [{ messageId: 'missingStages', line: 1, column: 1, message: '缺少送达环节' }],
    },
    {
      name: 'five steps without 受理',
      yaml: steps('申请', '审查', '决定', '制证', '送达'),
      errors: [{ messageId: 'missingStages', line: 1, message: '缺少受理环节' }],
    },
    {
      name: 'five steps without a review',
      yaml: steps('受理', '公示', '决定', '制证', '送达'),
      errors: [{ messageId: 'missingStages', line: 1, message: '缺少审查环节' }],
    },
    {
      name: 'four complete stages in four steps',
      yaml: steps('受理', '审查', '决定', '发证'),
      errors: [{ messageId: 'tooFew', line: 1, message: '只有4个环节' }],
    },
    {
      name: 'a single step (code 01)',
      yaml: `事项类型: "01"\n${steps('办理')}`,
      errors: [
        { messageId: 'tooFew', line: 2, column: 1, message: '事项类型为“行政许可”，办理流程只有1个环节' },
        { messageId: 'missingStages', line: 2, column: 1, message: '缺少受理、审查、决定、制证、送达环节' },
      ],
    },
    {
      name: 'synonym key 办理环节 and full-width spaces',
      yaml: steps('受　理', '审　查', '决　定', '送　达').replace('办理流程:', '办理环节:'),
      errors: [
        { messageId: 'tooFew', line: 1 },
        { messageId: 'missingStages', line: 1, message: '缺少制证环节' },
      ],
    },
    {
      name: 'empty list',
      yaml: '办理流程: []\n',
      errors: [{ messageId: 'tooFew', line: 1, column: 1, message: '只有0个环节' }],
    },
    {
      name: 'types option extends to 行政确认',
      yaml: `事项类型: 行政确认\n${steps('受理', '调查核实', '审核', '决定')}`,
      options: { types: ['行政许可', '行政确认'] },
      errors: [
        { messageId: 'tooFew', line: 2 },
        { messageId: 'missingStages', line: 2, message: '缺少制证、送达环节' },
      ],
    },
    {
      name: 'custom stage synonyms',
      yaml: steps('受理', '审查', '决定', '制证', '送达'),
      options: { stages: [{ name: '归档', synonyms: ['归档', '存档'] }] },
      errors: [{ messageId: 'missingStages', line: 1, message: '缺少归档环节' }],
    },
  ],
});

describe('license-stages messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const found = runRule(rule, { yaml: steps('受理', '审查', '决定', '制证', '发放证书') }, 'en').filter(
      (x) => x.ruleId === rule.meta.id,
    );
    expect(found).toEqual([]);
    const [f] = runRule(rule, { yaml: steps('受理', '审查', '审核', '决定', '制证') }, 'en').filter(
      (x) => x.ruleId === rule.meta.id,
    );
    expect(f?.message).toBe(
      'the process has no 送达 step; a licence usually goes through 受理, 审查, 决定, 制证, 送达 (Administrative License Law, chapter 4): add it, or name it in 环节名称 (e.g. "审查", "送达")',
    );
  });
});
