// onsite-visits, and the visit/channel readers depth-visits and onsite-reason share (items 4–6, 22).
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../support/rule-tester.js';
import onsiteVisits from '../../rules/onsite-visits.js';
import { visitsOf, channelsOf } from '../../src/model/channels.js';

describe('visitsOf / channelsOf', () => {
  it('reads counts written as numbers or spreadsheet texts', () => {
    expect([0, 2, '1', '1次', '0次', '一次', '两次', '１次', '零'].map(visitsOf)).toEqual([0, 2, 1, 1, 0, 1, 2, 1, 0]);
  });
  it('gives up on values that are no single count', () => {
    expect([-1, 1.5, '1-2次', '视情况而定', '不超过1次', '', null, true].map(visitsOf)).toEqual(
      Array(8).fill(undefined),
    );
  });
  it('resolves labels, codes and variants of 办理形式', () => {
    expect([...channelsOf(['窗口办理', '2', '掌上办理', '邮寄申请'])!]).toEqual([
      '窗口办理',
      '电脑端网上办理',
      '移动端网上申请',
      '快递申请',
    ]);
    expect([...channelsOf('窗口办理、网上办理')!]).toEqual(['窗口办理', '电脑端网上办理']);
    expect(channelsOf('')).toBeUndefined();
  });
});

ruleTester(onsiteVisits, {
  valid: [
    { name: 'the base guide (1 visit, 窗口办理 listed)', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures
    '到办事现场次数: 2\n办理形式: [窗口办理, 电脑端网上办理, 移动端网上申请]\n', // veteran-preferential-card-alxa
    '到办事现场次数: 0\n办理形式: [电脑端网上办理, 移动端网上申请]\n', // cross-region-medical-filing-hinggan
    {
      name: '即办件 with 1 visit (civil-affairs 结婚登记)',
      yaml: '办件类型: 即办件\n到办事现场次数: 1\n办理形式: [窗口办理, 电脑端网上办理]\n',
    },
    { name: 'a text count', yaml: '到办事现场次数: 1次\n办理形式: [窗口办理]\n' },
    { name: 'no 办理形式: nothing to compare', yaml: '到办事现场次数: 1\n办理形式: ""\n' },
    { name: "a count that is not one: guide-schema's", yaml: '到办事现场次数: 1-2次\n办理形式: [电脑端网上办理]\n' },
  ],
  invalid: [
    {
      name: 'a visit but no window',
      yaml: '到办事现场次数: 1\n办理形式: [电脑端网上办理, 快递申请]\n',
      errors: [{ messageId: 'noWindow', line: 2, column: 7, item: 22 }],
    },
    {
      name: '办理形式 as a text',
      yaml: '到办事现场次数: 2\n办理形式: 电脑端网上办理、移动端网上申请\n',
      errors: [{ messageId: 'noWindow', line: 2, column: 7 }],
    },
    {
      name: '办理形式 as codes',
      yaml: '到办事现场次数: 1\n办理形式: ["2", "3"]\n',
      errors: [{ messageId: 'noWindow', line: 2, column: 7, message: '“2、3”' }],
    },
    {
      name: 'a variant spelling',
      yaml: '办理形式: [网上办理]\n到办事现场次数: 1\n',
      errors: [{ messageId: 'noWindow', line: 1, column: 7 }],
    },
    {
      name: 'a text count from a spreadsheet',
      yaml: '到办事现场次数: 2次\n办理形式: [快递申请]\n',
      errors: [{ messageId: 'noWindow', line: 2, column: 7 }],
    },
    {
      name: '即办件 with 2 visits',
      yaml: '办件类型: 即办件\n到办事现场次数: 2\n',
      errors: [{ messageId: 'immediate', line: 2, column: 10, item: 22 }],
    },
    {
      name: '即办件 as code "1"',
      yaml: '办件类型: "1"\n到办事现场次数: 3\n',
      errors: [{ messageId: 'immediate', line: 2, column: 10 }],
    },
    {
      name: '即办件 with "两次"',
      yaml: '到办事现场次数: 两次\n办件类型: 即办件\n',
      errors: [{ messageId: 'immediate', line: 1, column: 10 }],
    },
    {
      name: 'both',
      yaml: '办件类型: 即办件\n到办事现场次数: 2\n办理形式: [电脑端网上办理]\n',
      errors: [
        { messageId: 'noWindow', line: 3, column: 7 },
        { messageId: 'immediate', line: 2, column: 10 },
      ],
    },
  ],
});
