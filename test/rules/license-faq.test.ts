import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/license-faq.js';

const faq = (...qa: [string, string][]) => `常见问题:\n${qa.map(([q, a]) => `  - 问: ${q}\n    答: ${a}\n`).join('')}`;
const REAL: [string, string] = ['食品经营许可证有效期是多久？', '有效期为5年。'];

ruleTester(rule, {
  valid: [
    { name: 'licence with a real entry (base guide)', yaml: faq(REAL) },
    { name: 'licence written as code 01', yaml: `事项类型: "01"\n${faq(REAL)}` },
    { name: 'not a licence: no FAQ needed', yaml: '事项类型: 行政确认\n常见问题: []\n' },
    {
      name: 'a question without a question mark but with 如何',
      yaml: faq(['如何申请延续', '在有效期届满30日前提出。']),
    },
    { name: 'a 吗 question (real)', yaml: faq(['办理食品经营许可证需要收费吗', '不收费。']) },
    { name: "strict preset: absence is guide-schema's", yaml: '常见问题: []\n', options: { strict: true } },
    {
      name: 'synonyms 问题 / 解答',
      yaml: '常见问题:\n  - 问题: 可以网上申请吗？\n    解答: 可以，通过内蒙古政务服务网提交。\n',
    },
    { name: "missing 答 key is guide-schema's", yaml: '常见问题:\n  - 问: 可以网上申请吗？\n' },
    { name: "FAQ written as text is guide-schema's", yaml: '常见问题: 无\n' },
    {
      name: 'minEntries 2 met',
      yaml: faq(REAL, ['可以委托他人办理吗？', '可以，需提交授权委托书。']),
      options: { minEntries: 2 },
    },
    { name: "unknown item type is enum-values's", yaml: '事项类型: 许可\n常见问题: []\n' },
  ],
  invalid: [
    {
      name: 'licence with an empty list',
      yaml: '常见问题: []\n',
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 7,
          path: ['事项类型'],
          item: null,
          message: '事项类型为“行政许可”，但没有常见问题',
        },
      ],
    },
    {
      name: 'licence (code 01) with FAQ null',
      yaml: '事项类型: "01"\n常见问题: null\n',
      errors: [{ messageId: 'missing', line: 1, column: 7 }],
    },
    {
      name: 'placeholder answer',
      yaml: faq([REAL[0], '无']),
      errors: [
        {
          messageId: 'placeholder',
          line: 3,
          column: 8,
          path: ['常见问题', 0, '答'],
          message: '常见问题第1条的“答”为“无”',
        },
      ],
    },
    {
      name: 'placeholder question and answer',
      yaml: faq(['/', '暂无']),
      errors: [
        { messageId: 'placeholder', line: 2, column: 8 },
        { messageId: 'placeholder', line: 3, column: 8 },
      ],
    },
    {
      name: 'placeholder with a full stop',
      yaml: faq([REAL[0], '无。']),
      errors: [{ messageId: 'placeholder', line: 3, column: 8 }],
    },
    {
      name: 'second entry blank answer',
      yaml: faq(REAL, ['可以网上申请吗？', '""']),
      errors: [{ messageId: 'blank', line: 5, column: 8, message: '常见问题第2条的“答”为空，应写明对该问题的解答' }],
    },
    {
      name: 'whitespace-only question',
      yaml: faq(['"  "', REAL[1]]),
      errors: [{ messageId: 'blank', line: 2, column: 8 }],
    },
    {
      name: 'full-width slash',
      yaml: faq([REAL[0], '／']),
      errors: [{ messageId: 'placeholder', line: 3, column: 8 }],
    },
    {
      name: 'fewer real entries than minEntries',
      yaml: faq(REAL),
      options: { minEntries: 3 },
      errors: [
        {
          messageId: 'tooFew',
          line: 1,
          column: 1,
          path: ['常见问题'],
          message: '应至少有3条常见问题，现只有1条有实际内容',
        },
      ],
    },
    {
      name: 'types option adds 公共服务',
      yaml: '事项类型: 公共服务\n常见问题: []\n',
      options: { types: ['行政许可', '公共服务'] },
      errors: [{ messageId: 'missing', line: 1, column: 7, message: '事项类型为“公共服务”' }],
    },
    // real string from a published guide: a test entry left in a published guide; also for a non-licence item
    {
      name: '测试问题 / 没有答案 (real)',
      yaml: faq(['测试问题', '没有答案']),
      errors: [
        { messageId: 'placeholder', line: 2, column: 8, severity: 'info' },
        { messageId: 'placeholder', line: 3, column: 8 },
      ],
    },
    {
      name: 'placeholder FAQ on a public service',
      yaml: `事项类型: 公共服务\n${faq(['无', '无'])}`,
      errors: [
        { messageId: 'placeholder', line: 3, column: 8 },
        { messageId: 'placeholder', line: 4, column: 8 },
      ],
    },
    {
      name: 'test entry on a 行政确认',
      yaml: `事项类型: 行政确认\n${faq(['test', '1'])}`,
      errors: [{ messageId: 'placeholder', line: 3, column: 8, message: '“问”为“test”' }],
    },
    {
      name: 'a copied paragraph as 问: info',
      yaml: faq(['申请人应当向所在地县级以上食品药品监督管理部门提交申请材料', '按规定提交。']),
      errors: [{ messageId: 'notQuestion', line: 2, column: 8, severity: 'info', message: '可能不是一个问题' }],
    },
    {
      name: 'strict preset still checks the content',
      yaml: faq([REAL[0], '略']),
      options: { strict: true },
      errors: [{ messageId: 'placeholder', line: 3, column: 8 }],
    },
  ],
});

describe('license-faq messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const [f] = runRule(rule, { yaml: faq([REAL[0], '""']) }, 'en').filter((x) => x.ruleId === rule.meta.id);
    expect(f?.message).toBe('FAQ entry 1: "答" is blank; write the actual answer');
  });
});
