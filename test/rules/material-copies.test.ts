import { describe, expect, it } from 'vitest';
import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/material-copies.js';
import { parseCount } from '../../src/kit/index.js';

// One material; field k of `fields` is on line k + 2 ("申请材料:" is line 1).
const material = (...fields: string[]) => `申请材料:\n  - ${fields.join('\n    ')}\n`;
const head = ['材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 市场监督管理部门'];
const tail = ['材料类型: 复印件', '材料形式: 纸质'];
const withCopies = (...lines: string[]) => material(...head, ...lines, ...tail);

ruleTester(rule, {
  valid: [
    withCopies('份数: 2'),
    { name: 'full-width digit', yaml: withCopies('份数: "２"') },
    { name: 'Chinese numeral with unit', yaml: withCopies('份数: 二份') },
    { name: '两份', yaml: withCopies('份数: 两份') },
    { name: 'photos counted in 张', yaml: withCopies('份数: 3张') },
    { name: 'a remark in brackets', yaml: withCopies('份数: 1份（加盖公章）') },
    { name: 'spaces and full-width', yaml: withCopies('份数: "１ 份"') },
    { name: 'originals and photocopies in one value', yaml: withCopies('份数: 原件1份，复印件2份') },
    { name: '原件、复印件各1份', yaml: withCopies('份数: 原件、复印件各1份') },
    { name: 'counts by kind instead of 份数', yaml: withCopies('原件份数: 1', '复印件份数: 0') },
    { name: 'only 复印件份数', yaml: withCopies('复印件份数: 2') },
    { name: 'synonym 数量', yaml: withCopies('数量: 1') },
    { name: 'a number guide-schema reports as a type error is not reported again', yaml: withCopies('份数: 1.5') },
  ],
  invalid: [
    {
      name: 'no count at all',
      yaml: withCopies(),
      errors: [{ messageId: 'missing', line: 2, column: 5, item: 19, path: ['申请材料', 0] }],
    },
    {
      name: '0',
      yaml: withCopies('份数: 0'),
      errors: [{ messageId: 'notPositive', line: 5, column: 9, path: ['申请材料', 0, '份数'] }],
    },
    { name: 'negative', yaml: withCopies('份数: -1'), errors: [{ messageId: 'notPositive', line: 5, column: 9 }] },
    {
      name: '若干',
      yaml: withCopies('份数: 若干'),
      errors: [{ messageId: 'invalid', line: 5, column: 9, message: '若干' }],
    },
    {
      name: 'decimal text',
      yaml: withCopies('份数: "1.5"'),
      errors: [{ messageId: 'notPositive', line: 5, column: 9 }],
    },
    { name: '半份', yaml: withCopies('份数: 半份'), errors: [{ messageId: 'notPositive', line: 5, column: 9 }] },
    { name: 'blank text', yaml: withCopies('份数: " "'), errors: [{ messageId: 'blank', line: 5, column: 9 }] },
    {
      name: 'both kinds zero',
      yaml: withCopies('份数: 原件0份，复印件0份'),
      errors: [{ messageId: 'notPositive', line: 5, column: 9 }],
    },
    {
      name: '原件份数 and 复印件份数 both 0',
      yaml: withCopies('原件份数: 0', '复印件份数: 0'),
      errors: [{ messageId: 'noCopies', line: 5, column: 11, path: ['申请材料', 0, '原件份数'] }],
    },
    {
      name: 'negative 原件份数',
      yaml: withCopies('原件份数: -1', '复印件份数: 1'),
      errors: [{ messageId: 'notCount', line: 5, column: 11 }],
    },
    {
      name: '复印件份数 若干',
      yaml: withCopies('原件份数: 1', '复印件份数: 若干'),
      errors: [{ messageId: 'invalid', line: 6, column: 12 }],
    },
    {
      name: 'the second material',
      yaml: `${withCopies('份数: 1')}  - 材料名称: 居民身份证\n    来源渠道: 政府部门核发\n    出具单位: 公安机关\n    材料类型: 复印件\n    材料形式: 纸质\n`,
      errors: [{ messageId: 'missing', line: 8, column: 5, path: ['申请材料', 1], message: '居民身份证' }],
    },
    {
      name: 'written under the synonym 材料份数',
      yaml: withCopies('材料份数: 0'),
      errors: [{ messageId: 'notPositive', line: 5, column: 11, path: ['申请材料', 0, '材料份数'] }],
    },
  ],
});

describe('parseCount', () => {
  it('reads the usual spellings', () => {
    expect(parseCount(2)).toEqual({ total: 2 });
    expect(parseCount('２')).toEqual({ total: 2 });
    expect(parseCount('二份')).toEqual({ total: 2 });
    expect(parseCount('十二份')).toEqual({ total: 12 });
    expect(parseCount('1份原件、1份复印件')).toEqual({ total: 2, original: 1, copy: 1 });
    expect(parseCount('原件：1份')).toEqual({ total: 1, original: 1, copy: 0 });
    expect(parseCount('原件、复印件各1份')).toEqual({ total: 2, original: 1, copy: 1 });
    expect(parseCount('原件1份复印件2份')).toEqual({ total: 3, original: 1, copy: 2 });
    expect(parseCount('复印件 2 份 (加盖公章)')).toEqual({ total: 2, original: 0, copy: 2 });
  });
  it('gives up on values that state no number', () => {
    for (const v of [
      '若干',
      '按需',
      '',
      '原件',
      '原件1份，原件2份',
      '原件、原件各1份',
      '1份2份',
      '原件1份，若干',
      null,
      [1],
    ])
      expect(parseCount(v)).toBeUndefined();
    expect(parseCount('原件1份', false)).toBeUndefined();
  });
});
